// Part of `npm run bench`: a <minga-series-map> of 100, 500 and 2,000 generated, fictional events
// spread over the world in Chromium: the time from adding it to a painted frame with its markers
// and labels laid out, per event at each size (the ratio of 2,000 to 100 shows how it scales: near
// 1 is linear), and the longest task while it is resized and settles.
import puppeteer from 'puppeteer-core';
import { findChromium } from './browsers.mjs';
import { benchPage } from './bench-page.mjs';

const SIZES = [100, 500, 2000];
// MINGA_BENCH_MAP_ROUNDS=1 for a quick look; each size is also mounted once first, validating its feed.
const ROUNDS = Number(process.env.MINGA_BENCH_MAP_ROUNDS) || 3;

export async function benchMap() {
  const chromium = findChromium();
  if (!chromium) {
    console.log('Series map: skipped, no Chromium found (see scripts/browsers.mjs).');
    return;
  }
  const served = await benchPage('bench-map', 'bench/map-page.ts');
  const browser = await puppeteer.launch({ executablePath: chromium, args: ['--no-sandbox'], protocolTimeout: 0 });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1100, height: 800 });
    await page.goto(served.url);
    await page.waitForFunction('window.runBench');
    // Runs in the page, where runBench is defined by bench/map-page.ts.
    const results = await page.evaluate((sizes, rounds) => globalThis.runBench(sizes, rounds), SIZES, ROUNDS);
    console.log(
      `\n<minga-series-map> of fictional events over the world in Chromium, 1000 px wide, add to painted frame, median of ${ROUNDS}:`,
    );
    for (const r of results) {
      console.log(
        `  ${String(r.n).padStart(5)} events (${String(r.markers).padStart(4)} markers, ${String(r.labels).padStart(4)} labels shown)` +
          `  ${r.ms.toFixed(0).padStart(6)} ms  ${(r.ms / r.n).toFixed(3).padStart(7)} ms/event` +
          `   first, validating the feed ${r.first.toFixed(0).padStart(6)} ms   longest task on resize ${r.resize.toFixed(0).padStart(5)} ms`,
      );
    }
    const per = (r) => r.ms / r.n;
    const [small, large] = [results[0], results[results.length - 1]];
    console.log(
      `  ms/event at ${large.n} ÷ at ${small.n}: ${(per(large) / per(small)).toFixed(2)} (under 2 is near-linear)`,
    );
  } finally {
    await browser.close();
    served.close();
  }
}

// `node scripts/bench-map.mjs` runs this part alone.
if (import.meta.url === `file://${process.argv[1]}`) await benchMap();
