// Writes the totals of a test run to a file so that scripts/test.mjs can print
// `N passed, N failed` as the very last line (the runner's own summary carries colour codes).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const COUNT_FILE = 'node_modules/.cache/minga-test-count.json';

function walk(suite, counts) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) counts.skipped++;
    else if (test.passed) counts.passed++;
    else counts.failed++;
  }
  for (const child of suite?.suites ?? []) walk(child, counts);
}

export function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        walk(session.testResults, counts);
        // A file that failed to load, or threw outside a test, counts as a failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) counts.failed += session.errors.length;
      }
      mkdirSync(dirname(COUNT_FILE), { recursive: true }); // absent after a fresh npm ci
      writeFileSync(COUNT_FILE, JSON.stringify(counts));
    },
  };
}
