import type { Feed, FeedEvent } from './types.js';
import { endMs, startMs } from '../time/wall-time.js';
import { spanPrecision } from '../time/format.js';

/**
 * The instants an event occupies, `[start, end)`, stretched to hold all its sessions. Without an
 * end it lasts to its last session; without sessions either, for the period its start names,
 * and a start with a time of day counts as lasting the rest of that day in the event's zone.
 */
export function eventSpan(event: FeedEvent): { start: number; end: number } {
  // Events are immutable once validated, and countdowns ask on every tick: remember the answer.
  let span = spans.get(event);
  if (!span) spans.set(event, (span = computeSpan(event)));
  return span;
}

const spans = new WeakMap<FeedEvent, { start: number; end: number }>();

function computeSpan(event: FeedEvent): { start: number; end: number } {
  const own = startMs(event.start);
  const last = event.end ?? (event.sessions.length ? undefined
    : event.start.precision === 'time' ? { ...event.start, precision: 'day' as const, offset: undefined } : event.start);
  return {
    start: Math.min(own, ...event.sessions.map((s) => startMs(s.start))),
    end: Math.max(last ? endMs(last) : own, ...event.sessions.map((s) => endMs(s.end))),
  };
}

/**
 * The event an element shows: the one named by `id`; without an id, the event under way or next
 * to start at `now`, else the one that started most recently. Undefined when there is none.
 */
export function selectEvent(feed: Feed, id: string | null | undefined, now: number): FeedEvent | undefined {
  if (id) return feed.events.find((e) => e.id === id);
  let next: { event: FeedEvent; start: number } | undefined;
  let last: { event: FeedEvent; start: number } | undefined;
  for (const event of feed.events) {
    const span = eventSpan(event);
    if (span.end > now) {
      if (!next || span.start < next.start) next = { event, start: span.start };
    } else if (!last || span.start > last.start) last = { event, start: span.start };
  }
  return (next ?? last)?.event;
}

/** Events of a series, in start order. */
export function eventsOfSeries(feed: Feed, seriesId: string): FeedEvent[] {
  return feed.events
    .filter((e) => e.series === seriesId)
    .sort((a, b) => eventSpan(a).start - eventSpan(b).start);
}

/** True for an event that will not take place as dated: cancelled, or postponed to a date not known yet. */
export function isCalledOff(event: FeedEvent): boolean {
  return event.status === 'cancelled' || event.status === 'postponed';
}

/**
 * True when the event's dates name whole days (or times), not just a month or a year: then it is
 * certainly under way between its start and end, where "April 2019" may or may not be on 10 April.
 */
export function daysKnown(event: FeedEvent): boolean {
  const p = spanPrecision(event.start, event.end);
  return p === 'day' || p === 'time';
}
