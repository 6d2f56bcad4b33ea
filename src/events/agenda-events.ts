export interface MingaCalendarDownloadDetail {
  readonly eventId: string;
  /** Set when the file is for one session rather than the whole event. */
  readonly sessionId?: string;
  /** `pd-lac-2019.ics`, `block-1.ics`. */
  readonly filename: string;
  /** The iCalendar (RFC 5545) text. */
  readonly content: string;
}

export interface MingaTimeZoneChangeDetail {
  /** The IANA zone now shown. */
  readonly zone: string;
  /** True when it is the viewer's own zone. */
  readonly viewerZone: boolean;
}

/** Fired before an .ics file is downloaded; `preventDefault()` stops the download (to handle it yourself). */
export type MingaCalendarDownloadEvent = CustomEvent<MingaCalendarDownloadDetail>;
/** Fired when the viewer flips between the event's time zone and their own. */
export type MingaTimeZoneChangeEvent = CustomEvent<MingaTimeZoneChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'minga-calendar-download': MingaCalendarDownloadEvent;
    'minga-time-zone-change': MingaTimeZoneChangeEvent;
  }
}
