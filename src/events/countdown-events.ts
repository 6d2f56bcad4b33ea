export interface MingaCountdownDetail {
  /** The id of the event that started or ended; undefined for a countdown to a `target`. */
  readonly eventId?: string;
  /** The instant it started or ended, in epoch milliseconds. */
  readonly at: number;
}

/** Fired when the event counted down to starts while the page is open (not when it was already under way). */
export type MingaCountdownStartEvent = CustomEvent<MingaCountdownDetail>;
/** Fired when the event ends while the page is open (not when it had already ended). */
export type MingaCountdownEndEvent = CustomEvent<MingaCountdownDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'minga-countdown-start': MingaCountdownStartEvent;
    'minga-countdown-end': MingaCountdownEndEvent;
  }
}
