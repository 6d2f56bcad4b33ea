import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setNow } from '../../src/index.js';
import '../../src/minga-widgets.js';
import type { MingaAgenda } from '../../src/components/agenda/agenda.js';
import { $, $$, isolate, waitForText } from '../support/fixture.js';
import { agendaFeed, mountAgenda } from './harness.js';

isolate();

/** A fictional forum in Mexico City over two days, three rooms, with overlaps and a plenary. */
const FORUM = agendaFeed(
  [
    {
      id: 'open',
      title: 'Opening plenary',
      start: '2019-12-09T09:00',
      end: '2019-12-09T10:00',
      location: 'Main hall',
      plenary: true,
    },
    { id: 'a1', title: 'Room A, ten o’clock', start: '2019-12-09T10:00', end: '2019-12-09T11:00', location: 'Room A' },
    {
      id: 'a2',
      title: 'Room A, half past ten',
      start: '2019-12-09T10:30',
      end: '2019-12-09T11:30',
      location: 'Room A',
    },
    { id: 'b1', title: 'Room B, half an hour', start: '2019-12-09T10:00', end: '2019-12-09T10:30', location: 'Room B' },
    { id: 'b2', title: 'Room B, eleven', start: '2019-12-09T11:00', end: '2019-12-09T12:00', location: 'Room B' },
    { id: 'c1', title: 'Room C, late', start: '2019-12-09T22:00', end: '2019-12-10T01:00', location: 'Room C' },
    { id: 'd2', title: 'Second day', start: '2019-12-10T10:00', end: '2019-12-10T11:00', location: 'Room B' },
  ],
  { rooms: ['Room B', 'Room A'] },
);

const session = (el: Element, id: string) => $(el, `[part~="session"][data-session-id="${id}"]`)!;
const box = (el: Element, id: string) => session(el, id).getBoundingClientRect();
const headers = (el: Element) => $$(el, '[part~="room-header"]');
const tabs = (el: Element) => $$(el, '[role="tab"]');
const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;

async function gridAgenda(
  template = html`<minga-agenda lang="en" view="grid" .feed=${FORUM} style="width: 60rem"></minga-agenda>`,
) {
  const el = await mountAgenda(template);
  await waitUntil(() => $(el, '[part~="grid"]'), 'the grid shows', { timeout: 5000 });
  return el;
}

