/**
 * Loading feeds over the network: one request and one parsed result per URL for the whole page,
 * abortable by each reader, with a timeout, and errors that say what failed.
 */
import type { ValidationResult } from './types.js';
import { validateFeed } from './validate.js';
import { forgetReports, reportProblems } from './problems.js';
import { storeFeed, storedFeed } from './feed-storage.js';
import { now } from '../internal/clock.js';

export type FeedErrorKind =
  | 'network'
  | 'interrupted'
  | 'too-large'
  | 'http'
  | 'not-json'
  | 'not-a-feed'
  | 'no-valid-events'
  | 'timeout'
  | 'no-source'
  | 'bad-url';

/**
 * The most a feed may weigh unless the page says otherwise (an element's `max-feed-size`): 5 MB,
 * ten times GSEF's largest programme. A larger body is not downloaded past it, nor parsed.
 */
export const DEFAULT_MAX_FEED_BYTES = 5 * 1024 * 1024;

/** Why a feed could not be read. `kind` picks the message an element shows. */
export class FeedLoadError extends Error {
  constructor(
    readonly kind: FeedErrorKind,
    readonly source: string,
    readonly status?: number,
    options?: { cause?: unknown; limit?: number },
  ) {
    super(`minga-widgets: could not read the event feed ${source} (${kind}${status ? ` ${status}` : ''})`, options);
    this.name = 'FeedLoadError';
    this.limit = options?.limit;
  }

  /** For `too-large`: the limit, in bytes, that the feed exceeded. */
  readonly limit?: number;
}

/**
 * Parses feed JSON text, turning a syntax error or a non-feed value into a FeedLoadError, and text
 * longer than `maxBytes` (in UTF-16 units, never more than its UTF-8 bytes) into a `too-large` one.
 */
export function parseFeedText(text: string, source: string, maxBytes = DEFAULT_MAX_FEED_BYTES): ValidationResult {
  if (text.length > maxBytes) throw new FeedLoadError('too-large', source, undefined, { limit: maxBytes });
  return validatedFeed(parseJson(text, source), source);
}

/** Parsed JSON as a validated feed, its problems reported; a FeedLoadError when it is no feed. */
function validatedFeed(json: object, source: string): ValidationResult {
  if (!('events' in json)) throw new FeedLoadError('not-a-feed', source);
  const result = validateFeed(json);
  reportProblems(source, result.problems);
  return result;
}

/**
 * For a feed of more than 1,000 sessions, reads them ahead in tasks of their own (validate-ahead.ts,
 * a chunk loaded then only), then `validate`s in a task of its own; undefined for a smaller feed,
 * which is read at once.
 */
export function readAheadIfLarge(
  json: unknown,
  validate: () => ValidationResult,
): Promise<ValidationResult> | undefined {
  const events = (json as { events?: unknown }).events;
  let sessions = 0;
  if (Array.isArray(events)) for (const e of events) sessions += (e as { sessions?: unknown[] })?.sessions?.length ?? 0;
  // Where the chunk cannot be loaded, the feed is read at once.
  return sessions > 1000
    ? import('./validate-ahead.js').then((m) => m.validateAhead(json as object, validate), validate)
    : undefined;
}

function parseJson(text: string, source: string): object {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new FeedLoadError('not-json', source, undefined, { cause });
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new FeedLoadError('not-a-feed', source);
  return json;
}

/**
 * `parseFeedText`, and a frab schedule.json (what pretalx, frab and OSEM publish) shown as one
 * event: its converter is a chunk loaded only when a page points `src` at one. `frab` tells the
 * caller not to keep the text as a stored copy, which `parseFeedText` could not read back.
 */
