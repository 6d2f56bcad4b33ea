import { expect, html } from '@open-wc/testing';
import '../../src/minga-widgets.js';
import type { MingaAgenda } from '../../src/components/agenda/agenda.js';
import { $, $$, isolate } from '../support/fixture.js';
import { agendaFeed, mountAgenda } from './harness.js';

isolate();

/** A fictional forum of `n` sessions over three days, ten rooms in parallel. */
function bigForum(n: number) {
  const pad = (x: number) => String(x).padStart(2, '0');
  return agendaFeed(
    Array.from({ length: n }, (_, i) => {
      const day = 9 + (i % 3);
      const slot = Math.floor(i / 30);
      const [h, m] = [8 + Math.floor(slot / 4), (slot % 4) * 15];
      return {
        id: `s${i}`,
        title: `Session ${i}`,
        start: `2019-12-${pad(day)}T${pad(h)}:${pad(m)}`,
        end: `2019-12-${pad(day)}T${pad(h)}:${pad(m + 14)}`,
        location: `Room ${i % 10}`,
      };
    }),
    { start: '2019-12-09', end: '2019-12-11' },
  );
}

const sessionCount = (el: Element) => $$(el, '[part~="session"]').length;

/** Adds an agenda and returns how many sessions its first render put in the page. */
async function firstRenderCount(el: MingaAgenda): Promise<number> {
  let first = 0;
  const seen = new Promise<void>((resolve) => {
    const watch = () => {
      const observer = new MutationObserver(() => {
        const n = sessionCount(el);
        if (n && !first) {
          first = n;
          observer.disconnect();
          resolve();
        }
      });
      observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    };
    // The shadow root exists once the element is in the page.
    queueMicrotask(watch);
  });
  document.body.append(el);
  await seen;
  return first;
}

describe('<minga-agenda> with hundreds of sessions', () => {
  it('renders the first screen at once and the rest in later tasks; updateComplete waits for all', async () => {
    const el = Object.assign(document.createElement('minga-agenda'), { feed: bigForum(900), view: 'list' });
    el.lang = 'en';
    const first = await firstRenderCount(el);
    expect(first).to.be.above(0);
    expect(first).to.be.below(900);
    await el.updateComplete;
    expect(sessionCount(el)).to.equal(900);
    // In time order, every day in turn, as find-in-page and screen readers meet them.
    const ids = $$(el, '[part~="session"]').map((s) => Number(s.dataset.sessionId!.slice(1)));
    expect(ids.slice(0, 3)).to.deep.equal([0, 3, 6]);
  });

  it('puts every session in the page before printing', async () => {
    const el = Object.assign(document.createElement('minga-agenda'), { feed: bigForum(900), view: 'list' });
    el.lang = 'en';
    expect(await firstRenderCount(el)).to.be.below(900);
    dispatchEvent(new Event('beforeprint'));
    expect(sessionCount(el)).to.equal(900);
    dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
  });

  it('prints every session from the grid too, whose day the list replaces', async () => {
    const el = await mountAgenda(
      html`<minga-agenda lang="en" view="grid" style="width: 80rem" .feed=${bigForum(900)}></minga-agenda>`,
    );
    expect($(el, '[part~="grid"]')).to.exist;
    expect(sessionCount(el)).to.equal(300);
    dispatchEvent(new Event('beforeprint'));
    // Rendered at once, before the page is laid out for paper: every day, every session.
    expect($(el, '[part~="grid"]')).to.equal(null);
    expect(sessionCount(el)).to.equal(900);
    dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(sessionCount(el)).to.equal(300);
  });

  it('keeps every rendered session in place when a star changes', async () => {
    const el = await mountAgenda(html`<minga-agenda lang="en" view="list" .feed=${bigForum(600)}></minga-agenda>`);
    const last = $$(el, '[part~="session"]').at(-1)!;
    $$(el, '[part~="star"]')[0].click();
    await el.updateComplete;
    // The same element: nothing was rendered again from scratch.
    expect($$(el, '[part~="session"]').at(-1)).to.equal(last);
    expect(sessionCount(el)).to.equal(600);
  });

  it('keeps the sessions in the page that a search keeps showing, rather than rendering them again', async () => {
    const el = await mountAgenda(html`<minga-agenda lang="en" view="list" .feed=${bigForum(900)}></minga-agenda>`);
    const input = $<HTMLInputElement>(el, '[part~="search"]')!;
    const search = async (query: string) => {
      input.value = query;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await el.updateComplete;
    };
    const byId = () => new Map($$(el, '[part~="session"]').map((s) => [s.dataset.sessionId, s]));
    const before = byId();
    // Every title has "Session": all 900 still shown, each the same element.
    await search('session');
    const all = byId();
    expect(all.size).to.equal(900);
    expect([...all].every(([id, s]) => before.get(id) === s)).to.equal(true);
    // "room" and "3": every session with a 3 in its title or room, 252, more than a first screen
    // (60), every one the same element.
    await search('room 3');
    const some = byId();
    expect(some.size).to.equal(252);
    expect([...some].every(([id, s]) => before.get(id) === s)).to.equal(true);
  });

  it('moves focus from "Show all sessions" to the search at once, before every session is back', async () => {
    const el = await mountAgenda(html`<minga-agenda lang="en" view="list" .feed=${bigForum(900)}></minga-agenda>`);
    const input = $<HTMLInputElement>(el, '[part~="search"]')!;
    input.value = 'nothing like this';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    const showAll = $(el, '[part~="no-match"] button')!;
    showAll.focus();
    showAll.click();
    // A task later: the first render after the click is done (a microtask), the next step is not
    // (it waits for a painted frame). The first screen of sessions, and focus on the search.
    await new Promise((resolve) => setTimeout(resolve));
    expect(sessionCount(el)).to.equal(60);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part~="search"]'));
    await el.updateComplete;
    expect(sessionCount(el)).to.equal(900);
  });

  it('stops rendering when it leaves the page, and goes on when it comes back', async () => {
    const el = Object.assign(document.createElement('minga-agenda'), { feed: bigForum(900), view: 'list' });
    el.lang = 'en';
    const first = await firstRenderCount(el);
    el.remove();
    // Several frames and the hidden-page timer (100 ms) later, nothing more was rendered.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(sessionCount(el)).to.equal(first);
    document.body.append(el);
    await el.updateComplete;
    expect(sessionCount(el)).to.equal(900);
    el.remove();
  });
});
