/**
 * Sessionize's JSON (the API's "All Data" view, or its "Sessions" view) as one minga event. Its
 * times are wall times without a zone (`2026-03-28T09:30:00`), so the event's zone must be given;
 * it names no event either, so the event's name must be given too. See docs/importing.md.
 */
import { parseWallTime, startMs } from '../../time/wall-time.js';
import type { EventJson, SessionJson } from '../types.js';
import { chooseZone, feedOf, IdSet, instantOf, localText, sessionSpan, slugId, wallTimeText } from './feed-json.js';
import { richToText } from './html-text.js';
import { jsonErrorPlace, optional, text } from './json-values.js';
import { ProblemList } from './problems.js';
import { readSessionize, type SourceSession } from './sessionize-source.js';
import type { Conversion, Converter } from './types.js';

const SESSIONIZE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?$/;

export const sessionizeToFeed: Converter = (source, options) => {
  const p = new ProblemList();
  const places = new Map<string, string>();
  const done = (event?: EventJson, language = 'en'): Conversion => ({
    feed: event ? feedOf([event], language) : undefined,
    problems: p.problems,
    places,
  });
  const zoneChoice = options.timeZone
    ? chooseZone(undefined, options.timeZone)
    : {
        error:
          "Sessionize's times carry no time zone: give the event's with --time-zone, e.g. --time-zone Europe/Lisbon",
      };
  if ('error' in zoneChoice) p.error('', zoneChoice.error);
  const name = options.name?.trim();
  if (!name)
    p.error('', "Sessionize's data names no event: give the event's name with --name (and its id with --event)");
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    p.error(jsonErrorPlace(source, message), `this is not JSON: ${message}`);
    return done();
  }
  if ('error' in zoneChoice || !name) return done();
  const zone = zoneChoice.zone;
  const read = readSessionize(json, p);
  if (!read) return done();

  // When every session that states a language states the same one, the texts are in it.
  const stated = new Set(read.flatMap((s) => s.languages));
  const language = options.language ?? (stated.size === 1 ? [...stated][0] : undefined);
  const ids = new IdSet();
  const sessions: SessionJson[] = [];
  const unnamed: SessionJson[] = [];
  for (const s of read) {
    const session = sessionOf(s, zone, language, p);
    if (!session) continue;
    // Sessionize's ids are stable (numbers for talks, GUIDs for service sessions): kept as they are.
    if (session.id) ids.take(session.id);
    else unnamed.push(session);
    places.set(`/events/0/sessions/${sessions.length}`, s.at);
    sessions.push(session);
  }
  // Made-up ids are given out in the order of the sessions' starts (ties by title), so that a
  // source listing its sessions in another order gives them the same ids.
  const key = (s: SessionJson) => ({
    s,
    start: instantOf(s.start, zone),
    end: instantOf(s.end, zone),
    title: plainTitle(s),
  });
  const ordered = unnamed
    .map(key)
    .sort((a, b) => a.start - b.start || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0) || a.end - b.end);
  for (const { s, title } of ordered) s.id = ids.unique(slugId(title));

  const span = sessionSpan(sessions, zone);
  if (!span) {
    p.error('/sessions', 'no session has a time the importer can read, so the event has no dates');
    return done();
  }
  places.set('/events/0', '');
  const event: EventJson = {
    id: options.eventId?.trim() || slugId(name, 'event'),
    name: localText(name, language) ?? name,
    timeZone: zone,
    start: span.start,
    end: span.end,
    sessions,
  };
  return done(event, language ?? 'en');
};

/** The feed session, or undefined when it is left out (with the reason in `p`). Its id is empty when the source has none. */
function sessionOf(
  s: SourceSession,
  zone: string,
  language: string | undefined,
  p: ProblemList,
): SessionJson | undefined {
  const { raw, at } = s;
  const title = richToText(text(raw.title) ?? '');
  const which = title ? `session "${title}"` : 'this session';
  const status = text(raw.status);
  if (status && status.toLowerCase() !== 'accepted') {
    p.warn(`${at}/status`, `${which} is "${status}", not accepted; it is left out`);
    return undefined;
  }
  if (raw.startsAt === null || raw.startsAt === undefined || raw.startsAt === '') {
    p.warn(`${at}/startsAt`, `${which} is not scheduled yet (it has no startsAt); it is left out`);
    return undefined;
  }
  const start = readTime(raw.startsAt, zone);
  if ('error' in start) return p.error(`${at}/startsAt`, `${which}: ${start.error}; it is left out`);
  if (start.warning) p.warn(`${at}/startsAt`, `${which}: ${start.warning}`);
  if (raw.endsAt === null || raw.endsAt === undefined || raw.endsAt === '') {
    return p.error(`${at}/endsAt`, `${which} has a start but no end (endsAt); it is left out`);
  }
  const end = readTime(raw.endsAt, zone);
  if ('error' in end) return p.error(`${at}/endsAt`, `${which}: ${end.error}; it is left out`);
  if (end.warning) p.warn(`${at}/endsAt`, `${which}: ${end.warning}`);
  if (end.ms < start.ms) {
    return p.error(`${at}/endsAt`, `${which} ends (${String(raw.endsAt)}) before it starts; it is left out`);
  }
  if (!title) return p.error(`${at}/title`, 'this session has no title; it is left out');

  const speakers = s.speakers.map((speaker) => ({
    name: localText(speaker.name, language) ?? speaker.name,
    // The tag line is what Sessionize shows beside a speaker's name, as the widgets show an affiliation.
    ...optional('affiliation', localText(speaker.tagLine, language)),
  }));
  return {
    id: text(raw.id) ?? '',
    title: localText(title, language) ?? title,
    start: wallTimeText(start.ms, zone),
    end: wallTimeText(end.ms, zone),
    ...optional('description', localText(richToText(text(raw.description) ?? ''), language)),
    ...optional('location', localText(s.room, language)),
    ...optional('track', localText(s.track, language)),
    ...optional('speakers', speakers.length ? speakers : undefined),
    ...optional('languages', s.languages.length ? s.languages : undefined),
  };
}

/**
 * A Sessionize time as an instant: a wall time in `zone` (an offset, which Sessionize does not
 * write, is honoured). A wall time the clocks skip is an error: no instant is invented for it.
 */
function readTime(value: unknown, zone: string): { ms: number; warning?: string } | { error: string } {
  const written = typeof value === 'string' ? value.trim() : '';
  if (!SESSIONIZE_TIME.test(written)) {
    return { error: `${JSON.stringify(value)} is not a date and time such as 2026-03-28T09:30:00` };
  }
  const parsed = parseWallTime(written, zone);
  return parsed.ok ? { ms: startMs(parsed.value), warning: parsed.warning } : { error: parsed.error };
}

function plainTitle(session: SessionJson): string {
  return typeof session.title === 'string' ? session.title : (Object.values(session.title)[0] ?? '');
}
