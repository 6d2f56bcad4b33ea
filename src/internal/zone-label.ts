import { msg, str } from '@lit/localize';
import { utcOffsetLabel, zoneCity } from '../time/format.js';

/**
 * "Mexico City time, UTC−6" for `zone` over the instants `from`–`to`; "London time, UTC+1/UTC"
 * when the offset changes between them; just "UTC" or "UTC+5" for zones named after no city.
 */
export function zoneLabel(zone: string, from: number, to = from): string {
  const [a, b] = [utcOffsetLabel(zone, from), utcOffsetLabel(zone, to)];
  const offset = a === b ? a : `${a}/${b}`;
  const city = zoneCity(zone);
  return city ? msg(str`${city} time, ${offset}`) : offset;
}
