// Part of `npm run bench`: renders an agenda of 1,000 sessions over 5 days in Chromium and a bare
// Lit template with the same number of elements, in the same page, and reports the ratio.
import puppeteer from 'puppeteer-core';
import { findChromium } from './browsers.mjs';
import { benchPage } from './bench-page.mjs';

export async function benchAgenda(feed) {
  const chromium = findChromium();
  if (!chromium) {
    console.log('Agenda rendering: skipped, no Chromium found (see scripts/browsers.mjs).');
    return;
  }
  const served = await benchPage('bench-agenda', 'bench/agenda-page.ts');
  const browser = await puppeteer.launch({ executablePath: chromium, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    await page.goto(served.url);
    await page.waitForFunction('window.runBench');
    // Runs in the page, where runBench is defined by bench/agenda-page.ts.
    const r = await page.evaluate((f) => globalThis.runBench(f, 15), feed);
    console.log(
      `Agenda of 1,000 sessions over 5 days in Chromium (${r.elements} elements), render and layout, median of 15:`,
    );
    const ms = (n) => `${n.toFixed(1).padStart(7)} ms`;
    const line = (label, x, base) =>
      console.log(
        `  ${label.padEnd(58)} ${ms(x.ms)}   (layout ${x.layout.toFixed(1).padStart(5)} ms)` +
          (base ? `   ${(x.ms / base.ms).toFixed(2)}× the baseline` : ''),
      );
    line('baseline: bare Lit template, same elements, same laziness', r.lazyBare);
    line('bare Lit template, every element laid out', r.bare, r.lazyBare);
    line('<minga-agenda> (lays out the sessions on screen)', r.agenda, r.lazyBare);
    const script = (x) => x.ms - x.layout;
    console.log(
      `  script alone, before layout: agenda ${script(r.agenda).toFixed(1)} ms, bare ${script(r.lazyBare).toFixed(1)} ms, ` +
        `${(script(r.agenda) / script(r.lazyBare)).toFixed(2)}×`,
    );
    console.log(
      `  <minga-agenda>, first on the page (validates the feed)${ms(r.firstWithValidation).padStart(13)}   ${(r.firstWithValidation / r.lazyBare.ms).toFixed(2)}× the baseline`,
    );
  } finally {
    await browser.close();
    served.close();
  }
}
