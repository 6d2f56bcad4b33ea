/**
 * Counterexamples the fuzz properties found (test/fuzz/*.test.ts, docs/feed-format.md), each kept
 * as a plain example so that it stays fixed whatever the generators come to produce.
 */
import { expect, html } from '@open-wc/testing';
import '../../src/minga-widgets.js';
import { validateFeed } from '../../src/feed/validate.js';
import type { FeedProblem } from '../../src/feed/types.js';
import { datetimes, isolate, mount, shownText, testFeed } from '../support/fixture.js';

const event = (more: object) => ({ id: 'e', name: 'Forum', timeZone: 'UTC', start: '2019-12-09', ...more });
const problems = (feed: unknown): string[] =>
  validateFeed(feed).problems.map((p: FeedProblem) => `${p.path} ${p.severity}: ${p.message}`);
const kept = (feed: unknown) => validateFeed(feed).feed.events.map((e) => e.id);

describe('fuzz regressions', () => {
  isolate();

  describe('years 0001–9999, shown as written', () => {
    it('rejects year 0000, which would be 1 BC', () => {
      expect(problems(testFeed([event({ start: '0000' })]))).to.include(
        '/events/0/start error: "0000" is not a real date: years run from 0001 to 9999',
      );
    });

    it('rejects an offset that moves a time out of the year 9999 (it could not be written back)', () => {
      const feed = testFeed([event({ start: '9999-12-31T23:59-12:00' })]);
      expect(problems(feed)[0]).to.equal(
        '/events/0/start error: "9999-12-31T23:59-12:00" is too near the ends of the years 0001 to 9999: in some time zones it falls outside them',
      );
      expect(kept(feed)).to.deep.equal([]);
    });

    it('rejects an updated instant that falls after the year 9999 in some zones', () => {
      expect(problems(testFeed([event({ updated: '9999-12-31T23:59-01:00' })]))).to.deep.equal([
        '/events/0/updated error: "9999-12-31T23:59-01:00" is too near the ends of the years 0001 to 9999: in some time zones it falls outside them',
      ]);
    });

    it('rejects a session at 0001-01-01T00:00, which is 31 December of 1 BC west of its zone', () => {
      const session = { id: 's', title: 'Opening', start: '0001-01-01T00:00', end: '0001-01-01T01:00' };
      const feed = testFeed([event({ timeZone: 'Asia/Singapore', start: '0001', sessions: [session] })]);
      expect(problems(feed)[0]).to.equal(
        '/events/0/sessions/0/start error: "0001-01-01T00:00" is too near the ends of the years 0001 to 9999: in some time zones it falls outside them',
      );
      expect(validateFeed(feed).feed.events[0].sessions).to.deep.equal([]);
    });

    it('rejects an updated instant on 30 February, which V8 alone read as 2 March', () => {
      expect(problems(testFeed([event({ updated: '2019-02-30T10:00Z' })]))[0]).to.match(
        /^\/events\/0\/updated error: must be a moment with its offset/,
      );
    });

    it('shows the year 50 as 50 and 0001-06-15 as June 15, 1, never in the 1900s', async () => {
      const feed = testFeed([event({ id: 'a', start: '0050' }), event({ id: 'b', start: '0001-06-15' })]);
      const a = await mount(html`<minga-event-summary lang="en" event="a" .feed=${feed}></minga-event-summary>`);
      expect(datetimes(a)).to.deep.equal(['0050']);
      expect(shownText(a))
        .to.match(/\b50\b/)
        .and.not.match(/1950/);
      const b = await mount(html`<minga-event-summary lang="en" event="b" .feed=${feed}></minga-event-summary>`);
      expect(datetimes(b)).to.deep.equal(['0001-06-15']);
      expect(shownText(b)).to.contain('June 15, 1').and.not.match(/1901/);
    });
  });

  describe('missing keys', () => {
    it('says "is required" for a missing latitude, not "must be a number … not nothing"', () => {
      const feed = testFeed([event({ location: { geo: { lon: 2 } } })]);
      expect(problems(feed)).to.deep.equal([
        '/events/0/location/geo/lat error: is required: latitude must be a number from -90 to 90',
      ]);
    });

    it('says "is required" for a missing version, default language or event list', () => {
      expect(problems({})).to.deep.equal([
        '/version error: is required: this reader expects version 1',
        '/defaultLanguage error: is required: a language tag such as "en"; English is assumed',
        '/events error: is required: a feed lists its events under "events"',
      ]);
    });
  });

  describe('one answer in every runtime', () => {
    it('rejects an offset as a time zone, which newer engines accept and Node 20 does not', () => {
      const feed = testFeed([event({ timeZone: '+05:30' })]);
      expect(problems(feed)[0]).to.equal(
        '/events/0/timeZone error: "+05:30" is an offset, not an IANA time zone name such as "Asia/Kolkata"',
      );
      expect(kept(feed)).to.deep.equal([]);
    });

    it('rejects old zone names outside the Area/Location form, and takes UTC and Etc/ names', () => {
      for (const zone of ['GMT', 'EST', 'CET', 'EST5EDT']) {
        expect(kept(testFeed([event({ timeZone: zone })])), zone).to.deep.equal([]);
      }
      for (const zone of ['UTC', 'Etc/GMT+5', 'america/new_york', 'US/Eastern']) {
        expect(kept(testFeed([event({ timeZone: zone })])), zone).to.deep.equal(['e']);
      }
    });

    it('checks URLs by one rule, not by what a URL parser repairs', () => {
      const urlOf = (url: string) => validateFeed(testFeed([event({ url })])).feed.events[0].url;
      for (const bad of [
        'https:example.org',
        'http:\\\\example.org',
        'http://a\tb.example/',
        'https://u:p@example.org/',
      ]) {
        expect(urlOf(bad), bad).to.equal(undefined);
      }
      expect(urlOf('https://münchen.example/ä')).to.equal('https://münchen.example/%C3%A4');
      expect(urlOf('HTTPS://Example.ORG?q=1#x')).to.equal('https://example.org/?q=1#x');
      expect(urlOf('http://example.org:99999/')).to.equal(undefined);
    });
  });

  it('reports a __proto__ language key where it is, and leaves Object.prototype alone', () => {
    const feed = JSON.parse(
      '{"version":1,"defaultLanguage":"en","events":[{"id":"e","name":{"__proto__":"x","en":"Forum"},"timeZone":"UTC","start":"2020"}]}',
    );
    expect(problems(feed)).to.deep.equal([
      '/events/0/name/__proto__ error: "__proto__" is not a language tag such as "en" or "es-MX"',
    ]);
    expect(Object.getOwnPropertyNames(Object.prototype)).to.not.include('en');
    expect(validateFeed(feed).feed.events[0].name).to.deep.equal({ en: 'Forum' });
  });
});
