import { offsetAt } from './wall-time.js';

const HOUR = 3_600_000;

/** A change of a zone's UTC offset: at epoch ms `at`, from `from` to `to` minutes east of UTC. */
export interface Transition {
  readonly at: number;
  readonly from: number;
  readonly to: number;
}

/**
 * Every offset change of `zone` in `[fromMs, toMs)`, found by sampling every 12 hours and
 * bisecting to the second (no zone has changed its offset twice within 12 hours; a few old
 * changes, such as Monrovia's in 1972, fall on half minutes).
 */
export function transitions(zone: string, fromMs: number, toMs: number): Transition[] {
  const found: Transition[] = [];
  const step = 12 * HOUR;
  let t = Math.floor(fromMs / 1_000) * 1_000; // on a whole second, as transitions are
  let offset = offsetAt(zone, t);
  while (t < toMs) {
    const next = Math.min(t + step, toMs);
    const nextOffset = offsetAt(zone, next);
    if (nextOffset !== offset) {
      // Bisect (lo, hi] down to one second.
      let lo = t;
      let hi = next;
      while (hi - lo > 1_000) {
        const mid = lo + Math.max(1_000, Math.floor((hi - lo) / 2_000) * 1_000);
        if (offsetAt(zone, mid) === offset) lo = mid;
        else hi = mid;
      }
      found.push({ at: hi, from: offset, to: nextOffset });
    }
    t = next;
    offset = nextOffset;
  }
  return found;
}
