#!/usr/bin/env node
// minga-widgets command line. `minga-widgets validate FILE_OR_URL` prints every problem of a feed
// and exits 1 when there are errors, 0 otherwise (warnings alone pass).
import { readFile } from 'node:fs/promises';

const USAGE = 'usage: minga-widgets validate FILE_OR_URL';

async function read(target) {
  if (/^https?:\/\//i.test(target)) {
    const response = await fetch(target, { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`${target} answered HTTP ${response.status}`);
    return response.text();
  }
  return readFile(target, 'utf8');
}

async function validate(target) {
  const { validateFeed } = await import('../dist/feed/validate.js');
  const { formatProblem } = await import('../dist/feed/problems.js');
  let text;
  try {
    text = await read(target);
  } catch (error) {
    console.error(`cannot read ${target}: ${error.message}`);
    return 2;
  }
  let json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    console.error(`${target} is not valid JSON: ${error.message}`);
    return 1;
  }
  const { feed, problems } = validateFeed(json);
  for (const problem of problems) console.log(formatProblem(problem));
  const errors = problems.filter((p) => p.severity === 'error').length;
  const sessions = feed.events.reduce((n, e) => n + e.sessions.length, 0);
  console.log(`${target}: ${errors} error(s), ${problems.length - errors} warning(s); ` +
    `${feed.events.length} event(s) and ${sessions} session(s) are valid.`);
  return errors > 0 ? 1 : 0;
}

const [command, target] = process.argv.slice(2);
if (command === 'validate' && target) process.exit(await validate(target));
console.error(USAGE);
process.exit(command === '--help' || command === '-h' ? 0 : 2);
