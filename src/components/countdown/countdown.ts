import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { localized, msg, str } from '@lit/localize';
import { TaskStatus } from '@lit/task';
import type { Feed, FeedEvent, WallTime } from '../../feed/types.js';
import { isCalledOff, selectEvent } from '../../feed/select-event.js';
import { MingaElement, type EventView } from '../../internal/minga-element.js';
import { renderSpan } from '../../internal/render-time.js';
import { OnScreenClockController } from '../../controllers/on-screen-clock-controller.js';
import { emit } from '../../events/emit.js';
import { COUNTDOWN_UNITS, type CountdownPhase, type CountdownUnit } from '../../time/countdown.js';
import { spanPrecision } from '../../time/format.js';
import { zoneLabel } from '../../internal/zone-label.js';
import { isValidZone, parseWallTime, startMs } from '../../time/wall-time.js';
import { viewerZone } from '../../time/zone.js';
import { countdownModel, isCountable, type CountdownModel } from './countdown-model.js';
import { durationText, shownUnits, unitPieces } from './countdown-format.js';
import { countdownStyles } from './countdown.styles.js';

const MARK = '\u0000';

type Target = { event: FeedEvent; error?: undefined } | { error: 'missing' | 'skipped' | 'not-a-date'; text: string; zone: string };
interface Shown { id: string; phase: CountdownPhase; countable: boolean; calledOff: boolean; start: number; end: number }

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
 * @csspart message - Loading, error and empty states.
 * @cssprop --minga-countdown-number-color - Colour of the numbers.
 * @cssprop --minga-countdown-number-size - Font size of the numbers in the full layout.
 * @cssprop --minga-countdown-unit-background - Background of each unit's box in the full layout.
 * @cssprop --minga-color-accent - Accent colour (numbers, links, focus rings).
 * @cssprop --minga-color-text - Text colour; inherits the page's by default.
 * @cssprop --minga-color-surface - Background when a theme is set.
 * @fires minga-countdown-start - The event started while the page was open.
 * @fires minga-countdown-end - The event ended while the page was open.
 * @fires minga-feed-load - The feed was read and validated.
 * @fires minga-feed-error - The feed could not be read; the element shows why.
 * @since 0.2.0
 */
@localized()
export class MingaCountdown extends MingaElement {
  static override styles = [...MingaElement.styles, countdownStyles];

  private readonly ticker = new OnScreenClockController(this, (t) => this.modelAt(t)?.key !== this.shownKey);
  private shownKey?: string;
  private rendered?: CountdownModel;
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

  constructor() {
    super();
    // The countdown schedules its own renders (only when a shown digit changes, only on screen);
    // the base class's per-minute clock would re-render it for nothing.
    this.removeController(this.clock);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A countdown to a target needs no feed: neither load one nor report that none is set.
    this.feedController.task.autoRun = this.target == null;
    const reset = ['eventId', 'target', 'timeZone', 'feed', 'src', 'followSeries'] as const;
    if (reset.some((k) => changed.has(k))) this.shown = undefined;
  }

  protected override updated(): void {
    const m = this.rendered;
    const before = this.shown;
    this.shown = m && {
      id: m.event.id, phase: m.phase, countable: m.countable, start: m.boundaries[0], end: m.boundaries[1],
      calledOff: isCalledOff(m.event),
    };
    if (m) {
      const counting = m.remaining !== undefined || m.nextRemaining !== undefined;
      // Second ticks only for a change still to come: a start at :30 long past needs none.
      const now = this.clock.now;
      const offMinute = m.boundaries.some((b) => b > now && b % 60_000 !== 0);
      this.ticker.granularity = (counting && this.unit === 'seconds') || offMinute ? 'second' : 'minute';
    }
    if (!before || !this.shown) return;
    // Only forward in time, and only what happened while the page was open.
    if (before.id === this.shown.id) this.fire(this.shown, before.phase, this.shown.phase);
    else if (this.shown.start > before.start) {
      this.fire(before, before.phase, 'ended');
      this.fire(this.shown, 'before', this.shown.phase);
    }
  }

