import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/minga-widgets.js';
import { clearFeedCache } from '../../src/index.js';
import { mountBuilder } from '../../demo/builder/builder.js';
import { iframeSnippet, scriptSnippet } from '../../demo/builder/snippet.js';
import { SEED_FEED, waitForText } from '../support/helpers.js';

const FEED = new URL(SEED_FEED, location.href).href;
const SCRIPT = 'https://www.example.org/minga/minga-widgets.js';
const EMBED = 'https://www.example.org/minga/embed.html';
const TEMPLATE = '/docs/programme-template.csv';

async function builder(language: 'en' | 'es' | 'fr' = 'en'): Promise<HTMLElement> {
  const root = await fixture<HTMLElement>(html`<main></main>`);
  mountBuilder(root, { feedUrl: FEED, scriptUrl: SCRIPT, embedUrl: EMBED, language, templateUrl: TEMPLATE });
  // The event menu fills once the feed is read.
  await waitUntil(() => root.querySelectorAll('select[name="event"] option').length > 1, 'events listed', {
    timeout: 5000,
  });
  return root;
}

const field = <T extends HTMLElement>(root: Element, name: string) => root.querySelector<T>(`[name="${name}"]`)!;
function choose(root: Element, name: string, value: string): void {
  const el = field<HTMLSelectElement | HTMLInputElement>(root, name);
  el.value = value;
  el.dispatchEvent(new Event('change'));
}
const snippetText = (root: Element, which: string) => root.querySelector(`[data-snippet="${which}"]`)!.textContent!;

describe('snippet builder', () => {
  beforeEach(() => clearFeedCache());
  afterEach(() => sinon.restore());

  it('writes both snippets for the chosen widget, event, language and options, and previews the same widget', async () => {
    const root = await builder();
    choose(root, 'event', 'pd-lac-2019');
    choose(root, 'lang', 'es');
    field<HTMLInputElement>(root, 'hide-speakers').click();
    choose(root, 'heading-level', '3');
    expect(snippetText(root, 'script')).to.equal(
      `<script type="module" src="${SCRIPT}"></script>\n` +
        `<minga-agenda src="${FEED}" event="pd-lac-2019" hide-speakers heading-level="3" lang="es"></minga-agenda>`,
    );
    const iframe = snippetText(root, 'iframe');
    const url = new URL(iframe.match(/src="([^"]+)"/)![1].replace(/&amp;/g, '&'));
    expect(`${url.origin}${url.pathname}`).to.equal(EMBED);
    expect(Object.fromEntries(url.searchParams)).to.deep.equal({
      element: 'agenda',
      src: FEED,
      lang: 'es',
      event: 'pd-lac-2019',
      'hide-speakers': '',
      'heading-level': '3',
      id: 'agenda',
    });
    expect(iframe).to.contain('title="Agenda" width="100%" height="800"');
    // The preview is that widget, and shows the event in Spanish.
    const preview = root.querySelector<HTMLElement>('.preview minga-agenda')!;
    expect(preview.getAttribute('event')).to.equal('pd-lac-2019');
    expect(preview.lang).to.equal('es');
    // A preview made a moment ago may not have started reading its feed: wait for what it shows.
    await waitForText(preview, 'Diálogo de políticas: primera sesión');
    await expect(root).to.be.accessible();
  });

  it('offers each widget its own options, and a series for the map', async () => {
    const root = await builder();
    choose(root, 'widget', 'series-map');
    expect(field(root, 'event')).to.equal(null);
    await waitUntil(() => root.querySelectorAll('select[name="series"] option').length > 1);
    choose(root, 'series', 'gsef-policy-dialogues-2019');
    field<HTMLInputElement>(root, 'route').click();
    expect(snippetText(root, 'script')).to.contain('<minga-series-map src=');
    expect(snippetText(root, 'script')).to.contain(
      ' series="gsef-policy-dialogues-2019" route lang="en"></minga-series-map>',
    );
    expect(root.querySelector('.preview minga-series-map')!.getAttribute('series')).to.equal(
      'gsef-policy-dialogues-2019',
    );
    choose(root, 'widget', 'countdown');
    expect(field(root, 'route')).to.equal(null);
    expect(field<HTMLSelectElement>(root, 'precision').options.length).to.equal(5);
  });

  it('escapes what an editor types, so a snippet can never carry markup', () => {
    const choice = {
      widget: 'agenda' as const,
      src: 'https://x.example/feed.json?a=1&b="2"',
      lang: 'en',
      attributes: { event: '"><script>alert(1)</script>' },
      scriptUrl: SCRIPT,
      embedUrl: EMBED,
    };
    expect(scriptSnippet(choice)).to.contain('src="https://x.example/feed.json?a=1&amp;b=&quot;2&quot;"');
    expect(scriptSnippet(choice)).to.contain('event="&quot;>&lt;script>alert(1)&lt;/script>"');
    expect(iframeSnippet(choice, 'Agenda')).to.not.contain('<script');
  });

  it('adds its parameters to an embed address that has some, and makes the feed address absolute', () => {
    const choice = {
      widget: 'agenda' as const,
      src: '/events/feed.json',
      lang: 'en',
      attributes: { limit: ' ' },
      scriptUrl: SCRIPT,
      embedUrl: 'https://cdn.example/minga/embed.html?v=2',
    };
    const src = iframeSnippet(choice, 'Agenda', 'https://www.city.example/news/page.html').match(/src="([^"]+)"/)![1];
    const url = new URL(src.replace(/&amp;/g, '&'));
    expect(Object.fromEntries(url.searchParams)).to.deep.equal({
      v: '2',
      element: 'agenda',
      src: 'https://www.city.example/events/feed.json',
      lang: 'en',
      id: 'agenda',
    });
  });

  it('copies a snippet and says so', async () => {
    const root = await builder();
    const write = sinon.stub(navigator.clipboard, 'writeText').resolves();
    root.querySelectorAll<HTMLButtonElement>('section button')[0].click();
    await waitUntil(() => root.querySelector('[role="status"]')!.textContent!.includes('Copied.'));
    expect(write.firstCall.args[0]).to.equal(snippetText(root, 'script'));
  });

  for (const [language, title, copyLabel] of [
    ['es', 'Crear un fragmento de código', 'Copiar'],
    ['fr', 'Créer un extrait de code', 'Copier'],
  ] as const) {
    it(`speaks ${language === 'es' ? 'Spanish' : 'French'} and has no accessibility violations`, async () => {
      const root = await builder(language);
      expect(root.querySelector('h1')!.textContent).to.equal(title);
      expect(root.lang).to.equal(language);
      expect(root.querySelector('section button')!.textContent).to.equal(copyLabel);
      await expect(root).to.be.accessible();
    });
  }
});
