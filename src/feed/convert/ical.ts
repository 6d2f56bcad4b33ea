/**
 * iCalendar (a calendar exported from Google Calendar, Outlook or Apple Calendar) → minga feed:
 * each VEVENT a session of one event named after the calendar, or with `--events` an event of its
 * own. Parsed with ical.js; every problem names the line of the file it concerns.
 */
import ICAL from 'ical.js';
import type { EventJson, SessionJson } from '../types.js';
import { IdSet, chooseZone, feedOf, instantOf, localText, sessionSpan, slugId, wallTimeText } from './feed-json.js';
import {
  expandEntry,
  lineOf,
  readEntry,
  uidId,
  type Entry,
  type Moment,
  type Reader,
  type Span,
} from './ical-entries.js';
import type { CalendarLines, VeventLines } from './ical-lines.js';
import { parseCalendars } from './ical-parse.js';
import { ianaZoneOf } from './ical-zones.js';
import { htmlToText } from './html-text.js';
import { ProblemList } from './problems.js';
import type { Conversion, Converter, ImportOptions } from './types.js';

type Component = ICAL.Component;

interface Vevent {
  readonly comp: Component;
  readonly lines?: VeventLines;
}

export const icalToFeed: Converter = (text, options) => {
  const problems = new ProblemList();
  const places = new Map<string, string>();
  const parsed = parseCalendars(text, problems);
  if (!parsed) return { problems: problems.problems, places };
  const { calendars, scan } = parsed;
  // TZIDs the file defines but no zone name explains are read with its VTIMEZONEs (ical.js keeps
  // them in one registry for the whole page: emptied before and after).
  ICAL.TimezoneService.reset();
  try {
    return convert(calendars, scan, options, problems, places);
  } finally {
    ICAL.TimezoneService.reset();
  }
};

function convert(
  calendars: Component[],
  scan: CalendarLines,
  options: ImportOptions,
  problems: ProblemList,
  places: Map<string, string>,
): Conversion {
  const failed = () => ({ problems: problems.problems, places });
  const locations = new Map<string, string>();
  for (const vtz of calendars.flatMap((c) => c.getAllSubcomponents('vtimezone'))) {
    const tzid = vtz.getFirstPropertyValue('tzid');
    if (typeof tzid !== 'string') continue;
    const location = vtz.getFirstPropertyValue('x-lic-location');
    if (typeof location === 'string') locations.set(tzid, location);
    try {
      ICAL.TimezoneService.register(vtz);
    } catch {
      // A VTIMEZONE ical.js cannot read leaves its TZID to the zone names.
    }
  }
  const ianaOf = (tzid: string) => ianaZoneOf(tzid, locations.get(tzid));
  const comps = calendars.flatMap((c) => c.getAllSubcomponents('vevent'));
  // The scan and ical.js see the same VEVENTs in the same order; if not, lines are not given.
  const vevents: Vevent[] = comps.map((comp, i) => ({
    comp,
    lines: comps.length === scan.vevents.length ? scan.vevents[i] : undefined,
  }));
  if (scan.ignored.length) {
    const n = scan.ignored.length;
    problems.warn(
      `line ${scan.ignored[0].line}`,
      `${n === 1 ? 'this to-do or journal entry is' : `${n} to-dos or journal entries are`} ignored (VTODO, VJOURNAL): only events (VEVENT) are read`,
    );
  }
  // ical.js does not know the X-WR- properties, so it leaves their text escaped (`\,`).
  const calendarText = (name: string) =>
    calendars
      .map((c) => c.getFirstPropertyValue(name))
      .find((v): v is string => typeof v === 'string' && !!v.trim())
      ?.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

  const zone = calendarZone(calendarText('x-wr-timezone'), vevents, options, ianaOf, problems);
  const floating: string[] = [];
  const reader: Reader = { zone: zone ?? 'UTC', problems, ianaOf, floating: (where) => floating.push(where) };
  const entries = readEntries(visible(vevents, problems), reader);
  if (floating.length && zone) {
    problems.warn(
      floating[0],
      `${floating.length} ${floating.length === 1 ? 'entry has times' : 'entries have times'} without a time zone (floating times); they are read as wall times in ${reader.zone}`,
    );
  }
  if (!zone) return failed();
  const language = options.language ?? statedLanguage(vevents);
  if (options.events) return eventsOf(entries, zone, language, problems, places);

  const name = options.name?.trim() || calendarText('x-wr-calname')?.trim();
  if (!name) {
    problems.error(
      '',
      'the calendar has no name (X-WR-CALNAME): give the event\'s with --name "…" (and its id with --event)',
    );
  }
  const sessions = sessionsOf(entries, zone, language, problems, places);
  const span = sessionSpan(sessions, zone) ?? daySpan(entries);
  if (!span) problems.error('', 'no entry of the calendar could be read: it needs events (VEVENT) with a start');
  if (!name || !span) return failed();
  const description = calendarText('x-wr-caldesc');
  const event: EventJson = {
    id: options.eventId?.trim() || slugId(name, 'event'),
    name: localText(name, language) ?? name,
    description: description ? localText(htmlToText(description), language) : undefined,
    timeZone: zone,
    start: span.start,
    end: span.end,
    sessions,
  };
  places.set('/events/0', '');
  return { feed: feedOf([event], language), problems: problems.problems, places };
}

