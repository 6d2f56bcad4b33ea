/**
 * What a countdown shows at a given instant, as plain data: which event, in which state, what is
 * counted and what comes next in its series. Pure, so the element can ask "would anything shown
 * change now?" on every clock tick without rendering.
 */
import type { Feed, FeedEvent, WallTime } from '../../feed/types.js';
import { eventEnd, eventPhase, eventSpan, eventState, isCalledOff, type EventState } from '../../feed/event-state.js';
import { eventsOfSeries } from '../../feed/select-event.js';
import { breakdown, type CountdownUnit } from '../../time/countdown.js';
import type { Span } from '../../time/types.js';
import { startMs } from '../../time/wall-time.js';

export interface CountdownModel {
  /** The event whose state is shown: the chosen one, or with `followSeries` the latest started of its series. */
  readonly event: FeedEvent;
  readonly state: EventState;
  /** When the event is under way: from its start (or its first session's) to its end (or its last session's). */
  readonly span: Span;
  /** The end shown beside the count while the event is on: the stated one, or its last session's when later. */
  readonly end?: WallTime;
  /** True when the start has a time of day and the event is not called off: only then is anything counted. */
  readonly countable: boolean;
  /** Milliseconds counted down: to the start before it, to a known end while live; else undefined. */
  readonly remaining?: number;
  /** When ended: the next event of the series not over yet. */
  readonly next?: FeedEvent;
  /** With `followSeries`, milliseconds to the next event's start when it can be counted. */
  readonly nextRemaining?: number;
  /** Instants at which something shown changes state; a clock must tick on their second to catch them. */
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

/** The model of a countdown to `event` (from `feed`, for its series) at `now`. */
export function countdownModel(
  event: FeedEvent,
  feed: Feed | undefined,
  now: number,
  options: CountdownOptions,
): CountdownModel {
  const series = feed && event.series ? eventsOfSeries(feed, event.series) : [];
  const startOf = (e: FeedEvent) => eventSpan(e).start;
  const later = series.slice(series.indexOf(event) + 1).filter((e) => !isCalledOff(e) && startOf(e) > startOf(event));
  let subject = event;
  if (options.followSeries) {
    // Once the chosen event is over, follow the series: show the latest event that has started.
    for (const e of later) if (startOf(e) <= now && eventPhase(subject, now) === 'ended') subject = e;
  }
  const state = eventState(subject, now);
  const span = eventSpan(subject);
  // The count goes to the start the feed states, the one shown beside it, even where a session begins earlier.
  const countedStart = startMs(subject.start);
  const countable = isCountable(subject);
  const remaining = !countable
    ? undefined
    : state === 'upcoming'
      ? countedStart - now
      : state === 'live' && subject.end?.precision === 'time'
        ? span.end - now
        : undefined;
  const next =
    eventPhase(subject, now) === 'ended'
      ? series.find((e) => !isCalledOff(e) && startOf(e) > startOf(subject) && eventPhase(e, now) !== 'ended')
      : undefined;
  const nextRemaining = next && options.followSeries && isCountable(next) ? startMs(next.start) - now : undefined;
  const digits = (ms: number | undefined) =>
    ms === undefined ? '' : Object.values(breakdown(ms, options.precision)).join(':');
  return {
    event: subject,
    state,
    span,
    end: eventEnd(subject),
    countable,
    remaining,
    next,
    nextRemaining,
    boundaries: [span.start, countedStart, span.end, ...(next ? [startMs(next.start)] : [])],
    key: [subject.id, state, digits(remaining), next?.id ?? '', digits(nextRemaining)].join('|'),
  };
}
