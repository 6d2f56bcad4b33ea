import type { SourceFormat } from './types.js';

/**
 * The source's format from its first characters and, for JSON, its top-level keys. Returns
 * `minga` for a file that already is a minga feed, and undefined for JSON of no known shape.
 */
export function detectFormat(text: string): SourceFormat | 'minga' | undefined {
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (/^BEGIN:VCALENDAR/i.test(head)) return 'ical';
  if (head.startsWith('<')) return /<schedule[\s>/]/.test(head) ? 'frab' : undefined;
  if (head.startsWith('{') || head.startsWith('[')) {
    let json: unknown;
    try {
      json = JSON.parse(head);
    } catch {
      return undefined;
    }
    // Sessionize's "Sessions" view: groups of sessions (the converter reads it, or says which view to use).
    if (Array.isArray(json)) return json.some((g) => isSessionGroup(g)) ? 'sessionize' : undefined;
    if (typeof json !== 'object' || json === null) return undefined;
    if ('schedule' in json) return 'frab';
    if ('events' in json && 'version' in json) return 'minga';
    if ('sessions' in json && ('rooms' in json || 'speakers' in json)) return 'sessionize';
    return undefined;
  }
  return 'csv';
}

function isSessionGroup(value: unknown): boolean {
  return (
    typeof value === 'object' && value !== null && 'sessions' in value && ('groupId' in value || 'groupName' in value)
  );
}
