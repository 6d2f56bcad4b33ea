import { expect, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/minga-widgets.js';
import { setNow } from '../../src/index.js';
import { $, $$, isolate, testFeed, textOf } from '../support/fixture.js';
import { centre, markerNames, markers, mountMap } from './harness.js';

// 2,000 fictional meetings a day apart from 1 January 2030, at places spread over the world by a
// fixed sequence; on 1 January 2031 at noon, 365 are over and meeting 365 is under way.
const COUNT = 2000;
const NOW = '2031-01-01T12:00:00Z';

function scaleFeed() {
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  return testFeed(
    Array.from({ length: COUNT }, (_, i) => ({
      id: `fictional-${i}`,
      name: `Meeting ${i}`,
      series: 'fictional-tour',
      timeZone: 'UTC',
      start: new Date(Date.UTC(2030, 0, 1 + i)).toISOString().slice(0, 10),
      location: { locality: `Town ${i}`, geo: { lat: random() * 140 - 65, lon: random() * 360 - 180 } },
    })),
    { series: [{ id: 'fictional-tour', name: 'Fictional tour' }] },
  );
}
const feed = scaleFeed();

/** The meetings each marker names, by number, from its accessible name. */
const namedIn = (name: string) => [...name.matchAll(/: Meeting (\d+) \(/g)].map((m) => Number(m[1]));
const groups = (el: Element) => $$(el, '.group');
const shownLabels = (el: Element) =>
  groups(el)
    .filter((g) => g.dataset.side !== 'hidden')
    .map((g) => g.querySelector<HTMLElement>('[part="label"]')!);
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Fails unless every shown label is drawn inside the map and clear of every other shown label. */
function expectLabelsApartAndInside(el: Element): void {
  const map = $(el, '[part="map"]')!.getBoundingClientRect();
  const rects = shownLabels(el).map((l) => l.getBoundingClientRect());
  const apart = (a: DOMRect, b: DOMRect) =>
    a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
  // A grid of the labels' boxes, so the check itself is not quadratic.
  const cells = new Map<string, number[]>();
  rects.forEach((r, i) => {
    expect(r.width, 'a shown label is drawn').to.be.above(0);
    expect(r.left >= map.left && r.right <= map.right && r.top >= map.top && r.bottom <= map.bottom, 'inside the map')
      .to.be.true;
    for (let x = Math.floor(r.left / 100); x <= Math.floor(r.right / 100); x++) {
      for (let y = Math.floor(r.top / 100); y <= Math.floor(r.bottom / 100); y++) {
        for (const j of cells.get(`${x} ${y}`) ?? []) expect(apart(r, rects[j]), 'labels overlap').to.be.true;
        cells.set(`${x} ${y}`, [...(cells.get(`${x} ${y}`) ?? []), i]);
      }
    }
  });
}

describe('<minga-series-map> with thousands of events', () => {
  isolate({ before: () => setNow(NOW, { frozen: true }) });

  it('puts every event in exactly one marker, says so in its name, and lists them all in date order', async () => {
    const el = await mountMap(
      html`<div style="inline-size: 900px">
        <minga-series-map lang="en" .feed=${feed} series="fictional-tour"></minga-series-map>
      </div>`,
    );
    const names = markerNames(el);
    // Markers share where they would overlap: far fewer markers than events.
    expect(names.length).to.be.within(100, COUNT - 1);
    const seen = names.flatMap(namedIn);
    expect(seen.length).to.equal(COUNT);
    expect(new Set(seen).size).to.equal(COUNT);
    for (const name of names) {
      const n = namedIn(name).length;
      expect(name).to.match(
        n === 1 ? /^Town \d+, .+: Meeting \d+ \((Ended|Upcoming)\)$/ : new RegExp(`^${n} events: `),
      );
    }
    // Every marker keeps a label, shown or not: up to three events, else two and how many more.
    for (const g of groups(el)) {
      const n = namedIn(g.querySelector('[part~="marker"]')!.getAttribute('aria-label')!).length;
      expect(g.querySelectorAll('[part="label"] .place').length).to.equal(n > 3 ? 2 : n);
      expect(textOf(g.querySelector('[part="label"]')!)).to.match(n > 3 ? new RegExp(`and ${n - 2} more$`) : /\d$/);
    }
    $(el, '[part="view-toggle"]')!.click();
    await el.updateComplete;
    expect($$(el, '[part="list"] .name').map(textOf)).to.deep.equal(
      Array.from({ length: COUNT }, (_, i) => `Meeting ${i}`),
    );
  });

  it('shows only labels that fit, apart and inside the map, always the chosen and the next events', async () => {
    const el = await mountMap(
      html`<div style="inline-size: 800px">
        <minga-series-map lang="en" .feed=${feed} series="fictional-tour"></minga-series-map>
      </div>`,
    );
    expectLabelsApartAndInside(el);
    // The chosen and next events are in the two markers shared by the most events (a label listing
    // them all would be taller than the map), the next one under way on its day.
    const [most, second] = markerNames(el)
      .map(namedIn)
      .sort((a, b) => b.length - a.length);
    const [chosenAt, nextAt] = [most[Math.floor(most.length / 2)], second[Math.floor(second.length / 2)]];
    expect(second.length, 'shared by many').to.be.above(3);
    setNow(`${new Date(Date.UTC(2030, 0, 1 + nextAt, 12)).toISOString()}`, { frozen: true });
    el.setAttribute('event', `fictional-${chosenAt}`);
    await el.updateComplete;
    expectLabelsApartAndInside(el);
    const groupOf = (n: number) =>
      groups(el).find((g) => namedIn(g.querySelector('[part~="marker"]')!.getAttribute('aria-label')!).includes(n))!;
    const [chosen, next] = [groupOf(chosenAt), groupOf(nextAt)];
    expect(chosen.querySelector('[part~="marker"]')!.getAttribute('part')).to.contain('marker-chosen');
    expect(next.querySelector('[part~="marker"]')!.getAttribute('aria-label')).to.contain(
      `Meeting ${nextAt} (Happening now)`,
    );
    for (const [g, n] of [
      [chosen, chosenAt],
      [next, nextAt],
    ] as const) {
      expect(g.dataset.side, 'a shown side').to.be.oneOf(['e', 'w', 's', 'n']);
      expect(g.querySelector('[part="label"]')!.checkVisibility(), textOf(g)).to.be.true;
      // Its own event is one of the few the label lists.
      expect(textOf(g.querySelector('[part="label"]')!)).to.match(new RegExp(`Town ${n}(?!\\d)`));
    }
    // Most labels have no room among 2,000 events; each shows while its marker is hovered.
    const hidden = groups(el).filter((g) => g.dataset.side === 'hidden');
    expect(hidden.length).to.be.above(groups(el).length / 2);
    // One whose marker nothing covers (the chosen and next labels may cover markers, never labels).
    const target = hidden.find((g) => {
      const [x, y] = centre(g.querySelector('.dot')!);
      return g.contains(el.shadowRoot!.elementFromPoint(x, y));
    })!;
    expect(target.querySelector('[part="label"]')!.checkVisibility()).to.be.false;
    const [x, y] = centre(target.querySelector('.dot')!);
    await sendMouse({ type: 'move', position: [Math.round(x), Math.round(y)] });
    expect(target.querySelector('[part="label"]')!.checkVisibility(), 'shown on hover').to.be.true;
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('lays markers and labels out again once a resize settles, not on every size on the way', async () => {
    const el = await mountMap(
      html`<div style="inline-size: 1000px">
        <minga-series-map lang="en" .feed=${feed} series="fictional-tour"></minga-series-map>
      </div>`,
    );
    const wide = markers(el).length;
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const box = el.parentElement!;
      for (const width of [900, 800, 700, 600, 500]) {
        box.style.inlineSize = `${width}px`;
        await frame(); // the resize observer reports each size
        await frame();
        clock.tick(100); // a drag: each size holds for less than the settling time
      }
      await el.updateComplete;
      expect(markers(el).length, 'the same markers while the size changes').to.equal(wide);
      clock.tick(200);
      await el.updateComplete;
      await frame(); // the labels are placed in a task after the new markers are drawn
      clock.tick(1);
      // Half as wide, more events share a marker; the labels are placed in the new size.
      expect(markers(el).length).to.be.below(wide);
      expect(markerNames(el).flatMap(namedIn).length).to.equal(COUNT);
      expectLabelsApartAndInside(el);
      expect(groups(el).every((g) => g.dataset.side)).to.be.true;
    } finally {
      clock.restore();
    }
  });
});
