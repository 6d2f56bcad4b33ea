/**
 * Cell values as spreadsheets write them in five languages: dates (`2019-12-09`, `09/12/2019`,
 * `2019. 12. 9.`), times (`12:30`, `12:30 PM`, `12:30 p. m.`, `14h30`, `오후 1:30`), speakers
 * (`Ana Pérez (GSEF); Bo Kim (UCLG)`), languages and statuses. Each reader returns the value or a
 * message saying what to write instead; none guesses a day, a month or a half of the day.
 */
import type { SessionStatus, SpeakerJson } from '../types.js';
import { safeUrl } from '../url.js';
import { fold } from './csv-columns.js';
import { languageTags } from './language-names.js';
import { utcMs } from '../../time/wall-time.js';

export type DateOrder = 'dmy' | 'mdy';
export type Read<T> = { ok: true; value: T } | { ok: false; error: string };

// prettier-ignore
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];

const pad = (n: number) => String(n).padStart(2, '0');

/** `2019-12-09` when the numbers name a real day, else undefined. */
function isoDate(year: number, month: number, day: number): string | undefined {
  const real = !Number.isNaN(utcMs({ year, month, day, hour: 0, minute: 0, second: 0 }));
  return real ? `${year}-${pad(month)}-${pad(day)}` : undefined;
}

export interface DateValue {
  readonly date: string;
  /** The order the cell itself shows (`25/12/2019` can only be day first); absent for ISO dates and `09/09/2019`. */
  readonly order?: DateOrder;
}

/** A date cell as `2019-12-09`. `order` says how to read `09/12/2019`; without it, that is an error. */
export function readDate(text: string, order?: DateOrder): Read<DateValue> {
  // Excel writes a date cell that carries a midnight time as `09/12/2019 0:00`.
  const t = text.trim().replace(/[ T]0?0:00(?::00)?$/, '');
  const fail = (error: string) => ({ ok: false, error }) as const;
  const ymd = /^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})\.?$/.exec(t);
  if (ymd) {
    const date = isoDate(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
    return date ? { ok: true, value: { date } } : fail(`${t} is not a real date`);
  }
  const short = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$/.exec(t);
  if (!short) return fail(`"${t}" is not a date; write 2019-12-09 (or 09/12/2019 with --date-order dmy)`);
  if (short[3].length === 2) return fail(`${t} has a two-digit year; write the year in full (2019)`);
  const [a, b, year] = [Number(short[1]), Number(short[2]), Number(short[3])];
  const dmy = isoDate(year, b, a);
  const mdy = isoDate(year, a, b);
  if (order) {
    const date = order === 'dmy' ? dmy : mdy;
    const first = order === 'dmy' ? 'day' : 'month';
    return date
      ? { ok: true, value: { date } }
      : fail(`${t} is not a real date read ${first} first (--date-order ${order})`);
  }
  if (dmy && mdy && a !== b) {
    return fail(
      `${t} can be read as ${a} ${MONTHS[b - 1]} ${year} or as ${MONTHS[a - 1]} ${b}, ${year}; say which with --date-order dmy (day first) or --date-order mdy (month first)`,
    );
  }
  if (dmy) return { ok: true, value: { date: dmy, order: a === b ? undefined : 'dmy' } };
  if (mdy) return { ok: true, value: { date: mdy, order: 'mdy' } };
  return fail(`${t} is not a real date`);
}

export interface TimeValue {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** `-05:00` when the cell names one side of a DST overlap (`01:30 -05:00`). */
  readonly offset?: string;
  /**
   * For `14:30-16:00`, an offset written straight after the time with `-`: the two halves as
   * written, in case the zone has no such offset and the cell is a range typed in one cell.
   */
  readonly halves?: readonly [string, string];
}

/** `12:30`, `12:30:15` or `01:30-05:00`, as a feed writes a time of day. */
export const timeText = (t: TimeValue): string =>
  `${pad(t.hour)}:${pad(t.minute)}${t.second ? `:${pad(t.second)}` : ''}${t.offset ?? ''}`;

/** The message for a start and an end typed in one cell (`14:30-16:00`, `14:30 – 16:00`, `2 PM to 4 PM`). */
export const rangeMessage = (cell: string, start: string, end: string): string =>
  `"${cell}" holds two times: write the start (${start}) in the start column and the end (${end}) in the end column`;

