import { expect } from '@open-wc/testing';
import { geoEqualEarth } from 'd3-geo';
import { world } from '../../src/generated/world-110m.js';
import { project } from '../../src/components/series-map/equal-earth.js';
import { fitView, groupMarkers, routePath } from '../../src/components/series-map/map-layout.js';
import { validateFeed } from '../../src/feed/validate.js';
import type { FeedEvent } from '../../src/feed/types.js';

// d3-geo is the oracle, as luxon is for wall times: the world was projected with it at build
// time (scripts/world-geometry.mjs), and the markers must land where it would put them.
const d3 = geoEqualEarth()
  .scale(world.scale)
  .translate([world.width / 2, world.height / 2]);

/** Test-only events at the given places, one a month from January 2030. */
function events(...places: [string, number, number][]): FeedEvent[] {
  const { feed } = validateFeed({
    version: 1,
    defaultLanguage: 'en',
    events: places.map(([id, lat, lon], i) => ({
      id,
      name: id,
      timeZone: 'UTC',
      start: `2030-${String(i + 1).padStart(2, '0')}`,
      location: { geo: { lat, lon } },
    })),
  });
  return [...feed.events];
}
const placed = (list: FeedEvent[]) =>
  list.map((event) => ({ event, at: project(world, event.location!.geo!.lon, event.location!.geo!.lat) }));
const contains = (v: { x: number; y: number; width: number; height: number }, [x, y]: readonly number[]) =>
  x > v.x && x < v.x + v.width && y > v.y && y < v.y + v.height;

describe('series map: projection and layout', () => {
  it('projects like d3-geo geoEqualEarth with the same scale and translate, everywhere on the globe', () => {
    let checked = 0;
    for (let lat = -90; lat <= 90; lat += 7.5) {
      for (let lon = -180; lon <= 180; lon += 7.5) {
        const [x, y] = project(world, lon, lat);
        const [ex, ey] = d3([lon, lat])!;
        expect(x, `x at ${lon}, ${lat}`).to.be.closeTo(ex, 1e-6);
        expect(y, `y at ${lon}, ${lat}`).to.be.closeTo(ey, 1e-6);
        checked++;
      }
    }
    expect(checked).to.equal(25 * 49);
    // Seoul, from the sample feed: a known coordinate and d3-geo's projection of it.
    const [x, y] = project(world, 126.978, 37.5665);
    const [ex, ey] = d3([126.978, 37.5665])!;
    expect([x, y].map((n) => n.toFixed(3))).to.deep.equal([ex, ey].map((n) => n.toFixed(3)));
  });

  it('keeps the whole globe inside the generated frame', () => {
    for (const [lon, lat] of [
      [-180, 0],
      [180, 0],
      [0, 90],
      [0, -90],
      [-180, 60],
      [180, -60],
    ]) {
      const [x, y] = project(world, lon, lat);
      expect(x).to.be.within(0, world.width);
      expect(y).to.be.within(0, world.height);
    }
    expect(world.width / world.height).to.be.closeTo(2.05, 0.01); // Equal Earth's proportions
  });

  it('zooms to a regional series, with every marker inside and padded', () => {
    const europe = placed(
      events(['liverpool', 53.4084, -2.9916], ['paris', 48.8566, 2.3522], ['madrid', 40.4168, -3.7038]),
    );
    const view = fitView(
      world,
      europe.map((p) => p.at),
    );
    expect(view.width).to.be.below(world.width * 0.25);
    expect(view.width / view.height).to.be.closeTo(world.width / world.height, 1e-9);
    for (const { at } of europe) {
      expect(contains(view, at)).to.be.true;
      expect(at[0] - view.x).to.be.above(view.width * 0.1);
      expect(view.x + view.width - at[0]).to.be.above(view.width * 0.1);
    }
  });

  it('shows the whole world for a series on four continents, and for none', () => {
    const seed = placed(
      events(
        ['bamako', 12.6392, -8.0029],
        ['seoul', 37.5665, 126.978],
        ['liverpool', 53.4084, -2.9916],
        ['iztapalapa', 19.3574, -99.0671],
      ),
    );
    const whole = { x: 0, y: 0, width: world.width, height: world.height };
    expect(
      fitView(
        world,
        seed.map((p) => p.at),
      ),
    ).to.deep.equal(whole);
    expect(fitView(world, [])).to.deep.equal(whole);
  });

  it('never zooms closer than a region, even for one event, and stays inside the world', () => {
    const [one] = placed(events(['wellington', -41.2866, 174.7756]));
    const view = fitView(world, [one.at]);
    expect(view.width).to.be.closeTo(world.width * 0.15, 1e-9);
    expect(view.x + view.width).to.be.at.most(world.width);
    expect(contains(view, one.at)).to.be.true;
  });

  it("groups places a few kilometres apart into one marker, at the first one's place, and keeps distant ones apart", () => {
    const list = placed(
      events(['iztapalapa', 19.3574, -99.0671], ['mexico-city', 19.4326, -99.1332], ['bogota', 4.711, -74.0721]),
    );
    const view = fitView(
      world,
      list.map((p) => p.at),
    );
    const groups = groupMarkers(list, view, 320);
    expect(groups.map((g) => g.events.map((e) => e.id))).to.deep.equal([['iztapalapa', 'mexico-city'], ['bogota']]);
    expect([groups[0].x, groups[0].y]).to.deep.equal([...list[0].at]);
  });

  it('merges only markers that would overlap on screen, and never chains a region into one', () => {
    const whole = { x: 0, y: 0, width: world.width, height: world.height };
    const asia = placed(events(['seoul', 37.5665, 126.978], ['tokyo', 35.6762, 139.6503]));
    // About 1,150 km apart: 36 pixels on a 1000-pixel world map, 9 on a 250-pixel one.
    expect(groupMarkers(asia, whole, 1000)).to.have.length(2);
    expect(groupMarkers(asia, whole, 250)).to.have.length(1);
    // Towns every 2° along the equator: on a 320-pixel world map each is about 4 pixels from the
    // next; a group holds only towns within a marker's width of all its others.
    const towns = placed(
      events(...Array.from({ length: 12 }, (_, i) => [`t${i}`, 0, i * 2] as [string, number, number])),
    );
    for (const g of groupMarkers(towns, whole, 320)) {
      const xs = g.events.map((e) => towns.find((t) => t.event === e)!.at[0]);
      expect(((Math.max(...xs) - Math.min(...xs)) * 320) / world.width).to.be.below(24);
    }
  });

  it('joins the markers in date order for the route, once per stop', () => {
    const list = placed(events(['a', 0, 0], ['b', 0.01, 0.01], ['c', 40, 40]));
    const groups = groupMarkers(
      list,
      fitView(
        world,
        list.map((p) => p.at),
      ),
      640,
    );
    const route = routePath(
      list.map((p) => p.event),
      groups,
    );
    expect(route.match(/[MQ]/g)).to.deep.equal(['M', 'Q']);
    expect(
      routePath(
        list.slice(0, 2).map((p) => p.event),
        groups,
      ),
    ).to.equal('');
  });
});

