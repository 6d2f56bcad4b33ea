/**
 * Where things go on a series map: each event's place in the frame, the part of the world in view,
 * which markers are close enough to share one, and the route between them. Loaded only when a map
 * appears, with the world geometry (world-map.ts).
 */
import type { FeedEvent } from '../../feed/types.js';
import { project, type MapFrame } from './equal-earth.js';

/** A part of the frame, as an SVG viewBox. */
export interface View {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** One marker: one event, or several at nearby places. */
export interface MarkerGroup {
  /** In date order. */
  readonly events: readonly FeedEvent[];
  /** Position in the frame. */
  readonly x: number;
  readonly y: number;
}

/** Padding around the markers, as a share of their extent on each side. */
const PADDING = 0.2;
/** The smallest view, as a share of the world's width: the 1:110m coastlines cannot show a city. */
const MIN_SPAN = 0.15;
/** A view wider or taller than this share of the world shows the whole world. */
const WORLD_AT = 0.6;
/** Markers closer than this on screen, in CSS pixels, would overlap: the marker button is 1.5rem. */
const GROUP_PIXELS = 24;

/** Where an event's marker goes in the frame, or undefined without coordinates. */
export function placeOf(event: FeedEvent, frame: MapFrame): [number, number] | undefined {
  const geo = event.location?.geo;
  return geo && project(frame, geo.lon, geo.lat);
}

/**
 * The view that holds `points` with padding, in the frame's proportions (so the map keeps its
 * shape whatever it shows), inside the frame; the whole world for a world-wide series or none.
 */
export function fitView(frame: MapFrame, points: readonly (readonly [number, number])[]): View {
  const world = { x: 0, y: 0, width: frame.width, height: frame.height };
  if (!points.length) return world;
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const [x, y] of points) [x0, x1, y0, y1] = [Math.min(x0, x), Math.max(x1, x), Math.min(y0, y), Math.max(y1, y)];
  const aspect = frame.width / frame.height;
  let width = Math.max((x1 - x0) * (1 + 2 * PADDING), frame.width * MIN_SPAN);
  let height = (y1 - y0) * (1 + 2 * PADDING);
  if (width / aspect < height) width = height * aspect;
  else height = width / aspect;
  if (width > frame.width * WORLD_AT) return world;
  const clamp = (v: number, size: number, max: number) => Math.min(Math.max(v, 0), max - size);
  return {
    x: clamp((x0 + x1 - width) / 2, width, frame.width),
    y: clamp((y0 + y1 - height) / 2, height, frame.height),
    width,
    height,
  };
}

/**
 * Markers in date order; an event joins an earlier marker only when its place is within a
 * marker's width on screen of every event already there, so markers never overlap and groups
 * never chain across a region (Iztapalapa and Mexico City, a few kilometres apart, are one marker
 * listing both; Seoul and Tokyo on a 1000-pixel world map are two). A shared marker sits at its
 * first event's place, a real one, never at an average that is nowhere.
 *
 * Of the markers it could join, an event joins the earliest. Those are found in a grid of cells a
 * marker's width wide: a marker's first place is within that width of the event, so it is filed
 * under its first place's cell and looked for in the event's cell and the eight around it. Near
 * linear for thousands of events, and the same markers as trying every earlier one.
 */
export function groupMarkers(
  placed: readonly { event: FeedEvent; at: readonly [number, number] }[],
  view: View,
  pixelWidth: number,
): MarkerGroup[] {
  const near = (view.width * GROUP_PIXELS) / Math.max(pixelWidth, 1);
  const groups: Cluster[] = [];
  const cells = new Map<string, number[]>();
  // A hair wider than `near`, so rounding never puts places nearer than that two cells apart.
  const cell = near * (1 + 1e-9);
  const cellOf = (v: number) => Math.floor(v / cell);
  // Plain loops and indices, no destructuring: this runs before the optimizing compiler gets to it.
  for (const { event, at } of placed) {
    const cx = cellOf(at[0]);
    const cy = cellOf(at[1]);
    let best = -1;
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        const list = cells.get(`${cx + dx} ${cy + dy}`);
        if (!list) continue;
        for (let k = 0; k < list.length; k++) {
          const i = list[k];
          if ((best < 0 || i < best) && joins(groups[i], at, near)) best = i;
        }
      }
    }
    if (best >= 0) {
      const g = groups[best];
      g.events.push(event);
      g.points.push(at);
      const b = g.box;
      b[0] = Math.min(b[0], at[0]);
      b[1] = Math.min(b[1], at[1]);
      b[2] = Math.max(b[2], at[0]);
      b[3] = Math.max(b[3], at[1]);
    } else {
      const key = `${cx} ${cy}`;
      const list = cells.get(key);
      if (list) list.push(groups.length);
      else cells.set(key, [groups.length]);
      groups.push({ events: [event], points: [at], box: [at[0], at[1], at[0], at[1]] });
    }
  }
  return groups.map(({ events, points }) => ({ events, x: points[0][0], y: points[0][1] }));
}

