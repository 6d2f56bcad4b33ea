/**
 * The targets of the "Add to calendar" menus and the `calendars` attribute that chooses them,
 * apart from the link builders (calendar-links.ts), which load only when a menu first opens.
 */

/** The web calendars a link can be made for. */
export type WebCalendar = 'google' | 'outlook' | 'office365';
/** Every target of the "add to calendar" menu: the web calendars and the .ics file (Apple Calendar and others). */
export type CalendarTarget = WebCalendar | 'ics';

/** The menu's targets, in the order shown, and the `calendars` attribute's default. */
export const CALENDAR_TARGETS: readonly CalendarTarget[] = ['google', 'outlook', 'office365', 'ics'];

/**
 * The targets a `calendars` attribute names ("google ics"), in the menu's order; unknown words
 * are left out. Undefined when it names none, so the element falls back to every target.
 */
export function parseCalendarTargets(value: string | null | undefined): CalendarTarget[] | undefined {
  const words = new Set((value ?? '').toLowerCase().split(/[\s,]+/));
  const chosen = CALENDAR_TARGETS.filter((t) => words.has(t));
  return chosen.length ? chosen : undefined;
}
