import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/minga-widgets.js';
import type { MingaAgenda } from '../../src/components/agenda/agenda.js';
import type { MingaCalendarDownloadEvent } from '../../src/index.js';
import { forgetStars } from '../../src/components/agenda/stars.js';
import ICAL from 'ical.js';
import { $, $$, isolate, textOf } from '../support/fixture.js';
import { agendaFeed, mountAgenda } from './harness.js';

/** The page's address before each test (isolate() puts it back after each). */
const pageAddress = location.href;
isolate();

/** A fictional two-day forum in Mexico City: rooms, tracks, languages, and texts in five languages. */
const FORUM = agendaFeed(
  [
    {
      id: 'eco',
      title: { es: 'Economía social en la ciudad', en: 'Social economy in the city' },
      start: '2019-12-09T10:00',
      end: '2019-12-09T11:00',
      location: 'Sala 1',
      track: 'Policy',
      languages: ['es', 'en'],
      description: 'Cities and the social economy.',
    },
    {
      id: 'dev',
      title: { fr: 'Le développement local', en: 'Local development' },
      start: '2019-12-09T10:00',
      end: '2019-12-09T11:00',
      location: 'Sala 2',
      track: 'Research',
      languages: ['fr'],
    },
    {
      id: 'coop',
      title: { pt: 'Cooperação e ação comunitária', en: 'Cooperation and community action' },
      start: '2019-12-09T12:00',
      end: '2019-12-09T13:00',
      location: 'Sala 1',
      track: 'Research',
      languages: ['pt'],
      speakers: [{ name: 'Maria Conceição', affiliation: 'Cooperativa Açaí' }],
    },
    {
      id: 'ko',
      title: { ko: '사회연대경제 도시 포럼', en: 'Social and solidarity economy cities forum' },
      start: '2019-12-10T09:00',
      end: '2019-12-10T10:00',
      location: 'Sala 2',
      track: 'Policy',
      languages: ['ko', 'en'],
      description: 'A session on the second day.',
    },
    {
      id: 'de',
      title: 'Straßenmärkte und Öffentlichkeit',
      start: '2019-12-10T11:00',
      end: '2019-12-10T12:00',
      location: 'Sala 1',
      track: 'Policy',
      languages: ['de'],
    },
  ],
  { id: 'forum', rooms: ['Sala 1', 'Sala 2'] },
);

const ids = (el: Element) => $$(el, '[part~="session"]').map((s) => s.dataset.sessionId);
const search = (el: Element) => $<HTMLInputElement>(el, '[part~="search"]')!;
const star = (el: Element, id: string) => $(el, `[data-session-id="${id}"] [part~="star"]`)!;
const param = (name: string) => new URL(location.href).searchParams.get(name);

