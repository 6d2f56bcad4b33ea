#!/usr/bin/env node
// minga-widgets command line.
//   minga-widgets validate FILE_OR_URL   prints every problem of a feed; exits 1 on errors, 0 otherwise
//   minga-widgets jsonld FILE_OR_URL EVENT_ID [--lang=es]
//                                        prints a schema.org Event <script> for the page's <head>
import { readFile } from 'node:fs/promises';

const USAGE =
  'usage: minga-widgets validate FILE_OR_URL\n       minga-widgets jsonld FILE_OR_URL EVENT_ID [--lang=LANGUAGE]';

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

const args = process.argv.slice(2);
const language = args.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
const [command, target, eventId] = args.filter((a) => !a.startsWith('--'));
if (command === 'validate' && target) process.exit(await validate(target));
if (command === 'jsonld' && target && eventId) process.exit(await jsonld(target, eventId, language));
console.error(USAGE);
process.exit(command === '--help' || command === '-h' ? 0 : 2);
