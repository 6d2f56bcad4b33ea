import { expect } from '@open-wc/testing';
import { DateTime, IANAZone } from 'luxon';
import { isoInstant, isValidZone, zoneOffset } from '../../src/time/zone.js';

// The runtime reads zone offsets from Intl itself; luxon, which reads the same data its own
// way, is the oracle.
describe('zone offsets from Intl', () => {
  it('agrees with luxon every 6 hours of 2019 and around old local mean times', () => {
    const zones = [
      'America/Mexico_City',
      'Asia/Kathmandu',
      'Australia/Lord_Howe',
      'Pacific/Chatham',
      'America/St_Johns',
      'Europe/Dublin',
    ];
    for (const zone of zones) {
      const z = IANAZone.create(zone);
      for (let t = Date.UTC(2019, 0, 1); t < Date.UTC(2020, 0, 1); t += 6 * 3_600_000) {
        expect(zoneOffset(zone, t), `${zone} ${new Date(t).toISOString()}`).to.equal(z.offset(t));
      }
    }
    // New York kept local mean time, −4:56:02, until 1883; fractions of a minute survive.
    const lmt = Date.UTC(1880, 0, 1, 12, 0, 0, 500);
    expect(zoneOffset('America/New_York', lmt)).to.equal(IANAZone.create('America/New_York').offset(lmt));
    expect(zoneOffset('America/New_York', lmt)).to.be.closeTo(-(4 * 60 + 56 + 2 / 60), 1e-9);
  });

  it('knows IANA names and rejects others, like luxon', () => {
    for (const zone of [
      'America/Mexico_City',
      'UTC',
      'Asia/Seoul',
      'Etc/GMT+5',
      'Mars/Olympus_Mons',
      '',
      'Mexico City',
    ]) {
      expect(isValidZone(zone), zone).to.equal(IANAZone.isValidZone(zone));
    }
    // Offsets and old abbreviations, which some engines (and so luxon there) take and others do not.
    for (const zone of ['+05:00', '-0800', 'UTC+3', 'GMT', 'EST', 'CET'])
      expect(isValidZone(zone), zone).to.equal(false);
    expect(zoneOffset('Mars/Olympus_Mons', 0)).to.be.NaN;
  });

  it('writes instants with the offset of the zone shown', () => {
    const at = Date.UTC(2019, 11, 9, 18, 30);
    expect(isoInstant(at, 'America/Mexico_City')).to.equal('2019-12-09T12:30:00-06:00');
    expect(isoInstant(at, 'Asia/Seoul')).to.equal('2019-12-10T03:30:00+09:00');
    expect(isoInstant(at, 'Asia/Kathmandu')).to.equal('2019-12-10T00:15:00+05:45');
    expect(isoInstant(at, 'Europe/London')).to.equal('2019-12-09T18:30:00+00:00');
    for (const zone of ['America/Mexico_City', 'Asia/Seoul', 'Asia/Kathmandu', 'Europe/London', 'America/St_Johns']) {
      expect(isoInstant(at, zone), zone).to.equal(
        DateTime.fromMillis(at, { zone }).toISO({ suppressMilliseconds: true }),
      );
    }
    // −4:56:02 is not a valid HTML offset: that instant is written in UTC.
    expect(isoInstant(Date.UTC(1880, 0, 1, 12), 'America/New_York')).to.equal('1880-01-01T12:00:00Z');
  });
});
