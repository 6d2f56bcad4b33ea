import { expect, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/minga-widgets.js';
import { setNow } from '../../src/index.js';
import { activeTimers } from '../../src/internal/clock.js';
import type { MingaCountdown } from '../../src/components/countdown/countdown.js';
import {
  $,
  SEED_FEED,
  cycleConnection,
  datetimes,
  isolate,
  mountAll,
  part,
  partText,
  shownText,
  waitForText,
} from '../support/fixture.js';
import { at, countdownFeed, mountCountdown, numbers, spokenCount } from './harness.js';
import {
  AFTER_CALLED_OFF,
  BEFORE_CALLED_OFF,
  CALLED_OFF,
  CALLED_OFF_FEED,
  DURING_CALLED_OFF,
} from '../support/called-off-feed.js';

/** A test-only feed: two timed events of one series, with links, in Paris. */
const SERIES_FEED = countdownFeed(
  [
    {
      id: 'talk-1',
      name: 'First talk',
      series: 'talks',
      timeZone: 'Europe/Paris',
      start: '2030-05-04T10:00',
      end: '2030-05-04T12:00',
      url: 'https://example.org/talk-1',
    },
    {
      id: 'talk-2',
      name: 'Second talk',
      series: 'talks',
      timeZone: 'Europe/Paris',
      start: '2030-06-01T09:00',
      end: '2030-06-01T10:00',
      url: 'https://example.org/talk-2',
    },
  ],
  [{ id: 'talks', name: 'Talks' }],
);

describe('<minga-countdown>', () => {
  isolate();

  describe('states', () => {
    it('counts down to the seed dialogue in days, hours, minutes and seconds, with its start beside the count', async () => {
      setNow('2019-12-07T10:00:15-06:00', { frozen: true });
      const el = await mountCountdown(
        html`<minga-countdown lang="en" src=${SEED_FEED} event="pd-lac-2019"></minga-countdown>`,
      );
      expect(partText(el, 'status')).to.equal('Starts in');
      expect(numbers(el)).to.deep.equal({ days: '2', hours: '2', minutes: '29', seconds: '45' });
      expect(partText(el, 'days-label')).to.equal('days');
      expect(partText(el, 'name')).to.contain('1st Policy Dialogue');
      expect(partText(el, 'when')).to.match(
        /^Starts Monday, December 9, 2019 at 12:30\sPM \(Mexico City time, UTC\u22126\)$/,
      );
      expect(datetimes(el)).to.deep.equal(['2019-12-09T12:30:00-06:00']);
      await expect(el).to.be.accessible();
    });

    it('goes before → live → ended, with the time left to the end while live', async () => {
      setNow('2019-12-09T12:29:58-06:00', { frozen: true });
      const el = await mountCountdown(
        html`<minga-countdown lang="en" src=${SEED_FEED} event="pd-lac-2019"></minga-countdown>`,
      );
      expect(numbers(el)).to.deep.equal({ seconds: '2' });
      await at(el, '2019-12-09T12:30:00-06:00');
      expect(partText(el, 'status')).to.equal('Happening now');
      expect(partText(el, 'caption')).to.equal('Time left');
      expect(numbers(el)).to.deep.equal({ hours: '7', minutes: '30', seconds: '0' });
      expect(partText(el, 'when')).to.contain('Ends');
      expect(datetimes(el)).to.deep.equal(['2019-12-09T20:00:00-06:00']);
      await expect(el).to.be.accessible();
      await at(el, '2019-12-09T20:00:00-06:00');
      expect(partText(el, 'status')).to.equal('Ended');
      expect(part(el, 'count')).to.equal(null);
      expect(datetimes(el)).to.deep.equal(['2019-12-09T12:30:00-06:00', '2019-12-09T20:00:00-06:00']);
      // The last dialogue of its series: nothing comes next.
      expect(part(el, 'next')).to.equal(null);
      expect(shownText(el)).not.to.contain('NaN');
      await expect(el).to.be.accessible();
    });

    it('once ended, links to the next event of its series', async () => {
      setNow('2030-05-10T12:00:00Z', { frozen: true });
      const el = await mountCountdown(
        html`<minga-countdown lang="en" .feed=${SERIES_FEED} event="talk-1"></minga-countdown>`,
      );
      expect(partText(el, 'status')).to.equal('Ended');
      const link = part(el, 'next')!.querySelector('a')!;
      expect(link.getAttribute('href')).to.equal('https://example.org/talk-2');
      expect(link.textContent).to.equal('Second talk');
      expect(partText(el, 'next')).to.contain('Saturday, June 1, 2030');
      expect(part(el, 'count')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('with follow-series, counts down to the next event, then follows it when it starts', async () => {
      setNow('2019-12-07T10:00:00-06:00', { frozen: true });
      const el = await mountCountdown(
        html`<minga-countdown
          lang="en"
          src=${SEED_FEED}
          event="pd-europe-2019"
          follow-series
          precision="minutes"></minga-countdown>`,
      );
      expect(partText(el, 'status')).to.equal('Ended');
      expect(partText(el, 'next')).to.contain('Next in the series: 1st Policy Dialogue');
      expect(numbers(el)).to.deep.equal({ days: '2', hours: '2', minutes: '30' });
      expect(datetimes(el)).to.deep.equal(['2019-11', '2019-12-09T12:30:00-06:00']);
      await expect(el).to.be.accessible();
      const starts: string[] = [];
      el.addEventListener('minga-countdown-start', (e) => starts.push(e.detail.eventId!));
      await at(el, '2019-12-09T13:00:00-06:00');
      expect(starts).to.deep.equal(['pd-lac-2019']);
      expect(partText(el, 'status')).to.equal('Happening now');
      expect(partText(el, 'name')).to.contain('1st Policy Dialogue');
      expect(numbers(el)).to.deep.equal({ hours: '7', minutes: '0' });
    });

    it('never counts to a month or a year: "In April 2019", "In 2020"', async () => {
      setNow('2019-01-15T00:00:00Z', { frozen: true });
      const [africa, gsef] = await mountAll<MingaCountdown>(
        html`<div lang="en">
          <minga-countdown src=${SEED_FEED} event="pd-africa-2019"></minga-countdown>
          <minga-countdown src=${SEED_FEED} event="gsef-2020"></minga-countdown>
        </div>`,
        'minga-countdown',
      );
      expect(partText(africa, 'status')).to.equal('Upcoming');
      expect(partText(africa, 'when')).to.equal('In April 2019');
      expect(datetimes(africa)).to.deep.equal(['2019-04']);
      expect(partText(gsef, 'when')).to.equal('In 2020');
      for (const el of [africa, gsef]) {
        expect(part(el, 'count')).to.equal(null);
        expect(shownText(el)).not.to.match(/NaN|\d+ days/);
        await expect(el).to.be.accessible();
      }
      // During April nobody knows whether the Bamako dialogue is under way: still only the month.
      await at(africa, '2019-04-10T12:00:00Z');
      expect(partText(africa, 'status')).to.equal('Upcoming');
      await at(africa, '2019-05-01T00:00:00Z');
      expect(partText(africa, 'status')).to.equal('Ended');
      expect(partText(africa, 'next')).to.contain('GSEF policy dialogue in Asia In October 2019');
    });

    it('shows an event of whole days as under way on those days, without a count', async () => {
      const feed = countdownFeed([
        { id: 'd', name: 'Days', timeZone: 'America/Bogota', start: '2030-03-10', end: '2030-03-12' },
      ]);
      setNow('2030-03-09T12:00:00-05:00', { frozen: true });
      const el = await mountCountdown(html`<minga-countdown lang="en" .feed=${feed}></minga-countdown>`);
      expect(partText(el, 'status')).to.equal('Upcoming');
      expect(partText(el, 'when')).to.equal('Sunday, March 10 – Tuesday, March 12, 2030');
      await at(el, '2030-03-11T12:00:00-05:00');
      expect(partText(el, 'status')).to.equal('Happening now');
      expect(part(el, 'count')).to.equal(null);
      await at(el, '2030-03-13T00:00:00-05:00');
      expect(partText(el, 'status')).to.equal('Ended');
    });
  });

  describe('time', () => {
    it('counts real elapsed time across a DST change (New York springs forward on 10 March 2019)', async () => {
      setNow('2019-03-10T00:00:00-05:00', { frozen: true });
      const el = await mountCountdown(
        html`<minga-countdown
          lang="en"
          target="2019-03-10T12:00"
          time-zone="America/New_York"
          precision="minutes"></minga-countdown>`,
      );
      // Midnight to noon on the wall clock, but only 11 hours pass.
      expect(numbers(el)).to.deep.equal({ hours: '11', minutes: '0' });
      expect(datetimes(el)).to.deep.equal(['2019-03-10T12:00:00-04:00']);
      expect(partText(el, 'when')).to.contain('New York time, UTC\u22124');
    });

    it('counts a feed event after the change from a day before it', async () => {
      const feed = countdownFeed([
        { id: 'ny', name: 'Spring meeting', timeZone: 'America/New_York', start: '2019-03-10T12:00' },
      ]);
      setNow('2019-03-09T12:00:00-05:00', { frozen: true });
      const el = await mountCountdown(
        html`<minga-countdown lang="en" .feed=${feed} event="ny" precision="hours"></minga-countdown>`,
      );
      expect(numbers(el)).to.deep.equal({ hours: '23' });
    });

    it("shows the same count and the start in the viewer's zone when time-zone differs", async () => {
      setNow('2019-12-09T10:00:00-06:00', { frozen: true });
      const [mexico, seoul] = await mountAll<MingaCountdown>(
        html`<div lang="en">
          <minga-countdown src=${SEED_FEED} event="pd-lac-2019"></minga-countdown>
          <minga-countdown src=${SEED_FEED} event="pd-lac-2019" time-zone="Asia/Seoul"></minga-countdown>
        </div>`,
        'minga-countdown',
      );
      expect(numbers(seoul)).to.deep.equal(numbers(mexico));
      expect(numbers(seoul)).to.deep.equal({ hours: '2', minutes: '30', seconds: '0' });
      expect(datetimes(seoul)).to.deep.equal(['2019-12-10T03:30:00+09:00']);
      expect(partText(seoul, 'when')).to.contain('Tuesday, December 10, 2019');
      expect(partText(seoul, 'when')).to.contain('Seoul time, UTC+9');
    });

    it('reads an ISO instant target in any zone', async () => {
      setNow('2030-01-01T00:00:00Z', { frozen: true });
      const el = await mountCountdown(
        html`<minga-countdown lang="en" target="2030-01-02T01:02:03Z" time-zone="Asia/Kolkata"></minga-countdown>`,
      );
      expect(numbers(el)).to.deep.equal({ days: '1', hours: '1', minutes: '2', seconds: '3' });
      expect(datetimes(el)).to.deep.equal(['2030-01-02T06:32:03+05:30']);
    });
  });

  describe('languages', () => {
    const cases = [
      { lang: 'es', status: 'Comienza en', days: 'días', minutes: '30 minutos' },
      { lang: 'fr', status: 'Commence dans', days: 'jours', minutes: '30 minutes' },
      { lang: 'ko', status: '시작까지', days: '일', minutes: '30분' },
      { lang: 'pt', status: 'Começa em', days: 'dias', minutes: '30 minutos' },
    ];
    for (const { lang, status, days, minutes } of cases) {
      it(`speaks ${lang}: UI words, unit names and dates`, async () => {
        setNow('2019-12-07T10:00:00-06:00', { frozen: true });
        const el = await mountCountdown(
          html`<minga-countdown lang=${lang} src=${SEED_FEED} event="pd-lac-2019"></minga-countdown>`,
        );
        await waitForText(el, status, `${lang} status`);
        expect(partText(el, 'days-label')).to.equal(days);
        expect(spokenCount(el)).to.contain(minutes);
        const expectedDate = new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' }).format(
          Date.UTC(2019, 11, 9),
        );
        expect(partText(el, 'when')).to.contain(expectedDate);
        await expect(el).to.be.accessible();
        await at(el, '2019-12-09T13:00:00-06:00');
        await expect(el).to.be.accessible();
        await at(el, '2019-12-10T13:00:00-06:00');
        await expect(el).to.be.accessible();
      });
    }

    it('uses the plural rules of the language: 1 day, 2 days', async () => {
      setNow('2019-12-08T12:30:00-06:00', { frozen: true });
      const el = await mountCountdown(
        html`<minga-countdown lang="en" src=${SEED_FEED} event="pd-lac-2019" precision="days"></minga-countdown>`,
      );
      expect(partText(el, 'days-label')).to.equal('day');
      await at(el, '2019-12-07T12:30:00-06:00');
      expect(partText(el, 'days-label')).to.equal('days');
    });

    it("writes numbers in the language's digits", async () => {
      setNow('2019-12-07T10:00:00-06:00', { frozen: true });
      const el = await mountCountdown(
        html`<minga-countdown lang="ar-EG" src=${SEED_FEED} event="pd-lac-2019" precision="days"></minga-countdown>`,
      );
      expect(numbers(el)).to.deep.equal({ days: '\u0663' }); // ٣
    });
  });

  describe('accessibility', () => {
    it('hides the ticking digits from screen readers and says the time left to the minute', async () => {
      setNow('2019-12-07T10:00:15-06:00', { frozen: true });
      const el = await mountCountdown(
        html`<minga-countdown lang="en" src=${SEED_FEED} event="pd-lac-2019"></minga-countdown>`,
      );
      expect($(el, '.digits')!.getAttribute('aria-hidden')).to.equal('true');
      expect(spokenCount(el)).to.equal('2 days, 2 hours, 30 minutes');
      await at(el, '2019-12-07T10:00:40-06:00');
      expect(numbers(el).seconds).to.equal('20');
      expect(spokenCount(el)).to.equal('2 days, 2 hours, 30 minutes');
    });

    it('changes its polite live region only when the state changes', async () => {
      setNow('2019-12-09T12:29:00-06:00', { frozen: true });
      const el = await mountCountdown(
        html`<minga-countdown lang="en" src=${SEED_FEED} event="pd-lac-2019"></minga-countdown>`,
      );
      const region = $(el, '[role="status"]')!;
      const texts: string[] = [];
      const observer = new MutationObserver(() => texts.push(region.textContent!.trim()));
      observer.observe(region, { childList: true, subtree: true, characterData: true });
      for (let s = 1; s <= 61; s++)
        await at(el, new Date(Date.parse('2019-12-09T12:29:00-06:00') + s * 1000).toISOString());
      observer.disconnect();
      expect($(el, '[role="status"]')).to.equal(region);
      expect(texts).to.deep.equal(['Happening now']);
    });
  });

  describe('events', () => {
    it('fires minga-countdown-start and minga-countdown-end once each, when the state changes', async () => {
      setNow('2019-12-09T12:29:59-06:00', { frozen: true });
      const el = await mountCountdown(
        html`<minga-countdown lang="en" src=${SEED_FEED} event="pd-lac-2019"></minga-countdown>`,
      );
      const starts: CustomEvent[] = [];
      const ends: CustomEvent[] = [];
      const onEnd = (e: CustomEvent) => ends.push(e);
      el.addEventListener('minga-countdown-start', (e) => starts.push(e));
      document.addEventListener('minga-countdown-end', onEnd);
      try {
        for (const t of ['12:30:00', '12:30:01', '14:00:00', '19:59:59', '20:00:00', '20:00:01', '23:00:00']) {
          await at(el, `2019-12-09T${t}-06:00`);
        }
      } finally {
        document.removeEventListener('minga-countdown-end', onEnd);
      }
      expect(starts.map((e) => e.detail)).to.deep.equal([
        { eventId: 'pd-lac-2019', at: Date.parse('2019-12-09T12:30:00-06:00') },
      ]);
      expect(ends.map((e) => e.detail)).to.deep.equal([
        { eventId: 'pd-lac-2019', at: Date.parse('2019-12-09T20:00:00-06:00') },
      ]);
      expect(ends[0].bubbles && ends[0].composed).to.be.true;
    });

    it('without an event attribute, fires the end of the event under way and counts to the next', async () => {
      setNow('2030-05-04T11:59:00+02:00', { frozen: true });
      const el = await mountCountdown(html`<minga-countdown lang="en" .feed=${SERIES_FEED}></minga-countdown>`);
      expect(partText(el, 'name')).to.equal('First talk');
      const ended: (string | undefined)[] = [];
      el.addEventListener('minga-countdown-end', (e) => ended.push(e.detail.eventId));
      await at(el, '2030-05-04T12:00:00+02:00');
      expect(ended).to.deep.equal(['talk-1']);
      expect(partText(el, 'name')).to.equal('Second talk');
      expect(partText(el, 'status')).to.equal('Starts in');
    });

    it('fires nothing when first shown in a state', async () => {
      const fired: string[] = [];
      const listen = (e: Event) => fired.push(e.type);
      document.addEventListener('minga-countdown-start', listen);
      document.addEventListener('minga-countdown-end', listen);
      try {
        setNow('2019-12-09T13:00:00-06:00', { frozen: true });
        const live = await mountCountdown(
          html`<minga-countdown lang="en" src=${SEED_FEED} event="pd-lac-2019"></minga-countdown>`,
        );
        const ended = await mountCountdown(
          html`<minga-countdown lang="en" src=${SEED_FEED} event="pd-africa-2019"></minga-countdown>`,
        );
        expect(partText(live, 'status')).to.equal('Happening now');
        expect(partText(ended, 'status')).to.equal('Ended');
        await at(live, '2019-12-09T13:00:01-06:00');
        expect(fired).to.deep.equal([]);
        // The live one ends while shown: that is an event.
        await at(live, '2019-12-09T20:00:00-06:00');
        expect(fired).to.deep.equal(['minga-countdown-end']);
      } finally {
        document.removeEventListener('minga-countdown-start', listen);
        document.removeEventListener('minga-countdown-end', listen);
      }
    });
  });

  describe('bad input', () => {
    const cases: [string, ReturnType<typeof html>, string][] = [
      [
        'an unknown event',
        html`<minga-countdown lang="en" src=${SEED_FEED} event="pd-lac-2091"></minga-countdown>`,
        'This feed has no event with the id "pd-lac-2091".',
      ],
      [
        'a target that is not a date',
        html`<minga-countdown lang="en" target="next Friday"></minga-countdown>`,
        'The countdown target "next Friday" is not a date',
      ],
      [
        'a target on the 31st of February',
        html`<minga-countdown lang="en" target="2030-02-31T10:00"></minga-countdown>`,
        'is not a date',
      ],
      [
        'a target skipped by DST',
        html`<minga-countdown lang="en" target="2019-03-10T02:30" time-zone="America/New_York"></minga-countdown>`,
        'The countdown target 2019-03-10T02:30 does not exist in America/New_York',
      ],
      [
        'an empty target',
        html`<minga-countdown lang="en" target=""></minga-countdown>`,
        'This countdown has no target',
      ],
      [
        'an event without a start',
        html`<minga-countdown
          lang="en"
          .feed=${countdownFeed([{ id: 'nostart', name: 'No start', timeZone: 'UTC' }])}
          event="nostart"></minga-countdown>`,
        'This feed has no usable event with the id "nostart": an event was left out because its start is missing',
      ],
    ];
    for (const [what, template, message] of cases) {
      it(`says so for ${what}, never NaN`, async () => {
        const el = await mountCountdown(template);
        expect(partText(el, 'message')).to.contain(message);
        expect(shownText(el)).not.to.contain('NaN');
        expect(part(el, 'count')).to.equal(null);
        await expect(el).to.be.accessible();
      });
    }

    it('does not load a feed or report a missing one when counting to a target', async () => {
      const errors: Event[] = [];
      const onError = (e: Event) => errors.push(e);
      document.addEventListener('minga-feed-error', onError);
      setNow('2030-01-01T00:00:00Z', { frozen: true });
      const el = await mountCountdown(
        html`<minga-countdown lang="en" target="2030-01-01T00:01:00Z"></minga-countdown>`,
      );
      await new Promise((r) => setTimeout(r, 50));
      document.removeEventListener('minga-feed-error', onError);
      expect(numbers(el)).to.deep.equal({ minutes: '1', seconds: '0' });
      expect(errors).to.deep.equal([]);
    });

    it('skips a cancelled event of the series: neither next nor followed, and no start or end for it', async () => {
      const feed = countdownFeed(
        [
          { id: 'a', name: 'A', series: 's', timeZone: 'UTC', start: '2030-05-01T08:00', end: '2030-05-01T09:00' },
          { id: 'c', name: 'C', series: 's', timeZone: 'UTC', start: '2030-05-01T10:00', status: 'cancelled' },
          { id: 'd', name: 'D', series: 's', timeZone: 'UTC', start: '2030-05-01T15:00', end: '2030-05-01T16:00' },
        ],
        [{ id: 's', name: 'Series' }],
      );
      setNow('2030-05-01T09:30:00Z', { frozen: true });
      const el = await mountCountdown(
        html`<minga-countdown lang="en" precision="minutes" follow-series event="a" .feed=${feed}></minga-countdown>`,
      );
      const fired: string[] = [];
      el.addEventListener('minga-countdown-start', (e) => fired.push(`start ${e.detail.eventId}`));
      el.addEventListener('minga-countdown-end', (e) => fired.push(`end ${e.detail.eventId}`));
      expect(partText(el, 'next')).to.contain('Next in the series: D');
      expect(numbers(el)).to.deep.equal({ hours: '5', minutes: '30' });
      await at(el, '2030-05-01T11:00:00Z');
      await at(el, '2030-05-01T15:00:00Z');
      expect(partText(el, 'name')).to.equal('D');
      expect(partText(el, 'status')).to.equal('Happening now');
      await at(el, '2030-05-02T00:00:00Z');
      expect(fired).to.deep.equal(['start d', 'end d']);
    });

    it('counts to the start the feed states, the one shown beside the count, when sessions begin earlier', async () => {
      const feed = countdownFeed([
        {
          id: 'e',
          name: 'E',
          timeZone: 'UTC',
          start: '2030-05-01T10:00',
          end: '2030-05-01T12:00',
          sessions: [{ id: 's1', title: 'Early', start: '2030-05-01T09:00', end: '2030-05-01T09:30' }],
        },
      ]);
      sinon.stub(console, 'warn');
      setNow('2030-05-01T08:00:00Z', { frozen: true });
      const el = await mountCountdown(
        html`<minga-countdown lang="en" precision="minutes" .feed=${feed}></minga-countdown>`,
      );
      expect(numbers(el)).to.deep.equal({ hours: '2', minutes: '0' });
      expect(datetimes(el)).to.deep.equal(['2030-05-01T10:00:00+00:00']);
    });

    it('labels a UTC target with the offset alone', async () => {
      setNow('2030-01-01T09:00:00Z', { frozen: true });
      const el = await mountCountdown(
        html`<minga-countdown lang="en" target="2030-01-01T10:00:00Z" time-zone="UTC"></minga-countdown>`,
      );
      expect(partText(el, 'when')).to.match(/\(UTC\)$/);
      expect(partText(el, 'when')).to.not.contain('( time');
    });

    it('shows a cancelled event as cancelled, without a count', async () => {
      const feed = countdownFeed([
        { id: 'c', name: 'Called off', timeZone: 'UTC', start: '2030-05-01T10:00', status: 'cancelled' },
      ]);
      setNow('2030-04-01T00:00:00Z', { frozen: true });
      const el = await mountCountdown(html`<minga-countdown lang="en" .feed=${feed}></minga-countdown>`);
      expect(partText(el, 'status')).to.equal('Cancelled');
      expect(part(el, 'count')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('a cancelled event at the moment it would have been live', () => {
    it('says "Cancelled" without a count, and fires no start or end as the time passes through it', async () => {
      // A fictional feed: the Lima forum (10:00–12:00) is cancelled.
      setNow(BEFORE_CALLED_OFF, { frozen: true });
      const el = await mountCountdown(
        html`<minga-countdown lang="en" .feed=${CALLED_OFF_FEED} event=${CALLED_OFF}></minga-countdown>`,
      );
      const fired: string[] = [];
      el.addEventListener('minga-countdown-start', (e) => fired.push(`start ${e.detail.eventId}`));
      el.addEventListener('minga-countdown-end', (e) => fired.push(`end ${e.detail.eventId}`));
      expect(partText(el, 'status')).to.equal('Cancelled');
      await at(el, '2030-05-01T10:00:00-05:00');
      await at(el, DURING_CALLED_OFF);
      expect(partText(el, 'status')).to.equal('Cancelled');
      expect(part(el, 'count')).to.equal(null);
      expect(numbers(el)).to.deep.equal({});
      expect(fired).to.deep.equal([]);
      await at(el, AFTER_CALLED_OFF);
      expect(fired).to.deep.equal([]);
    });
  });

  describe('cost', () => {
    /** Steps a frozen pretended clock one second at a time and counts the renders. */
    async function rendersOver(el: MingaCountdown, from: string, seconds: number): Promise<number> {
      const render = sinon.spy(el, 'render');
      const start = Date.parse(from);
      for (let s = 1; s <= seconds; s++) {
        setNow(start + s * 1000, { frozen: true });
        await el.updateComplete;
      }
      return render.callCount;
    }

    it('stops rendering on ticks once it shows an error', async () => {
      const from = '2030-01-01T00:00:00Z';
      setNow(from, { frozen: true });
      const el = await mountCountdown(
        html`<minga-countdown lang="en" target="2030-01-03T00:00:00Z"></minga-countdown>`,
      );
      el.target = 'next Friday';
      await el.updateComplete;
      expect(partText(el, 'message')).to.contain('is not a date');
      expect(await rendersOver(el, from, 30)).to.equal(0);
    });

    it('renders only when a shown digit changes', async () => {
      const from = '2030-01-01T00:00:00Z';
      const make = (precision: string) => {
        setNow(from, { frozen: true });
        return mountCountdown(
          html`<minga-countdown lang="en" target="2030-01-03T00:00:00Z" precision=${precision}></minga-countdown>`,
        );
      };
      expect(await rendersOver(await make('seconds'), from, 120)).to.equal(120);
      expect(await rendersOver(await make('minutes'), from, 120)).to.equal(2);
      expect(await rendersOver(await make('hours'), from, 120)).to.equal(0);
    });

    it('stops ticking while the page is hidden, and catches up when shown', async () => {
      const clock = sinon.useFakeTimers({ now: Date.UTC(2030, 0, 1), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      try {
        const el = document.createElement('minga-countdown');
        el.lang = 'en';
        el.target = '2030-01-01T01:00:00Z';
        document.body.append(el);
        await el.updateComplete;
        const render = sinon.spy(el, 'render');
        await clock.tickAsync(3_010);
        expect(render.callCount).to.equal(3);
        const visibility = sinon.stub(document, 'visibilityState').get(() => 'hidden');
        document.dispatchEvent(new Event('visibilitychange'));
        expect(activeTimers()).to.equal(0);
        await clock.tickAsync(60_000);
        expect(render.callCount).to.equal(3);
        visibility.get(() => 'visible');
        document.dispatchEvent(new Event('visibilitychange'));
        await el.updateComplete;
        expect(render.callCount).to.equal(4);
        expect(numbers(el)).to.deep.equal({ minutes: '58', seconds: '57' });
        expect(activeTimers()).to.equal(1);
      } finally {
        clock.restore();
      }
    });

    it('holds no clock while off screen, and shows the present when scrolled back', async () => {
      setNow('2030-01-01T00:00:00Z');
      const el = await mountCountdown(
        html`<minga-countdown
          lang="en"
          target="2030-01-02T00:00:00Z"
          precision="hours"
          style="position: fixed; inset-block-start: -100vh"></minga-countdown>`,
      );
      await waitUntil(() => activeTimers() === 0, 'the off-screen countdown should let the clock stop');
      const render = sinon.spy(el, 'render');
      setNow('2030-01-01T12:00:00Z');
      await el.updateComplete;
      expect(render.callCount).to.equal(0);
      el.style.insetBlockStart = '0';
      await waitUntil(() => activeTimers() === 1, 'back on screen, it should tick again');
      await el.updateComplete;
      expect(numbers(el)).to.deep.equal({ hours: '12' });
    });

    it('leaves no timer running after 1,000 connect and disconnect cycles', async () => {
      const el = await mountCountdown(
        html`<minga-countdown lang="en" target="2099-01-01T00:00:00Z"></minga-countdown>`,
      );
      expect(activeTimers()).to.equal(1);
      cycleConnection(el, 1000);
      expect(activeTimers()).to.equal(0);
    });
  });

  describe('layout and theme', () => {
    it('has a compact one-line layout with short unit names', async () => {
      setNow('2019-12-07T10:00:00-06:00', { frozen: true });
      const el = await mountCountdown(
        html`<minga-countdown lang="en" layout="compact" src=${SEED_FEED} event="pd-lac-2019"></minga-countdown>`,
      );
      expect(partText(el, 'days-label')).to.equal('d');
      expect(getComputedStyle(part(el, 'days')!).borderTopStyle).to.equal('none');
      const [days, hours] = [part(el, 'days')!, part(el, 'hours')!].map((p) => p.getBoundingClientRect());
      expect(Math.abs(days.top - hours.top)).to.be.below(2);
      await expect(el).to.be.accessible();
    });

    it('puts the largest unit first in reading order, mirrored in a right-to-left page', async () => {
      setNow('2019-12-07T10:00:00-06:00', { frozen: true });
      const el = await mountCountdown(
        html`<div dir="rtl" lang="en"><minga-countdown src=${SEED_FEED} event="pd-lac-2019"></minga-countdown></div>`,
      );
      expect(part(el, 'days')!.getBoundingClientRect().left).to.be.above(
        part(el, 'hours')!.getBoundingClientRect().left,
      );
    });

    it('takes its colours from --minga-* custom properties', async () => {
      setNow('2019-12-07T10:00:00-06:00', { frozen: true });
      const el = await mountCountdown(
        html`<minga-countdown
          lang="en"
          theme="dark"
          style="--minga-countdown-number-color: rgb(1, 2, 3)"
          src=${SEED_FEED}
          event="pd-lac-2019"></minga-countdown>`,
      );
      expect(getComputedStyle(part(el, 'days-number')!).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(28, 27, 31)');
    });
  });
});
