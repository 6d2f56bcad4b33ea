import type { ImportProblem } from './types.js';

/** Collects a conversion's problems; `error` returns undefined so a reader can `return p.error(…)`. */
export class ProblemList {
  readonly problems: ImportProblem[] = [];

  error(where: string, message: string): undefined {
    this.problems.push({ severity: 'error', where, message });
    return undefined;
  }

  warn(where: string, message: string): void {
    this.problems.push({ severity: 'warning', where, message });
  }

  get hasErrors(): boolean {
    return this.problems.some((p) => p.severity === 'error');
  }
}

/** `line 42: …`, `row 3, column "date": …` — the form the CLI and the builder print. */
export function formatImportProblem(problem: ImportProblem): string {
  return `${problem.severity}  ${problem.where ? `${problem.where}: ` : ''}${problem.message}`;
}
