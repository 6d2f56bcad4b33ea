import type { ReactiveController, ReactiveElement } from 'lit';
import type { Feed, ValidationResult } from '../feed/types.js';
import {
  FeedLoadError,
  INLINE_SOURCE,
  PROPERTY_SOURCE,
  feedFreshness,
  loadFeed,
  parseFeedText,
  readAheadIfLarge,
} from '../feed/load.js';
import type { FeedWatch } from '../feed/feed-watch.js';
import { liveLoaded, loadLive } from '../feed/live-loader.js';
import { checkDelay } from '../feed/refresh.js';
import { validateFeed } from '../feed/validate.js';
import { reportProblems } from '../feed/problems.js';
import { emit } from '../events/emit.js';
import { now } from '../internal/clock.js';

/** What an element reads its feed from. */
export interface FeedSourceHost extends ReactiveElement {
  /** URL of the feed, resolved against the page. */
  src?: string | null;
  /** A feed object given by script; wins over `src` and inline JSON. */
  feed?: unknown;
}

/** A check of the feed that failed while an earlier copy is shown. */
export interface RefreshFailure {
  readonly error: FeedLoadError;
  /** When the copy shown was last read or confirmed (epoch ms, on the page's clock). */
  readonly since: number;
}

const INLINE = ':scope > script[type="application/json"]';
/** The `feed` property, the `src` attribute and the inline JSON, as last read. */
type Sources = [unknown, string | null | undefined, string | null];
// One validation per feed object, however many elements share it.
const validated = new WeakMap<object, ValidationResult>();

function validateObject(feed: unknown, maxBytes?: number): ValidationResult {
  // A JSON string is a common slip for the object itself: read it.
  if (typeof feed === 'string') return parseFeedText(feed, PROPERTY_SOURCE, maxBytes);
  if (typeof feed !== 'object' || feed === null) throw new FeedLoadError('not-a-feed', PROPERTY_SOURCE);
  let result = validated.get(feed);
  if (!result) {
    result = validateFeed(feed);
    reportProblems(PROPERTY_SOURCE, result.problems);
    validated.set(feed, result);
  }
  return result;
}

function absolute(src: string): string {
  try {
    return new URL(src, document.baseURI).href;
  } catch (cause) {
    throw new FeedLoadError('bad-url', src, undefined, { cause });
  }
}

export interface FeedOptions {
  /** False while the host needs no feed (a countdown to a `target`): nothing is read or reported. Default: always true. */
  readonly needed?: () => boolean;
  /** How often to check `src` for changes, in ms, asked before each check; undefined (the default): read it once. */
  readonly period?: () => number | undefined;
  /** Whether a feed read from `src` is kept in localStorage for the next visit (`loadFeed`'s `store`). Default: no. */
  readonly store?: () => boolean;
  /** The most a feed read as text may weigh, in bytes (`loadFeed`'s `maxBytes`). Default: 5 MB. */
  readonly maxBytes?: () => number;
}

/** Where reading the feed stands: not started, under way, read, or failed. */
export type FeedStatus = 'initial' | 'pending' | 'complete' | 'error';

/**
 * Reads the host's feed from its `feed` property, its `src` URL or an inline
 * `<script type="application/json">` child, in that order: one read at a time, a newer one
 * aborting the older, whose answer is then ignored; pending, complete and error states. Fires
 * `minga-feed-load` or `minga-feed-error` on the host; never throws. (Written here rather than
 * with @lit/task, which did the same for 0.6 KB gzip more.)
 *
 * A feed read from `src` is then checked for changes as often as the `period` option
 * asks (src/feed/feed-watch.ts): a newer feed replaces the one shown, and a failed check keeps it
 * and is told as `refreshFailure`.
 */
export class FeedController implements ReactiveController {
  private readStatus: FeedStatus = 'initial';
  private readValue?: ValidationResult;
  private readError?: unknown;
  /** Aborts the read under way; also tells a newer read from an older one. */
  private reading?: AbortController;
  private readDone: Promise<void> = Promise.resolve();
  private previous?: Sources;
  /** A newer feed found by a check, shown instead of the first read's. */
  private refreshed?: ValidationResult;
  private watching?: { readonly url: string; readonly watch: FeedWatch };
  private failure?: RefreshFailure;
  private lastRead?: number;
  /** Set while the feed shown is a copy stored by an earlier visit that the server has not confirmed. */
  private storedAt?: number;
  /** Counts the reads started, so that the answer to an earlier one is not taken for the current. */
  private reads = 0;
  /** The feed changes are shown against, when not the first read (a stored copy the server replaced). */
  private baseline?: Feed;
  /** A first read that failed is tried again, with `refresh`, as a check would be: with backoff. */
  private retryTimer?: ReturnType<typeof setTimeout>;
  private retries = 0;
  private readonly children = new MutationObserver(() => this.host.requestUpdate());

