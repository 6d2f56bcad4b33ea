/**
 * The calendar parsed by ical.js, with the line of whatever stops it. A VEVENT with a property
 * ical.js cannot read (`RRULE:FREQ=SOMETIMES`) is reported and left out, so that one bad entry
 * does not lose the rest; a file whose structure is broken (a line that is no property, a BEGIN
 * without its END) is one error.
 */
import ICAL from 'ical.js';
import { lineQuoted, logicalLines, scanCalendar, shorten, type CalendarLines } from './ical-lines.js';
import type { ProblemList } from './problems.js';

/** More bad entries than this and the file is not worth reading entry by entry. */
const MAX_BAD_ENTRIES = 20;

export function parseCalendars(
  text: string,
  problems: ProblemList,
): { calendars: ICAL.Component[]; scan: CalendarLines } | undefined {
  let source = text;
  for (let bad = 0; ; bad++) {
    const scan = scanCalendar(source);
    try {
      const jcal: unknown[] = ICAL.parse(source);
      const roots = (typeof jcal[0] === 'string' ? [jcal] : jcal) as unknown[][];
      const calendars = roots.map((j) => new ICAL.Component(j)).filter((c) => c.name === 'vcalendar');
      if (calendars.length) return { calendars, scan };
      return problems.error('', 'this is not an iCalendar file: it holds no BEGIN:VCALENDAR … END:VCALENDAR');
    } catch (e) {
      const message = (e as Error).message;
      const property = scan.broken ? undefined : unreadableProperty(source);
      const vevent = property && scan.vevents.find((v) => v.line < property.line && property.line < v.end);
      if (!property || !vevent || bad >= MAX_BAD_ENTRIES) {
        const line = scan.broken?.line ?? property?.line ?? lineQuoted(source, message);
        return problems.error(
          line ? `line ${line}` : '',
          `the calendar cannot be read: ${scan.broken?.message ?? property?.message ?? message}`,
        );
      }
      problems.error(`line ${property.line}`, `${property.message}; this entry is left out`);
      source = blankLines(source, vevent.line, vevent.end);
    }
  }
}

/** The first property line ical.js cannot read, with its reason. */
function unreadableProperty(text: string): { line: number; message: string } | undefined {
  for (const { line, content } of logicalLines(text)) {
    if (!content.trim() || /^(BEGIN|END):/i.test(content)) continue;
    try {
      ICAL.parse.property(content, ICAL.design.icalendar);
    } catch (e) {
      return { line, message: `"${shorten(content)}" cannot be read (${(e as Error).message})` };
    }
  }
  return undefined;
}

/** The text with lines `first` to `last` emptied: the other lines keep their numbers. */
function blankLines(text: string, first: number, last: number): string {
  return text
    .split(/\r\n|\n|\r/)
    .map((line, i) => (i + 1 >= first && i + 1 <= last ? '' : line))
    .join('\r\n');
}
