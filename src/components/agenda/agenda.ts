import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { localized, msg, str } from '@lit/localize';
import type { Feed, FeedEvent, Session } from '../../feed/types.js';
import type { EventView } from '../../internal/minga-element.js';
import { MingaEventSummary } from '../event-summary/event-summary.js';
import { heading } from '../../internal/heading.js';
import { renderTimeRange } from '../../internal/render-time.js';
import { formatDate, spanPrecision } from '../../time/format.js';
import { zoneLabel } from '../../internal/zone-label.js';
import { uiLocaleVersion } from '../../internal/ui-locale.js';
import { offsetAt } from '../../time/wall-time.js';
import {
  groupByDay, sessionStates, type ScheduleDay, type ScheduledSession, type SessionState,
} from '../../time/schedule.js';
import { eventSpan } from '../../feed/select-event.js';
import { trackIds } from '../../feed/tracks.js';
import { textIn } from '../../feed/text.js';
import { emit } from '../../events/emit.js';
import { agendaCalendarFile, eventCanCalendar } from './calendar-entries.js';
import { rememberedZoneChoice, rememberZoneChoice } from './zone-preference.js';
import { viewerZone } from '../../time/zone.js';
import { agendaStyles } from './agenda.styles.js';
import { syncStructuredData, type StructuredDataSource } from './structured-data.js';

/** What the programme is rendered with, computed once per render. */
interface Programme {
  readonly feed: Feed;
  readonly event: FeedEvent;
  readonly zone: string;
  readonly days: readonly ScheduleDay[];
  /** Each session's position in the feed, for ids that stay unique in the shadow root. */
  readonly index: ReadonlyMap<Session, number>;
  /** Time ranges already rendered: parallel sessions share them. */
  readonly ranges: Map<string, TemplateResult[]>;
  readonly states: ReadonlyMap<Session, SessionState>;
  readonly trackOf: (s: Session) => number;
}

/**
 * The programme of one event: its header, then its sessions grouped by day in the time zone
 * shown, with now/next marks, descriptions on demand, a track filter, a switch between the
 * event's time zone and the viewer's, and "add to calendar" files made in the browser.
 *
 * @tag minga-agenda
 * @summary An event's programme from a minga event feed, right in every time zone and language.
 * @csspart header - The event's header (name, dates, venue, status, organizers).
 * @csspart base - The header's content, as in `<minga-event-summary>`.
 * @csspart name - The event's name (a heading).
 * @csspart status - Shown when the event is cancelled, postponed, rescheduled or moved online.
 * @csspart when - The event's dates, and each session's time range.
 * @csspart time - Each `<time>` element.
 * @csspart venue - Where the event takes place.
 * @csspart organizers - Who organizes it.
 * @csspart series - The series it belongs to.
 * @csspart zone - The line naming the time zone shown, with the switch.
 * @csspart zone-switch - The button that flips between the event's time zone and the viewer's.
 * @csspart filter - The track filter (shown when sessions have two or more tracks).
 * @csspart calendar - Each "add to calendar" button.
 * @csspart programme - The list of days.
 * @csspart day - One day of the programme.
 * @csspart day-heading - The day's date.
 * @csspart session - One session; also `session-now`, `session-next` and `session-past`.
 * @csspart title - A session's title (a heading).
 * @csspart state - The "now", "next" or "ended" mark.
 * @csspart details - A session's track, room and speakers.
 * @csspart toggle - The button that shows or hides a session's description.
 * @csspart description - A session's description.
 * @csspart message - Loading, error and empty states.
 * @cssprop --minga-color-accent - Accent colour (focus rings, now mark, buttons).
 * @cssprop --minga-color-text - Text colour; inherits the page's by default.
 * @cssprop --minga-color-muted - Colour of secondary text and past sessions.
 * @cssprop --minga-color-border - Colour of rules between sessions.
 * @cssprop --minga-color-surface - Background when a theme is set.
 * @cssprop --minga-event-name-size - Font size of the event name.
 * @cssprop --minga-agenda-time-width - Width of the time column in wide layouts.
 * @fires minga-feed-load - The feed was read and validated.
 * @fires minga-feed-error - The feed could not be read; the element shows why.
 * @fires minga-calendar-download - An .ics file is about to download; cancel it to handle the file yourself.
 * @fires minga-time-zone-change - The viewer flipped between the event's time zone and their own.
 * @since 0.2.0
 */
