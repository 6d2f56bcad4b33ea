import { expect, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/minga-widgets.js';
import { clearFeedCache, refreshFeeds, setNow } from '../../src/index.js';
import { activeWatchTimers } from '../../src/feed/feed-watch.js';
import { loadLive } from '../../src/feed/live-loader.js';
import {
  $,
  $$,
  isolate,
  mount,
  part,
  partText,
  shownText,
  testFeed,
  textOf,
  waitForText,
  type Mounted,
} from '../support/fixture.js';

interface ServerRequest {
  ifNoneMatch: string | null;
}

/** Sets what the test server answers at /live-feed/<name>; returns the requests it has had. */
async function serve(name: string, set: object): Promise<ServerRequest[]> {
  const { requests } = (await executeServerCommand('minga-live-feed', { name, ...set })) as {
    requests: ServerRequest[];
  };
  return requests;
}

/** A clearly fictional forum of one day in Mexico City; `change` edits its sessions. */
function forum(change: (sessions: Record<string, unknown>[]) => void = () => {}) {
  const sessions: Record<string, unknown>[] = [
    { id: 'open', title: 'Opening', start: '2031-03-04T09:00', end: '2031-03-04T10:00', location: 'Room A' },
    {
      id: 'talk',
      title: 'Talk',
      start: '2031-03-04T10:00',
      end: '2031-03-04T11:00',
      location: 'Room A',
      description: 'What the talk is about.',
      track: 'Finance',
    },
    { id: 'close', title: 'Closing', start: '2031-03-04T16:00', end: '2031-03-04T17:00', track: 'Cities' },
  ];
  change(sessions);
  return JSON.stringify(
    testFeed([
      {
        id: 'forum',
        name: 'Fictional forum',
        timeZone: 'America/Mexico_City',
        start: '2031-03-04T09:00',
        end: '2031-03-04T17:00',
        sessions,
      },
    ]),
  );
}

let n = 0;
/**
 * A fresh feed name per test, so no test sees another's requests. No extension: the test runner
 * makes browsers cache any path with one for a year, which a feed server would not.
 */
const fresh = () => `forum-${Date.now()}-${n++}`;

describe('refresh: a live programme', () => {
  // Loaded by the first element that refreshes; here at once, so that faked clocks find it there.
  before(() => loadLive());
  isolate({ before: () => setNow('2031-03-04T09:30:00-06:00', { frozen: true }) });

  it('shows a changed programme in place: focus, open details and the track filter stay', async () => {
    const name = fresh();
    await serve(name, { body: forum(), etag: '"1"' });
    const el = await mount(html`<minga-agenda refresh="60" src=${`/live-feed/${name}`}></minga-agenda>`);
    await waitForText(el, 'Talk');
    // The viewer filters to Finance, opens the talk's details and leaves focus on its button.
    $$(el, '[part~="filter"] button')
      .find((b) => b.textContent!.includes('Finance'))!
      .click();
    await el.updateComplete;
    const toggle = $$(el, '[part~="toggle"]')[0];
    toggle.click();
    toggle.focus();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');

    // A session is added before the talk, and the talk moves room: the server has a new version.
    await serve(name, {
      etag: '"2"',
      body: forum((s) => {
        s.splice(1, 0, { id: 'new', title: 'Welcome coffee', start: '2031-03-04T09:45', end: '2031-03-04T10:00' });
        s[2].location = 'Room B';
      }),
    });
    await refreshFeeds();
    await el.updateComplete;
    expect(shownText(el)).to.contain('Room B').and.contain('Welcome coffee');
    // The same button, still focused and open, still the talk's; the filter still on Finance.
    expect(el.shadowRoot!.activeElement).to.equal(toggle);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(toggle.closest('.session')!.textContent).to.contain('Talk');
    expect(shownText(el)).not.to.contain('Closing');
    const pressed = $$(el, '[part~="filter"] button[aria-pressed="true"]').map((b) => b.textContent!.trim());
    expect(pressed).to.deep.equal(['Finance']);
  });

  it('keeps the session being read where it was on screen when sessions are added above it', async () => {
    const name = fresh();
    const many = (extra: number) =>
      forum((s) => {
        for (let i = 0; i < 30 + extra; i++)
          s.splice(0, 0, {
            id: `early-${extra}-${i}`,
            title: `Early ${i}`,
            start: '2031-03-04T08:00',
            end: '2031-03-04T08:30',
          });
      });
    await serve(name, { body: many(0), etag: '"1"' });
    const el = await mount(html`<minga-agenda refresh="60" src=${`/live-feed/${name}`}></minga-agenda>`);
    await waitForText(el, 'Talk');
    const talk = () => $$(el, '.session').find((s) => s.textContent!.includes('What the talk is about'))!;
    const room = Object.assign(document.createElement('div'), { style: 'height: 200vh' }); // room to scroll
    document.body.append(room);
    // Sessions coming on screen take their real size at the next renderings (content-visibility).
    const settle = async () => {
      for (let i = 0; i < 3; i++) await new Promise(requestAnimationFrame);
    };
    talk().scrollIntoView({ block: 'start' });
    scrollBy(0, -100);
    await settle();
    const before = talk().getBoundingClientRect().top;
    await serve(name, { body: many(10), etag: '"2"' }); // ten more sessions, all above the talk
    await refreshFeeds();
    await el.updateComplete;
    await settle();
    expect(talk().getBoundingClientRect().top).to.be.closeTo(before, 2);
    scrollTo(0, 0);
    room.remove();
  });

  it('asks with the ETag: a 304 costs one request, no new feed and no render', async () => {
    const name = fresh();
    await serve(name, { body: forum(), etag: '"1"' });
    const el = await mount(html`<minga-agenda refresh="60" src=${`/live-feed/${name}`}></minga-agenda>`);
    await waitForText(el, 'Talk');
    const loads = sinon.spy();
    el.addEventListener('minga-feed-load', loads);
    const render = sinon.spy(el as unknown as { render(): unknown }, 'render');
    await refreshFeeds();
    await el.updateComplete;
    const requests = await serve(name, {});
    expect(requests.map((r) => r.ifNoneMatch)).to.deep.equal([null, '"1"']);
    expect(loads.callCount).to.equal(0);
    expect(render.callCount).to.equal(0);
  });

  it('elements sharing a src share each check', async () => {
    const name = fresh();
    await serve(name, { body: forum(), etag: '"1"' });
    const src = `/live-feed/${name}`;
    const [agenda, summary] = [
      await mount(html`<minga-agenda refresh="60" src=${src}></minga-agenda>`),
      await mount(html`<minga-event-summary refresh="auto" src=${src}></minga-event-summary>`),
    ];
    await waitForText(summary, 'Fictional forum');
    await serve(name, { etag: '"2"', body: forum((s) => (s[0].title = 'Grand opening')) });
    await refreshFeeds();
    await agenda.updateComplete;
    expect(shownText(agenda)).to.contain('Grand opening');
    expect((await serve(name, {})).length).to.equal(2);
  });

  it('keeps the last good programme when a check fails, says since when and why, and clears that on success', async () => {
    const name = fresh();
    await serve(name, { body: forum(), etag: '"1"' });
    const el = await mount<Mounted>(html`<minga-agenda refresh="60" src=${`/live-feed/${name}`}></minga-agenda>`);
    await waitForText(el, 'Talk');
    const since = new Intl.DateTimeFormat('en', { timeStyle: 'short' }).format(Date.parse('2031-03-04T09:30:00-06:00'));
    for (const [answer, reason] of [
      [{ status: 503 }, "the feed's server answered with error 503"],
      [
        { status: 200, etag: '"3"', body: '{"version": 1, "events": [' },
        'the server sent something that is not an event feed',
      ],
      [{ body: JSON.stringify(testFeed([{ id: 'broken' }])) }, 'the new feed has no valid event'],
    ] as const) {
      await serve(name, answer);
      await refreshFeeds();
      await el.updateComplete;
      expect($(el, '[part~="refresh-failure"]')?.textContent?.trim()).to.equal(
        `Could not update since ${since}: ${reason}.`,
      );
      expect(shownText(el)).to.contain('Talk').and.contain('Opening');
      expect($(el, '[part~="message"]')).to.equal(null); // no error box: there is something to show
    }
    await serve(name, { status: 200, etag: '"1"', body: forum() });
    await refreshFeeds();
    await el.updateComplete;
    expect($(el, '[part~="refresh-failure"]')).to.equal(null);
  });

  it('reads once without refresh, and leaves no timer behind when removed', async () => {
    const name = fresh();
    await serve(name, { body: forum(), etag: '"1"' });
    const once = await mount(html`<minga-agenda src=${`/live-feed/${name}`}></minga-agenda>`);
    await waitForText(once, 'Talk');
    expect(activeWatchTimers()).to.equal(0);
    await refreshFeeds();
    expect((await serve(name, {})).length).to.equal(1);
    const live = await mount(html`<minga-countdown refresh="auto" src=${`/live-feed/${name}`}></minga-countdown>`);
    await (live as Mounted).feedComplete;
    await live.updateComplete;
    expect(activeWatchTimers()).to.equal(1);
    live.remove();
    expect(activeWatchTimers()).to.equal(0);
    // Back on the page, it watches again.
    document.body.append(live);
    await waitUntil(() => activeWatchTimers() === 1, 'watching again');
  });

  it("tries a failed first read again with refresh, with a check's waits, until the feed is there", async () => {
    const body = forum();
    let up = false;
    sinon.stub(Math, 'random').returns(0.5);
    sinon
      .stub(window, 'fetch')
      .callsFake(async () =>
        up
          ? ({ ok: true, status: 200, headers: new Headers(), text: async () => body } as Response)
          : ({ ok: false, status: 503, headers: new Headers(), text: async () => '' } as Response),
      );
    const clock = sinon.useFakeTimers({ now: Date.now(), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const el = await mount<Mounted>(
        html`<minga-agenda refresh="30" src=${`${location.origin}/feeds/down`}></minga-agenda>`,
      );
      await el.feedComplete;
      expect(partText(el, 'message')).to.contain('error 503');
      await clock.tickAsync(30_000); // tried again after 30 s: still down
      await el.feedComplete;
      expect(partText(el, 'message')).to.contain('error 503');
      up = true;
      await clock.tickAsync(60_000 - 1); // then after 60 s (backoff)
      expect(part(el, 'message')).not.to.equal(null);
      await clock.tickAsync(1);
      await el.feedComplete;
      expect(shownText(el)).to.contain('Talk');
    } finally {
      clock.restore();
    }
  });

  it('checks on the period the attribute asks for', async () => {
    const name = fresh();
    await serve(name, { body: forum(), etag: '"1"' });
    sinon.stub(Math, 'random').returns(0.5);
    const clock = sinon.useFakeTimers({ now: Date.now(), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const el = await mount<Mounted>(html`<minga-agenda refresh="90" src=${`/live-feed/${name}`}></minga-agenda>`);
      await el.feedComplete;
      await clock.tickAsync(89_000);
      expect((await serve(name, {})).length).to.equal(1);
      await clock.tickAsync(1_000);
    } finally {
      clock.restore();
    }
    await waitUntil(async () => (await serve(name, {})).length === 2, 'the check at 90 s');
  });

  it('says how fresh the copy is, in the UI language: "Updated 5 minutes ago", "Mis à jour il y a 5 minutes"', async () => {
    const name = fresh();
    await serve(name, { body: forum(), etag: '"1"' });
    const src = `/live-feed/${name}`;
    const [en, fr, hidden, once] = [
      await mount(html`<minga-agenda refresh="60" src=${src}></minga-agenda>`),
      await mount(html`<minga-event-summary lang="fr" refresh="auto" src=${src}></minga-event-summary>`),
      await mount(html`<minga-agenda refresh="60" hide-updated src=${src}></minga-agenda>`),
      await mount(html`<minga-agenda src=${src}></minga-agenda>`),
    ];
    await waitUntil(() => part(en, 'updated'), 'the updated line');
    expect(partText(en, 'updated')).to.equal('Updated just now');
    setNow('2031-03-04T09:35:00-06:00', { frozen: true });
    await waitUntil(() => partText(en, 'updated') === 'Updated 5 minutes ago', partText(en, 'updated'));
    await waitUntil(() => partText(fr, 'updated') === 'Mis à jour il y a 5 minutes', partText(fr, 'updated'));
    expect(part(hidden, 'updated')).to.equal(null);
    expect(part(once, 'updated')).to.equal(null); // read once: there is no "updated" to speak of
    // A check answers: just now again.
    await refreshFeeds();
    setNow('2031-03-04T09:35:30-06:00', { frozen: true });
    await waitUntil(() => partText(en, 'updated') === 'Updated just now', partText(en, 'updated'));
  });
});

describe('changes, as the viewer sees them', () => {
  isolate({ before: () => setNow('2031-03-04T09:30:00-06:00', { frozen: true }) });

  const sessionText = (el: Element, title: string) =>
    $$(el, '.session')
      .map((s) => s.textContent!.replace(/\s+/g, ' ').trim())
      .find((t) => t.includes(title)) ?? '';

  it('marks what changed until the page is reloaded, announces it once, and tells scripts field by field', async () => {
    const name = fresh();
    await serve(name, { body: forum(), etag: '"1"' });
    const el = await mount(html`<minga-agenda refresh="60" src=${`/live-feed/${name}`}></minga-agenda>`);
    await waitForText(el, 'Talk');
    const updates: CustomEvent[] = [];
    el.addEventListener('minga-feed-update', (e) => updates.push(e as CustomEvent));
    // The talk moves room and time, the closing is cancelled, a session is added.
    const firstChanges = (s: Record<string, unknown>[]) => {
      s[1].location = 'Room B';
      s[1].start = '2031-03-04T14:00';
      s[1].end = '2031-03-04T15:00';
      s[2].status = 'cancelled';
      s.push({ id: 'new', title: 'Late addition', start: '2031-03-04T17:00', end: '2031-03-04T17:30' });
    };

    await serve(name, {
      etag: '"2"',
      body: forum(firstChanges),
    });
    await refreshFeeds();
    await el.updateComplete;
    expect(sessionText(el, 'Talk')).to.contain('Changed: Was 10:00 – 11:00 AM · Room: Room A → Room B');
    expect(sessionText(el, 'Late addition')).to.contain('New');
    expect(sessionText(el, 'Opening')).not.to.contain('Changed');
    const announced = () => $(el, '[role="status"].sr-only')!.textContent!.replace('\u200b', '').trim();
    expect(announced()).to.equal('Programme updated: 3 sessions changed.');
    expect(updates).to.have.length(1);
    const changes = updates[0].detail.changes;
    expect(changes.map((c: { kind: string; sessionId: string }) => `${c.kind} ${c.sessionId}`)).to.deep.equal([
      'added new',
      'changed talk',
      'changed close',
    ]);
    expect(changes[1].fields.location).to.deep.equal({ before: { en: 'Room A' }, after: { en: 'Room B' } });

    // A second change, to another session: marks are against the first read, the announcement is about this one.
    await serve(name, {
      etag: '"3"',
      body: forum((s) => {
        firstChanges(s);
        s[0].title = 'Opening plenary';
      }),
    });
    await refreshFeeds();
    await el.updateComplete;
    expect(sessionText(el, 'Talk')).to.contain('Room: Room A → Room B');
    expect(sessionText(el, 'Opening plenary')).to.contain('Changed: Details changed');
    expect(announced()).to.equal('Programme updated: 1 session changed.');
    expect(updates).to.have.length(2);
  });

  it('shows a cancelled session struck through, labelled, never now or next, and offers no calendar entry', async () => {
    const name = fresh();
    await serve(name, {
      body: forum((s) => {
        s[0].status = 'cancelled'; // on now, at 09:30
        s[1].status = 'moved-online';
      }),
    });
    const el = await mount(html`<minga-agenda src=${`/live-feed/${name}`}></minga-agenda>`);
    await waitForText(el, 'Talk');
    const [opening, talk] = $$(el, '.session');
    expect(opening.getAttribute('part')).to.contain('session-cancelled').and.not.contain('session-now');
    expect(textOf(opening.querySelector('[part~="state"]'))).to.equal('Cancelled');
    expect(getComputedStyle(opening.querySelector('.title')!).textDecorationLine).to.equal('line-through');
    expect(opening.querySelector('[part~="calendar"]')).to.equal(null);
    // The next session held is the talk, now online.
    expect(talk.getAttribute('part')).to.contain('session-next');
    expect([...talk.querySelectorAll('[part~="state"]')].map((m) => textOf(m))).to.deep.equal(['Next', 'Moved online']);
    expect(talk.querySelector('[part~="calendar"]')).not.to.equal(null);
  });

  it('words session marks as a session in Spanish and French ("Cancelada", "Annulée")', async () => {
    const name = fresh();
    await serve(name, { body: forum((s) => (s[2].status = 'cancelled')) });
    for (const [lang, word] of [
      ['es', 'Cancelada'],
      ['fr', 'Annulée'],
    ] as const) {
      const el = await mount(html`<minga-agenda lang=${lang} src=${`/live-feed/${name}`}></minga-agenda>`);
      await waitUntil(() => textOf($$(el, '.session')[2]?.querySelector('[part~="state"]')) === word, lang);
      el.remove();
    }
  });
});

describe('the last good copy, from one visit to the next', () => {
  isolate({ before: () => setNow('2031-03-04T09:30:00-06:00', { frozen: true }) });

  /** The first visit: the agenda reads the feed and keeps it; then the page is left. */
  async function firstVisit(name: string, attributes = '') {
    await serve(name, { body: forum(), etag: '"1"' });
    const el = await mount<Mounted>(
      attributes
        ? html`<minga-agenda cache="off" src=${`/live-feed/${name}`}></minga-agenda>`
        : html`<minga-agenda src=${`/live-feed/${name}`}></minga-agenda>`,
    );
    await el.feedComplete;
    el.remove();
    clearFeedCache(); // a new page: nothing in memory
    setNow('2031-03-05T08:00:00-06:00', { frozen: true }); // the next morning
  }

  const asOf = (el: Element) => partText(el, 'as-of');

  it('shows the stored copy at once, "As of" its time, until the server answers', async () => {
    const name = fresh();
    await firstVisit(name);
    await serve(name, { hang: true });
    const el = await mount(html`<minga-agenda src=${`/live-feed/${name}`}></minga-agenda>`);
    await waitForText(el, 'Talk');
    const stored = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(
      Date.parse('2031-03-04T09:30:00-06:00'),
    );
    expect(asOf(el)).to.equal(`As of ${stored}`);
    expect($(el, '[part~="message"]')).to.equal(null);
  });

  it('drops "As of" when the server confirms the copy (304), and shows the newer feed when there is one', async () => {
    const confirmed = fresh();
    await firstVisit(confirmed);
    const el = await mount(html`<minga-agenda src=${`/live-feed/${confirmed}`}></minga-agenda>`);
    await waitUntil(() => !part(el, 'as-of') && shownText(el).includes('Talk'), shownText(el));
    expect((await serve(confirmed, {})).at(-1)!.ifNoneMatch).to.equal('"1"');

    const changed = fresh();
    await firstVisit(changed);
    await serve(changed, { etag: '"2"', body: forum((s) => (s[0].title = 'Grand opening')) });
    const next = await mount(html`<minga-agenda src=${`/live-feed/${changed}`}></minga-agenda>`);
    await waitForText(next, 'Grand opening');
    expect(part(next, 'as-of')).to.equal(null);
  });

  it('shows the stored copy with a notice when the server fails', async () => {
    const name = fresh();
    await firstVisit(name);
    await serve(name, { status: 503 });
    const el = await mount(html`<minga-agenda src=${`/live-feed/${name}`}></minga-agenda>`);
    await waitUntil(() => part(el, 'refresh-failure'), shownText(el));
    const since = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(
      Date.parse('2031-03-04T09:30:00-06:00'),
    );
    expect(partText(el, 'refresh-failure')).to.equal(
      `Could not update since ${since}: the feed's server answered with error 503.`,
    );
    expect(shownText(el)).to.contain('Talk');
    expect(part(el, 'as-of')).to.equal(null);
  });

  it('keeps nothing with cache="off"', async () => {
    const name = fresh();
    await firstVisit(name, 'cache="off"');
    expect(Object.keys(localStorage).filter((k) => k.includes(name))).to.deep.equal([]);
    await serve(name, { status: 503 });
    const el = await mount(html`<minga-agenda src=${`/live-feed/${name}`}></minga-agenda>`);
    await waitUntil(() => part(el, 'message'), shownText(el));
    expect(shownText(el)).to.contain('error 503');
  });
});
