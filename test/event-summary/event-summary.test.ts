import { expect, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/minga-widgets.js';
import { setNow } from '../../src/index.js';
import { activeTimers } from '../../src/internal/clock.js';
import type { MingaEventSummary } from '../../src/components/event-summary/event-summary.js';
import {
  $,
  $$,
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
import { skipWithout } from '../support/capability.js';
import { CALLED_OFF, CALLED_OFF_FEED, DURING_CALLED_OFF } from '../support/called-off-feed.js';
import { failingSummary, mountSummary, summaryFeed } from './harness.js';

describe('<minga-event-summary>', () => {
  // An element left behind by a failed test would keep steering the page's UI language: isolate() removes it.
  isolate();

  describe('sources', () => {
    it('reads the seed event from a src URL and shows it in the event zone', async () => {
      const el = await mountSummary(
        html`<minga-event-summary lang="en" src=${SEED_FEED} event="pd-lac-2019"></minga-event-summary>`,
      );
      const text = shownText(el);
      expect($(el, 'h2')!.textContent).to.equal(
        '1st Policy Dialogue on Social and Solidarity Economy in Latin America and the Caribbean',
      );
      expect(text).to.contain('Monday, December 9, 2019');
      expect(text).to.contain('Mexico City time, UTC\u22126');
      expect(text).to.contain('Iztapalapa, Mexico City, Mexico');
      expect(text).to.contain('venue to be confirmed');
      expect(text).to.contain('Organized by GSEF and United Cities and Local Governments (UCLG)');
      expect(datetimes(el)).to.deep.equal(['2019-12-09T12:30:00-06:00', '2019-12-09T20:00:00-06:00']);
      await expect(el).to.be.accessible();
    });

    it('reads an inline <script type="application/json"> feed', async () => {
      const el = await mountSummary(
        html`<minga-event-summary lang="en">
          <script type="application/json">
            {
              "version": 1,
              "defaultLanguage": "en",
              "events": [{ "id": "x", "name": "Inline event", "timeZone": "Africa/Bamako", "start": "2019-04" }]
            }
          </script>
        </minga-event-summary>`,
      );
      expect(shownText(el)).to.contain('Inline event');
      expect(shownText(el)).to.contain('April 2019');
    });

    it('reads a feed object given as the feed property, before src', async () => {
      const feed = summaryFeed({ id: 'p', name: 'Property event', timeZone: 'UTC', start: '2020' });
      const el = await mountSummary(
        html`<minga-event-summary lang="en" src="/nowhere.json" .feed=${feed}></minga-event-summary>`,
      );
      expect(shownText(el)).to.contain('Property event');
    });

    it('reads a feed property given as a JSON string, and refuses a number', async () => {
      const json = JSON.stringify(summaryFeed({ id: 'p', name: 'From a string', timeZone: 'UTC', start: '2020' }));
      const el = await mountSummary(html`<minga-event-summary lang="en" .feed=${json}></minga-event-summary>`);
      expect(shownText(el)).to.contain('From a string');
      const bad = await mountSummary(html`<minga-event-summary lang="en" .feed=${42}></minga-event-summary>`);
      expect(shownText(bad)).to.contain('The feed property does not hold an event feed');
    });

    it('makes one request for three elements on the same src', async () => {
      const spy = sinon.spy(window, 'fetch');
      const els = await mountAll<MingaEventSummary>(
        html`<div lang="en">
          <minga-event-summary src=${SEED_FEED} event="pd-lac-2019"></minga-event-summary>
          <minga-event-summary src=${SEED_FEED} event="pd-africa-2019"></minga-event-summary>
          <minga-event-summary src=${SEED_FEED} event="gsef-2020"></minga-event-summary>
        </div>`,
        'minga-event-summary',
      );
      const feedCalls = spy.getCalls().filter((c) => String(c.args[0]).endsWith(SEED_FEED));
      expect(feedCalls).to.have.length(1);
      expect(shownText(els[1])).to.contain('April 2019');
      expect(shownText(els[2])).to.contain('2020');
    });

    it('fires minga-feed-load once with the validated feed', async () => {
      const el = document.createElement('minga-event-summary');
      el.setAttribute('src', SEED_FEED);
      const loaded = oneEvent(el, 'minga-feed-load');
      document.body.append(el);
      const event = await loaded;
      expect(event.detail.feed.events).to.have.length(5);
      expect(event.detail.problems).to.deep.equal([]);
      expect(event.composed && event.bubbles).to.be.true;
      el.remove();
    });
  });

  describe('error states', () => {
    it('shows a 404 in words inside the element and fires minga-feed-error', async () => {
      const { el, event } = await failingSummary('/test/fixtures/does-not-exist.json');
      expect(event.detail.error.kind).to.equal('http');
      await waitForText(el, 'The event feed was not found at');
      expect(shownText(el)).to.contain('does-not-exist.json (error 404)');
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('says so when the inline feed is not JSON', async () => {
      const el = await mountSummary(
        html`<minga-event-summary lang="en"
          ><script type="application/json">
            { "version": 1,
          </script></minga-event-summary
        >`,
      );
      expect(shownText(el)).to.contain('written in this page is not valid JSON');
    });

    it('names an unknown event id', async () => {
      const el = await mountSummary(
        html`<minga-event-summary lang="en" src=${SEED_FEED} event="pd-lac-2091"></minga-event-summary>`,
      );
      expect(shownText(el)).to.contain('This feed has no event with the id "pd-lac-2091".');
      await expect(el).to.be.accessible();
    });

    it('says when the src is not a web address, and fires minga-feed-error', async () => {
      const { el, event } = await failingSummary('http://[::1/feed.json');
      expect(event.detail.error.kind).to.equal('bad-url');
      await waitForText(el, 'is not a valid web address: http://[::1/feed.json');
      el.remove();
    });

    it('says when no feed is given at all', async () => {
      const el = await mountSummary(html`<minga-event-summary lang="en"></minga-event-summary>`);
      expect(shownText(el)).to.contain('No event feed is set');
    });
  });

  describe('choosing the event by time', () => {
    it('shows the next event at the pretended time', async () => {
      setNow('2019-06-01T00:00:00Z');
      const el = await mountSummary(html`<minga-event-summary lang="en" src=${SEED_FEED}></minga-event-summary>`);
      expect(shownText(el)).to.contain('policy dialogue in Asia');
      setNow('2019-12-09T19:00:00-06:00'); // during the dialogue's second session
      await el.updateComplete;
      expect(shownText(el)).to.contain('1st Policy Dialogue');
      setNow('2019-12-10T00:00:00-06:00');
      await el.updateComplete;
      expect(shownText(el)).to.contain('GSEF2020');
    });
  });

  describe('a cancelled event at the moment it would have been live', () => {
    it('says "Cancelled", and without an event attribute shows the event that takes place instead', async () => {
      // A fictional feed: the Lima forum (10:00–12:00) is cancelled and it is 10:30 there; Quito's meeting a month later is held.
      setNow(DURING_CALLED_OFF, { frozen: true });
      const cancelled = await mountSummary(
        html`<minga-event-summary lang="en" .feed=${CALLED_OFF_FEED} event=${CALLED_OFF}></minga-event-summary>`,
      );
      expect(partText(cancelled, 'name')).to.equal('Forum in Lima');
      expect(partText(cancelled, 'status')).to.equal('Cancelled');
      const chosen = await mountSummary(
        html`<minga-event-summary lang="en" .feed=${CALLED_OFF_FEED}></minga-event-summary>`,
      );
      expect(partText(chosen, 'name')).to.equal('Meeting in Quito');
      expect(part(chosen, 'status')).to.equal(null);
      expect(shownText(chosen)).to.not.contain('Lima');
    });
  });

  describe('time zones', () => {
    it('shows the times in another zone, on the date there', async () => {
      const el = await mountSummary(
        html`<minga-event-summary
          lang="en"
          src=${SEED_FEED}
          event="pd-lac-2019"
          time-zone="Asia/Seoul"></minga-event-summary>`,
      );
      expect(datetimes(el)).to.deep.equal(['2019-12-10T03:30:00+09:00', '2019-12-10T11:00:00+09:00']);
      expect(shownText(el)).to.contain('Tuesday, December 10, 2019');
      expect(shownText(el)).to.contain('Seoul time, UTC+9');
    });

    it('never converts a partial date', async () => {
      const el = await mountSummary(
        html`<minga-event-summary
          lang="en"
          src=${SEED_FEED}
          event="pd-africa-2019"
          time-zone="Pacific/Kiritimati"></minga-event-summary>`,
      );
      expect(datetimes(el)).to.deep.equal(['2019-04']);
      expect(shownText(el)).to.contain('April 2019');
    });
  });

  describe('languages', () => {
    it('speaks Spanish inside a Spanish page section: UI, dates and feed text', async () => {
      const el = await mountSummary(
        html`<div lang="es"><minga-event-summary src=${SEED_FEED} event="pd-lac-2019"></minga-event-summary></div>`,
      );
      await waitForText(el, 'Organizado por', 'Spanish UI strings');
      const text = shownText(el);
      expect(text).to.contain('1.er Diálogo de Políticas');
      expect(text).to.contain('lunes, 9 de diciembre de 2019');
      expect(text).to.contain('Ciudades y Gobiernos Locales Unidos (CGLU)');
      expect(text).to.contain('México');
      await expect(el).to.be.accessible();
    });

    it('takes the browser language under lang="" (language unknown), not the page\'s', async () => {
      const el = await mountSummary(
        html`<div lang="fr">
          <minga-event-summary lang="" src=${SEED_FEED} event="pd-lac-2019"></minga-event-summary>
        </div>`,
      );
      const expected = new Intl.DateTimeFormat(navigator.language, { month: 'long', timeZone: 'UTC' }).format(
        Date.UTC(2019, 11, 9),
      );
      expect(shownText(el)).to.contain(expected);
    });

    it('follows a lang change above it', async () => {
      const el = await mountSummary(
        html`<div lang="en"><minga-event-summary src=${SEED_FEED} event="pd-lac-2019"></minga-event-summary></div>`,
      );
      const wrapper = el.parentElement!;
      await waitForText(el, 'Organized by');
      wrapper.setAttribute('lang', 'fr');
      await waitForText(el, 'Organisé par', 'French UI strings');
      expect(shownText(el)).to.contain('lundi 9 décembre 2019');
      expect(shownText(el)).to.contain('Dialogue politique sur');
    });

    it('formats dates in a language without shipped UI strings, and marks fallback text with its language', async () => {
      const el = await mountSummary(
        html`<minga-event-summary lang="de" src=${SEED_FEED} event="pd-lac-2019"></minga-event-summary>`,
      );
      expect(shownText(el)).to.contain('Montag, 9. Dezember 2019');
      // No German name in the feed: the English one is shown, marked lang="en" for screen readers.
      expect($(el, 'h2 span[lang="en"]')).to.exist;
    });

    for (const [lang, words] of [
      ['ko', '주최'],
      ['pt', 'Organizado por'],
    ]) {
      it(`speaks ${lang}`, async () => {
        const el = await mountSummary(
          html`<minga-event-summary lang=${lang} src=${SEED_FEED} event="pd-lac-2019"></minga-event-summary>`,
        );
        await waitForText(el, words, lang);
        await expect(el).to.be.accessible();
      });
    }

    for (const lang of ['en', 'es', 'fr', 'ko', 'pt']) {
      it(`has no accessibility violations in ${lang}, loaded and in error`, async () => {
        const ok = await mountSummary(
          html`<minga-event-summary lang=${lang} src=${SEED_FEED} event="pd-lac-2019"></minga-event-summary>`,
        );
        await expect(ok).to.be.accessible();
        ok.remove();
        const failed = await mountSummary(
          html`<minga-event-summary lang=${lang} src=${SEED_FEED} event="missing"></minga-event-summary>`,
        );
        await expect(failed).to.be.accessible();
      });
    }

    it('on a page mixing languages, each element speaks its own: UI labels, feed text and dates', async () => {
      const [fr, es] = await mountAll<MingaEventSummary>(
        html`<div>
          <minga-event-summary lang="fr" src=${SEED_FEED} event="pd-lac-2019"></minga-event-summary>
          <minga-event-summary lang="es" src=${SEED_FEED} event="pd-lac-2019"></minga-event-summary>
        </div>`,
        'minga-event-summary',
      );
      await waitForText(fr, 'Organisé par');
      await waitForText(es, 'Organizado por');
      expect(shownText(es)).not.to.contain('Organisé');
      expect(shownText(fr)).not.to.contain('Organizado');
      expect(shownText(es)).to.contain('lunes, 9 de diciembre de 2019');
      expect(shownText(es)).to.contain('Ciudades y Gobiernos Locales Unidos');
    });
  });

  describe('lifecycle', () => {
    it('leaves no timer running after 1,000 connect and disconnect cycles', async () => {
      const el = await mountSummary(
        html`<minga-event-summary lang="en" src=${SEED_FEED} event="pd-lac-2019"></minga-event-summary>`,
      );
      expect(activeTimers()).to.equal(1);
      cycleConnection(el, 1000);
      expect(activeTimers()).to.equal(0);
    });
  });

  describe('privacy', () => {
    it('makes no request outside the page origin', async () => {
      performance.clearResourceTimings();
      const el = await mountSummary(
        html`<minga-event-summary lang="en" src=${SEED_FEED} event="pd-lac-2019"></minga-event-summary>`,
      );
      expect(shownText(el)).to.contain('Iztapalapa');
      const foreign = performance
        .getEntriesByType('resource')
        .map((r) => r.name)
        .filter((n) => !n.startsWith(location.origin));
      expect(foreign).to.deep.equal([]);
    });
  });

  describe('hostile feeds', () => {
    it('shows HTML as inert text and drops javascript: URLs', async () => {
      (window as any).__pwned = 0;
      const el = await mountSummary(
        html`<minga-event-summary lang="en" src="/test/fixtures/hostile-feed.json"></minga-event-summary>`,
      );
      expect($(el, 'img, script:not([type]), b, iframe')).to.equal(null);
      expect(shownText(el)).to.contain('Name <img src=x onerror=');
      expect(shownText(el)).to.contain('Organizer <img');
      for (const a of $$(el, 'a')) expect(a.getAttribute('href')).to.match(/^(https?|mailto):/);
      await new Promise((r) => setTimeout(r, 50));
      expect((window as any).__pwned).to.equal(0);
    });
  });

  describe('theme', () => {
    it('has its own dark surface with theme="dark", and is accessible', async () => {
      const el = await mountSummary(
        html`<minga-event-summary lang="en" theme="dark" src=${SEED_FEED} event="pd-lac-2019"></minga-event-summary>`,
      );
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(28, 27, 31)');
      await expect(el).to.be.accessible();
    });

    it('follows the system colour scheme with theme="auto"', async function () {
      await skipWithout(this, 'emulate-media');
      const el = await mountSummary(
        html`<minga-event-summary lang="en" theme="auto" src=${SEED_FEED} event="pd-lac-2019"></minga-event-summary>`,
      );
      await emulateMedia({ colorScheme: 'dark' });
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(28, 27, 31)');
      await emulateMedia({ colorScheme: 'light' });
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
    });

    it('mirrors its layout in a right-to-left page', async () => {
      const el = await mountSummary(
        html`<div dir="rtl" lang="en"><minga-event-summary src=${SEED_FEED} event="nope"></minga-event-summary></div>`,
      );
      const message = getComputedStyle($(el, '[part="message"]')!);
      expect(message.borderRightWidth).to.equal('4px');
      expect(message.borderLeftWidth).to.equal('1px');
    });

    it('prints in black on white whatever the theme', async function () {
      await skipWithout(this, 'emulate-media');
      const el = await mountSummary(
        html`<minga-event-summary lang="en" theme="dark" src=${SEED_FEED} event="pd-lac-2019"></minga-event-summary>`,
      );
      await emulateMedia({ media: 'print' });
      try {
        expect(getComputedStyle(el).color).to.equal('rgb(0, 0, 0)');
        expect(getComputedStyle(el).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('blends into the page without a theme', async () => {
      const el = await mountSummary(
        html`<div style="color: rgb(1, 2, 3)">
          <minga-event-summary lang="en" src=${SEED_FEED} event="pd-lac-2019"></minga-event-summary>
        </div>`,
      );
      expect(getComputedStyle(el).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(el).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    });
  });
});
