/**
 * `minga-widgets/feed`: the feed without the elements, for Node and build tools (a site that
 * generates its feed, a CMS plugin, a scheduled import). Nothing here touches the DOM or registers
 * anything at load, so it imports in Node 20+ as in a browser; `test/cli/feed-api.test.ts` imports
 * it in Node.
 */
export type * from './feed/types.js';
export { validateFeed, pointer } from './feed/validate.js';
export { formatProblem } from './feed/problems.js';
export { eventJsonLd, jsonLdScriptText } from './feed/json-ld.js';
export { feedCalendar } from './calendar/feed-entries.js';
export { importProgramme, type ImportRequest } from './feed/convert/import-programme.js';
export type {
  ImportOptions,
  ImportProblem,
  ImportResult,
  SourceFormat,
  Conversion,
  Converter,
} from './feed/convert/types.js';
export { SOURCE_FORMATS } from './feed/convert/types.js';
export { formatImportProblem } from './feed/convert/problems.js';
export { detectFormat } from './feed/convert/detect.js';
export { mergeFeeds } from './feed/convert/merge.js';
export { feedToFrab } from './feed/convert/to-frab.js';
export { frabXml } from './feed/convert/to-frab-xml.js';
export { parseWallTime, startMs, endMs, wallTimeToString, isValidZone } from './time/wall-time.js';
