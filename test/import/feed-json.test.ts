import { expect } from '@open-wc/testing';
import { DateTime } from 'luxon';
import { instantOf, wallTimeText } from '../../src/feed/convert/feed-json.js';

const HOUR = 3_600_000;

describe('wallTimeText: an instant as the feed writes it', () => {
  it('writes the offset only when the wall time happens twice', () => {
    // Paris, 27 October 2019: 02:00–03:00 happens twice (UTC+2, then UTC+1).
    expect(wallTimeText(Date.UTC(2019, 9, 27, 0, 30), 'Europe/Paris')).to.equal('2019-10-27T02:30+02:00');
    expect(wallTimeText(Date.UTC(2019, 9, 27, 1, 30), 'Europe/Paris')).to.equal('2019-10-27T02:30+01:00');
    expect(wallTimeText(Date.UTC(2019, 9, 27, 2, 30), 'Europe/Paris')).to.equal('2019-10-27T03:30');
    expect(wallTimeText(Date.UTC(2019, 11, 9, 18, 30), 'America/Mexico_City')).to.equal('2019-12-09T12:30');
    // Lord Howe Island moves its clocks by half an hour.
    expect(wallTimeText(Date.UTC(2019, 3, 6, 14, 45), 'Australia/Lord_Howe')).to.equal('2019-04-07T01:45+11:00');
    expect(wallTimeText(Date.UTC(2019, 3, 6, 15, 15), 'Australia/Lord_Howe')).to.equal('2019-04-07T01:45+10:30');
    expect(wallTimeText(Date.UTC(2019, 11, 9, 12, 0, 30), 'UTC')).to.equal('2019-12-09T12:00:30');
  });

  it('names the same instant for every half hour of a year, in zones near and far, as luxon computes it', () => {
    for (const zone of [
      'Europe/Paris',
      'America/Santiago',
      'Australia/Lord_Howe',
      'Pacific/Kiritimati',
      'Asia/Kolkata',
    ]) {
      for (let at = Date.UTC(2019, 0, 1); at < Date.UTC(2020, 0, 1); at += HOUR / 2) {
        const text = wallTimeText(at, zone);
        expect(instantOf(text, zone), `${zone} ${text}`).to.equal(at);
        // The wall clock written is the one luxon shows there.
        expect(text.slice(0, 16)).to.equal(DateTime.fromMillis(at, { zone }).toFormat("yyyy-MM-dd'T'HH:mm"));
      }
    }
  });
});
