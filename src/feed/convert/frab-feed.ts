/**
 * A frab schedule.json read by the elements (`src` pointing at what pretalx publishes at
 * /schedule/export/schedule.json): converted to one event and validated, its problems reported like
 * a feed's, with the JSON Pointer of the place in the schedule. Loaded only for such a `src`.
 */
import type { FeedProblem, ValidationResult } from '../types.js';
import { validateFeed } from '../validate.js';
import { frabJsonToFeed } from './frab.js';
import { placeOf } from './placed.js';

/** The schedule as a validated feed, or undefined when nothing in it could be read. */
export function frabFeed(json: object): ValidationResult | undefined {
  const conversion = frabJsonToFeed(json, {});
  if (!conversion.feed) return undefined;
  const validation = validateFeed(conversion.feed);
  const problems: FeedProblem[] = conversion.problems.map((p) => ({
    path: p.where,
    severity: p.severity,
    message: p.message,
  }));
  for (const p of validation.problems) {
    const { where, rest } = placeOf(p.path, conversion.places);
    problems.push({ path: where, severity: p.severity, message: rest ? `${rest}: ${p.message}` : p.message });
  }
  return { feed: validation.feed, problems };
}