async function type(el: MingaAgenda, query: string) {
  const input = search(el);
  input.value = query;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function choose(el: MingaAgenda, part: string, value: string) {
  const select = $<HTMLSelectElement>(el, `[part~="${part}"]`)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

const listAgenda = () => mountAgenda(html`<minga-agenda lang="en" view="list" .feed=${FORUM}></minga-agenda>`);

/** Stubs the clipboard; returns what was copied. */
function stubClipboard(): { text?: string } {
  const copied: { text?: string } = {};
  const clipboard = { writeText: (text: string) => ((copied.text = text), Promise.resolve()) };
  sinon.stub(navigator, 'clipboard').get(() => clipboard);
  return copied;
}

describe('<minga-agenda> search and filters', () => {
  it('finds sessions ignoring case and accents in five languages, and says how many', async () => {
    const el = await listAgenda();
    const input = search(el);
    // Labelled, and a search field.
    expect(input.type).to.equal('search');
    expect(textOf(input.closest('label'))).to.equal('Search sessions');
    const cases: [string, string[]][] = [
      ['economia', ['eco']],
      ['DEVELOPPEMENT', ['dev']],
      ['cooperacao', ['coop']],
      ['경제', ['ko']],
      ['strassenmarkte offentlichkeit', ['de']],
      ['conceicao acai', ['coop']],
    ];
    for (const [query, expected] of cases) {
      await type(el, query);
      expect(ids(el), query).to.deep.equal(expected);
      expect($(el, '[part~="count"]')!.getAttribute('role')).to.equal('status');
      expect(textOf($(el, '[part~="count"]')), query).to.equal(`Showing ${expected.length} of 5 sessions.`);
    }
    await type(el, 'nowhere at all');
    expect(ids(el)).to.deep.equal([]);
    expect(textOf($(el, '[part~="no-match"] p'))).to.equal('No sessions match.');
    $(el, '[part~="no-match"] button')!.click();
    await el.updateComplete;
    expect(ids(el)).to.have.length(5);
    expect(search(el).value).to.equal('');
  });

  it('combines room, language, track and search, and keeps them in the page address', async () => {
    const el = await listAgenda();
    await choose(el, 'room-filter', 'Sala 1');
    expect(ids(el)).to.deep.equal(['eco', 'coop', 'de']);
    await choose(el, 'language-filter', 'en');
    expect(ids(el)).to.deep.equal(['eco']);
    await choose(el, 'language-filter', '');
    $$(el, '[part~="filter"] button')
      .find((b) => textOf(b) === 'Research')!
      .click();
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['coop']);
    await type(el, 'ação');
    expect(ids(el)).to.deep.equal(['coop']);
    // Written once the viewer pauses.
    await waitUntil(() => param('minga-q') === 'ação', 'the search in the address');
    expect(param('minga-event')).to.equal('forum');
    expect(param('minga-room')).to.equal('Sala 1');
    expect(param('minga-track')).to.equal('Research');
    expect(param('minga-q')).to.equal('ação');
    expect(param('minga-language')).to.equal(null);
    // replaceState: no history entry for a keystroke.
    const entries = history.length;
    await type(el, 'acao');
    await waitUntil(() => param('minga-q') === 'acao', 'the new search in the address');
    expect(history.length).to.equal(entries);

    // The address opens the same view in a new agenda.
    el.remove();
    const again = await listAgenda();
    expect(ids(again)).to.deep.equal(['coop']);
    expect(search(again).value).to.equal('acao');
    expect($<HTMLSelectElement>(again, '[part~="room-filter"]')!.value).to.equal('Sala 1');
    await expect(again).to.be.accessible();
  });

  it('writes the address once the viewer pauses typing, and goes on when the browser refuses it', async () => {
    const el = await listAgenda();
    const real = history.replaceState;
    const written: string[] = [];
    history.replaceState = function (this: History, ...args: Parameters<History['replaceState']>) {
      written.push(String(args[2]));
      return real.apply(this, args);
    };
    try {
      for (const query of ['e', 'ec', 'eco', 'econ', 'econo']) await type(el, query);
      await waitUntil(() => param('minga-q') === 'econo', 'the address written after the pause');
      // Not a write per keystroke (one, unless the machine paused between keystrokes).
      expect(written.length).to.be.below(3);
      // Safari and Firefox throw after 100 or 200 calls in a few seconds.
      let refused = 0;
      history.replaceState = () => {
        refused++;
        throw new DOMException('Too many calls to Location or History APIs', 'SecurityError');
      };
      await type(el, 'economia');
      await waitUntil(() => refused, 'the address refused');
      expect(ids(el)).to.deep.equal(['eco']);
      // The next change writes it again, and the agenda has gone on rendering.
      history.replaceState = real;
      await type(el, 'cooperacao');
      expect(ids(el)).to.deep.equal(['coop']);
      await waitUntil(() => param('minga-q') === 'cooperacao', 'the address written again');
    } finally {
      history.replaceState = real;
    }
  });

  it('ignores, quietly, address values the feed does not have and addresses about another event', async () => {
    history.replaceState(
      null,
      '',
      withParams({ 'minga-room': 'Nowhere', 'minga-language': 'xx', 'minga-track': 'Gone' }),
    );
    const el = await listAgenda();
    expect(ids(el)).to.have.length(5);
    expect(textOf($(el, '[part~="count"]'))).to.equal('');
    el.remove();
    history.replaceState(null, '', withParams({ 'minga-event': 'another', 'minga-q': 'economia' }));
    const other = await listAgenda();
    expect(ids(other)).to.have.length(5);
    // Left for the agenda of that event: nothing is written before the viewer changes something.
    expect(param('minga-q')).to.equal('economia');
    expect(param('minga-event')).to.equal('another');
  });

  it('takes the track, room (in any case) and grid day from the address', async () => {
    history.replaceState(
      null,
      '',
      withParams({ 'minga-track': 'research', 'minga-room': 'SALA 2', 'minga-day': '2019-12-10' }),
    );
    const el = await listAgenda();
    expect(ids(el)).to.deep.equal(['dev']);
    expect($<HTMLSelectElement>(el, '[part~="room-filter"]')!.value).to.equal('Sala 2');
    const pressed = $$(el, '[part~="filter"] button').find((b) => b.getAttribute('aria-pressed') === 'true');
    expect(textOf(pressed)).to.equal('Research');
    el.remove();
    history.replaceState(null, '', withParams({ 'minga-day': '2019-12-10' }));
    const grid = await mountAgenda(html`<minga-agenda lang="en" view="grid" .feed=${FORUM}></minga-agenda>`);
    expect($$(grid, '[role="tab"]')[1].getAttribute('aria-selected')).to.equal('true');
    expect(ids(grid)).to.deep.equal(['ko', 'de']);
  });

  it('keeps the menus right and focus in place when "Show all sessions" clears them', async () => {
    const el = await listAgenda();
    await choose(el, 'room-filter', 'Sala 2');
    await type(el, 'nothing like this');
    $(el, '[part~="no-match"] button')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect($<HTMLSelectElement>(el, '[part~="room-filter"]')!.value).to.equal('');
    expect(el.shadowRoot!.activeElement).to.equal(search(el));
  });

  it('switches between list and grid, by the keyboard too', async () => {
    const el = await mountAgenda(html`<minga-agenda lang="en" .feed=${FORUM} style="width: 60rem"></minga-agenda>`);
    await waitUntil(() => el.effectiveView === 'grid', 'the grid shows', { timeout: 5000 });
    const [list, grid] = $$(el, '.layout button');
    expect(grid.getAttribute('aria-pressed')).to.equal('true');
    list.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.effectiveView).to.equal('list');
    await waitUntil(() => param('minga-view') === 'list', 'the layout in the address');
  });
});

