import type { FeedProblem } from './types.js';

/** `/events/2/sessions/0/end: ends before it starts` — the form used in the console and the CLI. */
export function formatProblem(problem: FeedProblem): string {
  return `${problem.severity}  ${problem.path || '/'}: ${problem.message}`;
}

/** The last report made for each source, so that a refreshed feed with the same problems is not reported again. */
const reported = new Map<string, string>();

/**
 * Lists a feed's problems for the page author in one console message: once per feed, and again
 * only when a refresh brings other problems.
 */
export function reportProblems(source: string, problems: readonly FeedProblem[]): void {
  if (problems.length === 0) {
    reported.delete(source);
    return;
  }
  const errors = problems.filter((p) => p.severity === 'error').length;
  const report =
    `minga-widgets: the event feed ${source} has ${errors} error(s) and ${problems.length - errors} warning(s); ` +
    `what is valid is still shown.\n${problems.map(formatProblem).join('\n')}`;
  if (reported.get(source) === report) return;
  reported.set(source, report);
  (errors > 0 ? console.error : console.warn)(report);
}

/** Forgets what was reported, as a new page would (with `clearFeedCache`). */
export function forgetReports(): void {
  reported.clear();
}
