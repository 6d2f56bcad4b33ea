/**
 * frab's schedule.xml (the older form of the format, still what Giggity and EventFahrplan read) in
 * the shape of schedule.json, so that one reader (frab.ts) serves both, plus the line of each
 * `<conference>`, `<day>` and `<event>` so that problems name the line a person can find.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { pointer } from '../validate.js';
import { isObject, type Json } from './json-values.js';

export type FrabXml =
  | { readonly json: Json; readonly place: (pointer: string) => string }
  | { readonly error: string; readonly line?: number };

const LISTS = new Set([
  'schedule.day',
  'schedule.day.room',
  'schedule.day.room.event',
  'schedule.day.room.event.persons.person',
  'schedule.day.room.event.links.link',
  'schedule.day.room.event.attachments.attachment',
  'schedule.conference.track',
]);

/** The elements of a name: the parser gives one element alone, not as a list of one (unlike json-values' list). */
const elements = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === '' ? [] : [v]);
/** An element's text: the string itself, or `#text` of an element that has attributes too. */
const textOf = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : isObject(v) && typeof v['#text'] === 'string' ? v['#text'] : undefined;

export function frabXmlToJson(xml: string): FrabXml {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return { error: `the XML cannot be read: ${valid.err.msg}`, line: valid.err.line };
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    textNodeName: '#text',
    parseTagValue: false,
    parseAttributeValue: false,
    isArray: (_name, jPath) => LISTS.has(String(jPath)),
  });
  const doc: unknown = parser.parse(xml);
  if (!isObject(doc) || !('schedule' in doc))
    return { error: 'this XML is not a frab schedule: it has no <schedule> element' };
  // An empty `<schedule/>` or `<conference/>` is parsed as a string: read it as an element without children.
  const schedule = isObject(doc.schedule) ? doc.schedule : {};
  const conf = isObject(schedule.conference) ? schedule.conference : {};
  const lines = new Map<string, number>();
  const tags = tagLines(xml);
  const confAt = '/schedule/conference';
  if (tags.schedule[0]) lines.set('/schedule', tags.schedule[0]);
  if (tags.conference[0]) lines.set(confAt, tags.conference[0]);
  let eventIndex = 0;
  const days = elements(schedule.day).map((day, d) => {
    const dayAt = pointer(pointer(confAt, 'days'), d);
    if (tags.day[d]) lines.set(dayAt, tags.day[d]);
    const a = isObject(day) ? day : {};
    const rooms: Record<string, Json[]> = {};
    for (const room of elements(a.room)) {
      const name = (isObject(room) && typeof room['@name'] === 'string' ? room['@name'] : '') || '';
      const talks = (rooms[name] ??= []);
      for (const event of elements(isObject(room) ? room.event : undefined)) {
        const line = tags.event[eventIndex++];
        if (line) lines.set(pointer(pointer(pointer(dayAt, 'rooms'), name), talks.length), line);
        talks.push(talkOf(isObject(event) ? event : {}));
      }
    }
    return { index: num(a['@index']), date: a['@date'], day_start: a['@start'], day_end: a['@end'], rooms };
  });
  const json: Json = {
    ...(isObject(schedule.generator) ? { generator: { name: schedule.generator['@name'] } } : {}),
    schedule: {
      version: textOf(schedule.version),
      url: textOf(schedule.url),
      base_url: textOf(conf.base_url),
      // Without <conference>, frab.ts says it is missing, at the line of <schedule>.
      conference: !('conference' in schedule)
        ? undefined
        : {
            acronym: textOf(conf.acronym),
            title: textOf(conf.title),
            description: textOf(conf.description),
            start: textOf(conf.start),
            end: textOf(conf.end),
            daysCount: num(textOf(conf.days)),
            timeslot_duration: textOf(conf.timeslot_duration),
            time_zone_name: textOf(conf.time_zone_name),
            url: textOf(conf.url),
            tracks: elements(conf.track).map((t) => ({ name: isObject(t) ? t['@name'] : textOf(t) })),
            days,
          },
    },
  };
  // The place of a pointer: the line of the nearest element recorded at or above it.
  const place = (pointer: string): string => {
    for (let at = pointer; at; at = at.slice(0, Math.max(0, at.lastIndexOf('/')))) {
      const line = lines.get(at);
      if (line) return `line ${line}`;
    }
    return '';
  };
  return { json, place };
}

function num(v: unknown): number | undefined {
  return typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : undefined;
}

function talkOf(e: Json): Json {
  const persons = isObject(e.persons) ? elements(e.persons.person) : [];
  const links = isObject(e.links) ? elements(e.links.link) : [];
  return {
    guid: e['@guid'],
    id: num(e['@id']) ?? e['@id'],
    code: e['@code'],
    ...Object.fromEntries(
      ['room', 'title', 'subtitle', 'type', 'date', 'start', 'end', 'duration', 'abstract', 'slug', 'track']
        .concat(['language', 'description', 'url'])
        .map((key) => [key, textOf(e[key])]),
    ),
    persons: persons.map((p) => ({
      id: isObject(p) ? num(p['@id']) : undefined,
      public_name: textOf(p)?.trim(),
    })),
    links: links.map((l) => ({ url: isObject(l) ? l['@href'] : undefined, title: textOf(l) })),
  };
}

/**
 * The line of every `<schedule>`, `<conference>`, `<day>` and `<event>` start tag, in document
 * order (the order the parser gives them in), skipping comments and CDATA sections, which may
 * mention such tags.
 */
function tagLines(xml: string): Record<'schedule' | 'conference' | 'day' | 'event', number[]> {
  const found = { schedule: [] as number[], conference: [] as number[], day: [] as number[], event: [] as number[] };
  const tag = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<(schedule|conference|day|event)(?=[\s/>])/g;
  let line = 1;
  let from = 0;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    for (let i = from; i < m.index; i++) if (xml.charCodeAt(i) === 10) line++;
    from = m.index;
    const name = m[1] as keyof typeof found | undefined;
    if (name) found[name].push(line);
  }
  return found;
}
