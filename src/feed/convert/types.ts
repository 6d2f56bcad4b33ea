import type { FeedJson } from '../types.js';

/**
 * The vocabulary every converter shares: what it is asked, what it answers, and where in the
 * source each problem lies. See docs/importing.md for the formats themselves.
 */

/** A source format the importers read. `frab` covers frab's schedule.json and schedule.xml. */
export type SourceFormat = 'csv' | 'ical' | 'frab' | 'sessionize';

export const SOURCE_FORMATS: readonly SourceFormat[] = ['csv', 'ical', 'frab', 'sessionize'];

export interface ImportOptions {
  /** IANA zone of wall times that carry none (CSV, Sessionize, floating iCalendar times). */
  readonly timeZone?: string;
  /** The event's id when the source has none, or to replace the source's. */
  readonly eventId?: string;
  /** The event's name when the source has none, or to replace the source's. */
  readonly name?: string;
  /** BCP 47 tag of the language the source's texts are written in; also the feed's defaultLanguage. */
  readonly language?: string;
  /** CSV: how to read `09/12/2019`. Without it, a date that reads both ways is an error. */
  readonly dateOrder?: 'dmy' | 'mdy';
  /** iCalendar: each VEVENT becomes an event of its own rather than a session of one event. */
  readonly events?: boolean;
}

export interface ImportProblem {
  readonly severity: 'error' | 'warning';
  /**
   * The place in the source, as its author finds it: `row 3, column "date"` (CSV, rows counted as a
   * spreadsheet shows them, the header being row 1), `line 42` (iCalendar, XML), or a JSON Pointer
   * (`/sessions/3/startsAt`). Empty for the source as a whole.
   */
  readonly where: string;
  /** Plain English, for the organizer. */
  readonly message: string;
}

/**
 * What a converter makes of a source, before the feed is validated. `places` maps JSON Pointers of
 * the output (`/events/0/sessions/3`) to the place in the source they came from, so the validator's
 * problems can name the source's row or line too.
 */
export interface Conversion {
  /** Undefined when nothing could be read at all (the problems say why). */
  readonly feed?: FeedJson;
  readonly problems: ImportProblem[];
  readonly places: Map<string, string>;
}

/** A converter: pure, synchronous, no I/O. Throws nothing on bad input; reports it in `problems`. */
export type Converter = (text: string, options: ImportOptions) => Conversion;

export interface ImportResult {
  readonly format: SourceFormat;
  /** True when the format was detected from the content rather than given. */
  readonly detected: boolean;
  /** The feed to write, present when the source could be read (check `problems` for errors). */
  readonly feed?: FeedJson;
  /** Every problem: the converter's and the validator's, each with its place in the source. */
  readonly problems: readonly ImportProblem[];
}
