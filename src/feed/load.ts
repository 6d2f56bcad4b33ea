/**
 * Loading feeds over the network: one request and one parsed result per URL for the whole page,
 * abortable by each reader, with a timeout, and errors that say what failed.
 */
import type { ValidationResult } from './types.js';
import { validateFeed } from './validate.js';
import { reportProblems } from './problems.js';

export type FeedErrorKind =
  'network' | 'http' | 'not-json' | 'not-a-feed' | 'no-valid-events' | 'timeout' | 'no-source' | 'bad-url';

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
  promise: Promise<ValidationResult>;
  readonly controller: AbortController;
  readers: number;
  settled: boolean;
  /** The last good answer, what a check compares against and the validators it sends. */
  good?: Answer;
}

/** A feed as the server last sent it: its text, its validators, and the feed read from it. */
interface Answer {
  readonly text: string;
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly result: ValidationResult;
}

const entries = new Map<string, Entry>();

/**
 * Loads the feed at the absolute `url`. Readers of the same URL share one request; the request
 * is aborted only when every reader has aborted. Failed loads are forgotten so a later reader
 * tries again. After a check found a newer feed, readers get that one.
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

/**
 * Fetches `url` within `timeoutMs`, conditionally when `previous` is given: resolves to the new
 * answer, or to undefined when the server says (304), or the text shows, that nothing changed.
 */
async function fetchAnswer(url: string, timeoutMs: number, controller: AbortController, previous?: Answer) {
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const failed = (cause: unknown) => new FeedLoadError(timedOut ? 'timeout' : 'network', url, undefined, { cause });
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal, ...checkOptions(url, previous) });
    } catch (cause) {
      throw failed(cause);
    }
    if (previous && response.status === 304) return undefined;
    if (!response.ok) throw new FeedLoadError('http', url, response.status);
    let text: string;
    try {
      text = await response.text();
    } catch (cause) {
      throw failed(cause);
    }
    // A server without validators sends the same text again: nothing to parse or render.
    if (previous && text === previous.text) return undefined;
    const result = parseFeedText(text, url);
    const [etag, lastModified] = [response.headers.get('ETag'), response.headers.get('Last-Modified')];
    return { text, etag, lastModified, result } satisfies Answer;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The request options of a read. A check asks the server whether the feed changed since
 * `previous`: with its validators in `If-None-Match` / `If-Modified-Since` on the page's own
 * origin; on another origin those headers would cost a CORS preflight (and a server configured
 * for it), so there `cache: 'no-cache'` has the browser revalidate its cached copy with the same
 * validators itself (docs/decisions.md).
 */
function checkOptions(url: string, previous?: Answer): RequestInit {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (!previous) return { headers };
  if (new URL(url).origin === location.origin) {
    if (previous.etag) headers['If-None-Match'] = previous.etag;
    if (previous.lastModified) headers['If-Modified-Since'] = previous.lastModified;
  }
  return { headers, cache: 'no-cache' };
}

function request(url: string, timeoutMs: number): Entry {
  const controller = new AbortController();
  const answer = fetchAnswer(url, timeoutMs, controller) as Promise<Answer>;
  const entry: Entry = { promise: answer.then((a) => a.result), controller, readers: 0, settled: false };
  answer.then(
    (a) => {
      entry.good = a;
      entry.settled = true;
    },
    () => {
      entry.settled = true;
      if (entries.get(url) === entry) entries.delete(url);
    },
  );
  return entry;
}

/**
 * Asks the server whether the feed at `url` changed since it was last read on this page: resolves
 * to the new feed when it did (and later readers get it), to undefined when it did not. Rejects
 * with a FeedLoadError when the check fails, including a feed whose every event is invalid: what
 * was read before stays the page's copy.
 */
export async function checkFeed(
  url: string,
  { timeoutMs = DEFAULT_TIMEOUT_MS } = {},
): Promise<ValidationResult | undefined> {
  const entry = entries.get(url);
  const previous = entry?.settled ? entry.good : undefined;
  const answer = await fetchAnswer(url, timeoutMs, new AbortController(), previous);
  if (!answer) return undefined;
  const { feed, problems } = answer.result;
  if (!feed.events.length && problems.length) throw new FeedLoadError('no-valid-events', url);
  const current = entries.get(url);
  // A first read under way brings the news itself.
  if (current && !current.settled) return undefined;
  const result = answer.result;
  const next = current ?? {
    promise: Promise.resolve(result),
    controller: new AbortController(),
    readers: 0,
    settled: true,
  };
  next.promise = Promise.resolve(result);
  next.good = answer;
  entries.set(url, next);
  return answer.result;
}

/** Forgets every loaded feed, so the next read fetches again. */
export function clearFeedCache(): void {
  entries.clear();
}
