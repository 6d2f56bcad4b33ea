/**
 * Sessionize's JSON read into one list of sessions with their speakers, room, track and languages
 * resolved. Two views are read: "All Data" (`/api/v2/{id}/view/All`: sessions refer by id to
 * top-level speakers, rooms and categories) and "Sessions" (`/view/Sessions`: groups of sessions
 * with speakers, room and categories written into each). Other views carry too little.
 */
import { isObject, list, optional, text, type Json } from './json-values.js';
import { foldName, languageTags } from './language-names.js';
import type { ProblemList } from './problems.js';

/** A string trimmed (undefined when empty), or a number as Sessionize writes ids: `"100003"` or `100003`. */

export interface SourceSpeaker {
  readonly name: string;
  readonly tagLine?: string;
}

/** One session of the source, its references resolved. */
export interface SourceSession {
  /** JSON Pointer of the session in the source: `/sessions/3`, or `/0/sessions/3` in the Sessions view. */
  readonly at: string;
  readonly raw: Json;
  readonly speakers: SourceSpeaker[];
  readonly room?: string;
  readonly track?: string;
  readonly languages: string[];
}

/** What a category item means to the feed: a track, the session's language(s), or nothing. */
interface Item {
  readonly name: string;
  readonly sort: number;
  readonly kind?: 'track' | 'language';
  /** For a language item: its tags, or undefined when its name is no language we know. */
  readonly tags?: string[];
}

// Category titles organizers give their tracks and languages, in the feed's five languages.
const fold = (names: string[]) => new Set(names.map(foldName));
const TRACK_TITLES = fold([
  'Track', 'Tracks', 'Tema', 'Temas', 'Eje', 'Ejes', 'Eje temático', 'Línea temática',
  'Parcours', 'Thématique', 'Trilha', 'Trilhas', 'Trilha temática', '트랙',
]); // prettier-ignore
const LANGUAGE_TITLES = fold([
  'Language', 'Languages', 'Session language', 'Idioma', 'Idiomas', 'Idioma de la sesión', 'Idioma da sessão',
  'Langue', 'Langues', 'Langue de la session', 'Língua', 'Línguas', '언어', '발표 언어', '세션 언어',
]); // prettier-ignore

function kindOf(title: string | undefined): Item['kind'] {
  const key = foldName(title ?? '');
  return TRACK_TITLES.has(key) ? 'track' : LANGUAGE_TITLES.has(key) ? 'language' : undefined;
}

const ALL_DATA = 'use the "All Data" view of Sessionize\'s API (https://sessionize.com/api/v2/YOUR-ID/view/All)';

/** The sessions of either view, or undefined (with an error) when the JSON is neither. */
export function readSessionize(json: unknown, p: ProblemList): SourceSession[] | undefined {
  if (isObject(json)) {
    if (Array.isArray(json.sessions)) return readAllData(json, p);
    return p.error('', `this JSON has no "sessions" list, so it is not Sessionize's "All Data"; ${ALL_DATA}`);
  }
  if (Array.isArray(json)) {
    const first: unknown = json[0];
    if (json.every((g) => isObject(g) && Array.isArray(g.sessions))) return readGroups(json as Json[], p);
    if (isObject(first) && ('timeSlots' in first || 'rooms' in first))
      return p.error('', `this is Sessionize's schedule grid view, which the importer does not read; ${ALL_DATA}`);
    if (isObject(first) && ('fullName' in first || 'firstName' in first))
      return p.error('', `this is Sessionize's speakers view, which has no schedule; ${ALL_DATA}`);
  }
  return p.error('', `this JSON is not one of Sessionize's views the importer reads; ${ALL_DATA}`);
}

