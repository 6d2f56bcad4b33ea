/**
 * Reads the sessions of a large feed ahead of `validateFeed`, a slice per task (about 30 ms each),
 * so that reading a forum of thousands of sessions never blocks the page for long: `validateFeed`
 * then takes each session's reading over (`readSessionAhead`) and only checks the event as a
 * whole (ids, order, overlaps), in a task of its own; each event's span and days come in the next
 * tasks, and the first render of the feed after them (the validation and the render together made
 * a 130 ms task for 5,000 sessions). A chunk of its own, loaded only for large feeds (load.ts).
 */
import { pointer, readSessionAhead } from './validate.js';
import { isValidZone } from '../time/zone.js';
import { eventSpan, sessionDays } from './event-state.js';
import type { ValidationResult } from './types.js';

/** Longest slice of reading, in ms, before the page gets its turn. */
const SLICE = 30;

const nextTask = () => new Promise((resolve) => setTimeout(resolve));

/** A pause to call between pieces of work: it gives the page its turn once a slice is used up. */
function slices(): () => Promise<unknown> | undefined {
  let since = performance.now();
  return () => {
    if (performance.now() - since <= SLICE) return undefined;
    return nextTask().then(() => (since = performance.now()));
  };
}

/**
 * Reads `json`'s sessions ahead, then `validate`s it, then works out what the first render asks
 * first, each in tasks of their own: every event's span, and its sessions by day in its own zone
 * (37–75 ms for 5,000 sessions, which made the agenda's first render a 100 ms task).
 */
export async function validateAhead(json: object, validate: () => ValidationResult): Promise<ValidationResult> {
  await readAhead(json);
  await nextTask();
  const result = validate();
  await nextTask();
  try {
    // A series of many events: the page gets its turn between them.
    const pause = slices();
    for (const event of result.feed.events) {
      eventSpan(event);
      sessionDays(event, event.timeZone);
      await pause();
    }
  } catch {
    // Only a head start: the first render works them out itself.
  }
  await nextTask();
  return result;
}

async function readAhead(json: object): Promise<void> {
  const root = json as { defaultLanguage?: unknown; events?: unknown };
  // As validateFeed reads them; a feed whose language or zone it spells otherwise is read there instead.
  const language = typeof root.defaultLanguage === 'string' ? root.defaultLanguage : 'en';
  if (!Array.isArray(root.events)) return;
  const pause = slices();
  for (const [i, event] of root.events.entries()) {
    const { timeZone: zone, sessions } = (event ?? {}) as { timeZone?: unknown; sessions?: unknown };
    if (typeof zone !== 'string' || !isValidZone(zone) || !Array.isArray(sessions)) continue;
    const path = pointer(pointer('/events', i), 'sessions');
    for (const [j, raw] of sessions.entries()) {
      readSessionAhead(raw, pointer(path, j), zone, language);
      await pause();
    }
  }
}
