import { expect } from '@open-wc/testing';
import { breakdown, msUntilChange } from '../../src/time/countdown.js';
import { phaseAt } from '../../src/time/schedule.js';
import { parseWallTime, startMs } from '../../src/time/wall-time.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('countdown arithmetic', () => {
  it('splits the remaining time into units, largest first, down to the precision', () => {
    const ms = 2 * DAY + 3 * HOUR + 4 * MIN + 5_000;
    expect(breakdown(ms, 'seconds')).to.deep.equal({ days: 2, hours: 3, minutes: 4, seconds: 5 });
    expect(breakdown(ms, 'minutes')).to.deep.equal({ days: 2, hours: 3, minutes: 5 });
    expect(breakdown(ms, 'hours')).to.deep.equal({ days: 2, hours: 4 });
    expect(breakdown(ms, 'days')).to.deep.equal({ days: 3 });
  });

  it('never shows zero before the target, and zero once reached', () => {
    expect(breakdown(90_000, 'minutes')).to.deep.equal({ days: 0, hours: 0, minutes: 2 });
    expect(breakdown(1, 'seconds')).to.deep.equal({ days: 0, hours: 0, minutes: 0, seconds: 1 });
    expect(breakdown(0, 'seconds')).to.deep.equal({ days: 0, hours: 0, minutes: 0, seconds: 0 });
    expect(breakdown(-5_000, 'minutes')).to.deep.equal({ days: 0, hours: 0, minutes: 0 });
  });

  it('counts real elapsed time across a DST change', () => {
    // From midnight before New York's spring-forward to 12:00 that day is 11 real hours, not 12.
    const target = parseWallTime('2019-03-10T12:00', 'America/New_York');
    const from = parseWallTime('2019-03-10T00:00', 'America/New_York');
    if (!target.ok || !from.ok) throw new Error('bad fixture');
    expect(breakdown(startMs(target.value) - startMs(from.value), 'minutes')).to.deep.equal({
      days: 0,
      hours: 11,
      minutes: 0,
    });
  });

  it('says how long the shown count stays the same', () => {
    expect(msUntilChange(90_000, 'minutes')).to.equal(30_000);
    expect(msUntilChange(120_000, 'minutes')).to.equal(60_000);
    expect(msUntilChange(1_500, 'seconds')).to.equal(500);
    expect(msUntilChange(0, 'seconds')).to.equal(Infinity);
  });

  it('tells upcoming, live and ended, the end instant included in ended', () => {
    const span = { start: 1_000, end: 2_000 };
    expect([999, 1_000, 1_999, 2_000].map((t) => phaseAt(span, t))).to.deep.equal([
      'upcoming',
      'live',
      'live',
      'ended',
    ]);
  });
});
