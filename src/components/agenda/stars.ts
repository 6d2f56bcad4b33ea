/**
 * The viewer's starred sessions ("my schedule"): ids, kept in `localStorage` per feed address and
 * event, shared by every agenda of the page that shows that event. Ids, so a star survives a
 * change of the session's time or room. Where storage fails (private mode, disabled, full, a
 * sandboxed frame), the stars still work for the visit.
 */

export interface Stars {
  /** The starred ids, in the order they were starred. */
  readonly ids: ReadonlySet<string>;
  toggle(id: string): void;
  /** Adds these ids (the sessions shared with the viewer) to the stars already there. */
  add(ids: readonly string[]): void;
  /** Drops, without a word, the ids that are not sessions of the event any more. */
  keepOnly(existing: ReadonlySet<string>): void;
  /** Called after every change, from any agenda of the page; returns the unsubscribe function. */
  listen(listener: () => void): () => void;
}

const PREFIX = 'minga-stars:';
const pages = new Map<string, Stars>();

function read(key: string): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

function write(key: string, ids: readonly string[]): void {
  try {
    if (ids.length) localStorage.setItem(key, JSON.stringify(ids));
    else localStorage.removeItem(key);
  } catch {
    // Storage unavailable or full: the stars live in the page until it closes.
  }
}

/** The stars of event `eventId` of the feed at `source` (an absolute address). */
export function starsOf(source: string, eventId: string): Stars {
  const key = `${PREFIX}${source}#${eventId}`;
  const known = pages.get(key);
  if (known) return known;
  let ids = new Set(read(key));
  const listeners = new Set<() => void>();
  const changed = (next: Set<string>) => {
    ids = next;
    write(key, [...ids]);
    for (const listener of listeners) listener();
  };
  const stars: Stars = {
    get ids() {
      return ids;
    },
    toggle(id) {
      const next = new Set(ids);
      if (!next.delete(id)) next.add(id);
      changed(next);
    },
    add(more) {
      changed(new Set([...ids, ...more]));
    },
    keepOnly(sessions) {
      if ([...ids].some((id) => !sessions.has(id))) ids = new Set([...ids].filter((id) => sessions.has(id)));
    },
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  pages.set(key, stars);
  return stars;
}

/** Forgets every star of the page and of its storage: for tests. */
export function forgetStars(): void {
  pages.clear();
  try {
    for (const key of Object.keys(localStorage)) if (key.startsWith(PREFIX)) localStorage.removeItem(key);
  } catch {
    // No storage: nothing kept there.
  }
}
