#!/usr/bin/env node
// minga-widgets command line.
//   minga-widgets validate FILE_OR_URL   prints every problem of a feed; exits 1 on errors, 0 otherwise
//   minga-widgets jsonld FILE_OR_URL EVENT_ID [--lang=es]
//                                        prints a schema.org Event <script> for the page's <head>
//   minga-widgets ics FILE_OR_URL [EVENT_ID…] [--lang=es] [--sessions] [--feed-url=URL] [-o FILE]
//                                        writes an iCalendar file to host beside the feed (subscriptions)
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const USAGE = [
  'usage: minga-widgets validate FILE_OR_URL',
  '       minga-widgets jsonld FILE_OR_URL EVENT_ID [--lang=LANGUAGE]',
  '       minga-widgets ics FILE_OR_URL [EVENT_ID…] [--lang=LANGUAGE] [--sessions] [--feed-url=URL] [-o FILE]',
].join('\n');

async function read(target) {
  if (/^https?:\/\//i.test(target)) {
    const response = await fetch(target, { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`${target} answered HTTP ${response.status}`);
    return response.text();
  }
  return readFile(target, 'utf8');
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

/**
 * The calendar of the feed's events (or those named), one entry per event or per session, with
 * the UIDs the agenda's downloads use, so subscribed calendars replace what was downloaded.
 */
async function ics(target, eventIds, { language, sessions, feedUrl, output }) {
  const { feedCalendar } = await import('../dist/calendar/feed-entries.js');
  const { formatProblem } = await import('../dist/feed/problems.js');
  const result = await load(target);
  if (typeof result === 'number') return result;
  const { feed, problems } = result;
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) {
    for (const problem of errors) console.error(formatProblem(problem));
    console.error(`${target} has ${errors.length} error(s); fix them first (minga-widgets validate ${target})`);
    return 1;
  }
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
  if (output) await writeFile(output, text);
  else process.stdout.write(text);
  return 0;
}

const args = process.argv.slice(2);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const language = option('lang');
const outputAt = args.indexOf('-o');
const output = outputAt >= 0 ? args[outputAt + 1] : undefined;
const positional = args.filter((a, i) => !a.startsWith('-') && (outputAt < 0 || i !== outputAt + 1));
const [command, target, eventId] = positional;
if (command === 'validate' && target) process.exit(await validate(target));
if (command === 'jsonld' && target && eventId) process.exit(await jsonld(target, eventId, language));
if (command === 'ics' && target && (outputAt < 0 || output)) {
  const options = { language, sessions: args.includes('--sessions'), feedUrl: option('feed-url'), output };
  process.exit(await ics(target, positional.slice(2), options));
}
console.error(USAGE);
process.exit(command === '--help' || command === '-h' ? 0 : 2);
