import { expect, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { expectNothingFetched } from '../support/helpers.js';

// Against the built script-tag bundle, as a content editor's page loads it: the world geometry
// is a chunk beside the bundle, fetched only once a map appears, and no request leaves the page's
// origin (no tiles, fonts, scripts or styles from a third party). Run `npm run build` first.
const BUNDLE = '/dist/cdn/minga-widgets.js';
const GEOMETRY = /\/dist\/cdn\/world-map-[\w-]+\.js$/;

describe('<minga-series-map> privacy (dist/cdn)', () => {
  it('loads its geometry from beside the bundle only when a map appears, and requests nothing from another origin', async () => {
    const requests: string[] = [];
    const observer = new PerformanceObserver((list) => requests.push(...list.getEntries().map((e) => e.name)));
    observer.observe({ type: 'resource', buffered: true });
    const fetches = sinon.spy(window, 'fetch');
    await import(/* @vite-ignore */ BUNDLE);
    document.body.insertAdjacentHTML(
      'beforeend',
      '<minga-event-summary lang="en" src="/demo/feed.json" event="pd-lac-2019"></minga-event-summary>',
    );
    const summary = document.querySelector('minga-event-summary')!;
    await waitUntil(() => summary.shadowRoot?.textContent?.includes('Iztapalapa'), 'the summary is shown', {
      timeout: 5000,
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(
      requests.filter((r) => GEOMETRY.test(r)),
      'no map on the page yet',
    ).to.deep.equal([]);

    document.body.insertAdjacentHTML(
      'beforeend',
      '<minga-series-map lang="en" src="/demo/feed.json" series="gsef-policy-dialogues-2019" route></minga-series-map>',
    );
    const map = document.querySelector('minga-series-map')!;
    await waitUntil(() => map.shadowRoot?.querySelectorAll('[part~="marker"]').length === 4, 'the map is drawn', {
      timeout: 5000,
    });
    await waitUntil(() => requests.some((r) => GEOMETRY.test(r)), 'the geometry chunk was fetched', { timeout: 5000 });
    observer.disconnect();

    const foreign = requests.filter((r) => new URL(r).origin !== location.origin);
    expect(foreign, 'requests outside the page origin').to.deep.equal([]);
    const fetched = fetches
      .getCalls()
      .map((c) => new URL(String(c.args[0] instanceof Request ? c.args[0].url : c.args[0]), location.href));
    expect(
      fetched.every((u) => u.origin === location.origin),
      fetched.join(', '),
    ).to.be.true;
    // Nothing in the map that could load a resource: no images, frames or scripts, no CSS url()s.
    expectNothingFetched(map);
    sinon.restore();
  });
});
