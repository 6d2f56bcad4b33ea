/**
 * Keeps marker labels inside the map and off each other and off other markers, measured as laid
 * out (label sizes depend on the font, the language and the map's width). The chosen marker's
 * label is placed first, then the others in date order; each tries its own side of the marker
 * (east, or west near the map's east edge), the other side, below, then above, and when none is
 * free it is hidden until its marker is hovered or focused. Markers never move, and every marker
 * keeps its accessible name.
 */
export function layoutLabels(map: Element | null, groups: readonly HTMLElement[]): void {
  if (!map) return;
  const bounds = map.getBoundingClientRect();
  const dots = groups.map((g) => g.querySelector('.dot')!.getBoundingClientRect());
  const placed: DOMRect[] = [];
  const overlaps = (r: DOMRect, o: DOMRect) =>
    r.left < o.right && o.left < r.right && r.top < o.bottom && o.top < r.bottom;
  const order = [...groups].sort((a, b) => Number(b.matches('.chosen')) - Number(a.matches('.chosen')));
  for (const group of order) group.removeAttribute('data-side');
  for (const group of order) {
    const label = group.querySelector('.label')!;
    const own = dots[groups.indexOf(group)];
    const sides = group.matches('.west') ? ['w', 'e', 's', 'n'] : ['e', 'w', 's', 'n'];
    const free = sides.find((side) => {
      group.setAttribute('data-side', side);
      const r = label.getBoundingClientRect();
      if (!r.width) return true; // labels are not shown at this size
      const inside =
        r.left >= bounds.left && r.right <= bounds.right && r.top >= bounds.top && r.bottom <= bounds.bottom;
      if (!inside || placed.some((p) => overlaps(r, p)) || dots.some((d) => d !== own && overlaps(r, d))) return false;
      placed.push(r);
      return true;
    });
    group.setAttribute('data-side', free ?? 'hidden');
  }
}
