import { fixture, html, waitUntil } from '@open-wc/testing';
import type { MingaSeriesMap } from '../../src/components/series-map/series-map.js';

/** Renders a template holding one map, waits for its feed and, unless it shows a list or a message, its drawing. */
export async function seriesMap(template: ReturnType<typeof html>): Promise<MingaSeriesMap> {
  const found = await fixture<HTMLElement>(template);
  const el = (found.localName === 'minga-series-map' ? found : found.querySelector('minga-series-map')) as MingaSeriesMap;
  await el.feedComplete;
  await waitUntil(() => el.shadowRoot!.querySelector('svg, [part="list"]:not([hidden]), [part~="message"]:not(.map *)'),
    'the map is drawn', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

export const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
export const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
export const markers = (el: Element) => $$(el, '[part~="marker"]');
/** What a screen reader announces for each marker, in tab order. */
export const markerNames = (el: Element) => markers(el).map((m) => m.getAttribute('aria-label') ?? '');
/** The text of each marker's visible label. */
export const labels = (el: Element) => $$(el, '[part="label"]').map((l) => (l.textContent ?? '').replace(/\s+/g, ' ').trim());
export const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

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
    at: ([x, y]: readonly number[]): [number, number] =>
      [box.left + ((x - v.x) / v.width) * box.width, box.top + ((y - v.y) / v.height) * box.height],
  };
}

/** A test-only feed: one series of events at the given places (no geo when lat is null), a month apart from 2030. */
export function seriesFeed(places: [id: string, city: string, lat: number | null, lon: number | null][], series = 'tour') {
  return {
    version: 1, defaultLanguage: 'en',
    series: [{ id: series, name: 'Test tour' }],
    events: places.map(([id, city, lat, lon], i) => ({
      id, name: `Meeting in ${city}`, series, timeZone: 'UTC', start: `2030-${String(i + 1).padStart(2, '0')}`,
      location: { locality: city, ...(lat === null || lon === null ? {} : { geo: { lat, lon } }) },
    })),
  };
}
