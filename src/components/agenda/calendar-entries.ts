/**
 * The "add to calendar" files and links of an agenda: one entry for the whole event, or one per
 * session, with texts in the agenda's language. Times keep the event's zone (see src/calendar/ical.ts).
 * Loaded when a viewer first asks for a file: most never do.
 */
import type { Feed, FeedEvent, Session } from '../../feed/types.js';
import { calendarFile } from '../../calendar/ical.js';
import { eventEntry, sessionEntry } from '../../calendar/feed-entries.js';
import { emit } from '../../events/emit.js';
import { calendarLink } from '../../calendar/calendar-links.js';
import type { MenuLinks } from './calendar-menu.js';

/** The feed's absolute address (or the page's, for a feed written in it), for UIDs. */
const sourceOf = (host: { src?: string }) =>
  host.src ? new URL(host.src, document.baseURI).href : `${location.origin}${location.pathname}`;

/** The web calendars' links for the whole event or one session, with the same texts and instants as its file. */
export function calendarMenuLinks(
  host: HTMLElement & { src?: string },
  feed: Feed,
  event: FeedEvent,
  options: { language: string },
  session?: Session,
): MenuLinks {
  const entryOptions = { language: options.language, source: sourceOf(host) };
  const entry = session ? sessionEntry(feed, event, session, entryOptions) : eventEntry(feed, event, entryOptions);
  return {
    google: calendarLink('google', entry),
    outlook: calendarLink('outlook', entry),
    office365: calendarLink('office365', entry),
  };
}

/**
 * The .ics text for the whole event, or for some of its sessions (one, or the viewer's schedule). `source` is the feed's absolute
 * address (or the page's, for a feed written in it), for UIDs.
 */
function agendaCalendarFile(
  feed: Feed,
  event: FeedEvent,
  options: { language: string; now: number; source: string },
  sessions?: Session | readonly Session[],
): string {
  const entries = !sessions
    ? [eventEntry(feed, event, options)]
    : [sessions].flat().map((s) => sessionEntry(feed, event, s, options));
  return calendarFile(entries, { now: options.now });
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
  sessions?: Session | readonly Session[],
): void {
  const content = agendaCalendarFile(feed, event, { ...options, source: sourceOf(host) }, sessions);
  // One session: its id; the viewer's schedule: the event's, with "-my-schedule".
  const one = sessions && !Array.isArray(sessions) ? (sessions as Session) : undefined;
  const name = one ? one.id : sessions ? `${event.id}-my-schedule` : event.id;
  const filename = `${name.replace(/[^\w.-]+/g, '-')}.ics`;
  const detail = { eventId: event.id, sessionId: one?.id, filename, content };
  if (!emit(host, 'minga-calendar-download', detail, { cancelable: true })) return;
  const url = URL.createObjectURL(new Blob([content], { type: 'text/calendar;charset=utf-8' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: filename });
  a.click();
  // Revoke after the browser has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
