/**
 * Test harness for <minga-agenda>: mounting it with a feed, finding its parts, reading what it
 * shows. Shared mounting and clean-up are in test/support/fixture.ts.
 */
import { oneEvent, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/minga-widgets.js';
import type { MingaAgenda } from '../../src/components/agenda/agenda.js';
import type { MingaCalendarDownloadEvent } from '../../src/index.js';
import type { SessionJson } from '../../src/feed/types.js';
import { $, $$, mount, testFeed } from '../support/fixture.js';

/** Renders a template holding one agenda and waits until its feed is shown. */
export const mountAgenda = (template: TemplateResult) => mount<MingaAgenda>(template, 'minga-agenda');

/** A one-event test feed (not the sample feed): "Test forum" in Mexico City, 9–10 December 2019, with the given sessions. */
export function agendaFeed(sessions: Partial<SessionJson>[], event: Record<string, unknown> = {}) {
  return testFeed([
    {
      id: 'test',
      name: 'Test forum',
      timeZone: 'America/Mexico_City',
      start: '2019-12-09',
      end: '2019-12-10',
      ...event,
      sessions: sessions.map((s, i) => ({ id: `s${i + 1}`, title: `Session ${i + 1}`, ...s })),
    },
  ]);
}

/** The text of each shown session's time range, title and mark, as a viewer reads them. */
export function sessionsShown(el: Element): { day: string; when: string; title: string; state: string }[] {
  return $$(el, '[part~="day"]').flatMap((day) => {
    const heading = day.querySelector('[part~="day-heading"]')!.textContent!.trim();
    return [...day.querySelectorAll<HTMLElement>('[part~="session"]')].map((s) => ({
      day: heading,
      when: s.querySelector('.when')!.textContent!.replace(/\s+/g, ' ').trim(),
      title: s.querySelector('[part~="title"]')!.textContent!.trim(),
      state: s.querySelector('[part~="state"]')?.textContent?.trim() ?? '',
    }));
  });
}

/** The `datetime` of each session's start and end, in order (the header's dates left out). */
export const sessionTimes = (el: Element) => $$(el, '.when time').map((t) => t.getAttribute('datetime')!);

/** The switch between the event's time zone and the viewer's, or null. */
export const zoneSwitch = (el: Element) => $(el, '[part~="zone-switch"]');
/** The track filter's buttons: "All tracks", then each track. */
export const trackButtons = (el: Element) => $$(el, '[part~="filter"] button');
/** The "add the event to my calendar" button, or null. */
export const eventCalendarButton = (el: Element) => $(el, '.tools [part~="calendar"]');
/** Each session's "add to calendar" button. */
export const sessionCalendarButtons = (el: Element) => $$(el, '.session [part~="calendar"]');

/** The menu a calendar button controls, once open (the links are made by a chunk loaded on the first opening). */
export async function calendarMenuOf(button: HTMLElement): Promise<HTMLElement> {
  const menu = () => button.parentElement!.querySelector<HTMLElement>(`#${button.getAttribute('aria-controls')}`);
  await waitUntil(menu, 'the calendar menu opens', { timeout: 5000 });
  return menu()!;
}

/** The choices of an open calendar menu: what each says, and its link (undefined for the file). */
export const calendarChoices = (menu: HTMLElement) =>
  [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')].map((item) => ({
    name: item.textContent!.replace(/\s+/g, ' ').trim(),
    href: item.getAttribute('href') ?? undefined,
  }));

/**
 * Chooses the .ics file from a calendar button (through its menu, unless `calendars="ics"` made
 * it a plain button) and returns the file the agenda offers, cancelling the real download.
 */
export async function calendarFrom(button: HTMLElement, el: HTMLElement) {
  const offered = oneEvent(el, 'minga-calendar-download') as Promise<MingaCalendarDownloadEvent>;
  el.addEventListener('minga-calendar-download', (e) => e.preventDefault(), { once: true });
  await chooseCalendarFile(button);
  return (await offered).detail;
}

/** Clicks a calendar button, and the menu's .ics choice if it opens a menu. */
export async function chooseCalendarFile(button: HTMLElement): Promise<void> {
  button.click();
  if (button.getAttribute('aria-haspopup') !== 'menu') return;
  const menu = await calendarMenuOf(button);
  [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')].find((i) => i.localName === 'button')!.click();
}

/** The offsets of the viewer's own zone and of `zone` at `at` agree. */
export function viewerShares(zone: string, at: number): boolean {
  const offset = (z: string) =>
    new Intl.DateTimeFormat('en-US', { timeZone: z, timeZoneName: 'longOffset' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')!.value;
  return offset(Intl.DateTimeFormat().resolvedOptions().timeZone) === offset(zone);
}
