import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { clearFeedCache, loadFeed } from '../../src/feed/load.js';

describe('problems reported to the page author', () => {
  afterEach(() => sinon.restore());

  it('lists every problem of a feed in the console, once, with its path', async () => {
    clearFeedCache();
    const error = sinon.stub(console, 'error');
    const url = new URL('/test/fixtures/broken-feed.json', location.href).href;
    const [result] = await Promise.all([loadFeed(url), loadFeed(url)]);
    expect(error.callCount).to.equal(1);
    const text = String(error.firstCall.args[0]);
    expect(text).to.contain('broken-feed.json has 7 error(s) and 2 warning(s); what is valid is still shown');
    expect(text).to.contain('error  /events/0/sessions/1/end: ends before it starts');
    expect(text).to.contain('error  /events/1/start: 2019-03-10T02:30 does not exist in America/New_York');
    expect(result.feed.events.map((e) => e.id)).to.deep.equal(['ok']);
    expect(result.feed.events[0].sessions.map((s) => s.id)).to.deep.equal(['c', 'a']);
  });
});