// Between the two times of a range typed in one cell.
const RANGE = /^(.+?)(?:\s*[-–—~〜～]\s*|\s+(?:to|a|à|até|au|bis)\s+)(.+)$/;

/**
 * A time cell: `12:30`, `9:05`, `13:30:00`, `14h30`, `12:30 PM`, `12:30 p. m.`, `1:30pm`, `오후 1:30`.
 * `24:00` only where `endOfDay` allows it (an end), read as hour 24. An offset may follow
 * (`01:30 -05:00`); whether the zone has it is for the caller to check. Two times in one cell
 * (`14:30–16:00`) are an error saying where the end goes.
 */
export function readTime(text: string, endOfDay = false): Read<TimeValue> {
  const cell = text.trim();
  const t = cell.toLowerCase().replace(/[\s\u00a0\u202f]+/g, ' ');
  const one = readOneTime(t, cell, endOfDay);
  if (one.ok) return one;
  const range = RANGE.exec(t);
  if (range && readOneTime(range[1], '', true).ok && readOneTime(range[2], '', true).ok) {
    return { ok: false, error: rangeMessage(cell, range[1], range[2]) };
  }
  return one;
}

function readOneTime(text: string, cell: string, endOfDay: boolean): Read<TimeValue> {
  let t = text;
  let half: 'am' | 'pm' | undefined;
  const fail = { ok: false, error: `"${cell}" is not a time; write 12:30 or 12:30 PM` } as const;
  // An offset picks one of the two 01:30s of the night the clocks go back, as in the feed.
  const zoned = /\s*(?:utc|gmt)?\s*([+-])(\d{2}):?(\d{2})$/.exec(t);
  let offset: string | undefined;
  let halves: [string, string] | undefined;
  if (zoned) {
    // No zone is more than 14 hours from UTC: `14:30-16:00` is a range, which the caller names.
    if (Number(zoned[2]) > 14 || Number(zoned[3]) > 59) return fail;
    offset = `${zoned[1]}${zoned[2]}:${zoned[3]}`;
    t = t.slice(0, zoned.index);
    if (zoned[0].startsWith('-')) halves = [t, zoned[0].slice(1)];
  }
  const korean = /^(오전|오후)\s*|\s*(오전|오후)$/.exec(t);
  if (korean) {
    half = (korean[1] ?? korean[2]) === '오전' ? 'am' : 'pm';
    t = t.replace(korean[0], '');
  }
  const latin = /\s*([ap])\.?\s?m\.?$/.exec(t);
  if (!half && latin) {
    half = latin[1] === 'a' ? 'am' : 'pm';
    t = t.slice(0, latin.index);
  }
  const m = /^(\d{1,2})(?:\s?([:h.])\s?(\d{2})(?::(\d{2})(?:[.,]\d+)?)?|\s?(h))?$/.exec(t);
  // A bare number (`9`) may be a stray figure: only `9 AM` and `9h` say they are times.
  if (!m || (!m[3] && !half && !m[5])) return fail;
  let hour = Number(m[1]);
  const minute = m[3] ? Number(m[3]) : 0;
  const second = m[4] ? Number(m[4]) : 0;
  if (minute > 59 || second > 59) return fail;
  if (half) {
    if (hour < 1 || hour > 12) return { ok: false, error: `"${cell}" is not a time: ${hour} o'clock AM or PM` };
    hour = (hour % 12) + (half === 'pm' ? 12 : 0);
  } else if (hour > 24 || (hour === 24 && (!endOfDay || minute || second || offset))) return fail;
  return { ok: true, value: { hour, minute, second, offset, halves } };
}

/**
 * `Ana Pérez (GSEF); Bo Kim (UCLG)`: speakers separated by `;` or line breaks, each with an
 * optional affiliation in its last parentheses (`Bo Kim (Cities (UCLG))` keeps the inner ones).
 * Separators inside parentheses do not split. Items without a name are returned as `unnamed`.
 */
