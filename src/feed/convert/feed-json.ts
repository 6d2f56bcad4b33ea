/**
 * Helpers every converter uses to write feed JSON: wall times from instants, ids from titles, texts
 * in the source's language, and the event's span from its sessions.
 */
import type { EventJson, FeedJson, LocalizedTextJson, SessionJson } from '../types.js';
import { endMs, isRepeated, isValidZone, offsetAt, parseWallTime, startMs } from '../../time/wall-time.js';
import { isoOffset } from '../../time/zone.js';

const HALF_DAY = 43_200_000;

/**
 * The instant `epochMs` as the feed's wall time in `zone`: `2019-12-09T12:30`, with seconds only
 * when there are some, and with the offset only when the wall time happens twice there (a DST
 * overlap), so that the feed names the same instant the source did.
 */
export function wallTimeText(epochMs: number, zone: string): string {
  const offset = offsetAt(zone, epochMs);
  const text = new Date(epochMs + offset * 60_000).toISOString().slice(0, 19).replace(/:00$/, '');
  // A wall time happens twice only within hours of a clock change: ask the full question only
  // then (a thousand-talk schedule read by an element must not cost a parse per time).
  if (offsetAt(zone, epochMs - HALF_DAY) === offset && offsetAt(zone, epochMs + HALF_DAY) === offset) return text;
  const parsed = parseWallTime(text, zone);
  return parsed.ok && isRepeated(parsed.value) ? `${text}${isoOffset(offset)}` : text;
}

/** The calendar date `days` after `date` (`2019-12-31`, 1 → `2020-01-01`); negative days go back. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The instant a feed wall time names (its first instant for a date), or NaN when it names none. */
export function instantOf(text: string, zone: string): number {
  const parsed = parseWallTime(text, zone);
  return parsed.ok ? startMs(parsed.value) : NaN;
}

/** The instant just after the period a feed wall time names (the next day for a date). */
export function instantAfter(text: string, zone: string): number {
  const parsed = parseWallTime(text, zone);
  return parsed.ok ? endMs(parsed.value) : NaN;
}

/**
 * An id made from a title: lower case ASCII letters, digits and hyphens, accents dropped
 * (`Économie sociale` → `economie-sociale`). The same title gives the same id on every import,
 * so re-importing a programme does not change its sessions' ids (which stars and calendars keep).
 */
export function slugId(text: string, fallback = 'session'): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || fallback;
}

/**
 * Gives out ids unique within one event: the first `panel` is `panel`, the next `panel-2`. Ids the
 * source gives are taken first by the caller (`take`), so made-up ones never collide with them.
 */
export class IdSet {
  private readonly taken = new Set<string>();

  take(id: string): boolean {
    if (this.taken.has(id)) return false;
    this.taken.add(id);
    return true;
  }

  /** `base`, or `base-2`, `base-3`… when taken. */
  unique(base: string): string {
    let id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}-${n}`;
    this.taken.add(id);
    return id;
  }
}

/**
 * A text as the feed writes it: `{ "es": "…" }` when the source's language is known, else the plain
 * string (filed by the validator under the feed's default language). Undefined for empty text.
 */
export function localText(text: string | undefined | null, language?: string): LocalizedTextJson | undefined {
  const trimmed = text?.trim();
  if (!trimmed) return undefined;
  return language ? { [language]: trimmed } : trimmed;
}

/** Texts by language (`title`, `title_es`…) as one feed text; undefined when all are empty. */
export function localTexts(byLanguage: Record<string, string | undefined>): LocalizedTextJson | undefined {
  const entries = Object.entries(byLanguage)
    .map(([lang, text]) => [lang, text?.trim() ?? ''] as const)
    .filter(([, text]) => text);
  return entries.length ? Object.fromEntries(entries) : undefined;
}

/**
 * The event's start and end from its sessions' (earliest start, latest end, compared as instants),
 * written as the sessions write them. Undefined when no session has a readable time.
 */
export function sessionSpan(
  sessions: readonly SessionJson[],
  zone: string,
): { start: string; end: string } | undefined {
  let first: { text: string; at: number } | undefined;
  let last: { text: string; at: number } | undefined;
  for (const s of sessions) {
    const start = instantOf(s.start, zone);
    const end = instantAfter(s.end, zone);
    if (!Number.isNaN(start) && (!first || start < first.at)) first = { text: s.start, at: start };
    if (!Number.isNaN(end) && (!last || end > last.at)) last = { text: s.end, at: end };
  }
  return first && last ? { start: first.text, end: last.text } : undefined;
}

/** A version 1 feed of the given events, its texts in `language` (default `en`). */
export function feedOf(events: EventJson[], language = 'en'): FeedJson {
  return { version: 1, defaultLanguage: language, events };
}

/**
 * The zone to read the source's times in: `--time-zone` when given (with a warning when the source
 * says another: the instants of times with an offset or in UTC stay right, only the clock they are
 * written in changes), else the source's own, checked. Returns an error message instead when there
 * is none or it is not an IANA name.
 */
export function chooseZone(
  fromSource: string | undefined,
  fromOption: string | undefined,
): { zone: string; warning?: string } | { error: string } {
  if (fromOption && !isValidZone(fromOption)) {
    return { error: `--time-zone ${fromOption} is not an IANA time zone name such as America/Mexico_City` };
  }
  if (fromSource && !isValidZone(fromSource)) {
    if (fromOption)
      return { zone: fromOption, warning: `the source's time zone "${fromSource}" is unknown; using ${fromOption}` };
    return { error: `the source's time zone "${fromSource}" is not an IANA name; give one with --time-zone` };
  }
  if (fromSource && fromOption && fromSource !== fromOption) {
    return {
      zone: fromOption,
      warning: `the source says its time zone is ${fromSource}; using ${fromOption} as asked`,
    };
  }
  const zone = fromOption ?? fromSource;
  return zone
    ? { zone }
    : {
        error: "the source gives no time zone; give the event's with --time-zone, e.g. --time-zone America/Mexico_City",
      };
}
