// The floor of `npm run bench`'s first-render measurement (scripts/bench-first-render.mjs): bare
// Lit rendering, from data inline in the page, the DOM that <minga-agenda> and <minga-countdown>
// render from the feed, into shadow roots with the same styles. No feed to fetch, validate or
// format: what any Lit page showing the same thing must at least do.
import { html, render } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';

interface Shown {
  readonly tag: string;
  readonly html: string;
  readonly css: string;
}

const shown = JSON.parse(document.getElementById('shown')!.textContent!) as Shown[];
for (const { tag, html: markup, css } of shown) {
  const host = document.querySelector(`[data-floor="${tag}"]`)!;
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  root.adoptedStyleSheets = [sheet];
  render(html`${unsafeHTML(markup)}`, root);
}
