import { html, literal, type StaticValue } from 'lit/static-html.js';
import type { TemplateResult } from 'lit';

const TAGS: StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** A heading at `level` (clamped to 1–6) so an element fits the host page's outline. */
export function heading(level: number, part: string, content: unknown): TemplateResult {
  const tag = TAGS[Math.min(6, Math.max(1, Math.round(level) || 2)) - 1];
  return html`<${tag} part=${part}>${content}</${tag}>`;
}