describe('<minga-agenda view="grid">', () => {
  it('puts rooms in columns, in the event’s order, and sessions where their room and time are', async () => {
    const el = await gridAgenda();
    expect(el.effectiveView).to.equal('grid');
    expect(headers(el).map((h) => h.textContent!.trim())).to.deep.equal(['Room B', 'Room A', 'Room C']);
    const [b, a] = headers(el).map((h) => h.getBoundingClientRect());
    // Each session sits under its room's header.
    expect(Math.abs(box(el, 'b1').left - b.left)).to.be.below(4);
    expect(Math.abs(box(el, 'a1').left - a.left)).to.be.below(4);
    // Time runs down: an hour is twice half an hour, and 11:00 is an hour below 10:00.
    const hour = box(el, 'b2').height;
    expect(box(el, 'b1').height).to.be.closeTo(hour / 2, 3);
    expect(box(el, 'b2').top - box(el, 'b1').top).to.be.closeTo(hour, 3);
    expect(box(el, 'a1').top).to.be.closeTo(box(el, 'b1').top, 2);
    // The same contract as the list: data-session-id and the session part.
    expect(session(el, 'a1').getAttribute('part')).to.contain('session');
  });

  it('shares a room’s width between sessions that overlap, and spans a plenary across every room', async () => {
    const el = await gridAgenda();
    const [, a] = headers(el).map((h) => h.getBoundingClientRect());
    const [a1, a2] = [box(el, 'a1'), box(el, 'a2')];
    expect(a1.width).to.be.closeTo(a.width / 2, 4);
    expect(a2.width).to.be.closeTo(a.width / 2, 4);
    expect(a2.left).to.be.closeTo(a1.right, 4);
    const all = headers(el).map((h) => h.getBoundingClientRect());
    const plenary = box(el, 'open');
    expect(plenary.left).to.be.closeTo(all[0].left, 4);
    expect(plenary.right).to.be.closeTo(all[2].right, 4);
    expect(session(el, 'open').getAttribute('part')).to.contain('session-plenary');
  });

  it('shows one day at a time, with day tabs used from the keyboard', async () => {
    const el = await gridAgenda();
    expect(tabs(el).map((t) => t.textContent!.trim())).to.deep.equal([
      'Monday, December 9, 2019',
      'Tuesday, December 10, 2019',
    ]);
    expect(tabs(el)[0].getAttribute('aria-selected')).to.equal('true');
    expect(session(el, 'a1')).to.exist;
    tabs(el)[0].focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => tabs(el)[1].getAttribute('aria-selected') === 'true', 'the second day is chosen');
    expect(focused(el)).to.equal(tabs(el)[1]);
    expect($(el, '[data-session-id="a1"]')).to.equal(null);
    expect(session(el, 'd2')).to.exist;
    expect($(el, '[role="tabpanel"]')!.getAttribute('aria-labelledby')).to.equal(tabs(el)[1].id);
    await sendKeys({ press: 'Home' });
    await waitUntil(() => tabs(el)[0].getAttribute('aria-selected') === 'true', 'Home goes to the first day');
  });

  it('cuts a session at midnight in the zone shown, with "continues" and "continued" marks', async () => {
    const el = await gridAgenda();
    expect(session(el, 'c1').textContent).to.contain('Continues the next day');
    tabs(el)[1].click();
    await waitForText(el, 'Second day');
    expect(session(el, 'c1').textContent).to.contain('Continued from the day before');
    // Its time still reads whole: 10:00 PM on the 9th to 1:00 AM on the 10th.
    expect(session(el, 'c1').querySelector('.when')!.textContent).to.match(/10:00\s?PM.*1:00\s?AM/s);
  });

  it('changes its days when the viewer switches zone: in Seoul the forum’s Monday is Tuesday and Wednesday', async () => {
    const el = await gridAgenda(
      html`<minga-agenda
        lang="en"
        view="grid"
        time-zone="Asia/Seoul"
        .feed=${FORUM}
        style="width: 60rem"></minga-agenda>`,
    );
    // 09:00 in Mexico City is midnight in Seoul; the late session (22:00–01:00) is Wednesday 13:00–16:00.
    expect(tabs(el).map((t) => t.querySelector('time')!.getAttribute('datetime'))).to.deep.equal([
      '2019-12-10',
      '2019-12-11',
    ]);
    expect(session(el, 'open').querySelector('time')!.getAttribute('datetime')).to.equal('2019-12-10T00:00:00+09:00');
  });

  it('starts again from the first day when the viewer switches zone, whose days are other dates', async () => {
    const el = await gridAgenda();
    tabs(el)[1].click();
    await waitUntil(() => tabs(el)[1].getAttribute('aria-selected') === 'true', 'Tuesday chosen');
    el.timeZone = 'Asia/Seoul';
    await waitUntil(() => tabs(el)[0].querySelector('time')!.getAttribute('datetime') === '2019-12-10', 'Seoul days');
    // Seoul's first day (Tuesday 10th) holds Monday's Mexico City sessions: shown from the start, not as "Tuesday".
    expect(tabs(el)[0].getAttribute('aria-selected')).to.equal('true');
    expect(session(el, 'a1')).to.exist;
  });

  it('draws the current time across the grid while the event is on, and moves it with the clock', async () => {
    setNow('2019-12-09T10:15:00-06:00', { frozen: true });
    try {
      const el = await gridAgenda();
      const line = () => $(el, '[part~="now-line"]')?.getBoundingClientRect();
      await waitUntil(() => line(), 'the now line');
      const a1 = box(el, 'a1'); // 10:00–11:00
      expect(line()!.top - a1.top).to.be.closeTo(a1.height / 4, 3);
      setNow('2019-12-09T10:45:00-06:00', { frozen: true });
      await waitUntil(() => Math.abs(line()!.top - a1.top - (a1.height * 3) / 4) < 3, 'the line at 10:45');
    } finally {
      setNow(null);
    }
  });

  it('opens a card cut short by its length on a click or tap, one at a time, and closes it on the next', async () => {
    const el = await gridAgenda();
    // The button's middle is what a pointer there reaches: cut off, it is the grid behind.
    const shown = (id: string) => {
      const button = session(el, id).querySelector('[part~="calendar"]')!;
      const r = button.getBoundingClientRect();
      return el.shadowRoot!.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === button;
    };
    const click = (id: string, part = '.when') => session(el, id).querySelector<HTMLElement>(part)!.click();
    // Half an hour: its buttons do not fit, and a touch screen has no hover to show them.
    expect(shown('b1')).to.equal(false);
    // But its star is in view, at its top corner, as every session's is: a plenary's where the
    // first room's sessions have theirs.
    const onTop = (id: string, part: string) => {
      const button = session(el, id).querySelector(part)!;
      const r = button.getBoundingClientRect();
      return el.shadowRoot!.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)?.closest(part) === button;
    };
    for (const id of ['b1', 'a1', 'a2', 'open']) expect(onTop(id, '[part~="star"]'), id).to.equal(true);
    const first = headers(el)[0].getBoundingClientRect();
    const plenaryStar = session(el, 'open').querySelector('[part~="star"]')!.getBoundingClientRect();
    expect(plenaryStar.right).to.be.within(first.left, first.right);
    expect(plenaryStar.top - box(el, 'open').top).to.be.below(8);
    click('b1');
    await waitUntil(() => shown('b1'), 'the card open, its "Add to calendar" button shown');
    const card = session(el, 'b1').getBoundingClientRect();
    // Open, it keeps its star at its top corner.
    const openStar = session(el, 'b1').querySelector('[part~="star"]')!.getBoundingClientRect();
    expect(openStar.top - card.top).to.be.within(0, 8);
    expect(card.right - openStar.right).to.be.within(0, 8);
    expect(card.bottom).to.be.at.least(
      session(el, 'b1').querySelector('[part~="calendar"]')!.getBoundingClientRect().bottom,
    );
    // Its own buttons do their own work and leave it open.
    click('b1', '[part~="star"]');
    await waitUntil(
      () => session(el, 'b1').querySelector('[part~="star"]')!.getAttribute('aria-pressed') === 'true',
      'starred',
    );
    expect(shown('b1')).to.equal(true);
    // Selecting its text to copy it does not close it.
    getSelection()!.selectAllChildren(session(el, 'b1').querySelector('.title')!);
    click('b1', '.title');
    await el.updateComplete;
    expect(shown('b1')).to.equal(true);
    getSelection()!.removeAllRanges();
    // Another card opened closes it: an open card covers the sessions below it.
    click('a2');
    await waitUntil(() => !shown('b1'), 'b1 closed');
    // Open: what does not fit shows (its button may then be below the grid's scrolled view).
    expect(getComputedStyle(session(el, 'a2')).overflow).to.equal('visible');
    click('a2', '.title');
    click('b1', '.title');
    await waitUntil(() => shown('b1'), 'b1 open again');
    click('b1');
    await waitUntil(() => !shown('b1'), 'the card closed by the next click');
  });

  it('lays out right to left in an RTL page, and stays accessible', async () => {
    const el = await gridAgenda(
      html`<div dir="rtl">
        <minga-agenda lang="en" view="grid" .feed=${FORUM} style="width: 60rem"></minga-agenda>
      </div>`,
    );
    const [b, a] = headers(el).map((h) => h.getBoundingClientRect());
    expect(b.left).to.be.above(a.left); // the first room is at the right
    expect(box(el, 'a2').right).to.be.closeTo(box(el, 'a1').left, 4); // the second lane to the left
    await expect(el).to.be.accessible();
  });
});

