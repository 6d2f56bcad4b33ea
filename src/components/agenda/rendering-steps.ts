/**
 * How many sessions an agenda renders in its next step. A step's frame costs a part that does
 * not depend on how many sessions it adds (a grid's whole day is laid out and painted again at
 * each step) and a part for each session added; the last two steps tell them apart (so consecutive steps differ in size by a quarter at
 * least), and the next step adds as many sessions as fit its frame in `aim` ms, at least 20 and
 * at most four times the last. Where the fixed part alone nears the aim, steps grow towards 90 ms frames instead of
 * repeating it in many small ones.
 */
export interface RenderingStep {
  /** Sessions the step added. */
  readonly sessions: number;
  /** From its start until its frame was painted, in ms: script, style, layout and paint. */
  readonly ms: number;
}

export function nextStepSize(before: RenderingStep | undefined, last: RenderingStep, aim = 50): number {
  // Two steps of sizes far enough apart give each session's cost; otherwise (or where noise made
  // the bigger step the cheaper) the whole frame is counted as the sessions'.
  const apart = before && Math.abs(last.sessions - before.sessions) >= last.sessions / 5;
  const slope = apart ? (last.ms - before.ms) / (last.sessions - before.sessions) : 0;
  const each = slope > 0 ? slope : last.ms / last.sessions;
  const fixed = Math.max(0, last.ms - each * last.sessions);
  const frame = Math.max(aim, Math.min(90, fixed * 2));
  let next = Math.min(last.sessions * 4, Math.max(20, (frame - fixed) / each));
  // Steps of one size cannot tell the two parts apart: the next is a third bigger.
  if (Math.abs(next - last.sessions) < last.sessions / 4) next = last.sessions * 1.3;
  return Math.round(next);
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
