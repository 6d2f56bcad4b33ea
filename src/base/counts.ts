/**
 * Every UI string that counts something, in one place. Each form is its own message (`-one`,
 * `-other`), chosen by `plural()` with the plural rules of the UI words' language, so "1 sessions
 * affichées" cannot happen; test/localization checks every function here in every language for
 * 0, 1, 2 and 5. A new counted string belongs here, with its test.
 */
import { msg, str } from '@lit/localize';
import { plural } from './text.js';

/** The agenda's filter status: "Showing 2 of 5 sessions." (the form follows the number shown). */
export function sessionsShown(shown: number, total: number): string {
  return plural(
    shown,
    () => msg(str`Showing ${shown} of ${total} sessions.`, { id: 'sessions-shown-one' }),
    () => msg(str`Showing ${shown} of ${total} sessions.`, { id: 'sessions-shown-other' }),
  );
}

/** The agenda's filter status with every track: "Showing all 5 sessions." */
export function allSessionsShown(total: number): string {
  return plural(
    total,
    () => msg(str`Showing ${total} session.`, { id: 'sessions-all-one' }),
    () => msg(str`Showing all ${total} sessions.`, { id: 'sessions-all-other' }),
  );
}

/** The objectives' button: "Show all 5 objectives". */
export function showAllObjectives(n: number): string {
  return plural(
    n,
    () => msg(str`Show ${n} objective`, { id: 'objectives-all-one' }),
    () => msg(str`Show all ${n} objectives`, { id: 'objectives-all-other' }),
  );
}

/** The name of a map marker shared by nearby events: "2 events: Seoul, October 2019: …; …". */
export function eventsAtMarker(n: number, names: string): string {
  return plural(
    n,
    () => msg(str`${n} event: ${names}`, { id: 'map-events-one' }),
    () => msg(str`${n} events: ${names}`, { id: 'map-events-other' }),
  );
}

/** Said once when a refresh changes the programme shown: "Programme updated: 2 sessions changed." */
export function programmeUpdated(n: number): string {
  return plural(
    n,
    () => msg(str`Programme updated: ${n} session changed.`, { id: 'programme-updated-one' }),
    () => msg(str`Programme updated: ${n} sessions changed.`, { id: 'programme-updated-other' }),
  );
}
