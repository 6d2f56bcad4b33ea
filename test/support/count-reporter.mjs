// Writes the totals of a test run, and each browser's, to a file so that scripts/test.mjs can print
// them, ending with `N passed, N failed` as the very last line (the runner's own summary carries
// colour codes). Each skipped test is listed by name, with the reason recorded by skipWithout()
// (test/support/browser-capabilities.mjs).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { recordedSkips } from './browser-capabilities.mjs';

export const COUNT_FILE = 'node_modules/.cache/minga-test-count.json';

const key = (...parts) => JSON.stringify(parts);

function walk(suite, path, visit) {
  const here = suite?.name ? [...path, suite.name] : path;
  for (const test of suite?.tests ?? []) visit(test, [...here, test.name]);
  for (const child of suite?.suites ?? []) walk(child, here, visit);
}

export function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0, browsers: {} };
      const reasons = new Map(recordedSkips.map((s) => [key(s.browser, s.testFile, ...s.titlePath), s.reason]));
      for (const session of sessions) {
        const name = session.browser.name;
        const browser = (counts.browsers[name] ??= { passed: 0, failed: 0, skipped: 0, skips: [] });
        const add = (what, n = 1) => {
          counts[what] += n;
          browser[what] += n;
        };
        walk(session.testResults, [], (test, titlePath) => {
          if (test.skipped) {
            add('skipped');
            const file = relative(process.cwd(), session.testFile);
            const reason =
              reasons.get(key(name, session.testFile, ...titlePath)) ?? 'skipped without a recorded reason';
            browser.skips.push({ test: `${file}: ${titlePath.join(' › ')}`, reason });
          } else if (test.passed) add('passed');
          else add('failed');
        });
        // A file that failed to load, or threw outside a test, counts as a failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) add('failed', session.errors.length);
      }
      mkdirSync(dirname(COUNT_FILE), { recursive: true }); // absent after a fresh npm ci
      writeFileSync(COUNT_FILE, JSON.stringify(counts));
    },
  };
}
