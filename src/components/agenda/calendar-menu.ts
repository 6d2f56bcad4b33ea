/**
 * The "Add to calendar" menu button of a session or of the whole event (WAI-ARIA APG menu button):
 * Google Calendar, Outlook.com and Microsoft 365 as links that open in a new tab, and the .ics
 * file for Apple Calendar and every other calendar. With only the file chosen (`calendars="ics"`),
 * a plain button downloads it. Only the button is loaded up front: the menu (calendar-menu-list.ts)
 * comes with the links, in the agenda's calendar chunk, on the first opening.
 */
import { ifDefined } from 'lit/directives/if-defined.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { CalendarTarget, WebCalendar } from '../../calendar/calendar-targets.js';

/** The links of an open menu; an entry no web calendar can hold has none. */
export type MenuLinks = Partial<Record<WebCalendar, string>>;

export interface CalendarMenu {
  /** Which menu, unique in the agenda: for ids. */
  readonly key: string;
  readonly targets: readonly CalendarTarget[];
  /** The button's visible words. */
  readonly label: TemplateResult | string;
  /** Its whole name, when the words are not all of it ("Add to calendar: {title}"), and the name's language. */
  readonly name?: string;
  readonly lang?: string;
  /** Set while this menu is open: its links, and the menu's template (calendar-menu-list.ts). */
  readonly open?: { readonly links: MenuLinks; readonly render: (m: CalendarMenu) => TemplateResult };
  /** Opens this menu (closing any other) and focuses its first or last item. */
  show(focus: 'first' | 'last'): void;
  /** Closes it, and puts focus back on its button when asked. */
  close(refocus: boolean): void;
  download(): void;
  ui(words: string): unknown;
}

/** The ids of a menu's button and list. */
export const menuIds = (key: string) => [`calendar-button-${key}`, `calendar-menu-${key}`] as const;

function onButtonKey(e: KeyboardEvent, m: CalendarMenu): void {
  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    e.preventDefault();
    m.show(e.key === 'ArrowDown' ? 'first' : 'last');
  } else if (e.key === 'Escape' && m.open) {
    m.close(true);
  }
}

/** The button, and its menu while open. */
export function renderCalendarMenu(m: CalendarMenu): TemplateResult {
  if (!m.targets.some((t) => t !== 'ics'))
    return html`<button
      part="calendar"
      class="button"
      type="button"
      lang=${ifDefined(m.lang)}
      aria-label=${m.name ?? nothing}
      @click=${m.download}>
      ${m.label}
    </button>`;
  const [buttonId, menuId] = menuIds(m.key);
  return html`<button
      part="calendar"
      class="button"
      type="button"
      id=${buttonId}
      lang=${ifDefined(m.lang)}
      aria-label=${m.name ?? nothing}
      aria-haspopup="menu"
      aria-expanded=${m.open ? 'true' : 'false'}
      aria-controls=${menuId}
      @click=${() => (m.open ? m.close(false) : m.show('first'))}
      @keydown=${(e: KeyboardEvent) => onButtonKey(e, m)}>
      ${m.label}</button
    >${m.open ? m.open.render(m) : nothing}`;
}