/** A marker being grouped: its events, their places, and the box around them. */
interface Cluster {
  events: FeedEvent[];
  points: (readonly [number, number])[];
  box: [x0: number, y0: number, x1: number, y1: number];
}

/** Whether `at` is within `near` of every place of `g`: the box's corners settle most cases at once. */
function joins(g: Cluster, at: readonly [number, number], near: number): boolean {
  const b = g.box;
  if (within(Math.max(at[0] - b[0], b[2] - at[0]), Math.max(at[1] - b[1], b[3] - at[1]), near)) return true;
  const p = g.points;
  if (!within(p[0][0] - at[0], p[0][1] - at[1], near)) return false;
  for (let k = 1; k < p.length; k++) if (!within(p[k][0] - at[0], p[k][1] - at[1], near)) return false;
  return true;
}

/** `Math.hypot(dx, dy) < near`, by squares unless too close to call (hypot is slow, and rounds otherwise). */
function within(dx: number, dy: number, near: number): boolean {
  const d = (dx * dx + dy * dy) / (near * near);
  return d < 1 - 1e-9 || (d <= 1 + 1e-9 && Math.hypot(dx, dy) < near);
}

/** Whether two layouts have the same markers for the same events: a resize that keeps them needs no new render. */
export function sameMarkers(a: readonly MarkerGroup[], b: readonly MarkerGroup[]): boolean {
  return (
    a.length === b.length &&
    a.every((g, i) => g.events.length === b[i].events.length && g.events.every((e, j) => e === b[i].events[j]))
  );
}

/**
 * SVG path data joining the markers of `events` in date order, with gentle curves (a straight
 * line in Equal Earth is no shorter a journey than a curve, and curves keep legs apart).
 */
export function routePath(events: readonly FeedEvent[], groups: readonly MarkerGroup[]): string {
  const markerOf = new Map<FeedEvent, MarkerGroup>();
  for (const g of groups) for (const e of g.events) markerOf.set(e, g);
  const stops: MarkerGroup[] = [];
  for (const event of events) {
    const group = markerOf.get(event);
    if (group && group !== stops[stops.length - 1]) stops.push(group);
  }
  if (stops.length < 2) return '';
  const r = (n: number) => Math.round(n * 10) / 10;
  return stops
    .map((g, i) => {
      if (!i) return `M${r(g.x)} ${r(g.y)}`;
      const from = stops[i - 1];
      // The control point sits off the middle, a fifth of the leg's length to its left.
      const cx = (from.x + g.x) / 2 + (g.y - from.y) / 5;
      const cy = (from.y + g.y) / 2 - (g.x - from.x) / 5;
      return `Q${r(cx)} ${r(cy)} ${r(g.x)} ${r(g.y)}`;
    })
    .join('');
}

/** Everything a map draws from its events (in date order): the view, the markers and the route. */
export function layoutMap(
  frame: MapFrame,
  events: readonly FeedEvent[],
  options: { wholeWorld: boolean; route: boolean; pixelWidth: number },
) {
  const placed = events.flatMap((event) => {
    const at = placeOf(event, frame);
    return at ? [{ event, at }] : [];
  });
  const view = fitView(frame, options.wholeWorld ? [] : placed.map((p) => p.at));
  const groups = groupMarkers(placed, view, options.pixelWidth);
  return { view, groups, route: options.route ? routePath(events, groups) : '' };
}
