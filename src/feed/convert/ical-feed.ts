/**
 * A calendar's entries written as the feed: sessions of one event, or with `--events` events of
 * their own. Entries are put in the order of their starts (ties by title), and ids are given out
 * in that order, so that a calendar whose entries are written in another order gets the same ids.
 * No key is written without a value: a merge spreads the event over an existing one.
 */
import type { EventJson, SessionJson } from '../types.js';
import { IdSet, feedOf, instantOf, localText, slugId, wallTimeText } from './feed-json.js';
import { lineOf, type Entry, type Moment } from './ical-entries.js';
import type { VeventLines } from './ical-lines.js';
import { optional } from './json-values.js';
import type { ProblemList } from './problems.js';
import type { Conversion } from './types.js';

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

/** The moment's first instant (an all-day entry's midnight in `zone`). */
function instant(m: Moment, zone: string): number {
  return 'ms' in m ? m.ms : instantOf(m.date, zone);
}

/** The entries by start, then title, then end: an order the file's own order does not change. */
function inOrder(entries: Entry[], zone: string): Entry[] {
  const keyed = entries.map((e) => ({ e, start: instant(e.start, zone), end: instant(e.end, zone) }));
  keyed.sort(
    (a, b) => a.start - b.start || (a.e.title < b.e.title ? -1 : a.e.title > b.e.title ? 1 : 0) || a.end - b.end,
  );
  return keyed.map((k) => k.e);
}

/** Ids from UIDs first, so that ids made from titles never take one of them; then made-up ones, in order. */
function giveIds(entries: Entry[]): string[] {
  const ids = new IdSet();
  const given = entries.map((e) => (e.id ? ids.unique(e.id) : undefined));
  return entries.map((e, i) => given[i] ?? ids.unique(slugId(e.title)));
}

/** The timed entries as sessions of the one event, at `/events/0/sessions/…`. */
export function sessionsOf(
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
  const ordered = inOrder(timed, zone);
  const ids = giveIds(ordered);
  return ordered.map((e, n): SessionJson => {
    place(places, `/events/0/sessions/${n}`, e.lines);
    return {
      id: ids[n],
      title: localText(e.title, language) ?? e.title,
      start: wallTimeText(instant(e.start, zone), zone),
      end: wallTimeText(instant(e.end, zone), zone),
      ...optional('description', localText(e.description, language)),
      ...optional('location', localText(e.location, language)),
      ...optional('track', localText(e.categories[0], language)),
      ...optional('url', e.url),
      ...optional('status', e.cancelled ? ('cancelled' as const) : undefined),
    };
  });
}

/** `--events`: each entry an event of its own, in the zone its TZID names (else the calendar's). */
export function eventsOf(
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
  const ordered = inOrder(entries, zone);
  const ids = giveIds(ordered);
  const when = (m: Moment, z: string) => ('date' in m ? m.date : wallTimeText(m.ms, z));
  const events = ordered.map((e, i): EventJson => {
    const z = ('zone' in e.start && e.start.zone) || zone;
    place(places, `/events/${i}`, e.lines);
    const tags = e.categories.map((c) => localText(c, language)).filter((t) => t !== undefined);
    const location = localText(e.location, language);
    return {
      id: ids[i],
      name: localText(e.title, language) ?? e.title,
      ...optional('description', localText(e.description, language)),
      timeZone: z,
      start: when(e.start, z),
      end: when(e.end, z),
      ...optional('status', e.cancelled ? ('cancelled' as const) : undefined),
      ...optional('location', location ? { name: location } : undefined),
      ...optional('url', e.url),
      ...optional('tags', tags.length ? tags : undefined),
    };
  });
  return { feed: feedOf(events, language), problems: problems.problems, places };
}
