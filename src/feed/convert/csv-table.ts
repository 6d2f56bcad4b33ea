/**
 * A CSV file as the rows a spreadsheet shows: records numbered from 1 (the first line), a quoted
 * cell with line breaks still one row, as Excel, LibreOffice and Google Sheets number them.
 */
import { parse } from 'csv-parse/browser/esm/sync';
import type { ProblemList } from './problems.js';

export interface Row {
  /** The row number a spreadsheet shows for this record. */
  readonly number: number;
  readonly cells: readonly string[];
}

const DELIMITERS = [',', ';', '\t'] as const;

/**
 * The delimiter the file uses: of `,` `;` and tab, the most frequent outside quotes in its first
 * lines (Excel in Spanish and French locales writes `;`, LibreOffice often tab). Ties go to `,`.
 */
export function guessDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  let lines = 0;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '\n' && ++lines === 5) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best: string = ',';
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}

interface ParseError {
  code?: string;
  records?: number;
  message?: string;
}

/** The file's rows, or undefined (with an error naming the row) when it is not well-formed CSV. */
export function readRows(text: string, problems: ProblemList): Row[] | undefined {
  let records: { record: string[]; info: { records: number } }[];
  try {
    // With `info`, each record comes with where it was read; csv-parse's types do not say so.
    records = parse(text, {
      delimiter: guessDelimiter(text),
      // Some files mix line ends (rows pasted from elsewhere); each still ends a row.
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      // A `"` inside an unquoted cell (`5" screen`) is a character, not the start of a quote.
      relax_quotes: true,
      info: true,
    }) as unknown as typeof records;
  } catch (e) {
    const err = e as ParseError;
    const where = err.records !== undefined ? `row ${err.records + 1}` : '';
    return err.code === 'CSV_QUOTE_NOT_CLOSED'
      ? problems.error(where, 'a quoted cell that starts in this row is never closed: a " is missing')
      : problems.error(where, `the file cannot be read as CSV: ${err.message ?? String(e)}`);
  }
  return records.map(({ record, info }) => ({
    number: info.records,
    cells: record.map((cell) => cell.replace(/\r\n?/g, '\n')),
  }));
}

/** Spreadsheet column letters: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
