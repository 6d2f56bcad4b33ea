/**
 * Formatting of wall times for display, in any locale Intl knows.
 *
 * Partial dates (a year, a month, a day) are shown as written, in no zone: "April 2019" means
 * April 2019 wherever the viewer is, and converting it would invent a time. Only `time`
 * precision is converted into the display zone.
 */
import { cachedIntl, dateTimeFormat } from '../internal/intl.js';
import { spanPrecision, type Precision, type WallTime } from './types.js';
import { offsetAt, startMs, utcMs, wallTimeToString } from './wall-time.js';
import { isoInstant } from './zone.js';

const DATE_OPTIONS: Record<Exclude<Precision, 'time'>, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric', weekday: 'long' },
};

/** What to format with: a BCP 47 locale and the IANA zone times are shown in. */
export interface DisplayContext {
  readonly locale: string;
  readonly zone: string;
}

/** A partial date as a Date whose UTC fields are the wall fields, for formatting with `timeZone: 'UTC'`. */
function asUtcDate(w: WallTime): Date {
  // Not Date.UTC, which reads the years 0–99 as 1900–1999: "0050" would show as 1950.
  return new Date(utcMs({ year: w.year, month: w.month, day: w.day, hour: 0, minute: 0, second: 0 }));
}

/**
 * How the locale writes hours, padded ("03:30") or not ("3:30"), as its time ranges do: engines
 * pad hours in ranges by the locale's own pattern whatever is asked (French and Portuguese do,
 * Spanish does not), so single times follow the ranges and every time reads alike.
 */
function hourStyle(locale: string): 'numeric' | '2-digit' {
  return cachedIntl(`hour ${locale}`, () => {
    const range = dateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
    return /(^|\D)03\D/.test(range.formatRange(3.5 * 3_600_000, 5.5 * 3_600_000)) ? '2-digit' : 'numeric';
  });
}

/** Hours and minutes, padded as the locale pads them in ranges. */
const clock = (locale: string): Intl.DateTimeFormatOptions => ({ hour: hourStyle(locale), minute: '2-digit' });

function formatter(ctx: DisplayContext, precision: Precision): Intl.DateTimeFormat {
  return precision === 'time'
    ? dateTimeFormat(ctx.locale, { ...DATE_OPTIONS.day, ...clock(ctx.locale), timeZone: ctx.zone })
    : dateTimeFormat(ctx.locale, { ...DATE_OPTIONS[precision], timeZone: 'UTC' });
}

/** A calendar date (in no zone) as a day heading: "Monday, December 9, 2019". */
export function formatDate(date: { year: number; month: number; day: number }, locale: string): string {
  return formatter({ locale, zone: 'UTC' }, 'day').format(asUtcDate({ ...date } as WallTime));
}

const DATE_SHORT: Intl.DateTimeFormatOptions = { weekday: 'short', month: 'short', day: 'numeric' };

/**
 * Two instants as a time range in the display zone, cut into runs like `formatSpanParts`:
 * "12:30 – 2:30 PM", or with `withDates` (a range crossing midnight) "Mon, Dec 9, 10:00 PM – Tue, Dec 10, 1:00 AM".
 */
export function formatTimeRangeParts(start: number, end: number, ctx: DisplayContext, withDates = false): SpanPart[] {
  const options = { ...clock(ctx.locale), ...(withDates ? DATE_SHORT : {}), timeZone: ctx.zone };
  if (offsetAt(ctx.zone, start) !== offsetAt(ctx.zone, end)) {
    // Across a change of offset (clocks going back at 01:00) the times alone may read the same
    // or backwards, so each end names its offset: "00:30 GMT+1 – 03:00 GMT". Range formats
    // differ between engines in whether they keep both names, so the ends are formatted apart.
    const f = dateTimeFormat(ctx.locale, { ...options, timeZoneName: 'shortOffset' });
    return [
      { text: f.format(start), source: 'start' },
      { text: ' \u2013 ', source: 'shared' },
      { text: f.format(end), source: 'end' },
    ];
  }
  return runs(dateTimeFormat(ctx.locale, options).formatRangeToParts(start, end));
}

