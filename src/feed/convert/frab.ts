/**
 * frab's schedule format (written by frab, pretalx and OSEM; read by Giggity, EventFahrplan and
 * c3voc's tools) as one minga event. Reads the parsed schedule.json, or schedule.xml once
 * frab-xml.ts has given it the same shape. Loaded by the elements for a `src` that is a
 * schedule.json, so it imports nothing heavy. Format: https://c3voc.de/schedule/schema.json.
 */
import type { EventJson, SessionJson, SpeakerJson } from '../types.js';
import { addDays, chooseZone, feedOf, IdSet, instantOf, localText, slugId, wallTimeText } from './feed-json.js';
import { richToText } from './html-text.js';
import { isObject, type Json, list, optional, text } from './json-values.js';
import { pointer } from '../validate.js';
import { utcMs } from '../../time/wall-time.js';
import { languageTags } from './language-names.js';
import { ProblemList } from './problems.js';
import type { Conversion, ImportOptions } from './types.js';

/** The `generator.name` of schedules minga-widgets writes: their texts are plain and their slugs are our ids. */
export const FRAB_GENERATOR = 'minga-widgets';

/** A source place from a JSON Pointer of the schedule: the pointer itself for JSON, `line 42` for XML. */
export type FrabPlace = (pointer: string) => string;

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)$/i;
const WALL = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?)?$/;

/**
 * The instant an ISO date-time with an offset names; undefined when it has no offset (or is no
 * date-time), NaN when a field is out of range (`2019-02-30`, `T25:00`, `+24:00`): `Date.UTC` would
 * silently roll such a date over into another day.
 */
export function instantWithOffset(value: string): number | undefined {
  const m = ISO_INSTANT.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, off] = m;
  const local = utcMs({ year: +y, month: +mo, day: +d, hour: +h, minute: +mi, second: s ? +s : 0 });
  if (off.toUpperCase() === 'Z') return local;
  const digits = off.replace(':', '');
  const hours = Number(digits.slice(1, 3));
  const minutes = Number(digits.slice(3, 5) || 0);
  if (hours > 23 || minutes > 59) return NaN;
  return local - (off[0] === '-' ? -1 : 1) * (hours * 60 + minutes) * 60_000;
}

/** True for a real `YYYY-MM-DD` date and, when given, a real `HH:MM[:SS]` time of day. */
function realDate(date: string, clock = '00:00'): boolean {
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi, s] = clock.split(':').map(Number);
  return !Number.isNaN(utcMs({ year: y, month: mo, day: d, hour: h, minute: mi, second: s ?? 0 }));
}

/**
 * A frab duration in ms: `01:30` (hours may pass 24), pentabarf's `01:30:00` (with seconds), or
 * pretalx's `1:02:30` for a day and more (days unpadded, then hours and minutes); undefined when
 * it cannot be read (see readDuration).
 */
export function frabDuration(value: string): number | undefined {
  const read = readDuration(value);
  return 'ms' in read ? read.ms : undefined;
}

/**
 * A frab duration in ms, or why it cannot be read. Three parts are either pentabarf's
 * `HH:MM:SS` or pretalx's `D:HH:MM`, told apart by how each writes them: pretalx writes the day
 * count unpadded and only when it is 1 or more (its serialize_duration), pentabarf pads the hours
 * to two digits and rounds to whole minutes. So three parts whose first starts with `0`
 * (`01:30:00`, `0:45:00`), or has two digits and is followed by seconds `00` (`10:00:00`), are
 * pentabarf's; any other (`1:02:30`) is pretalx's, whose hours are then an hour of the day, 0–23:
 * `1:45:00` is refused rather than read as 1 day 45 hours (69 h) or guessed to be 1 h 45 min.
 */
function readDuration(value: string): { ms: number } | { error: string } {
  const cannot = { error: `the duration "${value}" cannot be read; frab writes hours and minutes, e.g. 01:30` };
  const parts = /^(\d{1,3}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!parts) return cannot;
  const [, a, b, c] = parts;
  if (Number(b) > 59 || (c !== undefined && Number(c) > 59)) return cannot;
  const minutes = (n: number) => ({ ms: n * 60_000 });
  if (c === undefined) return minutes(Number(a) * 60 + Number(b));
  if (a.startsWith('0') || (a.length === 2 && c === '00'))
    return { ms: ((Number(a) * 60 + Number(b)) * 60 + Number(c)) * 1000 };
  if (Number(b) > 23) {
    return {
      error:
        `the duration "${value}" reads as days:hours:minutes (pretalx's form for a day or more), ` +
        `and ${b} is not an hour of the day; write ${a.padStart(2, '0')}:${b} for ${Number(a)} h ${Number(b)} min`,
    };
  }
  return minutes((Number(a) * 24 + Number(b)) * 60 + Number(c));
}

