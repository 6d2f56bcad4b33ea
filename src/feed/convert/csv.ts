/**
 * CSV (a spreadsheet's export) → minga feed: one event (`--event`, `--name`) whose sessions are
 * the rows below the header, their wall times in `--time-zone`. The columns, their names in five
 * languages and the accepted date and time forms are in docs/importing.md and
 * docs/programme-template.csv. Every problem names its row (records as a spreadsheet numbers them,
 * the header being row 1) and, when it is about a cell, the column's header as written.
 *
 * This file holds the converter's steps and the event's assembly: the header (csv-header.ts), each
 * row read into a session (csv-row.ts, its times in csv-times.ts), then ids and the event's span.
 */
import type { EventJson } from '../types.js';
import { findHeader, isFilled, readHeader, warnMixedOrders, warnUnnamedCells } from './csv-header.js';
import { readRow, type RowSession } from './csv-row.js';
import { readRows } from './csv-table.js';
import { IdSet, chooseZone, feedOf, instantOf, localText, sessionSpan, slugId } from './feed-json.js';
import { ProblemList } from './problems.js';
import type { Conversion, Converter } from './types.js';

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