/** One wall time, as precise as it is: "April 2019", "2020", "Monday, December 9, 2019 at 12:30 PM". */
export function formatWallTime(w: WallTime, ctx: DisplayContext): string {
  return w.precision === 'time'
    ? formatter(ctx, 'time').format(startMs(w))
    : formatter(ctx, w.precision).format(asUtcDate(w));
}

const PLAIN_DAY: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric' };

/**
 * A span's dates alone, for labels: "December 9, 2019", "June 14 – 16, 2021", "April 2019",
 * "2020". No weekday and no time of day; a timed start is dated in the display zone.
 */
export function formatDates(start: WallTime, end: WallTime | undefined, ctx: DisplayContext): string {
  const precision = spanPrecision(start, end);
  const timed = precision === 'time';
  const f = dateTimeFormat(ctx.locale, {
    ...(timed || precision === 'day' ? PLAIN_DAY : DATE_OPTIONS[precision]),
    timeZone: timed ? ctx.zone : 'UTC',
  });
  const at = (w: WallTime) => (timed ? new Date(startMs(w)) : asUtcDate(w));
  return end ? f.formatRange(at(start), at(end)) : f.format(at(start));
}

/**
 * A span such as an event's dates, at the coarser precision of its two ends so that no time is
 * invented: "December 9, 2019, 12:30 – 8:00 PM", "April – May 2019", "2020".
 */
export function formatSpan(start: WallTime, end: WallTime | undefined, ctx: DisplayContext): string {
  return formatSpanParts(start, end, ctx)
    .map((p) => p.text)
    .join('');
}

/**
 * The `datetime` attribute for a wall time shown at `precision`: the full instant with the display
 * zone's offset at `time` precision (`2019-12-09T12:30:00-06:00`), else the date as written in
 * the event's zone, cut to that precision (`2019-04`), as the text beside it shows it.
 */
export function datetimeAttribute(w: WallTime, zone: string, precision = w.precision): string {
  if (precision !== 'time') return wallTimeToString({ ...w, precision });
  return isoInstant(startMs(w), zone);
}

/** The city an IANA zone is named after (`America/Mexico_City` → "Mexico City"); '' for `UTC`, `Etc/GMT+5`. */
export function zoneCity(zone: string): string {
  if (!zone.includes('/') || /^Etc\//i.test(zone)) return '';
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
}

/** A piece of a formatted span: text belonging to the start, the end, or both. */
export interface SpanPart {
  readonly text: string;
  readonly source: 'start' | 'end' | 'shared';
}

/**
 * `formatSpan` cut into runs by which end they describe, so that each end can sit in its own
 * `<time datetime>` while the shared words ("December 9, 2019") are written once.
 */
export function formatSpanParts(start: WallTime, end: WallTime | undefined, ctx: DisplayContext): SpanPart[] {
  if (!end) return [{ text: formatWallTime(start, ctx), source: 'start' }];
  const precision = spanPrecision(start, end);
  const [a, b] =
    precision === 'time' ? [new Date(startMs(start)), new Date(startMs(end))] : [asUtcDate(start), asUtcDate(end)];
  return runs(formatter(ctx, precision).formatRangeToParts(a, b));
}

/** Joins Intl's range parts into runs by source. */
function runs(parts: Intl.DateTimeRangeFormatPart[]): SpanPart[] {
  const out: { text: string; source: SpanPart['source'] }[] = [];
  for (const part of parts) {
    const source = part.source === 'startRange' ? 'start' : part.source === 'endRange' ? 'end' : 'shared';
    const last = out[out.length - 1];
    if (last && last.source === source) last.text += part.value;
    else out.push({ text: part.value, source });
  }
  // Both ends fell on the same displayed value: the whole text names the start.
  return out.every((r) => r.source === 'shared') ? [{ text: out.map((r) => r.text).join(''), source: 'start' }] : out;
}
