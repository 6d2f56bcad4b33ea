import { expect } from '@open-wc/testing';
import { keptLimit, nextStepSize } from '../../src/components/agenda/rendering-steps.js';

describe('nextStepSize', () => {
  it('fills a 45 ms frame at the last step cost per session', () => {
    // 100 sessions took 25 ms: 180 fill 45 ms.
    expect(nextStepSize({ sessions: 100, ms: 25 })).to.equal(180);
    // 100 took 60 ms: 75.
    expect(nextStepSize({ sessions: 100, ms: 60 })).to.equal(75);
  });

  it('changes by twice or half at most, and never goes below 20 sessions', () => {
    expect(nextStepSize({ sessions: 60, ms: 1 })).to.equal(120);
    expect(nextStepSize({ sessions: 100, ms: 500 })).to.equal(50);
    expect(nextStepSize({ sessions: 30, ms: 500 })).to.equal(20);
  });
});

describe('keptLimit', () => {
  const days = (...lists: string[][]) => lists.map((ids) => ({ items: ids.map((id) => ({ item: { id } })) }));
  const ids = (from: number, n: number) => Array.from({ length: n }, (_, i) => `s${from + i}`);

  it('keeps every session already in the page, and adds new ones up to the first screen', () => {
    const before = days(ids(0, 300), ids(300, 300));
    // 450 were rendered; a search keeps 0–99 and 350–449 (rendered) and 500–599 (not yet): 200 + 60.
    const after = days(ids(0, 100), ids(350, 100).concat(ids(500, 100)));
    expect(keptLimit(before, 450, after)).to.equal(260);
  });

  it('counts only the first screen when nothing shown was in the page', () => {
    expect(keptLimit(days(ids(0, 100)), 100, days(ids(100, 500)))).to.equal(60);
    expect(keptLimit(days(ids(0, 100)), 100, days(ids(100, 10)))).to.equal(10);
  });
});
