import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { localized, msg, str } from '@lit/localize';
import type { Feed, FeedEvent, WallTime } from '../../feed/types.js';
import { isCalledOff } from '../../feed/event-state.js';
import { selectEvent } from '../../feed/select-event.js';
import { MingaElement, type EventView, type Notice } from '../../base/minga-element.js';
import { renderSpan } from '../../base/render-time.js';
import { renderWhen } from '../../base/zone-label.js';
import { stateText } from '../../base/state-text.js';
import { MARK, around } from '../../base/text.js';
import { emit } from '../../events/emit.js';
import { keyword } from '../../internal/keyword.js';
import { COUNTDOWN_UNITS, type CountdownUnit } from '../../time/countdown.js';
import { spanPrecision } from '../../time/types.js';
import type { Phase } from '../../time/schedule.js';
import { countdownModel, isCountable, type CountdownModel } from './countdown-model.js';
import { durationText, shownUnits, unitPieces } from './countdown-format.js';
import { parseTarget, targetError, targetZone, type Target } from './countdown-target.js';
import { countdownStyles } from './countdown.styles.js';

/** What was last shown, to tell which events to fire when it changes. */
interface Shown {
  id: string;
  phase: Phase;
  countable: boolean;
  calledOff: boolean;
  start: number;
  end: number;
}

/**
 * A live countdown to an event's start: the time left, then "happening now" with the time to its
 * end, then "ended" with the next event of its series. Month- and year-precision dates are shown
 * as dates ("In April 2019"), never counted. Renders only when a shown digit changes, and not at
 * all while off screen or while the page is hidden.
 *
 * @tag minga-countdown
 * @summary A live, accessible countdown to an event from a minga feed, or to a given date.
 * @csspart base - The wrapper of everything shown.
 * @csspart name - The event's name.
 * @csspart status - "Starts in", "Happening now", "Ended": a polite live region, changed only with the state.
 * @csspart count - The remaining time (digits hidden from screen readers, which get it in words, to the minute).
 * @csspart caption - "Time left", before the count while the event is under way.
 * @csspart unit - Each unit of the count; also named by its unit: `days`, `hours`, `minutes`, `seconds`.
 * @csspart number - Each unit's number; also `days-number`, `hours-number`, `minutes-number`, `seconds-number`.
 * @csspart label - Each unit's name; also `days-label`, `hours-label`, `minutes-label`, `seconds-label`.
 * @csspart when - The date and time counted to, labelled, with its time zone.
 * @csspart when-label - "Starts" or "Ends".
 * @csspart time - Each `<time>` element.
 * @csspart next - The next event of the series, once this one has ended.
 * @cssprop --minga-countdown-number-color - Colour of the numbers.
 * @cssprop --minga-countdown-number-size - Font size of the numbers in the full layout.
 * @cssprop --minga-countdown-unit-background - Background of each unit's box in the full layout.
 * @fires {MingaCountdownStartEvent} minga-countdown-start - The event started while the page was open.
 * @fires {MingaCountdownEndEvent} minga-countdown-end - The event ended while the page was open.
 * @since 0.1.0
 */
@localized()
export class MingaCountdown extends MingaElement {
  static override styles = [...MingaElement.styles, countdownStyles];
  // Renders only when a shown digit changes, and only on screen.
  protected static override readonly clockKind = 'on-screen';

  /** What this update shows, built in willUpdate; undefined while a notice shows. */
  private model?: CountdownModel;
  /** The feed of `model`, for names and the series; undefined for a `target`. */
  private modelFeed?: Feed;
  private shown?: Shown;
  private parsedTarget?: { key: string; target: Target };

  /** A date to count to instead of a feed event: an ISO instant (`2019-12-09T18:30:00Z`) or a wall time in `time-zone`. */
  @property() target?: string;

  /** The smallest unit shown: `days`, `hours`, `minutes` or `seconds` (the default). */
  @property() precision: CountdownUnit = 'seconds';

  /** Once the event has ended, count down to the next event of its series instead of linking to it. */
  @property({ attribute: 'follow-series', type: Boolean }) followSeries = false;

  /** `full` (boxed numbers over unit names) or `compact` (one line: "3d 4h 12m"). */
  @property({ reflect: true }) layout: 'full' | 'compact' = 'full';

  protected override get needsFeed(): boolean {
    return this.target == null;
  }

