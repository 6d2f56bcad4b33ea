/**
 * minga-widgets: element classes, feed types and pure helpers. Importing this module registers
 * no tag: import `minga-widgets/define/<tag>.js` for that, or `minga-widgets/minga-widgets.js`
 * for everything at once.
 */
export { MingaElement, type ClockKind, type EventView, type Notice } from './base/minga-element.js';
export { MingaEventSummary } from './components/event-summary/event-summary.js';
export { MingaAgenda } from './components/agenda/agenda.js';
export { forgetZoneChoice, type ZoneChoice } from './components/agenda/zone-preference.js';
export { MingaCountdown } from './components/countdown/countdown.js';
export { MingaObjectives } from './components/objectives/objectives.js';
export { MingaSeriesMap } from './components/series-map/series-map.js';

export type * from './feed/types.js';
export { validateFeed, pointer } from './feed/validate.js';
export {
  loadFeed,
  parseFeedText,
  clearFeedCache,
  feedFreshness,
  FeedLoadError,
  type FeedErrorKind,
  type LoadOptions,
} from './feed/load.js';
export { formatProblem } from './feed/problems.js';
export { refreshFeeds } from './feed/live-loader.js';
export type { FeedChange, FieldChange } from './feed/changes.js';
export { forgetStoredFeeds } from './feed/feed-storage.js';
export { parseRefresh, refreshPeriod, checkDelay, autoPeriod, type RefreshSetting } from './feed/refresh.js';
export { pickText, textIn, type PickedText } from './feed/text.js';
export { safeUrl } from './feed/url.js';
export { selectEvent, eventsOfSeries } from './feed/select-event.js';
export { eventSpan, eventPhase, eventState, isCalledOff, type EventState } from './feed/event-state.js';
export { parseWallTime, startMs, endMs, offsetAt, wallTimeToString, isValidZone } from './time/wall-time.js';
export { formatWallTime, formatSpanParts, datetimeAttribute, zoneCity, type DisplayContext } from './time/format.js';
export { utcOffsetName } from './time/zone.js';
export type { Span } from './time/types.js';
export type { Phase } from './time/schedule.js';
export { now, setNow, subscribe, type Granularity } from './internal/clock.js';
export { ClockController, type ClockOptions } from './controllers/clock-controller.js';
export {
  FeedController,
  type FeedOptions,
  type FeedStatus,
  type RefreshFailure,
} from './controllers/feed-controller.js';
export { LanguageController } from './controllers/language-controller.js';
export { resolveLanguage, uiLocaleFor, UI_LOCALES, type UiLocale } from './internal/language.js';
export { loadMingaLocale } from './locale-loaders.js';
export type * from './events/feed-events.js';
export type * from './events/agenda-events.js';
export type * from './events/countdown-events.js';
export type * from './events/series-map-events.js';