@localized()
export class MingaAgenda extends MingaEventSummary {
  static override styles = [...MingaEventSummary.styles, agendaStyles];

  /** Hides the header (name, dates, venue), for pages that show it already. */
  @property({ attribute: 'hide-header', type: Boolean }) hideHeader = false;

  /** Hides session descriptions and their buttons. */
  @property({ attribute: 'hide-descriptions', type: Boolean }) hideDescriptions = false;

  /** Hides the speakers of each session. */
  @property({ attribute: 'hide-speakers', type: Boolean }) hideSpeakers = false;

  /**
   * Adds the shown event as schema.org `Event` JSON-LD (`<script type="application/ld+json"
   * data-minga-structured-data>`) to the element's light DOM, in its language, so the host page
   * carries it. Search engines may not run scripts: `npx minga-widgets jsonld FEED EVENT` writes
   * the same at build time.
   */
  @property({ attribute: 'structured-data', type: Boolean }) structuredData = false;

  /** The event this render shows, for the structured data. */
  private shown?: StructuredDataSource;

  /**
   * True while the viewer has flipped the switch from the zone the page set to the other one
   * (their own, or the event's when the page shows theirs).
   */
  @state() private switched = false;

  /** The track shown (a number from `trackIds`), or all. */
  @state() private track?: number;

  /** Set once the viewer has used the track filter, so its status line speaks only after that. */
  @state() private filtered = false;

