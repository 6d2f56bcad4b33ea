import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ReactiveElement, type PropertyValues } from 'lit';
import { LanguageController } from '../../src/controllers/language-controller.js';

// The controller on a bare ReactiveElement, as Lit tests its own controllers.

/** A bare host that reads its language as minga elements do: `update()` in willUpdate. */
class LanguageHost extends ReactiveElement {
  readonly languageController = new LanguageController(this);
  /** The language each update saw. */
  readonly seen: string[] = [];

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.languageController.update();
    this.seen.push(this.languageController.language);
  }
}
customElements.define('language-controller-host', LanguageHost);

const browserLanguage = () => Intl.getCanonicalLocales(navigator.language)[0];

describe('LanguageController', () => {
  it("takes the host's own lang, canonicalized", async () => {
    const host = await fixture<LanguageHost>(
      html`<div lang="fr"><language-controller-host lang="es-mx"></language-controller-host></div>`,
    ).then((div) => div.firstElementChild as LanguageHost);
    expect(host.languageController.language).to.equal('es-MX');
  });

  it("takes the nearest ancestor's lang, across a shadow root, skipping tags that are not languages", async () => {
    const outer = await fixture<HTMLElement>(
      html`<section lang="pt-BR">
        <div lang="not a language!"><span></span></div>
      </section>`,
    );
    const inPage = document.createElement('language-controller-host') as LanguageHost;
    outer.querySelector('span')!.append(inPage);
    expect(inPage.languageController.language).to.equal('pt-BR');
    const card = document.createElement('div');
    card.lang = 'ko';
    outer.append(card);
    const inShadow = document.createElement('language-controller-host') as LanguageHost;
    card.attachShadow({ mode: 'open' }).append(inShadow);
    expect(inShadow.languageController.language).to.equal('ko');
  });

  it('takes the browser language under lang="" (language unknown), not the page\'s', async () => {
    const host = await fixture<HTMLElement>(
      html`<div lang="fr"><language-controller-host lang=""></language-controller-host></div>`,
    ).then((div) => div.firstElementChild as LanguageHost);
    expect(host.languageController.language).to.equal(browserLanguage());
  });

  it("follows a change of its own or an ancestor's lang once update() runs", async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="fr-CA"><language-controller-host></language-controller-host></div>`,
    );
    const host = wrapper.firstElementChild as LanguageHost;
    const controller = host.languageController;
    expect(controller.language).to.equal('fr-CA');
    wrapper.lang = 'es';
    controller.update();
    expect(controller.language).to.equal('es');
    host.lang = 'de';
    controller.update();
    expect(controller.language).to.equal('de');
    host.removeAttribute('lang');
    controller.update();
    expect(controller.language).to.equal('es');
  });

  it("re-renders its host when a lang above it changes, so the host's next update speaks the new language", async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="en"><language-controller-host></language-controller-host></div>`,
    );
    const host = wrapper.firstElementChild as LanguageHost;
    await host.updateComplete;
    expect(host.seen).to.deep.equal(['en']);
    wrapper.lang = 'fr';
    await waitUntil(
      () => host.seen.at(-1) === 'fr',
      `the host should update in French; it saw ${host.seen.join(', ')}`,
    );
  });
});
