/**
 * The last good copy of a feed, kept in `localStorage` so the next visit shows the programme at
 * once, and shows it still when the feed's server fails. Small on purpose: only feeds under 1 MB,
 * at most three, the least recently stored dropped first. Storage that is full, disabled or
 * forbidden (private modes, sandboxed frames) changes nothing but this.
 */

/** A feed as the server last sent it, and when. */
export interface StoredFeed {
  readonly text: string;
  readonly etag: string | null;
  readonly lastModified: string | null;
  /** When it was read (epoch ms, on the page's clock). */
  readonly at: number;
}

const PREFIX = 'minga-widgets:feed:';
const INDEX = 'minga-widgets:feeds';
/** Feeds at least this long (UTF-16 code units, about bytes for JSON) are not kept. */
export const MAX_STORED_LENGTH = 1_000_000;
/** How many feeds are kept. */
export const MAX_STORED_FEEDS = 3;

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined; // a sandboxed frame throws on the mere access
  }
}

/** The URLs of the stored feeds, least recently stored first. */
function index(store: Storage): string[] {
  try {
    const list: unknown = JSON.parse(store.getItem(INDEX) ?? '[]');
    return Array.isArray(list) ? list.filter((u): u is string => typeof u === 'string') : [];
  } catch {
    return [];
  }
}

/** The stored copy of the feed at `url`, if there is a readable one. */
export function storedFeed(url: string): StoredFeed | undefined {
  try {
    const raw = storage()?.getItem(PREFIX + url);
    if (!raw) return undefined;
    const value = JSON.parse(raw) as Partial<StoredFeed>;
    if (typeof value.text !== 'string' || typeof value.at !== 'number') return undefined;
    return { text: value.text, etag: value.etag ?? null, lastModified: value.lastModified ?? null, at: value.at };
  } catch {
    return undefined;
  }
}

/** Keeps `feed` as the copy of `url`, dropping the oldest copies beyond three. Never throws. */
export function storeFeed(url: string, feed: StoredFeed): void {
  const store = storage();
  if (!store || feed.text.length >= MAX_STORED_LENGTH) return;
  try {
    const urls = index(store).filter((u) => u !== url);
    urls.push(url);
    while (urls.length > MAX_STORED_FEEDS) store.removeItem(PREFIX + urls.shift()!);
    store.setItem(INDEX, JSON.stringify(urls));
    store.setItem(PREFIX + url, JSON.stringify(feed));
  } catch {
    // Full or forbidden: the copy is only a convenience. Drop a half-written one.
    try {
      store.removeItem(PREFIX + url);
    } catch {
      /* nothing more to do */
    }
  }
}

/** Forgets every stored feed: for tests, and for pages that want no trace left. */
export function forgetStoredFeeds(): void {
  const store = storage();
  if (!store) return;
  try {
    for (const url of index(store)) store.removeItem(PREFIX + url);
    store.removeItem(INDEX);
  } catch {
    /* nothing stored, or nothing to do */
  }
}
