import { expect } from '@open-wc/testing';
import { DateTime } from 'luxon';
import { icalToFeed } from '../../src/feed/convert/ical.js';
import { WINDOWS_ZONE_NAMES, ianaZoneOf } from '../../src/feed/convert/ical-zones.js';
import { instantOf, instantAfter } from '../../src/feed/convert/feed-json.js';
import { importProgramme } from '../../src/feed/convert/import-programme.js';
import type { ImportOptions, ImportProblem, ImportResult } from '../../src/feed/convert/types.js';
import type { EventJson, FeedJson, SessionJson } from '../../src/feed/types.js';
import { isValidZone } from '../../src/time/wall-time.js';

const DIR = '/test/fixtures/import/ical/';

async function source(name: string): Promise<string> {
  const response = await fetch(`${DIR}${name}`);
  if (!response.ok) throw new Error(`${name}: ${response.status}`);
  return response.text();
}

/** Imports as the CLI does: detected format, converter, then the validator's problems placed. */
async function imported(text: string, options: ImportOptions = {}): Promise<ImportResult> {
  return importProgramme(new TextEncoder().encode(text), options);
}

/** A calendar written line by line, CRLF as every exporter writes it. */
const ics = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;

const physical = (text: string) => text.split(/\r\n|\n|\r/);

/** The 1-based line of the first line matching `pattern` at or after line `from`. */
function lineOf(text: string, pattern: RegExp | string, from = 1): number {
  const test = (l: string) => (typeof pattern === 'string' ? l.startsWith(pattern) : pattern.test(l));
  const i = physical(text).findIndex((l, n) => n + 1 >= from && test(l));
  if (i < 0) throw new Error(`no line ${String(pattern)}`);
  return i + 1;
}

/** The line of the BEGIN:VEVENT of the entry whose SUMMARY is `title`. */
function veventLine(text: string, title: string): number {
  const summary = lineOf(text, new RegExp(`^SUMMARY[^:]*:${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`));
  const lines = physical(text).slice(0, summary);
  return lines.lastIndexOf('BEGIN:VEVENT') + 1;
}

/**
 * The independent oracle: luxon reads a DTSTART/DTEND value as the source writes it, UTC when it
 * ends in Z, else a wall time in `zone` (its TZID, or the zone floating times are read in).
 */
function luxon(value: string, zone: string): number {
  const utc = value.endsWith('Z');
  const d = DateTime.fromFormat(value.replace(/Z$/, ''), "yyyyMMdd'T'HHmmss", { zone: utc ? 'utc' : zone });
  if (!d.isValid) throw new Error(`luxon cannot read ${value}: ${d.invalidExplanation}`);
  return d.toMillis();
}

