/**
 * The agenda's "Add to calendar" menus, in its lazy chunk: the menu button of the whole event or of
 * one session (calendar-menu.ts), its links (calendar-entries.ts) and its open list. The agenda
 * shows them once the chunk has come, with the stars, a moment after its sessions.
 */
import type { TemplateResult } from 'lit';
import type { Feed, FeedEvent, Session } from '../../feed/types.js';
import type { CalendarTarget } from '../../calendar/calendar-targets.js';
import { renderCalendarMenu } from './calendar-menu.js';
import { renderCalendarMenuList } from './calendar-menu-list.js';
import { calendarMenuLinks } from './calendar-entries.js';

/** What the menus read and set on their agenda: its private fields (the menus are part of it). */
export interface CalendarHost extends HTMLElement {
  readonly src?: string;
  readonly language: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  readonly prepared?: {
    readonly event: FeedEvent;
    readonly calendars: readonly CalendarTarget[];
    readonly programme: { readonly index: ReadonlyMap<Session, number> };
  };
  /** The UI language, when it is not the element's. */
  readonly uiLang?: string;
  /** The session whose menu is open ('' for the whole event's), if any. */
  openMenu?: string;
  ui(words: string): TemplateResult | string;
  download(feed: Feed, event: FeedEvent, sessions?: Session | readonly Session[]): void;
}

/**
 * The "Add to calendar" menu button of the whole event, or of one session, with its menu while
 * open: `label` is what it shows, and `name` (a session's "Add to calendar: {title}") what it is
 * called, in the UI language.
 */
export function calendarMenuOf(
  host: CalendarHost,
  feed: Feed,
  event: FeedEvent,
  label: TemplateResult | string,
  session?: Session,
  name?: string,
): TemplateResult {
  const id = session?.id ?? '';
  const key = session ? `s${host.prepared?.programme.index.get(session)}` : 'event';
  const selector = (part: string) => `#calendar-${part}-${key}`;
  const focusLater = (find: () => HTMLElement | null | undefined) =>
    void host.updateComplete.then(() => find()?.focus());
  return renderCalendarMenu({
    key,
    label,
    name,
    lang: name ? host.uiLang : undefined,
    targets: host.prepared!.calendars,
    open:
      host.openMenu === id
        ? {
            links: calendarMenuLinks(host, feed, event, { language: host.language }, session),
            render: renderCalendarMenuList,
          }
        : undefined,
    ui: (words) => host.ui(words),
    download: () => host.download(feed, event, session),
    show: (focus) => {
      host.openMenu = id;
      focusLater(() => {
        const items = host.renderRoot.querySelectorAll<HTMLElement>(`${selector('menu')} [role="menuitem"]`);
        return items[focus === 'first' ? 0 : items.length - 1];
      });
    },
    close: (refocus) => {
      if (host.openMenu !== id) return;
      host.openMenu = undefined;
      if (refocus) focusLater(() => host.renderRoot.querySelector<HTMLElement>(selector('button')));
    },
  });
}
