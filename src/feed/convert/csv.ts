/**
 * CSV (a spreadsheet's export) → minga feed: one event (`--event`, `--name`) whose sessions are
 * the rows below the header, their wall times in `--time-zone`. The columns, their names in five
 * languages and the accepted date and time forms are in docs/importing.md and
 * docs/programme-template.csv. Every problem names its row (records as a spreadsheet numbers them,
 * the header being row 1) and, when it is about a cell, the column's header as written.
 */
import type { EventJson, LocalizedTextJson, SessionJson } from '../types.js';
import { parseWallTime } from '../../time/wall-time.js';
import { REQUIRED_FIELDS, columnOf, templateName, type ColumnField } from './csv-columns.js';
import { columnLetter, readRows, type Row } from './csv-table.js';
import { nextDay, readDate, readLanguages, readSpeakers, readStatus, readTime, timeText } from './csv-values.js';
import { IdSet, chooseZone, feedOf, instantOf, localText, localTexts, sessionSpan, slugId } from './feed-json.js';
import { ProblemList } from './problems.js';
import type { Conversion, Converter, ImportOptions } from './types.js';

interface Column {
  readonly index: number;
  /** The header as the file writes it, for messages. */
  readonly header: string;
  readonly field: ColumnField;
  readonly language?: string;
}

/** A row read into a session, before ids are given out. */
interface RowSession {
  readonly row: number;
  readonly session: SessionJson;
  readonly givenId?: string;
  readonly titleForId: string;
  /** Output field (`start`, `title/es`) → place in the file. */
  readonly places: Map<string, string>;
}

export const csvToFeed: Converter = (text, options) => {
  const problems = new ProblemList();
  const places = new Map<string, string>();
  const chosen = chooseZone(undefined, options.timeZone);
  if ('error' in chosen) problems.error('', chosen.error);
  const name = options.name?.trim();
  if (!name) {
    problems.error(
      '',
      'the event needs a name: give it with --name "…" (and its id with --event, else one is made from the name)',
    );
  }
  const rows = readRows(text.replace(/^\uFEFF/, ''), problems);
  const headerAt = rows && findHeader(rows);
  if (!rows || headerAt === undefined) {
    if (rows) problems.error('', 'the file is empty: it needs a header row and a row per session');
    return { problems: problems.problems, places };
  }
  const header = rows[headerAt];
  const columns = readHeader(header, problems);
  if (!columns) return { problems: problems.problems, places };
  for (const above of rows.slice(0, headerAt).filter(isFilled)) {
    problems.warn(`row ${above.number}`, `this row is above the header (row ${header.number}); it is ignored`);
  }
  // Wall times are still checked for form without a zone; the feed needs one, so none is made then.
  const zone = 'zone' in chosen ? chosen.zone : 'UTC';
  const read = rows.slice(headerAt + 1).flatMap((row) => readRow(row, header, columns, zone, options, problems) ?? []);
  warnUnnamedCells(rows.slice(headerAt + 1), header, columns, problems);
  warnMixedOrders(rows.slice(headerAt + 1), columns, options, problems);
  const kept = giveIds(read, zone, problems);
  const sessions = kept.map((r) => r.session);
  if (!read.length) problems.error('', `no session could be read: the file needs a row per session below its header`);
  const span = sessionSpan(sessions, zone);
  if (!('zone' in chosen) || !name || !span) return { problems: problems.problems, places };

  const event: EventJson = {
    id: options.eventId?.trim() || slugId(name, 'event'),
    name: localText(name, options.language) ?? name,
    timeZone: zone,
    start: span.start,
    end: span.end,
    sessions,
  };
  places.set('/events/0', '');
  kept.forEach((r, i) => {
    // The event's start and end are its sessions': a problem with them is the row's.
    if (r.session.start === span.start && !places.has('/events/0/start'))
      places.set('/events/0/start', r.places.get('start') ?? `row ${r.row}`);
    if (r.session.end === span.end && !places.has('/events/0/end'))
      places.set('/events/0/end', r.places.get('end') ?? `row ${r.row}`);
    places.set(`/events/0/sessions/${i}`, `row ${r.row}`);
    for (const [field, place] of r.places) places.set(`/events/0/sessions/${i}/${field}`, place);
  });
  return { feed: feedOf([event], options.language ?? 'en'), problems: problems.problems, places } satisfies Conversion;
};

