/**
 * Countdown arithmetic: real elapsed time (a DST change between now and the target does not add
 * or remove an hour from the count), split into days, hours, minutes and seconds.
 */
export type CountdownUnit = 'days' | 'hours' | 'minutes' | 'seconds';

/** Largest first, the order a countdown shows them in. */
export const COUNTDOWN_UNITS: readonly CountdownUnit[] = ['days', 'hours', 'minutes', 'seconds'];

const UNIT_MS: Record<CountdownUnit, number> = { days: 86_400_000, hours: 3_600_000, minutes: 60_000, seconds: 1_000 };

/**
 * `remainingMs` as whole units from days down to `precision`. The smallest unit is rounded up,
 * so the count never shows zero before the target: 90 seconds at minute precision read
 * "2 minutes", and "0" appears only once the target is reached.
 */
export function breakdown(remainingMs: number, precision: CountdownUnit): Partial<Record<CountdownUnit, number>> {
  const smallest = UNIT_MS[precision];
  let rest = Math.max(0, Math.ceil(remainingMs / smallest)) * smallest;
  const parts: Partial<Record<CountdownUnit, number>> = {};
  for (const unit of COUNTDOWN_UNITS) {
    parts[unit] = Math.floor(rest / UNIT_MS[unit]);
    rest -= parts[unit]! * UNIT_MS[unit];
    if (unit === precision) break;
  }
  return parts;
}

/** Milliseconds until the count shown at `precision` changes: how long a countdown may sleep. */
export function msUntilChange(remainingMs: number, precision: CountdownUnit): number {
  if (remainingMs <= 0) return Infinity;
  const unit = UNIT_MS[precision];
  return ((remainingMs - 1) % unit) + 1;
}
