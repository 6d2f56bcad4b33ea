/**
 * The part of `<minga-series-map>` loaded only when a map appears, as one chunk beside the
 * script: the world geometry, and the code that lays markers and labels out on it and draws them. Pages without
 * a map never download it.
 */
export { world } from '../../generated/world-110m.js';
export { layoutMap, sameMarkers } from './map-layout.js';
export { layoutLabels } from './label-layout.js';
export { renderDrawing } from './map-drawing.js';
