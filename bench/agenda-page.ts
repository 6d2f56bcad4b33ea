// The page `scripts/bench-agenda.mjs` runs in Chromium: an agenda of a generated feed against a
// bare Lit template that renders the same number of elements, timed the same way.
import { html, render } from 'lit';
import '../src/minga-widgets.js';
import { setNow } from '../src/index.js';
import type { MingaAgenda } from '../src/components/agenda/agenda.js';

/** Milliseconds from adding an agenda to its first complete render and layout. */
async function agendaOnce(feed: object): Promise<{ ms: number; layout: number; elements: number }> {
  const el = document.createElement('minga-agenda') as MingaAgenda;
  el.lang = 'en';
  el.feed = feed;
  const t0 = performance.now();
  document.body.append(el);
  await el.feedComplete;
  const t1 = performance.now();
  void el.offsetHeight; // layout, as a viewer would wait for it
  const t2 = performance.now();
  const elements = el.shadowRoot!.querySelectorAll('*').length;
  el.remove();
  return { ms: t2 - t0, layout: t2 - t1, elements };
}

/**
 * The same number of elements from a bare Lit template: one `<li>` per session, padded with spans.
 * `lazy` gives each `<li>` the agenda's `content-visibility: auto`, for a like-for-like layout.
 */
async function bareOnce(elements: number, sessions: number, lazy: boolean): Promise<{ ms: number; layout: number }> {
  const perSession = Math.floor(elements / sessions) - 1;
  const extra = elements - sessions * (perSession + 1);
  const spans = Array.from({ length: perSession }, (_, i) => i);
  const host = document.createElement('div');
  const t0 = performance.now();
  document.body.append(host);
  render(
    html`<ol>
        ${Array.from({ length: sessions }, (_, s) => html`<li style=${lazy ? 'content-visibility: auto; contain-intrinsic-size: auto 6rem' : ''}>${spans.map((i) => html`<span>Session ${s} ${i}</span>`)}</li>`)}
      </ol>
      ${Array.from({ length: Math.max(0, extra - 1) }, () => html`<i>.</i>`)}`,
    host,
  );
  const t1 = performance.now();
  void host.offsetHeight;
  const t2 = performance.now();
  host.remove();
  return { ms: t2 - t0, layout: t2 - t1 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

(window as unknown as { runBench: unknown }).runBench = async (feed: object, rounds: number) => {
  setNow(Date.parse('2019-12-10T12:00:00-06:00'), { frozen: true }); // mid-event: now/next marks are drawn
  const first = await agendaOnce(feed); // validates the feed once; later agendas reuse the result
  const agenda: { ms: number; layout: number }[] = [];
  const bare: { ms: number; layout: number }[] = [];
  const lazyBare: { ms: number; layout: number }[] = [];
  for (let i = 0; i < rounds; i++) {
    agenda.push(await agendaOnce(feed));
    bare.push(await bareOnce(first.elements, 1000, false));
    lazyBare.push(await bareOnce(first.elements, 1000, true));
  }
  const of = (runs: { ms: number; layout: number }[]) => ({
    ms: median(runs.map((r) => r.ms)),
    layout: median(runs.map((r) => r.layout)),
  });
  return {
    elements: first.elements,
    firstWithValidation: first.ms,
    agenda: of(agenda),
    bare: of(bare),
    lazyBare: of(lazyBare),
  };
};