const isFilled = (row: Row) => row.cells.some((c) => c.trim());

/**
 * The header row: the first row naming at least two of date, start, end and title among the
 * first ten filled rows (a title row above it, as programmes often have, is skipped); else the
 * first filled row, whose missing columns are then reported.
 */
function findHeader(rows: readonly Row[]): number | undefined {
  const filled = rows.map((row, i) => ({ row, i })).filter(({ row }) => isFilled(row));
  const named = filled.slice(0, 10).find(({ row }) => {
    const fields = new Set(row.cells.map((c) => columnOf(c)?.field));
    return REQUIRED_FIELDS.filter((f) => fields.has(f)).length >= 2;
  });
  return (named ?? filled[0])?.i;
}

/** The header's columns; undefined (with an error) when a required one is missing. */
function readHeader(header: Row, problems: ProblemList): Column[] | undefined {
  const columns: Column[] = [];
  header.cells.forEach((cell, index) => {
    const text = cell.trim();
    if (!text) return;
    const where = `row ${header.number}, column "${text}"`;
    const meaning = columnOf(text);
    if (!meaning) {
      problems.warn(
        where,
        'this column is not one the importer reads; it is ignored (see the template for the columns)',
      );
      return;
    }
    const twin = columns.find((c) => c.field === meaning.field && c.language === meaning.language);
    if (twin) problems.warn(where, `this column repeats column "${twin.header}"; it is ignored`);
    else columns.push({ index, header: text, ...meaning });
  });
  const missing = REQUIRED_FIELDS.filter((f) => !columns.some((c) => c.field === f));
  if (!missing.length) return columns;
  const names = missing.map((f) => `"${templateName(f)}"`).join(', ');
  return problems.error(
    `row ${header.number}`,
    `the header has no ${names} column${missing.length > 1 ? 's' : ''}: name the columns as the template does, in English, Spanish, French, Korean or Portuguese`,
  );
}

