import { MingaSeriesMap } from '../components/series-map/series-map.js';
import { defineElement } from '../internal/define.js';

defineElement('minga-series-map', MingaSeriesMap);

declare global {
  interface HTMLElementTagNameMap {
    'minga-series-map': MingaSeriesMap;
  }
}