/** `Cancelled: Title`, `[ABGESAGT] Title`… as exports mark a talk called off without a field for it. */
const CANCELLED_PREFIX =
  /^\s*(?:\[\s*)?(?:cancell?ed|abgesagt|cancelad[oa]|annulée?|anulad[oa]|취소(?:됨)?)(?:\s*\])?\s*(?:[:\-–—]\s*|(?<=\])\s*)/i;

/** The title without a cancellation mark, and whether there was one. */
export function cancelledTitle(title: string): { title: string; cancelled: boolean } {
  const m = CANCELLED_PREFIX.exec(title);
  return m && m[0].length < title.length
    ? { title: title.slice(m[0].length).trim(), cancelled: true }
    : { title, cancelled: false };
}

interface Talk {
  readonly talk: Json;
  readonly day: Json;
  readonly at: string;
  readonly room: string;
}

export function frabJsonToFeed(json: unknown, options: ImportOptions, place: FrabPlace | string = ''): Conversion {
  const where: FrabPlace = typeof place === 'function' ? place : (p) => place + p;
  const p = new ProblemList();
  const places = new Map<string, string>();
  const done = (event?: EventJson, language = 'en'): Conversion => ({
    feed: event ? feedOf([event], language) : undefined,
    problems: p.problems,
    places,
  });
  const schedule = isObject(json) ? json.schedule : undefined;
  if (!isObject(schedule)) {
    p.error(where(''), 'this is not a frab schedule: it has no "schedule" object');
    return done();
  }
  const conf = schedule.conference;
  if (!isObject(conf)) {
    p.error(
      where('/schedule'),
      'the schedule has no "conference" (<conference> in schedule.xml), which gives its title, time zone and days; nothing is imported',
    );
    return done();
  }
  const confAt = '/schedule/conference';
  const zoneChoice = chooseZone(text(conf.time_zone_name), options.timeZone);
  if ('error' in zoneChoice) {
    p.error(where(pointer(confAt, 'time_zone_name')), zoneChoice.error);
    return done();
  }
  if (zoneChoice.warning) p.warn(where(pointer(confAt, 'time_zone_name')), zoneChoice.warning);
  const zone = zoneChoice.zone;
  const ours = isObject(json) && isObject(json.generator) && json.generator.name === FRAB_GENERATOR;
  const plain = (v: unknown) => {
    const t = text(v);
    return t && !ours ? richToText(t) : t;
  };

  const talks: Talk[] = [];
  if (!Array.isArray(conf.days)) p.error(where(pointer(confAt, 'days')), 'the conference has no list of days');
  list(conf.days).forEach((day, d) => {
    const dayAt = pointer(pointer(confAt, 'days'), d);
    if (!isObject(day) || !isObject(day.rooms)) {
      p.error(where(dayAt), 'this day is not an object with "rooms"; its talks are left out');
      return;
    }
    for (const [room, items] of Object.entries(day.rooms)) {
      const roomAt = pointer(pointer(dayAt, 'rooms'), room);
      if (!Array.isArray(items)) {
        p.error(where(roomAt), `room "${room}" is not a list of talks; it is left out`);
        continue;
      }
      items.forEach((talk, i) => {
        const at = pointer(roomAt, i);
        if (isObject(talk)) talks.push({ talk, day, at, room });
        else p.error(where(at), 'this talk is not an object; it is left out');
      });
    }
  });

  // The talks' own languages; when they all agree, that is the language the texts are written in.
  // Read once per distinct value: the engine's language data is slow to ask a thousand times.
  const read = new Map<string, ReturnType<typeof languagesOf>>();
  const spoken = talks.map(({ talk }) => {
    const value = text(talk.language) ?? '';
    return read.get(value) ?? read.set(value, languagesOf(value)).get(value)!;
  });
  const common = new Set(spoken.flatMap((s) => s.tags));
  const language = options.language ?? (common.size === 1 ? [...common][0] : undefined);

  const ids = new IdSet();
  const idPlaces = new Map<string, string>();
  const sourceIds = talks.map(
    ({ talk }) =>
      text(ours ? talk.slug : undefined) ?? text(talk.id) ?? text(talk.code) ?? text(talk.guid) ?? text(talk.slug),
  );
  const sessions: SessionJson[] = [];
  talks.forEach(({ talk, day, at, room }, k) => {
    const time = talkTime(talk, day, zone);
    if ('error' in time) {
      p.error(where(at), `${time.error}; this talk is left out`);
      return;
    }
    if (time.warning) p.warn(where(at), time.warning);
    const rawTitle = plain(talk.title);
    if (!rawTitle) {
      p.error(where(pointer(at, 'title')), 'the talk has no title; it is left out');
      return;
    }
    const { title, cancelled } = cancelledTitle(rawTitle);
    const state = text(talk.state ?? talk.status)?.toLowerCase();
    const base = sourceIds[k] ?? slugId(title);
    const id = ids.unique(base);
    idPlaces.set(id, where(at));
    if (id !== base && sourceIds[k] !== undefined) {
      const first = idPlaces.get(base);
      p.warn(
        where(at),
        `the talk id "${base}" is already the id of the talk ${first ? `at ${first}` : 'before'}; this one gets the id "${id}" (pretalx gives each slot of a talk the talk's id)`,
      );
    }
    for (const unknown of spoken[k].unknown) {
      p.warn(
        where(pointer(at, 'language')),
        `"${unknown}" is not a language tag such as es, en or pt-BR, nor a language's name; it is left out`,
      );
    }
    const description = [plain(talk.subtitle), plain(talk.abstract), plain(talk.description)]
      .filter((t): t is string => !!t)
      .filter((t, i, all) => all.indexOf(t) === i)
      .join('\n\n');
    const url = talkUrl(talk.url, schedule.base_url, ours ? [text(conf.url)] : []);
    const session: SessionJson = {
      id,
      title: localText(title, language) ?? title,
      start: wallTimeText(time.start, zone),
      end: wallTimeText(time.end, zone),
      ...optional('description', localText(description, language)),
      ...optional('location', localText(text(talk.room) ?? room, language)),
      ...optional('track', localText(plain(talk.track), language)),
      ...optional('speakers', speakersOf(talk.persons, language)),
      ...optional('languages', spoken[k].tags.length ? spoken[k].tags : undefined),
      ...optional('url', url),
      ...(cancelled || state === 'canceled' || state === 'cancelled' ? { status: 'cancelled' as const } : {}),
    };
    places.set(`/events/0/sessions/${sessions.length}`, where(at));
    sessions.push(session);
  });

  const name = options.name ?? text(conf.title);
  const acronym = text(conf.acronym);
  const eventId =
    options.eventId ??
    (acronym ? slugId(acronym, '') || undefined : undefined) ??
    (name ? slugId(name, 'event') : undefined);
  if (!name) p.error(where(pointer(confAt, 'title')), 'the conference has no title: give the event a name with --name');
  if (!eventId)
    p.error(where(pointer(confAt, 'acronym')), 'the conference has no acronym: give the event an id with --event');
  const span = eventSpan(conf, sessions, zone, (key, value) =>
    p.warn(
      where(pointer(confAt, key)),
      `the conference's ${key} "${value}" is not a date such as 2026-10-23; the event's dates come from its talks`,
    ),
  );
  if (!span)
    p.error(where(pointer(confAt, 'start')), 'the conference has no start date and no talk with a readable time');
  if (!name || !eventId || !span) return done();

  places.set('/events/0', where(confAt));
  const event: EventJson = {
    id: eventId,
    name: localText(name, language) ?? name,
    ...optional('description', localText(plain(conf.description), language)),
    timeZone: zone,
    start: span.start,
    end: span.end,
    ...optional('url', talkUrl(conf.url ?? schedule.url, undefined, [])),
    sessions,
  };
  return done(event, language ?? 'en');
}

