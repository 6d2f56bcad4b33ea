/**
 * The Equal Earth projection (Šavrič, Patterson & Jenny, 2018), forward only: enough to place
 * markers on the world that scripts/world-geometry.mjs projected at build time with d3-geo.
 * The formula and constants are d3-geo's `geoEqualEarthRaw`; test/series-map checks the two agree.
 */

/** The plane the world was projected into: `width` × `height` units, centred, at `scale`. */
export interface MapFrame {
  readonly width: number;
  readonly height: number;
  readonly scale: number;
}

const A1 = 1.340264;
const A2 = -0.081106;
const A3 = 0.000893;
const A4 = 0.003796;
const M = Math.sqrt(3) / 2;
const RADIANS = Math.PI / 180;

/** Where longitude `lon` and latitude `lat` (degrees) fall in `frame`: `[x, y]`, y downwards. */
export function project(frame: MapFrame, lon: number, lat: number): [number, number] {
  const lambda = lon * RADIANS;
  const l = Math.asin(M * Math.sin(lat * RADIANS));
  const l2 = l * l;
  const l6 = l2 * l2 * l2;
  const x = (lambda * Math.cos(l)) / (M * (A1 + 3 * A2 * l2 + l6 * (7 * A3 + 9 * A4 * l2)));
  const y = l * (A1 + A2 * l2 + l6 * (A3 + A4 * l2));
  return [frame.width / 2 + frame.scale * x, frame.height / 2 - frame.scale * y];
}
