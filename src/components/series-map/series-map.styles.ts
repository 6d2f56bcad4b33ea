import { css } from 'lit';

// Inside the map, colours come from light-dark() and Canvas/CanvasText, not the page's text
// colour, so labels stay legible on the drawing whatever the host page's colours are. In forced
// colours (Windows high contrast) the drawing keeps its own; markers and text follow the system.
// The card is centred on its marker where there is room, else against the map's nearer edge
// (`--x` is the marker's position in % of the map's width, 100cqi).
export const seriesMapStyles = css`
  :host {
    --_water: var(--minga-map-water-color, light-dark(#e3edf3, #17232c));
    --_land: var(--minga-map-land-color, light-dark(#cfd8d2, #3d4843));
    --_marker: var(--minga-map-marker-color, var(--_accent));
  }
  .series-map {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .view-toggle {
    justify-self: end;
  }
  .map {
    position: relative;
    container-type: inline-size;
    aspect-ratio: 2.05;
    font-size: 0.8125rem;
    color: CanvasText;
  }
  svg {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    forced-color-adjust: none;
  }
  path {
    vector-effect: non-scaling-stroke;
  }
  .water {
    fill: var(--_water);
    stroke: var(--_border);
  }
  .land {
    fill: var(--_land);
  }
  .borders {
    fill: none;
    stroke: var(--minga-map-border-color, light-dark(#fff, #1c1b1f));
    stroke-width: 0.75;
  }
  .route {
    fill: none;
    stroke: var(--minga-map-route-color, var(--_marker));
    stroke-width: 2;
    stroke-dasharray: 6 4;
  }
  ol,
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .markers {
    position: absolute;
    inset: 0;
  }
  .group {
    position: absolute;
    inline-size: 0;
    block-size: 0;
  }
  .group:is(.open, :hover, :focus-within) {
    z-index: 1;
  }
  .marker {
    position: absolute;
    inset: -0.75rem auto auto -0.75rem;
    display: block;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .dot {
    display: grid;
    place-items: center;
    box-sizing: border-box;
    margin: 0.25rem;
    inline-size: 1rem;
    block-size: 1rem;
    border: 2px solid Canvas;
    border-radius: 50%;
    background: var(--_marker);
    color: Canvas;
    font-size: 0.6875rem;
    font-weight: bold;
    line-height: 1;
  }
  /* Past markers are rings, not only another colour: the two colours alone are too alike for some eyes. */
  :is(.marker.ended, .marker.called-off) .dot {
    border: 4px solid var(--minga-map-marker-past-color, color-mix(in srgb, CanvasText 55%, Canvas));
    background: Canvas;
    color: CanvasText;
  }
  .marker.live .dot {
    box-shadow: 0 0 0 3px var(--_marker);
  }
  .marker.chosen .dot {
    margin: 0;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    border-width: 3px;
  }
  .dot::after {
    content: attr(data-count);
  }
  .label {
    position: absolute;
    top: 0;
    left: 1rem;
    transform: translateY(-50%);
    display: grid;
    inline-size: max-content;
    max-inline-size: min(11rem, 30cqi);
    padding: 0.125rem 0.375rem;
    border-radius: 0.25rem;
    background: color-mix(in srgb, Canvas 85%, transparent);
    text-align: start;
    line-height: 1.25;
    cursor: pointer;
  }
  .west .label,
  [data-side='w'] .label {
    left: auto;
    right: 1rem;
    text-align: end;
  }
  [data-side='e'] .label {
    left: 1rem;
    right: auto;
    text-align: start;
  }
  :is([data-side='s'], [data-side='n']) .label {
    left: 0;
    right: auto;
    transform: translateX(-50%);
    text-align: center;
  }
  [data-side='s'] .label {
    top: 0.875rem;
  }
  [data-side='n'] .label {
    top: auto;
    bottom: 0.875rem;
  }
  /* Until placed, and without room, a label is not laid out (a map may have thousands): it shows on hover or focus. */
  .group:is(:not([data-side]), [data-side='hidden']) .label {
    display: none;
  }
  .group:is(:not([data-side]), [data-side='hidden']) :is(:hover, :focus-visible) + .label {
    display: grid;
  }
  .place {
    font-weight: bold;
  }
  .marker.chosen + .label {
    outline: 2px solid var(--_marker);
  }
  .marker.ended + .label .place {
    font-weight: normal;
  }
  .card {
    --_w: min(20rem, 80cqi);
    position: absolute;
    top: 1rem;
    left: clamp(calc(var(--x) * -1cqi), calc(var(--_w) / -2), calc((100 - var(--x)) * 1cqi - var(--_w)));
    inline-size: var(--_w);
    max-block-size: 60cqi;
    overflow: auto;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--minga-color-surface, Canvas);
    color: CanvasText;
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.25);
    font-size: 0.875rem;
  }
  .north .card {
    top: auto;
    bottom: 1rem;
  }
  .close {
    float: inline-end;
    margin: -0.25rem;
    padding: 0 0.5rem;
    border: 0;
    background: none;
    color: inherit;
    font-size: 1.25rem;
    cursor: pointer;
  }
  .item {
    display: grid;
    gap: 0.125rem;
    padding-block: 0.375rem;
  }
  :is(.list, .unplaced) .item {
    border-block-start: 1px solid var(--_border);
  }
  .name {
    font-weight: bold;
  }
  .chosen .name {
    color: var(--_accent);
  }
  .state,
  .zone {
    color: var(--_muted);
  }
  .item.live .state {
    color: var(--_accent);
    font-weight: bold;
  }
  .unplaced p {
    margin: 0;
    color: var(--_muted);
  }
  a {
    color: var(--_accent);
  }
  @container (max-width: 24rem) {
    .label {
      font-size: 0.75rem;
    }
  }
  @media print {
    .card,
    .unplaced {
      display: none;
    }
    .list[hidden] {
      display: block;
    }
    .map {
      print-color-adjust: exact;
    }
  }
`;
