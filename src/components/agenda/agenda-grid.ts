/**
 * The agenda's grid view (`view="grid"`, or `auto` when wide enough for two rooms): one day at a
 * time, picked by day tabs, rooms as columns and time running down. Loaded with the agenda's lazy
 * chunk the first time a grid is shown. Sessions are in the DOM in time order, as in the list,
 * so screen readers and the keyboard meet them in the order they happen; CSS grid places them.
 */
import { css, html, nothing, unsafeCSS, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { LocalizedText } from '../../feed/types.js';
import { formatDate } from '../../time/format.js';
import { dateTimeFormat } from '../../internal/intl.js';
import { scheduledIn } from '../../time/schedule.js';
import { sessionSpan } from '../../feed/event-state.js';
import type { sessionTemplate, SessionContext } from './agenda-session.js';
// Rows of five minutes (ROW): sessions are placed to the nearest five minutes; their text says the minute.
import { dayStart, ROW, type GridDay } from './grid-model.js';

const HOUR = 3_600_000;

export interface GridContext {
  readonly session: SessionContext;
  readonly days: readonly GridDay[];
  readonly rooms: readonly LocalizedText[];
  /** The day shown, by key. */
  readonly day: string;
  readonly now: number;
  /** While the event is on: the line across the grid at the current time. */
  readonly live: boolean;
  /** The shown day's heading (hidden: the tabs show the date), one level above the sessions'. */
  dayHeading(key: string, date: GridDay['date']): TemplateResult;
  /** The tabs' name ("Days of the programme"), in the UI language. */
  readonly tabsLabel: string;
  selectDay(key: string, focus: boolean): void;
  text(value: LocalizedText): unknown;
  /**
   * The list's session renderer, passed in: this chunk importing it (a module that calls `msg`)
   * made the bundler split the entry into five chunks.
   */
  readonly renderSession: typeof sessionTemplate;
  /** How many of the day's sessions to render now (the rest come in later tasks). */
  readonly limit: number;
}

const cssom = (text: string) => text as unknown as CSSStyleDeclaration;

/**
 * A click or tap on a session's card, outside its buttons and links, opens the card: all its
 * text, its tools and its description, over the sessions below it, until the next click. A mouse
 * shows all that on hover, the keyboard on focus; a touch screen has neither on a card, and
 * iOS sends no hover at all to an element without a click handler, so a short session's buttons
 * would stay cut off. One card is open at a time: an open card covers the sessions below it.
 */
function onCardClick(e: MouseEvent, g: GridContext): void {
  const target = e.target as Element;
  // Selecting text to copy it is not a click on the card (`type`, not `isCollapsed`, which WebKit
  // reports true for a selection in a shadow root).
  if (target.closest('a, button, [role="menu"]') || getSelection()?.type === 'Range') return;
  const id = target.closest('[data-session-id]')?.getAttribute('data-session-id');
  const byId = (key: string) => g.session.event.sessions.find((s) => s.id === key);
  const session = id && byId(id);
  if (!session) return;
  if (!g.session.expanded.has(session.id))
    for (const other of g.session.expanded) {
      const open = byId(other);
      if (open) g.session.toggle(open);
    }
  g.session.toggle(session);
}

/** Arrow keys move along the tabs (mirrored in right-to-left pages), Home and End to the ends. */
function onTabKey(e: KeyboardEvent, g: GridContext, index: number): void {
  const rtl = getComputedStyle(e.currentTarget as Element).direction === 'rtl';
  const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[e.key];
  const last = g.days.length - 1;
  const to =
    step !== undefined
      ? (index + step + g.days.length) % g.days.length
      : e.key === 'Home'
        ? 0
        : e.key === 'End'
          ? last
          : -1;
  if (to < 0) return;
  e.preventDefault();
  g.selectDay(g.days[to].key, true);
}

function renderTabs(g: GridContext): TemplateResult | typeof nothing {
  if (g.days.length < 2) return nothing;
  const language = g.session.language;
  return html`<div part="day-tabs" class="day-tabs" role="tablist" aria-label=${g.tabsLabel}>
    ${g.days.map(
      (d, i) =>
        html`<button
          part="day-tab"
          class="button day-tab"
          type="button"
          role="tab"
          id=${`day-tab-${d.key}`}
          aria-selected=${d.key === g.day ? 'true' : 'false'}
          aria-controls="grid-day"
          tabindex=${d.key === g.day ? '0' : '-1'}
          @click=${() => g.selectDay(d.key, false)}
          @keydown=${(e: KeyboardEvent) => onTabKey(e, g, i)}>
          <time datetime=${d.key}>${formatDate(d.date, language)}</time>
        </button>`,
    )}
  </div>`;
}

// role="list" on the <ol> is redundant for the HTML, not for Safari, which drops list semantics
// when list-style is none. A click on a card opens what a pointer on it shows (onCardClick): the
// keyboard and screen readers reach the same through the card's own buttons, on focus.
/* eslint-disable lit-a11y/no-redundant-role, lit-a11y/click-events-have-key-events */
/** The day's grid, and the tabs above it when the programme has more than one day in the zone shown. */
export function renderGrid(g: GridContext): TemplateResult {
  const day = g.days.find((d) => d.key === g.day) ?? g.days[0];
  const zone = g.session.zone;
  const origin = dayStart(day, zone) + day.from * HOUR;
  const rowOf = (t: number, round: (n: number) => number) => 2 + round((t - origin) / ROW);
  const hours = Array.from({ length: day.to - day.from }, (_, i) => origin + i * HOUR);
  const hourFormat = dateTimeFormat(g.session.language, { hour: 'numeric', minute: '2-digit', timeZone: zone });
  const rows = (day.to - day.from) * (HOUR / ROW);
  const showNow = g.live && g.now >= origin && g.now < origin + rows * ROW;
  return html`${renderTabs(g)}
    <div
      part="grid"
      class="grid"
      role=${g.days.length > 1 ? 'tabpanel' : 'region'}
      id="grid-day"
      aria-labelledby=${g.days.length > 1 ? `day-tab-${day.key}` : nothing}
      aria-label=${g.days.length > 1 ? nothing : formatDate(day.date, g.session.language)}
      tabindex="0"
      .style=${cssom(`--rooms: ${Math.max(1, g.rooms.length)}; --rows: ${rows}`)}>
      ${g.dayHeading(day.key, day.date)}
      <div class="corner" aria-hidden="true"></div>
      ${g.rooms.map(
        (name, i) =>
          html`<div part="room-header" class="room-header" .style=${cssom(`grid-column: ${i + 2}`)}>
            ${g.text(name)}
          </div>`,
      )}
      ${hours.map(
        (t, i) =>
          html`<div
            class="hour"
            aria-hidden="true"
            .style=${cssom(`grid-row: ${2 + i * (HOUR / ROW)} / span ${HOUR / ROW}`)}>
            ${hourFormat.format(t)}
          </div>`,
      )}
      ${
        showNow
          ? html`<div
              part="now-line"
              class="now-line"
              aria-hidden="true"
              .style=${cssom(`grid-row: ${rowOf(g.now, Math.floor)}`)}></div>`
          : nothing
      }
      <ol class="grid-sessions" role="list" @click=${(e: MouseEvent) => onCardClick(e, g)}>
        ${repeat(
          day.pieces.slice(0, g.limit),
          (p) => p.session.id,
          (p) => {
            const start = rowOf(p.start, Math.floor);
            const end = Math.max(start + 1, rowOf(p.end, Math.ceil));
            // A session across every room has its star where the first room's sessions have
            // theirs: at its far end, it would be out of view when the rooms do not fit.
            const columns =
              p.column < 0
                ? `2 / -1; --_star-end: calc(100% - var(--minga-agenda-room-width, 11rem) + 2px)`
                : `${p.column + 2}`;
            const style =
              `grid-row: ${start} / ${end}; grid-column: ${columns};` +
              (p.lanes > 1 ? ` --lane: ${p.lane}; --lanes: ${p.lanes}` : '');
            return g.renderSession(scheduledIn(p.session, sessionSpan(p.session), zone), g.session, {
              style,
              continues: p.continues,
              continued: p.continued,
            });
          },
        )}
      </ol>
    </div>`;
}

/* eslint-enable lit-a11y/no-redundant-role, lit-a11y/click-events-have-key-events */

/**
 * A grid session showing all its text over the next ones. Layout containment stays: the session
 * is its star's containing block without being positioned (a positioned session is a paint layer
 * of its own, which made the grid of 1,000 sessions a fifth slower to render).
 */
const OPEN = unsafeCSS(`
  z-index: 1;
  contain: layout;
  overflow: visible;
  block-size: max-content;
  min-block-size: calc(100% - 2px);
  align-self: start;
`);

/**
 * The grid's styles, adopted by the agenda's shadow root when the grid first shows. The grid
 * scrolls inside the element, both ways, with the room headers and the hours pinned.
 */
export const gridStyles = css`
  .day-tabs {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.25);
    margin-block-end: calc(var(--_space) * 0.5);
  }
  .day-tab[aria-selected='true'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--minga-color-surface, Canvas);
  }
  .grid {
    --_hour: var(--minga-agenda-hour-height, 7rem);
    display: grid;
    grid-template-columns: var(--minga-agenda-time-width, 4.5rem) repeat(
        var(--rooms),
        minmax(var(--minga-agenda-room-width, 11rem), 1fr)
      );
    grid-template-rows: auto repeat(var(--rows), calc(var(--_hour) / 12));
    max-height: var(--minga-agenda-grid-height, 80vh);
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .grid-sessions {
    display: contents;
  }
  .corner,
  .room-header {
    position: sticky;
    top: 0;
    z-index: 3;
    grid-row: 1;
    padding: 0.4em 0.5em;
    background: var(--minga-color-surface, Canvas);
    border-block-end: 1px solid var(--_border);
    font-weight: bold;
  }
  .corner {
    inset-inline-start: 0;
    z-index: 4;
    grid-column: 1;
  }
  .hour {
    position: sticky;
    inset-inline-start: 0;
    z-index: 2;
    grid-column: 1;
    padding-inline: 0.4em;
    background: var(--minga-color-surface, Canvas);
    border-block-start: 1px solid var(--_border);
    color: var(--_muted);
    font-size: 0.85em;
  }
  .grid .session {
    --lane: 0;
    --lanes: 1;
    display: block;
    inline-size: calc(100% / var(--lanes));
    margin: 1px 0;
    margin-inline-start: calc(100% * var(--lane) / var(--lanes));
    padding: 0.3em 0.5em;
    overflow: hidden;
    border: 1px solid var(--_border);
    border-inline-start: 3px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--minga-color-surface, Canvas);
    content-visibility: visible;
    contain: strict;
    cursor: pointer;
  }
  .grid .session.live {
    border-inline-start-color: var(--_accent);
  }
  /* A session whose text does not fit shows it all while focus is in it, once a click or tap
     opened it (onCardClick), and under a mouse pointer. (A session that a link revealed has focus
     itself, and is open until a click closes it.) Not on hover where the pointer is a finger: a tap
     leaves :hover set on Android, and the next tap would not close the session. */
  .grid .session:is(:focus-within:not(:focus), .open) {
    ${OPEN}
  }
  @media (hover: hover) {
    .grid .session:hover {
      ${OPEN}
    }
  }
  .grid .session .when {
    padding-inline-end: 1.6em;
    font-size: 0.85em;
  }
  /* The star keeps the card's top corner, in view however short the session: the grid shows what
     is in my schedule, and a tap stars a session, without opening it. */
  .grid .session .star {
    position: absolute;
    inset-block-start: 2px;
    inset-inline-end: var(--_star-end, 2px);
    padding: 0.1em 0.2em;
    font-size: 0.85em;
  }
  .now-line {
    grid-column: 2 / -1;
    z-index: 2;
    border-block-start: 2px solid var(--_danger);
    pointer-events: none;
  }
`;
