import { expect, waitUntil } from '@open-wc/testing';
import { shownText } from '../support/helpers.js';

// Partner sites are styled by CSS frameworks whose resets apply to every element of the page.
// test/isolation/pages/host.html shows the agenda, two countdowns (one with its own surface),
// the objectives and the series map from the built bundle, plain or under Bootstrap 5 (with its
// Reboot) or Tailwind's Preflight. What the elements control must look the same on all three;
// what they inherit on purpose (font family, line height, text colour: they blend in) may differ.

type PageWindow = Window & typeof globalThis & { frameworkCss: Promise<string | null> };
type Measures = Record<string, number | string>;

async function openPage(css: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '2400px';
  frame.src = `/test/isolation/pages/host.html${css ? `?css=${css}` : ''}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  expect((await win.frameworkCss) !== null, 'framework stylesheet loaded').to.equal(!!css);
  const doc = frame.contentDocument!;
  const $ = (id: string) => doc.getElementById(id)!;
  const wait = (id: string, text: string) =>
    waitUntil(() => shownText($(id)).includes(text), `${id} (${css || 'plain'}): ${shownText($(id))}`, {
      timeout: 10_000,
    });
  await wait('agenda', 'Policy dialogue: second session');
  await wait('countdown', 'Ended');
  await wait('countdown-themed', 'Starts in');
  await wait('objectives', 'Objectives');
  await waitUntil(
    () =>
      ($('map').shadowRoot?.querySelectorAll('[part~="marker"]').length ?? 0) >= 4 &&
      $('map').shadowRoot!.querySelector('svg path'),
    `map drawn (${css || 'plain'})`,
    { timeout: 10_000 },
  );
  // Label placement runs after layout.
  await new Promise((r) => setTimeout(r, 100));
  return doc;
}

/** What a user would notice of each element, as numbers and keywords. */
function measure(doc: Document): Measures {
  const one = (id: string, selector: string) => {
    const found = doc.getElementById(id)!.shadowRoot!.querySelector<HTMLElement>(selector);
    if (!found) throw new Error(`#${id} ${selector} not found`);
    return found;
  };
  const style = (id: string, selector: string) => getComputedStyle(one(id, selector));
  const px = (value: string) => parseFloat(value);
  const m: Measures = {};

  // Agenda: the event name, the day headings, the session grid, the buttons.
  const name = style('agenda', '[part~="name"]');
  m['agenda name font-size'] = px(name.fontSize);
  m['agenda name font-weight'] = name.fontWeight;
  m['agenda day heading font-size'] = px(style('agenda', '[part~="day-heading"]').fontSize);
  const columns = style('agenda', '.session').gridTemplateColumns.split(' ').map(px);
  m['agenda session columns'] = columns.length;
  m['agenda time column width'] = columns[0];
  m['agenda programme list marker'] = style('agenda', '[part~="programme"]').listStyleType;
  const button = style('agenda', '[part="calendar"]');
  m['agenda button border'] = `${button.borderTopWidth} ${button.borderTopStyle}`;
  m['agenda button radius'] = px(button.borderTopLeftRadius);
  m['agenda button padding'] = px(button.paddingLeft);
  m['agenda button background'] = button.backgroundColor;
  m['agenda session border'] =
    `${style('agenda', '.session').borderTopWidth} ${style('agenda', '.session').borderTopStyle}`;

  // Countdowns: the unit boxes and digits; the themed one's own surface and padding.
  const unit = style('countdown-themed', '[part~="unit"]');
  m['countdown unit border'] = `${unit.borderTopWidth} ${unit.borderTopStyle}`;
  m['countdown unit radius'] = px(unit.borderTopLeftRadius);
  m['countdown unit padding'] = px(unit.paddingTop);
  m['countdown digits font-size'] = px(style('countdown-themed', '[part~="number"]').fontSize);
  const themed = getComputedStyle(doc.getElementById('countdown-themed')!);
  m['themed countdown padding'] = px(themed.paddingTop);
  m['themed countdown radius'] = px(themed.borderTopLeftRadius);
  m['themed countdown background'] = themed.backgroundColor;

  // Objectives: a numbered list with its heading.
  const list = style('objectives', '[part="list"]');
  m['objectives list marker'] = list.listStyleType;
  m['objectives list indent'] = px(list.paddingInlineStart);
  m['objectives item display'] = style('objectives', '[part~="item"]').display;
  m['objectives heading font-size'] = px(style('objectives', 'h2, h3, h4, h5, h6').fontSize);

  // Series map: its shape and where its markers stand on it.
  const svg = one('map', 'svg').getBoundingClientRect();
  // The map fills the element's width (whatever the page's own layout gives the element).
  m['map width in the element'] = Math.round((svg.width / doc.getElementById('map')!.clientWidth) * 100);
  m['map aspect ratio'] = Math.round((svg.width / svg.height) * 100) / 100;
  const markers = [...doc.getElementById('map')!.shadowRoot!.querySelectorAll('[part~="marker"]')];
  m['map markers'] = markers.length;
  markers.forEach((marker, i) => {
    const r = marker.getBoundingClientRect();
    m[`map marker ${i} x`] = Math.round(((r.left + r.width / 2 - svg.left) / svg.width) * 1000) / 10;
    m[`map marker ${i} y`] = Math.round(((r.top + r.height / 2 - svg.top) / svg.height) * 1000) / 10;
    m[`map marker ${i} size`] = r.width;
  });
  return m;
}

/** Differences beyond half a pixel (or 0.2 of a percent, for positions). */
function differences(plain: Measures, framed: Measures): string[] {
  return Object.keys(plain)
    .filter((k) => {
      const [a, b] = [plain[k], framed[k]];
      return typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) > 0.5 : a !== b;
    })
    .map((k) => `${k}: ${plain[k]} → ${framed[k]}`);
}

describe('the elements on pages styled by CSS frameworks', () => {
  let plain: Measures;
  before(async function () {
    this.timeout(30_000);
    plain = measure(await openPage(''));
  });

  it('look as designed on a plain page (the measures mean something)', () => {
    expect(plain['agenda session columns']).to.equal(2);
    expect(plain['objectives list marker']).to.equal('decimal');
    expect(plain['objectives item display']).to.equal('list-item');
    expect(plain['agenda button border']).to.equal('1px solid');
    expect(plain['themed countdown padding']).to.equal(16);
    expect(plain['map markers']).to.be.at.least(3);
    expect(plain['map aspect ratio']).to.be.closeTo(2.05, 0.02);
  });

  for (const css of ['bootstrap', 'tailwind']) {
    it(`render the same under ${css === 'bootstrap' ? "Bootstrap 5's CSS" : "Tailwind's Preflight"}`, async function () {
      this.timeout(30_000);
      const doc = await openPage(css);
      // The framework is really on the page: it styles the page's own heading.
      // (Both reset its top margin; Preflight also its size.)
      const h1 = getComputedStyle(doc.querySelector('h1')!);
      expect(h1.marginTop, 'framework applied').to.equal('0px');
      if (css === 'tailwind') expect(h1.fontSize).to.equal('16px');
      expect(differences(plain, measure(doc))).to.deep.equal([]);
    });
  }
});
