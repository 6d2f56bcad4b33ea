/**
 * The open "Add to calendar" menu (calendar-menu.ts has its button): loaded with the links, in
 * the agenda's calendar chunk. It opens in the flow of the page, below its button: sessions clip
 * what overflows them (content-visibility), and nothing can cover the host page.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CalendarTarget, WebCalendar } from '../../calendar/calendar-targets.js';
import { menuIds, type CalendarMenu } from './calendar-menu.js';
import { msg } from './lazy-words.js';

const NAMES: Record<WebCalendar, string> = {
  google: 'Google Calendar',
  outlook: 'Outlook.com',
  office365: 'Microsoft 365',
};

const items = (menu: Element) => [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')];

/** Arrow keys, Home and End move among the items; Escape closes and returns to the button. */
function onMenuKey(e: KeyboardEvent, m: CalendarMenu): void {
  const list = items(e.currentTarget as Element);
  const at = list.indexOf(e.target as HTMLElement);
  const go: Record<string, number | undefined> = {
    ArrowDown: (at + 1) % list.length,
    ArrowUp: (at - 1 + list.length) % list.length,
    Home: 0,
    End: list.length - 1,
  };
  if (e.key in go) {
    e.preventDefault();
    list[go[e.key]!]?.focus();
  } else if (e.key === 'Escape') {
    e.preventDefault();
    e.stopPropagation();
    m.close(true);
  }
  // Tab moves on from the menu, in the flow just after its button, and focusout closes it.
}

/** The menu of `m`, open. */
export function renderCalendarMenuList(m: CalendarMenu): TemplateResult {
  const [buttonId, menuId] = menuIds(m.key);
  return html`<ul
    part="calendar-menu"
    class="calendar-menu"
    role="menu"
    id=${menuId}
    aria-labelledby=${buttonId}
    @keydown=${(e: KeyboardEvent) => onMenuKey(e, m)}
    @focusout=${(e: FocusEvent) => {
      const to = e.relatedTarget as Node | null;
      const menu = e.currentTarget as Element;
      if (to && !menu.contains(to) && to !== menu.previousElementSibling) m.close(false);
    }}>
    ${m.targets.map((t) => renderItem(t, m))}
  </ul>`;
}

function renderItem(target: CalendarTarget, m: CalendarMenu) {
  if (target === 'ics')
    return html`<li role="none">
      <button
        part="calendar-option"
        role="menuitem"
        tabindex="-1"
        type="button"
        @click=${() => {
          m.download();
          m.close(true);
        }}>
        ${m.ui(msg('Apple Calendar or other (.ics file)'))}
      </button>
    </li>`;
  const href = m.open?.links[target];
  if (!href) return nothing;
  // The link opens the service in a new tab; the menu closes once it is followed.
  return html`<li role="none">
    <a
      part="calendar-option"
      role="menuitem"
      tabindex="-1"
      href=${href}
      target="_blank"
      rel="noopener noreferrer"
      @click=${() => m.close(false)}>
      ${NAMES[target]}<span class="sr-only"> ${m.ui(msg('(opens in a new tab)'))}</span></a
    >
  </li>`;
}