/** DTSTART and DTEND of the entry titled `title`, read by luxon from the file's own lines. */
function sourceInstants(text: string, title: string, zone: string): [number, number] {
  const begin = veventLine(text, title);
  const block = physical(text).slice(begin, lineOf(text, 'END:VEVENT', begin));
  const value = (name: string) => {
    const line = block.find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`))!;
    const tzid = /TZID="?([^":;]+)"?/.exec(line)?.[1];
    return luxon(line.slice(line.lastIndexOf(':') + 1), tzid ? (ianaZoneOf(tzid) ?? zone) : zone);
  };
  return [value('DTSTART'), value('DTEND')];
}

const eventOf = (feed: FeedJson | undefined): EventJson => {
  expect(feed, 'a feed').to.exist;
  return feed!.events[0];
};
const sessionsOf = (feed: FeedJson | undefined): SessionJson[] => eventOf(feed).sessions ?? [];
const textOf = (t: SessionJson['title'] | undefined) =>
  typeof t === 'string' || t === undefined ? t : Object.values(t)[0];
const titled = (feed: FeedJson | undefined, title: string) => sessionsOf(feed).filter((s) => textOf(s.title) === title);
const byTitle = (feed: FeedJson | undefined, title: string): SessionJson => {
  const found = titled(feed, title);
  expect(found, `session "${title}"`).to.have.length(1);
  return found[0];
};
const errors = (problems: readonly ImportProblem[]) => problems.filter((p) => p.severity === 'error');
const warnings = (problems: readonly ImportProblem[]) => problems.filter((p) => p.severity === 'warning');
const instants = (s: { start: string; end?: string }, zone: string): [number, number] => [
  instantOf(s.start, zone),
  instantOf(s.end ?? '', zone),
];

describe('iCalendar import: a Google Calendar export', () => {
  const zone = 'America/Mexico_City';
  let text: string;
  before(async () => {
    text = await source('google.ics');
  });

  it('is detected, and gives a feed the validator accepts, with a warning for the repeated and the all-day entry', async () => {
    const result = await imported(text);
    expect(result).to.include({ format: 'ical', detected: true });
    expect(errors(result.problems)).to.deep.equal([]);
    const warned = warnings(result.problems);
    expect(warned.map((w) => w.where)).to.deep.equal([
      `line ${veventLine(text, 'Taller semanal de facilitadores')}`,
      `line ${veventLine(text, 'Registro abierto')}`,
    ]);
    expect(warned[0].message).to.match(/repeats: read as 3 occurrences from 2019-11-18 to 2019-12-11/);
    expect(warned[0].message).to.contain('2 before and those after are left out');
    expect(warned[1].message).to.match(/all-day entry: sessions need a time of day.*--events/);
  });

  it('reads every entry at the instant the file gives (UTC and TZID times), in the calendar zone', async () => {
    const { feed } = await imported(text);
    const event = eventOf(feed);
    expect(event).to.include({ timeZone: zone, name: 'Foro GSEF 2019 – Programa', id: 'foro-gsef-2019-programa' });
    for (const title of [
      'Reunión de arranque',
      'Inauguración del Foro GSEF',
      'Panel: Finanzas solidarias',
      'Visita de campo a cooperativas',
      'Clausura',
    ]) {
      expect(instants(byTitle(feed, title), zone), title).to.deep.equal(sourceInstants(text, title, zone));
    }
    // Wall times in the event's zone, as the organizer sees them in Google Calendar.
    expect(byTitle(feed, 'Panel: Finanzas solidarias')).to.include({
      start: '2019-12-09T11:00',
      end: '2019-12-09T12:30',
    });
    // 00:30 UTC on the 12th is still the evening of the 11th in Mexico City.
    expect(byTitle(feed, 'Clausura')).to.include({ start: '2019-12-11T17:00', end: '2019-12-11T18:30' });
    expect(event).to.include({ start: '2019-11-18T11:00', end: '2019-12-11T18:30' });
  });

  it('expands the weekly entry within the calendar span: EXDATE left out, the changed occurrence as changed', async () => {
    const { feed } = await imported(text);
    const workshops = titled(feed, 'Taller semanal de facilitadores');
    const uid = '3q8v7k2m1n0b9c8x7z6l5k4j3h-google.com';
    expect(workshops.map((s) => s.id)).to.deep.equal([`${uid}-20191118`, `${uid}-20191202`, `${uid}-20191209`]);
    expect(workshops.map((s) => instants(s, zone))).to.deep.equal([
      [luxon('20191118T160000', zone), luxon('20191118T173000', zone)],
      // RECURRENCE-ID 2019-12-02 16:00, moved to 18:00 in another room.
      [luxon('20191202T180000', zone), luxon('20191202T193000', zone)],
      [luxon('20191209T160000', zone), luxon('20191209T173000', zone)],
    ]);
    expect(workshops.map((s) => s.location)).to.deep.equal(['Sala 2', 'Sala 3', 'Sala 2']);
    expect(workshops[1].description).to.equal('Esta semana por la tarde, en la sala 3.');
    expect(sessionsOf(feed)).to.have.length(8);
  });

  it('reads rooms, plain-text descriptions from HTML, the cancelled entry and the calendar description', async () => {
    const { feed } = await imported(text);
    const opening = byTitle(feed, 'Inauguración del Foro GSEF');
    expect(opening.location).to.equal('Auditorio Principal, Centro Citibanamex');
    expect(opening.description).to.equal(
      'Bienvenida de las autoridades de la Ciudad de México y del comité organizador.\n\n' +
        'Programa completo: gsef2019.example.org/programa\u00a0& transmisión en vivo.',
    );
    expect(opening.id).to.equal('5r6t7y8u9i0o1p2a3s4d5f6g7h-google.com');
    expect(byTitle(feed, 'Visita de campo a cooperativas').status).to.equal('cancelled');
    expect(byTitle(feed, 'Clausura').status).to.equal(undefined);
    expect(eventOf(feed).description).to.equal('Programa del Foro Global de Economía Social, Ciudad de México.');
    // ORGANIZER and ATTENDEE are never read: no session has speakers.
    expect(sessionsOf(feed).every((s) => s.speakers === undefined)).to.equal(true);
  });

  it('keeps every id across a re-export that orders entries differently and adds one', async () => {
    const blocks = text.split(/(?=BEGIN:VEVENT)/);
    const head = blocks.shift()!;
    const last = blocks.pop()!.replace('END:VCALENDAR\r\n', '');
    const added = ics(
      'BEGIN:VEVENT',
      'DTSTART:20191210T150000Z',
      'DTEND:20191210T160000Z',
      'UID:nuevo123@google.com',
      'SUMMARY:Sesión añadida',
      'END:VEVENT',
    );
    const reexported = `${head}${added}${last}${blocks.reverse().join('')}END:VCALENDAR\r\n`;
    const key = (s: SessionJson) => `${textOf(s.title)} ${s.start}`;
    const ids = (feed: FeedJson | undefined) => new Map(sessionsOf(feed).map((s) => [key(s), s.id]));
    const before = ids((await imported(text)).feed);
    const after = ids((await imported(reexported)).feed);
    expect(after.size).to.equal(before.size + 1);
    for (const [k, id] of before) expect(after.get(k), k).to.equal(id);
  });

  it('with --events, makes each entry an event: the all-day one by dates, its last day included', async () => {
    const result = await imported(text, { events: true });
    expect(errors(result.problems)).to.deep.equal([]);
    const events = result.feed!.events;
    expect(events).to.have.length(9);
    const registration = events.find((e) => e.name === 'Registro abierto')!;
    // DTEND;VALUE=DATE:20191212 is the day after the last.
    expect(registration).to.include({ start: '2019-12-09', end: '2019-12-11', timeZone: zone });
    expect(registration.location).to.deep.equal({ name: 'Vestíbulo' });
    expect(registration.id).to.equal('1q2w3e4r5t6y7u8i9o0p1a2s3d-google.com');
    expect(events.find((e) => e.name === 'Visita de campo a cooperativas')!.status).to.equal('cancelled');
    const panel = events.find((e) => e.name === 'Panel: Finanzas solidarias')!;
    expect(instants(panel, zone)).to.deep.equal(sourceInstants(text, 'Panel: Finanzas solidarias', zone));
    expect(events.filter((e) => e.name === 'Taller semanal de facilitadores').map((e) => e.start)).to.deep.equal([
      '2019-11-18T16:00',
      '2019-12-02T18:00',
      '2019-12-09T16:00',
    ]);
    expect(events.every((e) => e.sessions === undefined)).to.equal(true);
    // In start order.
    const starts = events.map((e) => instantOf(e.start, e.timeZone));
    expect(starts).to.deep.equal([...starts].sort((a, b) => a - b));
  });

  it("reads an IANA TZID with the zone's history, not Google's VTIMEZONE of today's rules", async () => {
    // Mexico City kept daylight saving time until 2022; Google now writes its VTIMEZONE without it.
    const calendar = ics(
      'BEGIN:VCALENDAR',
      'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
      'VERSION:2.0',
      'X-WR-CALNAME:Seminario',
      'X-WR-TIMEZONE:America/Mexico_City',
      'BEGIN:VTIMEZONE',
      'TZID:America/Mexico_City',
      'X-LIC-LOCATION:America/Mexico_City',
      'BEGIN:STANDARD',
      'TZOFFSETFROM:-0600',
      'TZOFFSETTO:-0600',
      'TZNAME:CST',
      'DTSTART:19700101T000000',
      'END:STANDARD',
      'END:VTIMEZONE',
      'BEGIN:VEVENT',
      'DTSTART;TZID=America/Mexico_City:20190410T100000',
      'DTEND;TZID=America/Mexico_City:20190410T113000',
      'UID:abril@google.com',
      'SUMMARY:Seminario de abril',
      'END:VEVENT',
      'END:VCALENDAR',
    );
    const result = await imported(calendar);
    expect(result.problems).to.deep.equal([]);
    const session = byTitle(result.feed, 'Seminario de abril');
    expect(session).to.include({ start: '2019-04-10T10:00', end: '2019-04-10T11:30' });
    expect(instants(session, zone)).to.deep.equal([luxon('20190410T100000', zone), luxon('20190410T113000', zone)]);
    expect(instantOf(session.start, zone)).to.equal(Date.UTC(2019, 3, 10, 15, 0));
  });
});

describe('iCalendar import: an Outlook export (Windows zone names)', () => {
  const zone = 'Europe/Paris';
  let text: string;
  before(async () => {
    text = await source('outlook.ics');
  });

  it('reads "Romance Standard Time" as Europe/Paris, on both sides of the change to winter time', async () => {
    const result = await imported(text);
    expect(errors(result.problems)).to.deep.equal([]);
    const event = eventOf(result.feed);
    expect(event.timeZone).to.equal(zone);
    const opening = byTitle(result.feed, "Séance d'ouverture");
    const workshop = byTitle(result.feed, "Atelier : financer l'économie sociale");
    expect(instants(opening, zone)).to.deep.equal(sourceInstants(text, "Séance d'ouverture", zone));
    expect(instants(workshop, zone)).to.deep.equal(sourceInstants(text, "Atelier : financer l'économie sociale", zone));
    // 25 October is summer time (UTC+2), 28 October winter time (UTC+1).
    expect(instantOf(opening.start, zone)).to.equal(Date.UTC(2019, 9, 25, 7, 30));
    expect(instantOf(workshop.start, zone)).to.equal(Date.UTC(2019, 9, 28, 9, 0));
    expect(opening).to.include({ start: '2019-10-25T09:30', end: '2019-10-25T11:00' });
  });

  it('takes the language SUMMARY states, CATEGORIES as the track, and leaves private entries out', async () => {
    const result = await imported(text);
    expect(result.feed!.defaultLanguage).to.equal('fr-FR');
    const workshop = byTitle(result.feed, "Atelier : financer l'économie sociale");
    expect(workshop.track).to.deep.equal({ 'fr-FR': 'Finance' });
    expect(workshop.location).to.deep.equal({ 'fr-FR': 'Salle Gernika' });
    const opening = byTitle(result.feed, "Séance d'ouverture");
    expect(opening.description).to.deep.equal({
      'fr-FR': 'Accueil des participants et présentation du programme.\n\nTraduction simultanée en espagnol.',
    });
    // The long Outlook UID, unfolded, is the id: stable on every export.
    expect(opening.id).to.equal(
      '040000008200E00074C5B7101A82E00800000000A07A4B3C6A5ED5010000000000000000' +
        '1000000044F5C21AAB3E2D4C8E2B1A0C5D6E7F80',
    );
    expect(titled(result.feed, 'Personnel')).to.deep.equal([]);
    const privateLine = lineOf(text, 'CLASS:PRIVATE');
    expect(warnings(result.problems).map((w) => [w.where, w.message.includes('PRIVATE')])).to.deep.include([
      `line ${privateLine}`,
      true,
    ]);
    expect(sessionsOf(result.feed)).to.have.length(2);
  });

  it('with --events, a one-day all-day entry starts and ends on that day', async () => {
    const result = await imported(text, { events: true });
    expect(errors(result.problems)).to.deep.equal([]);
    const visits = result.feed!.events.find((e) => textOf(e.name) === 'Visites libres des coopératives')!;
    expect(visits).to.include({ start: '2019-10-26', end: '2019-10-26', timeZone: zone });
    expect(instantAfter(visits.end!, zone) - instantOf(visits.start, zone)).to.equal(24 * 3_600_000);
  });

  it('maps every Windows name of its table to a zone the browser knows', () => {
    for (const name of WINDOWS_ZONE_NAMES) {
      const zone = ianaZoneOf(name);
      expect(zone !== undefined && isValidZone(zone), `${name} → ${zone}`).to.equal(true);
    }
    expect(ianaZoneOf('Central Standard Time (Mexico)')).to.equal('America/Mexico_City');
    expect(ianaZoneOf('/mozilla.org/20070129_1/Europe/Paris')).to.equal('Europe/Paris');
    expect(ianaZoneOf('Customized Time Zone')).to.equal(undefined);
  });

  const custom = (tzid: string) =>
    ics(
      'BEGIN:VCALENDAR',
      'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN',
      'VERSION:2.0',
      'X-WR-CALNAME:Foro',
      'BEGIN:VTIMEZONE',
      `TZID:${tzid}`,
      'BEGIN:STANDARD',
      'DTSTART:16011027T030000',
      'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10',
      'TZOFFSETFROM:+0200',
      'TZOFFSETTO:+0100',
      'END:STANDARD',
      'BEGIN:DAYLIGHT',
      'DTSTART:16010331T020000',
      'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0200',
      'END:DAYLIGHT',
      'END:VTIMEZONE',
      'BEGIN:VEVENT',
      `DTSTART;TZID="${tzid}":20191025T093000`,
      `DTEND;TZID="${tzid}":20191025T110000`,
      'UID:040000008200E00074C5B7101A82E00800000000',
      'SUMMARY:Apertura',
      'END:VEVENT',
      'END:VCALENDAR',
    );

  it('reads "Central Standard Time (Mexico)" as America/Mexico_City', async () => {
    const result = await imported(custom('Central Standard Time (Mexico)'));
    expect(errors(result.problems)).to.deep.equal([]);
    expect(eventOf(result.feed).timeZone).to.equal('America/Mexico_City');
    // The zone's own rules, not the VTIMEZONE's (which here are not Mexico's).
    expect(instants(byTitle(result.feed, 'Apertura'), 'America/Mexico_City')).to.deep.equal([
      luxon('20191025T093000', 'America/Mexico_City'),
      luxon('20191025T110000', 'America/Mexico_City'),
    ]);
  });

  it('asks for --time-zone for a zone name it does not know, then reads the times with the VTIMEZONE', async () => {
    const calendar = custom('Customized Time Zone');
    const without = await imported(calendar);
    expect(without.feed).to.equal(undefined);
    expect(errors(without.problems)).to.have.length(1);
    expect(errors(without.problems)[0].message).to.match(
      /"Customized Time Zone" is not one this importer knows.*--time-zone/,
    );
    const result = await imported(calendar, { timeZone: zone });
    expect(errors(result.problems)).to.deep.equal([]);
    // The VTIMEZONE's rules are Paris's: 09:30 at UTC+2 on 25 October 2019.
    const session = byTitle(result.feed, 'Apertura');
    expect(instants(session, zone)).to.deep.equal([luxon('20191025T093000', zone), luxon('20191025T110000', zone)]);
    expect(warnings(result.problems).map((w) => w.message)).to.deep.equal([
      `the source's time zone "Customized Time Zone" is unknown; using ${zone}`,
    ]);
  });
});

