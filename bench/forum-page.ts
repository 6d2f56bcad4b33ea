// The page `scripts/bench-forum.mjs` runs in Chromium: <minga-agenda> as a list and as a grid for a
// generated forum, against a bare Lit template of as many elements (laid out as lazily) and against
// @event-calendar/core's resource time grid showing the same sessions, timed the same way.
import { html, render } from 'lit';
import { createCalendar, destroyCalendar, ResourceTimeGrid } from '@event-calendar/core';
import '../src/minga-widgets.js';
import { setNow } from '../src/index.js';
import type { MingaAgenda } from '../src/components/agenda/agenda.js';

interface Run {
  /** From adding the element to its first sessions in the page. */
  first: number;
  /** From adding it to every session in the page, laid out. */
  ms: number;
  /** The last layout alone. */
  layout: number;
  /**
   * The longest frame meanwhile: a long animation frame's script and the style, layout and paint
   * that follow it (Chromium's long tasks leave the rendering out); 0 when none took 50 ms.
   */
  longest: number;
  elements: number;
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
/** After the next frame is painted: a task posted from its animation frame callback runs once it is. */
const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/** Times `start` (which adds something to the page) until `done` says it is complete, with long tasks. */
async function timed(
  start: () => void,
  shown: () => boolean,
  done: () => Promise<void>,
  count: () => number,
  roots: () => Node[] = () => [],
): Promise<Run> {
  // Garbage left by the runs before this one is collected first (the bench exposes gc()).
  (globalThis as { gc?: () => void }).gc?.();
  // After the frame that collected it, so that the run's first frame is its own.
  await painted();
  const tasks: number[] = [];
  let t0 = Infinity;
  const observer = new PerformanceObserver((list) =>
    list
      .getEntries()
      // Only tasks that ran during this run (the page's own work before it does not count).
      .forEach((e) => e.startTime + e.duration >= t0 && tasks.push(e.duration)),
  );
  observer.observe({ type: 'long-animation-frame', buffered: false });
  let first = 0;
  t0 = performance.now();
  // Watched until the first sessions show, and no longer: the check itself costs.
  const watch = new MutationObserver(() => {
    if (first || !shown()) return;
    first = performance.now() - t0;
    watch.disconnect();
  });
  watch.observe(document.body, { childList: true, subtree: true });
  start();
  for (const root of roots()) watch.observe(root, { childList: true, subtree: true });
  await done();
  const beforeLayout = performance.now();
  void document.body.offsetHeight;
  const ms = performance.now() - t0;
  const layout = performance.now() - beforeLayout;
  // Long frames are reported a few frames after they end.
  for (let i = 0; i < 5; i++) await painted();
  observer.disconnect();
  watch.disconnect();
  return { first: first || ms, ms, layout, longest: Math.max(0, ...tasks), elements: count() };
}

async function agenda(feed: object, view: string): Promise<Run> {
  const el = document.createElement('minga-agenda') as MingaAgenda;
  el.lang = 'en';
  el.setAttribute('view', view);
  el.style.width = '1400px';
  el.feed = feed;
  const sessions = () => el.shadowRoot?.querySelectorAll('[part~="session"]').length ?? 0;
  const run = await timed(
    () => document.body.append(el),
    () => sessions() > 0,
    async () => {
      await el.feedComplete;
      await el.updateComplete;
    },
    () => el.shadowRoot!.querySelectorAll('*').length,
    // A body observer does not see into the shadow root: it is watched once it exists.
    () => [el.shadowRoot!],
  );
  el.remove();
  return run;
}

/** The same number of elements from a bare Lit template, one `<li>` per session padded with spans, laid out as lazily. */
async function bare(elements: number, sessions: number): Promise<Run> {
  const perSession = Math.max(1, Math.floor(elements / sessions) - 1);
  const spans = Array.from({ length: perSession }, (_, i) => i);
  const host = document.createElement('div');
  const run = await timed(
    () => {
      document.body.append(host);
      render(
        html`<ol>
          ${Array.from(
            { length: sessions },
            (_, s) =>
              html`<li style="content-visibility: auto; contain-intrinsic-size: auto 6rem">
                ${spans.map((i) => html`<span>Session ${s} ${i}</span>`)}
              </li>`,
          )}
        </ol>`,
        host,
      );
    },
    () => true,
    () => Promise.resolve(),
    () => host.querySelectorAll('*').length,
  );
  host.remove();
  return run;
}

interface CalendarInput {
  date: string;
  resources: { id: string; title: string }[];
  events: { id: string; resourceIds: string[]; start: string; end: string; title: string }[];
}

/** @event-calendar/core's resource time grid for one day, rooms as resources. */
async function eventCalendar(input: CalendarInput): Promise<Run> {
  const host = document.createElement('div');
  host.style.width = '1400px';
  let calendar: ReturnType<typeof createCalendar> | undefined;
  const events = () => host.querySelectorAll('.ec-event').length;
  const run = await timed(
    () => {
      document.body.append(host);
      calendar = createCalendar(host, [ResourceTimeGrid], {
        view: 'resourceTimeGridDay',
        date: input.date,
        resources: input.resources,
        events: input.events,
        slotMinTime: '08:00',
        slotMaxTime: '23:00',
        height: '800px',
      });
    },
    () => events() > 0,
    async () => {
      while (events() < input.events.length) await frame();
    },
    () => host.querySelectorAll('*').length,
  );
  await destroyCalendar(calendar!);
  host.remove();
  return run;
}

const median = (runs: Run[]): Run => {
  const mid = <K extends keyof Run>(k: K) => [...runs.map((r) => r[k])].sort((a, b) => a - b)[runs.length >> 1];
  return {
    first: mid('first'),
    ms: mid('ms'),
    layout: mid('layout'),
    longest: mid('longest'),
    elements: mid('elements'),
  };
};

async function rounds(n: number, once: () => Promise<Run>): Promise<Run> {
  const runs: Run[] = [];
  for (let i = 0; i < n; i++) runs.push(await once());
  return median(runs);
}

Object.assign(window, {
  /** Grid and list of `feed` (one day) against bare Lit and @event-calendar/core. */
  async benchForum(feed: object, calendar: CalendarInput, sessions: number, n: number) {
    setNow(Date.parse('2019-12-09T06:00:00-06:00'), { frozen: true });
    await agenda(feed, 'list'); // validates the feed once, loads the lazy chunk: later agendas reuse both
    const grid = await rounds(n, () => agenda(feed, 'grid'));
    const list = await rounds(n, () => agenda(feed, 'list'));
    return {
      grid,
      list,
      bareGrid: await rounds(n, () => bare(grid.elements, sessions)),
      bareList: await rounds(n, () => bare(list.elements, sessions)),
      eventCalendar: await rounds(n, () => eventCalendar(calendar)),
    };
  },
  /** A whole forum from its feed's text: reading and validating it included, once per view. */
  async benchScale(text: string) {
    setNow(Date.parse('2019-12-09T06:00:00-06:00'), { frozen: true });
    const result: Record<string, Run> = {};
    for (const view of ['list', 'grid']) {
      const feed = JSON.parse(text) as object;
      // Parsed in a task of its own: the page's reading of the text is not the agenda's work.
      await frame();
      result[view] = await agenda(feed, view);
    }
    return result;
  },
  /**
   * Typing in the search of an agenda of `feed`, a key every 150 ms (a quick typist) while the
   * agenda goes on rendering: from each keystroke until its frame is painted, in ms.
   */
  async benchSearch(feed: object, typed: string) {
    const el = document.createElement('minga-agenda') as MingaAgenda;
    el.lang = 'en';
    el.setAttribute('view', 'list');
    el.feed = feed;
    (globalThis as { gc?: () => void }).gc?.();
    document.body.append(el);
    await el.feedComplete;
    await el.updateComplete;
    // The viewer starts typing once the page is idle (when the agenda makes its search texts).
    await new Promise((resolve) => requestIdleCallback(resolve));
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part~="search"]')!;
    const times: number[] = [];
    const frames: number[] = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => frames.push(e.duration)));
    observer.observe({ type: 'long-animation-frame' });
    for (let i = 1; i <= typed.length; i++) {
      const t0 = performance.now();
      input.value = typed.slice(0, i);
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await painted();
      times.push(performance.now() - t0);
      await new Promise((resolve) => setTimeout(resolve, 150 - (performance.now() - t0)));
    }
    await el.updateComplete;
    for (let i = 0; i < 5; i++) await painted();
    observer.disconnect();
    const shown = el.shadowRoot!.querySelectorAll('[part~="session"]').length;
    el.remove();
    return { times, shown, longest: Math.max(0, ...frames) };
  },
});
