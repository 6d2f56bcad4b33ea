/**
 * What a countdown shows at a given instant, as plain data: which event, in which state, what is
 * counted and what comes next in its series. Pure, so the element can ask "would anything shown
 * change now?" on every clock tick without rendering.
 */
import type { Feed, FeedEvent } from '../../feed/types.js';
import { daysKnown, eventSpan, eventsOfSeries, isCalledOff } from '../../feed/select-event.js';
import { breakdown, countdownPhase, type CountdownPhase, type CountdownUnit } from '../../time/countdown.js';
import { endMs, startMs } from '../../time/wall-time.js';

export interface CountdownModel {
  /** The event whose state is shown: the chosen one, or with `followSeries` the latest started of its series. */
  readonly event: FeedEvent;
  readonly phase: CountdownPhase;
  /** True when the start has a time of day and the event is on: only then is anything counted. */
  readonly countable: boolean;
  /** Milliseconds counted down: to the start before it, to a known end while live; else undefined. */
  readonly remaining?: number;
  /** When ended: the next event of the series not over yet. */
  readonly next?: FeedEvent;
  /** With `followSeries`, milliseconds to the next event's start when it can be counted. */
  readonly nextRemaining?: number;
  /** Instants at which the state changes; a clock must tick on their second to catch them. */
  readonly boundaries: readonly number[];
  /** Changes exactly when something shown changes: the state or a displayed digit. */
  readonly key: string;
}

export interface CountdownOptions {
  readonly precision: CountdownUnit;
  readonly followSeries: boolean;
}

/** Can a count to this event be shown? Not to a month or a year, nor to a cancelled event. */
export function isCountable(event: FeedEvent): boolean {
  return event.start.precision === 'time' && !isCalledOff(event);
}

/**
 * What is counted: the start and end the feed states (they are what the countdown shows beside
 * the count), even where sessions run outside them; without an end, until the last session.
 */
function countedSpan(event: FeedEvent): { start: number; end: number } {
  return { start: startMs(event.start), end: event.end ? endMs(event.end) : eventSpan(event).end };
}

function phaseOf(event: FeedEvent, now: number): CountdownPhase {
  const span = countedSpan(event);
  // "April 2019" may or may not be under way on 10 April: only its end is certain. Whole days are
  // certain: an event of 10–12 March is under way on the 11th (it is not counted, having no time).
  // A called-off event is never under way.
  if (isCalledOff(event) || (!daysKnown(event) && !isCountable(event))) return now < span.end ? 'before' : 'ended';
  return countdownPhase(span, now);
}

/** The model of a countdown to `event` (from `feed`, for its series) at `now`. */
export function countdownModel(event: FeedEvent, feed: Feed | undefined, now: number, options: CountdownOptions): CountdownModel {
  const series = feed && event.series ? eventsOfSeries(feed, event.series) : [];
  const later = series.slice(series.indexOf(event) + 1)
    .filter((e) => !isCalledOff(e) && eventSpan(e).start > eventSpan(event).start);
  let subject = event;
  if (options.followSeries) {
    // Once the chosen event is over, follow the series: show the latest event that has started.
    for (const e of later) if (eventSpan(e).start <= now && phaseOf(subject, now) === 'ended') subject = e;
  }
  const phase = phaseOf(subject, now);
  const span = countedSpan(subject);
  const countable = isCountable(subject);
  const remaining = !countable ? undefined
    : phase === 'before' ? span.start - now
      : phase === 'live' && subject.end?.precision === 'time' ? span.end - now : undefined;
  const next = phase === 'ended'
    ? series.find((e) => !isCalledOff(e) && eventSpan(e).start > eventSpan(subject).start && phaseOf(e, now) !== 'ended')
    : undefined;
  const nextRemaining = next && options.followSeries && isCountable(next) ? countedSpan(next).start - now : undefined;
  const digits = (ms: number | undefined) => (ms === undefined ? '' : Object.values(breakdown(ms, options.precision)).join(':'));
  return {
    event: subject, phase, countable, remaining, next, nextRemaining,
    boundaries: [span.start, span.end, ...(next ? [countedSpan(next).start] : [])],
    key: [subject.id, phase, digits(remaining), next?.id ?? '', digits(nextRemaining)].join('|'),
  };
}
