/**
 * Wall-clock times in IANA zones: parsing feed dates of any precision and turning them into
 * instants without ever inventing a day or a time the feed did not give.
 *
 * Zone offsets come from the engine's Intl data (`zone.ts`); the rest is arithmetic on epoch
 * milliseconds, because a feed of a thousand sessions is read on every page view.
 */
import type { Precision, WallTime } from './types.js';
import { utcOffsetName, zoneOffset } from './zone.js';

export { isValidZone } from './zone.js';

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;
const MINUTE = 60_000;
/**
 * 0001-01-02T00:00Z and 9999-12-31T00:00Z in epoch ms: a time of day between them is within the
 * years 0001–9999 in every zone, so that it can be shown, and written again, wherever it is viewed.
 */
export const [FIRST_TIME, END_TIME] = [-62_135_510_400_000, 253_402_214_400_000];
export const NEAR_YEAR_ENDS =
  'is too near the ends of the years 0001 to 9999: in some time zones it falls outside them';
const DAY = 86_400_000;

export type WallTimeParse = { ok: true; value: WallTime; warning?: string } | { ok: false; error: string };

type Fields = Pick<WallTime, 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second'>;

// Offsets by zone and UTC day, for days on which the offset does not change (null when it does).
// Asking Intl is the slow part of reading a feed; a day's sessions then cost one question.
// Assumes no zone changes its offset twice within one day, which tzdb bears out.
const steadyDays = new Map<string, number | null>();

/** The zone's offset from UTC in minutes at `epochMs`. */
export function offsetAt(zone: string, epochMs: number): number {
  const day = Math.floor(epochMs / DAY);
  const key = `${zone} ${day}`;
  let steady = steadyDays.get(key);
  if (steady === undefined) {
    const first = zoneOffset(zone, day * DAY);
    steady = first === zoneOffset(zone, (day + 1) * DAY - 1) ? first : null;
    steadyDays.set(key, steady);
  }
  return steady ?? zoneOffset(zone, epochMs);
}

/** Wall fields read as if they were UTC, in epoch ms; NaN when they name no real date. */
export function utcMs(f: Fields): number {
  const d = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  d.setUTCFullYear(f.year, f.month - 1, f.day);
  d.setUTCHours(f.hour, f.minute, f.second, 0);
  const same =
    d.getUTCFullYear() === f.year &&
    d.getUTCMonth() === f.month - 1 &&
    d.getUTCDate() === f.day &&
    d.getUTCHours() === f.hour &&
    d.getUTCMinutes() === f.minute &&
    d.getUTCSeconds() === f.second;
  return same ? d.getTime() : NaN;
}

/**
 * The instants at which the wall time `local` (epoch ms read as UTC) occurs in `zone`, earliest
 * first, with their offsets: none in a DST gap, two in an overlap. `before` is the offset in force
 * just before, which maps a time in a gap to the moment the gap ends.
 */
function occurrences(local: number, zone: string): { at: number[]; offsets: number[]; before: number } {
  const before = offsetAt(zone, local - DAY);
  const after = offsetAt(zone, local + DAY);
  const at: number[] = [];
  const offsets: number[] = [];
  for (const o of before === after ? [before] : [before, after]) {
    // Round: old local-mean-time offsets are fractions of a minute (New York's was −4:56:02).
    const epoch = Math.round(local - o * MINUTE);
    if (offsetAt(zone, epoch) === o) {
      at.push(epoch);
      offsets.push(o);
    }
  }
  // An earlier offset maps to a later instant: keep the list in time order.
  if (at.length === 2 && at[0] > at[1]) {
    at.reverse();
    offsets.reverse();
  }
  return { at, offsets, before };
}

/** "UTC", "UTC+5:30", "UTC-6", for messages (plain hyphen: they go to consoles and terminals). */
const offsetName = (minutes: number) => utcOffsetName(minutes, { ascii: true });

/**
 * Reads `2020`, `2019-04`, `2019-12-09`, `2019-12-09T12:30[:ss]` with an optional `Z` or
 * `±hh:mm` offset, as a wall time in `zone`. Rejects impossible dates and local times skipped by
 * a DST gap; warns about times repeated by a DST overlap and offsets that disagree with the zone.
 */
