/**
 * The CSV file's header and the checks that look at the whole table rather than one row: which
 * row is the header (a title row above it is skipped), what each header names, and warnings about
 * unnamed columns and dates written in both orders. Apart from csv.ts so that the converter reads
 * as its steps, and from csv-row.ts, which reads one row at a time.
 */
import { REQUIRED_FIELDS, columnOf, templateName, type ColumnField } from './csv-columns.js';
import { columnLetter, type Row } from './csv-table.js';
import { readDate } from './csv-values.js';
import type { ProblemList } from './problems.js';
import type { ImportOptions } from './types.js';

export interface Column {
  readonly index: number;
  /** The header as the file writes it, for messages. */
  readonly header: string;
  readonly field: ColumnField;
  readonly language?: string;
}

export const isFilled = (row: Row): boolean => row.cells.some((c) => c.trim());

/**
 * The header row: the first row naming at least two of date, start, end and title among the
 * first ten filled rows (a title row above it, as programmes often have, is skipped); else the
 * first filled row, whose missing columns are then reported.
 */
export function findHeader(rows: readonly Row[]): number | undefined {
  const filled = rows.map((row, i) => ({ row, i })).filter(({ row }) => isFilled(row));
  const named = filled.slice(0, 10).find(({ row }) => {
    const fields = new Set(row.cells.map((c) => columnOf(c)?.field));
    return REQUIRED_FIELDS.filter((f) => fields.has(f)).length >= 2;
  });
  return (named ?? filled[0])?.i;
}

/** The header's columns; undefined (with an error) when a required one is missing. */
export function readHeader(header: Row, problems: ProblemList): Column[] | undefined {
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

/** One warning for a column without a header whose cells hold something. */
export function warnUnnamedCells(
  rows: readonly Row[],
  header: Row,
  columns: readonly Column[],
  problems: ProblemList,
): void {
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
export function warnMixedOrders(
  rows: readonly Row[],
  columns: readonly Column[],
  options: ImportOptions,
  problems: ProblemList,
): void {
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