  constructor(
    private readonly host: FeedSourceHost,
    private readonly options: FeedOptions = {},
  ) {
    host.addController(this);
  }

  /** The feed, from the first source given. */
  private read([feed, src, inline]: Sources, signal: AbortSignal): ValidationResult | Promise<ValidationResult> {
    const maxBytes = this.options.maxBytes?.();
    if (feed !== undefined && feed !== null) {
      // A large feed object not validated yet is read ahead in tasks of its own.
      const validate = () => validateObject(feed, maxBytes);
      return (typeof feed === 'object' && !validated.has(feed) && readAheadIfLarge(feed, validate)) || validate();
    }
    if (src) return loadFeed(absolute(src), { signal, store: this.options.store?.() ?? false, maxBytes });
    if (inline !== null) return parseFeedText(inline, INLINE_SOURCE, maxBytes);
    throw new FeedLoadError('no-source', '');
  }

  /** Reads `sources`, aborting the read under way: only the newest read's answer is kept. */
  private run(sources: Sources): void {
    this.reading?.abort();
    const reading = (this.reading = new AbortController());
    this.readStatus = 'pending';
    this.host.requestUpdate();
    this.readDone = (async () => {
      let result: ValidationResult;
      try {
        result = await this.read(sources, reading.signal);
      } catch (error) {
        if (reading !== this.reading) return;
        this.readStatus = 'error';
        this.readError = error;
        if (error instanceof FeedLoadError) emit(this.host, 'minga-feed-error', { error });
        else console.error('minga-widgets: unexpected error while reading the feed', error);
        this.host.requestUpdate();
        return;
      }
      if (reading !== this.reading) return;
      this.readStatus = 'complete';
      this.readValue = result;
      this.lastRead = now();
      this.retries = 0;
      this.followStoredCopy();
      emit(this.host, 'minga-feed-load', { feed: result.feed, problems: result.problems });
      this.host.requestUpdate();
    })();
  }

  /** Where reading stands. */
  get status(): FeedStatus {
    return this.readStatus;
  }

  /** The validated feed and its problems, once read. */
  get result(): ValidationResult | undefined {
    return this.readStatus === 'complete' ? (this.refreshed ?? this.readValue) : undefined;
  }

  /** When the feed shown was last read or confirmed unchanged (epoch ms, on the page's clock, pretended or real). */
  get lastChecked(): number | undefined {
    return this.result ? this.lastRead : undefined;
  }

  /** The feed as first read from the current source, before any refresh: what changes are shown against. */
  get firstFeed(): Feed | undefined {
    return this.result ? (this.baseline ?? this.readValue?.feed) : undefined;
  }

  /** When the copy shown was stored, while it is a copy from an earlier visit not yet confirmed by the server. */
  get asOf(): number | undefined {
    return this.result && !this.failure ? this.storedAt : undefined;
  }

  /** Why the last check failed, while the feed shown is an earlier copy; undefined when all is well. */
  get refreshFailure(): RefreshFailure | undefined {
    return this.result ? this.failure : undefined;
  }

  /** Why the last read failed, when it did. */
  get error(): unknown {
    return this.readStatus === 'error' ? this.readError : undefined;
  }

  /** Settles when the current read has finished, whether it succeeded or failed. */
  get settled(): Promise<void> {
    // A newer read may have started meanwhile: settle with the newest.
    const done = this.readDone;
    return done.then(
      () => (done === this.readDone ? undefined : this.settled),
      () => undefined,
    );
  }

  /**
   * Starts reading when a source changed (the host's `feed`, `src` or inline JSON). Call it from the
   * host's `willUpdate`, before reading `status`: the status is then current for the view built there.
   */
  update(): void {
    if (!(this.options.needed?.() ?? true)) {
      this.unwatch();
      return;
    }
    const { feed, src } = this.host;
    // Only the source in force counts: inline JSON edited under a `feed` property changes nothing shown.
    const sources: Sources =
      feed != null ? [feed, null, null] : src ? [null, src, null] : [null, null, this.inlineText()];
    const before = this.previous;
    this.previous = sources;
    if (!before || sources.some((s, i) => s !== before[i])) {
      this.unwatch();
      this.refreshed = this.failure = this.storedAt = this.baseline = undefined;
      this.reads++;
      this.retries = 0;
      this.run(sources);
    }
    this.watch(src && feed == null ? src : undefined);
    this.retryLater();
  }