/**
 * The zone of the feed: `--time-zone`, else X-WR-TIMEZONE, else the TZID most entries start in
 * (Windows names as Outlook writes them read as the IANA zone they stand for).
 */
function calendarZone(
  wrZone: string | undefined,
  vevents: Vevent[],
  options: ImportOptions,
  ianaOf: (tzid: string) => string | undefined,
  problems: ProblemList,
): string | undefined {
  const counts = new Map<string, number>();
  for (const { comp } of vevents) {
    const tzid = comp.getFirstProperty('dtstart')?.getParameter('tzid');
    if (typeof tzid === 'string' && tzid.trim()) counts.set(tzid.trim(), (counts.get(tzid.trim()) ?? 0) + 1);
  }
  const source = wrZone?.trim() || [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const iana = source && ianaOf(source);
  if (source && !iana && !options.timeZone) {
    return problems.error(
      '',
      `the calendar's time zone "${source}" is not one this importer knows (it reads IANA names such as Europe/Paris and the usual Windows names such as "Romance Standard Time"); give the event's with --time-zone, e.g. --time-zone Europe/Paris`,
    );
  }
  if (!source && !options.timeZone) {
    return problems.error(
      '',
      "the calendar's times carry no time zone (floating times, as Apple Calendar can write them, or UTC times only): give the event's with --time-zone, e.g. --time-zone America/Mexico_City",
    );
  }
  const chosen = chooseZone(iana || source, options.timeZone);
  if ('error' in chosen) return problems.error('', chosen.error);
  if (chosen.warning) problems.warn('', chosen.warning);
  return chosen.zone;
}

/** The entries to read: private ones and to-dos are not a public programme. */
function visible(vevents: Vevent[], problems: ProblemList): Vevent[] {
  return vevents.filter(({ comp, lines }) => {
    const klass = comp.getFirstPropertyValue('class');
    if (typeof klass !== 'string' || !/^(PRIVATE|CONFIDENTIAL)$/i.test(klass)) return true;
    problems.warn(
      lineOf(lines, 'CLASS'),
      `this entry is marked ${klass.toUpperCase()} in the calendar; it is left out`,
    );
    return false;
  });
}

/**
 * Every entry, repeated ones expanded over the days the others span: single entries first, as
 * they bound the repetitions; changed occurrences (RECURRENCE-ID) with the entry they change.
 */
function readEntries(vevents: Vevent[], r: Reader): Entry[] {
  const uidOf = (comp: Component) => String(comp.getFirstPropertyValue('uid') ?? '');
  const repeated = vevents.filter(
    ({ comp }) => !comp.hasProperty('recurrence-id') && (comp.hasProperty('rrule') || comp.hasProperty('rdate')),
  );
  const repeatedUids = new Set(repeated.map(({ comp }) => uidOf(comp)));
  const changes = vevents.filter(({ comp }) => comp.hasProperty('recurrence-id') && repeatedUids.has(uidOf(comp)));
  const single = vevents.filter((v) => !repeated.includes(v) && !changes.includes(v));
  const entries = single.flatMap(({ comp, lines }) => {
    // A changed occurrence whose repeated entry is not in the file keeps the id it would have had.
    const recurrence = comp.hasProperty('recurrence-id') ? comp.getFirstPropertyValue('recurrence-id') : null;
    const uid = uidOf(comp);
    const id =
      recurrence instanceof ICAL.Time && uid
        ? `${uidId(uid)}-${recurrence.toString().slice(0, 10).replace(/-/g, '')}`
        : undefined;
    return readEntry(comp, lines, r, id) ?? [];
  });
  const span = daySpan(entries, r.zone);
  const spanDays: Span | undefined = span && { first: span.start, last: span.end };
  for (const { comp, lines } of repeated) {
    const mine = changes.filter((c) => uidOf(c.comp) === uidOf(comp));
    entries.push(...expandEntry(comp, lines, mine, spanDays, r));
  }
  return entries;
}

/** `2019-12-09`: the day a moment falls on in `zone`. */
function dayOf(m: Moment, zone: string): string {
  return 'date' in m ? m.date : wallTimeText(m.ms, zone).slice(0, 10);
}

/** The first and last day of the entries (all-day entries only, unless a zone is given). */
function daySpan(entries: Entry[], zone?: string): { start: string; end: string } | undefined {
  const days = entries
    .filter((e) => zone || 'date' in e.start)
    .flatMap((e) => [dayOf(e.start, zone ?? 'UTC'), dayOf(e.end, zone ?? 'UTC')])
    .sort();
  return days.length ? { start: days[0], end: days[days.length - 1] } : undefined;
}

/** The language SUMMARY says it is in (Outlook writes `SUMMARY;LANGUAGE=es-mx:`), when one is. */
function statedLanguage(vevents: Vevent[]): string | undefined {
  for (const { comp } of vevents) {
    const tag = comp.getFirstProperty('summary')?.getParameter('language');
    if (typeof tag !== 'string') continue;
    try {
      return Intl.getCanonicalLocales(tag)[0];
    } catch {
      // Not a language tag: look further.
    }
  }
  return undefined;
}

/** The output field each VEVENT property fills, so that the validator's problems name its line. */
const FIELDS: [string, string][] = [
  ['start', 'DTSTART'],
  ['end', 'DTEND'],
  ['title', 'SUMMARY'],
  ['name', 'SUMMARY'],
  ['description', 'DESCRIPTION'],
  ['location', 'LOCATION'],
  ['url', 'URL'],
  ['track', 'CATEGORIES'],
];

function place(places: Map<string, string>, path: string, lines: VeventLines | undefined): void {
  places.set(path, lineOf(lines));
  for (const [field, property] of FIELDS) {
    const at = lines?.props.has(property)
      ? property
      : field === 'end' && lines?.props.has('DURATION')
        ? 'DURATION'
        : '';
    if (at) places.set(`${path}/${field}`, lineOf(lines, at));
  }
}

/** Ids from UIDs first, so that ids made from titles never take one of them. */
function giveIds(entries: Entry[]): string[] {
  const ids = new IdSet();
  const given = entries.map((e) => (e.id ? ids.unique(e.id) : undefined));
  return entries.map((e, i) => given[i] ?? ids.unique(slugId(e.title)));
}

function sessionsOf(
  entries: Entry[],
  zone: string,
  language: string | undefined,
  problems: ProblemList,
  places: Map<string, string>,
): SessionJson[] {
  const timed = entries.filter((e) => {
    if (!('date' in e.start)) return true;
    problems.warn(
      lineOf(e.lines),
      `"${e.title}" is an all-day entry: sessions need a time of day, so it is not one (import with --events to make each entry an event)`,
    );
    return false;
  });
  const ids = giveIds(timed);
  const order = timed.map((_, i) => i).sort((a, b) => msOf(timed[a].start) - msOf(timed[b].start));
  return order.map((i, n) => {
    const e = timed[i];
    place(places, `/events/0/sessions/${n}`, e.lines);
    return {
      id: ids[i],
      title: localText(e.title, language) ?? e.title,
      start: wallTimeText(msOf(e.start), zone),
      end: wallTimeText(msOf(e.end), zone),
      description: localText(e.description, language),
      location: localText(e.location, language),
      track: localText(e.categories[0], language),
      url: e.url,
      status: e.cancelled ? 'cancelled' : undefined,
    };
  });
}

/** The entry's first instant (an all-day entry's midnight in `zone`), to put entries in order. */
function startOf(e: Entry, zone: string): number {
  return 'ms' in e.start ? e.start.ms : instantOf(e.start.date, zone);
}

function msOf(m: Moment): number {
  return 'ms' in m ? m.ms : NaN;
}

/** `--events`: each entry an event of its own, in the zone its TZID names (else the calendar's). */
function eventsOf(
  entries: Entry[],
  zone: string,
  language: string | undefined,
  problems: ProblemList,
  places: Map<string, string>,
): Conversion {
  if (!entries.length) {
    problems.error('', 'no entry of the calendar could be read: it needs events (VEVENT) with a start');
    return { problems: problems.problems, places };
  }
  entries.sort((a, b) => startOf(a, zone) - startOf(b, zone));
  const ids = giveIds(entries);
  const when = (m: Moment, z: string) => ('date' in m ? m.date : wallTimeText(m.ms, z));
  const events = entries.map((e, i): EventJson => {
    const z = ('zone' in e.start && e.start.zone) || zone;
    place(places, `/events/${i}`, e.lines);
    const tags = e.categories.map((c) => localText(c, language)).filter((t) => t !== undefined);
    return {
      id: ids[i],
      name: localText(e.title, language) ?? e.title,
      description: localText(e.description, language),
      timeZone: z,
      start: when(e.start, z),
      end: when(e.end, z),
      status: e.cancelled ? 'cancelled' : undefined,
      location: e.location ? { name: localText(e.location, language) } : undefined,
      url: e.url,
      tags: tags.length ? tags : undefined,
    };
  });
  return { feed: feedOf(events, language), problems: problems.problems, places };
}
