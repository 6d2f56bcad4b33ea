/**
 * One entry for every importer, shared by the CLI (`minga-widgets import`) and the snippet builder:
 * bytes in; the format (given or detected), the feed, and every problem with its place in the
 * source out. The converters load on demand: each brings a parser the others do not need.
 */
import { detectFormat } from './detect.js';
import { withValidation } from './placed.js';
import { sourceText } from './source-text.js';
import type { Converter, ImportOptions, ImportResult, SourceFormat } from './types.js';

const CONVERTERS: Record<SourceFormat, () => Promise<Converter>> = {
  csv: async () => (await import('./csv.js')).csvToFeed,
  ical: async () => (await import('./ical.js')).icalToFeed,
  frab: async () => (await import('./frab-source.js')).frabSourceToFeed,
  sessionize: async () => (await import('./sessionize.js')).sessionizeToFeed,
};

export interface ImportRequest extends ImportOptions {
  /** The source's format; detected from the content when not given. */
  readonly from?: SourceFormat;
  /**
   * The zone of a source whose times carry none (CSV, Sessionize) when `timeZone` is not given:
   * `--merge`'s namesake event's. A source that names its own zone keeps it.
   */
  readonly fallbackTimeZone?: string;
}

/** Formats whose times never carry a zone. */
const ZONELESS: ReadonlySet<SourceFormat> = new Set(['csv', 'sessionize']);

export async function importProgramme(source: Uint8Array | string, request: ImportRequest = {}): Promise<ImportResult> {
  const decoded = typeof source === 'string' ? { text: source } : sourceText(source);
  const fail = (format: SourceFormat, detected: boolean, message: string): ImportResult => ({
    format,
    detected,
    problems: [{ severity: 'error', where: '', message }],
  });
  if ('error' in decoded) return fail(request.from ?? 'csv', !request.from, decoded.error);
  const text = decoded.text.replace(/^\uFEFF/, '');
  let format = request.from;
  const detected = !format;
  if (!format) {
    const found = detectFormat(text);
    if (found === 'minga')
      return fail('csv', true, 'this file already is a minga feed: check it with "minga-widgets validate"');
    if (!found) {
      return fail(
        'csv',
        true,
        'the format could not be recognized; say which it is with --from csv|ical|frab|sessionize',
      );
    }
    format = found;
  }
  const convert = await CONVERTERS[format]();
  const timeZone = request.timeZone ?? (ZONELESS.has(format) ? request.fallbackTimeZone : undefined);
  const conversion = convert(text, { ...request, timeZone });
  return { format, detected, feed: conversion.feed, problems: withValidation(conversion) };
}
