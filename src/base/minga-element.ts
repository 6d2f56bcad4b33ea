import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import type { Feed, FeedEvent, LocalizedText, ValidationResult } from '../feed/types.js';
import { selectEvent } from '../feed/select-event.js';
import { isValidZone, viewerZone } from '../time/zone.js';
import { now } from '../internal/clock.js';
import { ClockController } from '../controllers/clock-controller.js';
import { FeedController } from '../controllers/feed-controller.js';
import { LanguageController } from '../controllers/language-controller.js';
import { inUiLocale, uiLocaleOf } from '../internal/ui-locale.js';
import { describeError } from './feed-error.js';
import { renderFreshness, renderUpdated } from './refresh-notice.js';
import { parseRefresh, refreshPeriod } from '../feed/refresh.js';
import { parseFeedSize } from '../feed/feed-size.js';
import { feedText, uiWords } from './text.js';
import { themeStyles } from './theme.styles.js';

/** The clock an element needs: none, the page clock (a render every minute), or one that ticks only on screen. */
export type ClockKind = 'none' | 'page' | 'on-screen';

/** A message shown in place of an element's content (or, for `empty`, within it). */
export interface Notice {
  readonly kind: 'loading' | 'error' | 'empty';
  readonly text: string;
}

/** The event an element shows, and what it is shown with. */
export interface EventView {
  readonly event: FeedEvent;
  readonly feed: Feed;
  /** The element's language, e.g. `es-MX`. */
  readonly language: string;
  /** Epoch ms, pretended or real. */
  readonly now: number;
}

const STATES = ['loading', 'error', 'empty'] as const;

/**
 * What every minga element shares: the feed sources (`src`, inline JSON, `feed`), the choice of
 * event, the language, the clock, the theme, and the loading, error and empty states.
 *
 * The lifecycle is the same in every element: `willUpdate` reads the feed's state, picks the
 * event and calls `prepareEvent`, where the element builds what it shows (its view model);
 * `render()` only turns that into a template, or shows a notice in its place.
 *
 * @csspart message - Loading, error and empty states.
 * @csspart refresh-failure - The line saying that a check for changes failed, above the last good copy.
 * @csspart as-of - "As of …" above a copy of the feed kept from an earlier visit, until the server confirms it.
 * @cssprop --minga-color-accent - Accent colour (focus rings, links, buttons).
 * @cssprop --minga-color-text - Text colour; inherits the page's by default.
 * @cssprop --minga-color-muted - Colour of secondary text.
 * @cssprop --minga-color-border - Colour of rules and outlines.
 * @cssprop --minga-color-danger - Colour of errors and of a cancelled event's status.
 * @cssprop --minga-color-surface - Background when a theme is set.
 * @cssprop --minga-font-family - Font; inherits the page's by default.
 * @cssprop --minga-radius - Corner radius of boxes and buttons.
 * @cssprop --minga-space - The unit of space between parts.
 * @cssprop --minga-padding - Padding of the themed surface (`theme` set).
 * @cssstate loading - The feed is being read.
 * @cssstate error - The feed could not be read, or does not hold what the attributes ask for; a message says why.
 * @cssstate empty - There is nothing to show (no events, no sessions, no objectives…); a message says so, unless hidden.
 * @fires {MingaFeedLoadEvent} minga-feed-load - The feed was read and validated.
 * @fires {MingaFeedUpdateEvent} minga-feed-update - A check (`refresh`) found a newer feed, now shown; the detail lists what changed.
 * @fires {MingaFeedErrorEvent} minga-feed-error - The feed could not be read; the element shows why.
 */
export abstract class MingaElement extends LitElement {
  static override styles = [themeStyles];

  /** The clock this element needs; the base class builds only that one, as `clock`. */
  protected static readonly clockKind: ClockKind = 'page';

