import { expect, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/minga-widgets.js';
import { SEED_FEED, isolate, shownText, waitForText } from '../support/fixture.js';
import { agendaFeed, mountAgenda } from './harness.js';

// `structured-data` puts the shown event's schema.org Event into the page's own DOM (the agenda's
// light DOM), where a search engine that runs script reads it.
const scripts = (el: Element) => [
  ...el.querySelectorAll<HTMLScriptElement>(':scope > script[type="application/ld+json"]'),
];
function jsonLd(el: Element): Record<string, any> {
  const found = scripts(el);
  expect(found, 'one JSON-LD script').to.have.length(1);
  return JSON.parse(found[0].textContent!);
}
/** Mutations of the element's light DOM for a while: none once it has settled. */
async function mutationsDuring(el: Element, ms: number): Promise<number> {
  let count = 0;
  const observer = new MutationObserver((records) => {
    count += records.length;
  });
  observer.observe(el, { childList: true, subtree: true, characterData: true, attributes: true });
  await new Promise((r) => setTimeout(r, ms));
  observer.disconnect();
  return count;
}

describe('<minga-agenda structured-data>', () => {
  isolate();

  it('adds the event as schema.org JSON-LD, last in the light DOM: name, start with offset, place, sessions', async () => {
    const el = await mountAgenda(
      html`<minga-agenda lang="en" src=${SEED_FEED} event="pd-lac-2019" structured-data></minga-agenda>`,
    );
    await el.updateComplete;
    const script = scripts(el)[0];
    expect(el.lastChild).to.equal(script);
    expect(script.hasAttribute('data-minga-structured-data')).to.be.true;
    const ld = jsonLd(el);
    expect(ld['@context']).to.equal('https://schema.org');
    expect(ld['@type']).to.equal('Event');
    expect(ld.name).to.equal('1st Policy Dialogue on Social and Solidarity Economy in Latin America and the Caribbean');
    expect(ld.startDate).to.equal('2019-12-09T12:30:00-06:00');
    expect(ld.location.address.addressLocality).to.equal('Iztapalapa, Mexico City');
    expect(ld.location.geo).to.deep.equal({ '@type': 'GeoCoordinates', latitude: 19.3574, longitude: -99.0671 });
    expect(ld.subEvent.map((s: { name: string }) => s.name)).to.deep.equal([
      'Policy dialogue: first session',
      'Policy dialogue: second session',
    ]);
    expect(ld.inLanguage).to.equal('en');
  });

  it('is the same JSON-LD as `minga-widgets jsonld` prints at build time', async () => {
    const el = await mountAgenda(
      html`<minga-agenda lang="es" src=${SEED_FEED} event="pd-lac-2019" structured-data></minga-agenda>`,
    );
    await el.updateComplete;
    const cli = await executeServerCommand<{ stdout: string }, { args: string[] }>('minga-cli', {
      args: ['jsonld', 'demo/feed.json', 'pd-lac-2019', '--lang=es'],
    });
    expect(cli.stdout).to.contain(scripts(el)[0].textContent);
  });

  it('follows the event and the language, and leaves with the attribute or the event', async () => {
    const el = await mountAgenda(
      html`<minga-agenda lang="en" src=${SEED_FEED} event="pd-lac-2019" structured-data></minga-agenda>`,
    );
    await el.updateComplete;
    el.lang = 'es';
    await waitUntil(() => jsonLd(el).inLanguage === 'es', 'Spanish JSON-LD');
    expect(jsonLd(el).name).to.equal(
      '1.er Diálogo de Políticas sobre Economía Social y Solidaria en América Latina y el Caribe',
    );
    el.setAttribute('event', 'pd-africa-2019');
    await waitForText(el, 'África');
    await el.updateComplete;
    expect(jsonLd(el).startDate).to.equal('2019-04');
    el.setAttribute('event', 'no-such-event');
    await waitForText(el, 'no-such-event');
    await el.updateComplete;
    expect(scripts(el)).to.have.length(0);
    el.setAttribute('event', 'pd-lac-2019');
    await waitUntil(() => scripts(el).length === 1, 'back with the event');
    el.removeAttribute('structured-data');
    await el.updateComplete;
    expect(scripts(el)).to.have.length(0);
    // Elements without the attribute never get one.
    const plain = await mountAgenda(html`<minga-agenda lang="en" src=${SEED_FEED} event="pd-lac-2019"></minga-agenda>`);
    await plain.updateComplete;
    expect(plain.children).to.have.length(0);
  });

  it('stays one script, written once, however often the agenda re-renders', async () => {
    const el = await mountAgenda(
      html`<minga-agenda lang="en" src=${SEED_FEED} event="pd-lac-2019" structured-data></minga-agenda>`,
    );
    await el.updateComplete;
    const script = scripts(el)[0];
    for (let i = 0; i < 5; i++) {
      el.hideSpeakers = !el.hideSpeakers;
      el.requestUpdate();
      await el.updateComplete;
    }
    expect(scripts(el)).to.deep.equal([script]);
    // Nothing keeps rewriting it (the feed controller watches the children and would loop).
    expect(await mutationsDuring(el, 300)).to.equal(0);
    // A stray copy (a CMS saving the rendered page) is taken back to one.
    el.append(script.cloneNode(true));
    await waitUntil(() => scripts(el).length === 1, 'one script again');
    expect(await mutationsDuring(el, 300)).to.equal(0);
  });

  it('is never read as the inline feed, and does not make the feed load again', async () => {
    const feed = agendaFeed(
      [{ start: '2019-12-09T10:00', end: '2019-12-09T11:00', title: 'Opening </script><script>alert(1)</script>' }],
      { name: 'Forum <b>2019</b> </script><!--' },
    );
    let loads = 0;
    const el = await mountAgenda(
      html`<minga-agenda lang="en" event="test" structured-data @minga-feed-load=${() => loads++}>
        <script type="application/json">
          ${JSON.stringify(feed)}
        </script></minga-agenda
      >`,
    );
    await el.updateComplete;
    await waitForText(el, 'Opening </script>');
    expect(await mutationsDuring(el, 300)).to.equal(0);
    expect(loads).to.equal(1);
    expect(el.querySelectorAll('script')).to.have.length(2);
    const text = scripts(el)[0].textContent!;
    // Feed text cannot close the script element: no "<" at all, yet the values are intact.
    expect(text).not.to.contain('<');
    const ld = jsonLd(el);
    expect(ld.name).to.equal('Forum <b>2019</b> </script><!--');
    expect(ld.subEvent[0].name).to.equal('Opening </script><script>alert(1)</script>');
    // Parsed as HTML (as a page saved with it would be), it is still one script holding all of it.
    const saved = new DOMParser().parseFromString(`<body>${el.innerHTML}</body>`, 'text/html');
    expect(saved.querySelectorAll('script')).to.have.length(2);
    expect(JSON.parse(saved.querySelector('script[type="application/ld+json"]')!.textContent!).name).to.equal(
      'Forum <b>2019</b> </script><!--',
    );
    expect(shownText(el)).to.contain('Forum <b>2019</b>');
  });
});
