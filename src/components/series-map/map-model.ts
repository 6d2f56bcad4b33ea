/**
 * What a series map shows, as plain data: which events, and which stands out. Where they go on the
 * map is in map-layout.ts, loaded with the world geometry; where each stands in time is
 * `eventPhase`/`eventState` (src/feed/event-state.ts), as in every element.
 */
import type { Feed, FeedEvent } from '../../feed/types.js';
import { eventSpan, isCalledOff } from '../../feed/event-state.js';
import { eventsOfSeries, selectEvent } from '../../feed/select-event.js';
import type { Phase } from '../../time/schedule.js';

/** The public part names keep their first words (`marker-past`, `item-past`): parts are API. */
export const PHASE_PART: Record<Phase, string> = { upcoming: 'upcoming', live: 'live', ended: 'past' };

/** The events of a series in date order, or without a series every event of the feed that has a location. */
export function mapEvents(feed: Feed, series?: string): FeedEvent[] {
  if (series) return eventsOfSeries(feed, series);
  return feed.events.filter((e) => e.location).sort((a, b) => eventSpan(a).start - eventSpan(b).start);
}

/** True when the feed knows the series, declared or named by an event. */
export function hasSeries(feed: Feed, series: string): boolean {
  return feed.series.some((s) => s.id === series) || feed.events.some((e) => e.series === series);
}

/**
 * The event that stands out: the one asked for, else the one under way or next, else the latest;
 * never a cancelled or postponed one unless asked for.
 */
export function chosenEvent(
  events: FeedEvent[],
  feed: Feed,
  eventId: string | undefined,
  now: number,
): FeedEvent | undefined {
  if (eventId) return events.find((e) => e.id === eventId);
  return selectEvent({ ...feed, events: events.filter((e) => !isCalledOff(e)) }, undefined, now);
}
