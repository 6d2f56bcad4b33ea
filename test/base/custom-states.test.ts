import { expect, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/minga-widgets.js';
import { MINGA_TAGS, type MingaTag, type Mounted, isolate, partText, testFeed } from '../support/fixture.js';

// Every minga element tells the page where it stands through custom states (`:state(loading)`,
// `:state(error)`, `:state(empty)`), not attributes: the host's attributes belong to the page.

type Element_ = Mounted & { feed?: unknown; src?: string; eventId?: string; series?: string };
const STATES = ['loading', 'error', 'empty'] as const;

/** Adds an English `tag` with the given properties to the page. */
function place(tag: MingaTag, props: Partial<Element_> = {}): Element_ {
  const el = Object.assign(document.createElement(tag) as Element_, { lang: 'en' }, props);
  document.body.append(el);
  return el;
}
/** The custom states the element is in. */
const statesOf = (el: Element) => STATES.filter((s) => el.matches(`:state(${s})`));

/** A fictional feed: one event in Quito with a session, an objective and a place on the map. */
const FULL = testFeed([
  {
    id: 'quito',
    name: 'Meeting in Quito',
    timeZone: 'America/Guayaquil',
    start: '2030-06-01T10:00',
    end: '2030-06-01T12:00',
    location: { locality: 'Quito', geo: { lat: -0.1807, lon: -78.4678 } },
    sessions: [{ id: 'opening', title: 'Opening', start: '2030-06-01T10:00', end: '2030-06-01T11:00' }],
    objectives: [{ text: 'Meet' }],
  },
]);

describe('custom states', () => {
  isolate();

  for (const tag of MINGA_TAGS) {
    describe(`<${tag}>`, () => {
      it('is in :state(loading) while its feed is read, and only then', async () => {
        // A server that has not answered yet (it gives up only when the request is aborted).
        sinon.stub(window, 'fetch').callsFake(
          (_input, init) =>
            new Promise((_resolve, reject) => {
              init?.signal?.addEventListener('abort', () => reject(init.signal!.reason));
            }),
        );
        const el = place(tag, { src: `/never-answers.json?${tag}` });
        await el.updateComplete;
        expect(statesOf(el)).to.deep.equal(['loading']);
        expect(partText(el, 'message')).to.equal('Loading event information…');
        // Given the feed, it leaves the state.
        el.feed = FULL;
        await el.feedComplete;
        expect(statesOf(el)).to.deep.equal([]);
      });

      it('is in :state(error) without a feed, and for an unknown event id', async () => {
        const none = place(tag);
        await none.feedComplete;
        expect(statesOf(none)).to.deep.equal(['error']);
        expect(partText(none, 'message')).to.contain('No event feed is set');
        const unknown = place(tag, { feed: FULL, eventId: 'lima' });
        await unknown.feedComplete;
        expect(statesOf(unknown)).to.deep.equal(['error']);
        expect(partText(unknown, 'message')).to.equal('This feed has no event with the id "lima".');
        unknown.eventId = 'quito';
        await unknown.updateComplete;
        expect(statesOf(unknown)).to.deep.equal([]);
      });

      it('is in :state(empty) for a feed without events', async () => {
        const el = place(tag, { feed: testFeed([]) });
        await el.feedComplete;
        expect(statesOf(el)).to.deep.equal(['empty']);
        expect(partText(el, 'message')).to.equal('This feed lists no events.');
      });
    });
  }

  it('<minga-agenda> is in :state(empty) for an event without sessions; the summary of that event is not', async () => {
    const feed = testFeed([
      { id: 'quito', name: 'Meeting in Quito', timeZone: 'America/Guayaquil', start: '2030-06-01' },
    ]);
    const agenda = place('minga-agenda', { feed });
    const summary = place('minga-event-summary', { feed });
    await Promise.all([agenda.feedComplete, summary.feedComplete]);
    expect(statesOf(agenda)).to.deep.equal(['empty']);
    expect(partText(agenda, 'message')).to.equal('The programme of this event has not been published yet.');
    expect(statesOf(summary)).to.deep.equal([]);
    agenda.feed = FULL;
    await agenda.feedComplete;
    expect(statesOf(agenda)).to.deep.equal([]);
  });

  it('<minga-objectives> is in :state(empty) for an event without objectives', async () => {
    const el = place('minga-objectives', {
      feed: testFeed([{ id: 'quito', name: 'Meeting in Quito', timeZone: 'UTC', start: '2030' }]),
    });
    await el.feedComplete;
    expect(statesOf(el)).to.deep.equal(['empty']);
    expect(partText(el, 'message')).to.equal('No objectives have been published for this event.');
    el.feed = FULL;
    await el.feedComplete;
    expect(statesOf(el)).to.deep.equal([]);
  });

  it('<minga-series-map> is in :state(empty) for a series without events, and for events without a place', async () => {
    const series = place('minga-series-map', {
      feed: testFeed([{ id: 'quito', name: 'Meeting in Quito', timeZone: 'UTC', start: '2030' }], {
        series: [{ id: 'tour', name: 'Tour' }],
      }),
      series: 'tour',
    });
    const placeless = place('minga-series-map', {
      feed: testFeed([{ id: 'quito', name: 'Meeting in Quito', timeZone: 'UTC', start: '2030' }]),
    });
    await Promise.all([series.feedComplete, placeless.feedComplete]);
    expect(statesOf(series)).to.deep.equal(['empty']);
    expect(partText(series, 'message')).to.equal('This series has no events yet.');
    expect(statesOf(placeless)).to.deep.equal(['empty']);
    expect(partText(placeless, 'message')).to.equal('No event in this feed has a location.');
    placeless.feed = FULL;
    await placeless.feedComplete;
    await waitUntil(() => placeless.shadowRoot!.querySelector('[part~="marker"]'), 'the map is drawn', {
      timeout: 5000,
    });
    expect(statesOf(placeless)).to.deep.equal([]);
  });
});
