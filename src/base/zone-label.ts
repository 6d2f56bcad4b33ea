import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { spanPrecision, type WallTime } from '../time/types.js';
import { zoneCity } from '../time/format.js';
import { offsetAt, startMs } from '../time/wall-time.js';
import { utcOffsetName } from '../time/zone.js';
import { renderSpan } from './render-time.js';

/**
 * "Mexico City time, UTC−6" for `zone` over the instants `from`–`to`; "London time, UTC+1/UTC"
 * when the offset changes between them; just "UTC" or "UTC+5" for zones named after no city.
 */
export function zoneLabel(zone: string, from: number, to = from): string {
  const [a, b] = [utcOffsetName(offsetAt(zone, from)), utcOffsetName(offsetAt(zone, to))];
  const offset = a === b ? a : `${a}/${b}`;
  const city = zoneCity(zone);
  return city ? msg(str`${city} time, ${offset}`) : offset;
}

/**
 * A span's dates and times as text, each end in a `<time datetime>`, followed by the zone they are
 * shown in, " (Mexico City time, UTC−6)", whenever times of day are shown. Dates alone are shown
 * as written, in no zone, so they get no label.
 */
export function renderWhen(start: WallTime, end: WallTime | undefined, locale: string, zone: string): TemplateResult {
  const timed = spanPrecision(start, end) === 'time';
  // Both ends: an evening across the night clocks go back reads "London time, UTC+1/UTC".
  const label = timed ? zoneLabel(zone, startMs(start), end ? startMs(end) : undefined) : '';
  return html`${renderSpan(start, end, { locale, zone })}${timed ? html` <span class="zone">(${label})</span>` : nothing}`;
}