export function parseWallTime(text: string, zone: string): WallTimeParse {
  const m = PATTERN.exec(text);
  if (!m) {
    return { ok: false, error: `"${text}" is not a date; write 2019-12-09T12:30, 2019-12-09, 2019-12 or 2019` };
  }
  const [, y, mo, d, h, mi, s, offsetText] = m;
  const precision: Precision = h ? 'time' : d ? 'day' : mo ? 'month' : 'year';
  const fields: Fields = {
    year: Number(y),
    month: mo ? Number(mo) : 1,
    day: d ? Number(d) : 1,
    hour: h ? Number(h) : 0,
    minute: mi ? Number(mi) : 0,
    second: s ? Number(s) : 0,
  };
  const local = utcMs(fields);
  if (Number.isNaN(local)) return { ok: false, error: `"${text}" is not a real date` };
  // Year 0 is 1 BC, which no feed means and no engine shows alike.
  if (fields.year === 0) return { ok: false, error: `"${text}" is not a real date: years run from 0001 to 9999` };
  const base: WallTime = { precision, ...fields, zone };
  if (precision === 'day' && endMs(base) <= startMs(base)) {
    // Samoa skipped 30 December 2011 whole when it crossed the date line.
    return { ok: false, error: `${text} does not exist in ${zone}: the clocks skip that whole day` };
  }
  if (precision !== 'time') return { ok: true, value: base };

  const { offsets } = occurrences(local, zone);
  const stated = offsetText ? offsetMinutes(offsetText) : undefined;
  const instant = local - (stated ?? offsets[0] ?? 0) * MINUTE;
  if (!(instant >= FIRST_TIME && instant < END_TIME)) return { ok: false, error: `"${text}" ${NEAR_YEAR_ENDS}` };
  if (stated !== undefined && offsets.includes(stated)) return { ok: true, value: { ...base, offset: stated } };
  if (stated !== undefined) {
    // The offset names an instant the zone does not show at this wall time. Generators that
    // write UTC (`…T18:30:00Z`) do this; the instant is what they mean, so read it as such.
    const offset = offsetAt(zone, instant);
    const d = new Date(instant + offset * MINUTE);
    const value: WallTime = {
      precision,
      zone,
      offset,
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
    };
    const shown = offsets.length ? `, which is ${offsetName(offsets[0])} then` : ', in which that time does not exist';
    return {
      ok: true,
      value,
      warning: `the offset ${offsetText} disagrees with ${zone}${shown}; read as the instant it names: ${wallTimeToString(value).replace('T', ' ')} ${zone} time`,
    };
  }
  if (offsets.length === 0) {
    return {
      ok: false,
      error: `${text} does not exist in ${zone}: the clocks skip that time when daylight saving time begins`,
    };
  }
  const value = { ...base, offset: offsets[0] };
  if (offsets.length > 1) {
    return {
      ok: true,
      value,
      warning: `${text} happens twice in ${zone} when daylight saving time ends; read as the first (${offsetName(offsets[0])}). Add an offset to choose`,
    };
  }
  return { ok: true, value };
}

function offsetMinutes(text: string): number {
  if (text === 'Z') return 0;
  const sign = text.startsWith('-') ? -1 : 1;
  return sign * (Number(text.slice(1, 3)) * 60 + Number(text.slice(4, 6)));
}

/** Epoch ms of the first instant of the period a wall time names (the instant itself at `time` precision). */
export function startMs(w: WallTime): number {
  // Below its precision a wall time carries no meaning: a day starts at its first instant.
  const local = utcMs(w.precision === 'time' ? w : { ...w, hour: 0, minute: 0, second: 0 });
  if (w.offset !== undefined) return Math.round(local - w.offset * MINUTE);
  const { at, before } = occurrences(local, w.zone);
  // A period whose first wall time falls in a DST gap (a midnight skipped in Santiago, say)
  // starts when the gap ends.
  return at.length ? at[0] : Math.round(local - before * MINUTE);
}

/**
 * Epoch ms just after the period a wall time names: the next day for `2019-12-09`, the next month
 * for `2019-04`. At `time` precision, the instant itself.
 */
export function endMs(w: WallTime): number {
  if (w.precision === 'time') return startMs(w);
  const d = new Date(utcMs({ ...w, hour: 0, minute: 0, second: 0 }));
  if (w.precision === 'year') d.setUTCFullYear(w.year + 1);
  else if (w.precision === 'month')
    d.setUTCMonth(w.month); // month is 1-based: this is the next one
  else d.setUTCDate(w.day + 1);
  return startMs({
    ...w,
    offset: undefined,
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
  });
}

/** True when the wall time occurs twice in its zone (clocks going back), whichever one it means. */
export function isRepeated(w: WallTime): boolean {
  return w.precision === 'time' && occurrences(utcMs(w), w.zone).at.length === 2;
}

/** The calendar date at epoch `ms` in `zone`. */
export function dateIn(ms: number, zone: string): { year: number; month: number; day: number } {
  const d = new Date(ms + offsetAt(zone, ms) * MINUTE);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The wall time as ISO 8601 text with no more precision than it has: `2019-04`, `2019-12-09T12:30`. */
export function wallTimeToString(w: WallTime): string {
  const p = (n: number, l = 2) => String(n).padStart(l, '0');
  const date = [p(w.year, 4), p(w.month), p(w.day)];
  if (w.precision === 'year') return date[0];
  if (w.precision === 'month') return date.slice(0, 2).join('-');
  if (w.precision === 'day') return date.join('-');
  return `${date.join('-')}T${p(w.hour)}:${p(w.minute)}${w.second ? `:${p(w.second)}` : ''}`;
}