function readAllData(json: Json, p: ProblemList): SourceSession[] {
  const speakers = new Map<string, SourceSpeaker>();
  list(json.speakers).forEach((s, i) => {
    const id = isObject(s) ? text(s.id) : undefined;
    if (!isObject(s) || !id) return p.warn(`/speakers/${i}`, 'this speaker has no id; no session can name them');
    const name = text(s.fullName) ?? ([text(s.firstName), text(s.lastName)].filter(Boolean).join(' ') || undefined);
    if (!name) return p.warn(`/speakers/${i}`, 'this speaker has no name; they are left out of their sessions');
    speakers.set(id, { name, ...optional('tagLine', text(s.tagLine)) });
  });
  const rooms = new Map<string, string>();
  for (const r of list(json.rooms)) {
    const id = isObject(r) ? text(r.id) : undefined;
    const name = isObject(r) ? text(r.name) : undefined;
    if (id && name) rooms.set(id, name);
  }
  const items = new Map<string, Item>();
  list(json.categories).forEach((c, k) => {
    if (!isObject(c)) return;
    const kind = kindOf(text(c.title));
    list(c.items).forEach((item, j) => {
      if (!isObject(item)) return;
      const [id, name] = [text(item.id), text(item.name)];
      const sort = typeof item.sort === 'number' ? item.sort : j;
      if (id && name) items.set(id, itemOf(name, kind, sort, `/categories/${k}/items/${j}`, p));
    });
  });
  if (![...items.values()].some((i) => i.kind === 'track')) noTrackCategory(json.categories, p);

  return list(json.sessions).flatMap((raw, i): SourceSession[] => {
    const at = `/sessions/${i}`;
    if (!isObject(raw)) {
      p.error(at, 'this session is not an object; it is left out');
      return [];
    }
    const sessionSpeakers: SourceSpeaker[] = [];
    list(raw.speakers).forEach((ref, j) => {
      const speaker = speakers.get(text(ref) ?? '');
      if (speaker) sessionSpeakers.push(speaker);
      else
        p.warn(`${at}/speakers/${j}`, `no speaker has the id "${text(ref) ?? ''}"; the session is kept without them`);
    });
    const sessionItems: Item[] = [];
    list(raw.categoryItems).forEach((ref, j) => {
      const item = items.get(text(ref) ?? '');
      if (item) sessionItems.push(item);
      else p.warn(`${at}/categoryItems/${j}`, `no category item has the id "${text(ref) ?? ''}"; it is ignored`);
    });
    const roomId = text(raw.roomId);
    const room = roomId ? rooms.get(roomId) : undefined;
    if (roomId && !room) p.warn(`${at}/roomId`, `no room has the id ${roomId}; the session is kept without a room`);
    return [
      {
        at,
        raw,
        speakers: sessionSpeakers,
        ...optional('room', room),
        ...classified(sessionItems, `${at}/categoryItems`, p),
      },
    ];
  });
}

/** The Sessions view: groups (by day or by track) holding sessions; a session in two groups is read once. */
function readGroups(groups: Json[], p: ProblemList): SourceSession[] {
  const seen = new Set<string>();
  const items = new Map<string, Item>();
  const out: SourceSession[] = [];
  groups.forEach((group, g) =>
    list(group.sessions).forEach((raw, i) => {
      const at = `/${g}/sessions/${i}`;
      if (!isObject(raw)) return p.error(at, 'this session is not an object; it is left out');
      const id = text(raw.id);
      if (id && seen.has(id)) return;
      if (id) seen.add(id);
      const speakers = list(raw.speakers).flatMap((s) => {
        const name = isObject(s) ? text(s.name) : text(s);
        return name ? [{ name }] : [];
      });
      const sessionItems: Item[] = [];
      list(raw.categories).forEach((c, k) => {
        if (!isObject(c)) return;
        const kind = kindOf(text(c.name) ?? text(c.title));
        list(c.categoryItems ?? c.items).forEach((item, j) => {
          const itemId = isObject(item) ? text(item.id) : undefined;
          const name = isObject(item) ? text(item.name) : undefined;
          if (!name) return;
          const known = itemId ? items.get(itemId) : undefined;
          const read = known ?? itemOf(name, kind, j, `${at}/categories/${k}/categoryItems/${j}`, p);
          if (itemId) items.set(itemId, read);
          sessionItems.push(read);
        });
      });
      out.push({
        at,
        raw,
        speakers,
        ...optional('room', text(raw.room)),
        ...classified(sessionItems, `${at}/categories`, p),
      });
    }),
  );
  return out;
}

function itemOf(name: string, kind: Item['kind'], sort: number, at: string, p: ProblemList): Item {
  if (kind !== 'language') return { name, sort, kind };
  const tags = languageTags(name);
  if (!tags)
    p.warn(at, `"${name}" is not a language name or tag the importer knows (such as English or es); it is ignored`);
  return { name, sort, kind, tags };
}

/** The session's track (the first by the category's order; a second is reported) and languages. */
function classified(items: Item[], at: string, p: ProblemList): { track?: string; languages: string[] } {
  const tracks = items.filter((i) => i.kind === 'track').sort((a, b) => a.sort - b.sort);
  if (tracks.length > 1) {
    const names = tracks.map((t) => `"${t.name}"`).join(', ');
    p.warn(
      at,
      `the session is in ${tracks.length} tracks (${names}); a feed session has one, so it is in "${tracks[0].name}"`,
    );
  }
  const languages = [...new Set(items.flatMap((i) => i.tags ?? []))];
  return { ...optional('track', tracks[0]?.name), languages };
}

function noTrackCategory(categories: unknown, p: ProblemList): void {
  const titles = list(categories)
    .map((c) => (isObject(c) ? text(c.title) : undefined))
    .filter((t): t is string => !!t);
  if (!titles.length) return;
  const found = titles.map((t) => `"${t}"`).join(', ');
  p.warn('/categories', `no category is named "Track", so the sessions have no track (categories: ${found})`);
}
