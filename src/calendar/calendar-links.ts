/**
 * "Add to calendar" links for web calendars: Google Calendar, Outlook.com and Microsoft 365, built
 * from the same entry as the .ics file (src/calendar/feed-entries.ts), so every target gets the
 * same title, place and instants. Pure: nothing is requested from any service; the links are
 * followed only when a viewer clicks one. Choices and what add-to-calendar-button learned are in
 * docs/decisions.md ("Every calendar").
 */
import type { WallTime } from '../time/types.js';
import { endMs, isRepeated, offsetAt, startMs } from '../time/wall-time.js';
import { canCalendar } from './can-calendar.js';
import { dateStamp, endDateStamp, isAllDay, localStamp, utcStamp, type CalendarEntry } from './ical.js';
import type { WebCalendar } from './calendar-targets.js';

export { CALENDAR_TARGETS, parseCalendarTargets, type CalendarTarget, type WebCalendar } from './calendar-targets.js';

/** Links are kept under this many characters: longer ones fail in some browsers, proxies and mail clients. */
export const MAX_LINK_LENGTH = 2000;

const isoUtc = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const dashed = (date: string) => `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)}`;

/**
 * The days of an all-day entry, as the .ics file writes them: its first day and the day after
 * its last (end exclusive), but always at least its first day.
 */
function allDayDates(start: WallTime, end: WallTime | undefined): [string, string] {
  const [first, after] = [dateStamp(start), endDateStamp(end ?? start)];
  return [first, after > first ? after : endDateStamp({ ...start, precision: 'day' })];
}

/** The entry's instants: `[start, end]` epoch ms; an entry without an end is a moment. */
function instants(entry: CalendarEntry): [number, number] {
  const start = startMs(entry.start);
  const end = entry.end ? endMs(entry.end) : start;
  return [start, Math.max(start, end)];
}

/** The description a link carries: the entry's text, shortened to `limit` characters, then its address. */
function details(entry: CalendarEntry, limit: number): string {
  const chars = [...(entry.description ?? '').trim()];
  const text =
    chars.length <= limit
      ? chars.join('')
      : limit > 1
        ? `${chars
            .slice(0, limit - 1)
            .join('')
            .trimEnd()}…`
        : '';
  return [text, entry.url].filter(Boolean).join('\n\n');
}

// A lone surrogate (possible in JSON text) makes encodeURIComponent throw: it becomes U+FFFD.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function query(params: Record<string, string | undefined>): string {
  return Object.entries(params)
    .filter((p): p is [string, string] => p[1] !== undefined && p[1] !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(v.replace(LONE_SURROGATE, '\uFFFD'))}`)
    .join('&');
}

/**
 * Google Calendar: the wall time in the entry's own zone with that zone's IANA name (`ctz`), so
 * the entry keeps the organizer's time even where the viewer's calendar is set to another zone.
 * A wall time that occurs twice (clocks going back) is written as a UTC instant instead, as in
 * the .ics file: Google would pick one of the two.
 */
function google(entry: CalendarEntry, description: string): string {
  let dates: string;
  let ctz: string | undefined;
  if (isAllDay(entry)) {
    dates = allDayDates(entry.start, entry.end).join('/');
  } else {
    const [start, end] = instants(entry);
    const zone = entry.start.zone;
    if (isRepeated(entry.start) || (entry.end && isRepeated(entry.end))) {
      dates = [start, end].map(utcStamp).join('/');
    } else {
      dates = [start, end].map((ms) => localStamp(ms, offsetAt(zone, ms))).join('/');
    }
    ctz = zone;
  }
  return `https://calendar.google.com/calendar/render?${query({
    action: 'TEMPLATE',
    text: entry.summary,
    dates,
    ctz,
    details: description,
    location: entry.location,
  })}`;
}

const OUTLOOK_HOST: Record<'outlook' | 'office365', string> = {
  outlook: 'https://outlook.live.com',
  office365: 'https://outlook.office.com',
};

/**
 * Outlook.com and Microsoft 365: UTC instants (`…Z`), which both read correctly whatever zone
 * the viewer's mailbox is set to; an all-day entry as dates with `allday=true`, its end exclusive.
 * The `/calendar/0/action/compose` path: the `0/` keeps Microsoft from encoding the redirect twice.
 */
function outlook(service: 'outlook' | 'office365', entry: CalendarEntry, description: string): string {
  let startdt: string;
  let enddt: string;
  const allDay = isAllDay(entry);
  if (allDay) {
    [startdt, enddt] = allDayDates(entry.start, entry.end).map(dashed);
  } else {
    [startdt, enddt] = instants(entry).map(isoUtc);
  }
  return `${OUTLOOK_HOST[service]}/calendar/0/action/compose?${query({
    rru: 'addevent',
    subject: entry.summary,
    startdt,
    enddt,
    allday: allDay ? 'true' : 'false',
    body: description,
    location: entry.location,
  })}`;
}

function build(service: WebCalendar, entry: CalendarEntry, description: string): string {
  return service === 'google' ? google(entry, description) : outlook(service, entry, description);
}

/**
 * The link that adds `entry` to `service`, under MAX_LINK_LENGTH characters: a long description
 * is shortened (and ends with the entry's address, where it has one); if even that is too long,
 * the place and then the title are shortened. Undefined for an entry no calendar can hold
 * without inventing a day (month or year precision).
 */
export function calendarLink(service: WebCalendar, entry: CalendarEntry): string | undefined {
  if (!canCalendar(entry.start, entry.end)) return undefined;
  const link = (e: CalendarEntry, limit: number) => build(service, e, details(e, limit));
  const fits = (e: CalendarEntry, limit: number) => link(e, limit).length < MAX_LINK_LENGTH;
  if (fits(entry, Infinity)) return link(entry, Infinity);
  // Huge titles or places first, even without a description: an address so long that nothing
  // else would fit goes, then the place and the title are shortened a tenth at a time.
  if (!fits(entry, 0) && entry.url && entry.url.length > MAX_LINK_LENGTH / 2) entry = { ...entry, url: undefined };
  for (const key of ['location', 'summary'] as const) {
    let value = [...(entry[key] ?? '')];
    while (!fits(entry, 0) && value.length) {
      value = value.slice(0, Math.floor(value.length * 0.9));
      entry = { ...entry, [key]: value.length ? `${value.join('')}…` : '' };
    }
  }
  // Then the longest description that fits, found by halving: encoded lengths are not proportional.
  let [low, high] = [0, [...(entry.description ?? '')].length];
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(entry, mid)) low = mid;
    else high = mid - 1;
  }
  return link(entry, low);
}
