import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { geoEqualEarth } from 'd3-geo';
import '../../src/minga-widgets.js';
import { setNow } from '../../src/index.js';
import { world } from '../../src/generated/world-110m.js';
import { $, $$, SEED_FEED, datetimes, isolate, shownText, textOf, waitForText } from '../support/fixture.js';
import { skipWithout } from '../support/capability.js';
import { centre, labels, markerNames, markerParts, markers, mountMap, screenOf, seriesFeed } from './harness.js';
import { CALLED_OFF_FEED, DURING_CALLED_OFF } from '../support/called-off-feed.js';

const SERIES = 'gsef-policy-dialogues-2019';
// The oracle: d3-geo's Equal Earth in the frame the world was generated in.
const d3 = geoEqualEarth()
  .scale(world.scale)
  .translate([world.width / 2, world.height / 2]);
const SEED_PLACES: Record<string, [number, number]> = {
  Bamako: [-8.0029, 12.6392],
  Seoul: [126.978, 37.5665],
  Liverpool: [-2.9916, 53.4084],
  Iztapalapa: [-99.0671, 19.3574],
};

describe('<minga-series-map>', () => {
  isolate();

  describe('the seed series', () => {
    it('puts each dialogue where d3-geo projects its city, on the whole world, labelled with city and date', async () => {
      setNow('2020-06-01T00:00:00Z', { frozen: true });
      const el = await mountMap(
        html`<div style="inline-size: 800px">
          <minga-series-map lang="en" src=${SEED_FEED} series=${SERIES}></minga-series-map>
        </div>`,
      );
      const screen = screenOf(el);
      // Four continents: the fit shows the whole world.
      expect(screen.view).to.deep.equal({ x: 0, y: 0, width: world.width, height: world.height });
      expect(labels(el)).to.deep.equal([
        'Bamako April 2019',
        'Seoul October 2019',
        'Liverpool November 2019',
        'Iztapalapa, Mexico City December 9, 2019',
      ]);
      const dots = $$(el, '.dot');
      Object.values(SEED_PLACES).forEach((lonLat, i) => {
        const [x, y] = screen.at(d3(lonLat)!);
        const [cx, cy] = centre(dots[i]);
        expect(cx, `${Object.keys(SEED_PLACES)[i]} x`).to.be.closeTo(x, 1);
        expect(cy, `${Object.keys(SEED_PLACES)[i]} y`).to.be.closeTo(y, 1);
      });
      // Seoul is east of Bamako and north of it; Liverpool is north of both.
      const [bamako, seoul, liverpool] = dots.map(centre);
      expect(seoul[0]).to.be.above(bamako[0]);
      expect(liverpool[1]).to.be.below(seoul[1]);
      // The land is drawn, from the lazily loaded geometry.
      expect($(el, '[part="land"]')!.getAttribute('d')!.length).to.be.above(10_000);
      expect(markerNames(el)).to.deep.equal([
        'Bamako, April 2019: GSEF policy dialogue in Africa (Ended)',
        'Seoul, October 2019: GSEF policy dialogue in Asia (Ended)',
        'Liverpool, November 2019: GSEF policy dialogue in Europe (Ended)',
        'Iztapalapa, Mexico City, December 9, 2019: 1st Policy Dialogue on Social and Solidarity Economy in Latin America and the Caribbean (Ended)',
      ]);
      await expect(el).to.be.accessible();
    });

    it('draws past, live and upcoming events apart, and makes the event under way or next stand out', async () => {
      setNow('2019-12-09T13:00:00-06:00', { frozen: true });
      const el = await mountMap(
        html`<minga-series-map lang="en" src=${SEED_FEED} series=${SERIES}></minga-series-map>`,
      );
      const parts = () => markerParts(el);
      expect(parts()).to.deep.equal(['marker-past', 'marker-past', 'marker-past', 'marker-live marker-chosen']);
      expect(markerNames(el)[3]).to.match(/\(Happening now\)$/);
      await expect(el).to.be.accessible();
      // In the summer of 2019 Bamako is over and Seoul, in October, is next; no month is ever "live".
      setNow('2019-07-01T00:00:00Z', { frozen: true });
      await el.updateComplete;
      expect(parts()).to.deep.equal([
        'marker-past',
        'marker-upcoming marker-chosen',
        'marker-upcoming',
        'marker-upcoming',
      ]);
      expect(markerNames(el)[1]).to.match(/\(Upcoming\)$/);
      expect($$(el, '.dot').map((d) => getComputedStyle(d).backgroundColor)).to.satisfy(
        (colours: string[]) => colours[0] !== colours[1],
        'a past marker is not coloured like an upcoming one',
      );
      // The event attribute picks the one that stands out.
      el.setAttribute('event', 'pd-europe-2019');
      await el.updateComplete;
      expect(parts()).to.deep.equal([
        'marker-past',
        'marker-upcoming',
        'marker-upcoming marker-chosen',
        'marker-upcoming',
      ]);
    });

    it('joins the dialogues in date order with the route attribute', async () => {
      const el = await mountMap(
        html`<minga-series-map lang="en" src=${SEED_FEED} series=${SERIES} route></minga-series-map>`,
      );
      const route = $(el, '[part="route"]')!.getAttribute('d')!;
      const screen = screenOf(el);
      const stops = [...route.matchAll(/(?:M|Q[-\d.]+ [-\d.]+ )([-\d.]+) ([-\d.]+)/g)].map((m) =>
        screen.at([Number(m[1]), Number(m[2])]),
      );
      expect(stops.length).to.equal(4);
      // Bamako, Seoul, Liverpool, Iztapalapa: the route passes through each marker in that order.
      $$(el, '.dot')
        .map(centre)
        .forEach(([x, y], i) => {
          expect(stops[i][0]).to.be.closeTo(x, 1);
          expect(stops[i][1]).to.be.closeTo(y, 1);
        });
      el.removeAttribute('route');
      await el.updateComplete;
      expect($(el, '[part="route"]')).to.equal(null);
    });
  });

  describe('time zones', () => {
    it('dates a timed event by the day in the zone shown, and gives its times with that zone in the card', async () => {
      const el = await mountMap(
        html`<minga-series-map lang="en" time-zone="Asia/Seoul" src=${SEED_FEED} series=${SERIES}></minga-series-map>`,
      );
      // 12:30 on 9 December in Mexico City is 03:30 on 10 December in Seoul; "April 2019" stays April 2019.
      expect(labels(el)[3]).to.equal('Iztapalapa, Mexico City December 10, 2019');
      expect(labels(el)[0]).to.equal('Bamako April 2019');
      markers(el)[3].click();
      await el.updateComplete;
      expect(textOf($(el, '[part="card"] [part="when"]'))).to.contain('(Seoul time, UTC+9)');
      expect(datetimes(el)).to.include('2019-12-10T03:30:00+09:00');
    });
  });

  describe('fit', () => {
    it('zooms to a series within one region, and shows the world with view="world"', async () => {
      const feed = seriesFeed([
        ['a', 'Liverpool', 53.4084, -2.9916],
        ['b', 'Paris', 48.8566, 2.3522],
        ['c', 'Madrid', 40.4168, -3.7038],
      ]);
      const el = await mountMap(
        html`<div style="inline-size: 640px">
          <minga-series-map lang="en" .feed=${feed} series="tour"></minga-series-map>
        </div>`,
      );
      const { view } = screenOf(el);
      expect(view.width).to.be.below(world.width * 0.25);
      const box = $(el, 'svg')!.getBoundingClientRect();
      for (const dot of $$(el, '.dot')) {
        const [x, y] = centre(dot);
        expect(x).to.be.within(box.left + box.width * 0.1, box.right - box.width * 0.1);
        expect(y).to.be.within(box.top + box.height * 0.1, box.bottom - box.height * 0.1);
      }
      // Zoomed in, Paris and Liverpool are far enough apart on screen to keep their own markers.
      expect(markers(el).length).to.equal(3);
      el.setAttribute('view', 'world');
      await el.updateComplete;
      expect(screenOf(el).view).to.deep.equal({ x: 0, y: 0, width: world.width, height: world.height });
      // On the whole world the three cities are too close for three markers.
      expect(markers(el).length).to.be.below(3);
      await expect(el).to.be.accessible();
    });
  });

  describe('nearby places', () => {
    it('gives Iztapalapa and Mexico City one marker listing both (every event with a location, no series)', async () => {
      setNow('2019-06-01T00:00:00Z', { frozen: true });
      const el = await mountMap(html`<minga-series-map lang="en" src=${SEED_FEED}></minga-series-map>`);
      expect(markers(el).length).to.equal(4);
      const shared = markers(el)[3];
      // The shared marker shows how many events it stands for.
      const dot = shared.querySelector<HTMLElement>('.dot')!;
      expect(dot.dataset.count).to.equal('2');
      expect(getComputedStyle(dot, '::after').content).to.be.oneOf(['"2"', 'attr(data-count)']); // Firefox reports it unresolved
      expect(labels(el)[3]).to.equal('Iztapalapa, Mexico City December 9, 2019 Mexico City 2020');
      expect(shared.getAttribute('aria-label')).to.equal(
        '2 events: Iztapalapa, Mexico City, December 9, 2019: 1st Policy Dialogue on Social and Solidarity Economy in Latin America and the Caribbean (Upcoming); ' +
          'Mexico City, 2020: GSEF2020 (Upcoming)',
      );
      // Neither label hides the other marker or label.
      const rects = $$(el, '[part="label"]')
        .map((l) => l.getBoundingClientRect())
        .filter((r) => r.width);
      for (const [i, a] of rects.entries()) {
        for (const b of rects.slice(i + 1)) {
          expect(a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top, 'labels overlap').to
            .be.true;
        }
      }
      shared.click();
      await el.updateComplete;
      const card = $(el, '[part="card"]')!;
      expect($$(el, '[part="card"] [part~="item"]').map((i) => textOf(i.querySelector('.name')))).to.deep.equal([
        '1st Policy Dialogue on Social and Solidarity Economy in Latin America and the Caribbean',
        'GSEF2020',
      ]);
      expect(textOf(card)).to.contain('Iztapalapa, Mexico City, Mexico');
      await expect(el).to.be.accessible();
    });
  });

  describe('events without coordinates', () => {
    it('lists them under the map with a note, and in the list view', async () => {
      const feed = seriesFeed([
        ['a', 'Quito', -0.1807, -78.4678],
        ['b', 'Somewhere', null, null],
        ['c', 'Lima', -12.0464, -77.0428],
      ]);
      const el = await mountMap(html`<minga-series-map lang="en" .feed=${feed} series="tour"></minga-series-map>`);
      expect(markers(el).length).to.equal(2);
      const unplaced = $(el, '[part="unplaced"]')!;
      expect(textOf(unplaced)).to.match(
        /^Not on the map, for lack of coordinates in the feed: Meeting in Somewhere Upcoming February 2030 Somewhere$/,
      );
      await expect(el).to.be.accessible();
      $(el, '[part="view-toggle"]')!.click();
      await el.updateComplete;
      expect($$(el, '[part="list"] .name').map(textOf)).to.deep.equal([
        'Meeting in Quito',
        'Meeting in Somewhere',
        'Meeting in Lima',
      ]);
    });
  });

  describe('languages', () => {
    it('labels in Spanish: Seúl, octubre de 2019', async () => {
      const el = await mountMap(
        html`<minga-series-map lang="es" src=${SEED_FEED} series=${SERIES}></minga-series-map>`,
      );
      await waitForText(el, 'Vista de lista', 'Spanish UI strings');
      expect(labels(el)[1]).to.equal('Seúl octubre de 2019');
      expect(markerNames(el)[1]).to.equal('Seúl, octubre de 2019: Diálogo de políticas de GSEF en Asia (Finalizado)');
      expect($(el, '[part="map"]')!.getAttribute('aria-label')).to.equal(
        'Mapa de Diálogos de políticas de GSEF sobre la economía social y solidaria, 2019',
      );
      await expect(el).to.be.accessible();
    });

    it('labels in Korean, with the feed text that has no Korean marked as English', async () => {
      const el = await mountMap(
        html`<minga-series-map lang="ko" src=${SEED_FEED} series=${SERIES}></minga-series-map>`,
      );
      await waitForText(el, '목록 보기', 'Korean UI strings');
      expect(labels(el)[1]).to.equal('Seoul 2019년 10월');
      expect(markerNames(el)[1]).to.equal('Seoul, 2019년 10월: GSEF policy dialogue in Asia (종료됨)');
      expect($$(el, '[part="label"] .place span[lang="en"]').length).to.equal(4);
      await expect(el).to.be.accessible();
    });
  });

  describe('states and messages', () => {
    it('names an unknown series, and an empty one', async () => {
      const el = await mountMap(
        html`<minga-series-map lang="en" src=${SEED_FEED} series="gsef-antarctica"></minga-series-map>`,
      );
      expect(shownText(el)).to.equal('This feed has no series with the id "gsef-antarctica".');
      await expect(el).to.be.accessible();
      const empty = { ...seriesFeed([]), events: [{ id: 'x', name: 'Elsewhere', timeZone: 'UTC', start: '2030' }] };
      const other = await mountMap(html`<minga-series-map lang="en" .feed=${empty} series="tour"></minga-series-map>`);
      expect(shownText(other)).to.equal('This series has no events yet.');
      await expect(other).to.be.accessible();
    });

    it('never makes a cancelled event the next one, and draws it as called off', async () => {
      const feed = seriesFeed([
        ['a', 'Quito', -0.1807, -78.4678],
        ['b', 'Lima', -12.0464, -77.0428],
        ['c', 'La Paz', -16.4897, -68.1193],
      ]);
      (feed.events[1] as Record<string, unknown>).status = 'cancelled';
      // In February Lima's meeting would be next, but it is cancelled: La Paz's is.
      setNow('2030-02-15T00:00:00Z', { frozen: true });
      const el = await mountMap(html`<minga-series-map lang="en" .feed=${feed} series="tour"></minga-series-map>`);
      const parts = markerParts(el);
      expect(parts).to.deep.equal([
        'marker-past',
        'marker-upcoming marker-called-off',
        'marker-upcoming marker-chosen',
      ]);
      expect(markerNames(el)[1]).to.equal('Lima, February 2030: Meeting in Lima (Cancelled)');
      await expect(el).to.be.accessible();
    });

    it('draws a cancelled event at the moment it would have been live as called off, not live, and does not choose it', async () => {
      // A fictional feed: the Lima forum (10:00–12:00) is cancelled and it is 10:30 there; Quito's meeting a month later is held.
      setNow(DURING_CALLED_OFF, { frozen: true });
      const el = await mountMap(
        html`<minga-series-map lang="en" .feed=${CALLED_OFF_FEED} series="tour"></minga-series-map>`,
      );
      expect(markerParts(el)).to.deep.equal(['marker-upcoming marker-called-off', 'marker-upcoming marker-chosen']);
      expect(markerNames(el)[0]).to.equal('Lima, May 1, 2030: Forum in Lima (Cancelled)');
      $(el, '[part="view-toggle"]')!.click();
      await el.updateComplete;
      const [lima] = $$(el, '[part="list"] [part~="item"]');
      expect(lima.getAttribute('part')).to.equal('item item-upcoming');
      expect(textOf(lima.querySelector('[part="state"]'))).to.equal('Cancelled');
      await expect(el).to.be.accessible();
    });

    it('shows the list with <time> dates and places in the list view, and back', async () => {
      const el = await mountMap(
        html`<minga-series-map lang="en" src=${SEED_FEED} series=${SERIES}></minga-series-map>`,
      );
      const toggle = $(el, '[part="view-toggle"]')!;
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      expect($(el, '[part="list"]')!.hidden).to.be.true;
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      expect($(el, '[part="map"]')).to.equal(null);
      const items = $$(el, '[part="list"] [part~="item"]');
      expect(items.map((i) => textOf(i.querySelector('[part="venue"]')))).to.deep.equal([
        'Bamako, Mali',
        'Seoul, South Korea',
        'Liverpool, United Kingdom',
        'Iztapalapa, Mexico City, Mexico',
      ]);
      expect(datetimes(el)).to.deep.equal([
        '2019-04',
        '2019-10',
        '2019-11',
        '2019-12-09T12:30:00-06:00',
        '2019-12-09T20:00:00-06:00',
      ]);
      expect(textOf(items[3].querySelector('[part="when"]'))).to.contain('(Mexico City time, UTC\u22126)');
      await expect(el).to.be.accessible();
      toggle.click();
      await el.updateComplete;
      expect(markers(el).length).to.equal(4);
    });
  });
  describe('looks', () => {
    it('keeps labels legible, inside the map and apart in a narrow container', async () => {
      setNow('2019-12-09T13:00:00-06:00', { frozen: true });
      const el = await mountMap(
        html`<div style="inline-size: 320px">
          <minga-series-map lang="en" src=${SEED_FEED} series=${SERIES}></minga-series-map>
        </div>`,
      );
      const map = $(el, '[part="map"]')!.getBoundingClientRect();
      const shown = $$(el, '.group')
        .filter((g) => g.dataset.side !== 'hidden')
        .map((g) => g.querySelector('[part="label"]')!);
      // The label of the event under way is never the one left out, and it keeps its date.
      expect(shown.map((l) => textOf(l.querySelector('.place')))).to.include('Iztapalapa, Mexico City');
      expect(shown.map((l) => textOf(l))).to.include('Iztapalapa, Mexico City December 9, 2019');
      for (const l of shown) expect(l.querySelector('.date')!.checkVisibility(), `${textOf(l)}: date shown`).to.be.true;
      const dots = $$(el, '.dot').map((d) => d.getBoundingClientRect());
      const rects = shown.map((l) => l.getBoundingClientRect());
      const apart = (a: DOMRect, b: DOMRect) =>
        a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
      for (const [i, r] of rects.entries()) {
        expect(parseFloat(getComputedStyle(shown[i]).fontSize)).to.be.at.least(12);
        expect(
          r.left >= map.left && r.right <= map.right && r.top >= map.top && r.bottom <= map.bottom,
          'inside the map',
        ).to.be.true;
        for (const other of rects.slice(i + 1)) expect(apart(r, other), 'labels overlap').to.be.true;
        const own = shown[i].parentElement!.querySelector('.dot')!.getBoundingClientRect();
        for (const d of dots)
          if (d.left !== own.left || d.top !== own.top) expect(apart(r, d), 'a label covers a marker').to.be.true;
      }
      await expect(el).to.be.accessible();
    });

    it('takes land, water and route colours from --minga-map-* tokens, and has a dark theme', async () => {
      const el = await mountMap(
        html`<minga-series-map
          lang="en"
          theme="light"
          src=${SEED_FEED}
          series=${SERIES}
          route
          style="--minga-map-route-color: rgb(200, 0, 0)"></minga-series-map>`,
      );
      const paint = (part: string, property: 'fill' | 'stroke' = 'fill') =>
        getComputedStyle($(el, `[part="${part}"]`)!)[property];
      const light = { land: paint('land'), water: paint('water') };
      expect(paint('route', 'stroke')).to.equal('rgb(200, 0, 0)');
      el.setAttribute('theme', 'dark');
      await el.updateComplete;
      expect(paint('land')).not.to.equal(light.land);
      expect(paint('water')).not.to.equal(light.water);
      await expect(el).to.be.accessible();
      el.style.setProperty('--minga-map-land-color', 'rgb(1, 2, 3)');
      el.style.setProperty('--minga-map-water-color', 'rgb(4, 5, 6)');
      expect([paint('land'), paint('water')]).to.deep.equal(['rgb(1, 2, 3)', 'rgb(4, 5, 6)']);
    });

    it('does not mirror the world in a right-to-left page', async () => {
      const relative = async (dir: string) => {
        const el = await mountMap(
          html`<div dir=${dir} style="inline-size: 600px">
            <minga-series-map lang="en" src=${SEED_FEED} series=${SERIES}></minga-series-map>
          </div>`,
        );
        const box = $(el, 'svg')!.getBoundingClientRect();
        const at = $$(el, '.dot')
          .map(centre)
          .map(([x, y]) => [Math.round(x - box.left), Math.round(y - box.top)]);
        await expect(el).to.be.accessible();
        el.parentElement!.remove();
        return at;
      };
      const ltr = await relative('ltr');
      expect(await relative('rtl')).to.deep.equal(ltr);
      expect(ltr[1][0]).to.be.above(ltr[0][0]); // Seoul is east of Bamako either way
    });

    it('prints the map and the list of events, without the view toggle', async function () {
      await skipWithout(this, 'emulate-media');
      const el = await mountMap(
        html`<minga-series-map lang="en" src=${SEED_FEED} series=${SERIES}></minga-series-map>`,
      );
      await emulateMedia({ media: 'print' });
      try {
        expect(getComputedStyle($(el, '[part="list"]')!).display).not.to.equal('none');
        expect(getComputedStyle($(el, '[part="view-toggle"]')!).display).to.equal('none');
        expect($(el, '[part="map"]')!.getBoundingClientRect().height).to.be.above(0);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });
});
