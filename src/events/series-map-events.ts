export interface MingaSelectDetail {
  /** The id of the selected marker's event; for a marker shared by nearby events, the earliest. */
  readonly eventId: string;
  /** Every event of the selected marker, in date order (one, or several at nearby places). */
  readonly eventIds: readonly string[];
}

/** Fired when a marker of `<minga-series-map>` is selected (click, tap, Enter or Space) and its card opens. */
export type MingaSelectEvent = CustomEvent<MingaSelectDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'minga-select': MingaSelectEvent;
  }
}
