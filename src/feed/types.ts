import type { WallTime } from '../time/types.js';

export type { Precision, WallTime } from '../time/types.js';

/**
 * Types of the minga event feed, version 1.
 *
 * Two families live here: the JSON as an organizer writes it (`*Json`), and the
 * normalized feed the elements read after validation. See docs/feed-format.md.
 */

/** A human-readable text: one plain string, or a map of BCP 47 language tags to strings. */
export type LocalizedTextJson = string | { [languageTag: string]: string };

export interface FeedJson {
  version: 1;
  defaultLanguage: string;
  series?: SeriesJson[];
  events: EventJson[];
}

export interface SeriesJson {
  id: string;
  name: LocalizedTextJson;
  description?: LocalizedTextJson;
  url?: string;
}

export type EventStatus = 'scheduled' | 'cancelled' | 'postponed' | 'rescheduled' | 'moved-online';
/** Whether a session goes ahead as first announced: a cancelled one stays in the programme, struck through. */
export type SessionStatus = 'scheduled' | 'cancelled' | 'moved-online' | 'rescheduled';
export type Attendance = 'offline' | 'online' | 'mixed';

export interface EventJson {
  id: string;
  name: LocalizedTextJson;
  series?: string;
  description?: LocalizedTextJson;
  /** IANA time zone name; every time of the event and its sessions is a wall-clock time here. */
  timeZone: string;
  /** `2019-12-09T12:30`, `2019-12-09`, `2019-04` or `2020`. */
  start: string;
  end?: string;
  status?: EventStatus;
  attendance?: Attendance;
  location?: LocationJson;
  organizers?: OrganizerJson[];
  url?: string;
  sessions?: SessionJson[];
  objectives?: ObjectiveJson[];
  tags?: LocalizedTextJson[];
  /** The rooms in the order the agenda's grid shows them, as the sessions' `location` texts. */
  rooms?: LocalizedTextJson[];
  /** When the event was last changed: `2026-11-30T14:05:00Z`. */
  updated?: string;
}

export interface LocationJson {
  name?: LocalizedTextJson;
  address?: LocalizedTextJson;
  locality?: LocalizedTextJson;
  /** ISO 3166-1 alpha-2 code, e.g. `MX`. */
  country?: string;
  geo?: { lat: number; lon: number };
  /** False while the venue is still to be confirmed. */
  confirmed?: boolean;
}

export interface OrganizerJson {
  name: LocalizedTextJson;
  url?: string;
}

export interface SessionJson {
  id: string;
  title: LocalizedTextJson;
  start: string;
  end: string;
  description?: LocalizedTextJson;
  /** Where in the venue: a room or hall name. */
  location?: LocalizedTextJson;
  track?: LocalizedTextJson;
  speakers?: SpeakerJson[];
  /** BCP 47 tags of the languages spoken or interpreted in the session: `["es", "en"]`. */
  languages?: string[];
  url?: string;
  /** Default `scheduled`. */
  status?: SessionStatus;
  /** For everyone: the agenda's grid spans it across every room. */
  plenary?: boolean;
  /** When the session was last changed: `2026-11-30T14:05:00Z`. */
  updated?: string;
}

export interface SpeakerJson {
  name: LocalizedTextJson;
  affiliation?: LocalizedTextJson;
}

export interface ObjectiveJson {
  text: LocalizedTextJson;
  /** UN Sustainable Development Goal numbers, 1 to 17. */
  sdgs?: number[];
}

// ---------------------------------------------------------------------------
// The normalized feed, as elements see it.

/** A text normalized to a map of language tag to string; a plain string is filed under the feed's default language. */
export type LocalizedText = Readonly<Record<string, string>>;

export interface Series {
  readonly id: string;
  readonly name: LocalizedText;
  readonly description?: LocalizedText;
  readonly url?: string;
}

export interface Location {
  readonly name?: LocalizedText;
  readonly address?: LocalizedText;
  readonly locality?: LocalizedText;
  readonly country?: string;
  readonly geo?: { readonly lat: number; readonly lon: number };
  /** False while the venue is still to be confirmed; true when not stated. */
  readonly confirmed: boolean;
}

export interface Organizer {
  readonly name: LocalizedText;
  readonly url?: string;
}

export interface Speaker {
  readonly name: LocalizedText;
  readonly affiliation?: LocalizedText;
}

export interface Session {
  readonly id: string;
  readonly title: LocalizedText;
  readonly start: WallTime;
  readonly end: WallTime;
  readonly description?: LocalizedText;
  readonly location?: LocalizedText;
  readonly track?: LocalizedText;
  readonly speakers: readonly Speaker[];
  /** Canonical BCP 47 tags of the languages spoken or interpreted; empty when not stated. */
  readonly languages: readonly string[];
  readonly url?: string;
  readonly status: SessionStatus;
  /** Set (true) for a session for everyone, which the grid spans across every room. */
  readonly plenary?: true;
  /** When the session was last changed (epoch ms), for calendars' SEQUENCE and LAST-MODIFIED. */
  readonly updated?: number;
}

export interface Objective {
  readonly text: LocalizedText;
  readonly sdgs: readonly number[];
}

export interface FeedEvent {
  readonly id: string;
  readonly name: LocalizedText;
  readonly series?: string;
  readonly description?: LocalizedText;
  readonly timeZone: string;
  readonly start: WallTime;
  readonly end?: WallTime;
  readonly status: EventStatus;
  readonly attendance?: Attendance;
  readonly location?: Location;
  readonly organizers: readonly Organizer[];
  readonly url?: string;
  /** In start order. */
  readonly sessions: readonly Session[];
  readonly objectives: readonly Objective[];
  readonly tags: readonly LocalizedText[];
  /** The rooms in the order to show, when the feed lists them (else the sessions' first-seen order). */
  readonly rooms?: readonly LocalizedText[];
  /** When the event was last changed (epoch ms), for calendars' SEQUENCE and LAST-MODIFIED. */
  readonly updated?: number;
}

export interface Feed {
  readonly version: 1;
  readonly defaultLanguage: string;
  readonly series: readonly Series[];
  readonly events: readonly FeedEvent[];
}

export type Severity = 'error' | 'warning';

/** One thing wrong with a feed. Errors drop the item they concern; warnings keep it. */
export interface FeedProblem {
  /** JSON Pointer (RFC 6901) to the value concerned, e.g. `/events/2/sessions/0/end`. */
  readonly path: string;
  readonly severity: Severity;
  /** Plain English, for the page author. */
  readonly message: string;
}

export interface ValidationResult {
  readonly feed: Feed;
  readonly problems: readonly FeedProblem[];
}
