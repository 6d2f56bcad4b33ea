import type { Feed, FeedProblem } from '../feed/types.js';
import type { FeedLoadError } from '../feed/load.js';
import type { FeedChange } from '../feed/changes.js';

export interface MingaFeedLoadDetail {
  /** The validated, normalized feed. */
  readonly feed: Feed;
  /** Everything wrong with it; what is valid is shown regardless. */
  readonly problems: readonly FeedProblem[];
}

export interface MingaFeedUpdateDetail {
  /** The new feed, now shown. */
  readonly feed: Feed;
  /** What changed since the feed shown before: events and sessions added, removed or changed, field by field. */
  readonly changes: readonly FeedChange[];
}

export interface MingaFeedErrorDetail {
  readonly error: FeedLoadError;
}

/** Fired when an element has read and validated its feed. */
export type MingaFeedLoadEvent = CustomEvent<MingaFeedLoadDetail>;
/** Fired when a check (`refresh`) found a newer feed and the element shows it; after `minga-feed-load`. */
export type MingaFeedUpdateEvent = CustomEvent<MingaFeedUpdateDetail>;
/** Fired when an element could not read its feed; the element shows why. */
export type MingaFeedErrorEvent = CustomEvent<MingaFeedErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'minga-feed-load': MingaFeedLoadEvent;
    'minga-feed-error': MingaFeedErrorEvent;
    'minga-feed-update': MingaFeedUpdateEvent;
  }
}
