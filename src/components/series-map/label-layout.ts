/**
 * Keeps marker labels inside the map and off each other and off other markers, measured as laid
 * out (label sizes depend on the font, the language and the map's width). The chosen marker's
 * label is placed first, then the next event's, then the others in date order; each tries its own
 * side of the marker (east, or west near the map's east edge), the other side, below, then above,
 * and when none is free it is hidden until its marker is hovered or focused. Markers never move,
 * and every marker keeps its accessible name.
 *
 * Thousands of markers cost two layouts, not one per try, and most labels are never laid out:
 * a label is measured only when at its smallest it would fit beside its marker (an unplaced or
 * hidden label is not displayed, series-map.styles.ts); the measured ones are read at once, each
 * side's box is worked out from the styles, overlaps are looked up in a grid, and every side is
 * written at the end.
 */

/** A box on screen, in CSS pixels: left, top, right, bottom. */
type Box = readonly [number, number, number, number];
type Side = 'e' | 'w' | 's' | 'n';
const SIDES: readonly (string | null)[] = ['e', 'w', 's', 'n'];

/** As in series-map.styles.ts: a label is 1rem beside its marker (east or west), 0.875rem below or above it. */
const BESIDE_REM = 1;
const BELOW_REM = 0.875;
/** The smallest a label can be, in rem: one short line, with its padding. */
const MIN_WIDTH_REM = 1.5;
const MIN_HEIGHT_REM = 1.1875;
/** Room kept around each label: layout rounds positions to fractions of a device pixel. */
const SLACK = 0.5;
/** The grid's cells, in CSS pixels: about a short label's width, so a test looks in a few cells. */
const CELL = 96;

/** Boxes filed under the grid cells they touch, each with the marker it belongs to. */
class Grid {
  private readonly cells = new Map<string, { box: Box; owner: number }[]>();

  add(box: Box, owner: number): void {
    for (const key of this.keys(box)) {
      const list = this.cells.get(key);
      if (list) list.push({ box, owner });
      else this.cells.set(key, [{ box, owner }]);
    }
  }

  /** Whether `box` overlaps a box filed here that is not `except`'s. */
  hits(box: Box, except = -1): boolean {
    for (const key of this.keys(box)) {
      for (const o of this.cells.get(key) ?? []) {
        if (o.owner !== except && overlaps(box, o.box)) return true;
      }
    }
    return false;
  }

  private *keys([left, top, right, bottom]: Box): Generator<string> {
    for (let x = Math.floor(left / CELL); x <= Math.floor(right / CELL); x++) {
      for (let y = Math.floor(top / CELL); y <= Math.floor(bottom / CELL); y++) yield `${x} ${y}`;
    }
  }
}

const overlaps = (r: Box, o: Box) =>
  r[0] < o[2] + SLACK && o[0] < r[2] + SLACK && r[1] < o[3] + SLACK && o[1] < r[3] + SLACK;

const rectBox = (r: DOMRect): Box => [r.left, r.top, r.right, r.bottom];

export function layoutLabels(map: Element | null, groups: readonly HTMLElement[]): void {
  if (!map || !groups.length) return;
  const bounds = map.getBoundingClientRect();
  if (!bounds.width) return; // not shown: a resize brings it back here
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  const read = groups.map((g) => ({
    at: g.getBoundingClientRect(),
    dot: rectBox(g.querySelector('.dot')!.getBoundingClientRect()),
    width: 0,
    height: 0,
    rank: g.classList.contains('chosen') ? 0 : g.classList.contains('next') ? 1 : 2,
    tries: (g.classList.contains('west') ? ['w', 'e', 's', 'n'] : ['e', 'w', 's', 'n']) as Side[],
  }));
  const [beside, below] = [BESIDE_REM * rem, BELOW_REM * rem];
  const boxOf = (i: number, side: Side, w = read[i].width, h = read[i].height): Box => {
    const [x, y] = [read[i].at.left, read[i].at.top];
    if (side === 'e') return [x + beside, y - h / 2, x + beside + w, y + h / 2];
    if (side === 'w') return [x - beside - w, y - h / 2, x - beside, y + h / 2];
    if (side === 's') return [x - w / 2, y + below, x + w / 2, y + below + h];
    return [x - w / 2, y - below - h, x + w / 2, y - below];
  };
  const inside = (r: Box) =>
    r[0] >= bounds.left + SLACK &&
    r[2] <= bounds.right - SLACK &&
    r[1] >= bounds.top + SLACK &&
    r[3] <= bounds.bottom - SLACK;
  const dots = new Grid();
  read.forEach((r, i) => dots.add(r.dot, i));

  // The chosen and next events' labels first, then date order (the markers' order); sort is stable.
  const order = read.map((_, i) => i).sort((a, b) => read[a].rank - read[b].rank);
  // A label that would not fit at its smallest is hidden unmeasured; the others are displayed to be measured.
  const [minWidth, minHeight] = [MIN_WIDTH_REM * rem, MIN_HEIGHT_REM * rem];
  const measured = order.filter(
    (i) =>
      read[i].rank < 2 ||
      read[i].tries.some((side) => {
        const r = boxOf(i, side, minWidth, minHeight);
        return inside(r) && !dots.hits(r, i);
      }),
  );
  for (const i of measured) {
    if (!SIDES.includes(groups[i].getAttribute('data-side'))) groups[i].setAttribute('data-side', read[i].tries[0]);
  }
  for (const i of measured) {
    const r = groups[i].querySelector('.label')!.getBoundingClientRect();
    [read[i].width, read[i].height] = [r.width, r.height];
  }

  const placed = new Grid();
  const sides: (Side | 'hidden')[] = groups.map(() => 'hidden');
  for (const i of measured) {
    const { tries, rank } = read[i];
    const free = (offDots: boolean) =>
      tries.find((side) => {
        const r = boxOf(i, side);
        return inside(r) && !placed.hits(r) && !(offDots && dots.hits(r, i));
      });
    // Among thousands of markers the chosen and next events may find no side clear of markers:
    // their labels may cover a marker rather than go.
    const side = free(true) ?? (rank < 2 ? free(false) : undefined);
    if (side) placed.add(boxOf(i, side), i);
    sides[i] = side ?? 'hidden';
  }
  // Every write last, and only what changed: one style recalculation for the next frame.
  groups.forEach((g, i) => {
    if (g.getAttribute('data-side') !== sides[i]) g.setAttribute('data-side', sides[i]);
  });
}
