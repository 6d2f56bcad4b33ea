/**
 * The agenda's grid as plain data: rooms as columns, and for each day in the zone shown the
 * sessions placed by room and time. A session crossing midnight in that zone is cut there and
 * placed on both days, marked as continuing and continued. Sessions that overlap in one room
 * share its width (lanes); a plenary, or a session without a room, spans every room.
 * Pure; tested directly (test/agenda/grid-model.test.ts).
 */
import type { FeedEvent, LocalizedText, Session } from '../../feed/types.js';
import { eventRooms as gridRooms, type Rooms as GridRooms } from '../../feed/rooms.js';
import { sessionSpan } from '../../feed/event-state.js';
import { dateKey, type CalendarDate, type ScheduleDay } from '../../time/schedule.js';
import { dateIn, endMs, startMs } from '../../time/wall-time.js';

const HOUR = 3_600_000;
/** The grid's rows are five minutes: lanes are worked out on the rows a session takes, not its minutes. */
export const ROW = 300_000;

/** The grid's columns, as src/feed/rooms.ts numbers them. */
export { eventRooms as gridRooms, type Rooms as GridRooms } from '../../feed/rooms.js';

/** One session's piece on one day: the whole session, or its part before or after midnight. */
export interface GridPiece {
  readonly session: Session;
  /** The piece's instants (epoch ms), within its day. */
  readonly start: number;
  readonly end: number;
  /** -1: every column. */
  readonly column: number;
  /** Its lane among the sessions it overlaps in its column, and how many lanes they need. */
  readonly lane: number;
  readonly lanes: number;
  /** The session goes on after this day / began the day before. */
  readonly continues: boolean;
  readonly continued: boolean;
}

export interface GridDay {
  /** `2019-12-09`: the date in the zone shown. */
  readonly key: string;
  readonly date: CalendarDate;
  /** The hours shown, whole hours from the day's start (a DST day may have 23 or 25). */
  readonly from: number;
  readonly to: number;
  readonly pieces: readonly GridPiece[];
}

/** The instants the date `d` begins and ends in `zone` (a day whose midnight is skipped begins later). */
function dayBounds(d: CalendarDate, zone: string): [number, number] {
  const w = { precision: 'day' as const, ...d, hour: 0, minute: 0, second: 0, zone };
  return [startMs(w), endMs(w)];
}

function nextDate(d: CalendarDate): CalendarDate {
  const n = new Date(0);
  n.setUTCFullYear(d.year, d.month - 1, d.day + 1);
  return { year: n.getUTCFullYear(), month: n.getUTCMonth() + 1, day: n.getUTCDate() };
}

/**
 * Lanes for pieces that overlap in one column: each takes the first lane free at its start, and
 * every piece of a cluster (pieces joined by overlaps) shares the cluster's number of lanes.
 */
function assignLanes(pieces: { start: number; end: number; lane?: number; lanes?: number }[]): void {
  let cluster: typeof pieces = [];
  let clusterEnd = -Infinity;
  let laneEnds: number[] = [];
  const close = () => {
    for (const p of cluster) p.lanes = laneEnds.length;
    cluster = [];
    laneEnds = [];
  };
  for (const p of pieces) {
    // The rows the piece takes: 10:00–10:07 and 10:07–10:14 share the 10:05 row.
    const start = Math.floor(p.start / ROW) * ROW;
    const end = Math.max(start + ROW, Math.ceil(p.end / ROW) * ROW);
    if (start >= clusterEnd) close();
    let lane = laneEnds.findIndex((e) => e <= start);
    if (lane < 0) lane = laneEnds.push(end) - 1;
    else laneEnds[lane] = end;
    p.lane = lane;
    cluster.push(p);
    clusterEnd = Math.max(clusterEnd, end);
  }
  close();
}

/** Longer than this, a session is not placed on every day it covers (see `gridDays`). */
const LONG = 31 * 24 * HOUR;

/**
 * The sessions of `event` by day in `zone`, placed in `rooms`' columns; days in order, each holding
 * a session. A session of more than 31 days (an exhibition open all season, or a typing error of
 * centuries) is placed on its first and last days and on the days that show other sessions, not
 * on every day between: a tab per day would be thousands of tabs.
 */
