import { expect } from '@open-wc/testing';
import { keptLimit, nextStepSize } from '../../src/components/agenda/rendering-steps.js';

describe('nextStepSize', () => {
  it('fills a 50 ms frame when sessions cost all of it', () => {
    // 100 sessions took 25 ms: 200 fill 50 ms.
    expect(nextStepSize(undefined, { sessions: 100, ms: 25 })).to.equal(200);
    // 100 took 100 ms: half as many.
    expect(nextStepSize(undefined, { sessions: 100, ms: 100 })).to.equal(50);
  });

  it('grows at most fourfold and never below 20 sessions', () => {
    expect(nextStepSize(undefined, { sessions: 60, ms: 1 })).to.equal(240);
    expect(nextStepSize(undefined, { sessions: 30, ms: 500 })).to.equal(20);
  });

  it("tells a frame's fixed cost from each session's with two steps", () => {
    // 20 ms each frame, 0.1 ms a session: 40 sessions took 24 ms, 160 took 36 ms; 300 fill 50 ms.
    expect(nextStepSize({ sessions: 40, ms: 24 }, { sessions: 160, ms: 36 })).to.equal(300);
  });

  it('takes bigger steps towards 90 ms frames when the fixed cost nears the aim', () => {
    // 40 ms each frame, 0.1 ms a session: a 50 ms aim would leave 100 sessions a step; 80 ms frames take 400.
    expect(nextStepSize({ sessions: 100, ms: 50 }, { sessions: 200, ms: 60 })).to.equal(400);
    // 60 ms each frame: 90 ms frames, 300 sessions (within fourfold of 200).
    expect(nextStepSize({ sessions: 100, ms: 70 }, { sessions: 200, ms: 80 })).to.equal(300);
  });

  it('changes the size of steps that cost the same, to tell the fixed cost from the rest', () => {
    // 20 sessions took about 50 ms twice: the next step has 26, and then the two parts are known.
    expect(nextStepSize({ sessions: 20, ms: 50 }, { sessions: 20, ms: 52 })).to.equal(26);
    // 20 took 52 ms and 26 took 53 ms: 50 ms fixed, a sixth of a ms each; 90 ms frames hold 104 (fourfold of 26).
    expect(nextStepSize({ sessions: 20, ms: 52 }, { sessions: 26, ms: 53 })).to.equal(104);
  });

  it('reads noise (a bigger step that cost less) as no fixed cost', () => {
    expect(nextStepSize({ sessions: 100, ms: 60 }, { sessions: 200, ms: 40 })).to.equal(250);
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
