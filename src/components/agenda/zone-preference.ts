/**
 * The viewer's choice between the event's time zone and their own, remembered on the site
 * (localStorage is per origin) so every agenda on it opens the way the viewer left it.
 */
export type ZoneChoice = 'event' | 'local';

const KEY = 'minga-widgets:time-zone';

/** The remembered choice, if any. Storage may be disabled (private modes, sandboxed iframes). */
export function rememberedZoneChoice(): ZoneChoice | undefined {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'event' || value === 'local' ? value : undefined;
  } catch {
    return undefined;
  }
}

export function rememberZoneChoice(choice: ZoneChoice): void {
  try {
    localStorage.setItem(KEY, choice);
  } catch {
    // Not remembered, but the switch still works for this page view.
  }
}

/** Forgets the choice (tests, and sites that offer a reset). */
export function forgetZoneChoice(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing stored.
  }
}
