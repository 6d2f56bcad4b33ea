import { expect, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/minga-widgets.js';
import { setNow } from '../../src/index.js';
import type { MingaSelectEvent } from '../../src/index.js';
import { $, $$, SEED_FEED, isolate, textOf } from '../support/fixture.js';
import { skipWithout } from '../support/capability.js';
import { cardNames, centre, focused, markers, mountMap } from './harness.js';

const SERIES = 'gsef-policy-dialogues-2019';

describe('<minga-series-map> controls', () => {
  isolate({
    before: () => setNow('2019-06-01T00:00:00Z', { frozen: true }),
    after: () => resetMouse(),
  });

  it('opens a card with a mouse click on a marker, fires minga-select, and closes on a click outside', async () => {
    const el = await mountMap(
      html`<div>
        <minga-series-map lang="en" src=${SEED_FEED} series=${SERIES}></minga-series-map>
        <p id="outside">Elsewhere on the page</p>
      </div>`,
    );
    const seoul = markers(el)[1];
    const selected = oneEvent(el, 'minga-select') as Promise<MingaSelectEvent>;
    const [x, y] = centre(seoul.querySelector('.dot')!);
    await sendMouse({ type: 'click', position: [Math.round(x), Math.round(y)] });
    expect((await selected).detail).to.deep.equal({ eventId: 'pd-asia-2019', eventIds: ['pd-asia-2019'] });
    await el.updateComplete;
    expect(seoul.getAttribute('aria-expanded')).to.equal('true');
    const card = $(el, '[part="card"]')!;
    expect(seoul.getAttribute('aria-controls')).to.equal(card.id);
    expect(textOf(card)).to.contain('GSEF policy dialogue in Asia');
    expect(textOf(card)).to.contain('Upcoming');
    expect(textOf(card)).to.contain('October 2019');
    expect(textOf(card)).to.contain('Seoul, South Korea');
    // Seoul is near the map's east edge: the card moves over to stay inside the map.
    const [map, box] = [$(el, '[part="map"]')!.getBoundingClientRect(), card.getBoundingClientRect()];
    expect(box.left).to.be.at.least(map.left - 0.5);
    expect(box.right).to.be.at.most(map.right + 0.5);
    await expect(el).to.be.accessible();
    // A click inside the card leaves it open; a click elsewhere on the page closes it.
    const [cx, cy] = centre(card.querySelector('[part="venue"]')!);
    await sendMouse({ type: 'click', position: [Math.round(cx), Math.round(cy)] });
    await el.updateComplete;
    expect($(el, '[part="card"]')).to.exist;
    const [ox, oy] = centre(document.querySelector('#outside')!);
    await sendMouse({ type: 'click', position: [Math.round(ox), Math.round(oy)] });
    await el.updateComplete;
    expect($(el, '[part="card"]')).to.equal(null);
    expect(seoul.getAttribute('aria-expanded')).to.equal('false');
  });

  it('opens the card from a click on a label too, and a second click on the marker closes it', async () => {
    const el = await mountMap(html`<minga-series-map lang="en" src=${SEED_FEED} series=${SERIES}></minga-series-map>`);
    const label = $$(el, '[part="label"]')[2];
    const [x, y] = centre(label);
    await sendMouse({ type: 'click', position: [Math.round(x), Math.round(y)] });
    await el.updateComplete;
    expect(cardNames(el)).to.deep.equal(['GSEF policy dialogue in Europe']);
    markers(el)[2].click();
    await el.updateComplete;
    expect($(el, '[part="card"]')).to.equal(null);
  });

  it('on Escape after tabbing to another marker, closes the card and leaves the focus there; the page does not see that Escape', async () => {
    const el = await mountMap(html`<minga-series-map lang="en" src=${SEED_FEED} series=${SERIES}></minga-series-map>`);
    const seen: string[] = [];
    const onKey = (e: KeyboardEvent) => seen.push(e.key);
    document.addEventListener('keydown', onKey);
    try {
      markers(el)[0].focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await sendKeys({ press: 'Tab' }); // the card's close button
      await sendKeys({ press: 'Tab' }); // Seoul
      expect(focused(el)).to.match(/^Seoul/);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect($(el, '[part="card"]')).to.equal(null);
      expect(focused(el)).to.match(/^Seoul/);
      expect(seen).to.not.include('Escape');
    } finally {
      document.removeEventListener('keydown', onKey);
    }
  });

  it('works from the keyboard: markers in date order, Enter and Space open, Escape closes and returns focus, no trap', async () => {
    const el = await mountMap(
      html`<div>
        <button id="before">Before</button>
        <minga-series-map lang="en" src=${SEED_FEED} series=${SERIES}></minga-series-map
        ><button id="after">After</button>
      </div>`,
    );
    const ids: string[] = [];
    el.addEventListener('minga-select', (e) => ids.push(e.detail.eventId));
    document.querySelector<HTMLElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal('List view');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.match(/^Bamako, April 2019: GSEF policy dialogue in Africa/);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(cardNames(el)).to.deep.equal(['GSEF policy dialogue in Africa']);
    // The card comes next in the tab order, and Escape closes it with focus back on its marker.
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal('Close');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect($(el, '[part="card"]')).to.equal(null);
    expect(focused(el)).to.match(/^Bamako/);
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.match(/^Seoul, October 2019/);
    await sendKeys({ press: ' ' }); // Space
    await el.updateComplete;
    expect(cardNames(el)).to.deep.equal(['GSEF policy dialogue in Asia']);
    expect(ids).to.deep.equal(['pd-africa-2019', 'pd-asia-2019']);
    await expect(el).to.be.accessible();
    // The close button closes it too, with focus back on the marker.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($(el, '[part="card"]')).to.equal(null);
    expect(focused(el)).to.match(/^Seoul/);
    // On through Liverpool and Iztapalapa, then out of the map.
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.match(/^Liverpool/);
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.match(/^Iztapalapa/);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement!.id).to.equal('after');
  });

  it('takes Shift+Tab back from the next control on the page to the last marker', async function () {
    await skipWithout(this, 'held-keys');
    const el = await mountMap(
      html`<div>
        <minga-series-map lang="en" src=${SEED_FEED} series=${SERIES}></minga-series-map
        ><button id="after">After</button>
      </div>`,
    );
    document.querySelector<HTMLElement>('#after')!.focus();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focused(el)).to.match(/^Iztapalapa/);
  });

  it('lists the same events with the same information in the list view, reachable by keyboard', async () => {
    const el = await mountMap(html`<minga-series-map lang="en" src=${SEED_FEED} series=${SERIES}></minga-series-map>`);
    markers(el)[0].click();
    await el.updateComplete;
    const inCard = textOf($(el, '[part="card"] [part~="item"]'));
    $(el, '[part="view-toggle"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const list = $(el, '[part="list"]')!;
    expect(list.hidden).to.be.false;
    expect(textOf(list.querySelector('[part~="item"]'))).to.equal(inCard);
    expect([...list.querySelectorAll('.name')].map(textOf)).to.deep.equal([
      'GSEF policy dialogue in Africa',
      'GSEF policy dialogue in Asia',
      'GSEF policy dialogue in Europe',
      '1st Policy Dialogue on Social and Solidarity Economy in Latin America and the Caribbean',
    ]);
    await expect(el).to.be.accessible();
  });
});
