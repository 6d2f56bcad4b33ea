import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { clearFeedCache, loadFeed, type FeedLoadError } from '../../src/feed/load.js';
import { activeWatchTimers, watchFeed, type FeedReader } from '../../src/feed/feed-watch.js';
import type { ValidationResult } from '../../src/feed/types.js';

const MINUTE = 60_000;
const SAME_ORIGIN = `${location.origin}/feeds/live.json`;
const OTHER_ORIGIN = 'https://feeds.example.org/live.json';

const feedWith = (name: string) =>
  JSON.stringify({
    version: 1,
    defaultLanguage: 'en',
    events: [{ id: 'e', name, timeZone: 'UTC', start: '2030-01-01T09:00', end: '2030-01-01T10:00' }],
  });

/** A reader that records what it hears. */
function reader(period: number | 'none' = MINUTE) {
  const heard: string[] = [];
  const results: ValidationResult[] = [];
  const errors: FeedLoadError[] = [];
  const r: FeedReader = {
    period: () => (period === 'none' ? undefined : period),
    changed: (result) => {
      results.push(result);
      heard.push(`changed ${result.feed.events[0]?.name.en ?? ''}`);
    },
    checked: () => heard.push('checked'),
    failed: (error) => {
      errors.push(error);
      heard.push(`failed ${error.kind}`);
    },
  };
  return { r, heard, results, errors };
}

/**
 * A server's answer whose body reads at once: a real Response's body is read by the browser in
 * tasks of its own, which a faked clock does not run.
 */
function answer(body: string | null, status = 200, headers: Record<string, string> = {}): Response {
  return {
    ok: status >= 200 && status < 300,
    status,
    headers: new Headers(headers),
    text: async () => body ?? '',
  } as Response;
}

