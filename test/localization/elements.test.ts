import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import sinon from 'sinon';
import '../../src/minga-widgets.js';
import { setNow } from '../../src/index.js';
import { SEED_FEED, isolate, mount, shownText, testFeed, waitForText, type Mounted } from '../support/fixture.js';

const MEXICO = 'America/Mexico_City';
const at = Date.parse('2019-12-09T18:30:00Z');

/** The zone's name as the rule in docs/localization.md picks it, in `locale`, from this engine's data. */
function zoneName(zone: string, locale: string): string {
  const part = (style: Intl.DateTimeFormatOptions['timeZoneName']) =>
    new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: style })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')!.value;
  const generic = part('longGeneric');
  return generic !== part('shortGeneric') ? generic : part('long');
}

/** A fictional feed whose texts are all English: what French typography checks see is ours alone. */
const ENGLISH_FEED = testFeed(
  [
    {
      id: 'forum',
      name: 'Fictional forum',
      series: 'talks',
      timeZone: MEXICO,
      start: '2031-03-04T03:30',
      end: '2031-03-04T17:00',
      organizers: [{ name: 'One city' }, { name: 'Another city' }],
      location: { locality: 'Puebla', country: 'MX', geo: { lat: 19.04, lon: -98.2 } },
      sessions: [
        {
          id: 'a',
          title: 'Early talk',
          start: '2031-03-04T03:30',
          end: '2031-03-04T05:30',
          description: 'About it.',
          speakers: [{ name: 'Ana' }, { name: 'Bo', affiliation: 'Town, Region' }],
        },
        { id: 'b', title: 'Late talk', start: '2031-03-04T15:00', end: '2031-03-04T17:00', track: 'T1' },
        { id: 'c', title: 'Other talk', start: '2031-03-04T15:00', end: '2031-03-04T17:00', track: 'T2' },
      ],
      objectives: [{ text: 'Meet', sdgs: [11] }, { text: 'Talk' }, { text: 'Share' }],
    },
  ],
  { series: [{ id: 'talks', name: 'Fictional talks' }] },
);

const ELEMENTS = (lang: string, extra = ''): TemplateResult[] => [
  html`<minga-event-summary lang=${lang} .feed=${ENGLISH_FEED}></minga-event-summary>`,
  html`<minga-agenda lang=${lang} .feed=${ENGLISH_FEED}></minga-agenda>`,
  html`<minga-countdown lang=${lang} .feed=${ENGLISH_FEED}></minga-countdown>`,
  html`<minga-objectives lang=${lang} limit="1" show-sdgs="summary" .feed=${ENGLISH_FEED}></minga-objectives>`,
  html`<minga-series-map lang=${lang} view="world" .feed=${ENGLISH_FEED} data-extra=${extra}></minga-series-map>`,
];

