/**
 * Turns parsed JSON into a normalized feed plus every problem found, each with its JSON Pointer.
 *
 * The rule throughout: a wrong required field drops the item it belongs to (an event, a session,
 * a series); a wrong optional field drops only that field. Nothing valid is dropped because
 * something beside it is invalid.
 */
import type {
  Attendance,
  EventStatus,
  SessionStatus,
  Feed,
  FeedProblem,
  LocalizedText,
  Location,
  FeedEvent,
  Objective,
  Organizer,
  Series,
  Session,
  Speaker,
  ValidationResult,
  WallTime,
} from './types.js';
import { trackIds } from './tracks.js';
import { safeUrl } from './url.js';
import {
  END_TIME,
  endMs,
  FIRST_TIME,
  isValidZone,
  NEAR_YEAR_ENDS,
  parseWallTime,
  startMs,
  utcMs,
} from '../time/wall-time.js';
import { dateTimeFormat, displayNames } from '../internal/intl.js';

type Json = Record<string, unknown>;

const STATUSES: readonly EventStatus[] = ['scheduled', 'cancelled', 'postponed', 'rescheduled', 'moved-online'];
const ATTENDANCES: readonly Attendance[] = ['offline', 'online', 'mixed'];
const LONG_SESSION_HOURS = 12;
const LOOKS_LIKE_HTML = /<\/?[a-z][^>]*>|&[a-z]+;|&#\d+;/i;

