import { html, type TemplateResult } from 'lit';

/**
 * A heading at `level` (clamped to 1–6, default 2) so an element fits the host page's outline.
 * Six plain templates cost less than lit/static-html.
 */
export function heading(level: number, part: string, content: unknown, className = ''): TemplateResult {
  switch (Math.min(6, Math.max(1, Math.round(level) || 2))) {
    case 1:
      return html`<h1 part=${part} class=${className}>${content}</h1>`;
    case 3:
      return html`<h3 part=${part} class=${className}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} class=${className}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class=${className}>${content}</h5>`;
    case 6:
      return html`<h6 part=${part} class=${className}>${content}</h6>`;
    default:
      return html`<h2 part=${part} class=${className}>${content}</h2>`;
  }
}
