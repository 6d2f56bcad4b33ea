/**
 * A row's date and time cells as the feed's wall times in the event's zone. Apart from the row
 * reader because this is where a wrong instant or an invented day would come from: an offset is
 * accepted only when the zone shows it at that wall time (it chooses a side of a DST overlap),
 * `24:00` is the next day's first instant (01:00 where the clocks skip midnight), and a time the
 * clocks skip is an error.
 */
import { endMs, isRepeated, offsetAt, parseWallTime, startMs } from '../../time/wall-time.js';
import { utcOffsetName } from '../../time/zone.js';
import { rangeMessage, timeText, type TimeValue } from './csv-values.js';
import { wallTimeText } from './feed-json.js';

/** A cell as the row reader holds it: its text and its place (`row 5, column "start"`). */
export interface Cell {
  readonly text: string;
  readonly where: string;
}

export type Fail = (where: string, message: string) => undefined;

/** The feed's wall time of `time` on `date` (`2019-12-09`) in `zone`, or undefined after reporting why none. */
export function wallTimeOf(date: string, time: TimeValue, cell: Cell, zone: string, fail: Fail): string | undefined {
  if (time.hour === 24) {
    // The end of the day: the next day's first instant, as ISO 8601 reads `24:00`. Where the
    // clocks skip midnight (Santiago, 8 September 2019) that is 01:00, not a 00:00 that never was.
    const day = parseWallTime(date, zone);
    return day.ok ? wallTimeText(endMs(day.value), zone) : fail(cell.where, day.error);
  }
  const local = `${date}T${timeText({ ...time, offset: undefined })}`;
  const plain = parseWallTime(local, zone);
  if (!plain.ok) return fail(cell.where, plain.error);
  // Without an offset, the text as written: the validator warns on it when the clocks show it twice.
  if (time.offset === undefined) return local;
  const stated = parseWallTime(`${local}${time.offset}`, zone);
  // An offset the zone does not show at this wall time names another instant (`20:00 -10:00` in
  // Paris is 07:00 the next day): that is never what a programme means.
  if (stated.ok && !stated.warning && stated.value.offset !== undefined)
    return wallTimeText(startMs(stated.value), zone);
  if (time.halves) return fail(cell.where, rangeMessage(cell.text, ...time.halves));
  const first = plain.value.offset ?? offsetAt(zone, startMs(plain.value));
  const offsets = isRepeated(plain.value)
    ? `${utcOffsetName(first, { ascii: true })} and then ${utcOffsetName(offsetAt(zone, startMs(plain.value) + 86_400_000), { ascii: true })}`
    : utcOffsetName(first, { ascii: true });
  return fail(
    cell.where,
    `the offset ${time.offset} is not ${zone}'s at ${local.replace('T', ' ')}, when it is ${offsets}: an offset only says which of the two equal times is meant when the clocks go back; write the time as the clocks in ${zone} show it`,
  );
}
