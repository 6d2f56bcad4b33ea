/**
 * The script-tag entry: registers every element, lets the elements' `lang` choose the UI
 * language, and exposes the public API to pages that import it as a module.
 */
import './define/minga-event-summary.js';
import './define/minga-agenda.js';
import './define/minga-countdown.js';
import './define/minga-objectives.js';
import './define/minga-series-map.js';
import { configureMingaLocalization } from './localization.js';

configureMingaLocalization();

export * from './index.js';
export { configureMingaLocalization };