  private fire(s: Shown, from: CountdownPhase, to: CountdownPhase): void {
    // A cancelled or postponed event neither starts nor ends on its old dates.
    if (s.calledOff) return;
    const eventId = this.target == null ? s.id : undefined;
    if (s.countable && from === 'before' && to !== 'before') emit(this, 'minga-countdown-start', { eventId, at: s.start });
    if (from !== 'ended' && to === 'ended') emit(this, 'minga-countdown-end', { eventId, at: s.end });
  }

  private get unit(): CountdownUnit {
    return COUNTDOWN_UNITS.includes(this.precision) ? this.precision : 'seconds';
  }

  /** What would be shown at `now`, or undefined while there is nothing to count (loading, errors). */
  private modelAt(now: number): CountdownModel | undefined {
    const options = { precision: this.unit, followSeries: this.followSeries };
    if (this.target != null) {
      const target = this.targetEvent();
      return target.error === undefined ? countdownModel(target.event, undefined, now, options) : undefined;
    }
    const task = this.feedController.task;
    if (task.status !== TaskStatus.COMPLETE || !task.value) return undefined;
    const event = selectEvent(task.value.feed, this.eventId, now);
    return event && countdownModel(event, task.value.feed, now, options);
  }

  /** The `target` attribute as an event with only a start, in `time-zone` (else the viewer's zone). */
  private targetEvent(): Target {
    const text = (this.target ?? '').trim();
    const wanted = this.timeZone?.trim();
    const zone = wanted && isValidZone(wanted) ? wanted : viewerZone();
    const key = `${text} ${zone}`;
    if (this.parsedTarget?.key !== key) this.parsedTarget = { key, target: parseTarget(text, zone) };
    return this.parsedTarget.target;
  }

  override render(): TemplateResult {
    this.rendered = undefined;
    // Until a count is rendered again (loading, an error), the clock has nothing to change.
    this.shownKey = undefined;
    if (this.target != null) {
      const target = this.targetEvent();
      if (target.error !== undefined) return this.renderMessage(targetError(target));
      return this.renderCountdown(this.modelAt(this.clock.now)!, undefined);
    }
    const value = this.feedController.task.status === TaskStatus.COMPLETE ? this.feedController.task.value : undefined;
    if (value && this.eventId && !value.feed.events.some((e) => e.id === this.eventId) &&
      value.problems.some((p) => p.severity === 'error' && /^\/events\/\d+\/start$/.test(p.path))) {
      return this.renderMessage(msg(str`This feed has no usable event with the id "${this.eventId}": an event was left out because its start is missing or is not a date.`));
    }
    return super.render();
  }

  protected renderEvent({ event, feed, now }: EventView): TemplateResult {
    return this.renderCountdown(countdownModel(event, feed, now, { precision: this.unit, followSeries: this.followSeries }), feed);
  }

  private renderCountdown(m: CountdownModel, feed: Feed | undefined): TemplateResult {
    this.rendered = m;
    this.shownKey = m.key;
    const e = m.event;
    return html`<div part="base" class=${m.phase}>
      ${feed ? html`<p part="name">${this.text(e.name, feed)}</p>` : nothing}
      <p part="status" role="status" lang=${ifDefined(this.uiLang)}>${statusText(m)}</p>
      ${m.remaining !== undefined ? this.renderCount(m.remaining, m.phase === 'live' ? msg('Time left') : undefined) : nothing}
      ${this.renderSubjectWhen(m)}
      ${m.next && feed ? this.renderNext(m.next, m.nextRemaining, feed) : nothing}
    </div>`;
  }

  private renderSubjectWhen({ event: e, phase, countable, remaining }: CountdownModel): TemplateResult {
    if (phase === 'before' && countable) return this.renderWhen(e, msg('Starts'), e.start);
    if (phase === 'live' && remaining !== undefined) return this.renderWhen(e, msg('Ends'), e.end!);
    return this.renderWhen(e, undefined, e.start, e.end, phase === 'before');
  }

