/**
 * The one vocabulary for where an event stands: `upcoming`, `live`, `ended`, or `cancelled` /
 * `postponed`. Every element asks `eventState` (or `eventPhase` for the time alone), so no two
 * elements can tell a different story about the same event at the same instant.
 */
import type { FeedEvent, EventStatus, Session, WallTime } from './types.js';
import { spanPrecision, type Span } from '../time/types.js';
import { endMs, startMs } from '../time/wall-time.js';
import { groupByDay, phaseAt, type Phase, type ScheduleDay } from '../time/schedule.js';

/** A phase, or the status of an event that will not take place as dated. */
export type EventState = Phase | Extract<EventStatus, 'cancelled' | 'postponed'>;

const spans = new WeakMap<FeedEvent, Span>();

/** The instants a session occupies, `[start, end)`. */
export const sessionSpan = (s: Session): Span => ({ start: startMs(s.start), end: endMs(s.end) });

// Grouping thousands of sessions by day is costly; it changes only with the event and the zone.
const grouped = new WeakMap<FeedEvent, { zone: string; days: ScheduleDay<Session>[] }>();

/**
 * The event's sessions by day in `zone` (the last zone asked is remembered per event). A large
 * feed has them made for its own zone while it is read (validate-ahead.ts), before an agenda's
 * first render asks.
 */
export function sessionDays(event: FeedEvent, zone: string): ScheduleDay<Session>[] {
  let memo = grouped.get(event);
  if (memo?.zone !== zone) grouped.set(event, (memo = { zone, days: groupByDay(event.sessions, zone, sessionSpan) }));
  return memo.days;
}

/**
 * The instants an event occupies, `[start, end)`, stretched to hold all its sessions. Without an
 * end it lasts to its last session; without sessions either, for the period its start names,
 * and a start with a time of day counts as lasting the rest of that day in the event's zone.
 */
export function eventSpan(event: FeedEvent): Span {
  // Events are immutable once validated, and clocks ask on every tick: remember the answer.
  let span = spans.get(event);
  if (!span) spans.set(event, (span = computeSpan(event)));
  return span;
}

function computeSpan(event: FeedEvent): Span {
  const own = startMs(event.start);
  const last =
    event.end ??
    (event.sessions.length
      ? undefined
      : event.start.precision === 'time'
        ? { ...event.start, precision: 'day' as const, offset: undefined }
        : event.start);
  let start = own;
  let end = last ? endMs(last) : own;
  for (const s of event.sessions) {
    start = Math.min(start, startMs(s.start));
    end = Math.max(end, endMs(s.end));
  }
  return { start, end };
}

/** The event's stated end, or its last session's end when that is later (sessions may run past it). */
export function eventEnd(event: FeedEvent): WallTime | undefined {
  let last = event.end;
  for (const s of event.sessions) if (!last || endMs(s.end) > endMs(last)) last = s.end;
  return last;
}

/** True for an event that will not take place as dated: cancelled, or postponed to a date not known yet. */
export function isCalledOff(event: FeedEvent): boolean {
  return event.status === 'cancelled' || event.status === 'postponed';
}

/**
 * True when the event's dates name whole days (or times), not just a month or a year: then it is
 * certainly under way between its start and end, where "April 2019" may or may not be on 10 April.
 */
function daysKnown(event: FeedEvent): boolean {
  const p = spanPrecision(event.start, event.end);
  return p === 'day' || p === 'time';
}

/**
 * Upcoming, live or ended at `now`, by the event's span. An event dated only by month or year is
 * `live` only from its first session to its last: during April nobody knows whether an April event is
 * under way, only when it is over. A called-off event is never live.
 */
export function eventPhase(event: FeedEvent, now: number): Phase {
  const span = eventSpan(event);
  const notLive: Phase = now < span.end ? 'upcoming' : 'ended';
  if (isCalledOff(event)) return notLive;
  if (daysKnown(event) || event.start.precision === 'time') return phaseAt(span, now);
  // Dated by month or year: certainly under way only from its first session to its last (they have times).
  const first = Math.min(...event.sessions.map((s) => startMs(s.start)));
  const last = Math.max(...event.sessions.map((s) => endMs(s.end)));
  return first <= now && now < last ? 'live' : notLive;
}

/** Where the event stands at `now`: its status when called off, else its phase. */
export function eventState(event: FeedEvent, now: number): EventState {
  return event.status === 'cancelled' || event.status === 'postponed' ? event.status : eventPhase(event, now);
}
