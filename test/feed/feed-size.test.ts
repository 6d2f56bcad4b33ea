import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { clearFeedCache, DEFAULT_MAX_FEED_BYTES, FeedLoadError, loadFeed } from '../../src/feed/load.js';
import { parseFeedSize } from '../../src/feed/feed-size.js';
import { setNow } from '../../src/internal/clock.js';
import '../../src/minga-widgets.js';
import { shownText, waitForText } from '../support/helpers.js';

// The feed size limit (5 MB unless the page says otherwise) and the messages that tell a feed too
// large, or a connection cut mid-way, from a typing mistake or a server that cannot be reached.
const URL_A = 'https://feeds.example.org/big.json';
const FEED = { version: 1, defaultLanguage: 'en', events: [{ id: 'e', name: 'E', timeZone: 'UTC', start: '2030' }] };
const MB = 1024 * 1024;

/** A body of `chunks` chunks of `size` bytes of JSON-ish text, counting the chunks the reader pulled. */
function streamed(chunks: number, size: number, failAt?: number) {
  const pulled = { count: 0, cancelled: false };
  const chunk = new TextEncoder().encode(' '.repeat(size));
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled.count++;
      if (pulled.count === failAt) controller.error(new TypeError('network error'));
      else if (pulled.count > chunks) controller.close();
      else controller.enqueue(chunk);
    },
    cancel() {
      pulled.cancelled = true;
    },
  });
  return { body, pulled };
}

async function failure(promise: Promise<unknown>): Promise<FeedLoadError> {
  try {
    await promise;
  } catch (e) {
    return e as FeedLoadError;
  }
  throw new Error('expected the load to fail');
}

describe('feed size limit', () => {
  let fetchStub: sinon.SinonStub;
  beforeEach(() => {
    clearFeedCache();
    fetchStub = sinon.stub(window, 'fetch');
  });
  afterEach(() => sinon.restore());

  it('stops reading a body as soon as it passes the limit, without parsing it', async () => {
    const { body, pulled } = streamed(1000, MB);
    fetchStub.resolves(new Response(body));
    const error = await failure(loadFeed(URL_A, { maxBytes: 3 * MB }));
    expect(error.kind).to.equal('too-large');
    expect(error.limit).to.equal(3 * MB);
    // 4 MB read of a 1,000 MB body, and the rest cancelled.
    expect(pulled.count).to.be.at.most(5);
    expect(pulled.cancelled).to.be.true;
  });

  it('is 5 MB by default: a feed of 5 MB is read, one byte more is not', async () => {
    expect(DEFAULT_MAX_FEED_BYTES).to.equal(5 * MB);
    const text = JSON.stringify(FEED);
    const exact = text + ' '.repeat(5 * MB - text.length);
    fetchStub.callsFake(async () => new Response(exact));
    expect((await loadFeed(URL_A)).feed.events[0].id).to.equal('e');
    clearFeedCache();
    fetchStub.callsFake(async () => new Response(`${exact} `));
    expect((await failure(loadFeed(URL_A))).kind).to.equal('too-large');
  });

  it('refuses a body whose Content-Length is over the limit before reading any of it', async () => {
    const { body, pulled } = streamed(10, MB);
    fetchStub.resolves(new Response(body, { headers: { 'Content-Length': String(10 * MB) } }));
    expect((await failure(loadFeed(URL_A, { maxBytes: MB }))).kind).to.equal('too-large');
    // A stream pulls its first chunk when it is made; nothing past that.
    expect(pulled.count).to.be.at.most(1);
  });

  it('counts bytes, not characters: 1,000 "é" are 2,000 bytes', async () => {
    const text = JSON.stringify({ ...FEED, events: [{ ...FEED.events[0], name: 'é'.repeat(1000) }] });
    fetchStub.callsFake(async () => new Response(text));
    expect((await failure(loadFeed(URL_A, { maxBytes: text.length + 10 }))).kind).to.equal('too-large');
    clearFeedCache();
    expect((await loadFeed(URL_A, { maxBytes: text.length + 1000 })).feed.events[0].name).to.deep.equal({
      en: 'é'.repeat(1000),
    });
  });

  it('reads text split anywhere, even inside a character, as the server sent it', async () => {
    const bytes = new TextEncoder().encode(
      JSON.stringify({ ...FEED, events: [{ ...FEED.events[0], name: 'Économie 社会' }] }),
    );
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 3) controller.enqueue(bytes.slice(i, i + 3));
        controller.close();
      },
    });
    fetchStub.resolves(new Response(body));
    expect((await loadFeed(URL_A)).feed.events[0].name).to.deep.equal({ en: 'Économie 社会' });
  });

  it('tells a connection cut mid-way (interrupted) from a server never reached (network)', async () => {
    const { body } = streamed(10, 1024, 3);
    fetchStub.resolves(new Response(body));
    expect((await failure(loadFeed(URL_A))).kind).to.equal('interrupted');
    fetchStub.rejects(new TypeError('Failed to fetch'));
    expect((await failure(loadFeed(URL_A))).kind).to.equal('network');
  });

  it('lets a reader that allows more raise the limit of a shared read', async () => {
    const { body } = streamed(3, MB);
    fetchStub.resolves(new Response(body));
    const small = loadFeed(URL_A, { maxBytes: MB });
    const large = loadFeed(URL_A, { maxBytes: 10 * MB });
    // Three megabytes of spaces are no feed: what matters is that it was read to the end.
    expect((await failure(small)).kind).to.equal('not-json');
    expect((await failure(large)).kind).to.equal('not-json');
    expect(fetchStub.callCount).to.equal(1);
  });

  it('reads max-feed-size as bytes, KB or MB, and falls back to 5 MB', () => {
    expect(parseFeedSize('2048')).to.equal(2048);
    expect(parseFeedSize('10MB')).to.equal(10 * MB);
    expect(parseFeedSize(' 1.5 mb ')).to.equal(1.5 * MB);
    expect(parseFeedSize('512 KB')).to.equal(512 * 1024);
    for (const bad of [undefined, '', 'big', '-1', '0', '5 GB', 'Infinity'])
      expect(parseFeedSize(bad), String(bad)).to.equal(5 * MB);
  });
});