export function readSpeakers(text: string): { speakers: SpeakerJson[]; unnamed: string[] } {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && (ch === ';' || ch === '\n' || ch === '\r')) {
      items.push(current);
      current = '';
    } else current += ch;
  }
  items.push(current);
  const speakers: SpeakerJson[] = [];
  const unnamed: string[] = [];
  for (const item of items.map((s) => s.trim()).filter(Boolean)) {
    const open = item.endsWith(')') ? matchingOpen(item) : -1;
    const name = (open > 0 ? item.slice(0, open) : open === 0 ? '' : item).trim();
    const affiliation = open >= 0 ? item.slice(open + 1, -1).trim() : '';
    if (!name) unnamed.push(item);
    else speakers.push(affiliation ? { name, affiliation } : { name });
  }
  return { speakers, unnamed };
}

/** Index of the `(` that the final `)` closes, or -1 when they do not balance. */
function matchingOpen(text: string): number {
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    if (text[i] === ')') depth++;
    else if (text[i] === '(' && --depth === 0) return i;
  }
  return -1;
}

// `and` between two languages, in the five languages (and German and Italian, as language-names.ts).
const AND = /\s+(?:and|y|e|et|und|및|과|와)\s+/i;
const TAG_SHAPE = /^[a-z]{2,3}(?:[-_][a-z0-9]+)*$/i;

/**
 * `es; en`, `es en`, `Español, English`, `English and Spanish`, `Português (Brasil)` → canonical
 * tags, through the engine's language names (`languageTags`); what names no language goes to `bad`.
 * A space separates items only between tags (`es en pt-BR`): `Portugués de Brasil` is one name, not
 * Portuguese and German.
 */
export function readLanguages(text: string): { languages: string[]; bad: string[] } {
  const languages: string[] = [];
  const bad: string[] = [];
  const read = (item: string) => {
    const tags = languageTags(item);
    if (tags) return languages.push(...tags.filter((t) => !languages.includes(t)));
    const parts = item.split(AND);
    if (parts.length > 1) return parts.forEach(read);
    const words = item.split(/\s+/);
    if (words.length > 1 && words.every((w) => TAG_SHAPE.test(w))) return words.forEach(read);
    bad.push(item);
  };
  text
    .split(/[;,/\n|&+]/)
    .map((item) => item.trim())
    .filter(Boolean)
    .forEach(read);
  return { languages, bad };
}

/**
 * A link cell: a `https://`, `http://` or `mailto:` address, as the feed accepts; else a message
 * (`www.gsef.org` is told to write `https://www.gsef.org`).
 */
export function readUrl(text: string): Read<string> {
  const t = text.trim();
  if (safeUrl(t)) return { ok: true, value: t };
  const host = /^[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)+(?:[/?#]\S*)?$/i.test(t) && /\.[a-z]{2,}(?:[/?#:]|$)/i.test(t);
  return {
    ok: false,
    error: host
      ? `"${t}" has no https:// before it: write https://${t}`
      : `"${t}" is not a link; write one starting with https://`,
  };
}

const STATUSES = new Map<string, SessionStatus>();
// prettier-ignore
for (const [status, names] of Object.entries({
  scheduled: ['scheduled', 'confirmed', 'programada', 'programado', 'confirmada', 'confirmado', 'prevista', 'previsto',
    'programmee', 'programme', 'prevue', 'prevu', 'confirmee', 'confirme', '예정', '확정', 'agendada', 'agendado'],
  cancelled: ['cancelled', 'canceled', 'cancelada', 'cancelado', 'suspendida', 'suspendido', 'annulee', 'annule',
    '취소', '취소됨'],
  'moved-online': ['moved online', 'online', 'on line', 'en linea', 'virtual', 'en ligne', '온라인', '온라인 전환'],
  rescheduled: ['rescheduled', 'reprogramada', 'reprogramado', 'reprogrammee', 'reprogramme', '일정 변경', 'reagendada',
    'reagendado', 'remarcada', 'remarcado'],
} satisfies Record<SessionStatus, string[]>)) for (const name of names) STATUSES.set(fold(name), status as SessionStatus);

/** A status cell in any of the five languages (`Cancelada`, `annulé`, `취소`), or undefined. */
export const readStatus = (text: string): SessionStatus | undefined => STATUSES.get(fold(text));
