/**
 * What a series map shows, as plain data: which events, in which state, where in the frame, the
 * part of the world in view, and which markers are close enough to share one marker.
 */
import type { Feed, FeedEvent } from '../../feed/types.js';
import { eventSpan, eventsOfSeries, selectEvent } from '../../feed/select-event.js';
import { project, type MapFrame } from './equal-earth.js';

export type MapState = 'past' | 'live' | 'upcoming';

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
/** Markers closer than this share of the view's width share one marker. */
const GROUP_DISTANCE = 0.05;

/** The events of a series in date order, or without a series every event of the feed that has a location. */
export function mapEvents(feed: Feed, series?: string): FeedEvent[] {
  if (series) return eventsOfSeries(feed, series);
  return feed.events.filter((e) => e.location).sort((a, b) => eventSpan(a).start - eventSpan(b).start);
}

/** True when the feed knows the series, declared or named by an event. */
export function hasSeries(feed: Feed, series: string): boolean {
  return feed.series.some((s) => s.id === series) || feed.events.some((e) => e.series === series);
}

/**
 * Past, live or upcoming at `now`. As in the countdown, an event dated by month, day or year is
 * never "live": during April nobody knows whether an April event is under way, only when it is over.
 */
export function mapState(event: FeedEvent, now: number): MapState {
  const { start, end } = eventSpan(event);
  if (now >= end) return 'past';
  return now >= start && event.start.precision === 'time' ? 'live' : 'upcoming';
}

/** The event that stands out: the one asked for, else the one under way or next, else the latest. */
export function chosenEvent(events: FeedEvent[], feed: Feed, eventId: string | undefined, now: number): FeedEvent | undefined {
  return eventId ? events.find((e) => e.id === eventId) : selectEvent({ ...feed, events }, undefined, now);
}

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
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
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
    width, height,
  };
}

/**
 * Markers in date order, those closer than 5% of the view's width to an earlier one merged into
 * it (Iztapalapa and Mexico City, a few kilometres apart, are one marker listing both); a merged
 * marker sits at the mean of its places.
 */
export function groupMarkers(placed: readonly { event: FeedEvent; at: readonly [number, number] }[], view: View): MarkerGroup[] {
  const groups: { events: FeedEvent[]; points: (readonly [number, number])[]; x: number; y: number }[] = [];
  const near = view.width * GROUP_DISTANCE;
  for (const { event, at } of placed) {
    const group = groups.find((g) => Math.hypot(g.x - at[0], g.y - at[1]) < near);
    if (!group) {
      groups.push({ events: [event], points: [at], x: at[0], y: at[1] });
      continue;
    }
    group.events.push(event);
    group.points.push(at);
    group.x = group.points.reduce((s, p) => s + p[0], 0) / group.points.length;
    group.y = group.points.reduce((s, p) => s + p[1], 0) / group.points.length;
  }
  return groups.map(({ events, x, y }) => ({ events, x, y }));
}

/**
 * SVG path data joining the markers of `events` in date order, with gentle curves (a straight
 * line in Equal Earth is no shorter a journey than a curve, and curves keep legs apart).
 */
export function routePath(events: readonly FeedEvent[], groups: readonly MarkerGroup[]): string {
  const stops: MarkerGroup[] = [];
  for (const event of events) {
    const group = groups.find((g) => g.events.includes(event));
    if (group && group !== stops[stops.length - 1]) stops.push(group);
  }
  if (stops.length < 2) return '';
  const r = (n: number) => Math.round(n * 10) / 10;
  return stops.map((g, i) => {
    if (!i) return `M${r(g.x)} ${r(g.y)}`;
    const from = stops[i - 1];
    // The control point sits off the middle, a fifth of the leg's length to its left.
    const cx = (from.x + g.x) / 2 + (g.y - from.y) / 5;
    const cy = (from.y + g.y) / 2 - (g.x - from.x) / 5;
    return `Q${r(cx)} ${r(cy)} ${r(g.x)} ${r(g.y)}`;
  }).join('');
}