function readRow(
  row: Row,
  header: Row,
  columns: readonly Column[],
  zone: string,
  options: ImportOptions,
  problems: ProblemList,
): RowSession | undefined {
  if (!isFilled(row)) return undefined;
  if (row.cells.slice(header.cells.length).some((c) => c.trim())) {
    problems.warn(
      `row ${row.number}`,
      'this row has cells to the right of the last column of the header; they are ignored',
    );
  }
  const where = (c: Column) => `row ${row.number}, column "${c.header}"`;
  const cell = (c: Column) => (row.cells[c.index] ?? '').trim();
  const one = (field: ColumnField) => {
    const c = columns.find((col) => col.field === field && !col.language);
    return c && { c, text: cell(c), where: where(c) };
  };
  const places = new Map<string, string>();
  const language = options.language ?? 'en';
  let failed = false;
  const fail = (at: string, message: string) => {
    failed = true;
    return problems.error(at, `${message}; the session is left out`);
  };

  // Texts: `title` is in the source's language, `title_es` in Spanish; plain when neither is known.
  const texts = (field: ColumnField): LocalizedTextJson | undefined => {
    const cols = columns.filter((c) => c.field === field);
    const plain = !options.language && cols.every((c) => !c.language);
    const byLanguage: Record<string, string> = {};
    for (const c of cols) {
      const lang = c.language ?? language;
      if (!cell(c) || lang in byLanguage) continue;
      byLanguage[lang] = cell(c);
      places.set(`${field === 'room' ? 'location' : field}${plain ? '' : `/${lang}`}`, where(c));
    }
    return plain ? localText(byLanguage[language]) : localTexts(byLanguage);
  };
  const title = texts('title');
  const titleColumn =
    columns.find((c) => c.field === 'title' && !c.language) ?? columns.find((c) => c.field === 'title');
  if (!title && titleColumn) fail(where(titleColumn), 'the title is empty');

  const dateCell = one('date');
  const date = dateCell && readCell(dateCell, (t) => readDate(t, options.dateOrder), 'date', fail);
  const endDateCell = one('endDate');
  const endDate = endDateCell?.text
    ? readCell(endDateCell, (t) => readDate(t, options.dateOrder), 'end date', fail)
    : date;
  const startCell = one('start');
  const start = startCell && readCell(startCell, (t) => readTime(t), 'start time', fail);
  const endCell = one('end');
  const end = endCell && readCell(endCell, (t) => readTime(t, true), 'end time', fail);

  let startText: string | undefined;
  let endText: string | undefined;
  if (date && start && startCell) startText = wallTime(`${date.date}T${timeText(start)}`, startCell.where, zone, fail);
  if (endDate && end && endCell) {
    // `24:00` is the end of its day: the next day's first instant, as ISO 8601 reads it.
    const text = end.hour === 24 ? `${nextDay(endDate.date)}T00:00` : `${endDate.date}T${timeText(end)}`;
    endText = wallTime(text, endCell.where, zone, fail);
  }
  if (startText && endText && endCell && instantOf(endText, zone) <= instantOf(startText, zone)) {
    fail(
      endCell.where,
      endDateCell
        ? `the end (${endText.replace('T', ' ')}) is not after the start (${startText.replace('T', ' ')})`
        : `the end (${endCell.text}) is not after the start (${startCell?.text}); a session that ends on a later day needs an "end date" column`,
    );
  }
  if (failed || !title || !startText || !endText || !startCell || !endCell) return undefined;
  places.set('start', startCell.where);
  places.set('end', endCell.where);

  const session: SessionJson = { id: '', title, start: startText, end: endText };
  const description = texts('description');
  const location = texts('room');
  const track = texts('track');
  if (description) session.description = description;
  if (location) session.location = location;
  if (track) session.track = track;
  Object.assign(session, readExtras(one, places, problems));

  const idCell = one('id');
  if (idCell?.text) places.set('id', idCell.where);
  // The id comes from the title in the source's language, or from the first that has letters an id
  // can keep (a Korean title has none; its English one may).
  const titles = typeof title === 'string' ? [title] : [title[language], ...Object.values(title)];
  const titleForId = titles.find((t) => t && slugId(t, '')) ?? '';
  return { row: row.number, session, givenId: idCell?.text || undefined, titleForId, places };
}

type CellOf = (field: ColumnField) => { text: string; where: string } | undefined;

/** Speakers, languages, url and status: optional, each dropped with a warning when unreadable. */
function readExtras(one: CellOf, places: Map<string, string>, problems: ProblemList): Partial<SessionJson> {
  const extras: Partial<SessionJson> = {};
  const speakersCell = one('speakers');
  if (speakersCell?.text) {
    const { speakers, unnamed } = readSpeakers(speakersCell.text);
    for (const item of unnamed)
      problems.warn(speakersCell.where, `"${item}" has no name before its parentheses; it is left out`);
    if (speakers.length) extras.speakers = speakers;
    places.set('speakers', speakersCell.where);
  }
  const languagesCell = one('languages');
  if (languagesCell?.text) {
    const { languages, bad } = readLanguages(languagesCell.text);
    for (const item of bad) {
      problems.warn(languagesCell.where, `"${item}" is not a language tag such as es, en or pt-BR; it is left out`);
    }
    if (languages.length) extras.languages = languages;
    places.set('languages', languagesCell.where);
  }
  const urlCell = one('url');
  if (urlCell?.text) {
    extras.url = urlCell.text;
    places.set('url', urlCell.where);
  }
  const statusCell = one('status');
  if (statusCell?.text) {
    const status = readStatus(statusCell.text);
    if (status) extras.status = status;
    else {
      problems.warn(
        statusCell.where,
        `"${statusCell.text}" is not a status; write scheduled, cancelled, moved-online or rescheduled (or the same in Spanish, French, Korean or Portuguese). Read as scheduled`,
      );
    }
    places.set('status', statusCell.where);
  }
  return extras;
}