describe('iCalendar import: an Apple Calendar export with floating times', () => {
  const zone = 'America/Bogota';
  let text: string;
  before(async () => {
    text = await source('apple.ics');
  });

  it('needs --time-zone, since floating times name no instant', async () => {
    const result = await imported(text);
    expect(result.feed).to.equal(undefined);
    expect(errors(result.problems).map((p) => p.message)).to.deep.equal([
      "the calendar's times carry no time zone (floating times, as Apple Calendar can write them, or UTC times only): give the event's with --time-zone, e.g. --time-zone America/Mexico_City",
    ]);
  });

  it('reads floating times as wall times in --time-zone, and says so once', async () => {
    const result = await imported(text, { timeZone: zone });
    expect(errors(result.problems)).to.deep.equal([]);
    for (const title of ['Apertura', 'Taller de cooperativismo']) {
      expect(instants(byTitle(result.feed, title), zone), title).to.deep.equal(sourceInstants(text, title, zone));
    }
    const floating = warnings(result.problems).filter((w) => w.message.includes('floating'));
    expect(floating).to.have.length(1);
    expect(floating[0].where).to.equal(`line ${lineOf(text, 'DTSTART:20190612T090000')}`);
    expect(floating[0].message).to.contain(`3 entries have times without a time zone`).and.contain(zone);
  });

  it('ends an entry by its DURATION, joins the address lines of LOCATION, and drops an unsafe URL', async () => {
    const result = await imported(text, { timeZone: zone });
    const market = byTitle(result.feed, 'Mercado de productores');
    expect(instants(market, zone)).to.deep.equal([
      luxon('20190612T110000', zone),
      luxon('20190612T110000', zone) + 90 * 60_000,
    ]);
    const opening = byTitle(result.feed, 'Apertura');
    expect(opening.location).to.equal('Auditorio Mayor, Calle 10 #5-51, Bogotá, Colombia');
    expect(opening.url).to.equal('https://semana-ess.example.org/apertura');
    expect(byTitle(result.feed, 'Taller de cooperativismo').url).to.equal(undefined);
    const unsafe = warnings(result.problems).find((w) => w.message.includes('javascript:'))!;
    expect(unsafe.where).to.equal(`line ${lineOf(text, 'URL;VALUE=URI:javascript')}`);
    expect(byTitle(result.feed, 'Apertura').id).to.equal('7B1C6E2A-3F1D-4C8E-9A0B-1D2E3F4A5B6C');
  });
});