/** Appends a key to a JSON Pointer, escaping `~` and `/` as RFC 6901 says. */
export function pointer(path: string, key: string | number): string {
  return `${path}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

class Reader {
  readonly problems: FeedProblem[] = [];
  defaultLanguage = 'en';

  error(path: string, message: string): undefined {
    this.problems.push({ path, severity: 'error', message });
    return undefined;
  }

  warn(path: string, message: string): void {
    this.problems.push({ path, severity: 'warning', message });
  }

  object(value: unknown, path: string, what: string): Json | undefined {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Json;
    return this.error(path, value === undefined ? 'is required' : `${what} must be an object, not ${describe(value)}`);
  }

  /** Warns about keys outside `known`: usually a typo such as `timezone`. */
  known(obj: Json, path: string, known: readonly string[]): void {
    for (const key of Object.keys(obj)) {
      if (!known.includes(key)) this.warn(pointer(path, key), `unknown property "${key}" is ignored`);
    }
  }

  /** `obj[key]` read by `read` when present; an optional field that is absent is no problem. */
  optional<T>(
    obj: Json,
    path: string,
    key: string,
    read: (value: unknown, at: string) => T | undefined,
  ): T | undefined {
    return obj[key] === undefined ? undefined : read(obj[key], pointer(path, key));
  }

  optionalText(obj: Json, path: string, key: string): LocalizedText | undefined {
    return this.optional(obj, path, key, (v, at) => this.text(v, at));
  }

  optionalUrl(obj: Json, path: string, key: string): string | undefined {
    return this.optional(obj, path, key, (v, at) => this.url(v, at));
  }

  /** Each item of an optional list read by `read`; the items it rejects are left out. */
  items<T>(value: unknown, path: string, read: (item: unknown, at: string) => T | undefined): T[] {
    return this.list(value, path)
      .map((item, i) => read(item, pointer(path, i)))
      .filter((item): item is T => item !== undefined);
  }

  list(value: unknown, path: string): unknown[] {
    if (value === undefined) return [];
    if (Array.isArray(value)) return value;
    this.error(path, `must be a list, not ${describe(value)}`);
    return [];
  }

  /** A moment with its offset, `2026-11-30T14:05:00Z`: epoch ms. */
  instant(value: unknown, path: string): number | undefined {
    const ms = typeof value === 'string' ? instantMs(value) : NaN;
    if (ms >= FIRST_TIME && ms < END_TIME) return ms;
    if (!Number.isNaN(ms)) return this.error(path, `"${value}" ${NEAR_YEAR_ENDS}`);
    return this.error(path, `must be a moment with its offset, like "2026-11-30T14:05:00Z", not ${describe(value)}`);
  }

  id(value: unknown, path: string): string | undefined {
    if (typeof value === 'string' && value.trim() !== '') return value;
    return this.error(
      path,
      value === undefined ? 'is required' : `an id must be a non-empty string, not ${describe(value)}`,
    );
  }

  text(value: unknown, path: string): LocalizedText | undefined {
    if (typeof value === 'string') {
      if (value.trim() === '') return this.error(path, 'text is empty');
      this.htmlCheck(value, path);
      return { [this.defaultLanguage]: value };
    }
    if (value === undefined) return this.error(path, 'is required');
    const obj = this.object(value, path, 'a text (a string, or an object of language tags to strings)');
    if (!obj) return undefined;
    const out: Record<string, string> = {};
    for (const [tag, s] of Object.entries(obj)) {
      const at = pointer(path, tag);
      const canonical = canonicalTag(tag);
      if (!canonical) this.error(at, `"${tag}" is not a language tag such as "en" or "es-MX"`);
      else if (canonical in out) this.warn(at, `the language "${canonical}" is given twice; the first text is used`);
      else if (typeof s !== 'string' || s.trim() === '')
        this.error(at, `must be a non-empty string, not ${describe(s)}`);
      else {
        this.htmlCheck(s, at);
        out[canonical] = s;
      }
    }
    if (Object.keys(out).length === 0) return this.error(path, 'has no text in any language');
    return out;
  }

  private htmlCheck(s: string, path: string): void {
    if (LOOKS_LIKE_HTML.test(s)) this.warn(path, 'looks like HTML; it is shown as plain text, tags and all');
  }

  url(value: unknown, path: string): string | undefined {
    if (typeof value !== 'string') return this.error(path, `a URL must be a string, not ${describe(value)}`);
    return safeUrl(value) ?? this.error(path, `"${value}" is not an absolute https:, http: or mailto: URL`);
  }

  boolean(value: unknown, path: string): boolean | undefined {
    return typeof value === 'boolean' ? value : this.error(path, `must be true or false, not ${describe(value)}`);
  }

  oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T | undefined {
    if (allowed.includes(value as T)) return value as T;
    return this.error(path, `must be one of ${allowed.join(', ')}, not ${describe(value)}`);
  }

  wallTime(value: unknown, path: string, zone: string, needsTime: boolean): WallTime | undefined {
    if (typeof value !== 'string') return this.error(path, `a date must be a string, not ${describe(value)}`);
    const parsed = parseWallTime(value, zone);
    if (!parsed.ok) return this.error(path, parsed.error);
    if (parsed.warning) this.warn(path, parsed.warning);
    if (needsTime && parsed.value.precision !== 'time') {
      return this.error(path, `"${value}" needs a time of day, such as ${value.slice(0, 10)}T09:00`);
    }
    return parsed.value;
  }
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

// A feed repeats the same few language tags thousands of times: remember the answers.
const languageTags = new Map<string, string | null>();
/** The canonical form of a BCP 47 tag (`EN-us` → `en-US`), or null when it is not one. */
function canonicalTag(tag: string): string | null {
  let canonical = languageTags.get(tag);
  if (canonical === undefined) {
    try {
      canonical = Intl.getCanonicalLocales(tag)[0] ?? null;
    } catch {
      canonical = null;
    }
    languageTags.set(tag, canonical);
  }
  return canonical;
}

// Codes Intl names that are not ISO 3166-1 countries: user-assigned (AA, QM–QZ, XA–XZ but Kosovo's
// XK, ZZ), exceptionally reserved (EU, UN, AC…) and withdrawn (SU, YU…).
const NOT_COUNTRIES =
  /^(AA|Q[M-Z]|X[A-JL-Z]|ZZ|EU|EZ|UN|UK|AC|CP|CQ|DG|EA|IC|TA|SU|YU|DD|CS|FX|TP|ZR|BU|NT|AN|DY|HV|NH|RH|VD|YD)$/;
function isCountry(code: string): boolean {
  // `fallback: 'none'` makes unknown regions come back undefined instead of echoed.
  const regionNames = displayNames('en', { type: 'region', fallback: 'none' });
  return /^[A-Z]{2}$/.test(code) && !NOT_COUNTRIES.test(code) && regionNames.of(code) !== undefined;
}

/** Validates and normalizes a parsed feed. Never throws. */
export function validateFeed(input: unknown): ValidationResult {
  const r = new Reader();
  const empty: Feed = { version: 1, defaultLanguage: 'en', series: [], events: [] };
  const root = r.object(input, '', 'the feed');
  if (!root) return { feed: empty, problems: r.problems };
  r.known(root, '', ['$schema', 'version', 'defaultLanguage', 'series', 'events']);

  if (root.version === undefined) r.error('/version', 'is required: this reader expects version 1');
  else if (root.version !== 1)
    r.error('/version', `version ${describe(root.version)} is not supported; read as version 1`);

  const language = typeof root.defaultLanguage === 'string' ? canonicalTag(root.defaultLanguage) : null;
  if (language) {
    r.defaultLanguage = language;
  } else {
    r.error(
      '/defaultLanguage',
      root.defaultLanguage === undefined
        ? 'is required: a language tag such as "en"; English is assumed'
        : `must be a language tag such as "en"; ${describe(root.defaultLanguage)} is not one, so English is assumed`,
    );
  }

  const series = readSeries(r, root.series);
  const seriesIds = new Set(series.map((s) => s.id));
  if (root.events === undefined) r.error('/events', 'is required: a feed lists its events under "events"');
  const events: FeedEvent[] = [];
  r.list(root.events, '/events').forEach((raw, i) => {
    const path = pointer('/events', i);
    const event = readEvent(r, raw, path, seriesIds);
    if (!event) return;
    if (events.some((e) => e.id === event.id)) {
      r.error(pointer(path, 'id'), `the id "${event.id}" is used by an earlier event; this one is left out`);
    } else events.push(event);
  });
  return {
    feed: { version: 1, defaultLanguage: r.defaultLanguage, series, events },
    problems: r.problems,
  };
}

function readSeries(r: Reader, value: unknown): Series[] {
  const out: Series[] = [];
  r.list(value, '/series').forEach((raw, i) => {
    const path = pointer('/series', i);
    const obj = r.object(raw, path, 'a series');
    if (!obj) return;
    r.known(obj, path, ['id', 'name', 'description', 'url']);
    const id = r.id(obj.id, pointer(path, 'id'));
    const name = r.text(obj.name, pointer(path, 'name'));
    const description = r.optionalText(obj, path, 'description');
    const url = r.optionalUrl(obj, path, 'url');
    if (id === undefined || name === undefined) return;
    if (out.some((s) => s.id === id)) {
      r.error(pointer(path, 'id'), `the id "${id}" is used by an earlier series; this one is left out`);
      return;
    }
    out.push({ id, name, description, url });
  });
  return out;
}

/** An RFC 3339 moment: date, time and offset (`Z` or `±hh:mm`). */
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(?:Z|([+-])(\d{2}):(\d{2}))$/;

/**
 * An RFC 3339 moment in epoch ms, NaN when it names no real time. Not `Date.parse`: V8 reads
 * 2019-02-30 as 2 March where other engines see no date.
 */
function instantMs(text: string): number {
  const m = INSTANT.exec(text);
  if (!m) return NaN;
  const [year, month, day, hour, minute, second = 0, oh = 0, om = 0] = [1, 2, 3, 4, 5, 6, 9, 10].map((i) =>
    m[i] === undefined ? undefined : Number(m[i]),
  ) as number[];
  if (oh > 23 || om > 59) return NaN;
  const offset = (m[8] === '-' ? -1 : 1) * (oh * 60 + om);
  const ms = Number((m[7] ?? '').padEnd(3, '0').slice(0, 3));
  return utcMs({ year, month, day, hour, minute, second }) + ms - offset * 60_000;
}

const EVENT_KEYS = [
  'id',
  'name',
  'series',
  'description',
  'timeZone',
  'start',
  'end',
  'status',
  'attendance',
  'location',
  'organizers',
  'url',
  'sessions',
  'objectives',
  'tags',
  'rooms',
  'updated',
] as const;

function readEvent(r: Reader, raw: unknown, path: string, seriesIds: Set<string>): FeedEvent | undefined {
  const obj = r.object(raw, path, 'an event');
  if (!obj) return undefined;
  r.known(obj, path, EVENT_KEYS);
  const at = (key: string) => pointer(path, key);
  const opt = <T>(key: string, read: (v: unknown, p: string) => T | undefined) => r.optional(obj, path, key, read);

  const id = r.id(obj.id, at('id'));
  const name = r.text(obj.name, at('name'));
  let timeZone: string | undefined;
  if (typeof obj.timeZone !== 'string')
    r.error(
      at('timeZone'),
      `is required: an IANA time zone name such as "America/Mexico_City"${obj.timeZone === undefined ? '' : `, not ${describe(obj.timeZone)}`}`,
    );
  else if (OFFSET_ZONE.test(obj.timeZone))
    r.error(at('timeZone'), `"${obj.timeZone}" is an offset, not an IANA time zone name such as "Asia/Kolkata"`);
  else if (!isValidZone(obj.timeZone))
    r.error(at('timeZone'), `"${obj.timeZone}" is not an IANA time zone name such as "America/Mexico_City"`);
  else timeZone = canonicalZone(obj.timeZone);
  // With no usable zone the event is left out, but its dates are still checked (against UTC) so
  // that every other problem is reported in one pass.
  const zone = timeZone ?? 'UTC';
  const start =
    obj.start === undefined
      ? r.error(at('start'), 'is required: when the event starts, e.g. 2019-12-09T12:30, 2019-12 or 2020')
      : r.wallTime(obj.start, at('start'), zone, false);

  let end = opt('end', (v, p) => r.wallTime(v, p, zone, false));
  // A day-precision end of 9 December runs until the 10th begins, yet ends before an event that
  // starts on the 10th: a partial end must end strictly after the start begins.
  if (start && end && (end.precision === 'time' ? endMs(end) < startMs(start) : endMs(end) <= startMs(start))) {
    end = r.error(at('end'), 'ends before it starts; the end is left out');
  }
  const seriesRef = opt('series', (v, p) => {
    if (typeof v === 'string' && seriesIds.has(v)) return v;
    return r.error(p, `${describe(v)} names no series in this feed's "series" list`);
  });
  const status = opt('status', (v, p) => r.oneOf(v, p, STATUSES)) ?? 'scheduled';
  const attendance = opt('attendance', (v, p) => r.oneOf(v, p, ATTENDANCES));
  const location = opt('location', (v, p) => readLocation(r, v, p));
  const description = r.optionalText(obj, path, 'description');
  const url = r.optionalUrl(obj, path, 'url');
  const updated = opt('updated', (v, p) => r.instant(v, p));
  const organizers = r.items(obj.organizers, at('organizers'), (o, p) => readOrganizer(r, o, p));
  const tags = r.items(obj.tags, at('tags'), (t, p) => r.text(t, p));
  const rooms = r.items(obj.rooms, at('rooms'), (t, p) => r.text(t, p));
  const objectives = r.items(obj.objectives, at('objectives'), (o, p) => readObjective(r, o, p));
  const bounds = { start: start ? startMs(start) : -Infinity, end: end ? endMs(end) : Infinity };
  const sessions = readSessions(r, obj.sessions, at('sessions'), zone, bounds);

  if (id === undefined || name === undefined || timeZone === undefined || start === undefined) {
    r.error(path, 'this event is left out: it needs a valid id, name, timeZone and start');
    return undefined;
  }
  return {
    id,
    name,
    series: seriesRef,
    description,
    timeZone,
    start,
    end,
    status,
    attendance,
    location,
    organizers,
    url,
    sessions,
    objectives,
    tags,
    ...(rooms.length ? { rooms } : {}),
    updated,
  };
}

