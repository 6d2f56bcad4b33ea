// Part of `npm run bench`: the first render of the seed's agenda and countdown on a page that
// loads the script-tag bundle (dist/cdn) and the feed, in Chromium slowed down as a mid-range
// phone on a poor connection (Chrome DevTools Protocol: 4× CPU slowdown, the "Slow 4G" profile),
// against the floor: a page that renders the same DOM with bare Lit from inline data
// (bench/first-render-floor.ts). Both are served gzip-compressed, each run in a fresh context
// with an empty cache. "First render" is when both elements show their content (a frame polls).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, extname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import puppeteer from 'puppeteer-core';
import { findChromium } from './browsers.mjs';

const OUT = 'node_modules/.cache/bench-first-render';
const ROUNDS = 7;
// Chrome DevTools' "Slow 4G" preset: 1.6 Mbps × 0.9 down, 750 kbps × 0.9 up, 150 ms × 3.75 latency.
const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: 180_000, uploadThroughput: 84_375 };
const CPU_SLOWDOWN = 4;
const ELEMENTS = `<minga-agenda src="/feed.json" event="pd-lac-2019"></minga-agenda>
<minga-countdown src="/feed.json" event="pd-lac-2019"></minga-countdown>`;
const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html; charset=utf-8' };

/* global window, document, performance, requestAnimationFrame -- the functions below run in the page */
/** Records in `window.firstRender` the first frame where every host in `expected` shows its text. */
function watchFirstRender(expected) {
  const check = () => {
    const done = expected.every(([selector, text]) =>
      document.querySelector(selector)?.shadowRoot?.textContent.includes(text),
    );
    if (done) window.firstRender = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

export async function benchFirstRender() {
  const chromium = findChromium();
  if (!chromium || !existsSync('dist/cdn/minga-widgets.js')) {
    console.log('\nFirst render: skipped, it needs Chromium and dist/cdn (`npm run build`).');
    return;
  }
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir: OUT,
      emptyOutDir: true,
      target: 'es2021',
      minify: true,
      lib: { entry: 'bench/first-render-floor.ts', formats: ['es'], fileName: () => 'floor.js' },
    },
  });
  const head =
    '<!doctype html><html lang="en"><meta charset="utf-8"><script type="module" src="/minga-widgets.js"></script>';
  const pages = {
    '/minga.html': `${head}<body>${ELEMENTS}`,
    // A page that also says which feed it will need: the feed arrives with the script, not after it.
    '/minga-preload.html': `${head}<link rel="preload" href="/feed.json" as="fetch" crossorigin><body>${ELEMENTS}`,
  };
  const gzipped = new Map();
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    let body = pages[path];
    if (body === undefined) {
      const file =
        path === '/feed.json'
          ? 'demo/feed.json'
          : path === '/floor.js'
            ? join(OUT, 'floor.js')
            : join('dist/cdn', path);
      body = await readFile(file).catch(() => undefined);
    }
    if (body === undefined) {
      res.writeHead(404).end();
      return;
    }
    if (!gzipped.has(path)) gzipped.set(path, gzipSync(body, { level: 9 }));
    res.writeHead(200, {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'content-encoding': 'gzip',
      'cache-control': 'no-store',
    });
    res.end(gzipped.get(path));
  }).listen(0);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });
  try {
    // Unthrottled, once: what the elements render, which the floor page then renders bare.
    const probe = await browser.newPage();
    await probe.goto(`${origin}/minga.html`);
    await probe.waitForFunction(() =>
      ['minga-agenda', 'minga-countdown'].every((t) => document.querySelector(t)?.feedComplete),
    );
    const shown = await probe.evaluate(async () => {
      const hosts = [...document.querySelectorAll('minga-agenda, minga-countdown')];
      await Promise.all(hosts.map((h) => h.feedComplete));
      return hosts.map((h) => ({
        tag: h.localName,
        html: h.shadowRoot.innerHTML,
        css: h.shadowRoot.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n'),
        text: h.shadowRoot.querySelector('h2, h3, time, li')?.textContent.trim() ?? h.shadowRoot.textContent.trim(),
      }));
    });
    await probe.close();
    const floorData = JSON.stringify(shown.map(({ tag, html, css }) => ({ tag, html, css }))).replace(/</g, '\\u003c');
    pages['/floor.html'] =
      `<!doctype html><html lang="en"><meta charset="utf-8"><script type="module" src="/floor.js"></script>` +
      `<script type="application/json" id="shown">${floorData}</script><body>` +
      shown.map(({ tag }) => `<div data-floor="${tag}"></div>`).join('');
    const expected = {
      '/minga.html': shown.map(({ tag, text }) => [tag, text]),
      '/minga-preload.html': shown.map(({ tag, text }) => [tag, text]),
      '/floor.html': shown.map(({ tag, text }) => [`[data-floor="${tag}"]`, text]),
    };

    const run = async (path) => {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setCacheEnabled(false);
      const cdp = await page.createCDPSession();
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
      let bytes = 0;
      cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
      await page.evaluateOnNewDocument(watchFirstRender, expected[path]);
      await page.goto(`${origin}${path}`);
      await page.waitForFunction(() => window.firstRender !== undefined, { timeout: 60_000, polling: 50 });
      const ms = await page.evaluate(() => window.firstRender);
      await context.close();
      return { ms, bytes };
    };
    const results = { '/minga.html': [], '/minga-preload.html': [], '/floor.html': [] };
    for (let i = 0; i < ROUNDS; i++) for (const path of Object.keys(results)) results[path].push(await run(path));
    const median = (runs) => [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)];
    const [minga, preloaded, floor] = ['/minga.html', '/minga-preload.html', '/floor.html'].map((p) =>
      median(results[p]),
    );
    const line = (label, r) =>
      `  ${label.padEnd(62)} ${r.ms.toFixed(0).padStart(6)} ms   ${(r.bytes / 1024).toFixed(1).padStart(5)} KB transferred`;
    console.log(
      `\nFirst render of the seed agenda and countdown, Chromium at ${CPU_SLOWDOWN}× CPU slowdown on "Slow 4G" ` +
        `(${SLOW_4G.latency} ms, ${((SLOW_4G.downloadThroughput * 8) / 1e6).toFixed(2)} Mbps), median of ${ROUNDS}:`,
    );
    console.log(line('baseline: bare Lit, the same DOM from inline data', floor));
    const ratio = (r) => `   ${(r.ms / floor.ms).toFixed(2)}× the baseline`;
    console.log(line("the README's snippet: the script tag (dist/cdn), then the feed", minga) + ratio(minga));
    console.log(line('the same with <link rel="preload" as="fetch"> for the feed', preloaded) + ratio(preloaded));
  } finally {
    await browser.close();
    server.close();
  }
}
