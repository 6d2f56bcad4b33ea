import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import { spanPrecision, type WallTime } from '../time/types.js';
import { zoneCity } from '../time/format.js';
import { offsetAt, startMs } from '../time/wall-time.js';
import { utcOffsetName } from '../time/zone.js';
import { dateTimeFormat } from '../internal/intl.js';
import { scopedUiLocale } from '../internal/ui-locale.js';
import { renderSpan } from './render-time.js';

const base = (tag: string) => tag.split('-')[0].toLowerCase();

/**
 * The zone's name in the UI words' language, as the engine's time-zone data has it: the generic
 * name ("hora central", "heure du centre nord-américain"), or the specific one ("hora estándar
 * de Brasilia") where the generic is only a city or a country (ICU's fallback). English keeps the
 * city of the IANA name ("Mexico City time"), which reads better for an event held there. Empty, so
 * that the offset says it all, for zones named after no city (`UTC`, `Etc/GMT+5`) and, in other
 * languages, for zones the engine cannot name (it would answer "GMT-06:00").
 */
function zoneName(zone: string, at: number, language: string): string {
  const city = zoneCity(zone);
  const ui = scopedUiLocale();
  if (!city || base(ui) === 'en') return city;
  // A regional variant of the UI language names zones as its speakers do (es-MX, pt-BR).
  const locale = base(language) === base(ui) ? language : ui;
  const name = (style: Intl.DateTimeFormatOptions['timeZoneName']) =>
    dateTimeFormat(locale, { timeZone: zone, timeZoneName: style })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value ?? '';
  const generic = name('longGeneric');
  const chosen = generic && generic !== name('shortGeneric') ? generic : name('long');
  // The city's English name ("Mexico City") would be wrong in a sentence in another language.
  return !chosen || /^(GMT|UTC)/.test(chosen) ? '' : chosen;
}

function parts(zone: string, from: number, to: number, language: string) {
  const [a, b] = [utcOffsetName(offsetAt(zone, from)), utcOffsetName(offsetAt(zone, to))];
  if (a === b) return { name: zoneName(zone, from, language), offset: a };
  // A specific name ("heure d’été britannique") holds for one side of the change only.
  const [nameFrom, nameTo] = [zoneName(zone, from, language), zoneName(zone, to, language)];
  return { name: nameFrom === nameTo ? nameFrom : '', offset: `${a}/${b}` };
}

/**
 * `zone` over the instants `from`–`to`, named in the UI words' language for a sentence: "Mexico
 * City time, UTC−6", "hora central (UTC−6)", "London time, UTC+1/UTC" when the offset changes
 * between them; just "UTC" or "UTC+5" for zones named after no city. `language` is the element's.
 */
export function zoneLabel(zone: string, from: number, to = from, language = scopedUiLocale()): string {
  const { name, offset } = parts(zone, from, to, language);
  return name ? msg(str`${name} time, ${offset}`) : offset;
}

/** The same, as a parenthesis after a date: "(Mexico City time, UTC−6)", "(hora central, UTC−6)". */
export function zoneSuffix(zone: string, from: number, to: number, language: string): string {
  const { name, offset } = parts(zone, from, to, language);
  return name ? msg(str`(${name} time, ${offset})`) : `(${offset})`;
}

/**
 * A span's dates and times as text, each end in a `<time datetime>`, followed by the zone they are
 * shown in, " (Mexico City time, UTC−6)", whenever times of day are shown. Dates alone are shown
 * as written, in no zone, so they get no label. The label is UI words, marked `uiLang` when set.
 */
export function renderWhen(
  start: WallTime,
  end: WallTime | undefined,
  locale: string,
  zone: string,
  uiLang?: string,
): TemplateResult {
  const timed = spanPrecision(start, end) === 'time';
  // Both ends: an evening across the night clocks go back reads "London time, UTC+1/UTC".
  const from = startMs(start);
  const suffix = timed ? zoneSuffix(zone, from, end ? startMs(end) : from, locale) : '';
  return html`${renderSpan(start, end, { locale, zone })}${timed ? html` <span class="zone" lang=${ifDefined(uiLang)}>${suffix}</span>` : nothing}`;
}
