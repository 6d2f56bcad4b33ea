#!/usr/bin/env node
// `npm run build`: the world map geometry (src/generated/world-110m.ts), UI strings from xliff/, the npm build (unbundled ES modules + .d.ts in dist/),
// the script-tag bundle (dist/cdn/) with the iframe embed page beside it, custom-elements.json, the element
// reference (docs/elements/) and the framework types and editor data (types/).
// `--npm-only` (used by `prepare`) skips the bundle and the manifest, and leaves an existing dist/cdn alone.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';

const npmOnly = process.argv.includes('--npm-only');
const bin = (name) => `node_modules/.bin/${name}`;

function step(label, cmd, args) {
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) {
    process.stdout.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
    console.error(`build: ${label} failed`);
    process.exit(result.status ?? 1);
  }
  process.stderr.write(result.stderr ?? ''); // warnings, such as a css`` template left unminified
  console.log(`build: ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

step('world map geometry (scripts/world-geometry.mjs)', process.execPath, ['scripts/world-geometry.mjs']);
step('UI strings (lit-localize build)', bin('lit-localize'), ['build']);
// `--npm-only` keeps dist/cdn: npm runs `prepare` after `prepack` (the full build) when packing,
// and the package must ship the script-tag bundle.
for (const entry of existsSync('dist') ? readdirSync('dist') : []) {
  if (!(npmOnly && entry === 'cdn')) rmSync(`dist/${entry}`, { recursive: true, force: true });
}
step('npm modules and types (tsc)', bin('tsc'), ['-p', 'tsconfig.build.json']);
// tsc keeps css`` templates as written; minify them as the Vite plugin does for the bundle. The step pads
// each template with the line breaks it lost, so tsc's source maps stay right outside the templates;
// inside a minified template they point at its first line.
const minifyArgs = ['scripts/minify-css-templates.mjs', 'dist', '--exclude', 'dist/cdn', '--exclude', 'dist/site'];
step('CSS in css`` templates of dist/ (scripts/minify-css-templates.mjs)', process.execPath, minifyArgs);
if (!npmOnly) {
  step('script-tag bundle (vite)', bin('vite'), ['build', '--logLevel', 'warn']);
  step('iframe embed page (vite --mode embed)', bin('vite'), ['build', '--mode', 'embed', '--logLevel', 'warn']);
  step('snippet builder page (vite --mode builder)', bin('vite'), ['build', '--mode', 'builder', '--logLevel', 'warn']);
  copyFileSync('demo/feed.json', 'dist/site/feed.json');
  step('custom-elements.json (cem analyze)', bin('cem'), ['analyze']);
  // cem lists modules in the order the file system gives them, which differs between checkouts;
  // sorted, the file is the same on every machine and CI can tell when it is stale.
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  manifest.modules.sort((a, b) => a.path.localeCompare(b.path));
  writeFileSync('custom-elements.json', `${JSON.stringify(manifest, null, 2)}\n`);
  step('element reference docs (docs/elements)', process.execPath, ['scripts/element-docs.mjs']);
  step('framework types and editor data (types/)', process.execPath, ['scripts/framework-types.mjs']);
}