describe('an element with a feed too large, or cut mid-way', () => {
  let fetchStub: sinon.SinonStub;
  beforeEach(() => {
    clearFeedCache();
    setNow(Date.parse('2026-01-01T00:00:00Z'), { frozen: true });
    fetchStub = sinon.stub(window, 'fetch');
  });
  afterEach(() => {
    sinon.restore();
    setNow(null);
  });

  it('says the feed is larger than the page allows, in the UI language, and how to raise it', async () => {
    fetchStub.resolves(new Response(streamed(100, 1024).body));
    const el = await fixture(
      html`<minga-event-summary cache="off" max-feed-size="64KB" src=${URL_A}></minga-event-summary>`,
    );
    await waitForText(el, 'larger than');
    expect(shownText(el)).to.contain('The event feed is larger than 64 kB, the most this page reads');
    expect(shownText(el)).to.contain('max-feed-size');
    expect(shownText(el)).not.to.match(/typing mistake|allows this site/);
  });

  it('gives the limit in the UI language', async () => {
    fetchStub.resolves(new Response(streamed(3, MB).body));
    const fr = await fixture(
      html`<minga-event-summary lang="fr" cache="off" max-feed-size="2MB" src=${URL_A}></minga-event-summary>`,
    );
    await waitForText(fr, 'dépasse');
    expect(shownText(fr)).to.match(/dépasse 2\sMo/);
  });

  it('says the connection was cut, not that the server refused this site', async () => {
    fetchStub.resolves(new Response(streamed(10, 1024, 2).body));
    const el = await fixture(html`<minga-event-summary cache="off" src=${URL_A}></minga-event-summary>`);
    await waitForText(el, 'connection was cut');
    expect(shownText(el)).not.to.contain('allows this site');
  });

  it('applies the limit to a feed written in the page', async () => {
    const el = await fixture(
      html`<minga-event-summary max-feed-size="100"
        ><script type="application/json">
          ${JSON.stringify(FEED)}
        </script></minga-event-summary
      >`,
    );
    await waitForText(el, 'larger than');
    expect(shownText(el)).to.contain('The event feed is larger than 0.1 kB');
  });
});
