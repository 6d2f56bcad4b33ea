import { html, type TemplateResult } from 'lit';

/**
 * A heading at `level` (clamped to 1–6, default 2) so an element fits the host page's outline;
 * `name` is both its part (public) and its class (for the element's own styles). Six plain
 * templates cost less than lit/static-html.
 */
export function heading(level: number, name: string, content: unknown): TemplateResult {
  switch (Math.min(6, Math.max(1, Math.round(level) || 2))) {
    case 1:
      return html`<h1 part=${name} class=${name}>${content}</h1>`;
    case 3:
      return html`<h3 part=${name} class=${name}>${content}</h3>`;
    case 4:
      return html`<h4 part=${name} class=${name}>${content}</h4>`;
    case 5:
      return html`<h5 part=${name} class=${name}>${content}</h5>`;
    case 6:
      return html`<h6 part=${name} class=${name}>${content}</h6>`;
    default:
      return html`<h2 part=${name} class=${name}>${content}</h2>`;
  }
}
