import { expect } from '@open-wc/testing';
import { DateTime } from 'luxon';
import {
  calendarLink,
  parseCalendarTargets,
  MAX_LINK_LENGTH,
  type WebCalendar,
} from '../../src/calendar/calendar-links.js';
import type { CalendarEntry } from '../../src/calendar/ical.js';
import { parseWallTime } from '../../src/time/wall-time.js';
import type { WallTime } from '../../src/feed/types.js';

const w = (text: string, zone = 'America/Mexico_City'): WallTime => {
  const r = parseWallTime(text, zone);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

/** The seed's first session, as src/calendar/feed-entries.ts makes it. */
const firstSession: CalendarEntry = {
  uid: 'block-1/pd-lac-2019/x@minga-widgets',
  start: w('2019-12-09T12:30'),
  end: w('2019-12-09T14:30'),
  summary: 'Policy dialogue: first session (1st Policy Dialogue on SSE in Latin America and the Caribbean)',
  description: 'Sessions co-organized by GSEF & UCLG #OIDP2019',
  location: 'Iztapalapa, Mexico City, Mexico',
  url: 'https://www.gsef-net.org/en/node/32216',
};

const params = (link: string) => new URL(link).searchParams;

/** The wall clock of an ISO text in `zone`, by luxon: `20191209T123000`. */
const luxonWall = (iso: string, zone: string) => DateTime.fromISO(iso, { zone }).toFormat("yyyyMMdd'T'HHmmss");
const luxonUtc = (iso: string, zone: string) =>
  DateTime.fromISO(iso, { zone }).toUTC().toISO({ suppressMilliseconds: true })!;

describe('calendarLink', () => {
  it('gives Google the wall time in the event zone and the zone by its IANA name', () => {
    const link = calendarLink('google', firstSession)!;
    expect(link.startsWith('https://calendar.google.com/calendar/render?')).to.be.true;
    const p = params(link);
    expect(p.get('action')).to.equal('TEMPLATE');
    expect(p.get('ctz')).to.equal('America/Mexico_City');
    expect(p.get('dates')).to.equal(
      `${luxonWall('2019-12-09T12:30', 'America/Mexico_City')}/${luxonWall('2019-12-09T14:30', 'America/Mexico_City')}`,
    );
    expect(p.get('text')).to.equal(firstSession.summary);
    expect(p.get('location')).to.equal('Iztapalapa, Mexico City, Mexico');
    // The description keeps its text (`&` and `#` encoded, not cut) and ends with the address.
    expect(p.get('details')).to.equal(`${firstSession.description}\n\nhttps://www.gsef-net.org/en/node/32216`);
  });

  it('gives Outlook.com and Microsoft 365 the UTC instants', () => {
    for (const [service, host] of [
      ['outlook', 'https://outlook.live.com/'],
      ['office365', 'https://outlook.office.com/'],
    ] as const) {
      const link = calendarLink(service, firstSession)!;
      expect(link.startsWith(`${host}calendar/0/action/compose?`), link).to.be.true;
      const p = params(link);
      expect(p.get('rru')).to.equal('addevent');
      expect(p.get('startdt')).to.equal(luxonUtc('2019-12-09T12:30', 'America/Mexico_City'));
      expect(p.get('enddt')).to.equal(luxonUtc('2019-12-09T14:30', 'America/Mexico_City'));
      expect(p.get('startdt')).to.equal('2019-12-09T18:30:00Z');
      expect(p.get('allday')).to.equal('false');
      expect(p.get('subject')).to.equal(firstSession.summary);
      expect(p.get('location')).to.equal(firstSession.location);
      expect(p.get('body')!.endsWith('\n\nhttps://www.gsef-net.org/en/node/32216')).to.be.true;
    }
  });

  it('keeps the organizer’s wall time in zones far from the event, across midnight and DST', () => {
    // Kiritimati (UTC+14) and Pago Pago (UTC−11): the same instant is on different dates.
    for (const [text, zone] of [
      ['2030-06-30T23:45', 'Pacific/Kiritimati'],
      ['2030-01-01T00:15', 'Pacific/Pago_Pago'],
      ['2030-03-31T03:30', 'Europe/London'], // the hour after the clocks went forward
      ['2030-10-27T00:30', 'Australia/Lord_Howe'], // a half-hour DST zone
    ] as const) {
      const start = w(text, zone);
      const end = w(DateTime.fromISO(text).plus({ minutes: 90 }).toFormat("yyyy-MM-dd'T'HH:mm"), zone);
      const entry = { ...firstSession, start, end };
      const google = params(calendarLink('google', entry)!);
      expect(google.get('ctz')).to.equal(zone);
      expect(google.get('dates')!.split('/')[0]).to.equal(luxonWall(text, zone));
      const outlook = params(calendarLink('outlook', entry)!);
      expect(outlook.get('startdt')).to.equal(luxonUtc(text, zone));
      // No clock change falls inside these spans (Lord Howe's is on 2030-10-06).
      expect(Date.parse(outlook.get('enddt')!) - Date.parse(outlook.get('startdt')!)).to.equal(90 * 60_000);
    }
  });

  it('writes a time that occurs twice as the UTC instant the feed chose, for Google too', () => {
    // 01:30 happens twice in London on 2030-10-27; the feed's offset picks the second (GMT).
    const start = w('2030-10-27T01:30+00:00', 'Europe/London');
    const end = w('2030-10-27T02:30', 'Europe/London');
    const entry = { ...firstSession, start, end };
    const dates = params(calendarLink('google', entry)!).get('dates');
    expect(dates).to.equal('20301027T013000Z/20301027T023000Z');
    expect(params(calendarLink('office365', entry)!).get('startdt')).to.equal('2030-10-27T01:30:00Z');
  });

  it('makes whole days all-day entries, their end the day after the last', () => {
    const event: CalendarEntry = {
      ...firstSession,
      start: w('2020-12-31', 'Europe/Lisbon'),
      end: w('2021-01-02', 'Europe/Lisbon'),
    };
    const google = params(calendarLink('google', event)!);
    expect(google.get('dates')).to.equal('20201231/20210103');
    expect(google.has('ctz')).to.be.false;
    const outlook = params(calendarLink('outlook', event)!);
    expect([outlook.get('startdt'), outlook.get('enddt'), outlook.get('allday')]).to.deep.equal([
      '2020-12-31',
      '2021-01-03',
      'true',
    ]);
    // One day without an end, and a leap day.
    const leap = { ...event, start: w('2024-02-29', 'Asia/Seoul'), end: undefined };
    expect(params(calendarLink('google', leap)!).get('dates')).to.equal('20240229/20240301');
    // Years before 100 stay as written (Date.UTC would read them as 19xx).
    const early = { ...event, start: w('0050-12-31', 'UTC'), end: undefined };
    expect(params(calendarLink('office365', early)!).get('enddt')).to.equal('0051-01-01');
  });

  it('offers no link for a month or a year, which would invent a day', () => {
    for (const service of ['google', 'outlook', 'office365'] as WebCalendar[]) {
      expect(calendarLink(service, { ...firstSession, start: w('2020-10'), end: undefined })).to.equal(undefined);
      expect(calendarLink(service, { ...firstSession, start: w('2020'), end: undefined })).to.equal(undefined);
    }
  });

  it('keeps every link under 2,000 characters, shortening the description and ending it with the address', () => {
    const long = {
      ...firstSession,
      description: `Économie sociale et solidaire — ${'débat, échanges; «mutual learning» & 연대 '.repeat(200)}`,
    };
    for (const service of ['google', 'outlook', 'office365'] as WebCalendar[]) {
      const link = calendarLink(service, long)!;
      expect(link.length, service).to.be.below(MAX_LINK_LENGTH);
      expect(link.length, `${service} uses the room it has`).to.be.above(MAX_LINK_LENGTH - 200);
      const text = params(link).get(service === 'google' ? 'details' : 'body')!;
      expect(text.startsWith('Économie sociale et solidaire — débat')).to.be.true;
      expect(text.endsWith('…\n\nhttps://www.gsef-net.org/en/node/32216'), text.slice(-80)).to.be.true;
      // The instants are untouched.
      expect(params(link).get(service === 'google' ? 'dates' : 'startdt')).to.equal(
        params(calendarLink(service, firstSession)!).get(service === 'google' ? 'dates' : 'startdt'),
      );
    }
    // Even a title and place of 5,000 characters each give a working link.
    const huge = {
      ...firstSession,
      summary: 'T'.repeat(5000),
      location: 'L'.repeat(5000),
      url: `https://e.org/${'u'.repeat(3000)}`,
    };
    for (const service of ['google', 'outlook', 'office365'] as WebCalendar[]) {
      const link = calendarLink(service, huge)!;
      expect(link.length).to.be.below(MAX_LINK_LENGTH);
      expect(params(link).get(service === 'google' ? 'text' : 'subject')).to.match(/^T+…$/);
    }
  });

  it('gives a working link for text with a lone surrogate, and keeps the address when only the title is long', () => {
    // JSON may carry half of a surrogate pair; encodeURIComponent would throw on it.
    const broken = { ...firstSession, summary: 'Forum \ud83d', description: 'x\udc00y' };
    const p = params(calendarLink('google', broken)!);
    expect(p.get('text')).to.equal('Forum \ufffd');
    expect(p.get('details')).to.equal('x\ufffdy\n\nhttps://www.gsef-net.org/en/node/32216');
    // A long Korean title and no description: the title is shortened, the address stays.
    const korean = { ...firstSession, summary: '사회연대경제 '.repeat(150), description: undefined };
    const link = calendarLink('outlook', korean)!;
    expect(link.length).to.be.below(MAX_LINK_LENGTH);
    expect(params(link).get('subject')).to.match(/^사회연대경제 .*…$/);
    expect(params(link).get('body')).to.equal('https://www.gsef-net.org/en/node/32216');
  });
});

describe('parseCalendarTargets', () => {
  it('reads the targets named, in the menu’s order, and nothing when none is known', () => {
    expect(parseCalendarTargets('ics google')).to.deep.equal(['google', 'ics']);
    expect(parseCalendarTargets(' Outlook,office365 ')).to.deep.equal(['outlook', 'office365']);
    expect(parseCalendarTargets('yahoo')).to.equal(undefined);
    expect(parseCalendarTargets('')).to.equal(undefined);
    expect(parseCalendarTargets(null)).to.equal(undefined);
  });
});
