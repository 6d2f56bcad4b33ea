// The page `scripts/bench-map.mjs` runs in Chromium: a series map of generated, fictional events
// at each size, timed from adding it to its first painted frame, and the longest task of a resize.
import '../src/minga-widgets.js';
import { setNow } from '../src/index.js';
import type { MingaSeriesMap } from '../src/components/series-map/series-map.js';

/** `n` fictional events a day apart from 2030, at places spread over the world by a fixed sequence. */
function generatedFeed(n: number): object {
  let seed = 1;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const day = 86_400_000;
  return {
    version: 1,
    defaultLanguage: 'en',
    series: [{ id: 'bench', name: 'Bench tour' }],
    events: Array.from({ length: n }, (_, i) => ({
      id: `bench-${i}`,
      name: `Bench meeting ${i}`,
      series: 'bench',
      timeZone: 'UTC',
      start: new Date(Date.UTC(2030, 0, 1) + i * day).toISOString().slice(0, 10),
      location: {
        locality: `Town ${i}`,
        geo: {
          lat: Math.round((random() * 140 - 65) * 1e4) / 1e4,
          lon: Math.round((random() * 360 - 180) * 1e4) / 1e4,
        },
      },
    })),
  };
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `test` holds, checking on every frame. */
async function until(test: () => unknown): Promise<void> {
  while (!test()) await frame();
}

/** Milliseconds from adding a map of `feed` to a painted frame with its markers and labels laid out. */
async function mapOnce(
  feed: object,
  host: HTMLElement,
): Promise<{ ms: number; el: MingaSeriesMap; markers: number; labels: number }> {
  const el = document.createElement('minga-series-map') as MingaSeriesMap;
  el.lang = 'en';
  el.series = 'bench';
  el.feed = feed;
  const t0 = performance.now();
  host.append(el);
  const root = el.shadowRoot!;
  await until(() => root.querySelector('svg') && root.querySelector('.group[data-side]'));
  await frame();
  await frame();
  const ms = performance.now() - t0;
  const groups = [...root.querySelectorAll('.group')];
  return {
    ms,
    el,
    markers: groups.length,
    labels: groups.filter((g) => g.getAttribute('data-side') !== 'hidden').length,
  };
}

/** The longest task while the map is resized and settles (the map re-lays out after ~150 ms). */
async function resizeOnce(host: HTMLElement): Promise<number> {
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => e.duration)));
  observer.observe({ type: 'longtask' });
  // A drag: a few widths a frame apart, then a pause for the map to settle.
  for (const width of [900, 860, 820, 780, 740]) {
    host.style.inlineSize = `${width}px`;
    await frame();
  }
  await pause(1000);
  await frame();
  await frame();
  tasks.push(...observer.takeRecords().map((e) => e.duration));
  observer.disconnect();
  return Math.max(0, ...tasks);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

(window as unknown as { runBench: unknown }).runBench = async (sizes: number[], rounds: number) => {
  setNow(Date.parse('2031-06-01T00:00:00Z'), { frozen: true }); // mid-series: past and upcoming markers
  const host = document.createElement('div');
  host.style.inlineSize = '1000px';
  document.body.append(host);
  // Loads the world map chunk and warms the code, so each size measures the map alone.
  (await mapOnce(generatedFeed(10), host)).el.remove();
  const results = [];
  for (const n of sizes) {
    const feed = generatedFeed(n);
    host.style.inlineSize = '1000px';
    const first = await mapOnce(feed, host); // validates the feed; later maps reuse the result
    first.el.remove();
    const runs: number[] = [];
    let resize = 0;
    for (let i = 0; i < rounds; i++) {
      host.style.inlineSize = '1000px';
      const { ms, el } = await mapOnce(feed, host);
      runs.push(ms);
      if (i === 0) resize = await resizeOnce(host);
      el.remove();
    }
    results.push({ n, first: first.ms, ms: median(runs), resize, markers: first.markers, labels: first.labels });
  }
  host.remove();
  return results;
};
