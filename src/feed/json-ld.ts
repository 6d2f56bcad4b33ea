/**
 * schema.org `Event` structured data for one event of a feed, so that search engines can read
 * what the widgets show. Used by `minga-widgets jsonld FEED EVENT` (at build time, since search
 * engines may not run scripts) and by the agenda's `structured-data` attribute.
 */
import type { EventStatus, Feed, FeedEvent, LocalizedText, Location, Session, WallTime } from './types.js';
import { textIn } from './text.js';
import { venueFields } from './venue.js';
import { datetimeAttribute } from '../time/format.js';

type Json = Record<string, unknown>;

const STATUS: Record<EventStatus, string> = {
  scheduled: 'EventScheduled',
  cancelled: 'EventCancelled',
  postponed: 'EventPostponed',
  rescheduled: 'EventRescheduled',
  'moved-online': 'EventMovedOnline',
};
const ATTENDANCE = {
  offline: 'OfflineEventAttendanceMode',
  online: 'OnlineEventAttendanceMode',
  mixed: 'MixedEventAttendanceMode',
};

/** Drops undefined and empty values so the output carries only what the feed says. */
function compact(obj: Json): Json {
  return Object.fromEntries(
    Object.entries(obj).filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && !v.length)),
  );
}

/**
 * The event as a schema.org `Event` in `language`. Dates keep their precision (`2019-04`), times
 * carry the event zone's offset (`2019-12-09T12:30:00-06:00`).
 */
export function eventJsonLd(feed: Feed, event: FeedEvent, language: string): Json {
  const t = (text: LocalizedText | undefined) => textIn(text, language, feed.defaultLanguage);
  const date = (w: WallTime | undefined) => w && datetimeAttribute(w, event.timeZone);
  const series = feed.series.find((s) => s.id === event.series);
  return compact({
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: t(event.name),
    description: t(event.description),
    startDate: date(event.start),
    endDate: date(event.end),
    eventStatus: `https://schema.org/${STATUS[event.status]}`,
    eventAttendanceMode: event.attendance && `https://schema.org/${ATTENDANCE[event.attendance]}`,
    location: event.location && place(event.location, t),
    organizer: event.organizers.map((o) => compact({ '@type': 'Organization', name: t(o.name), url: o.url })),
    url: event.url,
    inLanguage: language,
    keywords: event.tags.map(t).join(', '),
    superEvent: series && compact({ '@type': 'EventSeries', name: t(series.name), url: series.url }),
    subEvent: event.sessions.map((s) => session(s, event, t)),
  });
}

function place(location: Location, t: (text: LocalizedText | undefined) => string): Json {
  const v = venueFields(location, t);
  return compact({
    '@type': 'Place',
    name: v.name,
    address: compact({
      '@type': 'PostalAddress',
      streetAddress: v.address,
      addressLocality: v.locality,
      addressCountry: v.country,
    }),
    geo: location.geo && { '@type': 'GeoCoordinates', latitude: location.geo.lat, longitude: location.geo.lon },
  });
}

function session(s: Session, event: FeedEvent, t: (text: LocalizedText | undefined) => string): Json {
  return compact({
    '@type': 'Event',
    name: t(s.title),
    description: t(s.description),
    startDate: datetimeAttribute(s.start, event.timeZone),
    endDate: datetimeAttribute(s.end, event.timeZone),
    location: s.location && { '@type': 'Place', name: t(s.location) },
    performer: s.speakers.map((p) =>
      compact({
        '@type': 'Person',
        name: t(p.name),
        affiliation: p.affiliation && { '@type': 'Organization', name: t(p.affiliation) },
      }),
    ),
    url: s.url,
  });
}

/**
 * The text of a `<script type="application/ld+json">` holding `data`. `<` is escaped so that no
 * text from a feed can close the script element, and U+2028/U+2029 for old parsers.
 */
export function jsonLdScriptText(data: unknown): string {
  return JSON.stringify(data, null, 2)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
