/**
 * One clock for every element on the page. It ticks on whole seconds or minutes (so every
 * countdown and "now" marker changes at the same moment), runs only while someone listens, and
 * stops while the page is hidden. `setNow` pretends another time, for demos and static renders.
 */
export type Granularity = 'second' | 'minute';
type Listener = (now: number) => void;

const PERIOD: Record<Granularity, number> = { second: 1_000, minute: 60_000 };

let offset = 0;
let frozenAt: number | undefined;
let lastMinute: number | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Map<Listener, Granularity>();

/** The current time in epoch milliseconds, pretended or real. */
export function now(): number {
  return frozenAt ?? Date.now() + offset;
}

/**
 * Pretends the current time is `instant` (a Date, epoch ms, or an ISO string with offset).
 * The clock runs on from there unless `frozen` is set. `setNow(null)` returns to real time.
 */
export function setNow(instant: Date | number | string | null, { frozen = false } = {}): void {
  if (instant === null) {
    offset = 0;
    frozenAt = undefined;
  } else {
    const ms = new Date(instant).getTime();
    if (Number.isNaN(ms)) throw new RangeError(`minga-widgets: setNow() got ${String(instant)}, which is not a date`);
    offset = frozen ? 0 : ms - Date.now();
    frozenAt = frozen ? ms : undefined;
  }
  tick(true);
}

/** Calls `listener` on every tick of `granularity` until the returned function is called. */
export function subscribe(granularity: Granularity, listener: Listener): () => void {
  listeners.set(listener, granularity);
  if (listeners.size === 1) watchVisibility(true);
  schedule();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      watchVisibility(false);
      stop();
    } else schedule();
  };
}

/** Number of running timers: 0 or 1. For tests that check nothing is left behind. */
export function activeTimers(): number {
  return timer === undefined ? 0 : 1;
}

/**
 * Tells the listeners the time: second listeners every tick, minute listeners when the minute
 * changed, everyone when `all` (the pretended time moved, the page came back into view).
 */
function tick(all = false): void {
  const t = now();
  const minute = Math.floor(t / PERIOD.minute);
  const newMinute = minute !== lastMinute;
  lastMinute = minute;
  for (const [listener, granularity] of listeners) {
    if (all || newMinute || granularity === 'second') listener(t);
  }
  schedule();
}

function schedule(): void {
  stop();
  if (listeners.size === 0 || frozenAt !== undefined || document.visibilityState === 'hidden') return;
  const period = [...listeners.values()].includes('second') ? PERIOD.second : PERIOD.minute;
  // Aim just past the boundary so the tick never lands a hair before it.
  const delay = period - (now() % period) + 5;
  timer = setTimeout(() => tick(), delay);
}

function stop(): void {
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
}

function onVisibilityChange(): void {
  if (document.visibilityState === 'hidden') stop();
  else tick(true);
}

function watchVisibility(on: boolean): void {
  if (on) document.addEventListener('visibilitychange', onVisibilityChange);
  else document.removeEventListener('visibilitychange', onVisibilityChange);
}