/**
 * A talk's `language` as BCP 47 tags (`"es"`, `"de/en"`, `"en, de"`, `"en de"`, `"English"`,
 * `"Español / English"`), and the parts that name no language, to be warned of and left out.
 */
function languagesOf(value: unknown): { tags: string[]; unknown: string[] } {
  const raw = text(value);
  if (!raw) return { tags: [], unknown: [] };
  const whole = languageTags(raw);
  if (whole) return { tags: whole, unknown: [] };
  const tags: string[] = [];
  const unknown: string[] = [];
  for (const part of raw.split(/\s*(?:[/,;&+|]|\s-\s)\s*/).filter(Boolean)) {
    // A name may have spaces (`Brazilian Portuguese`); else the spaces may separate tags (`en de`).
    const words = part.split(/\s+/).map((w) => languageTags(w));
    const found = languageTags(part) ?? (words.every((w) => w) ? words.flat() : undefined);
    if (found) tags.push(...(found as string[]));
    else unknown.push(part);
  }
  return { tags: [...new Set(tags)], unknown };
}

function speakersOf(persons: unknown, language: string | undefined): SpeakerJson[] | undefined {
  const speakers = list(persons)
    .map((person) => (isObject(person) ? (text(person.public_name) ?? text(person.name)) : text(person)))
    .filter((name): name is string => !!name)
    .map((name) => ({ name: localText(name, language) ?? name }));
  return speakers.length ? speakers : undefined;
}

