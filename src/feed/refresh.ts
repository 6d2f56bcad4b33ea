/**
 * How often a page checks its feed for changes: the `refresh` attribute read, the period `auto`
 * picks from the events shown, and the delay before each check (jitter, and backoff after failures).
 * Pure: the watcher (feed-watch.ts) does the waiting.
 */
import type { FeedEvent } from './types.js';
import { eventSpan, isCalledOff } from './event-state.js';

/** `off`: read once. Otherwise the period in ms, or `auto` (from the events shown). */
export type RefreshSetting = 'off' | 'auto' | number;

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
/** `auto`'s period while an event shown is on or starts within a day. */
export const AUTO_SOON = MINUTE;
/** `auto`'s period otherwise. */
export const AUTO_LATER = 15 * MINUTE;
/** The shortest period a number may ask for: 30 s. */
export const MIN_PERIOD = 30 * SECOND;
/** Backoff stops doubling here (or at the period itself, when that is longer). */
export const MAX_BACKOFF = 15 * MINUTE;
/** Each delay is the period ±20 %, so pages opened together do not check together. */
export const JITTER = 0.2;
const SOON = 24 * 60 * MINUTE;

/**
 * The `refresh` attribute: `auto`, a number of seconds (at least 30; smaller numbers are raised to
 * 30), or `off` / absent / anything else, which reads the feed once.
 */
export function parseRefresh(value: string | null | undefined): RefreshSetting {
  const text = value?.trim().toLowerCase() ?? '';
  if (text === 'auto') return 'auto';
  if (!/^\d+(\.\d+)?$/.test(text)) return 'off';
  const seconds = Number(text);
  return seconds > 0 ? Math.max(seconds * SECOND, MIN_PERIOD) : 'off';
}

/**
 * `auto`'s period: every minute while any of `events` is on or starts within 24 hours of `now`
 * (the day programmes change), every 15 minutes otherwise. Called-off events change less.
 */
export function autoPeriod(events: readonly FeedEvent[], now: number): number {
  for (const event of events) {
    if (isCalledOff(event)) continue;
    const { start, end } = eventSpan(event);
    if (start - now <= SOON && end > now) return AUTO_SOON;
  }
  return AUTO_LATER;
}

/** The period in ms that `setting` asks for with `events` shown at `now`; undefined for `off`. */
export function refreshPeriod(setting: RefreshSetting, events: readonly FeedEvent[], now: number): number | undefined {
  if (setting === 'off') return undefined;
  return setting === 'auto' ? autoPeriod(events, now) : setting;
}

/**
 * The wait before the next check: `period` doubled after each of `failures` failed checks in a row,
 * up to 15 minutes (or `period`, if longer), then ±20 % at random.
 */
export function checkDelay(period: number, failures: number, random: () => number = Math.random): number {
  const cap = Math.max(period, MAX_BACKOFF);
  const base = Math.min(period * 2 ** Math.min(failures, 20), cap);
  return base * (1 - JITTER + 2 * JITTER * random());
}
