/**
 * The "add to calendar" files of an agenda: one entry for the whole event, or one per session,
 * with texts in the agenda's language. Times keep the event's zone (see src/calendar/ical.ts).
 */
import type { Feed, FeedEvent, LocalizedText, Session } from '../../feed/types.js';
import { textIn } from '../../feed/text.js';
import { venueLine } from '../../feed/venue.js';
import { eventEnd } from '../../feed/event-state.js';
import { calendarFile, canCalendar, type CalendarEntry } from '../../calendar/ical.js';
import { emit } from '../../events/emit.js';

/** Texts in `language`, falling back as the feed format says. */
function texts(feed: Feed, language: string) {
  return (value: LocalizedText | undefined) => textIn(value, language, feed.defaultLanguage);
}

/** FNV-1a, in base 36: a short, stable digest of the feed's address. */
function digest(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

// UIDs must be stable across downloads (re-importing updates the entry) and unique worldwide:
// ids are unique only within a feed, so the feed's address is part of it; `/` cannot occur in
// an encoded id, so no two (session, event) pairs give the same text.
const uid = (source: string, event: FeedEvent, session?: Session) =>
  `${session ? `${encodeURIComponent(session.id)}/` : ''}${encodeURIComponent(event.id)}/${digest(source)}@minga-widgets`;

/**
 * True when the event can go into a calendar: it has at least a day, and is not postponed (its
 * dates in the feed are the ones that will not happen).
 */
export function eventCanCalendar(event: FeedEvent): boolean {
  return event.status !== 'postponed' && canCalendar(event.start, event.end);
}

/**
 * The .ics text for the whole event, or for one of its sessions. `source` is the feed's absolute
 * address (or the page's, for a feed written in it), for UIDs.
 */
function agendaCalendarFile(
  feed: Feed,
  event: FeedEvent,
  options: { language: string; now: number; source: string },
  session?: Session,
): string {
  const { language, now, source } = options;
  const t = texts(feed, language);
  const where = event.location ? venueLine(event.location, t, language).join(', ') : '';
  const entry: CalendarEntry = session
    ? {
        uid: uid(source, event, session),
        start: session.start,
        end: session.end,
        summary: `${t(session.title)} (${t(event.name)})`,
        description: t(session.description) || undefined,
        location: [t(session.location), where].filter(Boolean).join(', ') || undefined,
        url: session.url ?? event.url,
        cancelled: event.status === 'cancelled' || session.status === 'cancelled',
      }
    : {
        uid: uid(source, event),
        start: event.start,
        end: eventEnd(event),
        summary: t(event.name),
        description: t(event.description) || undefined,
        location: where || undefined,
        url: event.url,
        cancelled: event.status === 'cancelled',
      };
  return calendarFile([entry], { now });
}

/**
 * Makes the .ics file in the page and downloads it, after a cancelable `minga-calendar-download`
 * on `host` (a page can take the file over). `host.src` is the feed's address, for the UIDs.
 */
export function offerCalendarFile(
  host: HTMLElement & { src?: string },
  feed: Feed,
  event: FeedEvent,
  options: { language: string; now: number },
  session?: Session,
): void {
  const source = host.src ? new URL(host.src, document.baseURI).href : `${location.origin}${location.pathname}`;
  const content = agendaCalendarFile(feed, event, { ...options, source }, session);
  const filename = `${(session ?? event).id.replace(/[^\w.-]+/g, '-')}.ics`;
  const detail = { eventId: event.id, sessionId: session?.id, filename, content };
  if (!emit(host, 'minga-calendar-download', detail, { cancelable: true })) return;
  const url = URL.createObjectURL(new Blob([content], { type: 'text/calendar;charset=utf-8' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: filename });
  a.click();
  // Revoke after the browser has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
