// Part of `npm run bench`: <minga-agenda> at forum scale in Chromium.
//   1. Grid and list of 1,000 sessions in 10 rooms on one day, against a bare Lit template of as
//      many elements and against @event-calendar/core's resource time grid (a devDependency used
//      here only) rendering the same sessions; medians of 5 runs in one page.
//   2. A forum of 5,000 sessions over 5 days in 15 rooms, from its feed's text: validation
//      included, the first sessions shown, all of them in the page, and the longest frame.
import { readFile } from 'node:fs/promises';
import puppeteer from 'puppeteer-core';
import { findChromium } from './browsers.mjs';
import { benchPage } from './bench-page.mjs';

const pad = (n) => String(n).padStart(2, '0');
const at = (date, minutes) => `${date}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

/** A fictional forum: `perRoom` sessions of `length` minutes back to back in each of `rooms` rooms, each of `days` days. */
export function forumFeed({ rooms, perRoom, days, length }) {
  const sessions = [];
  for (let d = 0; d < days; d++) {
    const date = `2019-12-${pad(9 + d)}`;
    for (let r = 0; r < rooms; r++) {
      for (let k = 0; k < perRoom; k++) {
        const i = sessions.length;
        sessions.push({
          id: `s${i}`,
          title: { en: `Session ${i} on housing`, es: `Sesión ${i} sobre vivienda` },
          start: at(date, 8 * 60 + k * length),
          end: at(date, 8 * 60 + (k + 1) * length),
          location: `Room ${r + 1}`,
          track: `Track ${(k % 4) + 1}`,
          speakers: [{ name: `Speaker ${i}`, affiliation: 'Example City' }],
        });
      }
    }
  }
  return {
    version: 1,
    defaultLanguage: 'en',
    events: [
      {
        id: 'forum',
        name: 'Bench forum (fictional)',
        timeZone: 'America/Mexico_City',
        start: '2019-12-09',
        end: `2019-12-${pad(8 + days)}`,
        sessions,
      },
    ],
  };
}

/** The same sessions as @event-calendar/core wants them. */
function calendarInput(feed) {
  const sessions = feed.events[0].sessions;
  const rooms = [...new Set(sessions.map((s) => s.location))];
  return {
    date: '2019-12-09',
    resources: rooms.map((r) => ({ id: r, title: r })),
    events: sessions.map((s) => ({
      id: s.id,
      resourceIds: [s.location],
      start: `${s.start}:00`,
      end: `${s.end}:00`,
      title: s.title.en,
    })),
  };
}

export async function benchForum() {
  const chromium = findChromium();
  if (!chromium) {
    console.log('Agenda at forum scale: skipped, no Chromium found (see scripts/browsers.mjs).');
    return;
  }
  const css = await readFile('node_modules/@event-calendar/core/dist/index.css', 'utf8');
  const served = await benchPage('bench-forum', 'bench/forum-page.ts', `<style>${css}</style>`);
  // gc() before each run: a run's frames are not to pay for the garbage of the runs before it.
  const browser = await puppeteer.launch({
    executablePath: chromium,
    args: ['--no-sandbox', '--js-flags=--expose-gc'],
  });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1440, height: 900 });
    await page.goto(served.url);
    await page.waitForFunction('window.benchForum');
    const feed = forumFeed({ rooms: 10, perRoom: 100, days: 1, length: 8 });
    const r = await page.evaluate((f, c) => globalThis.benchForum(f, c, 1000, 5), feed, calendarInput(feed));
    const ms = (n) => `${n.toFixed(0).padStart(6)} ms`;
    const row = (label, x, ...ratios) =>
      console.log(
        `  ${label.padEnd(44)} ${ms(x.first)} ${ms(x.ms)} ${ms(x.layout)} ${ms(x.longest)} ${String(x.elements).padStart(7)}` +
          (ratios.length ? `   ${ratios.join(', ')}` : ''),
      );
    const ratio = (a, b, name) => `${(a.ms / b.ms).toFixed(2)}× ${name}`;
    console.log('\nAgenda of 1,000 sessions in 10 rooms on one day, Chromium, median of 5 runs (feed already read):');
    console.log(
      `  ${''.padEnd(44)} ${'first'.padStart(9)} ${'all'.padStart(9)} ${'layout'.padStart(9)} ${'longest'.padStart(9)} elements`,
    );
    row('@event-calendar/core, resource time grid', r.eventCalendar);
    row('bare Lit, as many elements as the grid', r.bareGrid);
    row('bare Lit, as many elements as the list', r.bareList);
    row(
      '<minga-agenda view="grid">',
      r.grid,
      ratio(r.grid, r.eventCalendar, '@event-calendar/core (target ≤ 0.5×)'),
      ratio(r.grid, r.bareGrid, 'bare Lit (target ≤ 1.3×)'),
    );
    row('<minga-agenda view="list">', r.list, ratio(r.list, r.bareList, 'bare Lit (target ≤ 1.3×)'));
    console.log(
      '  ("first": the first sessions in the page; "all": every one, laid out; "longest": the longest frame, script and rendering, 0 when none took 50 ms)',
    );

    const text = JSON.stringify(forumFeed({ rooms: 15, perRoom: 67, days: 5, length: 12 }));
    const s = await page.evaluate((t) => globalThis.benchScale(t), text);
    console.log(
      `\nA forum of ${(5 * 15 * 67).toLocaleString('en')} sessions over 5 days in 15 rooms, from its feed (validation included), Chromium:`,
    );
    row('<minga-agenda view="list">, every day', s.list);
    row('<minga-agenda view="grid">, one day', s.grid);
    const typed = 'sesion 4321';
    const search = await page.evaluate((t, q) => globalThis.benchSearch(JSON.parse(t), q), text, typed);
    console.log(
      `  search, typing "${typed}" a key every 150 ms (${search.shown} session found), keystroke to its frame painted: ` +
        search.times.map((t) => t.toFixed(0)).join(', ') +
        ` ms; longest frame meanwhile ${search.longest.toFixed(0)} ms`,
    );
  } finally {
    await browser.close();
    served.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchForum();
