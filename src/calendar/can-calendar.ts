import type { WallTime } from '../time/types.js';

/** True when an entry can go into a calendar without inventing a day or a time. */
export function canCalendar(start: WallTime, end?: WallTime): boolean {
  return (
    (start.precision === 'day' || start.precision === 'time') &&
    (!end || end.precision === 'day' || end.precision === 'time')
  );
}
