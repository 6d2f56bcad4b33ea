import type { ReactiveController, ReactiveElement } from 'lit';
import { Task } from '@lit/task';
import type { ValidationResult } from '../feed/types.js';
import { FeedLoadError, INLINE_SOURCE, PROPERTY_SOURCE, loadFeed, parseFeedText } from '../feed/load.js';
import { validateFeed } from '../feed/validate.js';
import { reportProblems } from '../feed/problems.js';
import { emit } from '../events/emit.js';

/** What an element reads its feed from. */
export interface FeedSourceHost extends ReactiveElement {
  /** URL of the feed, resolved against the page. */
  src?: string | null;
  /** A feed object given by script; wins over `src` and inline JSON. */
  feed?: unknown;
}

const INLINE = ':scope > script[type="application/json"]';
// One validation per feed object, however many elements share it.
const validated = new WeakMap<object, ValidationResult>();

function validateObject(feed: unknown): ValidationResult {
  // A JSON string is a common slip for the object itself: read it.
  if (typeof feed === 'string') return parseFeedText(feed, PROPERTY_SOURCE);
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

/**
 * Reads the host's feed from its `feed` property, its `src` URL or an inline
 * `<script type="application/json">` child, in that order, through @lit/task (so loading is
 * abortable and has pending, complete and error states). Fires `minga-feed-load` or
 * `minga-feed-error` on the host; never throws.
 */
export class FeedController implements ReactiveController {
  readonly task: Task<[unknown, string | null | undefined, string | null], ValidationResult>;
  private readonly children = new MutationObserver(() => this.host.requestUpdate());

  constructor(private readonly host: FeedSourceHost) {
    host.addController(this);
    this.task = new Task(host, {
      args: () => [host.feed, host.src, this.inlineText()],
      task: ([feed, src, inline], { signal }) => {
        if (feed !== undefined && feed !== null) return validateObject(feed);
        if (src) return loadFeed(absolute(src), { signal });
        if (inline !== null) return parseFeedText(inline, INLINE_SOURCE);
        throw new FeedLoadError('no-source', '');
      },
      onComplete: ({ feed, problems }) => emit(host, 'minga-feed-load', { feed, problems }),
      onError: (error) => {
        if (error instanceof FeedLoadError) emit(host, 'minga-feed-error', { error });
        else console.error('minga-widgets: unexpected error while reading the feed', error);
      },
    });
  }

  hostConnected(): void {
    // Inline JSON may be added or edited after the element upgrades (CMS previews do this).
    this.children.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.children.disconnect();
  }

  private inlineText(): string | null {
    return this.host.querySelector(INLINE)?.textContent ?? null;
  }
}
