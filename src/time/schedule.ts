/**
 * Pure scheduling logic: where a span of time stands at an instant, which of several spans are
 * under way or next, and spans grouped by the day they start on in the zone being shown. Generic
 * over what is scheduled, so it knows nothing of feeds.
 */
import type { Span } from './types.js';
import { dateIn } from './wall-time.js';

/**
 * Where something dated stands at an instant: the one vocabulary of time states. Every element
 * says `upcoming`, `live` and `ended` (and for a whole event also `cancelled` or `postponed`,
 * see `eventState` in src/feed/event-state.ts).
 */
export type Phase = 'upcoming' | 'live' | 'ended';

/** Where `now` stands against the span `[start, end)`: the end instant is already `ended`. */
export function phaseAt(span: Span, now: number): Phase {
  return now < span.start ? 'upcoming' : now < span.end ? 'live' : 'ended';
}

/** A phase, or `next` for the spans sharing the earliest start still to come. */
export type ScheduleState = Phase | 'next';

/**
 * Where each span stands at `now`: `ended` once over, `live` while under way (several may be, in
 * parallel rooms), `next` for those sharing the earliest start still to come, else `upcoming`.
 */
export function scheduleStates(spans: readonly Span[], now: number): ScheduleState[] {
  let nextStart = Infinity;
  for (const s of spans) if (s.start > now && s.start < nextStart) nextStart = s.start;
  return spans.map((s) => (s.start === nextStart ? 'next' : phaseAt(s, now)));
}

export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** One item placed in a day, with its instants. */
export interface Scheduled<T> extends Span {
  readonly item: T;
  /** The date the item ends on in the display zone, when it is not the date it starts on. */
  readonly endsOn?: CalendarDate;
}

export interface ScheduleDay<T> {
  /** `2019-12-09`: the date in the display zone. */
  readonly key: string;
  readonly date: CalendarDate;
  readonly items: readonly Scheduled<T>[];
}

/** `2019-12-09`: a date as the day keys of schedules write it. */
export const dateKey = (d: CalendarDate) =>
  `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

/** `item` at its instants, with the date it ends on in `zone` when that is not the date it starts on. */
export function scheduledIn<T>(item: T, { start, end }: Span, zone: string): Scheduled<T> {
  // An end exactly at midnight belongs to the day before: 22:00–00:00 is one evening.
  const last = dateIn(Math.max(start, end - 1), zone);
  const endsOn = dateKey(last) === dateKey(dateIn(start, zone)) ? undefined : last;
  return { item, start, end, endsOn };
}

/**
 * Groups `items` by the date they start on in `zone`, days and items in time order. An item that
 * crosses midnight in `zone` appears once, under its first day, with `endsOn` set.
 */
export function groupByDay<T>(items: readonly T[], zone: string, spanOf: (item: T) => Span): ScheduleDay<T>[] {
  const days = new Map<string, { date: CalendarDate; items: Scheduled<T>[] }>();
  const timed = items.map((item) => ({ item, ...spanOf(item) })).sort((a, b) => a.start - b.start || a.end - b.end);
  for (const { item, start, end } of timed) {
    const date = dateIn(start, zone);
    const key = dateKey(date);
    const day = days.get(key) ?? { date, items: [] };
    day.items.push(scheduledIn(item, { start, end }, zone));
    days.set(key, day);
  }
  return [...days.entries()].map(([key, day]) => ({ key, ...day }));
}
