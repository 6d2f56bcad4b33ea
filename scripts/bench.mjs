#!/usr/bin/env node
// `npm run bench`: speed figures, never pass/fail. Each figure is reported with a baseline
// measured in the same run, so machines of different speed give comparable ratios.
//   feed validation: validateFeed() on a generated feed of 1,000 sessions over 5 days,
//   against JSON.parse of the same text (the least any reader of the feed must do).
//   agenda rendering: <minga-agenda> with that feed in Chromium, against a bare Lit template
//   rendering the same number of elements (scripts/bench-agenda.mjs).
//   agenda at forum scale: grid and list of 1,000 sessions in 10 rooms against bare Lit and
//   @event-calendar/core's resource time grid, and 5,000 sessions from the feed's text
//   (scripts/bench-forum.mjs).
//   first render: the seed's agenda and countdown from the script tag, in Chromium slowed down as
//   a phone on "Slow 4G", against bare Lit rendering the same DOM (scripts/bench-first-render.mjs).
//   countdown renders: <minga-countdown> renders per minute at each precision, against the clock
//   ticks a render-every-second countdown would make (see the end of this file).
// Runs on dist/ (`npm run build` first, or `prepare` did it on install).
import { performance } from 'node:perf_hooks';

const { validateFeed } = await import('../dist/feed/validate.js');

function generatedFeed(sessions, days) {
  const perDay = Math.ceil(sessions / days);
  const pad = (n) => String(n).padStart(2, '0');
  const list = [];
  for (let i = 0; i < sessions; i++) {
    const day = Math.floor(i / perDay);
    const slot = i % perDay;
    const track = slot % 10;
    const hour = 8 + (Math.floor(slot / 10) % 12);
    const minute = (Math.floor(slot / 120) * 5) % 60;
    const date = `2019-12-${pad(9 + day)}`;
    list.push({
      id: `s${i}`,
      title: { en: `Session ${i}`, es: `Sesión ${i}`, fr: `Session ${i}` },
      start: `${date}T${pad(hour)}:${pad(minute)}`,
      end: `${date}T${pad(hour)}:${pad(minute + 4)}`,
      track: `Track ${track}`,
      speakers: [{ name: `Speaker ${i}`, affiliation: 'Example City' }],
      url: `https://example.org/sessions/${i}`,
    });
  }
  return {
    version: 1,
    defaultLanguage: 'en',
    events: [
      {
        id: 'bench',
        name: 'Bench forum',
        timeZone: 'America/Mexico_City',
        start: '2019-12-09',
        end: '2019-12-13',
        sessions: list,
      },
    ],
  };
}