describe('iCalendar import: daylight saving time in Paris', () => {
  const zone = 'Europe/Paris';
  let text: string;
  before(async () => {
    text = await source('dst-paris.ics');
  });

  it('writes a time the clocks show twice with its offset, naming the same instant as the UTC source', async () => {
    const result = await imported(text);
    expect(errors(result.problems)).to.deep.equal([]);
    const a = byTitle(result.feed, 'Garde de nuit A');
    // 00:30 UTC is the first 02:30 (summer time); 01:30 UTC the second (winter time).
    expect(a).to.include({ start: '2019-10-27T02:30+02:00', end: '2019-10-27T02:30+01:00' });
    expect(instants(a, zone)).to.deep.equal(sourceInstants(text, 'Garde de nuit A', zone));
    const c = byTitle(result.feed, 'Garde de nuit C');
    expect(c).to.include({ start: '2019-10-27T02:30+01:00', end: '2019-10-27T03:00' });
    expect(instants(c, zone)).to.deep.equal(sourceInstants(text, 'Garde de nuit C', zone));
  });

  it('reads a TZID time the clocks show twice as the first, as RFC 5545 says', async () => {
    const { feed } = await imported(text);
    const b = byTitle(feed, 'Garde de nuit B');
    expect(b.start).to.equal('2019-10-27T02:30+02:00');
    const first = DateTime.fromISO('2019-10-27T02:30:00+02:00', { setZone: true }).toMillis();
    expect(instantOf(b.start, zone)).to.equal(first);
    expect(instantOf(b.end, zone)).to.equal(luxon('20191027T033000', zone));
    expect(instantOf(b.end, zone) - instantOf(b.start, zone)).to.equal(2 * 3_600_000);
  });

  it('reads a TZID time the clocks skip with the offset before the skip, and warns on its line', async () => {
    const result = await imported(text);
    const spring = byTitle(result.feed, "Passage à l'heure d'été");
    expect(spring.start).to.equal('2019-03-31T03:30');
    expect(instantOf(spring.start, zone)).to.equal(DateTime.fromISO('2019-03-31T02:30:00+01:00').toMillis());
    const skipped = warnings(result.problems).find((w) => w.message.includes('does not exist'))!;
    expect(skipped.where).to.equal(`line ${lineOf(text, 'DTSTART;TZID=Europe/Paris:20190331T023000')}`);
    expect(skipped.message).to.contain('read as iCalendar says, as 03:30');
  });
});

