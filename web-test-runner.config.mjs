// Tests run in real headless browsers: Chromium always, Firefox ESR where installed.
// `npm test -- --group <name>` runs one folder of test/ (e.g. `--group feed`).
import { readdirSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import * as puppeteer from 'puppeteer-core';
import { findChromium, findFirefox } from './scripts/browsers.mjs';
import { serverCommands } from './test/support/server-commands.mjs';
import { countReporter } from './test/support/count-reporter.mjs';

const chromium = findChromium();
const firefox = findFirefox();

const CHROME_ARGS = ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
  '--disable-quic'];

const browsers = [
  chromeLauncher({ launchOptions: { executablePath: chromium, args: CHROME_ARGS, headless: true } }),
];
if (firefox) {
  browsers.push(chromeLauncher({
    puppeteer,
    launchOptions: { browser: 'firefox', executablePath: firefox, headless: true },
  }));
}

// One group per folder of test/ that holds tests.
const groups = readdirSync('test', { withFileTypes: true })
  .filter((d) => d.isDirectory() && readdirSync(`test/${d.name}`, { recursive: true }).some((f) => String(f).endsWith('.test.ts')))
  .map((d) => ({ name: d.name, files: `test/${d.name}/**/*.test.ts` }));

export default {
  groups,
  nodeResolve: true,
  browsers,
  concurrency: 1,
  browserStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    serverCommands(),
  ],
  // Lit's dev-mode notice and the feed problem reports that tests provoke on purpose are noise here;
  // test/feed/report.test.ts asserts the reports themselves.
  filterBrowserLogs: ({ args }) => !/Lit is in dev mode|minga-widgets: the event feed/.test(String(args[0])),
  reporters: [defaultReporter(), countReporter()],
};