/**
 * The grouping as first written, trying every earlier marker in turn: the reference the grid
 * search must agree with.
 */
function bruteForceGroups(list: { event: FeedEvent; at: readonly [number, number] }[], near: number): string[][] {
  const groups: { ids: string[]; points: (readonly [number, number])[] }[] = [];
  for (const { event, at } of list) {
    const group = groups.find((g) => g.points.every((p) => Math.hypot(p[0] - at[0], p[1] - at[1]) < near));
    if (group) {
      group.ids.push(event.id);
      group.points.push(at);
    } else groups.push({ ids: [event.id], points: [at] });
  }
  return groups.map((g) => g.ids);
}

/** Test-only events at the given places, one a day from 1 January 2030 (`events` has one a month, for a year). */
function manyEvents(places: [string, number, number][]): FeedEvent[] {
  const { feed } = validateFeed({
    version: 1,
    defaultLanguage: 'en',
    events: places.map(([id, lat, lon], i) => ({
      id,
      name: id,
      timeZone: 'UTC',
      start: new Date(Date.UTC(2030, 0, 1 + i)).toISOString().slice(0, 10),
      location: { geo: { lat, lon } },
    })),
  });
  expect(feed.events.length).to.equal(places.length);
  return [...feed.events];
}

/** A repeatable sequence of numbers in [0, 1), for random inputs that fail the same way twice. */
function random(seed: number): () => number {
  return () => (seed = (seed * 16807) % 2147483647) / 2147483647;
}

describe('series map: grouping at scale', () => {
  it('groups like trying every earlier marker, on random places at every scale', () => {
    const whole = { x: 0, y: 0, width: world.width, height: world.height };
    for (let round = 0; round < 12; round++) {
      const next = random(round + 1);
      // Some rounds spread over the world, some crowd a small region; some repeat places exactly.
      const spread = round % 3 === 0 ? 2 : round % 3 === 1 ? 40 : 180;
      const [lat0, lon0] = [next() * 100 - 50, next() * 300 - 150];
      const n = 200 + Math.floor(next() * 600);
      const fictional: [string, number, number][] = [];
      for (let i = 0; i < n; i++) {
        const repeat = round % 2 && i && next() < 0.2 ? fictional[Math.floor(next() * i)] : undefined;
        fictional.push([
          `fictional-${round}-${i}`,
          repeat?.[1] ?? Math.max(-80, Math.min(80, lat0 + (next() - 0.5) * spread)),
          repeat?.[2] ?? Math.max(-180, Math.min(180, lon0 + (next() - 0.5) * spread * 2)),
        ]);
      }
      const list = placed(manyEvents(fictional));
      for (const pixelWidth of [240, 1000, 4000]) {
        const view =
          round % 4
            ? fitView(
                world,
                list.map((p) => p.at),
              )
            : whole;
        const near = (view.width * 24) / pixelWidth;
        const got = groupMarkers(list, view, pixelWidth);
        expect(
          got.map((g) => g.events.map((e) => e.id)),
          `round ${round}, ${pixelWidth} px`,
        ).to.deep.equal(bruteForceGroups(list, near));
        for (const g of got) expect([g.x, g.y]).to.deep.equal([...list.find((p) => p.event === g.events[0])!.at]);
      }
    }
  });

  it('joins thousands of events into a route through each marker once per stop, in date order', () => {
    const next = random(7);
    const list = placed(
      manyEvents(
        Array.from(
          { length: 2000 },
          (_, i) => [`fictional-${i}`, next() * 140 - 65, next() * 360 - 180] as [string, number, number],
        ),
      ),
    );
    const whole = { x: 0, y: 0, width: world.width, height: world.height };
    const groups = groupMarkers(list, whole, 1000);
    const markerOf = new Map(groups.flatMap((g) => g.events.map((e) => [e, g] as const)));
    // Each event is in exactly one marker.
    expect(groups.reduce((n, g) => n + g.events.length, 0)).to.equal(2000);
    expect(markerOf.size).to.equal(2000);
    const stops = list.map((p) => markerOf.get(p.event)!).filter((g, i, all) => g !== all[i - 1]);
    const route = routePath(
      list.map((p) => p.event),
      groups,
    );
    expect(route.match(/[MQ]/g)!.length).to.equal(stops.length);
  });
});
