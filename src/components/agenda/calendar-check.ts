import type { FeedEvent } from '../../feed/types.js';
import { canCalendar } from '../../calendar/can-calendar.js';

/**
 * True when the event can go into a calendar: it has at least a day, and is not postponed (its
 * dates in the feed are the ones that will not happen).
 */
export function eventCanCalendar(event: FeedEvent): boolean {
  return event.status !== 'postponed' && canCalendar(event.start, event.end);
}
