import { expect } from '@open-wc/testing';
import { validateFeed } from '../../src/feed/validate.js';
import {
  AUTO_LATER,
  AUTO_SOON,
  MAX_BACKOFF,
  autoPeriod,
  checkDelay,
  parseRefresh,
  refreshPeriod,
} from '../../src/feed/refresh.js';

const at = (iso: string) => Date.parse(iso);
const MINUTE = 60_000;

describe('refresh: how often a page checks its feed', () => {
  it('reads the attribute: auto, seconds (at least 30), or off for anything else', () => {
    expect(parseRefresh('auto')).to.equal('auto');
    expect(parseRefresh(' AUTO ')).to.equal('auto');
    expect(parseRefresh('120')).to.equal(120_000);
    expect(parseRefresh('5')).to.equal(30_000);
    expect(parseRefresh('30')).to.equal(30_000);
    for (const off of [null, undefined, '', 'off', '0', '-60', 'soon', '1e3', 'Infinity']) {
      expect(parseRefresh(off), String(off)).to.equal('off');
    }
  });

  const { feed } = validateFeed({
    version: 1,
    defaultLanguage: 'en',
    events: [
      // 12:30–20:00 in Mexico City (UTC−6): 18:30–02:00 UTC.
      { id: 'day', name: 'Day', timeZone: 'America/Mexico_City', start: '2019-12-09T12:30', end: '2019-12-09T20:00' },
      { id: 'off', name: 'Off', timeZone: 'UTC', start: '2019-12-09', status: 'cancelled' },
    ],
  });
  const [day, cancelled] = feed.events;

  it('auto: every minute from 24 hours before the start to the end, every 15 minutes otherwise', () => {
    expect(autoPeriod([day], at('2019-12-08T18:29:00Z'))).to.equal(AUTO_LATER);
    expect(autoPeriod([day], at('2019-12-08T18:30:00Z'))).to.equal(AUTO_SOON);
    expect(autoPeriod([day], at('2019-12-09T20:00:00Z'))).to.equal(AUTO_SOON);
    expect(autoPeriod([day], at('2019-12-10T01:59:00Z'))).to.equal(AUTO_SOON);
    expect(autoPeriod([day], at('2019-12-10T02:00:00Z'))).to.equal(AUTO_LATER);
    // A cancelled event the same day does not hurry the checks; any other event shown does.
    expect(autoPeriod([cancelled], at('2019-12-09T10:00:00Z'))).to.equal(AUTO_LATER);
    expect(autoPeriod([cancelled, day], at('2019-12-09T10:00:00Z'))).to.equal(AUTO_SOON);
    expect(autoPeriod([], at('2019-12-09T10:00:00Z'))).to.equal(AUTO_LATER);
  });

  it('gives a period for auto and numbers, none for off', () => {
    expect(refreshPeriod('off', [day], at('2019-12-09T20:00:00Z'))).to.equal(undefined);
    expect(refreshPeriod('auto', [day], at('2019-12-09T20:00:00Z'))).to.equal(AUTO_SOON);
    expect(refreshPeriod(90_000, [day], at('2019-12-09T20:00:00Z'))).to.equal(90_000);
  });

  it('waits the period ±20 %, whatever the draw', () => {
    expect(checkDelay(MINUTE, 0, () => 0)).to.equal(0.8 * MINUTE);
    expect(checkDelay(MINUTE, 0, () => 0.5)).to.equal(MINUTE);
    expect(checkDelay(MINUTE, 0, () => 0.999999)).to.be.closeTo(1.2 * MINUTE, 1);
    for (let i = 0; i < 1000; i++) {
      const d = checkDelay(MINUTE, 0);
      expect(d).to.be.within(0.8 * MINUTE, 1.2 * MINUTE);
    }
  });

  it('doubles the period after each failure, up to 15 minutes, or the period when longer', () => {
    const mid = () => 0.5;
    expect([0, 1, 2, 3, 4, 5, 10, 100].map((f) => checkDelay(MINUTE, f, mid) / MINUTE)).to.deep.equal([
      1, 2, 4, 8, 15, 15, 15, 15,
    ]);
    expect(checkDelay(MAX_BACKOFF * 2, 3, mid)).to.equal(MAX_BACKOFF * 2);
    // The jitter stays on top of the backoff: 15 minutes ±20 %.
    expect(checkDelay(MINUTE, 9, () => 0)).to.equal(0.8 * MAX_BACKOFF);
  });
});
