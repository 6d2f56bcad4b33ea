/**
 * Wall-clock times in IANA zones: parsing feed dates of any precision and turning them into
 * instants without ever inventing a day or a time the feed did not give.
 */
import { DateTime, FixedOffsetZone, IANAZone } from 'luxon';
import type { Precision, WallTime } from '../feed/types.js';

const PATTERN =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

export type WallTimeParse =
  | { ok: true; value: WallTime; warning?: string }
  | { ok: false; error: string };

/** True when `zone` is an IANA zone name the engine knows. */
export function isValidZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

/**
 * Reads `2020`, `2019-04`, `2019-12-09`, `2019-12-09T12:30[:ss]` with an optional `Z` or
 * `±hh:mm` offset, as a wall time in `zone`. Rejects impossible dates and local times skipped by
 * a DST gap; warns about times repeated by a DST overlap and offsets that disagree with the zone.
 */
export function parseWallTime(text: string, zone: string): WallTimeParse {
  const m = PATTERN.exec(text);
  if (!m) {
    return {
      ok: false,
      error: `"${text}" is not a date; write 2019-12-09T12:30, 2019-12-09, 2019-12 or 2019`,
    };
  }
  const [, y, mo, d, h, mi, s, offsetText] = m;
  const precision: Precision = h ? 'time' : d ? 'day' : mo ? 'month' : 'year';
  const fields = {
    year: Number(y),
    month: mo ? Number(mo) : 1,
    day: d ? Number(d) : 1,
    hour: h ? Number(h) : 0,
    minute: mi ? Number(mi) : 0,
    second: s ? Number(s) : 0,
  };
  const probe = DateTime.fromObject(fields, { zone: 'UTC' });
  if (!probe.isValid) return { ok: false, error: `"${text}" is not a real date` };
  const base: WallTime = { precision, ...fields, zone };
  if (precision !== 'time') return { ok: true, value: base };

  const candidates = possibleOffsets(fields, zone);
  if (candidates.length === 0) {
    return {
      ok: false,
      error: `${text} does not exist in ${zone}: the clocks skip that time when daylight saving time begins`,
    };
  }
  const stated = offsetText ? offsetMinutes(offsetText) : undefined;
  const fmt = (o: number) => FixedOffsetZone.instance(o).name;
  if (stated !== undefined && !candidates.includes(stated)) {
    return {
      ok: true,
      value: { ...base, offset: candidates[0] },
      warning: `the offset ${offsetText} disagrees with ${zone}, which is ${fmt(candidates[0])} then; the time is read as ${zone} time`,
    };
  }
  if (stated !== undefined) return { ok: true, value: { ...base, offset: stated } };
  if (candidates.length > 1) {
    return {
      ok: true,
      value: { ...base, offset: candidates[0] },
      warning: `${text} happens twice in ${zone} when daylight saving time ends; read as the first (${fmt(candidates[0])}). Add an offset to choose`,
    };
  }
  return { ok: true, value: { ...base, offset: candidates[0] } };
}

/** Offsets (minutes east of UTC) at which these wall-clock fields exist in `zone`, earliest instant first. */
function possibleOffsets(fields: Record<string, number>, zone: string): number[] {
  const dt = DateTime.fromObject(fields, { zone });
  // luxon moves a time in a DST gap forward; if the fields changed, the time does not exist.
  const same = (x: DateTime) =>
    x.year === fields.year && x.month === fields.month && x.day === fields.day &&
    x.hour === fields.hour && x.minute === fields.minute && x.second === fields.second;
  return dt
    .getPossibleOffsets()
    .filter(same)
    .sort((a, b) => a.toMillis() - b.toMillis())
    .map((x) => x.offset);
}

function offsetMinutes(text: string): number {
  if (text === 'Z') return 0;
  const sign = text.startsWith('-') ? -1 : 1;
  return sign * (Number(text.slice(1, 3)) * 60 + Number(text.slice(4, 6)));
}

/** The first instant of the period a wall time names (the exact instant at `time` precision). */
export function startInstant(w: WallTime): DateTime {
  if (w.precision === 'time' && w.offset !== undefined) {
    const { year, month, day, hour, minute, second } = w;
    return DateTime.fromObject(
      { year, month, day, hour, minute, second },
      { zone: FixedOffsetZone.instance(w.offset) },
    ).setZone(w.zone);
  }
  const unit = w.precision === 'time' ? 'second' : w.precision;
  return DateTime.fromObject(
    { year: w.year, month: w.month, day: w.day, hour: w.hour, minute: w.minute, second: w.second },
    { zone: w.zone },
  ).startOf(unit);
}

/**
 * The instant just after the period a wall time names: the next day for `2019-12-09`, the next
 * month for `2019-04`. At `time` precision, the instant itself.
 */
export function endInstant(w: WallTime): DateTime {
  const start = startInstant(w);
  return w.precision === 'time' ? start : start.plus({ [`${w.precision}s`]: 1 }).startOf(w.precision);
}

/** Compares two wall times by their first instant. */
export function compareWallTimes(a: WallTime, b: WallTime): number {
  return startInstant(a).toMillis() - startInstant(b).toMillis();
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