function readLocation(r: Reader, value: unknown, path: string): Location | undefined {
  const obj = r.object(value, path, 'a location');
  if (!obj) return undefined;
  r.known(obj, path, ['name', 'address', 'locality', 'country', 'geo', 'confirmed']);
  const at = (key: string) => pointer(path, key);
  const text = (key: string) => r.optionalText(obj, path, key);
  let country: string | undefined;
  if (obj.country !== undefined) {
    if (typeof obj.country === 'string' && isCountry(obj.country)) country = obj.country;
    else r.error(at('country'), `${describe(obj.country)} is not an ISO 3166-1 alpha-2 country code such as "MX"`);
  }
  const confirmed = r.optional(obj, path, 'confirmed', (v, p) => r.boolean(v, p)) ?? true;
  return {
    name: text('name'),
    address: text('address'),
    locality: text('locality'),
    country,
    geo: r.optional(obj, path, 'geo', (v, p) => readGeo(r, v, p)),
    confirmed,
  };
}

function readGeo(r: Reader, value: unknown, path: string): Location['geo'] {
  const obj = r.object(value, path, 'a position');
  if (!obj) return undefined;
  r.known(obj, path, ['lat', 'lon']);
  const inRange = (v: unknown, limit: number) => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= limit;
  const what = (v: unknown, name: string, limit: number) =>
    `${v === undefined ? 'is required: ' : ''}${name} must be a number from -${limit} to ${limit}${v === undefined ? '' : `, not ${describe(v)}`}`;
  if (!inRange(obj.lat, 90)) return r.error(pointer(path, 'lat'), what(obj.lat, 'latitude', 90));
  if (!inRange(obj.lon, 180)) return r.error(pointer(path, 'lon'), what(obj.lon, 'longitude', 180));
  return { lat: obj.lat as number, lon: obj.lon as number };
}

