/** Small readers of parsed JSON shared by the converters of JSON sources (frab, Sessionize). */

export type Json = Record<string, unknown>;

/** A plain object (not null, not an array). */
export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The value as a list: an array as it is, anything else as no items. */
export const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** A string trimmed (undefined when empty), or a number as text: ids and names as JSON sources write them. */
export const text = (v: unknown): string | undefined =>
  typeof v === 'string' ? v.trim() || undefined : typeof v === 'number' ? String(v) : undefined;

/** `{ [key]: value }`, or `{}` when the value is undefined: spread into an object, it adds no empty keys. */
export function optional<K extends string, V>(key: K, value: V | undefined): { [key in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [key in K]?: V };
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
