import { adoptStyles, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { localized, msg, str } from '@lit/localize';
import type { Feed, FeedEvent, Session } from '../../feed/types.js';
import { MingaElement, type EventView, type Notice } from '../../base/minga-element.js';
import { renderEventHeader, type HeaderContext } from '../../base/event-header.js';
import { eventHeaderStyles } from '../../base/event-header.styles.js';
import { heading } from '../../base/heading.js';
import { allSessionsShown, programmeUpdated, sessionsShown } from '../../base/counts.js';
import { zoneLabel } from '../../base/zone-label.js';
import { eventSpan, eventState } from '../../feed/event-state.js';
import type { AgendaGrid } from './grid-model.js';
import type { AgendaFinder, FinderHost } from './agenda-finder.js';
import type { CalendarHost } from './agenda-calendars.js';
import { formatDate } from '../../time/format.js';
import { spanPrecision } from '../../time/types.js';
import { viewerZone } from '../../time/zone.js';
import { uiLocaleVersion } from '../../internal/ui-locale.js';
import { carryTrack, programme, sameOffsets, type Programme } from './agenda-model.js';
import { sessionTemplate, type SessionChangeMark, type SessionContext } from './agenda-session.js';
import { liveLoaded } from '../../feed/live-loader.js';
import type { ReadingAnchor } from '../../internal/reading-place.js';
import { renderChange } from './session-change.js';
import { textIn } from '../../feed/text.js';
import { eventRooms } from '../../feed/rooms.js';
import { eventCanCalendar } from './calendar-check.js';
import { CALENDAR_TARGETS, parseCalendarTargets, type CalendarTarget } from '../../calendar/calendar-targets.js';
import { ZoneSwitchController } from './zone-switch-controller.js';
import { agendaStyles } from './agenda.styles.js';

/** Sessions rendered in the first task: a phone's screen and more (about 10 ms here, see npm run bench). */
const FIRST_SESSIONS = 60;

/** What one update of the agenda shows, built in willUpdate. */
const NO_CHANGES: ReadonlyMap<string, SessionChangeMark> = new Map();

interface AgendaView {
  readonly feed: Feed;
  readonly event: FeedEvent;
  readonly header: HeaderContext;
  readonly zone: string;
  /** The zone the switch leads to, unless it shows the same times. */
  readonly other?: string;
  readonly programme: Programme;
  /** Sessions changed since the page first read the feed. */
  readonly changed: ReadonlyMap<string, SessionChangeMark>;
  /** The grid, when it is the layout in force and its code is loaded. */
  readonly grid?: AgendaGrid;
  /** What the "Add to calendar" menus offer (`calendars`), read once per update. */
  readonly calendars: readonly CalendarTarget[];
  /** How many sessions the programme shows (the grid: its day's). */
  readonly total: number;
  /** What the programme's rendering depends on: it is rendered again only when one of these changes. */
  readonly programmeKey: unknown[];
}

/**
 * The programme of one event: its header, then its sessions by day in the time zone shown, as a
 * list or as a grid with rooms as columns (`view`), with now/next marks, descriptions on demand,
 * search and filters, stars ("My schedule"), links to each session, a switch between the event's
 * time zone and the viewer's, and "Add to calendar" menus. Search, filters, day, layout and the
 * session linked to live in the page address (`minga-` parameters, replaced, never pushed).
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
 * @csspart finder - The search field, filters, layout switch and "My schedule" tools above the programme (they come a moment after the sessions, with the agenda's lazy chunk).
 * @csspart search - The search field (`<input type="search">`): titles, descriptions, speakers, affiliations, tracks and rooms, in every language of the feed, ignoring case and accents.
 * @csspart room-filter - The room filter (a `<select>`, when sessions are in two rooms or more).
 * @csspart language-filter - The language filter (a `<select>`, when sessions state two languages or more).
 * @csspart filter - The track filter (shown when sessions have two or more tracks).
 * @csspart count - "Showing 3 of 151 sessions.", said politely once a filter or the search is used.
 * @csspart no-match - In place of the programme when no session matches, with "Show all sessions".
 * @csspart my-schedule - The "My schedule (N)" toggle, showing only starred sessions.
 * @csspart schedule-calendar - "Add my schedule to my calendar": one .ics file of the starred sessions.
 * @csspart share - "Share my schedule": copies a link carrying the starred sessions' ids.
 * @csspart shared - "3 sessions shared with you.", with "Show them", "Add them to my schedule" and "Dismiss", on a shared link.
 * @csspart star - Each session's star (a toggle button: "Add ‹title› to my schedule").
 * @csspart copy-link - Each session's "Copy link": a link that opens the page at that session, its details open.
 * @csspart calendar - Each "Add to calendar" button (a menu button, unless `calendars="ics"`).
 * @csspart calendar-menu - An open "Add to calendar" menu.
 * @csspart calendar-option - Each choice in it: Google Calendar, Outlook.com, Microsoft 365, the .ics file.
 * @csspart programme - The list of days.
 * @csspart day - One day of the programme.
 * @csspart day-heading - The day's date.
 * @csspart session - One session, in either view, with `data-session-id` set to its id; also `session-now`, `session-next`, `session-past`, `session-cancelled` and `session-plenary`.
 * @csspart grid - The grid view: one day, rooms as columns, time running down; it scrolls inside the element. A session too long for its time shows all its text and buttons over the next ones on hover, on focus, and from a click or tap on it until the next (touch screens have no hover).
 * @csspart room-header - A room's name above its column of the grid (stays in view while the grid scrolls).
 * @csspart day-tabs - The grid's day tabs, when the programme covers more than one day in the zone shown.
 * @csspart day-tab - One day's tab.
 * @csspart now-line - The line across the grid at the current time, while the event is on.
 * @csspart title - A session's title (a heading).
 * @csspart state - The "now", "next" or "ended" mark.
 * @csspart details - A session's track, room and speakers.
 * @csspart change - "Changed: …" or "New" on a session changed since the page first read the feed (`refresh`).
 * @csspart subscribe - The "Subscribe to the programme" disclosure (with `calendar-src`).
 * @csspart updated - "Updated 5 minutes ago", while the feed is checked for changes.
 * @csspart toggle - The button that shows or hides a session's description.
 * @csspart description - A session's description.
 * @cssprop --minga-event-name-size - Font size of the event name.
 * @cssprop --minga-event-status-color - Colour of the status badge.
 * @cssprop --minga-agenda-time-width - Width of the time column in wide layouts, and of the grid's hours.
 * @cssprop --minga-agenda-room-width - Narrowest width of a room's column in the grid (default 11rem).
 * @cssprop --minga-agenda-hour-height - Height of an hour in the grid (default 7rem).
 * @cssprop --minga-agenda-grid-height - Most the grid takes before it scrolls inside (default 80vh).
 * @fires {MingaCalendarDownloadEvent} minga-calendar-download - An .ics file is about to download; cancel it to handle the file yourself.
 * @fires {MingaTimeZoneChangeEvent} minga-time-zone-change - The viewer flipped between the event's time zone and their own.
 * @since 0.1.0
 */
@localized()
export class MingaAgenda extends MingaElement {
  static override styles = [...MingaElement.styles, eventHeaderStyles, agendaStyles];

  private prepared?: AgendaView;

  private readonly zoneSwitch = new ZoneSwitchController(this, {
    configured: (event) => super.displayZone(event),
    remembers: () => this.remembers,
  });

  /** The track shown (a number from `trackIds`), or all. */
  @state() private track?: number;

  /** Set once the viewer has used the track filter, so its status line speaks only after that. */
  @state() private filtered = false;

  /** The ids of the sessions whose details are open: ids, so that they stay open when the feed is refreshed. */
  @state() private expanded = new Set<string>();

  /** The session the viewer was reading when a refreshed feed arrived, and where it was on screen. */
  private anchor?: readonly ReadingAnchor[];

  /** The event last shown, to tell what a refresh changed in it. */
  private shownEvent?: FeedEvent;

  /** "Programme updated: 2 sessions changed.", said once by screen readers when a refresh changes this event. */
  @state() private announcement = '';

  /** The event `track` numbers the tracks of: a refreshed feed may number them differently. */
  private trackEvent?: FeedEvent;

  /** Level of the event name's heading, 1 to 6; days and sessions take the levels below it. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Hides the header (name, dates, venue), for pages that show it already. */
  @property({ attribute: 'hide-header', type: Boolean }) hideHeader = false;

  /** Hides session descriptions and their buttons. */
  @property({ attribute: 'hide-descriptions', type: Boolean }) hideDescriptions = false;

  /** Hides the "Updated 5 minutes ago" line shown while the feed is checked for changes (`refresh`). */
  @property({ attribute: 'hide-updated', type: Boolean }) hideUpdated = false;

  /**
   * Address of the programme as an iCalendar file hosted beside the feed (`npx minga-widgets ics`):
   * adds "Subscribe to the programme", with links for Apple Calendar (webcal), Google Calendar and
   * Outlook, whose calendars then follow the programme as the file changes.
   */
  @property({ attribute: 'calendar-src' }) calendarSrc?: string;

  /**
   * The calendars the "Add to calendar" menus offer, in any order: `google` (Google Calendar),
   * `outlook` (Outlook.com), `office365` (Microsoft 365) and `ics` (a file for Apple Calendar and
   * every other calendar). Default: all four. With `ics` alone, the button downloads the file.
   */
  @property() calendars?: string;

  /**
   * The session whose "Add to calendar" menu is open ('' for the whole event's), if any. Its
   * links are made at each render by the lazy chunk, so a refreshed feed or another language
   * changes them.
   */
  @state() private openMenu?: string;

  /**
   * How the programme is laid out: `list` (days one after another), `grid` (one day at a time,
   * rooms as columns and time running down, with day tabs), or `auto` (the default): the grid
   * when the event has two rooms or more and the element is wide enough for two room columns
   * beside the hours, else the list. The element's own width counts, not the window's.
   */
  @property() view: 'auto' | 'list' | 'grid' = 'auto';

  /** The day the grid shows, by date in the zone shown (`2019-12-09`); the first or today's by default. */
  @state() private day?: string;

  /** The event and zone `day` was chosen in. */
  private dayContext?: string;

  /** Wide enough for two room columns beside the hours (measured by a ResizeObserver). */
  private wide = false;

  /** While printing: the list, every day in turn. */
  @state() private printing = false;

  /**
   * How many sessions are rendered: the first screen's at once, then more in later tasks, until
   * every session shown is in the page (for find-in-page and printing). No task then renders
   * thousands of sessions at once (docs/decisions.md, "Thousands of sessions").
   */
  @state() private limit = FIRST_SESSIONS;

  /** How many sessions the next task adds: doubled or halved to keep each task short. */
  private chunk = FIRST_SESSIONS;
  /** The days the programme last showed, for `keptLimit`. */
  private shownDays: Programme['days'] = [];

  /** What `limit` counts sessions of: another event, zone, filter, view or day starts again. */
  private limitFor: unknown[] = [];

  /** Counts the rendering steps scheduled: only the latest may run. */
  private steps = 0;
  /** Whether the last step ran without a painted frame (a hidden page). */
  private unpainted = false;
  private updateStart = 0;

  /** Settles when every session shown is rendered; `updateComplete` waits for it. */
  private allRendered = Promise.resolve();
  private settleAllRendered?: () => void;

  /** Search, filters, stars and links (agenda-finder.ts), made when the lazy chunk has loaded. */
  private finder?: AgendaFinder;

  /** The layout the viewer chose with the finder's switch (`view="auto"` only). */
  @state() private chosenView?: 'list' | 'grid';

  /** The agenda's lazy chunk (agenda-extras.ts), once loaded: the grid, the calendar menus and files, the JSON-LD. */
  @state() private extras?: typeof import('./agenda-extras.js');

  private readonly resizeObserver = new ResizeObserver(([entry]) => {
    // The grid's widths are in rem: the page's root font size, not the element's.
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    // The hours (4.5rem) and two rooms (11rem each), as in the grid's styles.
    const wide = entry.contentRect.width >= 26.5 * rem;
    if (wide === this.wide) return;
    // In the next frame (a layout changed while observers are notified is a "ResizeObserver
    // loop"), and a render only when the layout in force changes with it.
    requestAnimationFrame(() => {
      const before = this.effectiveView;
      this.wide = wide;
      if (this.effectiveView !== before) this.requestUpdate();
    });
  });

  private readonly onPrint = (e: Event) => {
    this.printing = e.type === 'beforeprint';
    // Render the list, every session, before the page is laid out for paper.
    if (this.isUpdatePending) this.performUpdate();
  };

  /** Whether the width is observed: only while `view="auto"` has two rooms to choose for. */
  private observing = false;

  private observeWidth(wanted: boolean): void {
    if (wanted === this.observing) return;
    this.observing = wanted;
    if (wanted) this.resizeObserver.observe(this);
    else this.resizeObserver.disconnect();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved elsewhere in the page: measure again at once, where the width decides, and go on
    // rendering the sessions not in the page yet.
    if (this.prepared) {
      this.layoutFor(this.prepared.event);
      this.requestUpdate();
    }
    addEventListener('beforeprint', this.onPrint);
    addEventListener('afterprint', this.onPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.steps++;
    this.settleAllRendered?.();
    this.settleAllRendered = undefined;
    this.observeWidth(false);
    removeEventListener('beforeprint', this.onPrint);
    removeEventListener('afterprint', this.onPrint);
  }

  /**
   * The layout in force: `grid` or `list`, after `view="auto"` has looked at the rooms and the
   * element's width (and `list` while printing).
   */
  get effectiveView(): 'grid' | 'list' {
    return this.prepared ? this.layoutFor(this.prepared.event) : 'list';
  }

  private layoutFor(event: FeedEvent): 'grid' | 'list' {
    const layout = String(this.chosenView ?? this.view ?? 'auto').toLowerCase();
    const choose = layout !== 'grid' && layout !== 'list' && eventRooms(event).names.length >= 2;
    // A ResizeObserver only where the width decides (it costs a callback per resize, and
    // WebKit reports "ResizeObserver loop" errors for pages with many of them).
    if (this.isConnected) this.observeWidth(choose);
    if (this.printing) return 'list';
    if (layout === 'grid') return 'grid';
    return choose && this.wide ? 'grid' : 'list';
  }

  /** Hides the speakers of each session. */
  @property({ attribute: 'hide-speakers', type: Boolean }) hideSpeakers = false;

  /**
   * Adds the shown event as schema.org `Event` JSON-LD (`<script type="application/ld+json"
   * data-minga-structured-data>`) to the element's light DOM, in its language, so the host page
   * carries it. Search engines may not run scripts: `npx minga-widgets jsonld FEED EVENT` writes
   * the same at build time.
   */
  @property({ attribute: 'structured-data', type: Boolean }) structuredData = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.updateStart = performance.now();
    // A refreshed feed is about to be shown: note where the viewer is reading, to stay there.
    if (this.prepared && this.loaded && this.loaded.feed !== this.prepared.feed)
      this.anchor = liveLoaded()?.readingAnchor(this.shadowRoot!);
    // Track numbers belong to one event's sessions.
    if (changed.has('eventId') || changed.has('src') || changed.has('feed')) this.track = undefined;
    // A menu opened for other calendars, or for another event, is closed.
    if (changed.has('calendars') || changed.has('eventId') || changed.has('src') || changed.has('feed'))
      this.openMenu = undefined;
    if (changed.has('timeZone') && changed.get('timeZone') !== undefined) this.zoneSwitch.reset();
    this.prepared = undefined;
    super.willUpdate(changed);
  }

  protected prepareEvent({ event, feed, language, now }: EventView): Notice | undefined {
    const zone = this.displayZone(event);
    if (this.track !== undefined && this.trackEvent && this.trackEvent !== event)
      this.track = carryTrack(this.trackEvent, event, this.track);
    this.trackEvent = event;
    const changed = this.changesSinceFirstRead(event);
    const live = liveLoaded();
    const fromRefresh = this.feedController.firstFeed !== feed;
    if (live && fromRefresh && this.shownEvent && this.shownEvent !== event && this.shownEvent.id === event.id) {
      const n = live.sessionChanges(this.shownEvent, event).length;
      // A live region speaks when its text changes: the same words twice in a row would be
      // said once, so every other announcement ends with an invisible zero-width space.
      if (n) this.announcement = programmeUpdated(n) + (this.announcement.endsWith('\u200b') ? '' : '\u200b');
    }
    this.shownEvent = event;
    if (!this.extras) void this.loadExtras();
    // Day keys belong to one event in one zone: another zone or event starts from its default day.
    const dayContext = `${event.id} ${zone}`;
    if (this.dayContext !== dayContext) this.day = undefined;
    this.dayContext = dayContext;
    // First the finder, which may set the track and day from the page address.
    const keep = this.finder?.filter(event, feed);
    const p = programme(event, zone, now, this.track, keep);
    const grid = this.layoutFor(event) === 'grid' ? this.gridOf(event, zone, now, p) : undefined;
    // Other sessions to show: the first screen again, at once. (A refresh of the same event keeps
    // what is rendered, so the viewer's place stays.) The filters come last: when only they
    // changed, the list keeps the sessions it has in the page.
    const limitFor = [event.id, zone, language, grid?.day, !grid, this.track, this.finder?.filterKey ?? ''];
    const first = limitFor.findIndex((k, i) => k !== this.limitFor[i]);
    if (first >= 0) {
      const kept = first >= 5 && !grid && this.extras?.keptLimit(this.shownDays, this.limit, p.days);
      this.limit = Math.max(FIRST_SESSIONS, kept || 0);
      this.chunk = FIRST_SESSIONS;
    }
    // Paper shows every session, of the list that printing switches to from the grid too.
    if (this.printing) this.limit = Infinity;
    this.limitFor = limitFor;
    this.shownDays = p.days;
    this.prepared = {
      total: grid ? (grid.days.find((d) => d.key === grid.day)?.pieces.length ?? 0) : p.shown,
      grid,
      calendars: parseCalendarTargets(this.calendars) ?? CALENDAR_TARGETS,
      feed,
      event,
      zone,
      programme: p,
      changed,
      other: this.zoneSwitch.other(event),
      header: { event, feed, language, uiLang: this.uiLang, zone, headingLevel: this.headingLevel },
      // The clock ticks every minute; the programme (up to thousands of sessions) is rendered
      // again only when something it shows changes: a mark, the zone, the language, a control.
      programmeKey: [
        event,
        zone,
        language,
        uiLocaleVersion(),
        this.track,
        this.expanded,
        this.hideDescriptions,
        this.hideSpeakers,
        this.headingLevel,
        this.calendars,
        this.openMenu,
        this.finder?.key,
        this.limit,
        grid?.days,
        grid?.day,
        // While the event is on, the grid's line for the current time moves with each minute.
        grid && eventState(event, now) === 'live' ? Math.floor(now / 60_000) : undefined,
        [...p.states.values()].join(),
      ],
    };
    return undefined;
  }

  private gridOf(event: FeedEvent, zone: string, now: number, p: Programme): AgendaGrid | undefined {
    // The list shows until the grid's code has loaded.
    return this.extras?.gridView(event, zone, now, p.filtered ? p.days : undefined, this.day);
  }

  private extrasLoad?: Promise<typeof import('./agenda-extras.js')>;
  /** The chunk failed, or has not come within 3 s: the rendering steps go on without it. */
  private extrasLate = false;

  /** Loads the agenda's lazy chunk, once, and adopts the grid's styles from it. */
  private loadExtras(): Promise<typeof import('./agenda-extras.js')> {
    if (!this.extrasLoad) {
      const late = () => this.extras || ((this.extrasLate = true), this.requestUpdate());
      setTimeout(late, 3000);
      (this.extrasLoad = import('./agenda-extras.js').then((chunk) => {
        adoptStyles(this.renderRoot as ShadowRoot, [
          ...(this.constructor as typeof MingaAgenda).elementStyles,
          ...chunk.extraStyles,
        ]);
        this.finder = new chunk.AgendaFinder(this as unknown as FinderHost, msg);
        return (this.extras = chunk);
      })).catch(late);
    }
    return this.extrasLoad;
  }

  /** Shows the grid's day `key`, and moves focus to its tab when the keyboard chose it. */
  private selectDay(key: string, focus: boolean): void {
    this.day = key;
    // Once the day is rendered, not once its last session is.
    if (focus)
      void super.getUpdateComplete().then(() => this.renderRoot.querySelector<HTMLElement>(`#day-tab-${key}`)?.focus());
  }

  /** The sessions of `event` that changed since the feed was first read on this page, by id. */
  private changesSinceFirstRead(event: FeedEvent): ReadonlyMap<string, SessionChangeMark> {
    const first = this.feedController.firstFeed?.events.find((e) => e.id === event.id);
    // A feed other than the first is there only after a refresh, with the live-programme code.
    return (first && first !== event && liveLoaded()?.changeMarks(first, event)) || NO_CHANGES;
  }

  protected override get contentEmpty(): boolean {
    return this.prepared?.event.sessions.length === 0;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.anchor) liveLoaded()?.keepReadingPlace(this.shadowRoot!, this.anchor);
    this.anchor = undefined;
    this.renderMoreLater(this.updateStart);
    // The JSON-LD code is a chunk of its own, loaded only by agendas that write it (or must remove it).
    if (this.structuredData || this.querySelector(':scope > script[data-minga-structured-data]'))
      this.structuredDataWrite = this.loadExtras().then(({ syncStructuredData }) => {
        const v = this.prepared;
        syncStructuredData(
          this,
          this.structuredData && v ? { feed: v.feed, event: v.event, language: this.language } : undefined,
        );
      });
  }

  /**
   * Renders more sessions in a task of its own while some shown are not in the page yet, with as
   * many as keep a frame short: the last step, script and rendering, took from `started` until
   * its frame was painted.
   */
  private renderMoreLater(started: number): void {
    const total = this.prepared?.total ?? 0;
    // Steps scheduled before this update, or before the element left the page, do nothing.
    const step = ++this.steps;
    if (this.limit >= total || !this.isConnected) {
      this.settleAllRendered?.();
      this.settleAllRendered = undefined;
      return;
    }
    if (!this.settleAllRendered) this.allRendered = new Promise((settle) => (this.settleAllRendered = settle));
    // The rest waits for the lazy chunk (every session's star, calendar menu and link): sessions
    // rendered before it would all be rendered again when it comes, hundreds in one task. Its
    // coming is an update, which goes on from here; if it fails or is late, the rest comes without.
    if (!this.extras && !this.extrasLate) return;
    const grow = (painted: boolean) => {
      if (step !== this.steps) return;
      this.steps++;
      // The first sessions' frame also read the feed, and a step after unpainted ones had its
      // size unmeasured: neither says what a step costs.
      if (!painted) this.chunk *= 2;
      else if (this.unpainted) this.chunk = FIRST_SESSIONS;
      else if (this.limit > FIRST_SESSIONS && this.extras)
        this.chunk = this.extras.nextStepSize({ sessions: this.chunk, ms: performance.now() - started });
      this.unpainted = !painted;
      this.limit += this.chunk;
    };
    // A task posted from the frame's callback runs once the frame is painted. A hidden page has
    // no frames: it goes on at timers' pace (once a second in a background tab), in steps that
    // double.
    requestAnimationFrame(() => setTimeout(() => grow(true)));
    setTimeout(() => grow(false), 100);
  }

  /** Settles once the JSON-LD of the last update is written, so `updateComplete` covers it too. */
  private structuredDataWrite = Promise.resolve();

  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    await this.structuredDataWrite;
    // Every session shown is in the page.
    while (this.settleAllRendered) {
      await this.allRendered;
      done = await super.getUpdateComplete();
    }
    // Once the lazy chunk has come, the finder's tools and the stars are rendered too.
    if (this.extrasLoad && !this.extras) {
      await this.extrasLoad.catch(() => undefined);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /**
   * The site-wide memory of the switch applies only where the page left the zone to the agenda
   * (no `time-zone`, or `event`): a zone the page set on purpose is not overridden by a choice
   * made on another page.
   */
  private get remembers(): boolean {
    const set = this.timeZone?.trim().toLowerCase();
    return !set || set === 'event';
  }

  protected override displayZone(event: FeedEvent): string {
    return this.zoneSwitch.zone(event);
  }

  private toggle(session: Session): void {
    const next = new Set(this.expanded);
    if (!next.delete(session.id)) next.add(session.id);
    this.expanded = next;
  }

  /** Makes the .ics file in the page and downloads it, unless a listener takes it over. */
  protected download(feed: Feed, event: FeedEvent, session?: Session | readonly Session[]): void {
    const options = { language: this.language, now: this.now };
    // The calendar code is loaded on the first click (calendar-entries.ts).
    void this.loadExtras().then((m) => m.offerCalendarFile(this, feed, event, options, session));
  }

  /** The "Add to calendar" menu of the whole event, or of one session, once the lazy chunk has come. */
  private calendarMenu(feed: Feed, event: FeedEvent, label: TemplateResult | string, session?: Session, name?: string) {
    return this.extras?.calendarMenuOf(this as unknown as CalendarHost, feed, event, label, session, name) ?? nothing;
  }

  protected renderContent(): TemplateResult {
    const v = this.prepared!;
    return html`
      ${this.hideHeader ? nothing : html`<div part="header" class="header">${renderEventHeader(v.header)}</div>`}
      ${this.renderZoneLine(v)} ${this.finder?.renderTools(v.feed, v.event, this.uiLocale)}
      <div class="tools">${this.renderEventCalendar(v)}</div>
      ${this.renderCount(v.programme)} ${guard(v.programmeKey, () => this.renderProgramme(v))}
      ${this.renderUpdated(this.hideUpdated)}
      <p class="sr-only" role="status">${this.ui(this.announcement)}</p>
    `;
  }

  /** "Times are in Mexico City time, UTC−6." and, when another zone differs from it, the switch. */
  private renderZoneLine({ event, zone, other }: AgendaView) {
    // No times shown (no sessions, and the header's dates are days, months or years): nothing to label.
    if (!event.sessions.length && spanPrecision(event.start, event.end) !== 'time') return nothing;
    const span = eventSpan(event);
    const label = (z: string) => zoneLabel(z, span.start, span.end - 1, this.language);
    const mine = viewerZone();
    return html`<p part="zone" class="zone-line">
      <span>${this.ui(msg(str`Times are in ${label(zone)}.`))}</span>
      ${
        !sameOffsets(zone, event.timeZone, event)
          ? html`<span>${this.ui(msg(str`The event takes place in ${label(event.timeZone)}.`))}</span>`
          : !sameOffsets(zone, mine, event)
            ? html`<span>${this.ui(msg(str`Your time zone is ${label(mine)}.`))}</span>`
            : nothing
      }
      ${
        other === undefined
          ? nothing
          : html`<button
              part="zone-switch"
              class="button"
              type="button"
              aria-pressed=${this.zoneSwitch.switched ? 'true' : 'false'}
              @click=${() => this.zoneSwitch.toggle(event)}>
              ${this.ui(
                other === mine ? msg('Show times in my time zone') : msg("Show times in the event's time zone"),
              )}
            </button>`
      }
    </p>`;
  }

  /**
   * "Showing 3 of 151 sessions.": always there, empty until a filter or the search is used, so
   * that the first change is announced (politely).
   */
  private renderCount(p: Programme) {
    const status = !this.filtered ? '' : p.filtered ? sessionsShown(p.shown, p.total) : allSessionsShown(p.total);
    return html`<p part="count" role="status" class="count" lang=${ifDefined(this.uiLang)}>${status}</p>`;
  }

  private renderEventCalendar({ feed, event }: AgendaView) {
    if (!eventCanCalendar(event)) return this.renderSubscribe(feed, event);
    const label = this.ui(msg('Add the event to my calendar')) as string;
    return html`<span class="calendar">${this.calendarMenu(feed, event, label)}</span
      >${this.renderSubscribe(feed, event)}`;
  }

  /** With `calendar-src`: "Subscribe to the programme". */
  private renderSubscribe(feed: Feed, event: FeedEvent) {
    if (!this.calendarSrc) return nothing;
    const name = textIn(event.name, this.language, feed.defaultLanguage);
    // The subscribe links come with the agenda's lazy chunk.
    return this.extras?.renderSubscribe(this.calendarSrc, name, (w) => this.ui(w)) ?? nothing;
  }

  private renderProgramme(v: AgendaView) {
    if (!v.event.sessions.length) {
      return this.renderNotice({ kind: 'empty', text: msg('The programme of this event has not been published yet.') });
    }
    const c: SessionContext = {
      feed: v.feed,
      event: v.event,
      programme: v.programme,
      language: this.language,
      uiLang: this.uiLang,
      zone: v.zone,
      headingLevel: this.headingLevel + 2,
      expanded: this.expanded,
      changed: v.changed,
      renderChange,
      hideDescriptions: this.hideDescriptions,
      hideSpeakers: this.hideSpeakers,
      ranges: new Map(),
      toggle: (s) => this.toggle(s),
      calendar: (s, words, name) => this.calendarMenu(v.feed, v.event, words, s, name),
      actions: this.finder && ((s, title) => this.finder!.renderActions(s, title)),
      starred: this.finder && ((id) => this.finder!.starred(id)),
      openMenu: this.openMenu,
      key: [
        v.zone,
        this.language,
        this.uiLang,
        uiLocaleVersion(),
        v.calendars,
        this.hideDescriptions,
        this.hideSpeakers,
      ]
        .concat(this.headingLevel, !!this.finder)
        .join(),
    };
    if (!v.programme.shown && this.finder) return this.finder.renderNoMatch();
    if (v.grid && this.extras)
      return this.extras.renderGrid({
        session: c,
        rooms: v.grid.rooms,
        days: v.grid.days,
        day: v.grid.day,
        now: this.now,
        live: eventState(v.event, this.now) === 'live',
        tabsLabel: msg('Days of the programme'),
        // The day's heading, for the headings' outline (the tabs show the date): as in the list.
        dayHeading: (key, date) =>
          html`<div class="sr-only">
            ${heading(this.headingLevel + 1, 'day-heading', html`<time datetime=${key}>${formatDate(date, this.language)}</time>`)}
          </div>`,
        selectDay: (key, focus) => this.selectDay(key, focus),
        text: (value) => this.text(value, v.feed),
        renderSession: sessionTemplate,
        limit: this.limit,
      });
    // role="list" is redundant for the HTML, not for Safari, which drops list semantics when list-style is none.
    /* eslint-disable lit-a11y/no-redundant-role */
    // The first sessions now, the rest in later tasks (`limit`).
    let left = this.limit;
    const days: (typeof v.programme.days)[number][] = [];
    for (const day of v.programme.days) {
      if (left <= 0) break;
      days.push(day.items.length <= left ? day : { ...day, items: day.items.slice(0, left) });
      left -= day.items.length;
    }
    return html`<ol part="programme" class="days" role="list">
      ${repeat(
        days,
        (day) => day.key,
        (day) =>
          html`<li part="day" class="day">
            ${heading(this.headingLevel + 1, 'day-heading', html`<time datetime=${day.key}>${formatDate(day.date, this.language)}</time>`)}
            <ol class="sessions" role="list">
              ${repeat(
                day.items,
                (s) => s.item.id,
                (s) => sessionTemplate(s, c),
              )}
            </ol>
          </li>`,
      )}
    </ol>`;
    /* eslint-enable lit-a11y/no-redundant-role */
  }
}
