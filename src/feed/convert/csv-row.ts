/**
 * One row of the spreadsheet → one session, before ids are given out: its texts in each language,
 * its start and end (csv-times.ts), and the optional cells. Apart from csv.ts, which assembles the
 * event from the rows, because reading a row is most of the importer's rules: a required cell that
 * cannot be read leaves the row out with an error; an optional one is dropped with a warning.
 */
import type { LocalizedTextJson, SessionJson } from '../types.js';
import type { ColumnField } from './csv-columns.js';
import { isFilled, type Column } from './csv-header.js';
import type { Row } from './csv-table.js';
import { wallTimeOf, type Cell, type Fail } from './csv-times.js';
import { readDate, readLanguages, readSpeakers, readStatus, readTime, readUrl, type Read } from './csv-values.js';
import { instantOf, localText, localTexts, slugId } from './feed-json.js';
import type { ProblemList } from './problems.js';
import type { ImportOptions } from './types.js';

/** A row read into a session, before ids are given out. */
export interface RowSession {
  readonly row: number;
  readonly session: SessionJson;
  readonly givenId?: string;
  readonly titleForId: string;
  /** Output field (`start`, `title/es`) → place in the file. */
  readonly places: Map<string, string>;
}

export function readRow(
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
    return c && { text: cell(c), where: where(c) };
  };
  const places = new Map<string, string>();
  const language = options.language ?? 'en';
  let failed = false;
  const fail: Fail = (at, message) => {
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

  const startText = date && start && startCell && wallTimeOf(date.date, start, startCell, zone, fail);
  const endText = endDate && end && endCell && wallTimeOf(endDate.date, end, endCell, zone, fail);
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

/** Speakers, languages, url and status: optional, each dropped with a warning when unreadable. */
function readExtras(
  one: (field: ColumnField) => Cell | undefined,
  places: Map<string, string>,
  problems: ProblemList,
): Partial<SessionJson> {
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
      problems.warn(
        languagesCell.where,
        `"${item}" is not a language name or tag the importer knows (es, English, Español, pt-BR…); it is left out`,
      );
    }
    if (languages.length) extras.languages = languages;
    places.set('languages', languagesCell.where);
  }
  const urlCell = one('url');
  if (urlCell?.text) {
    const url = readUrl(urlCell.text);
    if (url.ok) extras.url = url.value;
    else problems.warn(urlCell.where, `${url.error}; the link is left out, the session kept`);
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
function readCell<T>(cell: Cell, read: (text: string) => Read<T>, what: string, fail: Fail): T | undefined {
  if (!cell.text) return fail(cell.where, `the ${what} is empty`);
  const result = read(cell.text);
  return result.ok ? result.value : fail(cell.where, result.error);
}