  private renderNext(next: FeedEvent, remaining: number | undefined, feed: Feed): TemplateResult {
    const name = this.text(next.name, feed);
    return html`<div part="next">
      <p>${msg('Next in the series:')} ${next.url ? html`<a href=${next.url}>${name}</a>` : name}</p>
      ${remaining !== undefined ? this.renderCount(remaining, undefined) : nothing}
      ${remaining !== undefined ? this.renderWhen(next, msg('Starts'), next.start) : this.renderWhen(next, undefined, next.start, next.end, true)}
    </div>`;
  }

  private renderCount(remaining: number, caption: string | undefined): TemplateResult {
    const display = this.layout === 'compact' ? 'narrow' : 'long';
    return html`<p part="count">
      ${caption ? html`<span part="caption" lang=${ifDefined(this.uiLang)}>${caption}</span>` : nothing}
      <span class="digits" aria-hidden="true">${shownUnits(remaining, this.unit).map(([unit, n]) => html`<span part="unit ${unit}"
        >${unitPieces(n, unit, this.language, display).map((p) =>
          p.kind === 'literal' ? p.text : html`<span part="${p.kind} ${unit}-${p.kind}">${p.text}</span>`)}</span> `)}</span>
      <span class="visually-hidden">${durationText(remaining, this.unit, this.language)}</span>
    </p>`;
  }

  /**
   * The date counted to, labelled, in a `<time datetime>`, with its zone when it has a time;
   * an upcoming partial date reads "In April 2019" / "On Monday, 9 December 2019".
   */
  private renderWhen(event: FeedEvent, label: string | undefined, start: WallTime, end?: WallTime, upcoming = false): TemplateResult {
    const zone = this.displayZone(event);
    const time = renderSpan(start, end, { locale: this.language, zone });
    const precision = spanPrecision(start, end);
    if (upcoming && precision !== 'time' && !(precision === 'day' && end)) {
      // The translation places the date; it is cut at a marker so the date keeps its <time> element.
      const [before, after] = (precision === 'day' ? msg(str`On ${MARK}`) : msg(str`In ${MARK}`)).split(MARK);
      return html`<p part="when">${before}${time}${after}</p>`;
    }
    const zoneText = zoneLabel(zone, startMs(start), end && precision === 'time' ? startMs(end) : undefined);
    return html`<p part="when">${label ? html`<span part="when-label" lang=${ifDefined(this.uiLang)}>${label}</span> ` : nothing}${time}${precision === 'time'
      ? html` <span class="zone">(${zoneText})</span>` : nothing}</p>`;
  }
}

function statusText(m: CountdownModel): string {
  if (m.event.status === 'cancelled') return msg('Cancelled');
  if (m.event.status === 'postponed') return msg('Postponed');
  if (m.phase === 'ended') return msg('Ended');
  if (m.phase === 'live') return msg('Happening now');
  return isCountable(m.event) ? msg('Starts in') : msg('Upcoming');
}

function targetError({ error, text, zone }: Extract<Target, { text: string }>): string {
  if (error === 'missing') return msg('This countdown has no target: give it a target date, or an event from a feed.');
  if (error === 'skipped') return msg(str`The countdown target ${text} does not exist in ${zone}: the clocks skip that time.`);
  return msg(str`The countdown target "${text}" is not a date: write it like 2019-12-09T12:30 or 2019-12-09T18:30:00Z.`);
}

function parseTarget(text: string, zone: string): Target {
  if (!text) return { error: 'missing', text, zone };
  const parsed = parseWallTime(text, zone);
  // A date that UTC accepts but the zone rejects fell into a daylight saving time gap.
  if (!parsed.ok) return { error: parseWallTime(text, 'UTC').ok ? 'skipped' : 'not-a-date', text, zone };
  const event: FeedEvent = {
    id: '', name: {}, timeZone: zone, start: parsed.value, status: 'scheduled',
    organizers: [], sessions: [], objectives: [], tags: [],
  };
  return { event };
}
