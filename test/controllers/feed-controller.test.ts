import { expect, oneEvent } from '@open-wc/testing';
import { ReactiveElement, type PropertyValues } from 'lit';
import sinon from 'sinon';
import { FeedController, type FeedStatus } from '../../src/controllers/feed-controller.js';
import { clearFeedCache } from '../../src/feed/load.js';
import type { MingaFeedErrorEvent, MingaFeedLoadEvent } from '../../src/index.js';
import { testFeed } from '../support/fixture.js';

// The controller on a bare ReactiveElement, as Lit tests its own controllers. No network: feeds are
// objects, or come from a stubbed fetch.

/** A bare host that reads its feed as minga elements do: `update()` in willUpdate, then the status. */
class FeedHost extends ReactiveElement {
  static override properties = { src: {}, feed: { attribute: false } };
  declare src?: string;
  declare feed?: unknown;
  /** What the controller's `needed` option answers. */
  needed = true;
  readonly feedController = new FeedController(this, { needed: () => this.needed });
  /** The status seen by each update, after `update()`. */
  readonly statuses: FeedStatus[] = [];

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.feedController.update();
    this.statuses.push(this.feedController.status);
  }
}
customElements.define('feed-controller-host', FeedHost);

/** A fictional one-event feed. */
const feedJson = (name = 'Test meeting') => testFeed([{ id: 'meeting', name, timeZone: 'UTC', start: '2030-05-01' }]);

/** A fetch that answers every request with `feedJson()`. */
function serveFeed() {
  return sinon.stub(window, 'fetch').callsFake(
    async () =>
      new Response(JSON.stringify(feedJson('Served meeting')), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      }),
  );
}

describe('FeedController', () => {
  let host: FeedHost;
  const loads: MingaFeedLoadEvent[] = [];
  const errors: MingaFeedErrorEvent[] = [];
  beforeEach(() => {
    clearFeedCache();
    host = document.createElement('feed-controller-host') as FeedHost;
    loads.length = 0;
    errors.length = 0;
    host.addEventListener('minga-feed-load', (e) => loads.push(e));
    host.addEventListener('minga-feed-error', (e) => errors.push(e));
  });
  afterEach(() => {
    host.remove();
    sinon.restore();
  });

  /** Waits until the current read has settled and the host has shown the result. */
  const settled = async () => {
    await host.updateComplete;
    await host.feedController.settled;
    await host.updateComplete;
  };

  it('goes from initial to pending to complete, and fires minga-feed-load on its host with the validated feed', async () => {
    expect(host.feedController.status).to.equal('initial');
    host.feed = feedJson();
    const loaded = oneEvent(host, 'minga-feed-load') as Promise<MingaFeedLoadEvent>;
    document.body.append(host);
    const { detail, target } = await loaded;
    await settled();
    expect(target).to.equal(host);
    expect(host.statuses).to.deep.equal(['pending', 'complete']);
    expect(detail.feed.events.map((e) => e.id)).to.deep.equal(['meeting']);
    expect(detail.problems).to.deep.equal([]);
    expect(host.feedController.result!.feed).to.equal(detail.feed);
    expect(host.feedController.error).to.equal(undefined);
    expect(errors).to.have.length(0);
  });

  it('goes to error and fires minga-feed-error when the feed is not found', async () => {
    const fetch = sinon.stub(window, 'fetch').resolves(new Response('not here', { status: 404 }));
    host.src = '/no-such-feed.json';
    const failed = oneEvent(host, 'minga-feed-error') as Promise<MingaFeedErrorEvent>;
    document.body.append(host);
    const { detail } = await failed;
    await settled();
    expect(fetch.calledOnce).to.equal(true);
    expect(String(fetch.firstCall.args[0])).to.equal(new URL('/no-such-feed.json', location.href).href);
    expect(detail.error.kind).to.equal('http');
    expect(host.statuses).to.deep.equal(['pending', 'error']);
    expect(host.feedController.result).to.equal(undefined);
    expect(loads).to.have.length(0);
  });

  it('goes to error without any source, with kind no-source', async () => {
    document.body.append(host);
    await settled();
    expect(host.feedController.status).to.equal('error');
    expect(errors.map((e) => e.detail.error.kind)).to.deep.equal(['no-source']);
  });

  it('reads nothing, and reports nothing, while `needed` says no', async () => {
    const fetch = serveFeed();
    host.needed = false;
    host.src = '/feed.json';
    document.body.append(host);
    await host.updateComplete;
    host.requestUpdate();
    await host.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(fetch.called).to.equal(false);
    expect(host.statuses).to.deep.equal(['initial', 'initial']);
    expect([...loads, ...errors]).to.have.length(0);
    // Once needed, the next update reads it.
    host.needed = true;
    host.requestUpdate();
    await settled();
    expect(fetch.calledOnce).to.equal(true);
    expect(loads).to.have.length(1);
  });

  it('starts a read in update() only when its feed, src or inline JSON changed', async () => {
    const fetch = serveFeed();
    host.src = '/first.json';
    document.body.append(host);
    await settled();
    expect(loads.map((e) => e.detail.feed.events[0].name)).to.deep.equal([{ en: 'Served meeting' }]);
    // Updates that change no source read nothing again.
    for (let i = 0; i < 3; i++) {
      host.requestUpdate();
      await host.updateComplete;
    }
    expect(fetch.callCount).to.equal(1);
    expect(loads).to.have.length(1);
    expect(host.statuses.slice(-3)).to.deep.equal(['complete', 'complete', 'complete']);
    // Another src is read…
    host.src = '/second.json';
    await settled();
    expect(fetch.callCount).to.equal(2);
    expect(String(fetch.secondCall.args[0])).to.match(/\/second\.json$/);
    expect(loads).to.have.length(2);
    // …a feed object wins over it, without a request…
    host.feed = feedJson('Object meeting');
    await settled();
    expect(fetch.callCount).to.equal(2);
    expect(loads.at(-1)!.detail.feed.events[0].name).to.deep.equal({ en: 'Object meeting' });
    // …and an update with the same object is no change.
    host.requestUpdate();
    await settled();
    expect(loads).to.have.length(3);
  });

  it('reads inline JSON, and reads it again when the page edits it', async () => {
    const script = Object.assign(document.createElement('script'), {
      type: 'application/json',
      textContent: JSON.stringify(feedJson('Inline meeting')),
    });
    host.append(script);
    document.body.append(host);
    await settled();
    expect(loads.map((e) => e.detail.feed.events[0].name)).to.deep.equal([{ en: 'Inline meeting' }]);
    const again = oneEvent(host, 'minga-feed-load') as Promise<MingaFeedLoadEvent>;
    script.textContent = JSON.stringify(feedJson('Edited meeting'));
    expect((await again).detail.feed.events[0].name).to.deep.equal({ en: 'Edited meeting' });
    await settled();
    expect(host.feedController.status).to.equal('complete');
    expect(loads).to.have.length(2);
  });
});
