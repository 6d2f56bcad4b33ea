import type { FeedProblem } from './types.js';

/** `/events/2/sessions/0/end: ends before it starts` — the form used in the console and the CLI. */
export function formatProblem(problem: FeedProblem): string {
  return `${problem.severity}  ${problem.path || '/'}: ${problem.message}`;
}

/** Lists a feed's problems for the page author, once per feed, in one collapsed console group. */
export function reportProblems(source: string, problems: readonly FeedProblem[]): void {
  if (problems.length === 0) return;
  const errors = problems.filter((p) => p.severity === 'error').length;
  const log = errors > 0 ? console.error : console.warn;
  log(
    `minga-widgets: the event feed ${source} has ${errors} error(s) and ${problems.length - errors} warning(s); ` +
      `what is valid is still shown.\n${problems.map(formatProblem).join('\n')}`,
  );
}
