/**
 * IANA zone data, read from the engine's `Intl.DateTimeFormat`: the same source luxon reads, at a
 * fraction of its size (see docs/decisions.md, "Zone offsets from Intl, luxon as the oracle").
 * `test/time/oracle.test.ts` checks these offsets against luxon's around every change of 2014–2024.
 */

import { cachedIntl, dateTimeFormat } from '../internal/intl.js';

/** One formatter per zone that reads its wall fields, or null when the engine does not know the zone. */
function formatterFor(zone: string): Intl.DateTimeFormat | null {
  return cachedIntl(`zone ${zone}`, () => {
    try {
      return new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        era: 'short',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      return null;
    }
  });
}

/** The viewer's own IANA zone, as the browser reports it. */
export function viewerZone(): string {
  return dateTimeFormat(undefined).resolvedOptions().timeZone;
}

/**
 * IANA names of places, `Area/Location` (`Etc/GMT+5` too), and `UTC`. Not offsets such as
 * `+05:30`, which newer engines take as zones and Node 20 does not, nor the old names (`EST`,
 * `CET`, `GMT`) whose support varies: a feed, an importer's option and an element's `time-zone`
 * get the same answer in every runtime.
 */
const ZONE_NAME = /^(?:UTC|[a-z]+(?:\/[a-z0-9_+-]+)+)$/i;

/** True when `zone` is an IANA zone name (`Area/Location` or `UTC`) the engine knows. */
export function isValidZone(zone: string): boolean {
  return typeof zone === 'string' && ZONE_NAME.test(zone) && formatterFor(zone) !== null;
}

/**
 * The zone's offset from UTC in minutes at `epochMs`, NaN for an unknown zone. Old local mean
 * times give fractions of a minute (New York's was −4:56:02), as luxon does.
 */
export function zoneOffset(zone: string, epochMs: number): number {
  const f = formatterFor(zone);
  if (!f || !Number.isFinite(epochMs)) return NaN;
  const n: Record<string, number> = {};
  let bc = false;
  for (const p of f.formatToParts(epochMs)) {
    if (p.type === 'era') bc = /^B/.test(p.value);
    else if (p.type !== 'literal') n[p.type] = Number(p.value);
  }
  const d = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  d.setUTCFullYear(bc ? 1 - n.year : n.year, n.month - 1, n.day);
  d.setUTCHours(n.hour % 24, n.minute, n.second, 0);
  const whole = epochMs - (((epochMs % 1000) + 1000) % 1000);
  return (d.getTime() - whole) / 60_000;
}

/**
 * An offset in minutes as people read it: "UTC", "UTC+5:30", "UTC−6" (a true minus sign), or with
 * `ascii` a plain hyphen ("UTC-6"), for messages that go to consoles and terminals.
 */
export function utcOffsetName(minutes: number, { ascii = false } = {}): string {
  if (minutes === 0) return 'UTC';
  const abs = Math.abs(minutes);
  const mm = Math.floor(abs % 60);
  return `UTC${minutes < 0 ? (ascii ? '-' : '\u2212') : '+'}${Math.floor(abs / 60)}${mm ? `:${String(mm).padStart(2, '0')}` : ''}`;
}

/**
 * An offset in minutes as ISO 8601 writes it: `+05:30`, `-06:00`, `+00:00` (extended, for HTML's
 * `datetime`), or `basic` `+0530`, `-0600`, with seconds for old local mean times (`-045602`), as
 * iCalendar's UTC-OFFSET wants it.
 */
export function isoOffset(minutes: number, { basic = false } = {}): string {
  const seconds = Math.round(Math.abs(minutes) * 60);
  const p = (n: number) => String(Math.floor(n)).padStart(2, '0');
  const [hh, mm, ss] = [p(seconds / 3600), p((seconds / 60) % 60), seconds % 60];
  const sign = minutes < 0 ? '-' : '+';
  return basic ? `${sign}${hh}${mm}${ss ? p(ss) : ''}` : `${sign}${hh}:${mm}`;
}

/**
 * The instant `epochMs` as ISO 8601 text in `zone`'s wall time with its offset:
 * `2019-12-09T12:30:00-06:00`. Offsets with seconds (old local mean times) cannot be written in
 * HTML's `datetime`, so those instants are written in UTC instead. Pass `offset` when it is known.
 */
export function isoInstant(epochMs: number, zone: string, offset = zoneOffset(zone, epochMs)): string {
  const whole = Number.isInteger(offset);
  const d = new Date(epochMs + (whole ? offset * 60_000 : 0));
  const text = d.toISOString().replace(/\.000Z$|Z$/, '');
  return `${text}${whole ? isoOffset(offset) : 'Z'}`;
}
