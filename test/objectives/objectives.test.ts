import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/minga-widgets.js';
import { setNow, type FeedProblem } from '../../src/index.js';
import { SDGS, contrastRatio } from '../../src/data/sdgs.js';
import type { MingaObjectives } from '../../src/components/objectives/objectives.js';
import {
  $,
  $$,
  SEED_FEED,
  count,
  expectNothingFetched,
  isolate,
  mountAll,
  shownText,
  waitForText,
} from '../support/fixture.js';
import { skipWithout } from '../support/capability.js';
import {
  badges,
  itemText,
  items,
  mountObjectives,
  objectivesFeed,
  seedObjectives,
  seen,
  spoken,
  visibleItems,
  waitUntilSpoken,
} from './harness.js';
import { CALLED_OFF_FEED, DURING_CALLED_OFF } from '../support/called-off-feed.js';

const GOALS_FEED = objectivesFeed([
  { text: 'Share local experiences of cooperative housing', sdgs: [11, 10] },
  { text: 'Map social enterprises in the region' },
  { text: 'Open public procurement to cooperatives', sdgs: [8, 11, 17] },
]);

function hex(rgb: string): string {
  const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
  return `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

describe('<minga-objectives>', () => {
  // An element left behind would keep steering the page's UI language: isolate() removes it.
  isolate();

  describe('the seed event', () => {
    it('lists its four objectives in English, in order, under an "Objectives" heading', async () => {
      const expected = await seedObjectives();
      const el = await mountObjectives(
        html`<minga-objectives lang="en" src=${SEED_FEED} event="pd-lac-2019"></minga-objectives>`,
      );
      expect($(el, 'h2')!.textContent).to.equal('Objectives');
      const list = $(el, 'ol[part="list"]')!;
      expect(count(el, 'ol[part="list"]')).to.equal(1);
      expect(items(el).map(itemText)).to.deep.equal(expected.map((t) => t.en));
      expect(items(el).every((li) => li.parentElement === list)).to.be.true;
      // No goals in the seed: no badges, and no "Show all" button without a limit.
      expect(badges(el)).to.have.length(0);
      expect(count(el, 'button')).to.equal(0);
      await expect(el).to.be.accessible();
    });

    for (const [lang, title] of [
      ['es', 'Objetivos'],
      ['fr', 'Objectifs'],
    ] as const) {
      it(`lists them in ${lang === 'es' ? 'Spanish' : 'French'}, with the heading translated`, async () => {
        const expected = await seedObjectives();
        const el = await mountObjectives(
          html`<div lang=${lang}><minga-objectives src=${SEED_FEED} event="pd-lac-2019"></minga-objectives></div>`,
        );
        // Not waitForText: the objectives themselves mention the "Objetivos de Desarrollo Sostenible".
        await waitUntil(() => $(el, 'h2')?.textContent === title, `${lang} heading`, { timeout: 5000 });
        expect(items(el).map(itemText)).to.deep.equal(expected.map((t) => t[lang]));
        // Text in the element's own language needs no lang mark of its own.
        expect(count(el, '[part="text"] [lang]')).to.equal(0);
        await expect(el).to.be.accessible();
      });
    }

    it('falls back to the feed\'s default language and marks that text lang="en"', async () => {
      const expected = await seedObjectives();
      const el = await mountObjectives(
        html`<minga-objectives lang="de" src=${SEED_FEED} event="pd-lac-2019"></minga-objectives>`,
      );
      expect(items(el).map(itemText)).to.deep.equal(expected.map((t) => t.en));
      expect($$(el, '[part="text"] span[lang="en"]')).to.have.length(4);
    });

    it('shows a bulleted list with list-style="bullets"', async () => {
      const el = await mountObjectives(
        html`<minga-objectives lang="en" list-style="bullets" src=${SEED_FEED} event="pd-lac-2019"></minga-objectives>`,
      );
      expect(count(el, 'ol')).to.equal(0);
      expect($$(el, 'ul[part="list"] > li')).to.have.length(4);
      expect(getComputedStyle(items(el)[0]).listStyleType).to.equal('disc');
    });
  });

  describe('heading', () => {
    it('takes its level from heading-level and its text from heading', async () => {
      const el = await mountObjectives(
        html`<minga-objectives
          lang="en"
          heading="What we aim for"
          heading-level="4"
          src=${SEED_FEED}
          event="pd-lac-2019"></minga-objectives>`,
      );
      expect(count(el, 'h2')).to.equal(0);
      expect($(el, 'h4[part="heading"]')!.textContent).to.equal('What we aim for');
      await expect(el).to.be.accessible();
    });

    it('is left out with heading="" or a heading of spaces', async () => {
      for (const blank of ['', '  ']) {
        const el = await mountObjectives(
          html`<minga-objectives lang="en" heading=${blank} src=${SEED_FEED} event="pd-lac-2019"></minga-objectives>`,
        );
        expect(count(el, 'h1, h2, h3, h4, h5, h6')).to.equal(0);
        expect(items(el)).to.have.length(4);
        el.remove();
      }
    });

    it('reads its keyword attributes whatever their case', async () => {
      const el = await mountObjectives(
        html`<minga-objectives
          lang="en"
          list-style=" Bullets"
          show-sdgs="Summary"
          .feed=${GOALS_FEED}></minga-objectives>`,
      );
      expect(count(el, 'ul[part~="list"]')).to.equal(1);
      expect(count(el, '[part~="summary"] [part~="badge"]')).to.equal(4);
      expect(count(el, '[part~="item"] [part~="badge"]')).to.equal(0);
    });

    it('keeps levels inside 1–6', async () => {
      const el = await mountObjectives(
        html`<minga-objectives lang="en" heading-level="9" src=${SEED_FEED} event="pd-lac-2019"></minga-objectives>`,
      );
      expect($(el, 'h6')!.textContent).to.equal('Objectives');
    });
  });

  describe('goal badges', () => {
    it('shows each goal of an objective with its number and short name, and says "Goal 11: …"', async () => {
      const el = await mountObjectives(html`<minga-objectives lang="en" .feed=${GOALS_FEED}></minga-objectives>`);
      const [first, second, third] = items(el);
      expect(badges(first).map(seen)).to.deep.equal([
        '11 Sustainable cities and communities',
        '10 Reduced inequalities',
      ]);
      expect(badges(first).map(spoken)).to.deep.equal([
        'Goal 11: Sustainable cities and communities',
        'Goal 10: Reduced inequalities',
      ]);
      expect(badges(second)).to.have.length(0);
      expect(badges(third).map(spoken)).to.deep.equal([
        'Goal 8: Decent work and economic growth',
        'Goal 11: Sustainable cities and communities',
        'Goal 17: Partnerships for the goals',
      ]);
      expect(first.querySelector('ul[part="goals"]')!.children).to.have.length(2);
      await expect(el).to.be.accessible();
    });

    it('draws every goal in its official colour with text of at least 4.5:1 contrast', async () => {
      const all = objectivesFeed([{ text: 'Every goal', sdgs: SDGS.map((g) => g.number) }]);
      for (const template of [
        html`<minga-objectives lang="en" .feed=${all}></minga-objectives>`,
        html`<minga-objectives lang="en" theme="dark" .feed=${all}></minga-objectives>`,
      ]) {
        const el = await mountObjectives(template);
        const shown = badges(el);
        expect(shown).to.have.length(17);
        shown.forEach((badge, i) => {
          const style = getComputedStyle(badge);
          expect(hex(style.backgroundColor), `goal ${i + 1} colour`).to.equal(SDGS[i].color.toLowerCase());
          expect(contrastRatio(hex(style.color), SDGS[i].color), `goal ${i + 1} contrast`).to.be.at.least(4.5);
        });
        await expect(el).to.be.accessible();
        el.remove();
      }
    });

    for (const [lang, seenName, said] of [
      ['es', '11 Ciudades y comunidades sostenibles', 'Objetivo 11: Ciudades y comunidades sostenibles'],
      ['fr', '11 Villes et communautés durables', 'Objectif 11\u00a0: Villes et communautés durables'],
      ['ko', '11 지속가능한 도시와 공동체', '목표 11: 지속가능한 도시와 공동체'],
      ['pt', '11 Cidades e comunidades sustentáveis', 'Objetivo 11: Cidades e comunidades sustentáveis'],
    ]) {
      it(`names the goals in ${lang}`, async () => {
        const el = await mountObjectives(html`<minga-objectives lang=${lang} .feed=${GOALS_FEED}></minga-objectives>`);
        await waitUntilSpoken(el, said);
        expect(seen(badges(el)[0])).to.equal(seenName);
        await expect(el).to.be.accessible();
      });
    }

    it('links nowhere by default, and to the UN page of each goal with link-sdgs', async () => {
      const plain = await mountObjectives(html`<minga-objectives lang="en" .feed=${GOALS_FEED}></minga-objectives>`);
      expect(count(plain, 'a')).to.equal(0);
      plain.remove();
      const linked = await mountObjectives(
        html`<minga-objectives lang="en" link-sdgs .feed=${GOALS_FEED}></minga-objectives>`,
      );
      const links = $$<HTMLAnchorElement>(linked, 'a[part~="badge"]');
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
        'https://sdgs.un.org/goals/goal11',
        'https://sdgs.un.org/goals/goal10',
        'https://sdgs.un.org/goals/goal8',
        'https://sdgs.un.org/goals/goal11',
        'https://sdgs.un.org/goals/goal17',
      ]);
      expect(spoken(links[0])).to.equal('Goal 11: Sustainable cities and communities');
      await expect(linked).to.be.accessible();
    });

    it('with show-sdgs="summary", lists every goal of the event once, in order, under the list', async () => {
      const el = await mountObjectives(
        html`<minga-objectives lang="en" show-sdgs="summary" .feed=${GOALS_FEED}></minga-objectives>`,
      );
      for (const li of items(el)) expect(badges(li)).to.have.length(0);
      const summary = $(el, '[part="summary"]')!;
      expect($(el, '[part="list"]')!.compareDocumentPosition(summary) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(
        0,
      );
      expect(badges(summary).map(spoken)).to.deep.equal([
        'Goal 8: Decent work and economic growth',
        'Goal 10: Reduced inequalities',
        'Goal 11: Sustainable cities and communities',
        'Goal 17: Partnerships for the goals',
      ]);
      const list = summary.querySelector('ul')!;
      expect(el.shadowRoot!.getElementById(list.getAttribute('aria-labelledby')!)!.textContent).to.equal(
        'Sustainable Development Goals',
      );
      await expect(el).to.be.accessible();
    });

    it('shows no badges with show-sdgs="none", badges by item for an unknown value, and no summary without goals', async () => {
      const none = await mountObjectives(
        html`<minga-objectives lang="en" show-sdgs="none" .feed=${GOALS_FEED}></minga-objectives>`,
      );
      expect(badges(none)).to.have.length(0);
      none.remove();
      const typo = await mountObjectives(
        html`<minga-objectives lang="en" show-sdgs="summery" .feed=${GOALS_FEED}></minga-objectives>`,
      );
      expect(badges(items(typo)[0])).to.have.length(2); // an unknown value counts as the default
      typo.remove();
      const seed = await mountObjectives(
        html`<minga-objectives lang="en" show-sdgs="summary" src=${SEED_FEED} event="pd-lac-2019"></minga-objectives>`,
      );
      expect(count(seed, '[part="summary"]')).to.equal(0);
    });
  });

  describe('limit', () => {
    it('shows the first objectives and a "Show all 4 objectives" button that works from the keyboard', async () => {
      const expected = await seedObjectives();
      const el = await mountObjectives(
        html`<div lang="en">
          <button>before</button>
          <minga-objectives limit="2" src=${SEED_FEED} event="pd-lac-2019"></minga-objectives>
        </div>`,
      );
      const wrapper = el.parentElement!;
      expect(visibleItems(el).map(itemText)).to.deep.equal(expected.slice(0, 2).map((t) => t.en));
      await expect(el).to.be.accessible();

      // Tab from the page reaches the button.
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      const more = el.shadowRoot!.activeElement as HTMLButtonElement;
      expect(more?.getAttribute('part')).to.equal('more');
      expect(more.textContent!.trim()).to.equal('Show all 4 objectives');
      expect(more.getAttribute('aria-expanded')).to.equal('false');

      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(visibleItems(el).map(itemText)).to.deep.equal(expected.map((t) => t.en));
      expect(more.getAttribute('aria-expanded')).to.equal('true');
      expect(more.textContent!.trim()).to.equal('Show fewer objectives');
      // Focus moves to the first objective revealed, the third, so reading goes on from there.
      expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal(expected[2].en);
      await expect(el).to.be.accessible();

      more.focus();
      await sendKeys({ press: ' ' }); // Space (puppeteer's BiDi input knows no "Space" key name)
      await el.updateComplete;
      expect(visibleItems(el)).to.have.length(2);
      expect(more.getAttribute('aria-expanded')).to.equal('false');
      expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('more');
    });

    it('opens with a click too, continuing the same numbered list', async () => {
      const el = await mountObjectives(
        html`<minga-objectives lang="en" limit="1" src=${SEED_FEED} event="pd-lac-2019"></minga-objectives>`,
      );
      expect(visibleItems(el)).to.have.length(1);
      $<HTMLButtonElement>(el, '[part="more"]')!.click();
      await el.updateComplete;
      expect(visibleItems(el)).to.have.length(4);
      // One <ol> holds them all, so the revealed ones are numbered 2 to 4, not 1 to 3 again.
      expect(count(el, 'ol')).to.equal(1);
      expect(count(el, 'ol > li')).to.equal(4);
    });

    it('shows no button when the limit is not below the count, or is not a positive number', async () => {
      for (const limit of ['4', '10', '0', '-1', 'x']) {
        const el = await mountObjectives(
          html`<minga-objectives lang="en" limit=${limit} src=${SEED_FEED} event="pd-lac-2019"></minga-objectives>`,
        );
        expect(visibleItems(el), `limit=${limit}`).to.have.length(4);
        expect(count(el, 'button'), `limit=${limit}`).to.equal(0);
        el.remove();
      }
    });

    it('translates the button', async () => {
      const el = await mountObjectives(
        html`<minga-objectives lang="es" limit="2" src=${SEED_FEED} event="pd-lac-2019"></minga-objectives>`,
      );
      await waitForText(el, 'Mostrar los 4 objetivos');
      await expect(el).to.be.accessible();
    });
  });

  describe('empty and invalid', () => {
    it('says so for an event without objectives, in the page language', async () => {
      const el = await mountObjectives(
        html`<minga-objectives lang="en" src=${SEED_FEED} event="gsef-2020"></minga-objectives>`,
      );
      expect($(el, '[part="message"]')!.textContent).to.equal('No objectives have been published for this event.');
      expect(count(el, 'ol, ul')).to.equal(0);
      await expect(el).to.be.accessible();
      el.remove();
      const es = await mountObjectives(
        html`<minga-objectives lang="es" src=${SEED_FEED} event="gsef-2020"></minga-objectives>`,
      );
      await waitForText(es, 'No se han publicado objetivos para este evento.');
      await expect(es).to.be.accessible();
    });

    it('shows nothing at all with hide-empty, not even a themed surface', async () => {
      const el = await mountObjectives(
        html`<minga-objectives
          lang="en"
          hide-empty
          theme="light"
          src=${SEED_FEED}
          event="gsef-2020"></minga-objectives>`,
      );
      expect(getComputedStyle(el).display).to.equal('none');
      expect(el.getBoundingClientRect().height).to.equal(0);
      // The same element shows an event that has objectives.
      el.setAttribute('event', 'pd-lac-2019');
      await el.updateComplete;
      expect(getComputedStyle(el).display).to.equal('block');
      expect(items(el)).to.have.length(4);
    });

    it('reports an SDG 18 with its path and leaves its badge out, keeping the objective', async () => {
      const el = document.createElement('minga-objectives');
      el.lang = 'en';
      el.feed = objectivesFeed([{ text: 'Build housing cooperatives', sdgs: [11, 18] }]);
      const loaded = oneEvent(el, 'minga-feed-load');
      document.body.append(el);
      const { detail } = await loaded;
      await el.updateComplete;
      const problem = detail.problems.find((p: FeedProblem) => p.path === '/events/0/objectives/0/sdgs/1');
      expect(problem?.severity).to.equal('error');
      expect(problem?.message).to.match(/18 is not a Sustainable Development Goal/);
      expect(items(el).map(itemText)).to.deep.equal(['Build housing cooperatives']);
      expect(badges(el).map(spoken)).to.deep.equal(['Goal 11: Sustainable cities and communities']);
      await expect(el).to.be.accessible();
    });

    it('shows HTML in an objective as text', async () => {
      (window as any).__pwned = 0;
      const el = await mountObjectives(
        html`<minga-objectives
          lang="en"
          .feed=${objectivesFeed([{ text: '<img src=x onerror="__pwned=1">Grow <b>co-ops</b>' }])}></minga-objectives>`,
      );
      expect(count(el, 'img, b')).to.equal(0);
      expect(itemText(items(el)[0])).to.equal('<img src=x onerror="__pwned=1">Grow <b>co-ops</b>');
      await new Promise((r) => setTimeout(r, 50));
      expect((window as any).__pwned).to.equal(0);
    });

    it('shows the feed error like every minga element', async () => {
      const el = await mountObjectives(
        html`<minga-objectives lang="en" src=${SEED_FEED} event="nope"></minga-objectives>`,
      );
      expect(shownText(el)).to.contain('This feed has no event with the id "nope".');
      await expect(el).to.be.accessible();
    });
  });

  describe('a cancelled event at the moment it would have been live', () => {
    it('without an event attribute, lists the objectives of the event that takes place, not of the cancelled one', async () => {
      // A fictional feed: the Lima forum (10:00–12:00) is cancelled and it is 10:30 there; Quito's meeting a month later is held.
      setNow(DURING_CALLED_OFF, { frozen: true });
      const el = await mountObjectives(html`<minga-objectives lang="en" .feed=${CALLED_OFF_FEED}></minga-objectives>`);
      expect(items(el).map(itemText)).to.deep.equal(['Objective of the held meeting']);
      expect(shownText(el)).to.not.contain('cancelled forum');
    });
  });

  describe('languages on one page', () => {
    it('marks goal names and labels with their language when the element speaks one we have no words for', async () => {
      const feed = objectivesFeed([{ text: { en: 'Share housing', de: 'Wohnraum teilen' }, sdgs: [11] }]);
      const [en, de] = await mountAll<MingaObjectives>(
        html`<div>
          <minga-objectives lang="en" .feed=${feed}></minga-objectives>
          <minga-objectives lang="de" .feed=${feed}></minga-objectives>
        </div>`,
        'minga-objectives',
      );
      // No German UI strings ship: English labels inside the German element, marked as English.
      expect(itemText(items(de)[0])).to.equal('Wohnraum teilen');
      expect($(de, '[part~="goals"]')!.getAttribute('lang')).to.equal('en');
      expect($(de, '[part~="heading"] span')!.getAttribute('lang')).to.equal('en');
      expect($(en, '[part~="goals"]')!.hasAttribute('lang')).to.equal(false);
      await expect(de).to.be.accessible();
    });
  });

  describe('privacy', () => {
    it('requests nothing but the feed, even with linked badges for all 17 goals', async () => {
      performance.clearResourceTimings();
      const seed = await mountObjectives(
        html`<minga-objectives lang="en" src=${SEED_FEED} event="pd-lac-2019"></minga-objectives>`,
      );
      expect(items(seed)).to.have.length(4);
      const all = objectivesFeed([{ text: 'Every goal', sdgs: SDGS.map((g) => g.number) }]);
      const badged = await mountObjectives(
        html`<minga-objectives lang="en" link-sdgs show-sdgs="summary" .feed=${all}></minga-objectives>`,
      );
      expect(badges(badged)).to.have.length(17);
      expectNothingFetched(seed);
      expectNothingFetched(badged);
      await new Promise((r) => setTimeout(r, 100)); // let any image or font request start
      const requested = performance.getEntriesByType('resource').map((r) => r.name);
      expect(requested).to.deep.equal([new URL(SEED_FEED, location.href).href]);
    });
  });

  describe('layout', () => {
    it('mirrors in a right-to-left page', async () => {
      const el = await mountObjectives(
        html`<div dir="rtl" lang="en"><minga-objectives src=${SEED_FEED} event="pd-lac-2019"></minga-objectives></div>`,
      );
      const list = getComputedStyle($(el, '[part="list"]')!);
      expect(parseFloat(list.paddingRight)).to.be.greaterThan(0);
      expect(list.paddingLeft).to.equal('0px');
    });

    it('prints badges as black text framed in the goal colour, and every objective', async function () {
      await skipWithout(this, 'emulate-media');
      const el = await mountObjectives(
        html`<minga-objectives lang="en" theme="dark" limit="1" .feed=${GOALS_FEED}></minga-objectives>`,
      );
      await emulateMedia({ media: 'print' });
      try {
        const badge = getComputedStyle(badges(el)[0]);
        expect(badge.color).to.equal('rgb(0, 0, 0)');
        expect(hex(badge.borderTopColor)).to.equal(SDGS[10].color.toLowerCase());
        expect(visibleItems(el)).to.have.length(3);
        expect($<HTMLElement>(el, '[part="more"]')!.checkVisibility()).to.be.false;
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('takes the accent colour for its markers from --minga-color-accent', async () => {
      const el = await mountObjectives(
        html`<minga-objectives
          lang="en"
          style="--minga-color-accent: rgb(1, 2, 3)"
          src=${SEED_FEED}
          event="pd-lac-2019"></minga-objectives>`,
      );
      expect(getComputedStyle(items(el)[0], '::marker').color).to.equal('rgb(1, 2, 3)');
    });
  });
});
