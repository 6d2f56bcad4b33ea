import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { calendarFile, canCalendar, escapeText, foldLine, type CalendarEntry } from '../../src/calendar/ical.js';
import { parseWallTime } from '../../src/time/wall-time.js';
import type { WallTime } from '../../src/feed/types.js';

const w = (text: string, zone = 'America/Mexico_City'): WallTime => {
  const r = parseWallTime(text, zone);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};
const NOW = Date.parse('2019-11-01T12:00:00Z');

/** Parses a file with Mozilla's ical.js, using only the VTIMEZONEs inside it. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.reset();
  for (const vtz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtz);
  return calendar.getAllSubcomponents('vevent').map((c: any) => new ICAL.Event(c));
}

const seedSessions: CalendarEntry[] = [
  {
    uid: 'block-1.pd-lac-2019@example.org',
    start: w('2019-12-09T12:30'),
    end: w('2019-12-09T14:30'),
    summary: 'Policy dialogue: first session',
    location: 'Iztapalapa, Mexico City, Mexico',
  },
  {
    uid: 'block-2.pd-lac-2019@example.org',
    start: w('2019-12-09T18:30'),
    end: w('2019-12-09T20:00'),
    summary: 'Policy dialogue: second session',
  },
];

describe('calendarFile', () => {
  it('writes sessions that another iCalendar reader places at the right instants', () => {
    const events = parse(calendarFile(seedSessions, { now: NOW }));
    expect(events.map((e: any) => e.startDate.toJSDate().toISOString())).to.deep.equal([
      '2019-12-09T18:30:00.000Z',
      '2019-12-10T00:30:00.000Z',
    ]);
    expect(events.map((e: any) => e.endDate.toJSDate().toISOString())).to.deep.equal([
      '2019-12-09T20:30:00.000Z',
      '2019-12-10T02:00:00.000Z',
    ]);
    expect(events[0].summary).to.equal('Policy dialogue: first session');
    expect(events[0].location).to.equal('Iztapalapa, Mexico City, Mexico');
    expect(events[0].uid).to.equal('block-1.pd-lac-2019@example.org');
  });

  it('keeps the zone, so calendars show Mexico City wall time', () => {
    const text = calendarFile(seedSessions, { now: NOW });
    expect(text).to.contain('DTSTART;TZID=America/Mexico_City:20191209T123000\r\n');
    expect(text).to.contain('BEGIN:VTIMEZONE\r\nTZID:America/Mexico_City\r\n');
    expect(text).to.contain('DTSTAMP:20191101T120000Z\r\n');
  });

  it('gets instants right across a DST change inside the file (New York, 2019)', () => {
    const entries: CalendarEntry[] = [
      {
        uid: 'a@x',
        start: w('2019-03-09T10:00', 'America/New_York'),
        end: w('2019-03-09T11:00', 'America/New_York'),
        summary: 'Before',
      },
      {
        uid: 'b@x',
        start: w('2019-03-11T10:00', 'America/New_York'),
        end: w('2019-03-11T11:00', 'America/New_York'),
        summary: 'After',
      },
    ];
    const text = calendarFile(entries, { now: NOW });
    expect(text).to.contain(
      'BEGIN:DAYLIGHT\r\nDTSTART:20190310T020000\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\nEND:DAYLIGHT',
    );
    const events = parse(text);
    expect(events.map((e: any) => e.startDate.toJSDate().toISOString())).to.deep.equal([
      '2019-03-09T15:00:00.000Z',
      '2019-03-11T14:00:00.000Z',
    ]);
  });

  it('writes a time that occurs twice in UTC, both occurrences, since clients disagree on TZID', () => {
    const first = w('2019-11-03T01:30', 'America/New_York');
    const second = w('2019-11-03T01:30-05:00', 'America/New_York');
    const text = calendarFile(
      [
        { uid: 'c@x', start: first, summary: 'Early' },
        { uid: 'd@x', start: second, summary: 'Late' },
      ],
      { now: NOW },
    );
    expect(text).to.contain('DTSTART:20191103T053000Z');
    expect(text).to.contain('DTSTART:20191103T063000Z');
    expect(parse(text).map((e: any) => e.startDate.toJSDate().toISOString())).to.deep.equal([
      '2019-11-03T05:30:00.000Z',
      '2019-11-03T06:30:00.000Z',
    ]);
  });

  it('stays small and fast for entries centuries apart (a typo of 2919 for 2019)', () => {
    const text = calendarFile(
      [
        { uid: 'a@x', start: w('2019-06-01T10:00', 'Europe/Berlin'), summary: 'Now' },
        { uid: 'b@x', start: w('2919-06-01T10:00', 'Europe/Berlin'), summary: 'Typo' },
      ],
      { now: NOW },
    );
    expect(text.length).to.be.below(4_000);
    expect(parse(text).map((e: any) => e.startDate.toJSDate().toISOString())).to.deep.equal([
      '2019-06-01T08:00:00.000Z',
      '2919-06-01T08:00:00.000Z',
    ]);
  });

  it("writes a VTIMEZONE for every zone used, the end's included", () => {
    const text = calendarFile(
      [
        {
          uid: 'z@x',
          start: w('2019-12-09T09:00', 'Europe/Berlin'),
          end: w('2019-12-09T12:00', 'America/New_York'),
          summary: 'Flight',
        },
      ],
      { now: NOW },
    );
    expect(text).to.contain('TZID:Europe/Berlin');
    expect(text).to.contain('TZID:America/New_York');
  });

  it('writes the seconds of old local-mean-time offsets', () => {
    const text = calendarFile([{ uid: 'o@x', start: w('1850-06-01T12:00', 'America/New_York'), summary: 'Old' }], {
      now: NOW,
    });
    for (const line of text.split('\r\n').filter((l) => l.startsWith('TZOFFSET'))) {
      expect(line).to.match(/^TZOFFSET(FROM|TO):[+-]\d{4}(\d{2})?$/);
    }
    expect(text).to.contain('TZOFFSETTO:-045602');
  });

  it('makes day-precision dates all-day entries with an exclusive end', () => {
    const text = calendarFile([{ uid: 'd@x', start: w('2019-12-31'), end: w('2020-01-01'), summary: 'New year' }], {
      now: NOW,
    });
    expect(text).to.contain('DTSTART;VALUE=DATE:20191231\r\nDTEND;VALUE=DATE:20200102\r\n');
    expect(text).to.not.contain('VTIMEZONE');
  });

  it('ends an all-day entry on its own date when the end is exactly midnight', () => {
    const text = calendarFile(
      [{ uid: 'm@x', start: w('2019-12-09'), end: w('2019-12-10T00:00'), summary: 'One day' }],
      { now: NOW },
    );
    expect(text).to.contain('DTSTART;VALUE=DATE:20191209\r\nDTEND;VALUE=DATE:20191210\r\n');
  });

  it('leaves out month- and year-precision dates rather than invent a day', () => {
    expect(canCalendar(w('2019-04'))).to.be.false;
    expect(canCalendar(w('2020'))).to.be.false;
    expect(canCalendar(w('2019-12-09'), w('2019-12'))).to.be.false;
    const text = calendarFile([{ uid: 'e@x', start: w('2019-04', 'Africa/Bamako'), summary: 'Bamako' }], { now: NOW });
    expect(text).to.not.contain('VEVENT');
  });

  it('marks cancelled entries', () => {
    const text = calendarFile([{ ...seedSessions[0], cancelled: true }], { now: NOW });
    expect(text).to.contain('STATUS:CANCELLED');
  });
});

describe('iCalendar text rules', () => {
  it('escapes backslashes, semicolons, commas and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne')).to.equal('a\\\\b\\;c\\,d\\ne');
    const events = parse(
      calendarFile([{ ...seedSessions[0], summary: 'Dialogue; part 1, Iztapalapa\nMéxico' }], { now: NOW }),
    );
    expect(events[0].summary).to.equal('Dialogue; part 1, Iztapalapa\nMéxico');
  });

  it('cannot be given extra lines through a UID or a text, and drops control characters', () => {
    const text = calendarFile([{ ...seedSessions[0], uid: 'x\r\nATTACH:http://evil.example', summary: 'a\u0007b' }], {
      now: NOW,
    });
    expect(text).to.not.match(/^ATTACH/m);
    expect(text).to.contain('SUMMARY:ab\r\n');
  });

  it('folds lines at 75 octets without splitting a character', () => {
    const long = `SUMMARY:${'Diálogo sobre economía social y solidaria — 사회연대경제 '.repeat(4)}`;
    const folded = foldLine(long);
    for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).to.be.at.most(75);
    expect(
      folded
        .split('\r\n')
        .map((l, i) => (i ? l.slice(1) : l))
        .join(''),
    ).to.equal(long);
  });

  it('ends every line with CRLF', () => {
    const text = calendarFile(seedSessions, { now: NOW });
    expect(text.endsWith('END:VCALENDAR\r\n')).to.be.true;
    expect(text.replace(/\r\n/g, '')).to.not.match(/[\r\n]/);
  });
});