/** The talk's page, resolved against `base_url` when relative; `skip` lists URLs that name no talk of its own. */
function talkUrl(value: unknown, base: unknown, skip: (string | undefined)[]): string | undefined {
  const url = text(value);
  if (!url || skip.includes(url) || url.startsWith('urn:')) return undefined;
  try {
    return new URL(url, text(base)).href;
  } catch {
    return url;
  }
}

/**
 * The talk's start and end instants. `date` with an offset names the start exactly; without one,
 * the day's date and `start` are read in the conference's zone, a start before the day's
 * `day_start` (a talk after midnight) falling on the next date. `end` with an offset names the
 * end; else `duration` is elapsed time from the start.
 */
function talkTime(
  talk: Json,
  day: Json,
  zone: string,
): { start: number; end: number; warning?: string } | { error: string } {
  const dateText = text(talk.date);
  let start = dateText ? instantWithOffset(dateText) : undefined;
  let warning: string | undefined;
  if (Number.isNaN(start)) return { error: `the talk's date "${dateText}" is not a real date and time` };
  if (start === undefined) {
    const wall = WALL.exec(dateText ?? '') ?? undefined;
    const date = wall?.[1] ?? text(day.date);
    const clock = wall?.[2] ?? text(talk.start);
    if (!date || !clock || !/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{1,2}:\d{2}(:\d{2})?$/.test(clock)) {
      return { error: `the talk's time cannot be read (date "${dateText ?? ''}", start "${text(talk.start) ?? ''}")` };
    }
    if (!realDate(date, clock)) return { error: `${date} ${clock} is not a real date and time` };
    let local = `${date}T${clock.padStart(5, '0')}`;
    const dayStart = instantWithOffset(text(day.day_start) ?? '');
    if (!wall?.[2] && dayStart !== undefined && instantOf(local, zone) < dayStart)
      local = addDays(date, 1) + local.slice(10);
    start = instantOf(local, zone);
    if (Number.isNaN(start))
      return { error: `${local.replace('T', ' ')} does not exist in ${zone} (the clocks skip it)` };
    warning = dateText ? undefined : `the talk has no "date"; read ${local.replace('T', ' ')} in ${zone}`;
  }
  const endText = text(talk.end);
  const end = endText ? instantWithOffset(endText) : undefined;
  if (Number.isNaN(end)) return { error: `the talk's end "${endText}" is not a real date and time` };
  if (end !== undefined)
    return end >= start ? { start, end, warning } : { error: `the talk ends (${endText}) before it starts` };
  const duration = readDuration(text(talk.duration) ?? '');
  if ('error' in duration) return duration;
  return { start, end: start + duration.ms, warning };
}

/**
 * The event's dates: the conference's `start` and `end` days (its own dates: a talk at 01:00 on
 * the first day, which schedule apps file under the day before, does not move them), widened to
 * hold every talk (a talk after midnight on the last day ends the day after); the talks' span
 * when the conference has none. `unreadable` is told of a `start` or `end` that is no real date.
 */
function eventSpan(
  conf: Json,
  sessions: SessionJson[],
  zone: string,
  unreadable: (key: 'start' | 'end', value: string) => void,
): { start: string; end: string } | undefined {
  const day = (key: 'start' | 'end') => {
    const value = text(conf[key]);
    if (!value) return undefined;
    const date = confDate(value, zone);
    if (!date) unreadable(key, value);
    return date;
  };
  const dates = sessions.flatMap((s) => [s.start.slice(0, 10), dateBefore(s.end)]).sort();
  const confStart = day('start');
  const start = [confStart, dates[0]].filter((d): d is string => !!d).sort()[0];
  const end = [day('end') ?? confStart, dates[dates.length - 1]]
    .filter((d): d is string => !!d)
    .sort()
    .pop();
  return start && end ? { start, end: end < start ? start : end } : undefined;
}

/**
 * The date a conference's `start` or `end` names in the event's zone: `2026-10-23` as it is, a
 * date-time with an offset (`2026-10-23T09:00:00+02:00`) as its date on the zone's clock.
 */
function confDate(value: string, zone: string): string | undefined {
  const instant = instantWithOffset(value);
  if (instant !== undefined) return Number.isNaN(instant) ? undefined : wallTimeText(instant, zone).slice(0, 10);
  const date = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(value)?.[1];
  return date && realDate(date) ? date : undefined;
}

/** The date of the last instant before a wall time: a talk ending at 00:00 ends on the day before. */
function dateBefore(wall: string): string {
  return /T00:00(:00)?([+-]\d{2}:\d{2})?$/.test(wall) ? addDays(wall.slice(0, 10), -1) : wall.slice(0, 10);
}
