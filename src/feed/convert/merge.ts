import type { EventJson, FeedJson, LocalizedTextJson } from '../types.js';

/**
 * `--merge`: the existing feed with the imported events added, or put in place of the events with
 * the same ids; its series, its other events and its default language are kept, and so is what an
 * import leaves unsaid of an event it replaces (its description, place, objectives: keys the import
 * does not write). With `language` (the import's `--lang`), plain-string texts of the import are
 * filed under it; without, they are taken to be in the existing feed's language. With `keepName`,
 * an event put in place of another keeps the other's name (the import's was only a stand-in).
 */
export function mergeFeeds(
  existing: FeedJson,
  imported: FeedJson,
  { keepName = false, language }: { keepName?: boolean; language?: string } = {},
): { feed: FeedJson; replaced: string[]; added: string[] } {
  const events = [...(existing.events ?? [])];
  const replaced: string[] = [];
  const added: string[] = [];
  const wrap = language !== undefined && language !== existing.defaultLanguage;
  for (const raw of imported.events) {
    const event = defined(wrap ? inLanguage(raw, language) : raw);
    const at = events.findIndex((e) => e && typeof e === 'object' && e.id === event.id);
    if (at >= 0) {
      events[at] = { ...events[at], ...event, ...(keepName && { name: events[at].name }) };
      replaced.push(event.id);
    } else {
      events.push(event);
      added.push(event.id);
    }
  }
  return { feed: { ...existing, events }, replaced, added };
}

/** The event without keys whose value is undefined, which would erase the existing event's. */
const defined = (event: EventJson): EventJson =>
  Object.fromEntries(Object.entries(event).filter(([, v]) => v !== undefined)) as unknown as EventJson;

const text = (value: LocalizedTextJson | undefined, language: string): LocalizedTextJson | undefined =>
  typeof value === 'string' ? { [language]: value } : value;

function inLanguage(event: EventJson, language: string): EventJson {
  const out: EventJson = { ...event, name: text(event.name, language)! };
  if (event.description !== undefined) out.description = text(event.description, language);
  if (event.sessions) {
    out.sessions = event.sessions.map((s) => ({
      ...s,
      title: text(s.title, language)!,
      ...(s.description !== undefined && { description: text(s.description, language) }),
      ...(s.location !== undefined && { location: text(s.location, language) }),
      ...(s.track !== undefined && { track: text(s.track, language) }),
      ...(s.speakers && {
        speakers: s.speakers.map((p) => ({
          name: text(p.name, language)!,
          ...(p.affiliation !== undefined && { affiliation: text(p.affiliation, language) }),
        })),
      }),
    }));
  }
  return out;
}
