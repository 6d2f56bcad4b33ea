/**
 * `msg` and `str` for the agenda's lazy chunk. Any runtime import of @lit/localize from a lazy
 * module makes rolldown split modules the entry shares with it into chunks of their own (1.1–1.5 KB
 * more up front, see docs/decisions.md), so this module imports only its types: lit-localize's
 * extractor finds messages by the callee's type, and the element hands over the real `msg` when it
 * loads the chunk (`useMsg`). `str` is @lit/localize's own three lines.
 */
import type { msg as Msg, str as Str } from '@lit/localize';

/** The element's `msg`, typed without lit-localize's mark (the extractor would take the call below for a message). */
let installed: (template: unknown, options?: unknown) => string = () => '';

/** Called by the element with its `msg`, before anything in the chunk renders. */
export function useMsg(implementation: typeof Msg): void {
  installed = implementation as typeof installed;
}

export const msg = ((template: unknown, options?: unknown) => installed(template, options)) as typeof Msg;

export const str = ((strings: TemplateStringsArray, ...values: unknown[]) => ({
  strTag: true,
  strings,
  values,
})) as unknown as typeof Str;
