/**
 * Checking a feed for changes while elements show it: one check per URL for the whole page, at
 * the shortest period any of its readers asks for, with jitter, backoff after failures, and none
 * while the page is hidden. Each reader hears of new feeds, of checks and of failures.
 */
import type { ValidationResult } from './types.js';
import { FeedLoadError, checkFeed } from './load.js';
import { checkDelay } from './refresh.js';

/** One element's interest in a feed's changes. */
export interface FeedReader {
  /** The period this reader asks for now, in ms; undefined when it wants no checks for the moment. */
  period(): number | undefined;
  /** A check found a newer feed. */
  changed(result: ValidationResult): void;
  /** A check answered, whether or not the feed changed (before `changed`, when it did). */
  checked(): void;
  /** A check failed; what was shown stays. */
  failed(error: FeedLoadError): void;
}

interface Watch {
  readonly readers: Set<FeedReader>;
  timer?: ReturnType<typeof setTimeout>;
  /** When the feed was last read or checked. */
  last: number;
  /** Failed checks in a row. */
  failures: number;
  /** This cycle's draw for the jitter, kept while readers come and go. */
  draw: number;
  checking: boolean;
}

const watches = new Map<string, Watch>();

/** A reader's hold on a watch. */
export interface FeedWatch {
  /** Asks the reader's period again (what it shows changed). */
  replan(): void;
  /** Ends the reader's interest; the last one out stops the checks. */
  stop(): void;
}

/**
 * Checks the feed at the absolute `url` for `reader` until it stops. The feed counts as read just
 * now: the first check comes one period later.
 */
export function watchFeed(url: string, reader: FeedReader): FeedWatch {
  let watch = watches.get(url);
  if (!watch) {
    watch = { readers: new Set(), last: Date.now(), failures: 0, draw: Math.random(), checking: false };
    watches.set(url, watch);
    if (watches.size === 1) document.addEventListener('visibilitychange', onVisibility);
  }
  const w = watch;
  w.readers.add(reader);
  plan(url, w);
  return {
    replan: () => {
      if (w.readers.has(reader)) plan(url, w);
    },
    stop: () => {
      if (w.readers.delete(reader)) plan(url, w);
    },
  };
}

/**
 * Checks now every feed that elements watch (`refresh` set), or only the one at `url` (resolved
 * against the page): for a page that knows the programme just changed, and for the demo. Resolves
 * when the checks have answered, and their news reached the elements.
 */
export async function refreshFeeds(url?: string): Promise<void> {
  const wanted = url === undefined ? undefined : new URL(url, document.baseURI).href;
  await Promise.all(
    [...watches].filter(([u, w]) => (wanted === undefined || u === wanted) && !w.checking).map(([u, w]) => check(u, w)),
  );
}

/** Timers the watches hold: for tests that check none is left behind. */
export function activeWatchTimers(): number {
  let n = 0;
  for (const w of watches.values()) if (w.timer !== undefined) n++;
  return n;
}

/** The wait from the last check to the next, for the readers' shortest period; undefined for none. */
function delayOf(w: Watch): number | undefined {
  let period: number | undefined;
  for (const r of w.readers) {
    const p = r.period();
    if (p !== undefined && (period === undefined || p < period)) period = p;
  }
  return period === undefined ? undefined : checkDelay(period, w.failures, () => w.draw);
}

/** Sets the timer for the next check, or none: no readers, no period, a hidden page, or a check under way. */
function plan(url: string, w: Watch): void {
  clearTimeout(w.timer);
  w.timer = undefined;
  if (!w.readers.size) {
    watches.delete(url);
    if (!watches.size) document.removeEventListener('visibilitychange', onVisibility);
    return;
  }
  const delay = delayOf(w);
  if (delay === undefined || w.checking || document.visibilityState === 'hidden') return;
  w.timer = setTimeout(() => void check(url, w), Math.max(0, w.last + delay - Date.now()));
}

async function check(url: string, w: Watch): Promise<void> {
  clearTimeout(w.timer);
  w.timer = undefined;
  w.checking = true;
  try {
    const result = await checkFeed(url);
    w.last = Date.now();
    w.failures = 0;
    for (const r of [...w.readers]) {
      r.checked();
      if (result) r.changed(result);
    }
  } catch (error) {
    w.last = Date.now();
    w.failures++;
    const reason =
      error instanceof FeedLoadError ? error : new FeedLoadError('network', url, undefined, { cause: error });
    for (const r of [...w.readers]) r.failed(reason);
  } finally {
    w.checking = false;
    w.draw = Math.random();
    if (watches.get(url) === w) plan(url, w);
  }
}

/** Hidden: no timers. Visible again: each feed is checked at once if its time came meanwhile. */
function onVisibility(): void {
  for (const [url, w] of watches) plan(url, w);
}
