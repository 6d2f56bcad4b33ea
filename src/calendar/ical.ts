/**
 * iCalendar (RFC 5545) files for "add to calendar", written in the browser.
 *
 * Times keep their zone: DTSTART;TZID=America/Mexico_City:20191209T123000 with a VTIMEZONE built
 * from the engine's own zone data, so a calendar shows 12:30 in Mexico City however its user's
 * clock is set. Day-precision dates become all-day entries. Month- and year-precision dates
 * cannot be put in a calendar without inventing a day, so they give no entry.
 */
import type { WallTime } from '../time/types.js';
import { isRepeated, offsetAt, startMs } from '../time/wall-time.js';
import { isoOffset } from '../time/zone.js';
import { transitions } from '../time/transitions.js';
import { canCalendar } from './can-calendar.js';

export { canCalendar };

/** One VEVENT. Texts are plain, already in the language wanted. */
export interface CalendarEntry {
  /** Globally unique and stable across downloads, so re-importing updates rather than duplicates. */
  readonly uid: string;
  readonly start: WallTime;
  readonly end?: WallTime;
  readonly summary: string;
  readonly description?: string;
  readonly location?: string;
  readonly url?: string;
  readonly cancelled?: boolean;
  /** When the entry last changed (epoch ms): LAST-MODIFIED, and the SEQUENCE calendars compare. */
  readonly updated?: number;
}

/** SEQUENCE from `updated`: minutes since 2020, so that every later change has a greater number. */
const SEQUENCE_EPOCH = Date.UTC(2020, 0, 1);

const CRLF = '\r\n';
const DAY = 86_400_000;
const encoder = new TextEncoder();

/**
 * RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks are escaped in TEXT values;
 * other control characters are not allowed at all and are dropped.
 */
export function escapeText(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/g, '')
      .replace(/[\\;,]/g, (c) => `\\${c}`)
      .replace(/\r\n|\r|\n/g, '\\n')
  );
}

/** RFC 5545 §3.1: lines longer than 75 octets continue on the next line after a space. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; continuation lines 74 after their leading space.
    if (octets + size > (pieces.length ? 74 : 75)) {
      pieces.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  pieces.push(current);
  return pieces.join(`${CRLF} `);
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** Epoch `ms` as a UTC date-time: `20191209T183000Z` (the web calendar links use it too). */
export function utcStamp(ms: number): string {
  const d = new Date(ms);
  return (
    `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T` +
    `${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`
  );
}

/** Local date-time of epoch `ms` at offset `offset` minutes: `20191209T123000`. */
export function localStamp(ms: number, offset: number): string {
  return utcStamp(ms + Math.round(offset * 60) * 1_000).slice(0, -1);
}

/** The date of a wall time: `20191209`. */
export function dateStamp(w: WallTime): string {
  return `${pad(w.year, 4)}${pad(w.month)}${pad(w.day)}`;
}

/**
 * A VTIMEZONE for `zone` that covers each of `windows` (`[from, to]` epoch ms, in order, apart):
 * for each, the observance in force at its start and every change of offset inside it, each its
 * own observance with an explicit DTSTART (no RRULE, which would have to be inferred and could be
 * wrong for zones whose rules changed).
 */
