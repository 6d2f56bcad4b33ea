/**
 * Skipping a test that needs something its browser's launcher cannot do (emulate print media, hold
 * a modifier key…), by what the launcher declares rather than by sniffing the browser: the skip is
 * counted and named with its reason in the summary. See test/support/browser-capabilities.mjs.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export type Capability = 'emulate-media' | 'held-keys' | 'measure-heap';

let declared: Promise<Set<string>> | undefined;

/** What this browser's launcher can do. */
export function capabilities(): Promise<Set<string>> {
  declared ??= executeServerCommand<string[], undefined>('minga-capabilities').then((list) => new Set(list));
  return declared;
}

/**
 * Skips the running test (`ctx` is the test's `this`) unless its browser can do `capability`,
 * recording the reason for the summary. Call it first thing in the test: `await skipWithout(this, 'held-keys')`.
 */
export async function skipWithout(ctx: Mocha.Context, capability: Capability): Promise<void> {
  if ((await capabilities()).has(capability)) return;
  await executeServerCommand('minga-skip', { capability, titlePath: ctx.test?.titlePath() ?? [] });
  ctx.skip();
}