function readOrganizer(r: Reader, value: unknown, path: string): Organizer | undefined {
  const obj = r.object(value, path, 'an organizer');
  if (!obj) return undefined;
  r.known(obj, path, ['name', 'url']);
  const name = r.text(obj.name, pointer(path, 'name'));
  const url = r.optionalUrl(obj, path, 'url');
  return name && { name, url };
}

function readSpeaker(r: Reader, value: unknown, path: string): Speaker | undefined {
  const obj = r.object(value, path, 'a speaker');
  if (!obj) return undefined;
  r.known(obj, path, ['name', 'affiliation']);
  const name = r.text(obj.name, pointer(path, 'name'));
  const affiliation = r.optionalText(obj, path, 'affiliation');
  return name && { name, affiliation };
}

function readObjective(r: Reader, value: unknown, path: string): Objective | undefined {
  const obj = r.object(value, path, 'an objective');
  if (!obj) return undefined;
  r.known(obj, path, ['text', 'sdgs']);
  const text = r.text(obj.text, pointer(path, 'text'));
  const sdgs: number[] = [];
  r.list(obj.sdgs, pointer(path, 'sdgs')).forEach((n, i) => {
    const at = pointer(pointer(path, 'sdgs'), i);
    if (!Number.isInteger(n) || (n as number) < 1 || (n as number) > 17) {
      r.error(at, `${describe(n)} is not a Sustainable Development Goal: goals are numbered 1 to 17`);
    } else if (sdgs.includes(n as number)) r.warn(at, `goal ${n} is listed twice`);
    else sdgs.push(n as number);
  });
  return text && { text, sdgs };
}

