/**
 * What a series map shows, as plain data: which events, and in which state. Where they go on the
 * map is in map-layout.ts, loaded with the world geometry.
 */
import type { Feed, FeedEvent } from '../../feed/types.js';
import { daysKnown, eventSpan, eventsOfSeries, isCalledOff, selectEvent } from '../../feed/select-event.js';

export type MapState = 'past' | 'live' | 'upcoming';

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
 * Past, live or upcoming at `now`. As in the countdown, an event dated by month or year is never
 * "live": during April nobody knows whether an April event is under way, only when it is over.
 * Whole days are certain: an event of 10–12 March is under way on the 11th.
 */
export function mapState(event: FeedEvent, now: number): MapState {
  const { start, end } = eventSpan(event);
  if (now >= end) return 'past';
  return now >= start && daysKnown(event) ? 'live' : 'upcoming';
}

/**
 * The event that stands out: the one asked for, else the one under way or next, else the latest;
 * as in the countdown, a cancelled or postponed event is never "next".
 */
export function chosenEvent(events: FeedEvent[], feed: Feed, eventId: string | undefined, now: number): FeedEvent | undefined {
  if (eventId) return events.find((e) => e.id === eventId);
  return selectEvent({ ...feed, events: events.filter((e) => !isCalledOff(e)) }, undefined, now);
}

