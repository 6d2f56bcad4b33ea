/**
 * Calendar entries from a feed: one per event, or one per session, texts in one language, UIDs
 * stable across downloads and across the agenda's files and the `ics` command's, so a calendar
 * that imported one replaces it with the other.
 */
import type { Feed, FeedEvent, LocalizedText, Session } from '../feed/types.js';
import { textIn } from '../feed/text.js';
import { venueLine } from '../feed/venue.js';
import { eventEnd } from '../feed/event-state.js';
import { calendarFile, type CalendarEntry } from './ical.js';

/** FNV-1a, in base 36: a short, stable digest of the feed's address. */
function digest(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/**
 * UIDs must be stable across downloads (re-importing updates the entry) and unique worldwide:
 * ids are unique only within a feed, so the feed's address is part of it; `/` cannot occur in an
 * encoded id, so no two (session, event) pairs give the same text.
 */
export function calendarUid(source: string, event: FeedEvent, session?: Session): string {
  return `${session ? `${encodeURIComponent(session.id)}/` : ''}${encodeURIComponent(event.id)}/${digest(source)}@minga-widgets`;
}

/** Where `options` say the texts are to be read and the UIDs made. */
export interface EntryOptions {
  readonly language: string;
  /** The feed's absolute address (or the page's, for a feed written in it), for UIDs. */
  readonly source: string;
}

const texts = (feed: Feed, language: string) => (value: LocalizedText | undefined) =>
  textIn(value, language, feed.defaultLanguage);

/** The whole event as one entry. */
export function eventEntry(feed: Feed, event: FeedEvent, { language, source }: EntryOptions): CalendarEntry {
  const t = texts(feed, language);
  const where = event.location ? venueLine(event.location, t, language).join(', ') : '';
  return {
    uid: calendarUid(source, event),
    start: event.start,
    end: eventEnd(event),
    summary: t(event.name),
    description: t(event.description) || undefined,
    location: where || undefined,
    url: event.url,
    cancelled: event.status === 'cancelled',
    updated: event.updated,
  };
}

function laterOf(a?: number, b?: number): number | undefined {
  return a === undefined ? b : b === undefined ? a : Math.max(a, b);
}

/** One session of `event` as an entry: "Title (Event)", in its room at the event's venue. */
export function sessionEntry(
  feed: Feed,
  event: FeedEvent,
  session: Session,
  { language, source }: EntryOptions,
): CalendarEntry {
  const t = texts(feed, language);
  const where = event.location ? venueLine(event.location, t, language).join(', ') : '';
  return {
    uid: calendarUid(source, event, session),
    start: session.start,
    end: session.end,
    summary: `${t(session.title)} (${t(event.name)})`,
    description: t(session.description) || undefined,
    location: [t(session.location), where].filter(Boolean).join(', ') || undefined,
    url: session.url ?? event.url,
    cancelled: event.status === 'cancelled' || session.status === 'cancelled',
    // The later of the two: the event's name, venue and status are in the session's entry too.
    updated: laterOf(session.updated, event.updated),
  };
}

/**
 * A calendar of `events` (every event of the feed by default) to host beside the feed: one entry
 * per event, or per session with `sessions`. Postponed events are left out (their dates will not
 * happen); cancelled ones stay, as cancelled, so calendars that have them take them out.
 */
export function feedCalendar(
  feed: Feed,
  options: EntryOptions & { events?: readonly FeedEvent[]; sessions?: boolean; now: number; name?: string },
): string {
  const events = (options.events ?? feed.events).filter((e) => e.status !== 'postponed');
  const entries = options.sessions
    ? events.flatMap((e) => e.sessions.map((s) => sessionEntry(feed, e, s, options)))
    : events.map((e) => eventEntry(feed, e, options));
  return calendarFile(entries, { now: options.now, name: options.name });
}
