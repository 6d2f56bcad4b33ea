import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Feed, FeedEvent, LocalizedText } from '../feed/types.js';
import { venueLine } from '../feed/venue.js';
import { listFormat } from '../internal/intl.js';
import { heading } from './heading.js';
import { stateText } from './state-text.js';
import { MARK, around, feedText, uiWords } from './text.js';
import { renderWhen } from './zone-label.js';

/** What the header of an event is rendered with. */
export interface HeaderContext {
  readonly event: FeedEvent;
  readonly feed: Feed;
  readonly language: string;
  /** The zone times are shown in. */
  readonly zone: string;
  readonly headingLevel: number;
  /** The language of the UI words when it is not the element's, for their `lang`. */
  readonly uiLang?: string;
}

/**
 * The essentials of one event: its name, status, dates and times with their zone, venue,
 * organizers and series. `<minga-event-summary>` is this header; `<minga-agenda>` shows it above
 * its programme.
 */
export function renderEventHeader(c: HeaderContext): TemplateResult {
  const { event, feed } = c;
  const text = (value: LocalizedText | undefined) => feedText(value, c.language, feed);
  const ui = (words: string) => uiWords(words, c.uiLang);
  const series = feed.series.find((s) => s.id === event.series);
  return html`<article part="base" class="event">
    ${heading(c.headingLevel, 'name', text(event.name))}
    ${event.status === 'scheduled' ? nothing : html`<p part="status" class="event-status">${ui(stateText(event.status))}</p>`}
    <p part="when" class="event-when">${renderWhen(event.start, event.end, c.language, c.zone, c.uiLang)}</p>
    ${renderVenue(c, text, ui)}
    ${
      event.organizers.length
        ? html`<p part="organizers" class="event-organizers">
            ${around(
              msg(str`Organized by ${MARK}`),
              joinList(
                event.organizers.map((o) => text(o.name)),
                c.language,
              ),
              c.uiLang,
            )}
          </p>`
        : nothing
    }
    ${
      series
        ? html`<p part="series" class="event-series">
            ${around(msg(str`Part of ${MARK}`), text(series.name), c.uiLang)}
          </p>`
        : nothing
    }
  </article>`;
}

function renderVenue(
  { event, language }: HeaderContext,
  text: (value: LocalizedText) => TemplateResult | string,
  ui: (words: string) => TemplateResult | string,
): TemplateResult | typeof nothing {
  const location = event.location;
  const online = event.attendance === 'online' || event.status === 'moved-online';
  if (!location) return online ? html`<p part="venue" class="event-venue">${ui(msg('Online'))}</p>` : nothing;
  const place = venueLine(location, text, language);
  return html`<p part="venue" class="event-venue">
    ${place.map((piece, i) => (i ? [', ', piece] : piece))}
    ${location.confirmed ? nothing : html` <span class="tbc">(${ui(msg('venue to be confirmed'))})</span>`}
    ${event.attendance === 'mixed' ? html` · ${ui(msg('also online'))}` : online ? html` · ${ui(msg('online'))}` : nothing}
  </p>`;
}

/** Joins items the way the language does ("A, B and C"), keeping each item's own markup. */
function joinList(items: (TemplateResult | string)[], language: string): (TemplateResult | string)[] {
  const marks = items.map((_, i) => `\u0000${i}\u0000`);
  return listFormat(language, { style: 'long', type: 'conjunction' })
    .format(marks)
    .split('\u0000')
    .map((piece, i) => (i % 2 === 1 ? items[Number(piece)] : piece));
}
