/**
 * Keeping the viewer's place in an agenda when a refreshed programme adds or removes sessions
 * above the one being read: the same in every engine (Safari has no scroll anchoring, and the
 * others' would anchor to whatever they pick; the agenda's `.days` opts out of it). Part of the
 * live-programme chunk (src/feed/live.ts): only a refresh needs it.
 */

/** A session on screen, by id, and how far from the top of the window it was. */
export interface ReadingAnchor {
  readonly id: string;
  readonly top: number;
}

const SESSIONS = '.session[data-session-id]';

/**
 * The sessions of `root` on screen and where they are, the focused one first: a refresh may
 * remove some, so the place is kept by the first that is still there.
 */
export function readingAnchor(root: ShadowRoot | HTMLElement): ReadingAnchor[] {
  const active = root instanceof ShadowRoot ? root.activeElement : document.activeElement;
  const focused = active?.closest<HTMLElement>(SESSIONS);
  const sessions = [...root.querySelectorAll<HTMLElement>(SESSIONS)];
  return [...(focused ? [focused] : []), ...sessions]
    .map((s) => ({ id: s.dataset.sessionId!, rect: s.getBoundingClientRect() }))
    .filter(({ rect }) => rect.bottom > 0 && rect.top < innerHeight)
    .map(({ id, rect }) => ({ id, top: rect.top }));
}

/** Scrolls the window so that the first session of `anchor` still in `root` is back where it was. */
export function keepReadingPlace(root: ShadowRoot | HTMLElement, anchor: readonly ReadingAnchor[]): void {
  if (!anchor.length) return;
  const place = () => {
    const byId = new Map([...root.querySelectorAll<HTMLElement>(SESSIONS)].map((s) => [s.dataset.sessionId!, s]));
    const kept = anchor.find((a) => byId.has(a.id));
    const moved = kept ? byId.get(kept.id)!.getBoundingClientRect().top - kept.top : 0;
    if (Math.abs(moved) >= 1) scrollBy(0, moved);
  };
  place();
  // Sessions that come on screen take their real size at the next rendering (content-visibility):
  // place it again once they have.
  requestAnimationFrame(() => requestAnimationFrame(place));
}
