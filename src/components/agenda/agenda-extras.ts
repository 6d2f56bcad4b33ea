/**
 * What an agenda loads only when it is used, as one chunk: the calendar file and web calendar
 * links offered for a session or the event, the grid view, and the JSON-LD written for
 * `structured-data`. One
 * chunk rather than two, as a second lazy chunk made the bundler split shared modules out of the
 * entry (0.7 KB more up front).
 */
export { offerCalendarFile } from './calendar-entries.js';
export { calendarMenuOf } from './agenda-calendars.js';
export { syncStructuredData } from './structured-data.js';
export { renderGrid } from './agenda-grid.js';
export { gridView } from './grid-model.js';
export { renderSubscribe } from './agenda-subscribe.js';
export { AgendaFinder } from './agenda-finder.js';
export { nextStepSize, keptLimit } from './rendering-steps.js';

import { gridStyles } from './agenda-grid.js';
import { finderStyles } from './finder.styles.js';
/** The styles the chunk adds to the agenda's own. */
export const extraStyles = [gridStyles, finderStyles];
