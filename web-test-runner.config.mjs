// Tests run in real browsers: headless Chromium always; Firefox ESR and WebKit (WebKitGTK's
// MiniBrowser under Xvfb, through its WebDriver) where installed, unless MINGA_NO_FIREFOX=1 or
// MINGA_NO_WEBKIT=1. `npm test -- --group <name>` runs one folder of test/ (e.g. `--group feed`).
import { readdirSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import * as puppeteer from 'puppeteer-core';
import { findChromium, findFirefox, findWebKit, findXvfb } from './scripts/browsers.mjs';
import { capabilitiesPlugin, withCapabilities } from './test/support/browser-capabilities.mjs';
import { webkitLauncher } from './test/support/webkit-launcher.mjs';
import { serverCommands } from './test/support/server-commands.mjs';
import { countReporter } from './test/support/count-reporter.mjs';
import { embedServer } from './test/support/embed-server.mjs';

const chromium = findChromium();
const firefox = findFirefox();
const webkit = findWebKit();

const CHROME_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // For the heap bound of test/live: gc() on demand, and performance.memory without rounding.
  '--js-flags=--expose-gc',
  '--enable-precise-memory-info',
];

/**
 * Chromium, and Firefox and WebKit where installed, each with what it can do for a test beyond
 * running the page (test/support/browser-capabilities.mjs); `timeZone` sets the browsers' clock zone
 * (TZ for Chromium's and Firefox's processes, an argument for WebKit's).
 */
function launchers(timeZone, { withWebKit = true } = {}) {
  const env = timeZone ? { ...process.env, TZ: timeZone } : process.env;
  const list = [
    withCapabilities(
      // Named for what it is (the launcher says "Chrome" of any executable it is given).
      Object.assign(
        chromeLauncher({ launchOptions: { executablePath: chromium, args: CHROME_ARGS, headless: true, env } }),
        { name: 'Chromium' },
      ),
      ['emulate-media', 'held-keys', 'measure-heap'],
    ),
  ];
  if (firefox) {
    // Over WebDriver BiDi, puppeteer cannot emulate media ("CDP support is required for this feature").
    const launcher = chromeLauncher({
      puppeteer,
      launchOptions: { browser: 'firefox', executablePath: firefox, headless: true, env },
    });
    list.push(withCapabilities(launcher, ['held-keys']));
  }
  if (webkit && withWebKit) {
    // WebDriver classic: keys are sent one at a time, and there is no media emulation.
    list.push(withCapabilities(webkitLauncher({ driverPath: webkit, xvfbPath: findXvfb(), timeZone }), []));
  }
  return list;
}
const browsers = launchers();

// The viewer far from every event: UTC+14, where it is already tomorrow for most of the world.
export const FAR_VIEWER_ZONE = 'Pacific/Kiritimati';

// One group per folder of test/ that holds tests; test/far-viewer runs in browsers set to FAR_VIEWER_ZONE;
// test/fuzz in Chromium and Firefox only (its thousands of renders would take WebKit's WebDriver many minutes).
const groups = readdirSync('test', { withFileTypes: true })
  .filter(
    (d) =>
      d.isDirectory() && readdirSync(`test/${d.name}`, { recursive: true }).some((f) => String(f).endsWith('.test.ts')),
  )
  .map((d) => ({
    name: d.name,
    files: `test/${d.name}/**/*.test.ts`,
    ...(d.name === 'far-viewer' ? { browsers: launchers(FAR_VIEWER_ZONE) } : {}),
    ...(d.name === 'fuzz' ? { browsers: launchers(undefined, { withWebKit: false }) } : {}),
  }));

export default {
  groups,
  nodeResolve: true,
  browsers,
  concurrency: 1,
  browserStartTimeout: 60_000,
  // A long fuzz campaign (FUZZ_RUNS, see test/fuzz/config.ts) gets 50 ms per case on top: a tenth of its cases are renders.
  testsFinishTimeout: 180_000 + 50 * (Number(process.env.FUZZ_RUNS) || 0),
  testFramework: { config: { timeout: 10_000 } },
  middleware: [
    (await import('./test/support/csp-server.mjs')).cspMiddleware(), // test/csp/pages/ get a strict CSP header
    (await import('./test/support/live-feed-server.mjs')).liveFeedMiddleware(), // test/live's changing feeds
  ],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    serverCommands(),
    capabilitiesPlugin(),
    (await import('./test/support/framework-commands.mjs')).frameworkCommands(),
    embedServer(),
    (await import('./test/support/live-feed-server.mjs')).liveFeedCommands(),
  ],
  // Lit's dev-mode notice and the feed problem reports that tests provoke on purpose are noise here;
  // test/feed/report.test.ts asserts the reports themselves.
  filterBrowserLogs: ({ args }) => !/Lit is in dev mode|minga-widgets: the event feed/.test(String(args[0])),
  reporters: [defaultReporter(), countReporter()],
};
