#!/usr/bin/env node
// `npm test`: make sure the browsers exist, build (the tests load the built bundle too), run every
// test in Chromium, Firefox ESR and WebKit (each of the last two where installed, see
// scripts/browsers.mjs), print each browser's counts and skipped tests, and end with the line
// `N passed, N failed`. Extra arguments go to the test runner: `npm test -- --group feed`.
// WebKit's driver and its Xvfb display are started by the runner's WebKit launcher
// (test/support/webkit-launcher.mjs) and ended when it stops; any survivor is ended here, so that
// no Xvfb or WebKitWebDriver outlives `npm test`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureBrowsers } from './browsers.mjs';
import { COUNT_FILE } from '../test/support/count-reporter.mjs';
import { endLeftovers } from '../test/support/webkit-processes.mjs';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' }).status ?? 1;

if (!ensureBrowsers()) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}
if (run(process.execPath, ['scripts/build.mjs']) !== 0) {
  console.log('the build failed\n0 passed, 1 failed');
  process.exit(1);
}
mkdirSync('node_modules/.cache', { recursive: true });
rmSync(COUNT_FILE, { force: true });
const code = run(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', ...process.argv.slice(2)]);
const leftovers = endLeftovers();
if (leftovers.length) console.log(`ended what the WebKit launcher left running: ${leftovers.join(', ')}`);
let counts = { passed: 0, failed: code === 0 ? 0 : 1, skipped: 0, browsers: {} };
try {
  counts = JSON.parse(readFileSync(COUNT_FILE, 'utf8'));
} catch {
  // The runner stopped before reporting (a browser failed to start): counted as one failure.
}
if (code !== 0 && counts.failed === 0) counts.failed = 1;
const line = ({ passed, failed, skipped }) =>
  `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
console.log('');
for (const [name, browser] of Object.entries(counts.browsers)) {
  console.log(`${name}: ${line(browser)}`);
  for (const { test, reason } of browser.skips) console.log(`  skipped ${test}\n    because ${reason}`);
}
console.log(line(counts));
process.exit(code === 0 && counts.failed === 0 ? 0 : 1);
