/** A step of an agenda's rendering: how many sessions it added, and what it cost. */
export interface RenderingStep {
  /** Sessions the step added. */
  readonly sessions: number;
  /** From its start until its frame was painted, in ms: script, style, layout and paint. */
  readonly ms: number;
}

/**
 * How many sessions an agenda renders in its next step: as many as fit a frame of `aim` ms at the
 * last step's cost per session, at least 20, at most twice and at least half the last. A frame
 * also has a part that does not depend on its sessions (a grid lays its whole day out and paints
 * it again at each step), which makes small steps dear; telling the two apart from the last two
 * steps was tried, but frames vary by ±15 ms from run to run, and the estimate made 170 ms frames.
 */
export function nextStepSize(last: RenderingStep, aim = 45): number {
  const n = (last.sessions * aim) / Math.max(last.ms, 1);
  return Math.round(Math.max(20, last.sessions / 2, Math.min(last.sessions * 2, n)));
}

interface ShownDay {
  readonly items: readonly { readonly item: { readonly id: string } }[];
}

/**
 * How many sessions to render at once when only a filter or the search changed: the sessions
 * already in the page (the first `limit` of `before`) cost nothing to keep, so they count, and
 * new ones up to `fresh`. A keystroke that keeps what is shown keeps it in the page rather than
 * removing thousands of sessions and rendering them again.
 */
export function keptLimit(before: readonly ShownDay[], limit: number, after: readonly ShownDay[], fresh = 60): number {
  const rendered = new Set<string>();
  for (const day of before)
    for (const s of day.items) {
      if (rendered.size >= limit) break;
      rendered.add(s.item.id);
    }
  let n = 0;
  for (const day of after)
    for (const s of day.items) {
      if (!rendered.has(s.item.id) && --fresh < 0) return n;
      n++;
    }
  return n;
}
