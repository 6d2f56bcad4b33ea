/**
 * Loading feeds over the network: one request and one parsed result per URL for the whole page,
 * abortable by each reader, with a timeout, and errors that say what failed.
 */
import type { ValidationResult } from './types.js';
import { validateFeed } from './validate.js';
import { reportProblems } from './problems.js';

export type FeedErrorKind = 'network' | 'http' | 'not-json' | 'not-a-feed' | 'timeout' | 'no-source' | 'bad-url';

/** Why a feed could not be read. `kind` picks the message an element shows. */
export class FeedLoadError extends Error {
  constructor(
    readonly kind: FeedErrorKind,
    readonly source: string,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(`minga-widgets: could not read the event feed ${source} (${kind}${status ? ` ${status}` : ''})`, options);
    this.name = 'FeedLoadError';
  }
}

/** Parses feed JSON text, turning a syntax error or a non-feed value into a FeedLoadError. */
export function parseFeedText(text: string, source: string): ValidationResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new FeedLoadError('not-json', source, undefined, { cause });
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json) || !('events' in json)) {
    throw new FeedLoadError('not-a-feed', source);
  }
  const result = validateFeed(json);
  reportProblems(source, result.problems);
  return result;
}

/** The `source` of a feed read from a `<script type="application/json">` in the page. */
export const INLINE_SOURCE = 'inline';
/** The `source` of a feed given to the `feed` property. */
export const PROPERTY_SOURCE = 'the feed property';

const DEFAULT_TIMEOUT_MS = 15_000;

interface Entry {
  readonly promise: Promise<ValidationResult>;
  readonly controller: AbortController;
  readers: number;
  settled: boolean;
}

const entries = new Map<string, Entry>();

/**
 * Loads the feed at the absolute `url`. Readers of the same URL share one request; the request
 * is aborted only when every reader has aborted. Failed loads are forgotten so a later reader
 * tries again.
 */
export function loadFeed(
  url: string,
  { signal, timeoutMs = DEFAULT_TIMEOUT_MS }: { signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<ValidationResult> {
  let entry = entries.get(url);
  if (!entry) {
    entry = request(url, timeoutMs);
    entries.set(url, entry);
  }
  const shared = entry;
  shared.readers++;
  if (!signal) return shared.promise;
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      shared.readers--;
      if (shared.readers === 0 && !shared.settled) {
        shared.controller.abort();
        if (entries.get(url) === shared) entries.delete(url);
      }
      reject(signal.reason);
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    shared.promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

function request(url: string, timeoutMs: number): Entry {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const promise = (async () => {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal, headers: { Accept: 'application/json' } });
    } catch (cause) {
      throw new FeedLoadError(timedOut ? 'timeout' : 'network', url, undefined, { cause });
    }
    if (!response.ok) throw new FeedLoadError('http', url, response.status);
    let text: string;
    try {
      text = await response.text();
    } catch (cause) {
      throw new FeedLoadError(timedOut ? 'timeout' : 'network', url, undefined, { cause });
    }
    return parseFeedText(text, url);
  })();
  const entry: Entry = { promise, controller, readers: 0, settled: false };
  promise.then(
    () => {
      entry.settled = true;
      clearTimeout(timer);
    },
    () => {
      entry.settled = true;
      clearTimeout(timer);
      if (entries.get(url) === entry) entries.delete(url);
    },
  );
  return entry;
}

/** Forgets every loaded feed, so the next read fetches again. */
export function clearFeedCache(): void {
  entries.clear();
}