  hostConnected(): void {
    // Inline JSON may be added or edited after the element upgrades (CMS previews do this).
    this.children.observe(this.host, { childList: true, subtree: true, characterData: true });
    // Back on the page: checks resume at the next update.
    if (this.previous) this.host.requestUpdate();
  }

  hostUpdated(): void {
    // What the host shows may have changed, and with it the period it asks for (`refresh="auto"`).
    this.watching?.watch.replan();
  }

  hostDisconnected(): void {
    this.children.disconnect();
    this.unwatch();
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
  }

  /** With `refresh`, a first read of `src` that failed is tried again after a check's delay. */
  private retryLater(): void {
    const sources = this.previous;
    const period = this.options.period?.();
    if (this.readStatus !== 'error' || !sources?.[1] || period === undefined || !this.host.isConnected) return;
    if (this.retryTimer !== undefined) return;
    this.retryTimer = setTimeout(
      () => {
        this.retryTimer = undefined;
        if (this.previous !== sources || !this.host.isConnected) return;
        this.retries++;
        this.run(sources);
      },
      checkDelay(period, this.retries),
    );
  }

  /**
   * When the feed read is a copy stored by an earlier visit, shows it "as of" its time until the
   * server answers: then with the newer feed, or confirmed, or with why the server failed.
   */
  private followStoredCopy(): void {
    const src = this.previous?.[1];
    if (!src) return;
    const { asOf, revalidation } = feedFreshness(absolute(src));
    if (asOf === undefined || !revalidation) return;
    this.storedAt = this.lastRead = asOf;
    const read = this.reads;
    revalidation.then(
      (fresh) => {
        if (read !== this.reads) return;
        this.storedAt = undefined;
        this.lastRead = now();
        if (fresh) {
          // The newer feed is what this visit's changes are measured from, not the stored copy.
          this.refreshed = fresh;
          this.baseline = fresh.feed;
          emit(this.host, 'minga-feed-load', { feed: fresh.feed, problems: fresh.problems });
        }
        this.host.requestUpdate();
      },
      (error: unknown) => {
        if (read !== this.reads) return;
        const reason =
          error instanceof FeedLoadError ? error : new FeedLoadError('network', src, undefined, { cause: error });
        this.failure = { error: reason, since: asOf };
        this.host.requestUpdate();
      },
    );
  }

  private show(result: ValidationResult): void {
    const before = this.result?.feed;
    this.refreshed = result;
    emit(this.host, 'minga-feed-load', { feed: result.feed, problems: result.problems });
    const live = liveLoaded();
    if (before && live)
      emit(this.host, 'minga-feed-update', { feed: result.feed, changes: live.feedChanges(before, result.feed) });
    this.host.requestUpdate();
  }

  /** Checks `src` for changes while it is read and the host asks for checks; stops otherwise. */
  private watch(src: string | null | undefined): void {
    // Lit updates elements off the page too: no checks for one that is not on it.
    const wanted =
      src && this.host.isConnected && this.readStatus === 'complete' && this.options.period?.() !== undefined;
    const url = wanted ? absolute(src) : undefined;
    if (this.watching?.url === url) return;
    this.unwatch();
    if (!url) return;
    const live = liveLoaded();
    if (!live) {
      // Once loaded, watch the source then in force (`previous` holds only that one).
      void loadLive().then(
        () => this.watch(this.previous?.[1] ?? undefined),
        () => undefined, // not loaded (a deploy renamed it?): the feed shown stays; the next update tries again
      );
      return;
    }
    const watch = live.watchFeed(url, {
      period: () => this.options.period?.(),
      changed: (result) => this.show(result),
      checked: () => {
        this.lastRead = now();
        // An unchanged feed costs no render, unless a notice is to go.
        if (this.failure || this.storedAt !== undefined) this.host.requestUpdate();
        this.failure = this.storedAt = undefined;
      },
      failed: (error) => {
        this.failure = { error, since: this.lastRead ?? now() };
        this.host.requestUpdate();
      },
    });
    this.watching = { url, watch };
  }

  private unwatch(): void {
    this.watching?.watch.stop();
    this.watching = undefined;
  }

  private inlineText(): string | null {
    return this.host.querySelector(INLINE)?.textContent ?? null;
  }
}
