/**
 * The words of a series map, the same on a marker, in its card, in the list and under the map:
 * each event's details, its label and the name screen readers announce for its marker.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import type { Feed, FeedEvent, LocalizedText } from '../../feed/types.js';
import { textIn } from '../../feed/text.js';
import { countryName } from '../../feed/venue.js';
import { eventPhase, eventState } from '../../feed/event-state.js';
import { renderWhen } from '../../base/zone-label.js';
import { listSeparator } from '../../base/text.js';
import { eventsAtMarker } from '../../base/counts.js';
import { stateText } from '../../base/state-text.js';
import { formatDates } from '../../time/format.js';
import { uiLocaleOf, uiLocaleVersion } from '../../internal/ui-locale.js';
import { PHASE_PART } from './map-model.js';

/** What one render of a map is made with. */
export interface MapContext {
  readonly feed: Feed;
  /** The events mapped, in date order. */
  readonly events: readonly FeedEvent[];
  /** The event that stands out, if any. */
  readonly chosen?: FeedEvent;
  /** The event under way or next (else the latest), whose label is kept like the chosen one's. */
  readonly next?: FeedEvent;
  readonly now: number;
  readonly language: string;
  /** The UI strings' language when it is not the element's (one UI language per page), for their `lang`. */
  readonly uiLang?: string;
  /** A feed text in the element's language, marked with its own language when it falls back. */
  text(value: LocalizedText | undefined): TemplateResult | string;
  /** The zone the event's times are shown in. */
  zone(event: FeedEvent): string;
}

/** An event's name, state, dates and place, as a list item. */
export function renderItem(e: FeedEvent, c: MapContext): TemplateResult {
  const phase = eventPhase(e, c.now);
  const name = c.text(e.name);
  const country = e.location?.country ? countryName(e.location.country, c.language) : '';
  const place = placeOf(e, c);
  return html`<li part="item item-${PHASE_PART[phase]}" class="item ${phase} ${e === c.chosen ? 'chosen' : ''}">
    <span class="name">${e.url ? html`<a href=${e.url}>${name}</a>` : name}</span>
    <span part="state" class="state" lang=${ifDefined(c.uiLang)}>${stateText(eventState(e, c.now))}</span>
    <span part="when" class="when">${renderWhen(e.start, e.end, c.language, c.zone(e), c.uiLang)}</span>
    ${place || country ? html`<span part="venue" class="venue">${place}${place && country ? ', ' : ''}${country}</span>` : nothing}
  </li>`;
}

/** "Seoul, October 2019: GSEF policy dialogue in Asia (Ended)"; "2 events: …; …" for a shared marker. */
export function markerName(events: readonly FeedEvent[], c: MapContext): string {
  const names = events.map((e) => eventName(e, c)).join(listSeparator());
  const n = events.length;
  if (n === 1) return names;
  return eventsAtMarker(n, names);
}

/**
 * Each event's words, with what they were made from: a resize regroups thousands of markers, and
 * their names and dates are the same as before.
 */
const made = new WeakMap<FeedEvent, { name?: [string, string]; dates?: [string, string] }>();

function cached(e: FeedEvent, kind: 'name' | 'dates', key: string, make: () => string): string {
  const words = made.get(e) ?? {};
  made.set(e, words);
  const hit = words[kind];
  if (hit?.[0] === key) return hit[1];
  const text = make();
  words[kind] = [key, text];
  return text;
}

/** "Seoul, October 2019: GSEF policy dialogue in Asia (Ended)" */
function eventName(e: FeedEvent, c: MapContext): string {
  const stage = eventState(e, c.now);
  // The UI words' locale and version: the words change when new UI strings arrive.
  const key = `${uiLocaleOf(c.language)} ${uiLocaleVersion()} ${c.language} ${c.zone(e)} ${stage}`;
  return cached(e, 'name', key, () => {
    const t = (v: LocalizedText | undefined) => textIn(v, c.language, c.feed.defaultLanguage);
    const place = t(e.location?.locality) || t(e.location?.name);
    const [name, date, state] = [t(e.name), datesOf(e, c), stateText(stage)];
    return place ? msg(str`${place}, ${date}: ${name} (${state})`) : msg(str`${date}: ${name} (${state})`);
  });
}

/** The city: the location's locality, else the venue's name. */
export function placeOf(e: FeedEvent, c: MapContext): TemplateResult | string {
  const l = e.location;
  return l?.locality ? c.text(l.locality) : l?.name ? c.text(l.name) : '';
}

/** "April 2019", "December 9, 2019": partial dates as written, no time of day. */
export function datesOf(e: FeedEvent, c: MapContext): string {
  const zone = c.zone(e);
  return cached(e, 'dates', `${c.language} ${zone}`, () => formatDates(e.start, e.end, { locale: c.language, zone }));
}
