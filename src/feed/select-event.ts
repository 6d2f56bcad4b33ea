import type { Feed, FeedEvent } from './types.js';
import { endMs, startMs } from '../time/wall-time.js';

/**
 * The instants an event occupies, `[start, end)`: from its start or its first session's, whichever
 * is earlier, to its end or its last session's, whichever is later. With neither, the period its start names; a start with a time of day and nothing else
 * counts as lasting the rest of that day in the event's zone.
 */
export function eventSpan(event: FeedEvent): { start: number; end: number } {
  let start = startMs(event.start);
  let end = event.end ? endMs(event.end)
    : event.start.precision === 'time' ? endMs({ ...event.start, precision: 'day', offset: undefined })
      : endMs(event.start);
  if (!event.end && event.sessions.length) end = start;
  for (const session of event.sessions) {
    start = Math.min(start, startMs(session.start));
    end = Math.max(end, endMs(session.end));
  }
  return { start, end };
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