export function gridDays(event: FeedEvent, zone: string, rooms: GridRooms): GridDay[] {
  const days = new Map<string, { date: CalendarDate; bounds: [number, number]; pieces: GridPiece[] }>();
  /** Places the part of `session` (from `start` to `end`) on `date`; false when it has none there. */
  const place = (session: Session, start: number, end: number, date: CalendarDate): boolean => {
    const key = dateKey(date);
    const bounds = days.get(key)?.bounds ?? dayBounds(date, zone);
    const piece = { start: Math.max(start, bounds[0]), end: Math.min(end, bounds[1]) };
    // A date the zone skipped (Apia, 2011-12-30) has no time for anything: no piece, no tab.
    if (piece.end <= piece.start && end > start) return false;
    const day = days.get(key) ?? { date, bounds, pieces: [] };
    days.set(key, day);
    day.pieces.push({
      session,
      ...piece,
      column: rooms.columnOf.get(session) ?? -1,
      lane: 0,
      lanes: 1,
      continues: end > bounds[1],
      continued: start < bounds[0],
    });
    return true;
  };
  const long: Session[] = [];
  for (const session of event.sessions) {
    const { start, end } = sessionSpan(session);
    if (end - start > LONG) {
      long.push(session);
      continue;
    }
    // Each day the session touches, cut at that day's bounds; an end at midnight ends the day before.
    for (let date = dateIn(start, zone); ; date = nextDate(date)) {
      const bounds = days.get(dateKey(date))?.bounds ?? dayBounds(date, zone);
      if (bounds[0] >= end && bounds[0] > start) break;
      place(session, start, end, date);
      if (end <= bounds[1]) break;
    }
  }
  for (const session of long) {
    const { start, end } = sessionSpan(session);
    const [first, last] = [dateIn(start, zone), dateIn(end - 1, zone)];
    const between = [...days.values()]
      .map((d) => d.date)
      .filter((d) => dateKey(d) > dateKey(first) && dateKey(d) < dateKey(last));
    for (const date of [first, ...between, last]) place(session, start, end, date);
  }
  return [...days.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, { date, bounds, pieces }]) => {
      const byTime = pieces.sort((a, b) => a.start - b.start || b.end - a.end);
      const columns = new Map<number, GridPiece[]>();
      // Sessions spanning every room (-1) share the whole width in lanes of their own.
      for (const p of byTime) columns.set(p.column, [...(columns.get(p.column) ?? []), p]);
      const placed = new Map<GridPiece, { lane?: number; lanes?: number; start: number; end: number }>();
      for (const list of columns.values()) {
        const copies = list.map((p) => ({ start: p.start, end: p.end }));
        assignLanes(copies);
        list.forEach((p, i) => placed.set(p, copies[i]));
      }
      const first = Math.min(...byTime.map((p) => p.start));
      const last = Math.max(...byTime.map((p) => p.end));
      return {
        key,
        date,
        from: Math.floor((first - bounds[0]) / HOUR),
        to: Math.max(Math.ceil((last - bounds[0]) / HOUR), Math.floor((first - bounds[0]) / HOUR) + 1),
        pieces: byTime.map((p) => {
          const lanes = placed.get(p);
          return lanes ? { ...p, lane: lanes.lane!, lanes: lanes.lanes! } : p;
        }),
      };
    });
}

/** The day's first instant in `zone`: where the grid's hour 0 is. */
export function dayStart(day: GridDay, zone: string): number {
  return dayBounds(day.date, zone)[0];
}

/** What the agenda's grid shows: the rooms, the days holding sessions shown, and the day chosen. */
export interface AgendaGrid {
  readonly rooms: readonly LocalizedText[];
  readonly days: readonly GridDay[];
  readonly day: string;
}

// Placing thousands of sessions is done once per event and zone, and filtering once per filter
// result; agendas sharing one feed may show other zones or filters.
const placed = new WeakMap<FeedEvent, Map<string, { rooms: GridRooms; days: GridDay[] }>>();
const filtered = new WeakMap<readonly ScheduleDay<Session>[], { from: readonly GridDay[]; days: readonly GridDay[] }>();

/**
 * The grid of `event` in `zone`: under a track filter, only the sessions of `shown` (the list's
 * days, already filtered); the day `chosen` if it holds sessions, else today's in `zone`, else the first.
 * Undefined when no session is shown.
 */
export function gridView(
  event: FeedEvent,
  zone: string,
  now: number,
  shown: readonly ScheduleDay<Session>[] | undefined,
  chosen: string | undefined,
): AgendaGrid | undefined {
  const zones = placed.get(event) ?? new Map<string, { rooms: GridRooms; days: GridDay[] }>();
  placed.set(event, zones);
  let memo = zones.get(zone);
  if (!memo) {
    const rooms = gridRooms(event);
    zones.set(zone, (memo = { rooms, days: gridDays(event, zone, rooms) }));
  }
  let days: readonly GridDay[] = memo.days;
  if (shown) {
    // The same days for the same filter result (the programme keeps its filtered days while the
    // filter stays), so the programme is not rendered again each minute or each step.
    const seen = filtered.get(shown);
    if (seen?.from === memo.days) days = seen.days;
    else {
      const kept = new Set(shown.flatMap((d) => d.items.map((i) => i.item)));
      days = memo.days
        .map((d) => ({ ...d, pieces: d.pieces.filter((piece) => kept.has(piece.session)) }))
        .filter((d) => d.pieces.length);
      filtered.set(shown, { from: memo.days, days });
    }
  }
  if (!days.length) return undefined;
  const today = dateKey(dateIn(now, zone));
  const day = days.find((d) => d.key === chosen)?.key ?? days.find((d) => d.key === today)?.key ?? days[0].key;
  return { rooms: memo.rooms.names, days, day };
}
