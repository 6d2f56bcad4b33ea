import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/minga-widgets.js';
import { clearFeedCache } from '../../src/index.js';
import { SEED_FEED, shownText } from '../support/helpers.js';

// An app's own component (a card, a CMS block) whose shadow root holds the elements: the page's
// styles and lang reach them only through that component.
class PartnerCard extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = `
      <style>:host { display: block; inline-size: 900px; } h2 { font-size: 3rem; color: #800; } ol { list-style: square; }</style>
      <h2>Partner card</h2>
      <minga-agenda src="${SEED_FEED}" event="pd-lac-2019"></minga-agenda>
      <minga-countdown src="${SEED_FEED}" event="pd-lac-2019"></minga-countdown>
      <minga-objectives src="${SEED_FEED}" event="pd-lac-2019"></minga-objectives>
      <minga-series-map src="${SEED_FEED}" series="gsef-policy-dialogues-2019"></minga-series-map>`;
  }
}
customElements.define('partner-card', PartnerCard);

describe('the elements inside a shadow root of another component', () => {
  beforeEach(() => clearFeedCache());

  it('render in the language of the component, follow it when it changes, and pass axe', async function () {
    this.timeout(20_000);
    const card = await fixture<PartnerCard>(html`<partner-card lang="fr"></partner-card>`);
    const inner = (tag: string) => card.shadowRoot!.querySelector(tag)!;
    const shows = (tag: string, text: string) =>
      waitUntil(
        () => shownText(inner(tag)).includes(text),
        `${tag}: expected ${text}, shown: ${shownText(inner(tag))}`,
        { timeout: 8000 },
      );

    await shows('minga-agenda', 'Dialogue politique : première session');
    await shows('minga-agenda', 'lundi 9 décembre 2019');
    await shows('minga-countdown', 'Terminé');
    await shows('minga-objectives', 'Objectifs');
    const map = inner('minga-series-map');
    await waitUntil(() => map.shadowRoot!.querySelectorAll('[part~="marker"]').length >= 3, 'map markers', {
      timeout: 8000,
    });
    expect(map.shadowRoot!.querySelector('[part~="marker"]')!.getAttribute('aria-label')).to.match(/avril 2019|Bamako/);

    // The card's own styles stay in the card: the agenda's heading and the objectives' numbers are the elements' own.
    const name = inner('minga-agenda').shadowRoot!.querySelector('[part~="name"]')!;
    expect(getComputedStyle(name).fontSize).not.to.equal('48px');
    expect(
      getComputedStyle(inner('minga-objectives').shadowRoot!.querySelector('[part="list"]')!).listStyleType,
    ).to.equal('decimal');

    await expect(card).to.be.accessible();

    card.lang = 'es';
    await shows('minga-agenda', 'Diálogo de políticas: primera sesión');
    await shows('minga-agenda', 'lunes, 9 de diciembre de 2019');
    await shows('minga-countdown', 'Finalizado');
    await shows('minga-objectives', 'Objetivos');
    await expect(card).to.be.accessible();
  });
});
