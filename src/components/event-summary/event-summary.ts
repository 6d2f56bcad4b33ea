import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import type { EventStatus, FeedEvent, LocalizedText } from '../../feed/types.js';
import { MingaElement, type EventView } from '../../internal/minga-element.js';
import { renderSpan } from '../../internal/render-time.js';
import { heading } from '../../internal/heading.js';
import { spanPrecision } from '../../time/format.js';
import { zoneLabel } from '../../internal/zone-label.js';
import { startMs } from '../../time/wall-time.js';
import { eventStyles } from './event-summary.styles.js';

/**
 * The essentials of one event: its name, dates and times, venue, status, organizers and series.
 * The agenda shows the same header above its programme.
 *
 * @tag minga-event-summary
 * @summary An event's name, dates, venue and status from a minga event feed.
 * @csspart base - The wrapper of everything shown.
 * @csspart name - The event's name (a heading).
 * @csspart status - Shown when the event is cancelled, postponed, rescheduled or moved online.
 * @csspart when - The dates and times, with the time zone.
 * @csspart time - Each `<time>` element.
 * @csspart venue - Where the event takes place.
 * @csspart organizers - Who organizes it.
 * @csspart series - The series it belongs to.
 * @csspart message - Loading, error and empty states.
 * @cssprop --minga-event-name-size - Font size of the event name.
 * @cssprop --minga-event-status-color - Colour of the status badge.
 * @cssprop --minga-color-accent - Accent colour (focus rings, links).
 * @cssprop --minga-color-text - Text colour; inherits the page's by default.
 * @cssprop --minga-color-surface - Background when a theme is set.
 * @fires minga-feed-load - The feed was read and validated.
 * @fires minga-feed-error - The feed could not be read; the element shows why.
 * @since 0.1.0
 */
@localized()
export class MingaEventSummary extends MingaElement {
  static override styles = [...MingaElement.styles, eventStyles];

  /** Level of the name heading, 1 to 6, to fit the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  protected renderEvent({ event, feed }: EventView): TemplateResult {
    const t = (v: Parameters<MingaElement['text']>[0]) => this.text(v, feed);
    const series = feed.series.find((s) => s.id === event.series);
    const zone = this.displayZone(event);
    return html`<article part="base">
      ${heading(this.headingLevel, 'name', t(event.name))}
      ${event.status === 'scheduled' ? nothing : html`<p part="status">${statusLabel(event.status)}</p>`}
      <p part="when">${renderSpan(event.start, event.end, { locale: this.language, zone })}${this.renderZone(event, zone)}</p>
      ${this.renderVenue(event, t)}
      ${event.organizers.length
        ? html`<p part="organizers">${msg('Organized by')} ${this.list(event.organizers.map((o) => t(o.name)))}</p>`
        : nothing}
      ${series ? html`<p part="series">${msg('Part of')} ${t(series.name)}</p>` : nothing}
    </article>`;
  }

  /** "(Mexico City time, UTC−6)": the zone is named whenever times are shown. */
  private renderZone(event: FeedEvent, zone: string): TemplateResult | typeof nothing {
    // Only times are converted into a zone; dates are shown as written, so they get no label.
    if (spanPrecision(event.start, event.end) !== 'time') return nothing;
    // Both ends: an evening event across the night clocks go back reads "London time, UTC+1/UTC".
    return html` <span class="zone">(${zoneLabel(zone, startMs(event.start), event.end ? startMs(event.end) : undefined)})</span>`;
  }

  private renderVenue(event: FeedEvent, t: (v: LocalizedText | undefined) => TemplateResult | string) {
    const location = event.location;
    const online = event.attendance === 'online' || event.status === 'moved-online';
    if (!location) return online ? html`<p part="venue">${msg('Online')}</p>` : nothing;
    const country = location.country
      ? new Intl.DisplayNames([this.language], { type: 'region' }).of(location.country)
      : undefined;
    const place = [location.name, location.address, location.locality].map((v) => (v ? t(v) : '')).filter((v) => v !== '');
    if (country) place.push(country);
    return html`<p part="venue">
      ${place.map((piece, i) => (i ? [', ', piece] : piece))}
      ${location.confirmed ? nothing : html` <span class="tbc">(${msg('venue to be confirmed')})</span>`}
      ${event.attendance === 'mixed' ? html` · ${msg('also online')}` : online ? html` · ${msg('online')}` : nothing}
    </p>`;
  }

  /** Joins items the way the language does ("A, B and C"), keeping each item's own markup. */
  private list(items: (TemplateResult | string)[]) {
    const format = new Intl.ListFormat(this.language, { style: 'long', type: 'conjunction' });
    const marks = items.map((_, i) => `\u0000${i}\u0000`);
    return format
      .format(marks)
      .split('\u0000')
      .map((piece, i) => (i % 2 === 1 ? items[Number(piece)] : piece));
  }
}

function statusLabel(status: EventStatus): string {
  switch (status) {
    case 'cancelled':
      return msg('Cancelled');
    case 'postponed':
      return msg('Postponed');
    case 'rescheduled':
      return msg('Rescheduled');
    case 'moved-online':
      return msg('Moved online');
    default:
      return '';
  }
}
