/**
 * What an agenda shows, as plain data built before rendering: the zone and its labels, the
 * tracks, the sessions of each day in the zone shown with their marks. Pure but for the zone
 * names, which are UI words.
 */
import type { FeedEvent, LocalizedText, Session } from '../../feed/types.js';
import { eventSpan, eventState, sessionDays } from '../../feed/event-state.js';
import { trackIds } from '../../feed/tracks.js';
import { scheduleStates, type ScheduleDay, type ScheduleState } from '../../time/schedule.js';
import { offsetAt } from '../../time/wall-time.js';

export interface Programme {
  /** Each session's track as a number (`trackIds`), in feed order. */
  readonly trackOf: (session: Session) => number;
  /** The tracks a filter offers, in first-seen order: empty with fewer than two. */
  readonly tracks: readonly (readonly [number, LocalizedText])[];
  /** The days that hold sessions of the track shown, each holding only those. */
  readonly days: readonly ScheduleDay<Session>[];
  /** How many sessions the event has, and how many are shown. */
  readonly total: number;
  readonly shown: number;
  /** Whether a track or the finder (search, filters, stars) leaves sessions out. */
  readonly filtered: boolean;
  /** Marks while the event is on: before it every session would be upcoming, after it ended. */
  readonly states: ReadonlyMap<Session, ScheduleState>;
  /** Each session's position in the feed, for ids that stay unique in the shadow root. */
  readonly index: ReadonlyMap<Session, number>;
}

/** What a programme needs of an event whatever the zone, filter or time: made once per event. */
interface EventIndex {
  readonly ids: readonly number[];
  readonly index: ReadonlyMap<Session, number>;
  readonly tracks: readonly (readonly [number, LocalizedText])[];
}
const indexed = new WeakMap<FeedEvent, EventIndex>();
export function eventIndex(event: FeedEvent): EventIndex {
  let known = indexed.get(event);
  if (known) return known;
  const ids = trackIds(event.sessions.map((s) => s.track));
  const names = new Map<number, LocalizedText>();
  event.sessions.forEach((s, i) => s.track && !names.has(ids[i]) && names.set(ids[i], s.track));
  known = { ids, index: new Map(event.sessions.map((s, i) => [s, i])), tracks: names.size < 2 ? [] : [...names] };
  indexed.set(event, known);
  return known;
}

const NO_STATES: ReadonlyMap<Session, ScheduleState> = new Map();

/** The days last shown under a filter, per event and zone (its days unfiltered). */
const kept = new WeakMap<
  readonly ScheduleDay<Session>[],
  { track?: number; keep?: (s: Session) => boolean; days: ScheduleDay<Session>[] }
>();

/**
 * The programme of `event` in `zone` at `now`, showing only `track` (a number from `trackIds`)
 * when set, and only the sessions `keep` keeps (the finder's search and filters) when given.
 * Called at every update (each step of a long programme's rendering, each clock tick): what does
 * not change with them is made once per event and zone.
 */
export function programme(
  event: FeedEvent,
  zone: string,
  now: number,
  track: number | undefined,
  keep?: (session: Session) => boolean,
): Programme {
  const { ids, index, tracks } = eventIndex(event);
  const trackOf = (s: Session) => ids[index.get(s)!];
  // Sessions for everyone (no track) are shown under every track.
  const isShown = (s: Session) => (track === undefined || !s.track || trackOf(s) === track) && (!keep || keep(s));
  const all = sessionDays(event, zone);
  const filtered = track !== undefined || !!keep;
  // The same filter (the finder hands over the same test while its state is the same) gives the
  // same days: not filtered again at each step of the rendering, and the grid keeps its own.
  let memo = kept.get(all);
  if (filtered && (!memo || memo.track !== track || memo.keep !== keep)) {
    const days = all.map((day) => ({ ...day, items: day.items.filter((s) => isShown(s.item)) }));
    kept.set(all, (memo = { track, keep, days: days.filter((day) => day.items.length) }));
  }
  const days = filtered ? memo!.days : all;
  let shown = 0;
  for (const day of days) shown += day.items.length;
  // "Next" among the sessions shown: under a track filter, the next session of that track. A
  // cancelled session is never now or next. Marks only while the event is on.
  let states = NO_STATES;
  if (eventState(event, now) === 'live') {
    const held = days.flatMap((d) => d.items).filter((s) => s.item.status !== 'cancelled');
    const marks = scheduleStates(held, now);
    states = new Map(held.map((s, i) => [s.item, marks[i] ?? 'upcoming']));
  }
  return { trackOf, index, days, total: event.sessions.length, shown, filtered, tracks, states };
}

/**
 * The number that the track numbered `track` in `before` has in `after`, a refreshed copy of the
 * same event: the track of a session whose track reads as one of that track's texts, else of a
 * session of that track that `after` still has (by id). Undefined (all tracks) when it is gone.
 */
export function carryTrack(before: FeedEvent, after: FeedEvent, track: number): number | undefined {
  const [old, next] = [trackIds(before.sessions.map((s) => s.track)), trackIds(after.sessions.map((s) => s.track))];
  const members = before.sessions.filter((s, i) => old[i] === track && s.track);
  const texts = new Set(members.map((s) => JSON.stringify(s.track)));
  const same = after.sessions.findIndex((s) => s.track && texts.has(JSON.stringify(s.track)));
  if (same >= 0) return next[same];
  const ids = new Set(members.map((s) => s.id));
  const kept = after.sessions.findIndex((s) => s.track && ids.has(s.id));
  return kept < 0 ? undefined : next[kept];
}

/** True when two zones keep the same offsets over the event (compared at its first and last instant). */
export function sameOffsets(a: string, b: string, event: FeedEvent): boolean {
  const { start, end } = eventSpan(event);
  return a === b || (offsetAt(a, start) === offsetAt(b, start) && offsetAt(a, end - 1) === offsetAt(b, end - 1));
}