const SESSION_KEYS = [
  'id',
  'title',
  'start',
  'end',
  'description',
  'location',
  'track',
  'speakers',
  'languages',
  'url',
  'status',
  'plenary',
  'updated',
];
const SESSION_STATUSES: readonly SessionStatus[] = ['scheduled', 'cancelled', 'moved-online', 'rescheduled'];

/** An offset where a zone name belongs, for its own message (`isValidZone` takes IANA names only). */
const OFFSET_ZONE = /^(?:UTC|GMT)?\s*[+\u2212-]\d/i;

/** The standard spelling of a zone name: `america/new_york` → `America/New_York`. */
function canonicalZone(zone: string): string {
  // Only the letter case is taken from the engine: V8 also turns current names into old ones
  // (Europe/Kyiv → Europe/Kiev), which would then be shown to people.
  const resolved = dateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  return resolved.toLowerCase() === zone.toLowerCase() ? resolved : zone;
}

function readSessions(
  r: Reader,
  value: unknown,
  path: string,
  zone: string,
  event: { start: number; end: number },
): Session[] {
  const kept: { session: Session; path: string; start: number; end: number }[] = [];
  // A set, not a search of the sessions kept: thousands of sessions are checked in linear time.
  const ids = new Set<string>();
  r.list(value, path).forEach((raw, i) => {
    const at = pointer(path, i);
    // Read ahead, in slices (validate-ahead.ts), when the feed is large: the same reading, taken over.
    const ahead = readAhead.get(raw as object);
    let session: Session | undefined;
    if (ahead?.key === `${at} ${zone} ${r.defaultLanguage}`) {
      r.problems.push(...ahead.problems);
      session = ahead.session;
    } else session = readSession(r, raw, at, zone);
    if (!session) return;
    if (ids.has(session.id)) {
      r.error(
        pointer(at, 'id'),
        `the id "${session.id}" is used by an earlier session of this event; this one is left out`,
      );
    } else {
      ids.add(session.id);
      kept.push({ session, path: at, start: startMs(session.start), end: endMs(session.end) });
    }
  });
  kept.sort((a, b) => a.start - b.start);
  for (const k of kept) {
    if (k.start < event.start) r.warn(pointer(k.path, 'start'), 'starts before the event starts');
    if (k.end > event.end) r.warn(pointer(k.path, 'end'), 'ends after the event ends');
  }
  warnOverlaps(r, kept);
  return kept.map((k) => k.session);
}

