#!/usr/bin/env node
// minga-widgets command line.
//   minga-widgets validate FILE_OR_URL   prints every problem of a feed; exits 1 on errors, 0 otherwise
//   minga-widgets jsonld FILE_OR_URL EVENT_ID [--lang=es]
//                                        prints a schema.org Event <script> for the page's <head>
//   minga-widgets ics FILE_OR_URL [EVENT_ID…] [--lang=es] [--sessions] [--feed-url=URL] [-o FILE]
//                                        writes an iCalendar file to host beside the feed (subscriptions)
//   minga-widgets import FILE_OR_URL [--from csv|ical|frab|sessionize] [--time-zone ZONE] [--event ID]
//                        [--name TEXT] [--lang TAG] [--date-order dmy|mdy] [--events] [--merge FEED] [-o FILE]
//                                        converts a programme into a feed; writes nothing while an error remains
//   minga-widgets export FEED --to frab|frab-xml|ical [--event ID] [--lang TAG] [-o FILE]
//                                        a frab schedule.json / .xml for attendees' schedule apps, or the ics file
// Exit codes: 0 done, 1 the input has errors (each printed with its place), 2 usage or reading errors.
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const USAGE = [
  'usage: minga-widgets validate FILE_OR_URL',
  '       minga-widgets jsonld FILE_OR_URL EVENT_ID [--lang=LANGUAGE]',
  '       minga-widgets ics FILE_OR_URL [EVENT_ID…] [--lang=LANGUAGE] [--sessions] [--feed-url=URL] [-o FILE]',
  '       minga-widgets import FILE_OR_URL [--from csv|ical|frab|sessionize] [--time-zone ZONE] [--event ID] [--name TEXT]',
  '                            [--lang TAG] [--date-order dmy|mdy] [--events] [--merge FEED] [-o FILE]',
  '       minga-widgets export FEED --to frab|frab-xml|ical [--event ID] [--lang TAG] [-o FILE]',
].join('\n');

const isUrl = (target) => /^https?:\/\//i.test(target);

