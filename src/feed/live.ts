/**
 * What only a live programme needs (`refresh`): checking feeds for changes and telling what
 * changed. A chunk of its own in the script-tag bundle, loaded by the first element that refreshes
 * (live-loader.ts), so pages that read their feed once do not download it.
 */
export { watchFeed, refreshFeeds, activeWatchTimers } from './feed-watch.js';
export { feedChanges, sessionChanges, changeMarks } from './changes.js';
export { readingAnchor, keepReadingPlace } from '../internal/reading-place.js';
