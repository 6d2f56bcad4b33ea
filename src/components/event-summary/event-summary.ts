import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { localized } from '@lit/localize';
import { MingaElement, type EventView, type Notice } from '../../base/minga-element.js';
import { renderEventHeader, type HeaderContext } from '../../base/event-header.js';
import { eventHeaderStyles } from '../../base/event-header.styles.js';

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
 * @csspart updated - "Updated 5 minutes ago", while the feed is checked for changes.
 * @cssprop --minga-event-name-size - Font size of the event name.
 * @cssprop --minga-event-status-color - Colour of the status badge.
 * @since 0.1.0
 */
@localized()
export class MingaEventSummary extends MingaElement {
  static override styles = [...MingaElement.styles, eventHeaderStyles];

  /** What the header shows, built in willUpdate. */
  private header?: HeaderContext;

  /** Level of the name heading, 1 to 6, to fit the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Hides the "Updated 5 minutes ago" line shown while the feed is checked for changes (`refresh`). */
  @property({ attribute: 'hide-updated', type: Boolean }) hideUpdated = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.header = undefined;
    super.willUpdate(changed);
  }

  protected prepareEvent({ event, feed, language }: EventView): Notice | undefined {
    this.header = {
      event,
      feed,
      language,
      uiLang: this.uiLang,
      zone: this.displayZone(event),
      headingLevel: this.headingLevel,
    };
    return undefined;
  }

  protected renderContent(): TemplateResult {
    return html`${renderEventHeader(this.header!)}${this.renderUpdated(this.hideUpdated)}`;
  }
}
