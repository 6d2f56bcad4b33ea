import { expect } from '@open-wc/testing';
import { validateFeed } from '../../src/feed/validate.js';
import { validateAhead } from '../../src/feed/validate-ahead.js';
import { sessionDays } from '../../src/feed/event-state.js';

/** A fictional forum of `n` sessions, some of them wrong in the ways people write them. */
function forum(n: number) {
  const pad = (x: number) => String(x).padStart(2, '0');
  return {
    version: 1,
    defaultLanguage: 'en',
    events: [
      {
        id: 'forum',
        name: 'Fictional forum',
        timeZone: 'Europe/London',
        start: '2030-03-30',
        end: '2030-03-31',
        sessions: Array.from({ length: n }, (_, i) => ({
          id: i % 500 === 7 ? 's6' : `s${i}`,
          title: i % 333 === 0 ? '' : { en: `Session ${i}`, 'es-mx': `Sesión ${i}` },
          // 01:30 on the 31st does not exist in London (the clocks go forward at 01:00).
          start: `2030-03-${i % 2 ? '30' : '31'}T${pad(i % 2 ? 9 + (i % 12) : 1)}:30`,
          end: `2030-03-${i % 2 ? '30' : '31'}T${pad(i % 2 ? 10 + (i % 12) : 2)}:45`,
          location: `Room ${i % 15}`,
          ...(i % 250 === 3 ? { status: 'maybe' } : {}),
        })),
      },
    ],
  };
}

describe('reading a large feed ahead, in slices', () => {
  it('gives exactly what validateFeed gives alone: sessions, problems and their order', async () => {
    const alone = validateFeed(forum(3000));
    const json = forum(3000);
    const ahead = await validateAhead(json, () => validateFeed(json));
    expect(ahead.problems.length).to.be.above(10);
    expect(ahead.problems).to.deep.equal(alone.problems);
    expect(ahead.feed).to.deep.equal(alone.feed);
  });

  it('reads nothing ahead for a zone or language spelt otherwise: validateFeed reads it then', async () => {
    const json = forum(1200);
    json.events[0].timeZone = 'europe/london';
    json.defaultLanguage = 'EN';
    const ahead = await validateAhead(json, () => validateFeed(json));
    const alone = validateFeed(forum(1200));
    expect(ahead.feed.events[0].sessions.length).to.equal(alone.feed.events[0].sessions.length);
    expect(ahead.feed.events[0].timeZone).to.equal('Europe/London');
  });

  it('validates in a task of its own, works out the days in the next, and hands the feed over after', async () => {
    const order: string[] = [];
    const json = forum(10);
    const done = validateAhead(json, () => {
      order.push('validate');
      setTimeout(() => {
        order.push('the next task');
        setTimeout(() => order.push('the one after'));
      });
      return validateFeed(json);
    });
    setTimeout(() => order.push('a task queued before'));
    const { feed } = await done;
    order.push('handed over');
    expect(order).to.deep.equal(['a task queued before', 'validate', 'the next task', 'the one after', 'handed over']);
    // The days in the event's zone, as an agenda asks for them first (the sessions at 01:30 on the
    // 31st, a time London skips, were left out with a problem each).
    const event = feed.events[0];
    expect(sessionDays(event, event.timeZone).map((d) => [d.key, d.items.length])).to.deep.equal([['2030-03-30', 5]]);
  });
});
