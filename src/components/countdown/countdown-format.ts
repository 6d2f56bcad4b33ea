/**
 * Counts as words and numbers in any locale, through Intl: the unit names and their plural forms
 * ("1 day", "2 days", "2 jours", "2일") come from Intl.NumberFormat's unit style, so no language
 * needs a translation of them.
 */
import { breakdown, COUNTDOWN_UNITS, type CountdownUnit } from '../../time/countdown.js';
import { listFormat, numberFormat } from '../../internal/intl.js';

export type UnitDisplay = 'long' | 'narrow';

/** A piece of one formatted unit, in the locale's order: its number, its name, or what lies between. */
export interface UnitPiece {
  readonly kind: 'number' | 'label' | 'literal';
  readonly text: string;
}

const INTL_UNIT: Record<CountdownUnit, string> = { days: 'day', hours: 'hour', minutes: 'minute', seconds: 'second' };
function unitFormat(locale: string, unit: CountdownUnit, display: UnitDisplay): Intl.NumberFormat {
  return numberFormat(locale, { style: 'unit', unit: INTL_UNIT[unit], unitDisplay: display });
}

/** The units shown for `remainingMs`: largest first, down to `precision`, leading zero units left out. */
export function shownUnits(remainingMs: number, precision: CountdownUnit): [CountdownUnit, number][] {
  const parts = breakdown(remainingMs, precision);
  const entries = COUNTDOWN_UNITS.filter((u) => parts[u] !== undefined).map((u): [CountdownUnit, number] => [
    u,
    parts[u]!,
  ]);
  const first = entries.findIndex(([, n]) => n !== 0);
  return entries.slice(first === -1 ? entries.length - 1 : first);
}

/** `3 days` as pieces: number "3", literal " ", label "days" (Korean gives "3" and "일"). */
export function unitPieces(value: number, unit: CountdownUnit, locale: string, display: UnitDisplay): UnitPiece[] {
  const pieces: UnitPiece[] = [];
  for (const part of unitFormat(locale, unit, display).formatToParts(value)) {
    const kind = part.type === 'unit' ? 'label' : part.type === 'literal' ? 'literal' : 'number';
    const last = pieces[pieces.length - 1];
    if (last && last.kind === kind) pieces[pieces.length - 1] = { kind, text: last.text + part.value };
    else pieces.push({ kind, text: part.value });
  }
  return pieces;
}

/**
 * The remaining time in words, for screen readers, no finer than minutes: "3 days, 4 hours, 12
 * minutes". Units that are zero are left out; the smallest shown is rounded up, as on screen.
 */
export function durationText(remainingMs: number, precision: CountdownUnit, locale: string): string {
  const coarse = precision === 'seconds' ? 'minutes' : precision;
  const words = shownUnits(remainingMs, coarse)
    // "1 hour", not "1 hour, 0 minutes"; "0 minutes" only when nothing is left.
    .filter(([, n], i, all) => n !== 0 || (i === all.length - 1 && all.every(([, m]) => m === 0)))
    .map(([unit, n]) => unitFormat(locale, unit, 'long').format(n));
  return listFormat(locale, { type: 'unit', style: 'long' }).format(words);
}
