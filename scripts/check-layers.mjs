#!/usr/bin/env node
// `npm run lint` runs this: the folders of src/ stack in one order, and a module imports only from
// its own folder or the folders below it (docs/decisions.md, "How the folders stack"). Element
// folders do not import one another: elements share code through base/, not through each other.
// Exits 1 and names each import that points up or sideways.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** Lowest first. Each entry may import from the entries before it and from itself. */
const LAYERS = [
  'generated', // UI strings and the world geometry: data, importing nothing of ours
  'internal', // plumbing that knows nothing of events: page clock, Intl cache, language, registration
  'time', // wall times, zones, formatting, schedules
  'data', // the Sustainable Development Goals table
  'feed', // the feed format: types, validation, loading, an event's state, converters to and from other formats
  'calendar', // iCalendar files
  'events', // the elements' typed DOM events
  'controllers', // reactive controllers: clock, feed, language
  'base', // the base element and the render helpers every element shares
  'components', // the elements, one folder each
  'define', // tag registration
  'embed', // the iframe embed page
  '.', // entry points: index.ts, minga-widgets.ts, localization.ts, locale-loaders.ts
];

const SRC = resolve('src');
const layerOf = (file) => {
  const [top] = relative(SRC, file).split('/');
  return top.endsWith('.ts') ? '.' : top;
};
const componentOf = (file) => relative(SRC, file).split('/').slice(0, 2).join('/');

const files = readdirSync(SRC, { recursive: true })
  .map((f) => join(SRC, String(f)))
  .filter((f) => f.endsWith('.ts'));
const problems = [];
for (const file of files) {
  const from = layerOf(file);
  const rank = LAYERS.indexOf(from);
  if (rank === -1)
    problems.push(`${relative('.', file)}: folder src/${from} is not in the stack of scripts/check-layers.mjs`);
  const text = readFileSync(file, 'utf8');
  for (const [, spec] of text.matchAll(/(?:^|\n)\s*(?:import|export)\s(?:[^'"]*?from\s*)?['"](\.[^'"]+)['"]/g)) {
    const target = resolve(dirname(file), spec).replace(/\.js$/, '.ts');
    const to = layerOf(target);
    const where = `${relative('.', file)} imports ${spec}`;
    if (LAYERS.indexOf(to) > rank) problems.push(`${where}: src/${from} sits below src/${to}`);
    else if (to === 'components' && from === 'components' && componentOf(file) !== componentOf(target)) {
      problems.push(`${where}: one element's folder importing another's (share it through src/base)`);
    }
  }
  for (const [, spec] of text.matchAll(/import\(\s*['"](\.[^'"]+)['"]\s*\)/g)) {
    const to = layerOf(resolve(dirname(file), spec));
    if (LAYERS.indexOf(to) > rank)
      problems.push(`${relative('.', file)} loads ${spec}: src/${from} sits below src/${to}`);
  }
}
for (const p of problems) console.error(`layers: ${p}`);
if (problems.length) process.exit(1);
console.log(`layers: ${files.length} modules, every import points down (${LAYERS.join(' < ')})`);