  protected readonly clock?: ClockController;
  private readonly languageController = new LanguageController(this);
  protected readonly feedController = new FeedController(this, {
    needed: () => this.needsFeed,
    period: () => refreshPeriod(parseRefresh(this.refresh), this.shownEvents, this.now),
    store: () => this.cache?.trim().toLowerCase() !== 'off',
    maxBytes: () => parseFeedSize(this.maxFeedSize),
  });
  /** The events shown, for `refresh="auto"`: the chosen one, unless the element says otherwise. */
  protected shownEvents: readonly FeedEvent[] = [];
  private readonly internals = this.attachInternals();
  /** What `render()` shows instead of the content, decided in `willUpdate`. */
  private notice?: Notice;

  /** URL of the event feed (JSON), relative to the page; or of a frab schedule.json (as pretalx publishes it), shown as one event. */
  @property() src?: string;

  /** Id of the event to show; without it, the event under way or next, else the latest. */
  @property({ attribute: 'event' }) eventId?: string;

  /** The feed as an object, for scripts; takes precedence over `src` and inline JSON. */
  @property({ attribute: false }) feed?: unknown;

  /**
   * Checks the feed at `src` for changes and shows them in place: `auto` (every minute while an
   * event shown is on or starts within 24 hours, every 15 minutes otherwise), a number of seconds
   * (at least 30), or `off`, the default: read once. Elements with one `src` share each check.
   */
  @property() refresh?: string;

  /**
   * `off` keeps no copy of the feed in the browser's storage. By default the last good copy of a
   * feed read from `src` is kept (under 1 MB, three feeds at most), shown at once on the next
   * visit while the server is asked, and shown still if the server fails.
   */
  @property() cache?: string;

  /**
   * The most the feed may weigh: bytes, or `KB` / `MB` (binary), such as `10MB`. Default: `5MB`.
   * A larger feed is not downloaded past the limit, and the element says so.
   */
  @property({ attribute: 'max-feed-size' }) maxFeedSize?: string;

  /** Zone times are shown in: `event` (the event's own, the default), `local` (the viewer's) or an IANA name. */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** `auto` (follows the system), `light` or `dark` give the element its own surface; unset, it blends into the page. */
  @property({ reflect: true }) theme?: 'auto' | 'light' | 'dark';

  constructor() {
    super();
    const kind = (this.constructor as typeof MingaElement).clockKind;
    if (kind === 'page') this.clock = new ClockController(this);
    if (kind === 'on-screen')
      this.clock = new ClockController(this, { onScreen: true, changed: (t) => this.clockChanged(t) });
  }

  /**
   * Settles once the feed has been read (or has failed) and the result is rendered: for static
   * renders, screenshots and tests. Never rejects.
   */
  get feedComplete(): Promise<void> {
    // First an update: a new element starts reading its feed there.
    return this.updateComplete
      .then(() => this.feedController.settled)
      .then(() => this.updateComplete)
      .then(() => undefined);
  }

  /** The current time in epoch ms, pretended or real. */
  protected get now(): number {
    return this.clock?.now ?? now();
  }

  /** The feed as read and validated, with its problems; undefined while loading or after an error. */
  protected get loaded(): ValidationResult | undefined {
    return this.feedController.result;
  }

  /** False while the element needs no feed (a countdown to a `target`): none is read, and none is missed. */
  protected get needsFeed(): boolean {
    return true;
  }

  /** The language the element speaks: its `lang`, an ancestor's, or the browser's. */
  protected get language(): string {
    return this.languageController.language;
  }

  /**
   * The locale the element's UI words are in: its language's, once its strings have loaded (see
   * docs/localization.md); English for languages without them. Decided once per update.
   */
  protected uiLocale = 'en';

  /**
   * The language of the UI words when it is not the element's own (English words on a German
   * page, say), for a `lang` attribute on them; undefined when they match.
   */
  protected get uiLang(): string | undefined {
    const base = (tag: string) => tag.split('-')[0].toLowerCase();
    return base(this.uiLocale) === base(this.language) ? undefined : this.uiLocale;
  }

