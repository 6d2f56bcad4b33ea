/**
 * Pure scheduling logic for programme views: sessions grouped by the day they start on in the
 * zone being shown, and which sessions are past, under way or next at a given instant.
 */
import type { Session } from '../feed/types.js';
import { dateIn, endMs, startMs } from './wall-time.js';

export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export interface ScheduledSession {
  readonly session: Session;
  readonly start: number;
  readonly end: number;
  /** The date the session ends on in the display zone, when it is not the date it starts on. */
  readonly endsOn?: CalendarDate;
}

export interface ScheduleDay {
  /** `2019-12-09`: the date in the display zone. */
  readonly key: string;
  readonly date: CalendarDate;
  readonly sessions: readonly ScheduledSession[];
}

const dateKey = (d: CalendarDate) =>
  `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

/**
 * Groups sessions by the date they start on in `zone`, days and sessions in time order. A session
 * that crosses midnight in `zone` appears once, under its first day, with `endsOn` set.
 */
export function groupByDay(sessions: readonly Session[], zone: string): ScheduleDay[] {
  const days = new Map<string, { date: CalendarDate; sessions: ScheduledSession[] }>();
  const timed = sessions
    .map((session) => ({ session, start: startMs(session.start), end: endMs(session.end) }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  for (const { session, start, end } of timed) {
    const date = dateIn(start, zone);
    const key = dateKey(date);
    // An end exactly at midnight belongs to the day before: 22:00–00:00 is one evening.
    const last = dateIn(Math.max(start, end - 1), zone);
    const endsOn = dateKey(last) === key ? undefined : last;
    const day = days.get(key) ?? { date, sessions: [] };
    day.sessions.push({ session, start, end, endsOn });
    days.set(key, day);
  }
  return [...days.entries()].map(([key, day]) => ({ key, ...day }));
}

export type SessionState = 'past' | 'now' | 'next' | 'later';

/**
 * Where each session stands at `now`: `past` once ended, `now` while under way (several may be,
 * in parallel tracks), `next` for those sharing the earliest start still to come, else `later`.
 */
export function sessionStates(sessions: readonly { start: number; end: number }[], now: number): SessionState[] {
  const nextStart = Math.min(...sessions.filter((s) => s.start > now).map((s) => s.start));
  return sessions.map((s) =>
    s.end <= now ? 'past' : s.start <= now ? 'now' : s.start === nextStart ? 'next' : 'later');
}
