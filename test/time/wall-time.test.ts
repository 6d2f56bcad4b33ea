import { expect } from '@open-wc/testing';
import { DateTime } from 'luxon';
import { endMs, parseWallTime, startMs, wallTimeToString } from '../../src/time/wall-time.js';
import type { WallTime } from '../../src/feed/types.js';

// luxon is the oracle here: our instants, read back through it in the wall time's zone.
const startInstant = (w: WallTime) => DateTime.fromMillis(startMs(w), { zone: w.zone });
const endInstant = (w: WallTime) => DateTime.fromMillis(endMs(w), { zone: w.zone });

function ok(text: string, zone: string): { value: WallTime; warning?: string } {
  const r = parseWallTime(text, zone);
  if (!r.ok) throw new Error(`expected ${text} to parse, got: ${r.error}`);
  return r;
}
const iso = (w: WallTime) => startInstant(w).toISO({ suppressMilliseconds: true });

describe('parseWallTime', () => {
  it('reads each precision and invents nothing below it', () => {
    expect(ok('2020', 'America/Mexico_City').value.precision).to.equal('year');
    expect(ok('2019-04', 'Africa/Bamako').value.precision).to.equal('month');
    expect(ok('2019-12-09', 'America/Mexico_City').value.precision).to.equal('day');
    const t = ok('2019-12-09T12:30', 'America/Mexico_City').value;
    expect(t.precision).to.equal('time');
    expect(iso(t)).to.equal('2019-12-09T12:30:00-06:00');
    expect(wallTimeToString(ok('2019-04', 'UTC').value)).to.equal('2019-04');
    expect(wallTimeToString(t)).to.equal('2019-12-09T12:30');
  });

  it('rejects impossible dates and malformed text', () => {
    for (const bad of [
      '2019-02-30',
      '2019-13',
      '2019-12-09T24:00',
      '2019-12-9',
      '9 Dec 2019',
      '2019-12-09 12:30',
      '',
    ]) {
      const r = parseWallTime(bad, 'UTC');
      expect(r.ok, bad).to.be.false;
    }
  });

  it('rejects a local time skipped by a DST gap', () => {
    const r = parseWallTime('2019-03-10T02:30', 'America/New_York');
    expect(r.ok).to.be.false;
    expect(!r.ok && r.error).to.match(/does not exist in America\/New_York/);
    // One minute before the gap is fine.
    expect(iso(ok('2019-03-10T01:59', 'America/New_York').value)).to.equal('2019-03-10T01:59:00-05:00');
  });

  it('reads a time repeated by a DST overlap as the first one, with a warning', () => {
    const r = ok('2019-11-03T01:30', 'America/New_York');
    expect(r.warning).to.match(/happens twice/);
    expect(iso(r.value)).to.equal('2019-11-03T01:30:00-04:00');
  });

  it('lets an explicit offset choose the instant in an overlap, silently', () => {
    const r = ok('2019-11-03T01:30-05:00', 'America/New_York');
    expect(r.warning).to.equal(undefined);
    expect(startInstant(r.value).toUTC().toISO()).to.equal('2019-11-03T06:30:00.000Z');
  });

  it('reads an offset that disagrees with the zone as the instant it names, with a warning', () => {
    const r = ok('2019-12-09T18:30:00.000Z', 'America/Mexico_City');
    expect(r.warning).to.match(/disagrees.*read as the instant it names: 2019-12-09 12:30 America\/Mexico_City time/);
    expect(iso(r.value)).to.equal('2019-12-09T12:30:00-06:00');
    expect(r.value.hour).to.equal(12);
    expect(ok('2019-12-09T18:30Z', 'UTC').warning).to.equal(undefined);
    // The instant a stated offset names may fall on a wall time that a gap skips: it still exists.
    const gap = ok('2019-03-10T02:30-05:00', 'America/New_York');
    expect(iso(gap.value)).to.equal('2019-03-10T03:30:00-04:00');
  });

  it('handles half-hour DST (Lord Howe) and zones far from UTC', () => {
    // Lord Howe moves its clocks by 30 minutes: 02:00 → 02:30 on 2019-10-06.
    expect(parseWallTime('2019-10-06T02:15', 'Australia/Lord_Howe').ok).to.be.false;
    expect(iso(ok('2019-12-09T00:30', 'Pacific/Kiritimati').value)).to.equal('2019-12-09T00:30:00+14:00');
    expect(iso(ok('2019-12-09T23:30', 'Pacific/Pago_Pago').value)).to.equal('2019-12-09T23:30:00-11:00');
  });
});

describe('startMs / endMs (read back through luxon)', () => {
  it('give the whole period a partial date names, in the event zone', () => {
    const month = ok('2019-04', 'Africa/Bamako').value;
    expect(startInstant(month).toISO()).to.equal('2019-04-01T00:00:00.000+00:00');
    expect(endInstant(month).toISO()).to.equal('2019-05-01T00:00:00.000+00:00');
    const year = ok('2020', 'America/Mexico_City').value;
    expect(endInstant(year).toISO()).to.equal('2021-01-01T00:00:00.000-06:00');
    const day = ok('2019-12-09', 'Asia/Seoul').value;
    expect(endInstant(day).diff(startInstant(day), 'hours').hours).to.equal(24);
  });

  it('start a day whose midnight is skipped when the clocks jump (Santiago) at 01:00', () => {
    const day = ok('2019-09-08', 'America/Santiago').value;
    expect(startInstant(day).toISO()).to.equal('2019-09-08T01:00:00.000-03:00');
    expect(endInstant(day).diff(startInstant(day), 'hours').hours).to.equal(23);
  });

  it('reject a day the zone skipped whole (Samoa, 30 December 2011)', () => {
    const r = parseWallTime('2011-12-30', 'Pacific/Apia');
    expect(r.ok).to.be.false;
    expect(!r.ok && r.error).to.match(/skip that whole day/);
    expect(parseWallTime('2011-12-31', 'Pacific/Apia').ok).to.be.true;
  });

  it('start a day whose midnight happens twice (Havana) at the first one, whatever the season today', () => {
    const day = ok('2019-11-03', 'America/Havana').value;
    expect(startInstant(day).toISO()).to.equal('2019-11-03T00:00:00.000-04:00');
    expect(endInstant(day).diff(startInstant(day), 'hours').hours).to.equal(25);
  });

  it('make a day with a DST change 23 or 25 hours long', () => {
    const spring = ok('2019-03-31', 'Europe/London').value;
    expect(endInstant(spring).diff(startInstant(spring), 'hours').hours).to.equal(23);
    const autumn = ok('2019-10-27', 'Europe/London').value;
    expect(endInstant(autumn).diff(startInstant(autumn), 'hours').hours).to.equal(25);
  });
});