function setHidden(hidden: boolean) {
  Object.defineProperty(document, 'visibilityState', {
    configurable: true,
    get: () => (hidden ? 'hidden' : 'visible'),
  });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('watchFeed: one check per feed for the whole page', () => {
  let clock: sinon.SinonFakeTimers;
  let fetchStub: sinon.SinonStub;
  /** What the server answers next: a body with an ETag, 304 when the request names that ETag. */
  let server: { body: string; etag?: string; status?: number; fail?: boolean };
  const stops: (() => void)[] = [];

  beforeEach(async () => {
    clearFeedCache();
    sinon.stub(Math, 'random').returns(0.5); // the middle of the jitter: delays are the periods
    server = { body: feedWith('One'), etag: '"v1"' };
    fetchStub = sinon.stub(window, 'fetch').callsFake(async (_url, init) => {
      if (server.fail) throw new TypeError('Failed to fetch');
      const asked = new Headers(init?.headers).get('If-None-Match');
      if (server.etag && asked === server.etag) return answer(null, 304);
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      if (server.etag) headers.ETag = server.etag;
      return answer(server.body, server.status ?? 200, headers);
    });
    clock = sinon.useFakeTimers({ now: Date.UTC(2030, 0, 1, 8), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });

  afterEach(() => {
    for (const stop of stops.splice(0)) stop();
    delete (document as { visibilityState?: unknown }).visibilityState;
    clock.restore();
    sinon.restore();
  });

  async function watched(url = SAME_ORIGIN, ...readers: FeedReader[]) {
    await loadFeed(url);
    for (const r of readers) {
      const w = watchFeed(url, r);
      stops.push(() => w.stop());
    }
  }

  it('checks once per period for all its readers, asking with the ETag; a 304 changes nothing', async () => {
    const [a, b] = [reader(), reader(2 * MINUTE)];
    await watched(SAME_ORIGIN, a.r, b.r);
    expect(fetchStub.callCount).to.equal(1);
    await clock.tickAsync(MINUTE - 1);
    expect(fetchStub.callCount).to.equal(1);
    await clock.tickAsync(1);
    expect(fetchStub.callCount).to.equal(2); // the shortest period of the two
    expect(new Headers(fetchStub.lastCall.args[1].headers).get('If-None-Match')).to.equal('"v1"');
    expect(a.heard).to.deep.equal(['checked']);
    expect(b.heard).to.deep.equal(['checked']);
    await clock.tickAsync(10 * MINUTE);
    expect(fetchStub.callCount).to.equal(12);
    expect(a.results).to.deep.equal([]);
  });

  it('hands a changed feed to every reader, and to readers that come later', async () => {
    const [a, b] = [reader(), reader()];
    await watched(SAME_ORIGIN, a.r, b.r);
    server = { body: feedWith('Two'), etag: '"v2"' };
    await clock.tickAsync(MINUTE);
    expect(a.heard).to.deep.equal(['checked', 'changed Two']);
    expect(b.heard).to.deep.equal(['checked', 'changed Two']);
    expect(a.results[0]).to.equal(b.results[0]); // parsed once
    expect((await loadFeed(SAME_ORIGIN)).feed.events[0].name.en).to.equal('Two');
    expect(fetchStub.callCount).to.equal(2);
  });

  it('without validators, the same text again is no change', async () => {
    server = { body: feedWith('One') };
    const a = reader();
    await watched(SAME_ORIGIN, a.r);
    await clock.tickAsync(3 * MINUTE);
    expect(a.heard).to.deep.equal(['checked', 'checked', 'checked']);
  });

  it('asks another origin without a preflight: no conditional headers, the browser revalidates', async () => {
    const a = reader();
    await watched(OTHER_ORIGIN, a.r);
    await clock.tickAsync(MINUTE);
    const init = fetchStub.lastCall.args[1] as RequestInit;
    expect(new Headers(init.headers).has('If-None-Match')).to.equal(false);
    expect(init.cache).to.equal('no-cache');
    expect(a.heard).to.deep.equal(['checked']); // the same text
  });

  it('doubles the wait after each failure up to 15 minutes, and is back to the period after a success', async () => {
    const a = reader();
    await watched(SAME_ORIGIN, a.r);
    server.fail = true;
    const times: number[] = [];
    fetchStub.callsFake(async () => {
      times.push(Date.now());
      if (server.fail) throw new TypeError('Failed to fetch');
      return answer(null, 304);
    });
    const start = Date.now();
    await clock.tickAsync(60 * MINUTE);
    const gaps = times.map((t, i) => (t - (i ? times[i - 1] : start)) / MINUTE);
    expect(gaps.slice(0, 7)).to.deep.equal([1, 2, 4, 8, 15, 15, 15]);
    expect(a.heard.every((h) => h === 'failed network')).to.equal(true);
    server.fail = false;
    times.length = 0;
    await clock.tickAsync(15 * MINUTE);
    const back = Date.now();
    await clock.tickAsync(3 * MINUTE);
    expect(times.filter((t) => t > back).length).to.equal(3);
    expect(a.heard.at(-1)).to.equal('checked');
  });

  it('reports an HTTP error, a broken feed and a feed whose every event is invalid as failed checks', async () => {
    const a = reader();
    await watched(SAME_ORIGIN, a.r);
    server = { body: 'oops', status: 503 };
    await clock.tickAsync(MINUTE);
    server = { body: '{"version": 1, "events": [' };
    await clock.tickAsync(2 * MINUTE);
    server = { body: JSON.stringify({ version: 1, defaultLanguage: 'en', events: [{ id: 'x' }] }) };
    await clock.tickAsync(4 * MINUTE);
    expect(a.heard).to.deep.equal(['failed http', 'failed not-json', 'failed no-valid-events']);
    expect(a.errors[0].status).to.equal(503);
    // What was read before is still the page's copy.
    expect((await loadFeed(SAME_ORIGIN)).feed.events[0].name.en).to.equal('One');
  });

  it('gives up on a server that hangs after 15 seconds, as a failed check', async () => {
    const a = reader();
    await watched(SAME_ORIGIN, a.r);
    fetchStub.callsFake(
      (_url: RequestInfo | URL, init?: RequestInit) =>
        new Promise((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        ),
    );
    await clock.tickAsync(MINUTE + 15_000 - 1);
    expect(a.heard).to.deep.equal([]);
    await clock.tickAsync(1);
    expect(a.heard).to.deep.equal(['failed timeout']);
  });

  it('does not check while the page is hidden; checks once on return if a period has passed', async () => {
    const a = reader();
    await watched(SAME_ORIGIN, a.r);
    setHidden(true);
    await clock.tickAsync(30 * MINUTE);
    expect(fetchStub.callCount).to.equal(1);
    expect(activeWatchTimers()).to.equal(0);
    setHidden(false);
    await clock.tickAsync(0);
    expect(fetchStub.callCount).to.equal(2);
    // Hidden and back within a period: the check waits for its time, a minute after the last.
    await clock.tickAsync(20_000);
    setHidden(true);
    await clock.tickAsync(20_000);
    setHidden(false);
    await clock.tickAsync(0);
    expect(fetchStub.callCount).to.equal(2);
    await clock.tickAsync(20_000 - 1);
    expect(fetchStub.callCount).to.equal(2);
    await clock.tickAsync(1);
    expect(fetchStub.callCount).to.equal(3);
  });

  it('leaves no timer once its last reader stops; a reader without a period sets none', async () => {
    const [a, b] = [reader(), reader('none')];
    await loadFeed(SAME_ORIGIN);
    const wa = watchFeed(SAME_ORIGIN, a.r);
    const wb = watchFeed(SAME_ORIGIN, b.r);
    expect(activeWatchTimers()).to.equal(1);
    wa.stop();
    expect(activeWatchTimers()).to.equal(0);
    await clock.tickAsync(60 * MINUTE);
    expect(fetchStub.callCount).to.equal(1);
    wb.stop();
    expect(activeWatchTimers()).to.equal(0);
  });
});