/** The page address with these parameters added. */
function withParams(params: Record<string, string>): string {
  const url = new URL(pageAddress);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return url.href;
}

describe('<minga-agenda> my schedule', () => {
  it('stars sessions, keeps them over a reload, and shows only them', async () => {
    const el = await listAgenda();
    const button = star(el, 'coop');
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    expect(button.getAttribute('aria-label')).to.equal('Add Cooperation and community action to my schedule');
    button.focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(star(el, 'coop').getAttribute('aria-pressed')).to.equal('true');
    expect(star(el, 'coop').getAttribute('aria-label')).to.equal(
      'Remove Cooperation and community action from my schedule',
    );
    star(el, 'ko').click();
    await el.updateComplete;
    expect(textOf($(el, '[part~="my-schedule"]'))).to.equal('My schedule (2)');

    // A reload (a new agenda, the page's memory of stars forgotten) finds them in storage.
    el.remove();
    const stored = Object.keys(localStorage).filter((k) => k.startsWith('minga-stars:'));
    expect(stored).to.have.length(1);
    expect(JSON.parse(localStorage.getItem(stored[0])!)).to.deep.equal(['coop', 'ko']);
    const again = await mountAgenda(html`<minga-agenda lang="en" view="grid" .feed=${FORUM}></minga-agenda>`);
    $(again, '[part~="my-schedule"]')!.click();
    await again.updateComplete;
    expect($(again, '[part~="my-schedule"]')!.getAttribute('aria-pressed')).to.equal('true');
    // The grid shows one day at a time: the starred session of the first day, then of the second.
    expect(ids(again)).to.deep.equal(['coop']);
    $$(again, '[role="tab"]')[1].click();
    await again.updateComplete;
    expect(ids(again)).to.deep.equal(['ko']);
  });

  it('drops stars of sessions that are gone, and keeps a star when its session moves', async () => {
    const el = await listAgenda();
    star(el, 'dev').click();
    star(el, 'eco').click();
    await el.updateComplete;
    el.remove();
    forgetStarsInPage();
    const moved = agendaFeed(
      [
        {
          id: 'eco',
          title: 'Social economy, moved',
          start: '2019-12-10T15:00',
          end: '2019-12-10T16:00',
          location: 'Sala 9',
        },
      ],
      { id: 'forum' },
    );
    const again = await mountAgenda(html`<minga-agenda lang="en" .feed=${moved}></minga-agenda>`);
    expect(star(again, 'eco').getAttribute('aria-pressed')).to.equal('true');
    expect(textOf($(again, '[part~="my-schedule"]'))).to.equal('My schedule (1)');
  });

  it('works for the visit when storage fails', async () => {
    sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('full', 'QuotaExceededError'));
    sinon.stub(Storage.prototype, 'getItem').throws(new DOMException('denied', 'SecurityError'));
    const el = await listAgenda();
    star(el, 'eco').click();
    await el.updateComplete;
    expect(star(el, 'eco').getAttribute('aria-pressed')).to.equal('true');
    $(el, '[part~="my-schedule"]')!.click();
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['eco']);
  });

  it('puts the starred sessions in one calendar file', async () => {
    const el = await listAgenda();
    star(el, 'eco').click();
    star(el, 'de').click();
    await el.updateComplete;
    el.addEventListener('minga-calendar-download', (e) => e.preventDefault(), { once: true });
    const offered = oneEvent(el, 'minga-calendar-download') as Promise<MingaCalendarDownloadEvent>;
    $(el, '[part~="schedule-calendar"]')!.click();
    const { detail } = await offered;
    expect(detail.filename).to.equal('forum-my-schedule.ics');
    const events = new ICAL.Component(ICAL.parse(detail.content)).getAllSubcomponents('vevent');
    expect(events.map((e) => e.getFirstPropertyValue('summary'))).to.deep.equal([
      'Social economy in the city (Test forum)',
      'Straßenmärkte und Öffentlichkeit (Test forum)',
    ]);
  });

  it('shares the schedule by a link that offers its sessions without replacing the viewer’s own', async () => {
    const copied = stubClipboard();
    const el = await listAgenda();
    star(el, 'dev').click();
    star(el, 'coop').click();
    await el.updateComplete;
    $(el, '[part~="share"]')!.click();
    await waitUntil(() => copied.text, 'the link is copied');
    await waitUntil(() => textOf($(el, '[role="status"].sr-only')).startsWith('Link copied.'), 'it says so');
    const link = new URL(copied.text!);
    expect(link.searchParams.get('minga-shared')).to.equal('dev,coop');
    el.remove();

    // Another viewer, with a star of their own, opens the link.
    forgetStars();
    history.replaceState(null, '', link.href);
    const theirs = await listAgenda();
    star(theirs, 'eco').click();
    await theirs.updateComplete;
    expect(textOf($(theirs, '[part~="shared"] p'))).to.equal('2 sessions shared with you.');
    expect(textOf($(theirs, '[part~="my-schedule"]'))).to.equal('My schedule (1)');
    const [show, add] = $$(theirs, '[part~="shared"] button');
    show.click();
    await theirs.updateComplete;
    expect(ids(theirs)).to.deep.equal(['dev', 'coop']);
    add.click();
    await theirs.updateComplete;
    expect(textOf($(theirs, '[part~="my-schedule"]'))).to.equal('My schedule (3)');
    expect($(theirs, '[part~="shared"]')).to.equal(null);
    await waitUntil(() => param('minga-shared') === null, 'the shared ids gone from the address');
  });
});

