/**
 * How many cases each property of test/fuzz tries, and from which seed: a fixed few in CI, many
 * with `FUZZ_RUNS=100000 npm test -- --group fuzz`. A failure names its seed and path; run again
 * with `FUZZ_SEED=<seed> FUZZ_PATH=<path>` to go straight to the shrunk counterexample.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import fc from 'fast-check';

const DEFAULT_SEED = 20_141_209;

const given = await executeServerCommand<{ runs?: number; seed?: number; path?: string }, undefined>(
  'minga-fuzz-config',
);
export const seed = given?.seed ?? DEFAULT_SEED;
const runsGiven = given?.runs;
const path = given?.path;

/** `ciRuns` cases in CI, or `share` of FUZZ_RUNS (renders cost a hundred validations: they get a share). */
export const runs = (ciRuns: number, share = 1) =>
  runsGiven === undefined ? ciRuns : Math.max(1, Math.round(runsGiven * share));

/** A mocha timeout for `n` cases of `msPerCase` each, never under 20 s. */
export const timeoutFor = (n: number, msPerCase: number) => Math.max(20_000, n * msPerCase * 3);

/** Checks `property` over `numRuns` cases; a failure says how to replay it. */
export async function check<T>(property: fc.IRawProperty<T>, numRuns: number): Promise<void> {
  const details = await fc.check(property, { numRuns, seed, path });
  if (details.failed) {
    const replay = `replay: FUZZ_SEED=${details.seed} FUZZ_PATH=${details.counterexamplePath ?? ''}`;
    const shown = JSON.stringify(details.counterexample, (_, v: unknown) => (v === undefined ? '(undefined)' : v));
    const cause =
      details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    throw new Error(`${cause}\n${replay}\ncounterexample: ${shown?.slice(0, 4000)}`);
  }
}
