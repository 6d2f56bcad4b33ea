import { msg } from '@lit/localize';
import type { EventStatus } from '../feed/types.js';
import type { EventState } from '../feed/event-state.js';

/** Everything a status line or mark can say: an event's state, `next`, or a status that changes no time. */
export type StateWord = EventState | 'next' | Exclude<EventStatus, 'scheduled'>;

/**
 * The words for where an event or session stands, and for an event's status, for every element.
 * `short` gives the compact marks beside a programme's sessions ("Now" rather than "Happening now").
 */
export function stateText(state: StateWord, short = false): string {
  switch (state) {
    case 'cancelled':
      return msg('Cancelled');
    case 'postponed':
      return msg('Postponed');
    case 'rescheduled':
      return msg('Rescheduled');
    case 'moved-online':
      return msg('Moved online');
    case 'live':
      return short ? msg('Now') : msg('Happening now');
    case 'next':
      return msg('Next');
    case 'ended':
      return short
        ? msg('Ended', { id: 'agenda-session-ended', desc: 'Mark on a programme session that is over' })
        : msg('Ended');
    default:
      return msg('Upcoming');
  }
}
