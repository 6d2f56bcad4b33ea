#!/usr/bin/env node
// `npm run size`: gzip (-9) sizes of the script-tag bundle in dist/cdn/ (run `npm run build`
// first). "Loaded up front" is minga-widgets.js plus every chunk it imports statically; lazy
// chunks (other UI languages, the world map geometry) are listed apart. In the same run, the
// same Vite build of the runtime dependencies alone (Lit, @lit/localize) gives the
// baseline the figures compare to, and luxon alone shows what keeping it in the bundle would cost.
// It also prints what each kind of page loads before its elements render, against issue 14's targets.
// `--check` exits 1 when the up-front size is over the 40 KB budget, or the world map chunk
// (geometry and layout, which <minga-series-map> loads) is missing or over its 35 KB budget (CI runs it).
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { build } from 'vite';

const BUDGET = 40 * 1024;
const GEOMETRY_BUDGET = 35 * 1024;
const GEOMETRY = /^world-map-[\w-]+\.js$/;
const DIR = 'dist/cdn';
const ENTRY = 'minga-widgets.js';
const gz = (code) => gzipSync(code, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

function staticImports(code) {
  const found = new Set();
  for (const m of code.matchAll(/(?:^|[;}\n])\s*import\s*(?:[^"'()]*?from\s*)?["'](\.\/[^"']+)["']/g))
    found.add(m[1].slice(2));
  return found;
}

const files = readdirSync(DIR).filter((f) => f.endsWith('.js'));
const upfront = new Set([ENTRY]);
for (const queue = [ENTRY]; queue.length;) {
  for (const dep of staticImports(readFileSync(join(DIR, queue.pop()), 'utf8'))) {
    if (!upfront.has(dep)) {
      upfront.add(dep);
      queue.push(dep);
    }
  }
}
const size = (f) => gz(readFileSync(join(DIR, f)));
const upfrontSize = [...upfront].reduce((sum, f) => sum + size(f), 0);

mkdirSync('node_modules/.cache', { recursive: true });
async function bundled(name, source) {
  const entry = `node_modules/.cache/size-${name}.js`;
  writeFileSync(entry, source);
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      target: 'es2021',
      minify: true,
      lib: { entry, formats: ['es'], fileName: () => `${name}.js` },
      rolldownOptions: { output: { minify: true } },
    },
  });
  return [out].flat()[0].output.reduce((s, o) => s + gz(o.code ?? o.source ?? ''), 0);
}
const baseline = await bundled(
  'baseline',
  "export * from 'lit';\nexport * from 'lit/decorators.js';\nexport * from '@lit/localize';\n",
);
const luxon = await bundled('luxon', "export * from 'luxon';\n");

console.log('Script-tag bundle (dist/cdn), gzip -9:');
for (const f of upfront) console.log(`  ${f.padEnd(34)} ${kb(size(f)).padStart(9)}  up front`);
for (const f of files.filter((f) => !upfront.has(f))) {
  const what = GEOMETRY.test(f)
    ? `lazy: world map geometry and layout, budget ${kb(GEOMETRY_BUDGET)}`
    : /^embed/.test(f)
      ? 'iframe embed page (not loaded by the bundle)'
      : 'lazy';
  console.log(`  ${f.padEnd(34)} ${kb(size(f)).padStart(9)}  ${what}`);
}
console.log(
  `  ${'loaded up front'.padEnd(34)} ${kb(upfrontSize).padStart(9)}  budget ${kb(BUDGET)} (${Math.round((100 * upfrontSize) / BUDGET)}% used)`,
);
console.log(
  `Baseline, Lit + @lit/localize alone: ${kb(baseline)}; the bundle is ${(upfrontSize / baseline).toFixed(2)}× that, ` +
    `so minga's own code adds ${kb(upfrontSize - baseline)}.`,
);
console.log(`luxon alone, for comparison (a test oracle, not in the bundle): ${kb(luxon)}.`);
// What a page loads before its elements render (issue 14's targets: one countdown or event summary
// at most 22 KB, all five at most 36 KB). Every element is in the entry today, so every page loads
// it whole; the map's geometry follows once a map appears, under its own budget.
const PAGE_TARGETS = { 'one <minga-countdown>': 22, 'one <minga-event-summary>': 22, 'all five elements': 36 };
console.log('Loaded before the first render, by page (English UI; another language adds its chunk):');
for (const [page, target] of Object.entries(PAGE_TARGETS))
  console.log(`  ${page.padEnd(34)} ${kb(upfrontSize).padStart(9)}  target ${target} KB`);
const geometry = files.filter((f) => GEOMETRY.test(f) && !upfront.has(f));
if (process.argv.includes('--check')) {
  const problems = [];
  if (upfrontSize > BUDGET) problems.push(`over budget by ${kb(upfrontSize - BUDGET)}`);
  if (geometry.length !== 1)
    problems.push(`expected one lazy world map chunk (world-map-*.js), found ${geometry.length}`);
  for (const f of geometry)
    if (size(f) > GEOMETRY_BUDGET) problems.push(`${f} is over its budget by ${kb(size(f) - GEOMETRY_BUDGET)}`);
  for (const problem of problems) console.error(`size: ${problem}`);
  if (problems.length) process.exit(1);
}
