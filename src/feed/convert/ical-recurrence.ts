/**
 * The entries of a calendar, repeated ones (RRULE, RDATE, less EXDATE) expanded into their
 * occurrences over the days the calendar's other entries span, each occurrence changed by a
 * RECURRENCE-ID entry read from that entry. One warning per repeated entry says how many
 * occurrences were read and which were left out.
 */
import ICAL from 'ical.js';
import { addDays, wallTimeText } from './feed-json.js';
import {
  details,
  lengthAfter,
  lineOf,
  momentOf,
  readEnd,
  readEntry,
  text,
  timeProp,
  titleOf,
  uidId,
  type Entry,
  type Moment,
  type Reader,
  type Vevent,
} from './ical-entries.js';
import type { VeventLines } from './ical-lines.js';
import { dateText } from './ical-zones.js';

type Component = ICAL.Component;

/** The days repeated entries are expanded within, both included: `2019-12-09`. */
interface Span {
  readonly first: string;
  readonly last: string;
}

/** When nothing else bounds a repeated entry: its first 366 days, at most 500 occurrences. */
const DEFAULT_DAYS = 366;
const DEFAULT_COUNT = 500;
/** A rule repeating every minute from 1990 would otherwise keep the importer busy for good. */
const MAX_STEPS = 100_000;

/**
 * Every entry, repeated ones expanded over the days the others span: single entries first, as
 * they bound the repetitions; changed occurrences (RECURRENCE-ID) with the entry they change.
 */
export function readEntries(vevents: Vevent[], r: Reader): Entry[] {
  const uidOf = (comp: Component) => String(comp.getFirstPropertyValue('uid') ?? '');
  const repeated = vevents.filter(
    ({ comp }) => !comp.hasProperty('recurrence-id') && (comp.hasProperty('rrule') || comp.hasProperty('rdate')),
  );
  const repeatedUids = new Set(repeated.map(({ comp }) => uidOf(comp)));
  const changes = vevents.filter(({ comp }) => comp.hasProperty('recurrence-id') && repeatedUids.has(uidOf(comp)));
  const single = vevents.filter((v) => !repeated.includes(v) && !changes.includes(v));
  const entries = single.flatMap(({ comp, lines }) => {
    // A changed occurrence whose repeated entry is not in the file keeps the id it would have had.
    const recurrence = comp.hasProperty('recurrence-id') ? comp.getFirstPropertyValue('recurrence-id') : null;
    const uid = uidOf(comp);
    const id =
      recurrence instanceof ICAL.Time && uid
        ? `${uidId(uid)}-${recurrence.toString().slice(0, 10).replace(/-/g, '')}`
        : undefined;
    return readEntry(comp, lines, r, id) ?? [];
  });
  const span = daySpan(entries, r.zone);
  const spanDays: Span | undefined = span && { first: span.start, last: span.end };
  for (const { comp, lines } of repeated) {
    const mine = changes.filter((c) => uidOf(c.comp) === uidOf(comp));
    entries.push(...expandEntry(comp, lines, mine, spanDays, r));
  }
  return entries;
}

/** `2019-12-09`: the day a moment falls on in `zone`. */
function dayOf(m: Moment, zone: string): string {
  return 'date' in m ? m.date : wallTimeText(m.ms, zone).slice(0, 10);
}

/** The first and last day of the entries (all-day entries only, unless a zone is given). */
export function daySpan(entries: Entry[], zone?: string): { start: string; end: string } | undefined {
  const days = entries
    .filter((e) => zone || 'date' in e.start)
    .flatMap((e) => [dayOf(e.start, zone ?? 'UTC'), dayOf(e.end, zone ?? 'UTC')])
    .sort();
  return days.length ? { start: days[0], end: days[days.length - 1] } : undefined;
}

/**
 * The occurrences of a repeated entry (RRULE, RDATE, less EXDATE) whose day falls within `span`
 * (or the default bound), each with the id `<uid>-<yyyymmdd>` of the day it was first planned on;
 * an occurrence changed by a RECURRENCE-ID entry is read from that entry.
 */
function expandEntry(
  master: Component,
  lines: VeventLines | undefined,
  changed: Vevent[],
  span: Span | undefined,
  r: Reader,
): Entry[] {
  const title = titleOf(master, lines, r);
  if (!title) return [];
  const dtstart = timeProp(master, 'dtstart', lines, r);
  if (dtstart === null)
    return r.problems.error(lineOf(lines), `"${title}" has no start (DTSTART); it is left out`) ?? [];
  const at = lineOf(lines, 'DTSTART');
  const start = dtstart && momentOf(dtstart.prop, dtstart.time, at, r);
  const ended = start && readEnd(master, start, lines, title, r);
  if (!dtstart || !ended) return [];
  const uid = text(master, 'uid');
  const base = uid ? uidId(uid) : undefined;
  // Without `exceptions`, ical.js would take every RECURRENCE-ID entry of the calendar as a change
  // of this one, whatever its UID.
  const event = new ICAL.Event(master, { strictExceptions: true, exceptions: [] });
  const changedLines = new Map(changed.map((c) => [c.comp, c.lines]));
  for (const c of changed) {
    try {
      event.relateException(c.comp);
    } catch (e) {
      r.problems.warn(
        lineOf(c.lines, 'RECURRENCE-ID'),
        `this change to "${title}" cannot be read: ${(e as Error).message}; ignored`,
      );
    }
  }
  const about = details(master, lines, r);
  const entries: Entry[] = [];
  let before = 0;
  let more = false;
  let bound = span;
  try {
    const it = event.iterator();
    for (let step = 0, next = it.next(); next; next = it.next(), step++) {
      const occurrence = momentOf(dtstart.prop, next, at, r, false);
      if (!occurrence) break;
      const day = dayOf(occurrence, r.zone);
      bound ??= { first: day, last: addDays(day, DEFAULT_DAYS - 1) };
      if (day < bound.first) before++;
      if (day > bound.last || (!span && entries.length >= DEFAULT_COUNT) || step >= MAX_STEPS) {
        more = true;
        break;
      }
      if (day < bound.first) continue;
      const id = base && `${base}-${dateText(next).replace(/-/g, '')}`;
      const item = event.getOccurrenceDetails(next).item;
      if (item && item.component !== master) {
        const entry = readEntry(item.component, changedLines.get(item.component), r, id);
        if (entry) entries.push(entry);
      } else {
        const end = lengthAfter(occurrence, ended.length, r.zone);
        entries.push({ lines, id, title, start: occurrence, end, ...about });
      }
    }
  } catch (e) {
    r.problems.error(lineOf(lines, 'RRULE'), `the repetition of "${title}" cannot be read: ${(e as Error).message}`);
  }
  r.problems.warn(lineOf(lines), repeatNote(title, entries.length, bound, span !== undefined, before, more));
  return entries;
}

function repeatNote(
  title: string,
  count: number,
  bound: Span | undefined,
  spanned: boolean,
  before: number,
  more: boolean,
) {
  const what = `"${title}" repeats: read as ${count} occurrence${count === 1 ? '' : 's'}`;
  if (!bound) return what;
  const left =
    before || more
      ? `; ${[before ? `${before} before` : '', more ? 'those after' : ''].filter(Boolean).join(' and ')} are left out`
      : '';
  if (spanned) return `${what} from ${bound.first} to ${bound.last}, the days of the calendar's other entries${left}`;
  return `${what}, those of its first ${DEFAULT_DAYS} days up to ${DEFAULT_COUNT} (the calendar has no other entries to bound it)${left}`;
}