  private get unit(): CountdownUnit {
    return keyword(this.precision, COUNTDOWN_UNITS, 'seconds');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const reset = ['eventId', 'target', 'timeZone', 'feed', 'src', 'followSeries'] as const;
    if (reset.some((k) => changed.has(k))) this.shown = undefined;
    this.model = undefined;
    this.modelFeed = undefined;
    super.willUpdate(changed);
  }

  protected override prepare(changed: PropertyValues<this>): Notice | undefined {
    if (this.target != null) {
      const target = this.targetEvent();
      if (target.error !== undefined) return { kind: 'error', text: targetError(target) };
      this.model = countdownModel(target.event, undefined, this.now, this.options);
      return undefined;
    }
    const loaded = this.loaded;
    if (
      loaded &&
      this.eventId &&
      !loaded.feed.events.some((e) => e.id === this.eventId) &&
      loaded.problems.some((p) => p.severity === 'error' && /^\/events\/\d+\/start$/.test(p.path))
    ) {
      return {
        kind: 'error',
        text: msg(
          str`This feed has no usable event with the id "${this.eventId}": an event was left out because its start is missing or is not a date.`,
        ),
      };
    }
    return super.prepare(changed);
  }

  protected prepareEvent({ event, feed, now }: EventView): Notice | undefined {
    this.model = countdownModel(event, feed, now, this.options);
    this.modelFeed = feed;
    return undefined;
  }

  private get options() {
    return { precision: this.unit, followSeries: this.followSeries };
  }

  /** Would the count or state shown change at `now`? Asked on every tick, without rendering. */
  protected override clockChanged(now: number): boolean {
    return this.modelAt(now)?.key !== this.model?.key;
  }

  /** What would be shown at `now`, or undefined while there is nothing to count (loading, errors). */
  private modelAt(now: number): CountdownModel | undefined {
    if (this.target != null) {
      const target = this.targetEvent();
      return target.error === undefined ? countdownModel(target.event, undefined, now, this.options) : undefined;
    }
    const feed = this.loaded?.feed;
    // The same choice of event as the base class makes in willUpdate, at the tick's instant.
    const event = feed && selectEvent(feed, this.eventId, now);
    return event && countdownModel(event, feed, now, this.options);
  }

  /** The `target` attribute as an event with only a start, in `time-zone` (else the viewer's zone). */
  private targetEvent(): Target {
    const text = (this.target ?? '').trim();
    const zone = targetZone(this.timeZone);
    const key = `${text} ${zone}`;
    if (this.parsedTarget?.key !== key) this.parsedTarget = { key, target: parseTarget(text, zone) };
    return this.parsedTarget.target;
  }

  protected override updated(): void {
    const m = this.model;
    const before = this.shown;
    this.shown = m && {
      id: m.event.id,
      phase: m.state === 'cancelled' || m.state === 'postponed' ? 'upcoming' : m.state,
      countable: m.countable,
      start: m.span.start,
      end: m.span.end,
      calledOff: isCalledOff(m.event),
    };
    if (m && this.clock) {
      const counting = m.remaining !== undefined || m.nextRemaining !== undefined;
      // Second ticks only for a change still to come: a start at :30 long past needs none.
      const now = this.now;
      const offMinute = m.boundaries.some((b) => b > now && b % 60_000 !== 0);
      this.clock.granularity = (counting && this.unit === 'seconds') || offMinute ? 'second' : 'minute';
    }
    if (!before || !this.shown) return;
    // Only forward in time, and only what happened while the page was open.
    if (before.id === this.shown.id) this.fire(this.shown, before.phase, this.shown.phase);
    else if (this.shown.start > before.start) {
      this.fire(before, before.phase, 'ended');
      this.fire(this.shown, 'upcoming', this.shown.phase);
    }
  }

  private fire(s: Shown, from: Phase, to: Phase): void {
    // A cancelled or postponed event neither starts nor ends on its old dates.
    if (s.calledOff) return;
    const eventId = this.target == null ? s.id : undefined;
    if (s.countable && from === 'upcoming' && to !== 'upcoming')
      emit(this, 'minga-countdown-start', { eventId, at: s.start });
    if (from !== 'ended' && to === 'ended') emit(this, 'minga-countdown-end', { eventId, at: s.end });
  }