/** A required cell's value, or undefined after reporting it empty or unreadable. */
function readCell<T>(
  cell: { text: string; where: string },
  read: (text: string) => { ok: true; value: T } | { ok: false; error: string },
  what: string,
  fail: (where: string, message: string) => undefined,
): T | undefined {
  if (!cell.text) return fail(cell.where, `the ${what} is empty`);
  const result = read(cell.text);
  return result.ok ? result.value : fail(cell.where, result.error);
}

/** The feed's wall time, or undefined after reporting a time the zone's clocks skip. */
function wallTime(
  text: string,
  where: string,
  zone: string,
  fail: (where: string, message: string) => undefined,
): string | undefined {
  const parsed = parseWallTime(text, zone);
  return parsed.ok ? text : fail(where, parsed.error);
}

/**
 * Ids: those the file gives are taken first; the others are made from the title in the source's
 * language, given out in the order of the sessions' starts, so that sorting or moving rows in the
 * spreadsheet does not change them. A repeated given id is an error naming both rows.
 */
function giveIds(read: readonly RowSession[], zone: string, problems: ProblemList): RowSession[] {
  const ids = new IdSet();
  const rowOf = new Map<string, number>();
  const repeated = new Set<RowSession>();
  for (const r of read) {
    if (!r.givenId) continue;
    if (ids.take(r.givenId)) rowOf.set(r.givenId, r.row);
    else {
      problems.error(
        r.places.get('id') ?? `row ${r.row}`,
        `the id "${r.givenId}" is already the id of row ${rowOf.get(r.givenId)}; the session is left out`,
      );
      repeated.add(r);
    }
  }
  const made = read
    .filter((r) => !r.givenId)
    .sort((a, b) => instantOf(a.session.start, zone) - instantOf(b.session.start, zone) || a.row - b.row);
  for (const r of made) r.session.id = ids.unique(slugId(r.titleForId));
  for (const r of read) if (r.givenId && !repeated.has(r)) r.session.id = r.givenId;
  return read.filter((r) => !repeated.has(r));
}

/** One warning for a column without a header whose cells hold something. */
function warnUnnamedCells(rows: readonly Row[], header: Row, columns: readonly Column[], problems: ProblemList): void {
  const width = Math.max(0, ...rows.map((r) => r.cells.length));
  for (let i = 0; i < Math.min(width, header.cells.length); i++) {
    if (header.cells[i].trim() || columns.some((c) => c.index === i)) continue;
    const row = rows.find((r) => r.cells[i]?.trim());
    if (row)
      problems.warn(`row ${row.number}, column ${columnLetter(i)}`, 'this column has no header; its cells are ignored');
  }
}

/**
 * Without --date-order, a file whose dates read day first in one row (`25/12/2019`) and month first
 * in another (`12/25/2019`) is most likely mistyped somewhere: say so once.
 */
function warnMixedOrders(
  rows: readonly Row[],
  columns: readonly Column[],
  options: ImportOptions,
  problems: ProblemList,
) {
  if (options.dateOrder) return;
  const seen = new Map<string, { row: number; text: string }>();
  for (const c of columns.filter((col) => col.field === 'date' || col.field === 'endDate')) {
    for (const row of rows) {
      const text = row.cells[c.index]?.trim() ?? '';
      const read = text ? readDate(text) : undefined;
      if (!read?.ok || !read.value.order) continue;
      const order = read.value.order;
      const other = seen.get(order === 'dmy' ? 'mdy' : 'dmy');
      if (other) {
        problems.warn(
          `row ${row.number}, column "${c.header}"`,
          `${text} reads ${order === 'dmy' ? 'day' : 'month'} first, but ${other.text} in row ${other.row} reads ${order === 'dmy' ? 'month' : 'day'} first; check both`,
        );
        return;
      }
      if (!seen.has(order)) seen.set(order, { row: row.number, text });
    }
  }
}