describe('<minga-agenda> links to a session', () => {
  it('copies a link that opens the session’s day, its details, and focuses it', async () => {
    const copied = stubClipboard();
    const el = await listAgenda();
    $(el, '[data-session-id="ko"] [part~="copy-link"]')!.click();
    await waitUntil(() => copied.text, 'the link is copied');
    el.remove();
    history.replaceState(null, '', copied.text!);
    const grid = await mountAgenda(html`<minga-agenda lang="en" view="grid" .feed=${FORUM}></minga-agenda>`);
    await waitUntil(() => grid.shadowRoot!.activeElement?.getAttribute('data-session-id') === 'ko', 'focus on it');
    // The second day's tab is chosen, and the details are open.
    expect($$(grid, '[role="tab"]')[1].getAttribute('aria-selected')).to.equal('true');
    expect($(grid, '[data-session-id="ko"] [part~="description"]')!.hidden).to.equal(false);
    await waitUntil(() => param('minga-session') === null, 'the session gone from the address');
    // Its card, open and focused, closes with a click on it like any other.
    const card = $<HTMLElement>(grid, '[data-session-id="ko"]')!;
    expect(getComputedStyle(card).overflow).to.equal('visible');
    card.querySelector<HTMLElement>('.when')!.click();
    await waitUntil(() => getComputedStyle(card).overflow === 'hidden', 'the card closed');
    expect(card.querySelector<HTMLElement>('[part~="description"]')!.hidden).to.equal(true);
  });

  it('shows the link to copy by hand when the clipboard refuses', async () => {
    sinon
      .stub(navigator, 'clipboard')
      .get(() => ({ writeText: () => Promise.reject(new DOMException('no', 'NotAllowedError')) }));
    const el = await listAgenda();
    $(el, '[data-session-id="eco"] [part~="copy-link"]')!.click();
    await waitUntil(() => $(el, '.copy-fallback input'), 'the link is shown');
    const input = $<HTMLInputElement>(el, '.copy-fallback input')!;
    expect(new URL(input.value).searchParams.get('minga-session')).to.equal('eco');
    expect(textOf($(el, '.copy-fallback span'))).to.equal('Copy this address');
  });
});

/** Forgets the page's memory of stars but not storage: what a reload does. */
function forgetStarsInPage() {
  const kept = Object.entries(localStorage).filter(([k]) => k.startsWith('minga-stars:'));
  forgetStars();
  for (const [k, v] of kept) localStorage.setItem(k, v);
}

describe('<minga-agenda> finder in five languages', () => {
  for (const lang of ['en', 'es', 'fr', 'ko', 'pt']) {
    it(`has no accessibility violations in both views (${lang})`, async () => {
      for (const view of ['list', 'grid']) {
        const el = await mountAgenda(
          html`<minga-agenda lang=${lang} view=${view} .feed=${FORUM} style="width: 60rem"></minga-agenda>`,
        );
        star(el, 'eco').click();
        await el.updateComplete;
        await expect(el).to.be.accessible();
        el.remove();
      }
    });
  }
});