describe('iCalendar import: problems, each on its line', () => {
  it('a broken file is one error naming the line', async () => {
    const text = await source('broken.ics');
    const result = await imported(text);
    expect(result.feed).to.equal(undefined);
    expect(result.problems).to.have.length(1);
    expect(result.problems[0]).to.include({ severity: 'error', where: `line ${lineOf(text, 'sin la sangría')}` });
    expect(result.problems[0].message).to.match(/is not a property .* nor the continuation of one/);
  });

  it('a BEGIN without its END, and text that is no calendar', async () => {
    const unclosed = ics('BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'SUMMARY:Uno', 'END:VCALENDAR');
    const result = icalToFeed(unclosed, {});
    expect(result.problems.map((p) => [p.where, p.severity])).to.deep.equal([['line 5', 'error']]);
    expect(result.problems[0].message).to.contain('END:VCALENDAR does not close BEGIN:VEVENT of line 3');
    const endless = icalToFeed(ics('BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'SUMMARY:Uno', 'END:VEVENT'), {});
    expect(endless.problems.map((p) => p.where)).to.deep.equal(['line 1']);
    expect(endless.problems[0].message).to.contain('END:VCALENDAR is missing');
    expect(errors(icalToFeed('', {}).problems)).to.have.length(1);
    expect(icalToFeed('hello', {}).problems[0].message).to.contain('BEGIN:VCALENDAR');
  });

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'X-WR-CALNAME:Pruebas',
    'X-WR-TIMEZONE:America/Mexico_City',
    'BEGIN:VEVENT',
    'UID:a',
    'SUMMARY:Sin inicio',
    'DTEND:20191209T100000Z',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:b',
    'SUMMARY:Fecha mala',
    'DTSTART:20191309T100000',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:c',
    'SUMMARY:Sin fin',
    'DTSTART:20191209T160000Z',
    'END:VEVENT',
    'BEGIN:VTODO',
    'SUMMARY:Comprar café',
    'END:VTODO',
    'BEGIN:VEVENT',
    'UID:d',
    'DTSTART:20191209T170000Z',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:e',
    'SUMMARY:Termina antes',
    'DTSTART:20191209T180000Z',
    'DTEND:20191209T170000Z',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:f',
    'SUMMARY:Zona rara',
    'DTSTART;TZID=Mars/Olympus:20191209T180000',
    'DTEND;TZID=Mars/Olympus:20191209T190000',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:g',
    'SUMMARY:Regla mala',
    'DTSTART:20191209T200000Z',
    'DTEND:20191209T210000Z',
    'RRULE:FREQ=SOMETIMES',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:h',
    'SUMMARY:Bien',
    'DESCRIPTION:Una descripción que ocupa',
    '  varias líneas',
    '  plegadas.',
    'URL:ftp://example.org/x',
    'DTSTART:20191210T160000Z',
    'DTEND:20191210T170000Z',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  const line = (start: string) => `line ${lines.findIndex((l) => l.startsWith(start)) + 1}`;

  it('names the line of each problem and keeps every valid entry', async () => {
    const result = await imported(ics(...lines));
    const found = result.problems.map((p) => [p.severity, p.where]);
    expect(found).to.have.deep.members([
      ['error', line('RRULE:FREQ=SOMETIMES')],
      ['warning', line('BEGIN:VTODO')],
      ['error', `line ${lines.indexOf('SUMMARY:Sin inicio') - 1}`],
      ['error', line('DTSTART:20191309')],
      ['warning', `line ${lines.indexOf('SUMMARY:Sin fin') - 1}`],
      ['warning', `line ${lines.indexOf('UID:d')}`],
      ['error', line('DTSTART;TZID=Mars')],
      // Found by the validator, placed by the converter on the DTEND line.
      ['error', line('DTEND:20191209T170000Z')],
      // After a description folded over three lines, the URL's own line.
      ['warning', line('URL:ftp')],
    ]);
    const message = (where: string) => result.problems.find((p) => p.where === where)!.message;
    expect(message(line('RRULE:FREQ=SOMETIMES')))
      .to.contain('SOMETIMES')
      .and.contain('left out');
    expect(message(`line ${lines.indexOf('SUMMARY:Sin inicio') - 1}`)).to.contain('has no start (DTSTART)');
    expect(message(line('DTSTART:20191309'))).to.contain('is not a real date');
    expect(message(`line ${lines.indexOf('SUMMARY:Sin fin') - 1}`)).to.contain('ends when it starts');
    expect(message(line('DTEND:20191209T170000Z'))).to.contain('ends before it starts');
    expect(message(line('DTSTART;TZID=Mars'))).to.contain('"Mars/Olympus"');
    // The converter's feed, before the validator leaves out the session that ends before it starts.
    expect(sessionsOf(result.feed).map((s) => s.id)).to.deep.equal(['c', 'e', 'h']);
    // No end: a session that ends when it starts.
    expect(byTitle(result.feed, 'Sin fin')).to.include({ start: '2019-12-09T10:00', end: '2019-12-09T10:00' });
    expect(byTitle(result.feed, 'Bien').description).to.equal('Una descripción que ocupa varias líneas plegadas.');
  });

  it('asks for --name when the calendar has none, and takes --name and --event', () => {
    const unnamed = ics(...lines.filter((l) => !l.startsWith('X-WR-CALNAME')));
    const without = icalToFeed(unnamed, {});
    expect(without.feed).to.equal(undefined);
    expect(errors(without.problems).map((p) => p.message)).to.include(
      'the calendar has no name (X-WR-CALNAME): give the event\'s with --name "…" (and its id with --event)',
    );
    const named = icalToFeed(unnamed, { name: 'Foro 2019', eventId: 'foro' });
    expect(eventOf(named.feed)).to.include({ id: 'foro', name: 'Foro 2019' });
  });

  it('asks for --time-zone for a calendar of UTC times only', () => {
    const utcOnly = ics(
      'BEGIN:VCALENDAR',
      'X-WR-CALNAME:Foro',
      'BEGIN:VEVENT',
      'UID:x',
      'SUMMARY:Uno',
      'DTSTART:20191209T160000Z',
      'DTEND:20191209T170000Z',
      'END:VEVENT',
      'END:VCALENDAR',
    );
    expect(icalToFeed(utcOnly, {}).problems[0].message).to.contain('--time-zone');
    const read = icalToFeed(utcOnly, { timeZone: 'Asia/Seoul' });
    expect(byTitle(read.feed, 'Uno')).to.include({ start: '2019-12-10T01:00', end: '2019-12-10T02:00' });
  });
});

describe('iCalendar import: repeated entries with nothing else to bound them', () => {
  const repeating = (rule: string) =>
    ics(
      'BEGIN:VCALENDAR',
      'X-WR-CALNAME:Reuniones',
      'X-WR-TIMEZONE:America/Lima',
      'BEGIN:VEVENT',
      'UID:reunion@example.org',
      'SUMMARY:Reunión',
      'DTSTART;TZID=America/Lima:20191104T090000',
      'DTEND;TZID=America/Lima:20191104T100000',
      rule,
      'END:VEVENT',
      'END:VCALENDAR',
    );

  it('expands an endless weekly rule over its first 366 days, and says how many', () => {
    const result = icalToFeed(repeating('RRULE:FREQ=WEEKLY'), {});
    const sessions = sessionsOf(result.feed);
    // 4 November 2019 to 2 November 2020: 53 Mondays.
    expect(sessions).to.have.length(53);
    expect(sessions[52]).to.include({ id: 'reunion-example.org-20201102', start: '2020-11-02T09:00' });
    const [note] = warnings(result.problems);
    expect(note.where).to.equal('line 4');
    expect(note.message).to.contain('read as 53 occurrences').and.contain('366 days');
  });

  it('stops an hourly rule at 500 occurrences, and a rule with COUNT at its count', () => {
    expect(sessionsOf(icalToFeed(repeating('RRULE:FREQ=HOURLY'), {}).feed)).to.have.length(500);
    const counted = icalToFeed(repeating('RRULE:FREQ=DAILY;COUNT=5'), {});
    expect(sessionsOf(counted.feed).map((s) => s.start)).to.deep.equal([
      '2019-11-04T09:00',
      '2019-11-05T09:00',
      '2019-11-06T09:00',
      '2019-11-07T09:00',
      '2019-11-08T09:00',
    ]);
    expect(warnings(counted.problems)[0].message).to.contain('read as 5 occurrences').and.not.contain('left out');
  });
});

describe('iCalendar import: a calendar of 2,000 entries', () => {
  it('reads them all, with unique ids, in well under a few seconds', async () => {
    const zone = 'America/Mexico_City';
    const entries: string[] = [];
    for (let i = 0; i < 2000; i++) {
      const day = new Date(Date.UTC(2019, 11, 9) + Math.floor(i / 20) * 86_400_000);
      const ymd = day.toISOString().slice(0, 10).replace(/-/g, '');
      const hour = String(8 + (i % 10)).padStart(2, '0');
      entries.push(
        'BEGIN:VEVENT',
        `DTSTART;TZID=${zone}:${ymd}T${hour}0000`,
        `DTEND;TZID=${zone}:${ymd}T${hour}4500`,
        `UID:entry-${i}@google.com`,
        `SUMMARY:Sesión ${i}`,
        `LOCATION:Sala ${i % 2}`,
        'END:VEVENT',
      );
    }
    const text = ics('BEGIN:VCALENDAR', 'X-WR-CALNAME:Grande', `X-WR-TIMEZONE:${zone}`, ...entries, 'END:VCALENDAR');
    const started = performance.now();
    const result = await imported(text);
    const took = performance.now() - started;
    const sessions = sessionsOf(result.feed);
    expect(sessions).to.have.length(2000);
    expect(new Set(sessions.map((s) => s.id)).size).to.equal(2000);
    expect(errors(result.problems)).to.deep.equal([]);
    const last = sessions.find((s) => s.id === 'entry-1999-google.com')!;
    expect(instantOf(last.start, zone)).to.equal(luxon('20200317T170000', zone));
    expect(took, `${Math.round(took)} ms`).to.be.below(5000);
  });
});

/** The JSON Pointers of keys whose value is undefined, anywhere in `value`. */
function undefinedKeys(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => undefinedKeys(v, `${path}/${i}`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) =>
    v === undefined ? [`${path}/${k}`] : undefinedKeys(v, `${path}/${k}`),
  );
}

describe('iCalendar import: what a re-import keeps', () => {
  const entry = (summary: string, start: string, end: string) => [
    'BEGIN:VEVENT',
    `SUMMARY:${summary}`,
    `DTSTART;TZID=Europe/Madrid:${start}`,
    `DTEND;TZID=Europe/Madrid:${end}`,
    'END:VEVENT',
  ];
  const calendar = (entries: string[][]) =>
    ics('BEGIN:VCALENDAR', 'X-WR-CALNAME:Jornadas', 'X-WR-TIMEZONE:Europe/Madrid', ...entries.flat(), 'END:VCALENDAR');
  // No UID: ids are made from the titles.
  const entries = [
    entry('Pausa', '20191210T110000', '20191210T113000'),
    entry('Pausa', '20191209T110000', '20191209T113000'),
    entry('Taller!', '20191209T090000', '20191209T100000'),
    entry('Taller', '20191209T090000', '20191209T100000'),
  ];
  const expected = [
    'taller Taller 2019-12-09T09:00',
    'taller-2 Taller! 2019-12-09T09:00',
    'pausa Pausa 2019-12-09T11:00',
    'pausa-2 Pausa 2019-12-10T11:00',
  ];

  it('gives ids made from titles in start order (ties by title), whatever the order of the file', () => {
    const ids = (feed: FeedJson | undefined) => sessionsOf(feed).map((s) => `${s.id} ${textOf(s.title)} ${s.start}`);
    const forward = icalToFeed(calendar(entries), {});
    expect(errors(forward.problems)).to.deep.equal([]);
    expect(ids(forward.feed)).to.deep.equal(expected);
    expect(ids(icalToFeed(calendar([...entries].reverse()), {}).feed)).to.deep.equal(expected);
  });

  it('with --events too', () => {
    const ids = (feed: FeedJson | undefined) => feed!.events.map((e) => `${e.id} ${textOf(e.name)} ${e.start}`);
    expect(ids(icalToFeed(calendar(entries), { events: true }).feed)).to.deep.equal(expected);
    expect(ids(icalToFeed(calendar([...entries].reverse()), { events: true }).feed)).to.deep.equal(expected);
  });

  it('writes no key without a value, so that the event spread over an existing one keeps its description', async () => {
    const text = await source('google.ics');
    const undescribed = text.replace(/^X-WR-CALDESC:.*\r\n/m, '');
    for (const [ics_, options] of [
      [text, {}],
      [text, { events: true }],
      [undescribed, {}],
      [await source('apple.ics'), { timeZone: 'America/Bogota' }],
      [await source('outlook.ics'), { events: true }],
    ] as [string, ImportOptions][]) {
      const { feed } = icalToFeed(ics_, options);
      expect(feed, JSON.stringify(options)).to.exist;
      expect(undefinedKeys(feed), JSON.stringify(options)).to.deep.equal([]);
    }
    const event = eventOf(icalToFeed(undescribed, {}).feed);
    const existing: EventJson = { ...event, description: 'Descripción escrita a mano', sessions: [] };
    expect({ ...existing, ...event }.description).to.equal('Descripción escrita a mano');
  });

  it('reads a TZID it does not know with the VTIMEZONE the file gives, without --time-zone when it is not the calendar zone', () => {
    const result = icalToFeed(
      ics(
        'BEGIN:VCALENDAR',
        'X-WR-CALNAME:Jornadas',
        'X-WR-TIMEZONE:Europe/Madrid',
        'BEGIN:VTIMEZONE',
        'TZID:Hora personalizada',
        'BEGIN:STANDARD',
        'TZOFFSETFROM:-0500',
        'TZOFFSETTO:-0500',
        'DTSTART:19700101T000000',
        'END:STANDARD',
        'END:VTIMEZONE',
        'BEGIN:VEVENT',
        'SUMMARY:Desde Bogotá',
        'DTSTART;TZID=Hora personalizada:20191209T090000',
        'DTEND;TZID=Hora personalizada:20191209T100000',
        'END:VEVENT',
        'END:VCALENDAR',
      ),
      {},
    );
    expect(result.problems).to.deep.equal([]);
    const session = byTitle(result.feed, 'Desde Bogotá');
    // 09:00 at UTC-5 is 14:00 UTC, 15:00 in Madrid.
    expect(instantOf(session.start, 'Europe/Madrid')).to.equal(Date.UTC(2019, 11, 9, 14, 0));
    expect(session).to.include({ start: '2019-12-09T15:00', end: '2019-12-09T16:00' });
  });
});
