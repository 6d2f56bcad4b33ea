// What each browser's launcher can do for a test beyond running the page, declared where the
// launchers are made (web-test-runner.config.mjs), and the tests skipped for lack of it.
// A test asks with `skipWithout(this, 'emulate-media')` (test/support/capability.ts): in a browser
// whose launcher lacks it, the test is skipped, and the skip is recorded here with its reason so
// that the summary (test/support/count-reporter.mjs) names every skipped test and why.

/** Each capability, as the reason a test is skipped without it: "<browser> cannot …". */
export const CAPABILITIES = {
  'emulate-media':
    'emulate print media or a colour scheme (the test runner’s emulateMedia needs the Chrome DevTools Protocol, which neither WebDriver BiDi nor classic WebDriver offers)',
  'held-keys':
    'hold a modifier key down across key presses (the test runner’s sendKeys({ down }) has no classic WebDriver form)',
  'measure-heap':
    'collect garbage and measure the heap on demand (only Chromium offers gc() and precise performance.memory, with --js-flags=--expose-gc and --enable-precise-memory-info)',
};

/** Declares what `launcher` can do (names from CAPABILITIES); returns it. */
export function withCapabilities(launcher, capabilities) {
  for (const c of capabilities) if (!(c in CAPABILITIES)) throw new Error(`unknown capability ${c}`);
  launcher.mingaCapabilities = new Set(capabilities);
  return launcher;
}

/** Skips recorded in this run: { browser, testFile, titlePath, reason }. */
export const recordedSkips = [];

export function capabilitiesPlugin() {
  return {
    name: 'minga-capabilities',
    async executeCommand({ command, payload, session }) {
      if (command === 'minga-capabilities') return [...(session.browser.mingaCapabilities ?? [])];
      if (command === 'minga-skip') {
        const { capability, titlePath } = payload;
        const reason = `${session.browser.name} cannot ${CAPABILITIES[capability] ?? capability}`;
        recordedSkips.push({ browser: session.browser.name, testFile: session.testFile, titlePath, reason });
        return reason;
      }
      return undefined;
    },
  };
}
