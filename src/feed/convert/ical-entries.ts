/**
 * One VEVENT read into an entry: what happens, and when, as instants (timed entries) or dates
 * (all-day entries). Times are computed from the source's own fields: UTC times are instants, TZID
 * times wall times in the zone the TZID names (with the engine's zone data when the name is known,
 * else with the file's VTIMEZONE), floating times wall times in the calendar's zone. Repeated
 * entries are expanded from these pieces in ical-recurrence.ts.
 */
import ICAL from 'ical.js';
import { safeUrl } from '../url.js';
import { zoneOffset } from '../../time/zone.js';
import { addDays, wallTimeText } from './feed-json.js';
import { htmlToText } from './html-text.js';
import type { VeventLines } from './ical-lines.js';
import { dateText, wallText, zonedInstant, type WallFields } from './ical-zones.js';
import { utcMs } from '../../time/wall-time.js';
import type { ProblemList } from './problems.js';

type Component = ICAL.Component;
type Property = ICAL.Property;
type Time = ICAL.Time;

/** A VEVENT as ical.js reads it, with its lines in the file when they are known. */
export interface Vevent {
  readonly comp: Component;
  readonly lines?: VeventLines;
}

/** A whole day (`2019-12-09`), or an instant with the IANA zone its TZID named, if any. */
export type Moment = { readonly date: string } | { readonly ms: number; readonly zone?: string };

export interface Entry {
  readonly lines?: VeventLines;
  /** The id the source gives (UID, and the occurrence's date for a repeated entry), sanitized. */
  readonly id?: string;
  readonly title: string;
  readonly description?: string;
  readonly location?: string;
  readonly url?: string;
  readonly categories: string[];
  readonly cancelled: boolean;
  readonly start: Moment;
  /** For an all-day entry, the last day it includes (iCalendar's DTEND is the day after). */
  readonly end: Moment;
}

/** What reading entries needs to know, and where it reports. */
export interface Reader {
  /** The calendar's zone: floating times are wall times there. */
  readonly zone: string;
  readonly problems: ProblemList;
  /** The IANA zone a TZID names, or undefined. */
  ianaOf(tzid: string): string | undefined;
  /** Called once per entry with floating times, with its place. */
  floating(where: string): void;
}

/** How an entry's end follows from its start, so that each occurrence of a repeated one gets it. */
export type Length = { readonly days: number } | { readonly exactMs: number } | { readonly duration: ICAL.Duration };

/** `line 42`: the line of a VEVENT's property, or of the VEVENT itself. */
export function lineOf(lines: VeventLines | undefined, property?: string): string {
  if (!lines) return '';
  return `line ${(property && lines.props.get(property)) || lines.line}`;
}

/** An id from a UID: `7kukuq…@google.com` → `7kukuq…-google.com`; ids end up in URLs and file names. */
export function uidId(uid: string): string {
  return uid.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');
}

function param(prop: Property | null, name: string): string | undefined {
  const value = prop?.getParameter(name);
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' && first.trim() ? first.trim() : undefined;
}

