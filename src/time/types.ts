/** How much of a date the organizer knows. `time` carries hours and minutes (and maybe seconds). */
export type Precision = 'year' | 'month' | 'day' | 'time';

/**
 * A wall-clock time in an IANA zone, as precise as the feed says and no more.
 * Fields below the precision are 1 (month, day) or 0 (hour, minute, second) and carry no meaning.
 */
export interface WallTime {
  readonly precision: Precision;
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly zone: string;
  /**
   * For `time` precision: the UTC offset in minutes chosen for this wall time. It settles a time
   * that occurs twice in a DST overlap (the feed's explicit offset, else the earlier instant).
   */
  readonly offset?: number;
}

/** A stretch of time, `[start, end)` in epoch milliseconds. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

const RANK: Record<Precision, number> = { year: 0, month: 1, day: 2, time: 3 };

/** The precision a span is shown at: the coarser of its two ends, so that no time is invented. */
export function spanPrecision(start: WallTime, end: WallTime | undefined): Precision {
  const a = start.precision;
  const b = end?.precision ?? a;
  return RANK[a] <= RANK[b] ? a : b;
}
