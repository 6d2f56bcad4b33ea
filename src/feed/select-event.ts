import type { Feed, FeedEvent } from './types.js';
import { eventSpan, isCalledOff } from './event-state.js';

/**
 * The event an element shows: the one named by `id`; without an id, the event under way or next
 * to start at `now`, else the one that started most recently. A cancelled or postponed event is
 * passed over while an event that takes place is under way or to come (it is never "next" before
 * one that happens); with none, it is chosen like any other. Undefined without events.
 */
export function selectEvent(feed: Feed, id: string | null | undefined, now: number): FeedEvent | undefined {
  if (id) return feed.events.find((e) => e.id === id);
  const held = feed.events.filter((e) => !isCalledOff(e) && eventSpan(e).end > now);
  return byTime(held.length ? held : feed.events, now);
}

function byTime(events: readonly FeedEvent[], now: number): FeedEvent | undefined {
  let next: { event: FeedEvent; start: number } | undefined;
  let last: { event: FeedEvent; start: number } | undefined;
  for (const event of events) {
    const span = eventSpan(event);
    if (span.end > now) {
      if (!next || span.start < next.start) next = { event, start: span.start };
    } else if (!last || span.start > last.start) last = { event, start: span.start };
  }
  return (next ?? last)?.event;
}

/** Events of a series, in start order. */
export function eventsOfSeries(feed: Feed, seriesId: string): FeedEvent[] {
  return feed.events.filter((e) => e.series === seriesId).sort((a, b) => eventSpan(a).start - eventSpan(b).start);
}
