/**
 * frab schedule text, JSON or XML (told apart by the first character), as a minga feed. The
 * importer's entry for `--from frab`; the elements, which get the schedule.json already parsed,
 * go through frab-feed.ts instead (it calls frabJsonToFeed and validates the result).
 */
import { frabJsonToFeed } from './frab.js';
import { frabXmlToJson } from './frab-xml.js';
import type { Converter } from './types.js';
import { jsonErrorPlace } from './json-values.js';

export const frabSourceToFeed: Converter = (text, options) => {
  const source = text.replace(/^\uFEFF/, '');
  if (source.trimStart().startsWith('<')) {
    const xml = frabXmlToJson(source);
    if ('error' in xml) return failed(xml.line ? `line ${xml.line}` : '', xml.error);
    return frabJsonToFeed(xml.json, options, xml.place);
  }
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return failed(jsonErrorPlace(source, message), `the JSON cannot be read: ${message}`);
  }
  return frabJsonToFeed(json, options);
};

function failed(where: string, message: string) {
  return { problems: [{ severity: 'error' as const, where, message }], places: new Map<string, string>() };
}
