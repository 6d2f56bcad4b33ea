/**
 * The drawn map: the world, the route and a marker per group of events, with its label and, when
 * open, its card. A function of what the element prepared, so the element stays short.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import { eventPhase, isCalledOff } from '../../feed/event-state.js';
import type { FeedEvent } from '../../feed/types.js';
import type { WorldGeometry } from '../../generated/world-110m.js';
import type { MarkerGroup, View } from './map-layout.js';
import { PHASE_PART } from './map-model.js';
import { datesOf, markerName, placeOf, renderItem, type MapContext } from './map-text.js';

/** Where everything goes, from the lazily loaded layout code. */
export interface Drawing {
  readonly world: WorldGeometry;
  readonly view: View;
  readonly groups: readonly MarkerGroup[];
  readonly route: string;
  /** The map's accessible name. */
  readonly label: string;
}

export interface DrawingHandlers {
  /** The id of the first event of the marker whose card is open. */
  readonly open?: string;
  select(group: MarkerGroup): void;
  close(): void;
}

/**
 * Inline styles for a `.style` property binding: the browser sets them through the CSSOM
 * (`style` forwards to `cssText`), which a strict Content-Security-Policy allows, unlike a style
 * attribute; and it costs nothing, where lit's styleMap adds half a kilobyte up front.
 */
const cssom = (text: string) => text as unknown as CSSStyleDeclaration;

export function renderDrawing(d: Drawing, m: MapContext, h: DrawingHandlers): TemplateResult {
  const { world: w, view: v } = d;
  return html`<div
    part="map"
    class="map"
    role="group"
    aria-label=${d.label}
    .style=${cssom(`aspect-ratio: ${w.width} / ${w.height}`)}>
    <svg viewBox="${v.x} ${v.y} ${v.width} ${v.height}" aria-hidden="true">
      <path part="water" class="water" d=${w.sphere}></path>
      <path part="land" class="land" d=${w.land}></path>
      <path part="borders" class="borders" d=${w.borders}></path>
      ${d.route ? svg`<path part="route" class="route" d=${d.route}></path>` : nothing}
    </svg>
    <ol class="markers">
      ${d.groups.map((g) => renderMarker(g, v, m, h))}
    </ol>
  </div>`;
}

function renderMarker(g: MarkerGroup, v: View, m: MapContext, h: DrawingHandlers): TemplateResult {
  const x = ((g.x - v.x) / v.width) * 100;
  const y = ((g.y - v.y) / v.height) * 100;
  const phases = g.events.map((e) => eventPhase(e, m.now));
  // A shared marker shows the liveliest of its events.
  const phase = (['live', 'upcoming', 'ended'] as const).find((s) => phases.includes(s))!;
  const calledOff = g.events.every(isCalledOff);
  const chosen = m.chosen && g.events.includes(m.chosen);
  const next = m.next && g.events.includes(m.next);
  const open = h.open === g.events[0].id;
  // Geography is not mirrored in right-to-left pages: positions and sides here are physical.
  // The label repeats the marker's name for the eye, so screen readers skip it; clicking it is
  // clicking the marker, which has the keyboard.
  const side = `${x > 60 ? 'west' : ''} ${y > 55 ? 'north' : ''}`;
  return html`<li
    class="group ${side} ${open ? 'open' : ''} ${chosen ? 'chosen' : ''} ${next ? 'next' : ''}"
    .style=${cssom(`left: ${x}%; top: ${y}%; --x: ${x}`)}>
    <button
      part="marker marker-${PHASE_PART[phase]} ${chosen ? 'marker-chosen' : ''} ${calledOff ? 'marker-called-off' : ''}"
      class="marker ${phase} ${chosen ? 'chosen' : ''} ${calledOff ? 'called-off' : ''}"
      type="button"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${open ? 'card' : nothing}
      aria-label=${markerName(g.events, m)}
      @click=${() => h.select(g)}>
      <span class="dot" data-count=${g.events.length > 1 ? g.events.length : nothing}></span>
    </button>
    <span part="label" class="label" aria-hidden="true" @click=${() => h.select(g)}>${renderLabel(g.events, m)}</span>
    ${
      open
        ? html`<div part="card" class="card" id="card">
            <button
              part="close"
              class="close"
              type="button"
              lang=${ifDefined(m.uiLang)}
              aria-label=${msg('Close')}
              @click=${h.close}>
              ×
            </button>
            <ul>
              ${g.events.map((e) => renderItem(e, m))}
            </ul>
          </div>`
        : nothing
    }
  </li>`;
}

/** The most events a label lists: a marker shared by hundreds would have a label taller than the map. */
const LABEL_LINES = 3;

/**
 * A marker's label: the city and dates of its events; of a marker shared by more, the chosen and
 * next events first, then the earliest, and "and 12 more" (its name and card list them all).
 */
function renderLabel(events: readonly FeedEvent[], c: MapContext): TemplateResult[] {
  let shown = events;
  if (events.length > LABEL_LINES) {
    const keep = new Set([c.chosen, c.next].filter((e) => e && events.includes(e)));
    for (const e of events) if (keep.size < LABEL_LINES - 1) keep.add(e);
    shown = events.filter((e) => keep.has(e));
  }
  const lines = shown.map(
    (e) =>
      html`<span class="place">${placeOf(e, c)}</span>
        <span class="date">${datesOf(e, c)}</span> `,
  );
  const more = events.length - shown.length;
  if (more) lines.push(html`<span class="more" lang=${ifDefined(c.uiLang)}>${msg(str`and ${more} more`)}</span>`);
  return lines;
}
