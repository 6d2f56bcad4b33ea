/**
 * frab schedule text, JSON or XML (told apart by the first character), as a minga feed. The
 * importer's entry for `--from frab`; the elements read parsed JSON through frab.ts directly.
 */
import { frabJsonToFeed } from './frab.js';
import { frabXmlToJson } from './frab-xml.js';
import type { Converter } from './types.js';

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

/**
 * `line 3, column 5` from a JSON.parse message: Firefox names the line and column, Chromium the
 * position (and, lately, the line and column too), Safari neither.
 */
export function jsonErrorPlace(source: string, message: string): string {
  const lineColumn = /line (\d+) column (\d+)/i.exec(message);
  if (lineColumn) return `line ${lineColumn[1]}, column ${lineColumn[2]}`;
  const position = /position (\d+)/i.exec(message);
  if (!position) return '';
  const before = source.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  return `line ${line}, column ${before.length - before.lastIndexOf('\n')}`;
}
