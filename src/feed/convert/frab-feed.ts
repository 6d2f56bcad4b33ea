/**
 * A frab schedule.json read by the elements (`src` pointing at what pretalx publishes at
 * /schedule/export/schedule.json): converted to one event and validated, its problems reported like
 * a feed's, at the JSON Pointer of their place in the schedule. Loaded only for such a `src`.
 */
import type { FeedProblem, ValidationResult } from '../types.js';
import { validateFeed } from '../validate.js';
import { frabJsonToFeed } from './frab.js';
import { withValidation } from './placed.js';

/**
 * The schedule as a validated feed, or no feed when nothing in it could be read; the problems
 * either way (the reasons nothing could be read are the page author's to see).
 */
export function frabFeed(json: object): { result?: ValidationResult; problems: FeedProblem[] } {
  const conversion = frabJsonToFeed(json, {});
  const validation = conversion.feed && validateFeed(conversion.feed);
  const problems = withValidation(conversion, validation).map((p) => ({
    path: p.where,
    severity: p.severity,
    message: p.message,
  }));
  return { result: validation && { feed: validation.feed, problems }, problems };
}