  @state() private expanded = new Set<Session>();

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // Track numbers belong to one event's sessions.
    if (changed.has('eventId') || changed.has('src') || changed.has('feed')) this.track = undefined;
    if (changed.has('timeZone') && changed.get('timeZone') !== undefined) this.switched = this.rememberedSwitch();
  }

  override render(): TemplateResult {
    this.shown = undefined;
    return super.render();
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    syncStructuredData(this, this.structuredData ? this.shown : undefined);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.switched = this.rememberedSwitch();
  }

  /**
   * The site-wide memory of the switch applies only where the page left the zone to the agenda
   * (no `time-zone`, or `event`): a zone the page set on purpose is not overridden by a choice
   * made on another page.
   */
  private get remembers(): boolean {
    const set = this.timeZone?.trim();
    return !set || set === 'event';
  }

  private rememberedSwitch(): boolean {
    return this.remembers && rememberedZoneChoice() === 'local';
  }

  /** The zone the switch leads to from `configured`: the viewer's, or the event's if the viewer's is the one set. */
  private alternateZone(event: FeedEvent, configured: string): string {
    const mine = viewerZone();
    return sameOffsets(configured, mine, eventSpan(event)) ? event.timeZone : mine;
  }

  protected override displayZone(event: FeedEvent): string {
    const configured = super.displayZone(event);
    return this.switched ? this.alternateZone(event, configured) : configured;
  }

  protected override renderEvent(view: EventView): TemplateResult {
    const { event, feed, now } = view;
    this.shown = view;
    const zone = this.displayZone(event);
    const days = groupByDay(event.sessions, zone);
    const scheduled = days.flatMap((d) => d.sessions);
    const span = eventSpan(event);
    // The clock ticks every minute; the programme (up to thousands of sessions) is re-rendered
    // only when something it shows changes: a mark, the zone, the language, a control.
    // Marks only while the event is on: before it every session would be "later", after it "past".
    const on = span.start <= now && now < span.end;
    const ids = trackIds(event.sessions.map((s) => s.track));
    const index = new Map(event.sessions.map((s, i) => [s, i]));
    const trackOf = (s: Session) => ids[index.get(s)!];
    // "Next" among the sessions shown: under a track filter, the next session of that track.
    const shown = scheduled.filter((s) => this.isShown(s.session, trackOf));
    const marks = on ? sessionStates(shown, now) : [];
    const p: Programme = {
      feed, event, zone, days, trackOf, index, ranges: new Map(),
      states: new Map(shown.map((s, i) => [s.session, marks[i] ?? 'later'])),
    };
    return html`
      ${this.hideHeader ? nothing : html`<div part="header" class="header">${super.renderEvent(view)}</div>`}
      ${this.renderZoneLine(event, zone)}
      <div class="tools">${this.renderTrackFilter(p)}${this.renderEventCalendar(feed, event)}</div>
      ${guard([p.event, p.zone, this.language, uiLocaleVersion(), this.track, this.expanded, this.hideDescriptions,
        this.hideSpeakers, this.headingLevel, marks.join()], () => this.renderProgramme(p))}
    `;
  }

  /** "Times are in Mexico City time, UTC−6." and, when another zone differs from it, the switch. */
  private renderZoneLine(event: FeedEvent, zone: string) {
    // No times shown (no sessions, and the header's dates are days, months or years): nothing to label.
    if (!event.sessions.length && spanPrecision(event.start, event.end) !== 'time') return nothing;
    const span = eventSpan(event);
    const label = (z: string) => zoneLabel(z, span.start, span.end - 1);
    const configured = super.displayZone(event);
    const other = this.alternateZone(event, configured);
    const mine = viewerZone();
    return html`<p part="zone" class="zone-line">
      <span>${msg(str`Times are in ${label(zone)}.`)}</span>
      ${!sameOffsets(zone, event.timeZone, span)
        ? html`<span>${msg(str`The event takes place in ${label(event.timeZone)}.`)}</span>`
        : !sameOffsets(zone, mine, span) ? html`<span>${msg(str`Your time zone is ${label(mine)}.`)}</span>` : nothing}
      ${sameOffsets(configured, other, span) ? nothing
        : html`<button part="zone-switch" type="button" aria-pressed=${this.switched ? 'true' : 'false'}
            @click=${() => this.switchZone(event)}>${other === mine
              ? msg('Show times in my time zone') : msg("Show times in the event's time zone")}</button>`}
    </p>`;
  }

  private switchZone(event: FeedEvent): void {
    this.switched = !this.switched;
    if (this.remembers) rememberZoneChoice(this.switched ? 'local' : 'event');
    const zone = this.displayZone(event);
    emit(this, 'minga-time-zone-change', { zone, viewerZone: zone === viewerZone() });
  }

  private renderTrackFilter({ event, feed, trackOf }: Programme) {
    const names = new Map<number, Session['track']>();
    for (const s of event.sessions) if (s.track && !names.has(trackOf(s))) names.set(trackOf(s), s.track);
    if (names.size < 2) return nothing;
    const button = (value: number | undefined, label: unknown) => html`<button type="button"
      aria-pressed=${this.track === value ? 'true' : 'false'} @click=${() => this.filterBy(value)}>${label}</button>`;
    const total = event.sessions.length;
    const shown = event.sessions.filter((s) => this.isShown(s, trackOf)).length;
    // The status line is always there, empty until the filter is used, so the first change is announced.
    const status = !this.filtered ? '' : this.track === undefined
      ? msg(str`Showing all ${total} sessions.`) : msg(str`Showing ${shown} of ${total} sessions.`);
    return html`<div part="filter" class="filter" role="group" aria-label=${msg('Filter by track')}>
      ${button(undefined, msg('All tracks'))}
      ${[...names].map(([id, name]) => button(id, this.text(name, feed)))}
      <span role="status" class="count">${status}</span>
    </div>`;
  }

  private renderEventCalendar(feed: Feed, event: FeedEvent) {
    if (!eventCanCalendar(event)) return nothing;
    return html`<button part="calendar" type="button" @click=${() => this.download(feed, event)}>
      ${msg('Add the event to my calendar')}</button>`;
  }

  private renderProgramme(p: Programme) {
    if (!p.event.sessions.length) {
      return html`<p part="message" class="message">${msg('The programme of this event has not been published yet.')}</p>`;
    }
    const ctx = { locale: this.language, zone: p.zone };
    const days = p.days
      .map((day) => ({ ...day, sessions: day.sessions.filter((s) => this.isShown(s.session, p.trackOf)) }))
      .filter((day) => day.sessions.length);
    // role="list" is redundant for the HTML, not for Safari, which drops list semantics when list-style is none.
    /* eslint-disable lit-a11y/no-redundant-role */
    return html`<ol part="programme" class="days" role="list">${days.map((day) => html`<li part="day">
      ${heading(this.headingLevel + 1, 'day-heading', html`<time datetime=${day.key}>${formatDate(day.date, ctx.locale)}</time>`)}
      <ol class="sessions" role="list">${day.sessions.map((s) => this.renderSession(s, p))}</ol>
    </li>`)}</ol>`;
    /* eslint-enable lit-a11y/no-redundant-role */
  }

  private filterBy(track: number | undefined): void {
    this.track = track;
    this.filtered = true;
  }

  private isShown(session: Session, trackOf: (s: Session) => number): boolean {
    return this.track === undefined || !session.track || trackOf(session) === this.track;
  }

  private renderSession({ session, start, end, endsOn }: ScheduledSession, p: Programme) {
    const t = (v: Session['title']) => this.text(v, p.feed);
    const state = p.states.get(session) ?? 'later';
    const open = this.expanded.has(session);
    const title = textIn(session.title, this.language, p.feed.defaultLanguage);
    const id = `d-${p.index.get(session)}`;
    const rangeKey = `${start} ${end}`;
    let range = p.ranges.get(rangeKey);
    if (!range) p.ranges.set(rangeKey, (range = renderTimeRange(start, end, { locale: this.language, zone: p.zone }, !!endsOn)));
    const details = [session.track && t(session.track), session.location && t(session.location)].filter(Boolean);
    return html`<li part="session ${state === 'later' ? '' : `session-${state}`}" class="session ${state}">
      <p part="when" class="when">${range}</p>
      <div class="body">
        ${stateMark(state)}
        ${heading(this.headingLevel + 2, 'title', session.url ? html`<a href=${session.url}>${t(session.title)}</a>` : t(session.title))}
        ${details.length ? html`<p part="details">${details.map((d, i) => (i ? [' · ', d] : d))}</p>` : nothing}
        ${this.hideSpeakers || !session.speakers.length ? nothing : html`<p part="details" class="speakers">
          ${session.speakers.map((s, i) => html`${i ? '; ' : ''}${t(s.name)}${s.affiliation
            ? html` <span class="affiliation">(${t(s.affiliation)})</span>` : nothing}`)}</p>`}
        <div class="actions">
          ${this.hideDescriptions || !session.description ? nothing : html`<button part="toggle" type="button"
            aria-expanded=${open ? 'true' : 'false'} aria-controls=${id} @click=${() => this.toggle(session)}>
            ${open ? msg('Hide details') : msg('Show details')}<span class="sr-only">: ${title}</span></button>`}
          ${this.renderSessionCalendar(p, session, title)}
        </div>
        ${this.hideDescriptions || !session.description ? nothing
          : html`<div part="description" id=${id} ?hidden=${!open}>${t(session.description)}</div>`}
      </div>
    </li>`;
  }

  private renderSessionCalendar(p: Programme, session: Session, title: string) {
    // Sessions always have times; only a postponed event's dates are not to be trusted.
    if (p.event.status === 'postponed') return nothing;
    return html`<button part="calendar" type="button" @click=${() => this.download(p.feed, p.event, session)}>
      ${msg('Add to calendar')}<span class="sr-only">: ${title}</span></button>`;
  }

  private toggle(session: Session): void {
    const next = new Set(this.expanded);
    if (!next.delete(session)) next.add(session);
    this.expanded = next;
  }

  /** Makes the .ics file in the page and downloads it, unless a listener takes it over. */
  private download(feed: Feed, event: FeedEvent, session?: Session): void {
    const source = this.src ? new URL(this.src, document.baseURI).href : `${location.origin}${location.pathname}`;
    const content = agendaCalendarFile(feed, event, { language: this.language, now: this.clock.now, source }, session);
    const filename = `${(session ?? event).id.replace(/[^\w.-]+/g, '-')}.ics`;
    if (!emit(this, 'minga-calendar-download', { eventId: event.id, sessionId: session?.id, filename, content }, { cancelable: true })) return;
    const url = URL.createObjectURL(new Blob([content], { type: 'text/calendar;charset=utf-8' }));
    const a = Object.assign(document.createElement('a'), { href: url, download: filename });
    a.click();
    // Revoke after the browser has started the download.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}

function stateMark(state: SessionState) {
  const label = state === 'now' ? msg('Now') : state === 'next' ? msg('Next') : state === 'past' ? msg('Ended', { id: 'agenda-session-ended', desc: 'Mark on a programme session that is over' }) : '';
  return label ? html`<span part="state" class="state">${label}</span>` : nothing;
}

/** True when two zones keep the same offsets over `span` (compared at its first and last instant). */
function sameOffsets(a: string, b: string, span: { start: number; end: number }): boolean {
  return a === b || (offsetAt(a, span.start) === offsetAt(b, span.start) && offsetAt(a, span.end - 1) === offsetAt(b, span.end - 1));
}