function time(fn, rounds) {
  fn(); // warm up
  const samples = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

const text = JSON.stringify(generatedFeed(1000, 5));
const parsed = JSON.parse(text);
const coldStart = performance.now();
const problems = validateFeed(parsed).problems; // the first read of a page: zone offsets not yet cached
const cold = performance.now() - coldStart;
if (problems.some((p) => p.severity === 'error')) throw new Error(`bench feed is invalid: ${problems[0].message}`);
const parse = time(() => JSON.parse(text), 30);
const validate = time(() => validateFeed(parsed), 10);
console.log(`Feed of 1,000 sessions over 5 days (${(text.length / 1024).toFixed(0)} KB of JSON), median of runs:`);
console.log(`  JSON.parse (baseline)   ${parse.toFixed(2).padStart(8)} ms`);
console.log(`  validateFeed, first run ${cold.toFixed(2).padStart(8)} ms   ${(cold / parse).toFixed(1)}× the baseline`);
console.log(
  `  validateFeed, repeated  ${validate.toFixed(2).padStart(8)} ms   ${(validate / parse).toFixed(1)}× the baseline`,
);

const { benchAgenda } = await import('./bench-agenda.mjs');
await benchAgenda(parsed);
const { benchForum } = await import('./bench-forum.mjs');
await benchForum();
const { benchFirstRender } = await import('./bench-first-render.mjs');
await benchFirstRender();
// Countdown renders: how often a <minga-countdown> re-renders at each precision. A pretended,
// frozen clock is stepped one second at a time through an hour (3,600 clock ticks, what a
// second-by-second timer would cost) in headless Chromium on the script-tag bundle, and the
// element's renders are counted. Without dist/cdn (`npm run build`) or a Chromium, the figures
// are worked out from msUntilChange() instead, and say so (MINGA_BENCH_NO_BROWSER=1 forces that).
import { createServer } from 'node:http';
import { existsSync, readFileSync as readText } from 'node:fs';
import { extname, join as joinPath } from 'node:path';

/* global window, document -- the functions given to tab.waitForFunction and tab.evaluate run in the page */
const HOUR_STEPS = 3600;
const PRECISIONS = ['seconds', 'minutes', 'hours', 'days'];
// Two days and a bit ahead, not on a whole minute, so every unit has digits to change.
const FROM = Date.UTC(2030, 0, 1);
const TARGET = FROM + 2 * 86_400_000 + 3 * 3_600_000 + 30 * 60_000 + 30_000;

async function measuredInChromium() {
  const { findChromium } = await import('./browsers.mjs');
  const chromium = process.env.MINGA_BENCH_NO_BROWSER ? undefined : findChromium();
  if (!chromium || !existsSync('dist/cdn/minga-widgets.js')) return undefined;
  const types = { '.js': 'text/javascript', '.html': 'text/html' };
  const page =
    '<!doctype html><html lang="en"><body><script type="module">window.minga = await import("./minga-widgets.js");</script></body></html>';
  const server = createServer((req, res) => {
    const path = req.url === '/' ? null : joinPath('dist/cdn', new URL(req.url, 'http://x').pathname);
    if (path && !existsSync(path)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[path ? extname(path) : '.html'] ?? 'text/plain' });
    res.end(path ? readText(path) : page);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const puppeteer = (await import('puppeteer-core')).default;
  const browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });
  try {
    const tab = await browser.newPage();
    await tab.goto(`http://127.0.0.1:${server.address().port}/`);
    await tab.waitForFunction(() => window.minga !== undefined);
    return await tab.evaluate(
      async (precisions, from, target, steps) => {
        const { setNow, MingaCountdown } = window.minga;
        let renders = 0;
        const render = MingaCountdown.prototype.render;
        MingaCountdown.prototype.render = function (...args) {
          renders++;
          return render.apply(this, args);
        };
        const result = {};
        for (const precision of precisions) {
          setNow(from, { frozen: true });
          const el = Object.assign(document.createElement('minga-countdown'), {
            target: new Date(target).toISOString(),
            precision,
          });
          document.body.append(el);
          await el.updateComplete;
          renders = 0;
          const started = performance.now();
          for (let s = 1; s <= steps; s++) {
            setNow(from + s * 1000, { frozen: true });
            await el.updateComplete;
          }
          result[precision] = { renders, ms: performance.now() - started };
          el.remove();
        }
        return result;
      },
      PRECISIONS,
      FROM,
      TARGET,
      HOUR_STEPS,
    );
  } finally {
    await browser.close();
    server.close();
  }
}

function workedOut() {
  return import('../dist/time/countdown.js').then(({ msUntilChange }) => {
    const result = {};
    for (const precision of PRECISIONS) {
      let renders = 0;
      for (let t = FROM; t <= FROM + HOUR_STEPS * 1000; t += msUntilChange(TARGET - t, precision))
        if (t > FROM) renders++;
      result[precision] = { renders };
    }
    return result;
  });
}

const measured = await measuredInChromium().catch((error) => {
  console.warn(`(countdown: Chromium run failed: ${error.message})`);
  return undefined;
});
const renders = measured ?? (await workedOut());
console.log(
  `\n<minga-countdown> renders over a pretended hour, ${measured ? 'measured in headless Chromium (dist/cdn)' : 'worked out from msUntilChange (no dist/cdn or Chromium)'}:`,
);
console.log(
  `  clock ticks (baseline: a render on every second)  ${String(HOUR_STEPS).padStart(5)} per hour   60 per minute`,
);
for (const precision of PRECISIONS) {
  const { renders: n, ms } = renders[precision];
  const time = ms === undefined ? '' : `   (${(ms / HOUR_STEPS).toFixed(3)} ms per tick)`;
  console.log(
    `  precision="${precision}"`.padEnd(51) +
      `${String(n).padStart(5)} per hour   ${(n / 60).toFixed(n < 60 ? 3 : 0).padStart(2)} per minute${time}`,
  );
}

const { benchMap } = await import('./bench-map.mjs');
await benchMap();