async function readBytes(target, accept) {
  if (isUrl(target)) {
    const response = await fetch(target, { headers: { Accept: accept } });
    if (!response.ok) throw new Error(`${target} answered HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  }
  return new Uint8Array(await readFile(target));
}

async function read(target) {
  if (isUrl(target)) return new TextDecoder().decode(await readBytes(target, 'application/json'));
  return readFile(target, 'utf8');
}

/** Writes `text` to the file `output`, or to standard output without one: exit code 0, or 2 when it cannot. */
async function write(output, text) {
  if (!output) {
    process.stdout.write(text);
    return 0;
  }
  try {
    await writeFile(output, text);
    return 0;
  } catch (error) {
    console.error(`cannot write ${output}: ${error.message}`);
    return 2;
  }
}

/** The feed's validation result, or an exit code when it cannot be read. */
async function load(target) {
  const { validateFeed } = await import('../dist/feed/validate.js');
  let text;
  try {
    text = await read(target);
  } catch (error) {
    console.error(`cannot read ${target}: ${error.message}`);
    return 2;
  }
  try {
    return validateFeed(JSON.parse(text));
  } catch (error) {
    console.error(`${target} is not valid JSON: ${error.message}`);
    return 1;
  }
}

async function validate(target) {
  const { formatProblem } = await import('../dist/feed/problems.js');
  const result = await load(target);
  if (typeof result === 'number') return result;
  const { feed, problems } = result;
  for (const problem of problems) console.log(formatProblem(problem));
  const errors = problems.filter((p) => p.severity === 'error').length;
  const sessions = feed.events.reduce((n, e) => n + e.sessions.length, 0);
  console.log(
    `${target}: ${errors} error(s), ${problems.length - errors} warning(s); ` +
      `${feed.events.length} event(s) and ${sessions} session(s) are valid.`,
  );
  return errors > 0 ? 1 : 0;
}

async function jsonld(target, eventId, language) {
  const { eventJsonLd, jsonLdScriptText } = await import('../dist/feed/json-ld.js');
  const result = await load(target);
  if (typeof result === 'number') return result;
  const event = result.feed.events.find((e) => e.id === eventId);
  if (!event) {
    console.error(
      `${target} has no valid event with the id "${eventId}"; run "minga-widgets validate ${target}" to see why`,
    );
    return 1;
  }
  const data = eventJsonLd(result.feed, event, language ?? result.feed.defaultLanguage);
  console.log(`<script type="application/ld+json">\n${jsonLdScriptText(data)}\n</script>`);
  return 0;
}

/** The feed, or an exit code after printing its errors: the commands that write from a feed need one without. */
async function loadWithoutErrors(target) {
  const { formatProblem } = await import('../dist/feed/problems.js');
  const result = await load(target);
  if (typeof result === 'number') return result;
  const errors = result.problems.filter((p) => p.severity === 'error');
  if (!errors.length) return result.feed;
  for (const problem of errors) console.error(formatProblem(problem));
  console.error(`${target} has ${errors.length} error(s); fix them first (minga-widgets validate ${target})`);
  return 1;
}

/**
 * The calendar of the feed's events (or those named), one entry per event or per session, with
 * the UIDs the agenda's downloads use, so subscribed calendars replace what was downloaded.
 */
async function ics(target, eventIds, { language, sessions, feedUrl, output }) {
  const { feedCalendar } = await import('../dist/calendar/feed-entries.js');
  const feed = await loadWithoutErrors(target);
  if (typeof feed === 'number') return feed;
  const events = eventIds.length ? eventIds.map((id) => feed.events.find((e) => e.id === id)) : feed.events;
  const missing = eventIds.filter((_, i) => !events[i]);
  if (missing.length) {
    console.error(`${target} has no event with the id ${missing.map((id) => `"${id}"`).join(', ')}`);
    return 1;
  }
  const remote = /^https?:\/\//i.test(target);
  if (!feedUrl && !remote) {
    console.error(
      'warning: without --feed-url (the address pages read the feed from), the entries will not replace those downloaded from an agenda',
    );
  }
  // Written as the agenda writes it (new URL(src, page).href), or the UIDs would differ.
  let source;
  try {
    source = new URL(feedUrl ?? (remote ? target : pathToFileURL(resolve(target)).href)).href;
  } catch {
    console.error(`--feed-url=${feedUrl} is not an absolute address`);
    return 2;
  }
  const lang = language ?? feed.defaultLanguage;
  // Named after what the feed says the calendar holds: one event, or the one series of them all.
  const series = new Set(events.map((e) => e.series));
  const seriesName =
    series.size === 1 && [...series][0] ? feed.series.find((s) => s.id === [...series][0])?.name : undefined;
  const nameText = events.length === 1 ? events[0].name : seriesName;
  const name = nameText && (nameText[lang] ?? nameText[feed.defaultLanguage] ?? Object.values(nameText)[0]);
  const text = feedCalendar(feed, { events, sessions, language: lang, source, now: Date.now(), name });
  return write(output, text);
}

/**
 * A programme kept elsewhere (CSV, iCalendar, frab, Sessionize) as a feed. Problems go to standard
 * error with their place in the source; the feed goes to `-o` or standard output only when no
 * error remains.
 */
async function importCommand(target, options) {
  const { importProgramme } = await import('../dist/feed/convert/import-programme.js');
  const { formatImportProblem } = await import('../dist/feed/convert/problems.js');
  const { SOURCE_FORMATS } = await import('../dist/feed/convert/types.js');
  if (options.from && !SOURCE_FORMATS.includes(options.from)) {
    console.error(`--from ${options.from}: choose one of ${SOURCE_FORMATS.join(', ')}`);
    return 2;
  }
  if (options['date-order'] && !['dmy', 'mdy'].includes(options['date-order'])) {
    console.error(`--date-order ${options['date-order']}: choose dmy (09/12/2019 is 9 December) or mdy (September 12)`);
    return 2;
  }
  let bytes;
  try {
    bytes = await readBytes(target, '*/*');
  } catch (error) {
    console.error(`cannot read ${target}: ${error.message}`);
    return 2;
  }
  // Merging into an event the feed has: what the source may not say (its name, its zone) is the feed's.
  const namesake = options.merge && options.event ? await eventOf(options.merge, options.event) : undefined;
  const result = await importProgramme(bytes, {
    from: options.from,
    timeZone: options['time-zone'],
    fallbackTimeZone: namesake?.timeZone,
    eventId: options.event,
    name: options.name ?? namesake?.name,
    language: options.lang,
    dateOrder: options['date-order'],
    events: options.events,
  });
  if (result.detected)
    console.error(`${target}: read as ${FORMAT_NAMES[result.format]} (detected; say otherwise with --from)`);
  for (const problem of result.problems) console.error(formatImportProblem(problem));
  let feed = result.feed;
  let errors = result.problems.filter((p) => p.severity === 'error').length;
  let merged = '';
  if (feed && !errors && options.merge) {
    const outcome = await mergeInto(options.merge, feed, { keepName: !options.name, language: options.lang });
    if (typeof outcome === 'number') return outcome;
    ({ feed, errors, merged } = outcome);
  }
  if (!feed || errors) {
    console.error(`${target}: ${errors || 1} error(s); nothing was written. Fix them in the source and import again.`);
    return 1;
  }
  const written = await write(options.o, `${JSON.stringify(feed, null, 2)}\n`);
  if (written) return written;
  const sessions = feed.events.reduce((n, e) => n + (e.sessions?.length ?? 0), 0);
  const warnings = result.problems.length - errors;
  console.error(
    `${target}: ${feed.events.length} event(s) and ${sessions} session(s)${merged}, ${warnings} warning(s)` +
      (options.o ? `; written to ${options.o}` : ''),
  );
  return 0;
}

const FORMAT_NAMES = {
  csv: 'CSV (spreadsheet)',
  ical: 'iCalendar',
  frab: 'a frab schedule (pretalx, frab, OSEM)',
  sessionize: 'Sessionize JSON',
};

/** The event `id` of the feed at `path` with its name as one text, if there is one. */
async function eventOf(path, id) {
  try {
    const feed = JSON.parse(await read(path));
    const event = feed.events.find((e) => e && e.id === id);
    if (!event) return undefined;
    const name =
      typeof event.name === 'string'
        ? event.name
        : (event.name?.[feed.defaultLanguage] ?? Object.values(event.name ?? {})[0]);
    return { name, timeZone: event.timeZone };
  } catch {
    return undefined; // mergeInto says why the feed cannot be read
  }
}

/**
 * `--merge FEED`: the existing feed with the imported event added or put in place of its namesake;
 * `keepName` keeps the namesake's name (in all its languages) when no --name replaced it.
 */
async function mergeInto(path, imported, { keepName, language }) {
  const { mergeFeeds } = await import('../dist/feed/convert/merge.js');
  const { validateFeed } = await import('../dist/feed/validate.js');
  const { formatProblem } = await import('../dist/feed/problems.js');
  let existing;
  try {
    existing = JSON.parse(await read(path));
  } catch (error) {
    console.error(`--merge ${path}: cannot read it as JSON (${error.message})`);
    return 2;
  }
  if (typeof existing !== 'object' || existing === null || !Array.isArray(existing.events)) {
    console.error(`--merge ${path} is not a minga feed (it has no "events" list)`);
    return 2;
  }
  const { feed, replaced, added } = mergeFeeds(existing, imported, { keepName, language });
  // Only the problems the merge brings count: the existing feed's own are its author's to fix, and
  // those of the imported events were printed already, placed in the source.
  const before = new Set(validateFeed(existing).problems.map(formatProblem));
  const importedAt = new Set([...replaced, ...added].map((id) => feed.events.findIndex((e) => e && e.id === id)));
  const inImported = (p) => importedAt.has(Number(/^\/events\/(\d+)/.exec(p.path)?.[1]));
  const fresh = validateFeed(feed).problems.filter((p) => !before.has(formatProblem(p)) && !inImported(p));
  for (const problem of fresh) console.error(`${path}: ${formatProblem(problem)}`);
  const errors = fresh.filter((p) => p.severity === 'error').length;
  const parts = [replaced.length && `replaced ${replaced.join(', ')}`, added.length && `added ${added.join(', ')}`];
  return { feed, errors, merged: ` (merged into ${path}: ${parts.filter(Boolean).join('; ')})` };
}

/**
 * The feed as a frab schedule for attendees' schedule apps: schedule.json, or schedule.xml (what
 * Giggity and EventFahrplan read) with `--to frab-xml` or an `-o` ending in `.xml`; or the feed as
 * the `ics` command writes it.
 */
async function exportCommand(target, options) {
  if (options.to === 'ical') {
    const ids = options.event ? [options.event] : [];
    const icsOptions = {
      language: options.lang,
      sessions: options.sessions,
      feedUrl: options['feed-url'],
      output: options.o,
    };
    return ics(target, ids, icsOptions);
  }
  if (options.to !== 'frab' && options.to !== 'frab-xml') {
    console.error(`--to ${options.to ?? '(missing)'}: choose frab (schedule.json), frab-xml (schedule.xml) or ical`);
    return 2;
  }
  const { feedToFrab } = await import('../dist/feed/convert/to-frab.js');
  const { frabXml } = await import('../dist/feed/convert/to-frab-xml.js');
  const feed = await loadWithoutErrors(target);
  if (typeof feed === 'number') return feed;
  const timed = feed.events.filter((e) => e.sessions.length > 0);
  const event = options.event ? feed.events.find((e) => e.id === options.event) : timed[0];
  if (!event) {
    console.error(
      options.event
        ? `${target} has no event with the id "${options.event}"`
        : `${target} has no event with sessions to export`,
    );
    return 1;
  }
  if (!options.event && timed.length > 1) {
    console.error(`${target} has ${timed.length} events with sessions; exporting "${event.id}" (choose with --event)`);
  }
  const { document, warnings } = feedToFrab(feed, event.id, options.lang ?? feed.defaultLanguage);
  for (const warning of warnings) console.error(`warning  ${warning}`);
  const xml = options.to === 'frab-xml' || /\.xml$/i.test(options.o ?? '');
  return write(options.o, xml ? frabXml(document) : `${JSON.stringify(document, null, 2)}\n`);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      lang: { type: 'string' },
      sessions: { type: 'boolean' },
      'feed-url': { type: 'string' },
      o: { type: 'string', short: 'o' },
      from: { type: 'string' },
      'time-zone': { type: 'string' },
      event: { type: 'string' },
      name: { type: 'string' },
      'date-order': { type: 'string' },
      events: { type: 'boolean' },
      merge: { type: 'string' },
      to: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  console.error(`${error.message}\n${USAGE}`);
  process.exit(2);
}
const { values: options, positionals } = parsed;
const [command, target, eventId] = positionals;
if (command === 'validate' && target) process.exit(await validate(target));
if (command === 'jsonld' && target && eventId) process.exit(await jsonld(target, eventId, options.lang));
if (command === 'ics' && target) {
  const icsOptions = {
    language: options.lang,
    sessions: options.sessions,
    feedUrl: options['feed-url'],
    output: options.o,
  };
  process.exit(await ics(target, positionals.slice(2), icsOptions));
}
if (command === 'import' && target && positionals.length === 2) process.exit(await importCommand(target, options));
if (command === 'export' && target && positionals.length === 2) process.exit(await exportCommand(target, options));
console.error(USAGE);
process.exit(options.help || command === '--help' ? 0 : 2);
