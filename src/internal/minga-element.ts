import { LitElement, html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import type { Feed, FeedEvent, LocalizedText } from '../feed/types.js';
import { FeedLoadError, INLINE_SOURCE, PROPERTY_SOURCE } from '../feed/load.js';
import { selectEvent } from '../feed/select-event.js';
import { pickText } from '../feed/text.js';
import { isValidZone } from '../time/wall-time.js';
import { viewerZone } from '../time/zone.js';
import { ClockController } from '../controllers/clock-controller.js';
import { FeedController } from '../controllers/feed-controller.js';
import { LanguageController } from '../controllers/language-controller.js';
import { themeStyles } from './theme.styles.js';
import { uiLocale } from './ui-locale.js';

/** What an element renders an event with. */
export interface EventView {
  readonly event: FeedEvent;
  readonly feed: Feed;
  /** The element's language, e.g. `es-MX`. */
  readonly language: string;
  /** Epoch ms, pretended or real. */
  readonly now: number;
}

/**
 * What every minga element shares: the feed sources (`src`, inline JSON, `feed`), the choice of
 * event, the language, the page clock, the theme, and the loading, error and empty states.
 * Subclasses implement `renderEvent()` and stay free of loading logic.
 */
export abstract class MingaElement extends LitElement {
  static override styles = [themeStyles];

  protected readonly languageController = new LanguageController(this);
  protected readonly clock = new ClockController(this, 'minute');
  protected readonly feedController = new FeedController(this);

  /** URL of the event feed (JSON), relative to the page. */
  @property() src?: string;

  /** Id of the event to show; without it, the event under way or next, else the latest. */
  @property({ attribute: 'event' }) eventId?: string;

  /** The feed as an object, for scripts; takes precedence over `src` and inline JSON. */
  @property({ attribute: false }) feed?: unknown;

  /** Zone times are shown in: `event` (the event's own, the default), `local` (the viewer's) or an IANA name. */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** `auto` (follows the system), `light` or `dark` give the element its own surface; unset, it blends into the page. */
  @property({ reflect: true }) theme?: 'auto' | 'light' | 'dark';

  /**
   * Settles once the feed has been read (or has failed) and the result is rendered: for static
   * renders, screenshots and tests. Never rejects.
   */
  get feedComplete(): Promise<void> {
    // First an update: a new element starts reading its feed there, and before it the task would
    // report itself complete in its initial state.
    return this.updateComplete
      .then(() => this.feedController.task.taskComplete)
      .then(() => this.updateComplete, () => this.updateComplete)
      .then(() => undefined);
  }

  /** The language the element speaks: its `lang`, an ancestor's, or the browser's. */
  protected get language(): string {
    return this.languageController.language;
  }

  /**
   * The language of the UI strings when it is not the element's own (one UI language per page:
   * see docs/localization.md), for a `lang` attribute on them; undefined when they match.
   */
  protected get uiLang(): string | undefined {
    const ui = uiLocale();
    const base = (tag: string) => tag.split('-')[0].toLowerCase();
    return base(ui) === base(this.language) ? undefined : ui;
  }

  /** The IANA zone to show `event`'s times in, from the `time-zone` attribute; unknown names fall back to the event's. */
  protected displayZone(event: FeedEvent): string {
    const wanted = this.timeZone?.trim();
    if (!wanted || wanted === 'event') return event.timeZone;
    if (wanted === 'local') return viewerZone();
    return isValidZone(wanted) ? wanted : event.timeZone;
  }

  /** A feed text in the element's language, in a span marked with the language it is actually in. */
  protected text(value: LocalizedText | undefined, feed: Feed): TemplateResult | string {
    const picked = pickText(value, this.language, feed.defaultLanguage);
    if (!picked) return '';
    return picked.lang.toLowerCase() === this.language.toLowerCase()
      ? picked.text
      : html`<span lang=${picked.lang} dir="auto">${picked.text}</span>`;
  }

  protected abstract renderEvent(view: EventView): TemplateResult;

  override render(): TemplateResult {
    return this.feedController.task.render({
      initial: () => this.renderLoading(),
      pending: () => this.renderLoading(),
      error: (error) => this.renderMessage(describeError(error)),
      complete: ({ feed }) => {
        const now = this.clock.now;
        const event = selectEvent(feed, this.eventId, now);
        if (!event) {
          return this.renderMessage(
            this.eventId
              ? msg(str`This feed has no event with the id "${this.eventId}".`)
              : msg('This feed lists no events.'),
          );
        }
        return this.renderEvent({ event, feed, language: this.language, now });
      },
    }) as TemplateResult;
  }

  private renderLoading(): TemplateResult {
    return html`<p part="message" class="message" role="status">${msg('Loading event information…')}</p>`;
  }

  /** An error or empty state in words, in place of the element's content. */
  protected renderMessage(text: string): TemplateResult {
    return html`<p part="message" class="message error" role="status">${text}</p>`;
  }
}

/** The words a content editor sees when a feed cannot be read. */
function describeError(error: unknown): string {
  if (!(error instanceof FeedLoadError)) return msg('The event information could not be shown.');
  const where = error.source;
  switch (error.kind) {
    case 'no-source':
      return msg('No event feed is set: give the element a src attribute with the feed address.');
    case 'bad-url':
      return msg(str`The event feed address is not a valid web address: ${where}`);
    case 'http':
      return error.status === 404
        ? msg(str`The event feed was not found at ${where} (error 404). Check the address.`)
        : msg(str`The server of the event feed answered with error ${error.status ?? ''} (${where}).`);
    case 'timeout':
      return msg(str`The event feed took too long to load (${where}). Try again later.`);
    case 'not-json':
      if (where === INLINE_SOURCE) return msg('The event feed written in this page is not valid JSON; it may have a typing mistake.');
      if (where === PROPERTY_SOURCE) return msg('The feed property holds text that is not valid JSON.');
      return msg(str`The event feed at ${where} is not valid JSON; it may have a typing mistake.`);
    case 'not-a-feed':
      if (where === INLINE_SOURCE) return msg('The event feed written in this page has no list of events.');
      if (where === PROPERTY_SOURCE) return msg('The feed property does not hold an event feed: it has no list of events.');
      return msg(str`The file at ${where} is not an event feed: it has no list of events.`);
    default:
      return msg(str`The event feed could not be reached (${where}). Check the address, and that its server allows this site to read it.`);
  }
}
