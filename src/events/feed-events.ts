import type { Feed, FeedProblem } from '../feed/types.js';
import type { FeedLoadError } from '../feed/load.js';

export interface MingaFeedLoadDetail {
  /** The validated, normalized feed. */
  readonly feed: Feed;
  /** Everything wrong with it; what is valid is shown regardless. */
  readonly problems: readonly FeedProblem[];
}

export interface MingaFeedErrorDetail {
  readonly error: FeedLoadError;
}

/** Fired when an element has read and validated its feed. */
export type MingaFeedLoadEvent = CustomEvent<MingaFeedLoadDetail>;
/** Fired when an element could not read its feed; the element shows why. */
export type MingaFeedErrorEvent = CustomEvent<MingaFeedErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'minga-feed-load': MingaFeedLoadEvent;
    'minga-feed-error': MingaFeedErrorEvent;
  }
}
