import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import {
  MAX_STORED_LENGTH,
  forgetStoredFeeds,
  storeFeed,
  storedFeed,
  type StoredFeed,
} from '../../src/feed/feed-storage.js';

const copy = (text: string, at = 1): StoredFeed => ({ text, etag: '"e"', lastModified: null, at });
const url = (n: number) => `https://feeds.example.org/${n}.json`;

describe('feed storage: the last good copy for the next visit', () => {
  beforeEach(() => forgetStoredFeeds());
  afterEach(() => {
    sinon.restore();
    forgetStoredFeeds();
  });

  it('keeps a copy per address and gives it back', () => {
    storeFeed(url(1), copy('{"a":1}', 5));
    expect(storedFeed(url(1))).to.deep.equal(copy('{"a":1}', 5));
    expect(storedFeed(url(2))).to.equal(undefined);
    storeFeed(url(1), copy('{"a":2}', 6));
    expect(storedFeed(url(1))?.text).to.equal('{"a":2}');
  });

  it('keeps three feeds at most, dropping the least recently stored', () => {
    for (const n of [1, 2, 3]) storeFeed(url(n), copy(`${n}`));
    storeFeed(url(1), copy('1 again')); // 1 is now the most recent
    storeFeed(url(4), copy('4'));
    expect([1, 2, 3, 4].map((n) => storedFeed(url(n))?.text)).to.deep.equal(['1 again', undefined, '3', '4']);
  });

  it('does not keep a feed of 1 MB or more', () => {
    storeFeed(url(1), copy('x'.repeat(MAX_STORED_LENGTH)));
    expect(storedFeed(url(1))).to.equal(undefined);
    storeFeed(url(1), copy('x'.repeat(MAX_STORED_LENGTH - 1)));
    expect(storedFeed(url(1))?.text.length).to.equal(MAX_STORED_LENGTH - 1);
  });

  it('is harmless when storage is full, forbidden or holds garbage', () => {
    sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('full', 'QuotaExceededError'));
    expect(() => storeFeed(url(1), copy('{}'))).not.to.throw();
    expect(storedFeed(url(1))).to.equal(undefined);
    sinon.restore();
    localStorage.setItem(`minga-widgets:feed:${url(2)}`, '{not json');
    expect(storedFeed(url(2))).to.equal(undefined);
    localStorage.setItem('minga-widgets:feeds', '"not a list"');
    expect(() => storeFeed(url(3), copy('{}'))).not.to.throw();
    expect(storedFeed(url(3))?.text).to.equal('{}');
    localStorage.removeItem(`minga-widgets:feed:${url(2)}`);
    sinon.stub(Storage.prototype, 'getItem').throws(new DOMException('denied', 'SecurityError'));
    expect(storedFeed(url(3))).to.equal(undefined);
  });
});
