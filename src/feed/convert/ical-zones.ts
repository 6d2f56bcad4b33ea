/**
 * The time zones of iCalendar files: TZIDs as Google and Apple (IANA names), Outlook (Windows
 * names) and older Mozilla-based tools (`/mozilla.org/20050126_1/Europe/Paris`) write them, read
 * as IANA names; and wall times read in an IANA zone as RFC 5545 says (section 3.3.5).
 */
import type { WallTime } from '../../time/types.js';
import { isValidZone, offsetAt, utcMs } from '../../time/wall-time.js';
import { instantOf } from './feed-json.js';

/**
 * The Windows zone names Outlook writes as TZIDs, with the IANA zone CLDR's windowsZones.xml maps
 * each to (its territory "001" entry; current spellings, e.g. Asia/Kolkata for Asia/Calcutta).
 */
const WINDOWS_ZONES: Readonly<Record<string, string>> = {
  'Dateline Standard Time': 'Etc/GMT+12',
  'Hawaiian Standard Time': 'Pacific/Honolulu',
  'Alaskan Standard Time': 'America/Anchorage',
  'Pacific Standard Time': 'America/Los_Angeles',
  'Pacific Standard Time (Mexico)': 'America/Tijuana',
  'US Mountain Standard Time': 'America/Phoenix',
  'Mountain Standard Time': 'America/Denver',
  'Mountain Standard Time (Mexico)': 'America/Mazatlan',
  'Central America Standard Time': 'America/Guatemala',
  'Central Standard Time': 'America/Chicago',
  'Central Standard Time (Mexico)': 'America/Mexico_City',
  'Canada Central Standard Time': 'America/Regina',
  'SA Pacific Standard Time': 'America/Bogota',
  'Eastern Standard Time': 'America/New_York',
  'Eastern Standard Time (Mexico)': 'America/Cancun',
  'Cuba Standard Time': 'America/Havana',
  'Venezuela Standard Time': 'America/Caracas',
  'Atlantic Standard Time': 'America/Halifax',
  'SA Western Standard Time': 'America/La_Paz',
  'Central Brazilian Standard Time': 'America/Cuiaba',
  'Paraguay Standard Time': 'America/Asuncion',
  'Pacific SA Standard Time': 'America/Santiago',
  'Newfoundland Standard Time': 'America/St_Johns',
  'E. South America Standard Time': 'America/Sao_Paulo',
  'Argentina Standard Time': 'America/Argentina/Buenos_Aires',
  'SA Eastern Standard Time': 'America/Cayenne',
  'Montevideo Standard Time': 'America/Montevideo',
  UTC: 'Etc/UTC',
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  'Morocco Standard Time': 'Africa/Casablanca',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Romance Standard Time': 'Europe/Paris',
  'Central European Standard Time': 'Europe/Warsaw',
  'W. Central Africa Standard Time': 'Africa/Lagos',
  'GTB Standard Time': 'Europe/Bucharest',
  'E. Europe Standard Time': 'Europe/Chisinau',
  'FLE Standard Time': 'Europe/Kiev',
  'Egypt Standard Time': 'Africa/Cairo',
  'South Africa Standard Time': 'Africa/Johannesburg',
  'Israel Standard Time': 'Asia/Jerusalem',
  'Turkey Standard Time': 'Europe/Istanbul',
  'Arab Standard Time': 'Asia/Riyadh',
  'Russian Standard Time': 'Europe/Moscow',
  'E. Africa Standard Time': 'Africa/Nairobi',
  'Arabian Standard Time': 'Asia/Dubai',
  'Iran Standard Time': 'Asia/Tehran',
  'Pakistan Standard Time': 'Asia/Karachi',
  'India Standard Time': 'Asia/Kolkata',
  'Nepal Standard Time': 'Asia/Kathmandu',
  'Bangladesh Standard Time': 'Asia/Dhaka',
  'SE Asia Standard Time': 'Asia/Bangkok',
  'China Standard Time': 'Asia/Shanghai',
  'Singapore Standard Time': 'Asia/Singapore',
  'Taipei Standard Time': 'Asia/Taipei',
  'Tokyo Standard Time': 'Asia/Tokyo',
  'Korea Standard Time': 'Asia/Seoul',
  'W. Australia Standard Time': 'Australia/Perth',
  'Cen. Australia Standard Time': 'Australia/Adelaide',
  'E. Australia Standard Time': 'Australia/Brisbane',
  'AUS Eastern Standard Time': 'Australia/Sydney',
  'New Zealand Standard Time': 'Pacific/Auckland',
};

/** Exposed for the tests, which check every name is a zone the browser knows. */
export const WINDOWS_ZONE_NAMES: readonly string[] = Object.keys(WINDOWS_ZONES);

/**
 * The IANA zone a TZID names, or undefined when it names none this reader knows: an IANA name
 * itself, a Windows name, a name with a vendor prefix (`/mozilla.org/…/Europe/Paris`), or else
 * the `X-LIC-LOCATION` its VTIMEZONE gives.
 */
export function ianaZoneOf(tzid: string, licLocation?: string): string | undefined {
  const name = tzid.trim();
  if (isValidZone(name) && /^[A-Za-z]/.test(name)) return name;
  const windows = WINDOWS_ZONES[name] ?? WINDOWS_ZONES[name.replace(/^"|"$/g, '')];
  if (windows) return windows;
  const parts = name.split('/').filter(Boolean);
  for (const n of [3, 2]) {
    const tail = parts.slice(-n).join('/');
    if (parts.length >= n && /^[A-Z][a-z]+\//.test(tail) && isValidZone(tail)) return tail;
  }
  const location = licLocation?.trim();
  return location && isValidZone(location) ? location : undefined;
}

/** Year, month, day and time of day as a source writes them, before any zone is applied. */
export type WallFields = Pick<WallTime, 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second'>;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `2019-12-09`. */
export function dateText(f: Pick<WallFields, 'year' | 'month' | 'day'>): string {
  return `${pad(f.year, 4)}-${pad(f.month)}-${pad(f.day)}`;
}

/** `2019-12-09T10:30:00`. */
export function wallText(f: WallFields): string {
  return `${dateText(f)}T${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}`;
}

/**
 * The instant a wall time names in an IANA zone, as RFC 5545 reads it: a time that happens twice
 * (clocks going back) is the first; a time the clocks skip is read with the offset in force just
 * before the skip (02:30 on a spring-forward night is 03:30), and `skipped` says so.
 */
export function zonedInstant(f: WallFields, zone: string): { ms: number; skipped: boolean } {
  const ms = instantOf(wallText(f), zone);
  if (!Number.isNaN(ms)) return { ms, skipped: false };
  const local = utcMs(f);
  return { ms: local - offsetAt(zone, local - 86_400_000) * 60_000, skipped: true };
}
