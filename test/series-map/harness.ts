/**
 * Test harness for <minga-series-map>: mounting it with a feed (waiting for the drawing), finding
 * its markers, labels and card, reading what they show and say, and where the map puts a point.
 * Shared mounting and clean-up are in test/support/fixture.ts.
 */
import { waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/minga-widgets.js';
import type { MingaSeriesMap } from '../../src/components/series-map/series-map.js';
import { $, $$, mount, testFeed, textOf } from '../support/fixture.js';

/** Renders a template holding one map, waits for its feed and, unless it shows a list or a message, its drawing. */
export async function mountMap(template: TemplateResult): Promise<MingaSeriesMap> {
  const el = await mount<MingaSeriesMap>(template, 'minga-series-map');
  await waitUntil(
    () => el.shadowRoot!.querySelector('svg, [part="list"]:not([hidden]), [part~="message"]:not(.map *)'),
    'the map is drawn',
    { timeout: 5000 },
  );
  await el.updateComplete;
  return el;
}

/** A test-only feed: one series of events at the given places (no geo when lat is null), a month apart from 2030. */
export function seriesFeed(
  places: [id: string, city: string, lat: number | null, lon: number | null][],
  series = 'tour',
) {
  return testFeed(
    places.map(([id, city, lat, lon], i) => ({
      id,
      name: `Meeting in ${city}`,
      series,
      timeZone: 'UTC',
      start: `2030-${String(i + 1).padStart(2, '0')}`,
      location: { locality: city, ...(lat === null || lon === null ? {} : { geo: { lat, lon } }) },
    })),
    { series: [{ id: series, name: 'Test tour' }] },
  );
}

export const markers = (el: Element) => $$(el, '[part~="marker"]');
/** What a screen reader announces for each marker, in tab order. */
export const markerNames = (el: Element) => markers(el).map((m) => m.getAttribute('aria-label') ?? '');
/** Each marker's parts besides `marker`: `marker-past`, `marker-live marker-chosen`… */
export const markerParts = (el: Element) =>
  markers(el).map((m) =>
    m
      .getAttribute('part')!
      .split(/\s+/)
      .filter((p) => p && p !== 'marker')
      .join(' '),
  );
/** The text of each marker's visible label. */
export const labels = (el: Element) => $$(el, '[part="label"]').map(textOf);
/** The names of the events in the open card. */
export const cardNames = (el: Element) => $$(el, '[part="card"] .name').map(textOf);
/** The element focused inside the map's shadow root, as a screen reader names it. */
export const focused = (el: Element) => {
  const active = el.shadowRoot!.activeElement;
  return active ? (active.getAttribute('aria-label') ?? textOf(active)) : '';
};

/** The centre of an element on screen, in CSS pixels. */
export function centre(node: Element): [number, number] {
  const r = node.getBoundingClientRect();
  return [r.left + r.width / 2, r.top + r.height / 2];
}

/** The map's viewBox, and where a point of the frame falls on screen. */
export function screenOf(el: Element) {
  const svg = $(el, 'svg') as unknown as SVGSVGElement;
  const v = svg.viewBox.baseVal;
  const box = svg.getBoundingClientRect();
  return {
    view: { x: v.x, y: v.y, width: v.width, height: v.height },
    at: ([x, y]: readonly number[]): [number, number] => [
      box.left + ((x - v.x) / v.width) * box.width,
      box.top + ((y - v.y) / v.height) * box.height,
    ],
  };
}
