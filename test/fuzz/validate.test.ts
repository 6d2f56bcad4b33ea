/**
 * Properties of validateFeed over generated feeds (test/fuzz/feeds.ts): it never throws, every
 * problem points at something in the feed, its output validates again unchanged, and no feed
 * reaches a prototype.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { validateFeed } from '../../src/feed/validate.js';
import { anyFeed, writtenFeed } from './feeds.js';
import { feedJson } from './feed-json.js';
import { check, runs, timeoutFor } from './config.js';

/** The value at a JSON Pointer, own properties only; `missing` when a step is not there. */
const missing = Symbol('missing');
function resolve(root: unknown, path: string): unknown {
  let at = root;
  for (const step of path.split('/').slice(1)) {
    const key = step.replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof at !== 'object' || at === null || !Object.hasOwn(at, key)) return missing;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

const prototypeKeys = () =>
  [Object.prototype, Array.prototype, String.prototype, Function.prototype].map((p) =>
    Object.getOwnPropertyNames(p).join(),
  );

describe('validateFeed, over generated feeds', function () {
  const n = runs(300);
  this.timeout(timeoutFor(n, 20));

  it('never throws, and every problem points at a value of the feed or at the parent of a required one', async () => {
    await check(
      fc.property(anyFeed, (feed) => {
        for (const p of validateFeed(feed).problems) {
          const value = resolve(feed, p.path);
          if (value !== missing && value !== undefined) continue;
          expect(p.message, `${p.path}: ${p.message}`).to.match(/^is required\b/);
          expect(resolve(feed, p.path.replace(/\/[^/]*$/, '')), `the parent of ${p.path}`).to.not.equal(missing);
        }
      }),
      n,
    );
  });

  it('gives back a feed that validates again with no errors and loses nothing', async () => {
    await check(
      fc.property(anyFeed, (feed) => {
        const once = feedJson(validateFeed(feed).feed);
        const again = validateFeed(once);
        const errors = again.problems.filter((p) => p.severity === 'error');
        expect(errors, JSON.stringify(once).slice(0, 2000)).to.deep.equal([]);
        expect(feedJson(again.feed)).to.deep.equal(once);
      }),
      n,
    );
  });

  it('leaves every prototype as it was, whatever keys the feed has', async () => {
    const before = prototypeKeys();
    await check(
      fc.property(anyFeed, (feed) => {
        validateFeed(JSON.parse(JSON.stringify(feed)));
        expect(prototypeKeys()).to.deep.equal(before);
        expect(({} as Record<string, unknown>).fuzzed).to.equal(undefined);
      }),
      n,
    );
  });

  it('keeps an event of most written feeds: the generator reaches valid ones', () => {
    const feeds = fc.sample(writtenFeed, { numRuns: 200, seed: 1 });
    const clean = feeds.filter((f) => validateFeed(f).feed.events.length > 0);
    expect(clean.length).to.be.above(100);
  });
});
