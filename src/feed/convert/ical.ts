/**
 * iCalendar (a calendar exported from Google Calendar, Outlook or Apple Calendar) → minga feed:
 * each VEVENT a session of one event named after the calendar, or with `--events` an event of its
 * own. Parsed with ical.js; every problem names the line of the file it concerns. This file finds
 * the calendar's zone, name and language; ical-entries.ts and ical-recurrence.ts read the entries,
 * ical-feed.ts writes them.
 */
import ICAL from 'ical.js';
import type { EventJson } from '../types.js';
import { chooseZone, feedOf, localText, sessionSpan, slugId } from './feed-json.js';
import { lineOf, type Reader, type Vevent } from './ical-entries.js';
import { eventsOf, sessionsOf } from './ical-feed.js';
import type { CalendarLines } from './ical-lines.js';
import { parseCalendars } from './ical-parse.js';
import { daySpan, readEntries } from './ical-recurrence.js';
import { ianaZoneOf } from './ical-zones.js';
import { htmlToText } from './html-text.js';
import { optional } from './json-values.js';
import { ProblemList } from './problems.js';
import type { Conversion, Converter, ImportOptions } from './types.js';

type Component = ICAL.Component;

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
    ...optional('description', description ? localText(htmlToText(description), language) : undefined),
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