/** Sessions read ahead of `validateFeed` by `readSessionAhead`, by their JSON object. */
const readAhead = new WeakMap<object, { key: string; session?: Session; problems: FeedProblem[] }>();

/**
 * Reads the session `raw` at `path` as `validateFeed` will in an event in `zone` of a feed in
 * `language`, and keeps the answer for it: validate-ahead.ts reads thousands of sessions this way
 * in tasks of their own, so that no task reads them all.
 */
export function readSessionAhead(raw: unknown, path: string, zone: string, language: string): void {
  if (typeof raw !== 'object' || raw === null) return;
  const r = new Reader();
  r.defaultLanguage = language;
  const session = readSession(r, raw, path, zone);
  readAhead.set(raw, { key: `${path} ${zone} ${language}`, session, problems: r.problems });
}

function readSession(r: Reader, value: unknown, path: string, zone: string): Session | undefined {
  const obj = r.object(value, path, 'a session');
  if (!obj) return undefined;
  r.known(obj, path, SESSION_KEYS);
  const at = (key: string) => pointer(path, key);
  const text = (key: string) => r.optionalText(obj, path, key);
  const id = r.id(obj.id, at('id'));
  const title = r.text(obj.title, at('title'));
  const start =
    obj.start === undefined ? r.error(at('start'), 'is required') : r.wallTime(obj.start, at('start'), zone, true);
  const end = obj.end === undefined ? r.error(at('end'), 'is required') : r.wallTime(obj.end, at('end'), zone, true);
  const speakers = r.items(obj.speakers, at('speakers'), (v, p) => readSpeaker(r, v, p));
  const languages = r.items(obj.languages, at('languages'), (v, p) => readLanguage(r, v, p));
  const url = r.optionalUrl(obj, path, 'url');
  const status =
    obj.status === undefined ? 'scheduled' : (r.oneOf(obj.status, at('status'), SESSION_STATUSES) ?? 'scheduled');
  const session = {
    description: text('description'),
    location: text('location'),
    track: text('track'),
    speakers,
    languages: [...new Set(languages)],
    url,
    status,
    updated: r.optional(obj, path, 'updated', (v, p) => r.instant(v, p)),
    ...(r.optional(obj, path, 'plenary', (v, p) => r.boolean(v, p)) ? { plenary: true as const } : {}),
  };
  if (id === undefined || title === undefined || start === undefined || end === undefined) {
    r.error(path, 'this session is left out: it needs a valid id, title, start and end');
    return undefined;
  }
  const hours = (endMs(end) - startMs(start)) / 3_600_000;
  if (hours < 0) {
    r.error(at('end'), 'ends before it starts; this session is left out');
    return undefined;
  }
  if (hours > LONG_SESSION_HOURS) {
    r.warn(
      at('end'),
      `this session lasts ${Math.round(hours * 10) / 10} hours; check a.m. and p.m. (12:30 a.m. is just after midnight)`,
    );
  }
  return { id, title, start, end, ...session };
}

/** A spoken language of a session: a BCP 47 tag, kept in its canonical spelling (`pt-br` → `pt-BR`). */
function readLanguage(r: Reader, value: unknown, path: string): string | undefined {
  if (typeof value !== 'string')
    return r.error(path, `a language must be a BCP 47 tag such as "es", not ${describe(value)}`);
  return canonicalTag(value) ?? r.error(path, `"${value}" is not a BCP 47 language tag such as "es" or "pt-BR"`);
}

/** Sessions without a track count as one track. `kept` is in start order. */
function warnOverlaps(r: Reader, kept: { session: Session; path: string; start: number; end: number }[]): void {
  // Sessions in parallel are normal at a forum; two at once in one room are a clash. Sessions
  // without a room are compared by track, as before rooms were known.
  const rooms = trackIds(kept.map((k) => k.session.location));
  const tracks = trackIds(kept.map((k) => k.session.track));
  const lastEnd = new Map<string, { end: number; id: string }>();
  for (const [i, { session, path, start, end }] of kept.entries()) {
    const key = session.location ? `room ${rooms[i]}` : `track ${tracks[i]}`;
    const previous = lastEnd.get(key);
    if (previous && start < previous.end) {
      r.warn(
        pointer(path, 'start'),
        `overlaps session "${previous.id}" in the same ${session.location ? 'room' : 'track'}`,
      );
    }
    if (!previous || end > previous.end) lastEnd.set(key, { end, id: session.id });
  }
}
