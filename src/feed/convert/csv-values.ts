/**
 * Cell values as spreadsheets write them in five languages: dates (`2019-12-09`, `09/12/2019`,
 * `2019. 12. 9.`), times (`12:30`, `12:30 PM`, `12:30 p. m.`, `14h30`, `오후 1:30`), speakers
 * (`Ana Pérez (GSEF); Bo Kim (UCLG)`), languages and statuses. Each reader returns the value or a
 * message saying what to write instead; none guesses a day, a month or a half of the day.
 */
import type { SessionStatus, SpeakerJson } from '../types.js';
import { canonicalLanguage, fold } from './csv-columns.js';

export type DateOrder = 'dmy' | 'mdy';
export type Read<T> = { ok: true; value: T } | { ok: false; error: string };

// prettier-ignore
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];

const pad = (n: number) => String(n).padStart(2, '0');

/** `2019-12-09` when the numbers name a real day, else undefined. */
function isoDate(year: number, month: number, day: number): string | undefined {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  const real = d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
  return real && month >= 1 && month <= 12 ? `${year}-${pad(month)}-${pad(day)}` : undefined;
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

/** The next day of an ISO date (for an end written `24:00`). */
export function nextDay(date: string): string {
  const d = new Date(`${date}T00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export interface TimeValue {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** `-05:00` when the cell names one side of a DST overlap (`01:30 -05:00`). */
  readonly offset?: string;
}

/** `12:30`, `12:30:15` or `01:30-05:00`, as a feed writes a time of day. */
export const timeText = (t: TimeValue): string =>
  `${pad(t.hour)}:${pad(t.minute)}${t.second ? `:${pad(t.second)}` : ''}${t.offset ?? ''}`;

/**
 * A time cell: `12:30`, `9:05`, `13:30:00`, `14h30`, `12:30 PM`, `12:30 p. m.`, `1:30pm`, `오후 1:30`.
 * `24:00` only where `endOfDay` allows it (an end), read as hour 24. An offset may follow (`01:30 -05:00`).
 */
export function readTime(text: string, endOfDay = false): Read<TimeValue> {
  let t = text
    .trim()
    .toLowerCase()
    .replace(/[\s\u00a0\u202f]+/g, ' ');
  let half: 'am' | 'pm' | undefined;
  // An offset picks one of the two 01:30s of the night the clocks go back, as in the feed.
  const zoned = /\s*(?:utc|gmt)?\s*([+-])(\d{2}):?(\d{2})$/.exec(t);
  const offset = zoned ? `${zoned[1]}${zoned[2]}:${zoned[3]}` : undefined;
  if (zoned) t = t.slice(0, zoned.index);
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
  const fail = { ok: false, error: `"${text.trim()}" is not a time; write 12:30 or 12:30 PM` } as const;
  const m = /^(\d{1,2})(?:\s?([:h.])\s?(\d{2})(?::(\d{2})(?:[.,]\d+)?)?|\s?(h))?$/.exec(t);
  // A bare number (`9`) may be a stray figure: only `9 AM` and `9h` say they are times.
  if (!m || (!m[3] && !half && !m[5])) return fail;
  let hour = Number(m[1]);
  const minute = m[3] ? Number(m[3]) : 0;
  const second = m[4] ? Number(m[4]) : 0;
  if (minute > 59 || second > 59) return fail;
  if (half) {
    if (hour < 1 || hour > 12) return { ok: false, error: `"${text.trim()}" is not a time: ${hour} o'clock AM or PM` };
    hour = (hour % 12) + (half === 'pm' ? 12 : 0);
  } else if (hour > 24 || (hour === 24 && (!endOfDay || minute || second))) return fail;
  return { ok: true, value: { hour, minute, second, offset } };
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

// Language names organizers write instead of tags, in the template's five languages.
const LANGUAGE_NAMES: Record<string, string> = {};
// prettier-ignore
for (const [tag, names] of Object.entries({
  en: ['english', 'ingles', 'anglais', '영어'],
  es: ['spanish', 'espanol', 'castellano', 'espagnol', '스페인어', 'espanhol'],
  fr: ['french', 'frances', 'francais', '프랑스어'],
  ko: ['korean', 'coreano', 'coreen', '한국어'],
  pt: ['portuguese', 'portugues', 'portugais', '포르투갈어'],
})) for (const name of names) LANGUAGE_NAMES[fold(name)] = tag;

/** `es; en`, `es, en`, `es en`, `Español; English` → canonical tags; what is none goes to `bad`. */
export function readLanguages(text: string): { languages: string[]; bad: string[] } {
  const languages: string[] = [];
  const bad: string[] = [];
  for (const item of text.split(/[;,/\s]+/).filter(Boolean)) {
    const tag = LANGUAGE_NAMES[fold(item)] ?? canonicalLanguage(item);
    if (!tag) bad.push(item);
    else if (!languages.includes(tag)) languages.push(tag);
  }
  return { languages, bad };
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
