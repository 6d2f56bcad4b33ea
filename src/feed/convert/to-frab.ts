/**
 * One event of a feed as frab's schedule.json (https://c3voc.de/schedule/schema.json), for
 * attendees' schedule apps and the tools of the frab world. Written so that reading it back
 * (frab.ts) gives the same sessions: instants, rooms, tracks, speakers, texts in one language,
 * ids (kept in `slug`) and cancellations (kept as a title prefix, frab having no field for them).
 */
import type { Feed, FeedEvent, LocalizedText, Session, WallTime } from '../types.js';
import { endMs, startMs } from '../../time/wall-time.js';
import { isoInstant } from '../../time/zone.js';
import { addDays, instantOf, slugId } from './feed-json.js';
import { FRAB_GENERATOR } from './frab.js';

/**
 * Apps such as Giggity start a day at 06:00 and file earlier talks under the day before; the
 * export files talks the same way in `days`, so that a talk at 00:30 belongs to the evening
 * before. Only `days`: the conference's `start` and `end` are the event's own dates.
 */
export const DAY_CHANGE_HOUR = 6;

/** frab's slug pattern (schema.json): what a session id must look like to be kept as the slug. */
const SLUG = /^[a-z0-9_-]+[a-z0-9]$/;

/** How an export marks a cancelled talk's title, by language; frab.ts reads each back. */
const CANCELLED: Record<string, string> = {
  en: 'Cancelled',
  es: 'Cancelado',
  fr: 'Annulé',
  pt: 'Cancelado',
  de: 'Abgesagt',
  ko: '취소',
};

export interface FrabPerson {
  name: string;
  public_name: string;
}

export interface FrabTalk {
  guid: string;
  id: number;
  date: string;
  start: string;
  end: string;
  duration: string;
  room: string;
  slug: string;
  url: string;
  title: string;
  subtitle: string;
  track: string | null;
  type: string;
  language: string | null;
  abstract: string;
  description: string;
  persons: FrabPerson[];
  links: never[];
  attachments: never[];
}

export interface FrabDay {
  index: number;
  date: string;
  day_start: string;
  day_end: string;
  rooms: Record<string, FrabTalk[]>;
}

export interface FrabSchedule {
  version: string;
  base_url?: string;
  conference: {
    acronym: string;
    title: string;
    description?: string;
    start: string;
    end: string;
    daysCount: number;
    timeslot_duration: string;
    time_zone_name: string;
    url?: string;
    rooms: { name: string; guid: string }[];
    tracks: { name: string; slug: string }[];
    days: FrabDay[];
  };
}

export interface FrabDocument {
  $schema: string;
  generator: { name: string };
  schedule: FrabSchedule;
}

export interface FrabExport {
  /** The schedule.json to write (`JSON.stringify(document, null, 2)`). */
  readonly document: FrabDocument;
  /** What the organizer should know, one plain sentence each (texts missing in the chosen language). */
  readonly warnings: string[];
}

/**
 * The event `eventId` of a validated feed (the only one when undefined) as a frab schedule, its
 * texts in `language`, else the feed's default language, else any. Throws a RangeError naming the
 * events when `eventId` is not found or is needed.
 */
