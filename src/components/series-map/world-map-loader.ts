import type * as WorldMap from './world-map.js';

export type WorldMapModule = typeof WorldMap;

let worldMap: Promise<WorldMapModule> | undefined;

/** The world geometry and map layout, a chunk of their own beside the script, fetched once for every map on the page. */
export function loadWorldMap(): Promise<WorldMapModule> {
  worldMap ??= import('./world-map.js').catch((error: unknown) => {
    worldMap = undefined; // a failed load may succeed later
    throw error;
  });
  return worldMap;
}
