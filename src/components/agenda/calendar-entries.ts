/**
 * The "add to calendar" files of an agenda: one entry for the whole event, or one per session,
 * with texts in the agenda's language. Times keep the event's zone (see src/calendar/ical.ts).
 */
import type { Feed, FeedEvent, LocalizedText, Session, WallTime } from '../../feed/types.js';
import { textIn } from '../../feed/text.js';
import { calendarFile, canCalendar, type CalendarEntry } from '../../calendar/ical.js';
import { endMs } from '../../time/wall-time.js';

/** Texts in `language`, falling back as the feed format says. */
function texts(feed: Feed, language: string) {
  return (value: LocalizedText | undefined) => textIn(value, language, feed.defaultLanguage);
}

/** The venue as one line: name, address, locality and country code, as the feed gives them. */
function venue(event: FeedEvent, t: ReturnType<typeof texts>): string {
  const l = event.location;
  if (!l) return '';
  return [l.name, l.address, l.locality].map(t).concat(l.country ?? '').filter(Boolean).join(', ');
}

// UIDs must be stable across downloads (re-importing updates the entry) and unique worldwide.
const uid = (event: FeedEvent, session?: Session) =>
  `${session ? `${encodeURIComponent(session.id)}.` : ''}${encodeURIComponent(event.id)}@minga-widgets`;

/** True when the whole event can go into a calendar (it has at least a day). */
export function eventCanCalendar(event: FeedEvent): boolean {
  return canCalendar(event.start, event.end);
}

/** The .ics text for the whole event, or for one of its sessions. */
export function agendaCalendarFile(feed: Feed, event: FeedEvent, language: string, now: number, session?: Session): string {
  const t = texts(feed, language);
  const where = venue(event, t);
  const entry: CalendarEntry = session
    ? {
      uid: uid(event, session), start: session.start, end: session.end,
      summary: `${t(session.title)} (${t(event.name)})`,
      description: t(session.description) || undefined,
      location: [t(session.location), where].filter(Boolean).join(', ') || undefined,
      url: session.url ?? event.url,
      cancelled: event.status === 'cancelled',
    }
    : {
      uid: uid(event), start: event.start, end: event.end ?? lastSessionEnd(event),
      summary: t(event.name), description: t(event.description) || undefined,
      location: where || undefined, url: event.url, cancelled: event.status === 'cancelled',
    };
  return calendarFile([entry], { now });
}

/** An event with a start time but no end: its calendar entry ends with its last session, if any. */
function lastSessionEnd(event: FeedEvent): WallTime | undefined {
  if (event.start.precision !== 'time') return undefined;
  let last: WallTime | undefined;
  for (const s of event.sessions) if (!last || endMs(s.end) > endMs(last)) last = s.end;
  return last;
}