async function readFeedText(text: string, source: string): Promise<{ result: ValidationResult; frab: boolean }> {
  const json = parseJson(text, source);
  if ('events' in json || !('schedule' in json)) {
    const validate = () => validatedFeed(json, source);
    return { result: await (readAheadIfLarge(json, validate) ?? validate()), frab: false };
  }
  const { frabFeed } = await import('./convert/frab-feed.js');
  const { result, problems } = frabFeed(json);
  reportProblems(source, problems);
  if (!result?.feed.events.length) throw new FeedLoadError('no-valid-events', source);
  return { result, frab: true };
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
  /** Whether good answers are kept in localStorage for the next visit. */
  store: boolean;
  /** Set while the feed shown is a stored copy of that time, not yet confirmed by the server. */
  asOf?: number;
  /** The check that follows a stored copy: its new feed, or undefined when the copy was current. */
  revalidation?: Promise<ValidationResult | undefined>;
  /** The largest `maxBytes` of its readers: a reader that allows more raises it while reading. */
  limit: { bytes: number };
}

/** A feed as the server last sent it: its text, its validators, and the feed read from it. */
interface Answer {
  readonly text: string;
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly result: ValidationResult;
  /** Where the answer came from after redirects: conditional headers go only to the page's origin. */
  readonly from?: string;
  /** False for a source the stored-copy path cannot read back (a frab schedule). */
  readonly storable?: boolean;
}

const entries = new Map<string, Entry>();

export interface LoadOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  /**
   * Keep the feed in localStorage, and on a later visit resolve at once with the copy kept there
   * while the server is asked (stale-while-revalidate; `feedFreshness` tells). Default: false.
   */
  store?: boolean;
  /** The most the feed may weigh, in bytes; a larger one fails as `too-large`. Default: 5 MB. */
  maxBytes?: number;
}

/**
 * Loads the feed at the absolute `url`. Readers of the same URL share one request; the request
 * is aborted only when every reader has aborted. Failed loads are forgotten so a later reader
 * tries again. After a check found a newer feed, readers get that one.
 */