  /** The IANA zone to show `event`'s times in, from the `time-zone` attribute; unknown names fall back to the event's. */
  protected displayZone(event: FeedEvent): string {
    const wanted = this.timeZone?.trim() ?? '';
    const lower = wanted.toLowerCase();
    if (!wanted || lower === 'event') return event.timeZone;
    if (lower === 'local') return viewerZone();
    return isValidZone(wanted) ? wanted : event.timeZone;
  }

  /** A feed text in the element's language, in a span marked with the language it is actually in. */
  protected text(value: LocalizedText | undefined, feed: Feed): TemplateResult | string {
    return feedText(value, this.language, feed);
  }

  /** UI words, marked with their language when it is not the element's. */
  protected ui(words: string): TemplateResult | string {
    return uiWords(words, this.uiLang);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Controllers' own hostUpdate comes after willUpdate: bring language and feed up to date first.
    this.languageController.update();
    this.feedController.update();
    this.uiLocale = uiLocaleOf(this.language);
    this.notice = inUiLocale(this.uiLocale, () => this.prepare(changed));
    const state = this.notice?.kind ?? (this.contentEmpty ? 'empty' : undefined);
    // Custom states, not attributes: the host's attributes belong to the page. `:state(empty)`.
    for (const s of STATES) {
      if (s === state) this.internals.states?.add(s);
      else this.internals.states?.delete(s);
    }
  }

  /**
   * Builds what this update shows, and returns a notice to show instead of it. The default reads
   * the feed, picks the event and hands it to `prepareEvent`.
   */
  protected prepare(changed: PropertyValues<this>): Notice | undefined {
    const status = this.feedController.status;
    if (status === 'initial' || status === 'pending')
      return { kind: 'loading', text: msg('Loading event information…') };
    if (status === 'error') return { kind: 'error', text: describeError(this.feedController.error) };
    const { feed } = this.loaded!;
    const now = this.now;
    const event = selectEvent(feed, this.eventId, now);
    this.shownEvents = event ? [event] : [];
    if (!event) {
      return this.eventId
        ? { kind: 'error', text: msg(str`This feed has no event with the id "${this.eventId}".`) }
        : { kind: 'empty', text: msg('This feed lists no events.') };
    }
    return this.prepareEvent({ event, feed, language: this.language, now }, changed);
  }

  /** Builds the element's view of `view.event` for `render()`; returns a notice to show instead, if any. */
  protected abstract prepareEvent(view: EventView, changed: PropertyValues<this>): Notice | undefined;

  /** True when the content renders but has nothing to show (it shows its own notice): the `empty` state. */
  protected get contentEmpty(): boolean {
    return false;
  }

  /** Asked by the on-screen clock on each tick: would anything shown change at `now`? Default: yes. */
  protected clockChanged(_now: number): boolean {
    return true;
  }

  /** The element's content, from what `prepareEvent` built. */
  protected abstract renderContent(): TemplateResult;

  protected override update(changed: PropertyValues<this>): void {
    // Every word rendered is in this element's UI locale, whatever the other elements speak:
    // render() and the directives Lit runs while committing it (`guard` and the like).
    inUiLocale(this.uiLocale, () => super.update(changed));
  }

  override render(): TemplateResult {
    if (this.notice) return this.renderNotice(this.notice);
    const { refreshFailure, asOf } = this.feedController;
    // One template whether or not a line is shown: another would make Lit rebuild the content,
    // and the viewer lose focus and open details.
    return html`${renderFreshness(refreshFailure, asOf, this.now, this.uiLang)}${this.renderContent()}`;
  }

  /** "Updated 5 minutes ago" while the element checks its feed for changes (`refresh`), unless `hidden`. */
  protected renderUpdated(hidden: boolean): TemplateResult | typeof nothing {
    const at = this.feedController.lastChecked;
    if (hidden || at === undefined || parseRefresh(this.refresh) === 'off') return nothing;
    return renderUpdated(at, this.now, this.uiLang);
  }

  /** A loading, error or empty state in words; the same everywhere. */
  protected renderNotice({ kind, text }: Notice): TemplateResult {
    return html`<p part="message" class="message ${kind}" role="status" lang=${ifDefined(this.uiLang)}>${text}</p>`;
  }
}