export function vtimezone(zone: string, windows: readonly (readonly [number, number])[]): string[] {
  const observances = windows.flatMap(([from, to]) => {
    const first = offsetAt(zone, from);
    return [{ at: from, from: first, to: first }, ...transitions(zone, from, to)];
  });
  const standard = Math.min(...observances.map((o) => o.to));
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  for (const o of observances) {
    const kind = o.to > standard ? 'DAYLIGHT' : 'STANDARD';
    lines.push(
      `BEGIN:${kind}`,
      // DTSTART of an observance is the local time of its onset, in the offset before it.
      `DTSTART:${localStamp(o.at, o.from)}`,
      `TZOFFSETFROM:${isoOffset(o.from, { basic: true })}`,
      `TZOFFSETTO:${isoOffset(o.to, { basic: true })}`,
      `END:${kind}`,
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

/**
 * A day either side of every instant written with a TZID, merged where they meet: all a reader
 * needs, however far apart the entries are (a typo of 2919 for 2019 must not cost 900 years of
 * transitions).
 */
function zoneWindows(entries: readonly CalendarEntry[]): Map<string, [number, number][]> {
  const instants = new Map<string, number[]>();
  for (const e of entries) {
    if (isAllDay(e)) continue;
    for (const w of e.end ? [e.start, e.end] : [e.start]) {
      instants.set(w.zone, [...(instants.get(w.zone) ?? []), startMs(w)]);
    }
  }
  const windows = new Map<string, [number, number][]>();
  for (const [zone, list] of instants) {
    const merged: [number, number][] = [];
    for (const t of list.sort((a, b) => a - b)) {
      const last = merged[merged.length - 1];
      if (last && t - DAY <= last[1]) last[1] = t + DAY;
      else merged.push([t - DAY, t + DAY]);
    }
    windows.set(zone, merged);
  }
  return windows;
}

function dateTimeProperty(name: string, w: WallTime, allDay: boolean): string {
  if (allDay) return `${name};VALUE=DATE:${dateStamp(w)}`;
  const at = startMs(w);
  // RFC 5545 reads a wall time that occurs twice (clocks going back) as the first occurrence,
  // but ical.js and libical clients (Thunderbird, Evolution) read the second: only UTC is safe.
  if (isRepeated(w)) return `${name}:${utcStamp(at)}`;
  return `${name};TZID=${w.zone}:${dateStamp(w)}T${pad(w.hour)}${pad(w.minute)}${pad(w.second)}`;
}

/** The exclusive end DATE of an all-day entry ending with `w`: the next day, or `w`'s own date at 00:00. */
export function endDateStamp(w: WallTime): string {
  const atMidnight = w.precision === 'time' && w.hour === 0 && w.minute === 0 && w.second === 0;
  const d = new Date(0);
  d.setUTCFullYear(w.year, w.month - 1, w.day + (atMidnight ? 0 : 1));
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
}

/**
 * A whole iCalendar file for `entries` (those that `canCalendar` rejects are left out), with one
 * VTIMEZONE per zone used, lines folded and ended with CRLF.
 */
export function calendarFile(
  entries: readonly CalendarEntry[],
  { now, name }: { now: number; /** The calendar's name, for a subscribed calendar. */ name?: string },
): string {
  const usable = entries.filter((e) => canCalendar(e.start, e.end));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//minga-widgets//minga-widgets//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  // A hosted calendar is subscribed to: its name, and how often to look again (Apple, Outlook).
  if (name)
    lines.push(`X-WR-CALNAME:${escapeText(name)}`, 'REFRESH-INTERVAL;VALUE=DURATION:PT1H', 'X-PUBLISHED-TTL:PT1H');
  for (const [zone, windows] of zoneWindows(usable)) lines.push(...vtimezone(zone, windows));
  for (const e of usable) lines.push(...vevent(e, now));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** An entry with a day-precision end: written as whole days. */
export function isAllDay(e: CalendarEntry): boolean {
  return e.start.precision === 'day' || e.end?.precision === 'day';
}

function vevent(e: CalendarEntry, now: number): string[] {
  const allDay = isAllDay(e);
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(e.uid)}`,
    `DTSTAMP:${utcStamp(now)}`,
    dateTimeProperty('DTSTART', e.start, allDay),
  ];
  if (allDay) {
    // DTEND of an all-day entry is exclusive: the day after the last day.
    lines.push(`DTEND;VALUE=DATE:${endDateStamp(e.end ?? e.start)}`);
  } else if (e.end) {
    lines.push(dateTimeProperty('DTEND', e.end, false));
  }
  if (e.updated !== undefined) {
    lines.push(`SEQUENCE:${Math.max(0, Math.floor((e.updated - SEQUENCE_EPOCH) / 60_000))}`);
    lines.push(`LAST-MODIFIED:${utcStamp(e.updated)}`);
  }
  lines.push(`SUMMARY:${escapeText(e.summary)}`);
  if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
  if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
  if (e.url) lines.push(`URL:${e.url}`);
  lines.push(`STATUS:${e.cancelled ? 'CANCELLED' : 'CONFIRMED'}`, 'END:VEVENT');
  return lines;
}
