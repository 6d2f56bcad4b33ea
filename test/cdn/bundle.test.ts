import { expect, waitUntil } from '@open-wc/testing';
import { shownText } from '../support/helpers.js';

// The built script-tag bundle, as a content editor's page uses it: the elements are already in
// the page when the module arrives, and a second copy of the library may load beside it.
const BUNDLE = '/dist/cdn/minga-widgets.js';

describe('dist/cdn/minga-widgets.js', () => {
  it('upgrades elements already in the page, in their language, with lazily loaded UI strings', async () => {
    document.body.insertAdjacentHTML(
      'beforeend',
      '<div lang="es" id="cms"><minga-event-summary src="/demo/feed.json" event="pd-lac-2019"></minga-event-summary></div>',
    );
    const el = document.querySelector('#cms minga-event-summary')!;
    await import(/* @vite-ignore */ BUNDLE);
    await waitUntil(() => shownText(el).includes('Organizado por'), `Spanish UI: ${shownText(el)}`, { timeout: 5000 });
    expect(shownText(el)).to.contain('lunes, 9 de diciembre de 2019');
    // The Spanish strings came from a chunk beside the bundle.
    const chunks = performance
      .getEntriesByType('resource')
      .map((r) => r.name)
      .filter((n) => n.includes('/dist/cdn/'));
    expect(
      chunks.some((n) => /\/dist\/cdn\/es-[\w-]+\.js$/.test(n)),
      chunks.join(', '),
    ).to.be.true;
  });

  it('loads a second copy without an "already defined" error', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    await import(/* @vite-ignore */ `${BUNDLE}?second-copy`);
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(customElements.get('minga-event-summary')).to.exist;
  });

  it('exports the public API to module scripts', async () => {
    const api = await import(/* @vite-ignore */ BUNDLE);
    expect(api.setNow).to.be.a('function');
    expect(api.validateFeed).to.be.a('function');
    expect(api.MingaEventSummary).to.equal(customElements.get('minga-event-summary'));
  });
});