export function feedToFrab(feed: Feed, eventId: string | undefined, language: string): FrabExport {
  const event = eventId
    ? feed.events.find((e) => e.id === eventId)
    : feed.events.length === 1
      ? feed.events[0]
      : undefined;
  if (!event) {
    const ids = feed.events.map((e) => e.id).join(', ');
    throw new RangeError(
      eventId
        ? `the feed has no event "${eventId}"; its events are: ${ids || 'none'}`
        : `the feed has ${feed.events.length} events; choose one with --event (${ids})`,
    );
  }
  const pick = (t: LocalizedText | undefined): string =>
    t ? (t[language] ?? t[feed.defaultLanguage] ?? Object.values(t)[0] ?? '') : '';
  const zone = event.timeZone;
  const warnings: string[] = [];
  const untranslated = event.sessions.filter((s) => s.title[language] === undefined).map((s) => s.id);
  if (untranslated.length) {
    const some = untranslated.slice(0, 5).join(', ') + (untranslated.length > 5 ? '…' : '');
    warnings.push(
      `${untranslated.length} session(s) have no title in ${language} (${some}); written in another language`,
    );
  }
  const changed = event.sessions.filter((s) => !SLUG.test(s.id)).map((s) => `"${s.id}"`);
  if (changed.length) {
    warnings.push(
      `frab's slugs, which carry the session ids, allow only a-z, 0-9, - and _: ${changed.slice(0, 5).join(', ')}${changed.length > 5 ? '…' : ''} will come back with other ids`,
    );
  }
  const rooms = new Map<string, { name: string; guid: string }>();
  const tracks = new Map<string, { name: string; slug: string }>();
  const ints = new Set<number>();
  const slugs = new Set<string>();
  const byDay = new Map<string, Map<string, FrabTalk[]>>();
  for (const s of event.sessions) {
    const room = pick(s.location);
    if (!rooms.has(room)) rooms.set(room, { name: room, guid: uuidOf(`${event.id}\u0000room\u0000${room}`) });
    const track = pick(s.track);
    if (track && !tracks.has(track)) tracks.set(track, { name: track, slug: slugId(track, 'track') });
    const talk = talkOf(event, s, { pick, language, room, track, ints, slugs });
    const day = frabDay(s.start);
    const dayRooms = byDay.get(day) ?? byDay.set(day, new Map()).get(day)!;
    (dayRooms.get(room) ?? dayRooms.set(room, []).get(room)!).push(talk);
  }

  // The conference's dates are the event's own (widened to hold every session), never a frab day:
  // a session at 01:00 on the first day is filed under the day before, which the event does not have.
  const own = event.sessions.flatMap((s) => [dateText(s.start), lastDate(s.end)]);
  if (event.start.precision === 'day' || event.start.precision === 'time') own.push(dateText(event.start));
  const last = event.end ?? event.start;
  if (last.precision === 'day' || last.precision === 'time') own.push(lastDate(last));
  own.sort();
  const start = own[0] ?? dateText(event.start);
  const end = own[own.length - 1] ?? start;
  let daysCount = 0;
  for (let date = start; date <= end; date = addDays(date, 1)) daysCount++;
  // The frab days run from the first one a talk is filed under (maybe the day before `start`) to `end`.
  const first = [start, ...byDay.keys()].sort()[0];
  const final = [end, ...byDay.keys()].sort().pop()!;
  const days: FrabDay[] = [];
  for (let date = first, index = 1; date <= final; date = addDays(date, 1), index++) {
    const dayRooms = byDay.get(date) ?? new Map<string, FrabTalk[]>();
    days.push({
      index,
      date,
      day_start: isoInstant(dayChange(date, zone), zone),
      day_end: isoInstant(dayChange(addDays(date, 1), zone) - 60_000, zone),
      // Rooms in the order of the conference's room list, as apps lay out their columns.
      rooms: Object.fromEntries([...rooms.keys()].filter((r) => dayRooms.has(r)).map((r) => [r, dayRooms.get(r)!])),
    });
  }

  const conference: FrabSchedule['conference'] = {
    acronym: acronymOf(event.id),
    title: pick(event.name),
    ...(event.description ? { description: pick(event.description) } : {}),
    start,
    end,
    daysCount,
    timeslot_duration: '00:05',
    time_zone_name: zone,
    ...(event.url ? { url: event.url } : {}),
    rooms: [...rooms.values()],
    tracks: [...tracks.values()],
    days,
  };
  const schedule: FrabSchedule = {
    // Apps compare versions to tell attendees the schedule changed: any change gives a new one.
    version: `minga-${hex(hash32(JSON.stringify(conference), 7))}`,
    ...(event.url ? { base_url: event.url } : {}),
    conference,
  };
  return {
    document: { $schema: 'https://c3voc.de/schedule/schema.json', generator: { name: FRAB_GENERATOR }, schedule },
    warnings,
  };
}

interface TalkContext {
  readonly pick: (t: LocalizedText | undefined) => string;
  readonly language: string;
  readonly room: string;
  readonly track: string;
  readonly ints: Set<number>;
  readonly slugs: Set<string>;
}

