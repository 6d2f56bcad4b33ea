import type { ValidationResult } from '../types.js';
import { validateFeed } from '../validate.js';
import type { Conversion, ImportProblem } from './types.js';

/**
 * The converter's problems, then the validator's on its output, each placed in the source: a
 * problem at `/events/0/sessions/3/end` is placed where the source's session 3 came from.
 * `validation` is the output's, when the caller has it already.
 */
export function withValidation(
  conversion: Conversion,
  validation: ValidationResult | undefined = conversion.feed && validateFeed(conversion.feed),
): ImportProblem[] {
  const problems = [...conversion.problems];
  if (!validation) return problems;
  const said = new Set<string>();
  for (const p of validation.problems) {
    const { where, rest } = placeOf(p.path, conversion.places);
    const message = rest ? `${rest}: ${p.message}` : p.message;
    // An event's start taken from a session's is one place in the source: say its problem once.
    const key = `${p.severity} ${where} ${message}`;
    if (said.has(key)) continue;
    said.add(key);
    problems.push({ severity: p.severity, where, message });
  }
  return problems;
}

/**
 * The source place of the longest recorded prefix of `path` (a JSON Pointer of the output), and the
 * rest of the path below it (`end`, `speakers/0/name`) to say which field; the output path itself
 * when no prefix was recorded.
 */
export function placeOf(path: string, places: ReadonlyMap<string, string>): { where: string; rest: string } {
  for (let at = path; at; at = at.slice(0, Math.max(0, at.lastIndexOf('/')))) {
    const place = places.get(at);
    if (place !== undefined) return { where: place, rest: path.slice(at.length + 1) };
  }
  return { where: places.get('') ?? '', rest: path };
}
