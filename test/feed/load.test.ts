import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { clearFeedCache, FeedLoadError, loadFeed } from '../../src/feed/load.js';

const FEED = { version: 1, defaultLanguage: 'en', events: [{ id: 'e', name: 'E', timeZone: 'UTC', start: '2020' }] };
const URL_A = 'https://feeds.example.org/a.json';

function respond(body: string, status = 200) {
  return new Response(body, { status, headers: { 'Content-Type': 'application/json' } });
}

/** A fetch that never answers but honours abort, like a server that hangs. */
function hangingFetch(_: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  return new Promise((_resolve, reject) => {
    init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
  });
}

async function failure(promise: Promise<unknown>): Promise<FeedLoadError> {
  try {
    await promise;
  } catch (e) {
    return e as FeedLoadError;
  }
  throw new Error('expected the load to fail');
}

describe('loadFeed', () => {
  let fetchStub: sinon.SinonStub;
  beforeEach(() => {
    clearFeedCache();
    fetchStub = sinon.stub(window, 'fetch');
  });
  afterEach(() => sinon.restore());

  it('shares one request and one parsed result among readers of one URL', async () => {
    fetchStub.callsFake(async () => respond(JSON.stringify(FEED)));
    const [a, b, c] = await Promise.all([loadFeed(URL_A), loadFeed(URL_A), loadFeed(URL_A)]);
    expect(fetchStub.callCount).to.equal(1);
    expect(a).to.equal(b);
    expect(b).to.equal(c);
    expect(a.feed.events[0].id).to.equal('e');
  });

  it('reports a 404 with its status', async () => {
    fetchStub.resolves(respond('not found', 404));
    const error = await failure(loadFeed(URL_A));
    expect(error).to.be.instanceOf(FeedLoadError);
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(404);
  });

  it('reports an answer that is not JSON, and one that is JSON but no feed', async () => {
    fetchStub.resolves(respond('<!doctype html><p>Login</p>'));
    expect((await failure(loadFeed(URL_A))).kind).to.equal('not-json');
    fetchStub.resolves(respond('[1, 2]'));
    expect((await failure(loadFeed(URL_A))).kind).to.equal('not-a-feed');
  });

  it('reports a network failure', async () => {
    fetchStub.rejects(new TypeError('Failed to fetch'));
    expect((await failure(loadFeed(URL_A))).kind).to.equal('network');
  });

  it('times out a server that never answers, on the pretended clock', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    fetchStub.callsFake(hangingFetch);
    const pending = failure(loadFeed(URL_A, { timeoutMs: 5_000 }));
    await clock.tickAsync(4_999);
    expect(fetchStub.firstCall.args[1].signal.aborted).to.be.false;
    await clock.tickAsync(1);
    expect((await pending).kind).to.equal('timeout');
  });

  it('forgets a failed load so that the next reader tries again', async () => {
    fetchStub.onFirstCall().rejects(new TypeError('offline'));
    fetchStub.onSecondCall().resolves(respond(JSON.stringify(FEED)));
    await failure(loadFeed(URL_A));
    expect((await loadFeed(URL_A)).feed.events).to.have.length(1);
    expect(fetchStub.callCount).to.equal(2);
  });

  it('an abort after clearFeedCache() leaves the newer shared request alone', async () => {
    fetchStub.callsFake(hangingFetch);
    const old = new AbortController();
    const first = failure(loadFeed(URL_A, { signal: old.signal }));
    clearFeedCache();
    fetchStub.callsFake(async () => respond(JSON.stringify(FEED)));
    const fresh = loadFeed(URL_A);
    old.abort();
    await first;
    await fresh;
    await loadFeed(URL_A);
    expect(fetchStub.callCount).to.equal(2);
  });

  it('aborts the request only when every reader has aborted', async () => {
    fetchStub.callsFake(hangingFetch);
    const one = new AbortController();
    const two = new AbortController();
    const first = failure(loadFeed(URL_A, { signal: one.signal }));
    const second = failure(loadFeed(URL_A, { signal: two.signal }));
    const requestSignal: AbortSignal = fetchStub.firstCall.args[1].signal;
    one.abort();
    await first;
    expect(requestSignal.aborted).to.be.false;
    two.abort();
    await second;
    expect(requestSignal.aborted).to.be.true;
  });
});
