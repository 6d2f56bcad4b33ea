/**
 * Where things are in an iCalendar file. ical.js keeps no line numbers, so this reads the raw
 * text once more: the physical line (1-based, as an editor shows it) of each VEVENT's BEGIN and of
 * each of its properties, unfolding continuation lines (those starting with a space or a tab). It
 * also finds what makes a file unreadable, so that the one error of a broken file names its line.
 */

/** One VEVENT: the line of its `BEGIN:VEVENT`, and of the first of each of its properties. */
export interface VeventLines {
  readonly line: number;
  /** The line of its `END:VEVENT`. */
  end: number;
  /** Property name in upper case (`DTSTART`) → line. Properties of a nested VALARM are not its own. */
  readonly props: Map<string, number>;
}

export interface CalendarLines {
  /** In file order, which is the order ical.js lists them in. */
  readonly vevents: VeventLines[];
  /** VTODO and VJOURNAL components (to-dos and notes), which are not part of a programme. */
  readonly ignored: { readonly name: string; readonly line: number }[];
  /** The first thing that makes the file unreadable, when the scan finds one. */
  readonly broken?: { readonly line: number; readonly message: string };
}

const NAME = /^[A-Za-z0-9-]+/;

export function scanCalendar(text: string): CalendarLines {
  const vevents: VeventLines[] = [];
  const ignored: { name: string; line: number }[] = [];
  let broken: CalendarLines['broken'];
  const open: { name: string; line: number }[] = [];
  let current: VeventLines | undefined;
  const fail = (line: number, message: string) => {
    broken ??= { line, message };
  };

  for (const { line, content } of logicalLines(text)) {
    if (content.trim() === '') continue;
    const name = NAME.exec(content)?.[0].toUpperCase();
    const colon = content.indexOf(':');
    if (!name || colon < 0) {
      fail(
        line,
        line === 1 && !/^BEGIN:VCALENDAR/i.test(content)
          ? 'this is not an iCalendar file: it should start with BEGIN:VCALENDAR'
          : `"${shorten(content)}" is not a property (NAME:value) nor the continuation of one (such lines start with a space)`,
      );
      continue;
    }
    const value = content
      .slice(colon + 1)
      .trim()
      .toUpperCase();
    if (name === 'BEGIN') {
      open.push({ name: value, line });
      if (value === 'VEVENT' && open.length === 2) {
        current = { line, end: line, props: new Map() };
        vevents.push(current);
      } else if ((value === 'VTODO' || value === 'VJOURNAL') && open.length === 2) ignored.push({ name: value, line });
    } else if (name === 'END') {
      const top = open.pop();
      if (current && open.length === 1) current.end = line;
      if (!top) fail(line, `END:${value} closes nothing: there is no BEGIN:${value} before it`);
      else if (top.name !== value) fail(line, `END:${value} does not close BEGIN:${top.name} of line ${top.line}`);
      if (open.length < 2) current = undefined;
    } else if (current && open.length === 2 && !current.props.has(name)) {
      current.props.set(name, line);
    }
  }
  for (const o of open) fail(o.line, `BEGIN:${o.name} is never closed: END:${o.name} is missing`);
  return { vevents, ignored, broken };
}

/** Unfolded lines, each with the physical line it starts on. */
export function logicalLines(text: string): { line: number; content: string }[] {
  const out: { line: number; content: string }[] = [];
  text.split(/\r\n|\n|\r/).forEach((physical, i) => {
    const last = out[out.length - 1];
    if ((physical.startsWith(' ') || physical.startsWith('\t')) && last) last.content += physical.slice(1);
    else out.push({ line: i + 1, content: physical });
  });
  return out;
}

/**
 * The line of a broken file that ical.js's error message quotes (`invalid line (no token ";" or
 * ":") "SUMMARY hello"`), or undefined.
 */
export function lineQuoted(text: string, message: string): number | undefined {
  const quoted = /"([^"]{3,})"\s*$/.exec(message)?.[1];
  if (!quoted) return undefined;
  return logicalLines(text).find((l) => l.content.includes(quoted))?.line;
}

export function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