export function loadFeed(
  url: string,
  { signal, timeoutMs = DEFAULT_TIMEOUT_MS, store = false, maxBytes = DEFAULT_MAX_FEED_BYTES }: LoadOptions = {},
): Promise<ValidationResult> {
  let entry = entries.get(url);
  if (!entry) {
    entry = (store && fromStorage(url, maxBytes)) || request(url, timeoutMs, store, { bytes: maxBytes });
    entries.set(url, entry);
  }
  if (store) entry.store = true;
  entry.limit.bytes = Math.max(entry.limit.bytes, maxBytes);
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
async function fetchAnswer(
  url: string,
  timeoutMs: number,
  controller: AbortController,
  limit: { bytes: number },
  previous?: Answer,
) {
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
    // The server answered: a failure from here on is a connection cut mid-way, not one refused.
    const text = await readBody(response, url, limit, () => controller.abort()).catch((cause: unknown) => {
      throw cause instanceof FeedLoadError
        ? cause
        : new FeedLoadError(timedOut ? 'timeout' : 'interrupted', url, undefined, { cause });
    });
    const [etag, lastModified] = [response.headers.get('ETag'), response.headers.get('Last-Modified')];
    const from = response.url || url;
    // The same text again (a server without validators, or new ones for the same file): nothing to
    // parse or render, but the new validators are the ones to send next time.
    if (previous && text === previous.text) {
      if (etag !== previous.etag || lastModified !== previous.lastModified)
        Object.assign(previous, { etag, lastModified, from });
      return undefined;
    }
    const { result, frab } = await readFeedText(text, url);
    return { text, etag, lastModified, result, from, storable: !frab } satisfies Answer;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The response's text, read as it arrives and abandoned (with `abort`) as soon as it is longer
 * than `limit.bytes`, so that a huge body is neither kept nor parsed; a `Content-Length` over the
 * limit fails before the first byte. Decoded as UTF-8, as `Response.text()` does.
 */
async function readBody(response: Response, url: string, limit: { bytes: number }, abort: () => void) {
  const tooLarge = () => {
    abort();
    return new FeedLoadError('too-large', url, undefined, { limit: limit.bytes });
  };
  if (Number(response.headers.get('Content-Length')) > limit.bytes) throw tooLarge();
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: BlobPart[] = [];
  let length = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    length += read.value.byteLength;
    if (length > limit.bytes) {
      void reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(read.value);
  }
  return new Blob(chunks).text();
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
  if (new URL(previous.from ?? url).origin === location.origin) {
    if (previous.etag) headers['If-None-Match'] = previous.etag;
    if (previous.lastModified) headers['If-Modified-Since'] = previous.lastModified;
  }
  return { headers, cache: 'no-cache' };
}

function request(url: string, timeoutMs: number, store: boolean, limit: { bytes: number }): Entry {
  const controller = new AbortController();
  const answer = fetchAnswer(url, timeoutMs, controller, limit) as Promise<Answer>;
  const entry: Entry = { promise: answer.then((a) => a.result), controller, readers: 0, settled: false, store, limit };
  answer.then(
    (a) => {
      keep(url, entry, a);
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
  { timeoutMs = DEFAULT_TIMEOUT_MS, maxBytes = DEFAULT_MAX_FEED_BYTES } = {},
): Promise<ValidationResult | undefined> {
  const entry = entries.get(url);
  const previous = entry?.settled ? entry.good : undefined;
  const limit = { bytes: Math.max(maxBytes, entry?.limit.bytes ?? 0) };
  const answer = await fetchAnswer(url, timeoutMs, new AbortController(), limit, previous);
  if (!answer) return undefined;
  const { feed, problems } = answer.result;
  if (!feed.events.length && problems.length) throw new FeedLoadError('no-valid-events', url);
  const current = entries.get(url);
  // A first read under way brings the news itself.
  if (current && !current.settled) return undefined;
  const result = answer.result;
  const next = current ?? settledEntry(result, false, limit.bytes);
  next.promise = Promise.resolve(result);
  keep(url, next, answer);
  entries.set(url, next);
  return answer.result;
}

function settledEntry(result: ValidationResult, store: boolean, maxBytes: number): Entry {
  const controller = new AbortController();
  return { promise: Promise.resolve(result), controller, readers: 0, settled: true, store, limit: { bytes: maxBytes } };
}

/** Makes `answer` the page's copy of `url`, and the stored one when the entry keeps copies. */
function keep(url: string, entry: Entry, answer: Answer): void {
  entry.good = answer;
  entry.asOf = undefined;
  if (entry.store && answer.storable !== false)
    storeFeed(url, { text: answer.text, etag: answer.etag, lastModified: answer.lastModified, at: now() });
}

/**
 * An entry holding the copy of `url` stored by an earlier visit, if there is a readable one, with
 * the server asked at once: until it answers, the copy is shown "as of" when it was stored.
 */
function fromStorage(url: string, maxBytes: number): Entry | undefined {
  const stored = storedFeed(url);
  if (!stored) return undefined;
  let result: ValidationResult;
  try {
    result = parseFeedText(stored.text, url, maxBytes);
  } catch {
    return undefined;
  }
  const entry = settledEntry(result, true, maxBytes);
  entry.good = { ...stored, result };
  entry.asOf = stored.at;
  entries.set(url, entry); // the check below compares with it
  entry.revalidation = checkFeed(url, { maxBytes }).then((fresh) => {
    // Confirmed: kept again with this visit's time, so the next one says "as of" truly.
    if (!fresh && entry.good) keep(url, entry, entry.good);
    return fresh;
  });
  entry.revalidation.catch(() => undefined); // told to readers through feedFreshness
  return entry;
}

/**
 * How fresh the page's copy of `url` is: `asOf` is set while it is a stored copy the server has
 * not confirmed yet, and `revalidation` settles when the server answers (with the newer feed, or
 * undefined when the copy was current; rejected when the server failed).
 */
export function feedFreshness(url: string): { asOf?: number; revalidation?: Promise<ValidationResult | undefined> } {
  const entry = entries.get(url);
  return { asOf: entry?.asOf, revalidation: entry?.asOf === undefined ? undefined : entry.revalidation };
}

/** Forgets every loaded feed, so the next read fetches again. */
export function clearFeedCache(): void {
  entries.clear();
  forgetReports();
}