export function text(comp: Component, name: string): string | undefined {
  const value = comp.getFirstPropertyValue(name);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** A date property's value, checked: ical.js reads month 13 as January of the next year. */
export function timeProp(comp: Component, name: string, lines: VeventLines | undefined, r: Reader) {
  const prop = comp.getFirstProperty(name);
  if (!prop) return null;
  let value: unknown;
  try {
    value = prop.getFirstValue();
  } catch {
    value = undefined;
  }
  const raw = String(prop.jCal[3]).replace(/Z$/, '');
  if (value instanceof ICAL.Time && value.toString().replace(/Z$/, '') === raw) return { prop, time: value };
  return r.problems.error(
    lineOf(lines, name.toUpperCase()),
    `${prop.toICALString()} is not a real date or date and time, such as 20191209 or 20191209T103000; this entry is left out`,
  );
}

/** The moment a date property names; `count` says whether this is the entry's first reading. */
export function momentOf(prop: Property, time: Time, where: string, r: Reader, count = true): Moment | undefined {
  if (time.isDate) return { date: dateText(time) };
  if (time.zone === ICAL.Timezone.utcTimezone) return { ms: utcMs(time) };
  const tzid = param(prop, 'tzid');
  if (tzid) {
    // Known zones are read with the browser's zone data rather than the file's VTIMEZONE: Google
    // writes only the current rules (Mexico City without the daylight saving time it kept until
    // 2022), so an older entry would move by an hour from what the calendar showed.
    const iana = r.ianaOf(tzid);
    if (iana) return zoned(time, iana, where, r, iana);
    if (time.zone && time.zone !== ICAL.Timezone.localTimezone) return { ms: time.toUnixTime() * 1000 };
    return r.problems.error(
      where,
      `the time zone "${tzid}" is neither a zone name this importer knows nor described by a VTIMEZONE in the calendar`,
    );
  }
  if (count) r.floating(where);
  return zoned(time, r.zone, where, r);
}

function zoned(f: WallFields, zone: string, where: string, r: Reader, tzidZone?: string): Moment {
  const { ms, skipped } = zonedInstant(f, zone);
  if (skipped) {
    r.problems.warn(
      where,
      `${wallText(f).slice(0, 16).replace('T', ' ')} does not exist in ${zone}: the clocks skip it when daylight saving time begins; read as iCalendar says, as ${wallTimeText(ms, zone).slice(11, 16)}`,
    );
  }
  return { ms, zone: tzidZone };
}

/** The start plus a DURATION: days and weeks on the calendar (nominal), hours and less exactly. */
function plusDuration(start: Moment, d: ICAL.Duration, zone: string): Moment {
  const days = d.weeks * 7 + d.days;
  if ('date' in start) return { date: addDays(start.date, Math.max(days, 1) - 1) };
  let ms = start.ms;
  if (days) {
    const z = start.zone ?? zone;
    const wall = new Date(ms + zoneOffset(z, ms) * 60_000);
    wall.setUTCDate(wall.getUTCDate() + days);
    const f = {
      year: wall.getUTCFullYear(),
      month: wall.getUTCMonth() + 1,
      day: wall.getUTCDate(),
      hour: wall.getUTCHours(),
      minute: wall.getUTCMinutes(),
      second: wall.getUTCSeconds(),
    };
    ms = zonedInstant(f, z).ms;
  }
  return { ms: ms + ((d.hours * 60 + d.minutes) * 60 + d.seconds) * 1000, zone: start.zone };
}

export function lengthAfter(start: Moment, length: Length, zone: string): Moment {
  if ('duration' in length) return plusDuration(start, length.duration, zone);
  if ('date' in start) return { date: addDays(start.date, 'days' in length ? length.days - 1 : 0) };
  return { ms: start.ms + ('exactMs' in length ? length.exactMs : 0), zone: start.zone };
}

/** The entry's end from DTEND, else DURATION, else as RFC 5545 says (a day, or the start itself). */
export function readEnd(comp: Component, start: Moment, lines: VeventLines | undefined, title: string, r: Reader) {
  const dtend = timeProp(comp, 'dtend', lines, r);
  if (dtend === undefined) return undefined;
  const at = lineOf(lines, 'DTEND');
  if (dtend) {
    const end = momentOf(dtend.prop, dtend.time, at, r, false);
    if (!end) return undefined;
    if ('date' in start !== 'date' in end) {
      return r.problems.error(at, `DTEND must be ${'date' in start ? 'a date' : 'a date and time'}, as DTSTART is`);
    }
    if ('date' in start && 'date' in end) {
      // DTEND is the day after the last; a calendar that writes the same day means that day.
      const last = end.date > start.date ? addDays(end.date, -1) : start.date;
      if (end.date < start.date) return r.problems.error(at, `"${title}" ends (DTEND) before it starts (DTSTART)`);
      return { end: { date: last }, length: { days: dayCount(start.date, last) } };
    }
    if ('ms' in start && 'ms' in end) return { end, length: { exactMs: end.ms - start.ms } };
  }
  const duration = comp.getFirstPropertyValue('duration');
  if (duration instanceof ICAL.Duration) {
    if (duration.isNegative) return r.problems.error(lineOf(lines, 'DURATION'), 'a DURATION cannot be negative');
    return { end: plusDuration(start, duration, r.zone), length: { duration } };
  }
  if ('ms' in start) {
    r.problems.warn(
      lineOf(lines),
      `"${title}" has no end (no DTEND or DURATION): as iCalendar says, it ends when it starts; add its end in the calendar`,
    );
  }
  return { end: start, length: { days: 1 } };
}

function dayCount(first: string, last: string): number {
  return Math.round((Date.parse(last) - Date.parse(first)) / 86_400_000) + 1;
}

/** What an entry says besides its times. */
export function details(comp: Component, lines: VeventLines | undefined, r: Reader) {
  const rawUrl = text(comp, 'url');
  const url = rawUrl && safeUrl(rawUrl);
  if (rawUrl && !url)
    r.problems.warn(lineOf(lines, 'URL'), `"${rawUrl}" is not an https:, http: or mailto: URL; left out`);
  const description = text(comp, 'description');
  return {
    description: description && htmlToText(description),
    // Apple writes the address on the lines after the place's name.
    location: text(comp, 'location')?.replace(/\s*\n\s*/g, ', '),
    url,
    categories: comp
      .getAllProperties('categories')
      .flatMap((p) => p.getValues())
      .filter((c): c is string => typeof c === 'string' && c.trim() !== '')
      .map((c) => c.trim()),
    cancelled: text(comp, 'status')?.toUpperCase() === 'CANCELLED',
  };
}

/** The title, or a warning (an untitled entry is a note to oneself, not part of a programme). */
export function titleOf(comp: Component, lines: VeventLines | undefined, r: Reader): string | undefined {
  const title = text(comp, 'summary');
  if (!title) r.problems.warn(lineOf(lines), 'this entry has no title (SUMMARY); it is left out');
  return title;
}

/** A VEVENT that does not repeat (or one changed occurrence of one that does). */
export function readEntry(comp: Component, lines: VeventLines | undefined, r: Reader, id?: string): Entry | undefined {
  const title = titleOf(comp, lines, r);
  if (!title) return undefined;
  const dtstart = timeProp(comp, 'dtstart', lines, r);
  if (dtstart === null) return r.problems.error(lineOf(lines), `"${title}" has no start (DTSTART); it is left out`);
  const start = dtstart && momentOf(dtstart.prop, dtstart.time, lineOf(lines, 'DTSTART'), r);
  const ended = start && readEnd(comp, start, lines, title, r);
  if (!start || !ended) return undefined;
  const uid = text(comp, 'uid');
  return { lines, id: id ?? (uid && uidId(uid)), title, start, end: ended.end, ...details(comp, lines, r) };
}
