/**
 * The lines above an agenda's programme: which zone its times are in (with the switch to the
 * other one) and the track filter. Functions of what the agenda prepared and of its controls.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import type { Feed, FeedEvent, LocalizedText } from '../../feed/types.js';
import { eventSpan } from '../../feed/event-state.js';
import { zoneLabel } from '../../base/zone-label.js';
import { spanPrecision } from '../../time/types.js';
import { viewerZone } from '../../time/zone.js';
import { sameOffsets, type Programme } from './agenda-model.js';

export interface ZoneLineContext {
  readonly event: FeedEvent;
  /** The zone times are shown in. */
  readonly zone: string;
  /** The zone the switch leads to; undefined when it would show the same times. */
  readonly other?: string;
  readonly switched: boolean;
  ui(words: string): TemplateResult | string;
  switchZone(): void;
}

/** "Times are in Mexico City time, UTC−6." and, when another zone differs from it, the switch. */
export function renderZoneLine({ event, zone, other, switched, ui, switchZone }: ZoneLineContext) {
  // No times shown (no sessions, and the header's dates are days, months or years): nothing to label.
  if (!event.sessions.length && spanPrecision(event.start, event.end) !== 'time') return nothing;
  const span = eventSpan(event);
  const label = (z: string) => zoneLabel(z, span.start, span.end - 1);
  const mine = viewerZone();
  return html`<p part="zone" class="zone-line">
    <span>${ui(msg(str`Times are in ${label(zone)}.`))}</span>
    ${!sameOffsets(zone, event.timeZone, event)
      ? html`<span>${ui(msg(str`The event takes place in ${label(event.timeZone)}.`))}</span>`
      : !sameOffsets(zone, mine, event)
        ? html`<span>${ui(msg(str`Your time zone is ${label(mine)}.`))}</span>`
        : nothing}
    ${other === undefined ? nothing : html`<button part="zone-switch" class="button" type="button"
      aria-pressed=${switched ? 'true' : 'false'} @click=${switchZone}>${ui(other === mine
        ? msg('Show times in my time zone') : msg("Show times in the event's time zone"))}</button>`}
  </p>`;
}

export interface FilterContext {
  readonly feed: Feed;
  readonly programme: Programme;
  /** The track shown, or undefined for all. */
  readonly track?: number;
  /** False until the viewer has used the filter: its status line speaks only after that. */
  readonly filtered: boolean;
  readonly uiLang?: string;
  text(value: LocalizedText | undefined): TemplateResult | string;
  ui(words: string): TemplateResult | string;
  filterBy(track: number | undefined): void;
}

/** A button per track and one for all, when the sessions have two tracks or more. */
export function renderTrackFilter(c: FilterContext) {
  const p = c.programme;
  if (!p.tracks.length) return nothing;
  const button = (value: number | undefined, label: unknown) => html`<button class="button" type="button"
    aria-pressed=${c.track === value ? 'true' : 'false'} @click=${() => c.filterBy(value)}>${label}</button>`;
  // The status line is always there, empty until the filter is used, so the first change is announced.
  const status = !c.filtered ? '' : c.track === undefined
    ? msg(str`Showing all ${p.total} sessions.`) : msg(str`Showing ${p.shown} of ${p.total} sessions.`);
  return html`<div part="filter" class="filter" role="group" aria-label=${msg('Filter by track')}>
    ${button(undefined, c.ui(msg('All tracks')))}
    ${p.tracks.map(([id, name]) => button(id, c.text(name)))}
    <span role="status" class="count" lang=${ifDefined(c.uiLang)}>${status}</span>
  </div>`;
}