  protected renderContent(): TemplateResult {
    const m = this.model!;
    const feed = this.modelFeed;
    const e = m.event;
    return html`<div part="base" class="countdown ${m.state}">
      ${feed ? html`<p part="name" class="name">${this.text(e.name, feed)}</p>` : nothing}
      <p part="status" class="status" role="status" lang=${ifDefined(this.uiLang)}>
        ${m.state === 'upcoming' && isCountable(e) ? msg('Starts in') : stateText(m.state)}
      </p>
      ${m.remaining !== undefined ? this.renderCount(m.remaining, m.state === 'live' ? msg('Time left') : undefined) : nothing}
      ${this.renderSubjectWhen(m)} ${m.next && feed ? this.renderNext(m.next, m.nextRemaining, feed) : nothing}
    </div>`;
  }

  private renderSubjectWhen({ event: e, state, countable, remaining, end }: CountdownModel): TemplateResult {
    if (state === 'upcoming' && countable) return this.renderWhenLine(e, msg(str`Starts ${MARK}`), e.start);
    if (state === 'live' && remaining !== undefined) return this.renderWhenLine(e, msg(str`Ends ${MARK}`), end!);
    return this.renderWhenLine(e, undefined, e.start, e.end, state === 'upcoming');
  }

  private renderNext(next: FeedEvent, remaining: number | undefined, feed: Feed): TemplateResult {
    const name = this.text(next.name, feed);
    return html`<div part="next" class="next">
      <p>
        ${around(msg(str`Next in the series: ${MARK}`), next.url ? html`<a href=${next.url}>${name}</a>` : name, this.uiLang)}
      </p>
      ${remaining !== undefined ? this.renderCount(remaining, undefined) : nothing}
      ${
        remaining !== undefined
          ? this.renderWhenLine(next, msg(str`Starts ${MARK}`), next.start)
          : this.renderWhenLine(next, undefined, next.start, next.end, true)
      }
    </div>`;
  }

  private renderCount(remaining: number, caption: string | undefined): TemplateResult {
    const display = keyword(this.layout, ['full', 'compact'], 'full') === 'compact' ? 'narrow' : 'long';
    return html`<p part="count" class="count">
      ${caption ? html`<span part="caption" class="caption" lang=${ifDefined(this.uiLang)}>${caption}</span>` : nothing}
      <span class="digits" aria-hidden="true"
        >${shownUnits(remaining, this.unit).map(
          ([unit, n]) =>
            html`<span part="unit ${unit}" class="unit"
              >${unitPieces(n, unit, this.language, display).map((p) =>
                p.kind !== 'literal'
                  ? html`<span part="${p.kind} ${unit}-${p.kind}" class=${p.kind}>${p.text}</span>`
                  : // Boxed, number over name, the space between is no text at all; on one line it is
                    // one no-break space for every unit (Intl gives some units a no-break space, some a space).
                    display === 'long'
                    ? nothing
                    : p.text.replace(/^\s+$/, '\u00a0'),
              )}</span
            > `,
        )}</span
      >
      <span class="sr-only">${durationText(remaining, this.unit, this.language)}</span>
    </p>`;
  }

  /**
   * The date counted to, in a `<time datetime>`, with its zone when it has a time, in its label's
   * sentence ("Starts {date}", with `MARK` for the date); an upcoming partial date reads
   * "In April 2019" / "On Monday, 9 December 2019".
   */
  private renderWhenLine(
    event: FeedEvent,
    label: string | undefined,
    start: WallTime,
    end?: WallTime,
    upcoming = false,
  ): TemplateResult {
    const zone = this.displayZone(event);
    const precision = spanPrecision(start, end);
    if (upcoming && precision !== 'time' && !(precision === 'day' && end)) {
      // The translation places the date; it is cut at a marker so the date keeps its <time> element.
      const sentence = precision === 'day' ? msg(str`On ${MARK}`) : msg(str`In ${MARK}`);
      return html`<p part="when" class="when">
        ${around(sentence, renderSpan(start, end, { locale: this.language, zone }), this.uiLang)}
      </p>`;
    }
    const when = renderWhen(start, end, this.language, zone, this.uiLang);
    if (!label) return html`<p part="when" class="when">${when}</p>`;
    const [before, after] = label.split(MARK);
    const part = (words: string) =>
      words ? html`<span part="when-label" class="when-label" lang=${ifDefined(this.uiLang)}>${words}</span>` : nothing;
    return html`<p part="when" class="when">${part(before)}${when}${part(after)}</p>`;
  }
}