describe('<minga-agenda view="auto">', () => {
  it('shows the grid when two rooms fit beside the hours, and the list in a narrow element', async () => {
    const el = await mountAgenda(html`<minga-agenda lang="en" .feed=${FORUM} style="width: 60rem"></minga-agenda>`);
    await waitUntil(() => el.effectiveView === 'grid' && $(el, '[part~="grid"]'), 'the grid in a wide element', {
      timeout: 5000,
    });
    el.style.width = '20rem';
    await waitUntil(() => el.effectiveView === 'list' && $(el, '[part~="programme"]'), 'the list once narrow');
    expect($(el, '[part~="grid"]')).to.equal(null);
    el.style.width = '60rem';
    await waitUntil(() => el.effectiveView === 'grid', 'the grid again');
  });

  it('keeps the list for an event with one room, however wide', async () => {
    const one = agendaFeed([
      { start: '2019-12-09T10:00', end: '2019-12-09T11:00', location: 'Room A' },
      { start: '2019-12-09T11:00', end: '2019-12-09T12:00', location: 'Room A' },
    ]);
    const el = await mountAgenda(html`<minga-agenda lang="en" .feed=${one} style="width: 60rem"></minga-agenda>`);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await el.updateComplete;
    expect(el.effectiveView).to.equal('list');
    expect($(el, '[part~="programme"]')).to.exist;
  });

  it('prints the list, every day in turn, and comes back to the grid after', async () => {
    const el = (await gridAgenda()) as MingaAgenda;
    dispatchEvent(new Event('beforeprint'));
    // Rendered at once, before the page is laid out for paper.
    expect(el.effectiveView).to.equal('list');
    expect($(el, '[part~="grid"]')).to.equal(null);
    expect($$(el, '[part~="day"]')).to.have.length(2);
    expect(session(el, 'd2')).to.exist;
    dispatchEvent(new Event('afterprint'));
    await waitUntil(() => $(el, '[part~="grid"]'), 'the grid after printing');
  });
});