function talkOf(event: FeedEvent, s: Session, c: TalkContext): FrabTalk {
  const start = startMs(s.start);
  const end = endMs(s.end);
  const minutes = Math.max(0, Math.round((end - start) / 60_000));
  const guid = uuidOf(`${event.id}\u0000session\u0000${s.id}`);
  let id = (hash32(`${event.id}\u0000${s.id}`, 31) % 0x7ffffffe) + 1;
  while (c.ints.has(id)) id = (id % 0x7ffffffe) + 1;
  c.ints.add(id);
  // The slug carries the session's id when frab's slug pattern allows it, so re-import keeps it.
  let slug = /^[a-z0-9_-]+[a-z0-9]$/.test(s.id)
    ? s.id
    : `${slugId(s.id, 'session')}-${hex(hash32(s.id, 3)).slice(0, 6)}`;
  for (let n = 2; c.slugs.has(slug); n++) slug = `${slug.replace(/-\d+$/, '')}-${n}`;
  c.slugs.add(slug);
  const title = c.pick(s.title);
  const prefix = CANCELLED[c.language.split('-')[0]] ?? CANCELLED.en;
  return {
    guid,
    id,
    date: isoInstant(start, event.timeZone, s.start.offset),
    start: `${pad(s.start.hour)}:${pad(s.start.minute)}`,
    end: isoInstant(end, event.timeZone, s.end.offset),
    duration: `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`,
    room: c.room,
    slug,
    url: s.url ?? event.url ?? `urn:uuid:${guid}`,
    title: s.status === 'cancelled' ? `${prefix}: ${title}` : title,
    subtitle: '',
    track: c.track || null,
    type: 'lecture',
    language: s.languages.length ? s.languages.join(', ') : null,
    abstract: '',
    description: c.pick(s.description),
    persons: s.speakers.map((p) => ({ name: c.pick(p.name), public_name: c.pick(p.name) })),
    links: [],
    attachments: [],
  };
}

/** The frab day a talk is filed under: its date, or the day before for a start before DAY_CHANGE_HOUR. */
function frabDay(start: WallTime): string {
  const date = dateText(start);
  return start.hour < DAY_CHANGE_HOUR ? addDays(date, -1) : date;
}

/** The date of the last moment before a wall time: a session or event ending at 00:00 ends the day before. */
function lastDate(end: WallTime): string {
  const midnight = end.precision === 'time' && end.hour === 0 && end.minute === 0 && end.second === 0;
  return midnight ? addDays(dateText(end), -1) : dateText(end);
}

/** DAY_CHANGE_HOUR on `date` in `zone` (an hour later when the clocks skip it). */
function dayChange(date: string, zone: string): number {
  const at = instantOf(`${date}T${pad(DAY_CHANGE_HOUR)}:00`, zone);
  return Number.isNaN(at) ? instantOf(`${date}T${pad(DAY_CHANGE_HOUR + 1)}:00`, zone) : at;
}

/**
 * frab's acronym pattern allows lower-case letters, digits and `_` (a hyphen only first), four
 * at least: `pd-lac-2019` → `pd_lac_2019`, which frab.ts reads back as `pd-lac-2019`.
 */
function acronymOf(id: string): string {
  return id
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, '_')
    .padEnd(4, '_');
}

const pad = (n: number) => String(n).padStart(2, '0');
const dateText = (w: WallTime) => `${w.year}-${pad(w.month)}-${pad(w.day)}`;
const hex = (n: number) => n.toString(16).padStart(8, '0');

/** A 32-bit hash of a string (murmur3's mixing over UTF-16 units), unsigned. */
export function hash32(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    let k = Math.imul(text.charCodeAt(i), 0xcc9e2d51);
    k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
    h = Math.imul(((h ^ k) << 13) | ((h ^ k) >>> 19), 5) + 0xe6546b64;
  }
  h ^= text.length;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * A UUID that is always the same for the same text: 128 bits from four seeded hashes, marked as
 * version 8 (RFC 9562's "custom" UUIDs) so it claims no standard derivation it does not have.
 */
export function uuidOf(text: string): string {
  const h = [hash32(text, 1), hash32(text, 2), hash32(text, 3), hash32(text, 4)].map(hex).join('');
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