/** The element's text with runs of ASCII white space collapsed, no-break spaces kept (`shownText` collapses them). */
const rawText = (el: Element) => (el.shadowRoot!.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim();

/** Waits until the element's raw text holds `text`. */
const waitForRaw = (el: Element, text: string) =>
  waitUntil(() => rawText(el).includes(text), `expected ${text}, shown: ${rawText(el)}`, { timeout: 5000 });

/** Everything the element says, screen-reader text and accessible names included. */
const said = (el: Element) =>
  [rawText(el), ...[...el.shadowRoot!.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label'))].join(
    '\n',
  );

describe('each language reads as if written in it', () => {
  isolate();
  afterEach(() => sinon.restore());

  it('names zones in the UI language, with the offset: "hora central (UTC−6)", never "hora de Mexico City"', async () => {
    for (const [lang, sentence] of [
      ['es', (n: string) => `Los horarios se muestran en ${n} (UTC\u22126).`],
      ['fr', (n: string) => `Les horaires sont indiqués en ${n} (UTC\u22126).`],
      ['ko', (n: string) => `모든 시간은 ${n}(UTC\u22126) 기준으로 표시됩니다.`],
      ['pt', (n: string) => `Os horários estão no ${n} (UTC\u22126).`],
    ] as const) {
      const el = await mount(html`<minga-agenda lang=${lang} src=${SEED_FEED} event="pd-lac-2019"></minga-agenda>`);
      const name = zoneName(MEXICO, lang);
      await waitForText(el, sentence(name), lang);
      expect(shownText(el), lang).to.contain(`(${name}, UTC\u22126)`); // the header's dates
      expect(shownText(el), lang).not.to.contain('Mexico City time');
      expect(shownText(el), lang).not.to.match(
        /hora de Mexico City|heure de Mexico City|Mexico City 시간|horário de Mexico City/,
      );
      el.remove();
    }
    if (navigator.userAgent.includes('Chrome')) expect(zoneName(MEXICO, 'es')).to.equal('hora central');
  });

  it('keeps English as it reads best: "Mexico City time, UTC−6"', async () => {
    const el = await mount(html`<minga-agenda lang="en" src=${SEED_FEED} event="pd-lac-2019"></minga-agenda>`);
    expect(shownText(el)).to.contain('Times are in Mexico City time, UTC\u22126.');
  });

  it('writes each sentence whole: "Série : …", "Organisé par …", "Début : …", and screen-reader labels with their own punctuation', async () => {
    setNow('2031-03-01T00:00:00Z', { frozen: true });
    const summary = await mount(html`<minga-event-summary lang="fr" .feed=${ENGLISH_FEED}></minga-event-summary>`);
    await waitForRaw(summary, 'Série\u00a0: Fictional talks');
    expect(rawText(summary)).to.contain('Organisé par One city et Another city');
    const countdown = await mount(html`<minga-countdown lang="fr" .feed=${ENGLISH_FEED}></minga-countdown>`);
    await waitForRaw(countdown, 'Début\u00a0: ');
    const agenda = await mount(html`<minga-agenda lang="fr" .feed=${ENGLISH_FEED}></minga-agenda>`);
    // Accessible names (aria-label), whose visible words start them.
    for (const name of ['Ajouter à l’agenda\u00a0: Early talk', 'Afficher les détails\u00a0: Early talk'])
      await waitUntil(() => said(agenda).includes(name), `expected ${name}, said: ${said(agenda)}`, { timeout: 5000 });
  });

  it('pads hours the same way in single times and ranges ("03:30" in French and Portuguese, "3:30" in Spanish)', async () => {
    setNow('2031-03-01T00:00:00Z', { frozen: true });
    for (const [lang, chromium] of [
      ['fr', '03:30'],
      ['pt', '03:30'],
      ['es', '3:30'],
    ] as const) {
      const countdown = await mount(html`<minga-countdown lang=${lang} .feed=${ENGLISH_FEED}></minga-countdown>`);
      const agenda = await mount(html`<minga-agenda lang=${lang} .feed=${ENGLISH_FEED}></minga-agenda>`);
      const single = countdown.shadowRoot!.querySelector('[part~="when"] time')!.textContent!;
      const range = agenda.shadowRoot!.querySelector('.session .when')!.textContent!;
      // Whatever this engine's data pad, the single time pads as the range does.
      const hour = /(^|\D)03:30/.test(range) ? '03:30' : '3:30';
      expect(range, `${lang} range`).to.match(/(^|\D)0?3:30/);
      expect(single, `${lang} single`).to.match(new RegExp(`(^|\\D)${hour}`));
      if (navigator.userAgent.includes('Chrome')) expect(hour, lang).to.equal(chromium);
      countdown.remove();
      agenda.remove();
    }
  });

  it('French: no plain space before : ; ! ? or inside « » in anything the five elements say', async () => {
    setNow('2031-03-04T09:40:00-06:00', { frozen: true });
    for (const template of ELEMENTS('fr')) {
      const el = await mount<Mounted>(template);
      await waitUntil(() => /[àéû]/.test(said(el)), 'French words', { timeout: 5000 });
      const text = said(el).replace(/\d\d:\d\d/g, 'HH:MM');
      expect(text.match(/.{0,20} [:;!?»].{0,10}|« .{0,10}/g), el.localName).to.equal(null);
    }
  });

  it('gives every unit of a French countdown the same box, whatever Intl puts between number and name', async () => {
    setNow('2031-03-02T10:00:00-06:00', { frozen: true });
    const el = await mount(
      html`<minga-countdown lang="fr" precision="seconds" .feed=${ENGLISH_FEED}></minga-countdown>`,
    );
    await waitForText(el, 'Commence dans');
    const heights = [...el.shadowRoot!.querySelectorAll('[part~="unit"]')].map((u) => u.getBoundingClientRect().height);
    expect(heights).to.have.length(4);
    expect(new Set(heights).size, heights.join()).to.equal(1);
  });

  it('on one page, an agenda in Spanish and one in French each read exactly as they do alone', async () => {
    setNow('2019-12-09T13:00:00-06:00', { frozen: true });
    const alone = async (lang: string) => {
      const el = await mount(html`<minga-agenda lang=${lang} src=${SEED_FEED} event="pd-lac-2019"></minga-agenda>`);
      await waitForText(el, lang === 'es' ? 'Agregar al calendario' : 'Ajouter à l’agenda');
      const text = said(el);
      el.remove();
      return text;
    };
    const [es, fr] = [await alone('es'), await alone('fr')];
    const page = await fixture<HTMLElement>(
      html`<div>
        <minga-agenda lang="es" src=${SEED_FEED} event="pd-lac-2019"></minga-agenda>
        <minga-agenda lang="fr" src=${SEED_FEED} event="pd-lac-2019"></minga-agenda>
      </div>`,
    );
    const [esEl, frEl] = [...page.querySelectorAll<Mounted>('minga-agenda')];
    await Promise.all([esEl.feedComplete, frEl.feedComplete]);
    await waitForText(esEl, 'Agregar al calendario');
    await waitForText(frEl, 'Ajouter à l’agenda');
    expect(said(esEl)).to.equal(es);
    expect(said(frEl)).to.equal(fr);
  });

  it('separates speakers as each language does: "Ana; Bo" in English, "Ana\u202f; Bo" in French', async () => {
    for (const [lang, joined] of [
      ['en', 'Ana; Bo'],
      ['fr', 'Ana\u202f; Bo'],
    ] as const) {
      const el = await mount(html`<minga-agenda lang=${lang} .feed=${ENGLISH_FEED}></minga-agenda>`);
      await waitUntil(() => el.shadowRoot!.querySelector('.speakers'), 'speakers', { timeout: 5000 });
      await waitForRaw(el, lang === 'fr' ? 'Ajouter' : 'Add');
      const speakers = el.shadowRoot!.querySelector('.speakers')!.textContent!;
      expect(speakers.replace(/[ \t\n\r]+/g, ' ').trim(), lang).to.equal(`${joined} (Town, Region)`);
      el.remove();
    }
  });

  it('names no zone by the name of one side of a clock change: "(UTC+1/UTC)" for a London night in French', async () => {
    const feed = testFeed([
      { id: 'night', name: 'Night', timeZone: 'Europe/London', start: '2031-10-25T23:00', end: '2031-10-26T03:00' },
    ]);
    const long = (iso: string) =>
      new Intl.DateTimeFormat('fr', { timeZone: 'Europe/London', timeZoneName: 'long' })
        .formatToParts(Date.parse(iso))
        .find((p) => p.type === 'timeZoneName')!.value;
    const [before, after] = [long('2031-10-25T22:00:00Z'), long('2031-10-26T03:00:00Z')];
    const el = await mount(html`<minga-event-summary lang="fr" .feed=${feed}></minga-event-summary>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.zone'), 'zone label', { timeout: 5000 });
    const zone = el.shadowRoot!.querySelector('.zone')!.textContent!;
    expect(zone).to.contain('UTC+1/UTC');
    // Each name is true of one side only ("heure d’été britannique" / "heure moyenne de Greenwich").
    if (before !== after) expect(zone).not.to.contain(before).and.not.to.contain(after);
  });

  it('marks the English words of an element on a page in a language without UI strings ("de") as English', async () => {
    setNow('2031-01-01T00:00:00Z', { frozen: true });
    const feed = testFeed([
      { id: 'timed', name: 'Timed', timeZone: MEXICO, start: '2031-03-04T09:00', end: '2031-03-04T10:00' },
      { id: 'month', name: 'Month', timeZone: MEXICO, start: '2031-04' },
    ]);
    const summary = await mount(
      html`<minga-event-summary lang="de" event="timed" .feed=${feed}></minga-event-summary>`,
    );
    await waitUntil(() => summary.shadowRoot!.querySelector('.zone'), 'zone label', { timeout: 5000 });
    expect(summary.shadowRoot!.querySelector('.zone')!.getAttribute('lang')).to.equal('en');
    const countdown = await mount(html`<minga-countdown lang="de" event="month" .feed=${feed}></minga-countdown>`);
    await waitForText(countdown, 'In ');
    const when = countdown.shadowRoot!.querySelector('[part~="when"]')!;
    const words = [...when.querySelectorAll('[lang]')].map((e) => `${e.getAttribute('lang')}:${e.textContent!.trim()}`);
    expect(words).to.include('en:In');
    // The date itself is German, the element's language.
    expect(when.querySelector('time')!.closest('[lang]')).to.equal(null);
  });
});
