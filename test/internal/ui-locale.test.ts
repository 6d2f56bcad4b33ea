import { expect } from '@open-wc/testing';
import {
  forgetHost,
  hostLanguage,
  inUiLocale,
  installLocaleLoader,
  loadedLocale,
  scopedUiLocale,
  uiLocaleOf,
} from '../../src/internal/ui-locale.js';

/** A loader whose loads finish only when the test says so. */
function slowLoader() {
  const asked: string[] = [];
  const pending: (() => void)[] = [];
  const load = (locale: string) => {
    asked.push(locale);
    return new Promise<{ templates: Record<string, string> }>((resolve) =>
      pending.push(() => resolve({ templates: { greeting: `${locale}!` } })),
    );
  };
  return { asked, load, finishAll: () => pending.splice(0).forEach((finish) => finish()) };
}

const host = (lang: string) => {
  const el = Object.assign(document.createElement('div'), { lang, updates: 0 });
  return Object.assign(el, { requestUpdate: () => el.updates++ });
};

describe('each element its own UI locale', () => {
  it('speaks English until a language has loaded, loads it once, then re-renders the elements that speak it', async () => {
    const loader = slowLoader();
    installLocaleLoader(loader.load);
    const [spanish, mexican, french] = [host('es'), host('es-MX'), host('fr')];
    hostLanguage(spanish, 'es');
    hostLanguage(mexican, 'es-MX');
    hostLanguage(french, 'fr');
    expect(uiLocaleOf('es')).to.equal('en');
    expect(uiLocaleOf('es-MX')).to.equal('en');
    expect(uiLocaleOf('fr')).to.equal('en');
    expect(uiLocaleOf('de')).to.equal('en'); // no strings for German: English, nothing loaded
    expect(loader.asked).to.deep.equal(['es', 'fr']);
    loader.finishAll();
    await Promise.resolve();
    await Promise.resolve();
    expect([spanish.updates, mexican.updates, french.updates]).to.deep.equal([1, 1, 1]);
    expect(uiLocaleOf('es-MX')).to.equal('es');
    expect(loadedLocale('fr')?.templates).to.deep.equal({ greeting: 'fr!' });
    for (const h of [spanish, mexican, french]) forgetHost(h);
  });

  it('translates into the locale of the element being rendered, and no other afterwards', () => {
    expect(scopedUiLocale()).to.equal('en');
    const seen = inUiLocale('fr', () => [scopedUiLocale(), inUiLocale('ko', () => scopedUiLocale()), scopedUiLocale()]);
    expect(seen).to.deep.equal(['fr', 'ko', 'fr']);
    expect(scopedUiLocale()).to.equal('en');
    expect(() =>
      inUiLocale('es', () => {
        throw new Error('render failed');
      }),
    ).to.throw('render failed');
    expect(scopedUiLocale()).to.equal('en');
  });
});
