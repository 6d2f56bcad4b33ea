import { css } from 'lit';

/**
 * Shared tokens and host rules. Without a `theme` attribute an element is transparent and takes
 * the page's font, text colour and colour scheme, so it blends into any host page. `theme="auto"`
 * (follows prefers-color-scheme), `"light"` or `"dark"` give it its own surface.
 * Colours use light-dark(), resolved by the element's used colour scheme.
 * The surface's padding is !important because a page's rules beat :host rules, and resets such
 * as Tailwind's Preflight (`* { padding: 0 }`) would put the text against the surface's edges;
 * pages change it with --minga-padding.
 * Also here, once for every element: notices (loading, error, empty), screen-reader-only text and
 * buttons. Keyword attributes are matched without regard to case (`theme="Dark"`), as elsewhere.
 */
export const themeStyles = css`
  :host {
    --_accent: var(--minga-color-accent, light-dark(#00695c, #80cbc4));
    --_danger: var(--minga-color-danger, light-dark(#b3261e, #f2b8b5));
    --_muted: var(--minga-color-muted, color-mix(in srgb, currentColor 72%, transparent));
    --_border: var(--minga-color-border, color-mix(in srgb, currentColor 22%, transparent));
    --_surface: var(--minga-color-surface, transparent);
    --_radius: var(--minga-radius, 0.5rem);
    --_space: var(--minga-space, 1rem);
    display: block;
    box-sizing: border-box;
    font-family: var(--minga-font-family, inherit);
    color: var(--minga-color-text, inherit);
    background: var(--_surface);
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme]) {
    --_surface: var(--minga-color-surface, light-dark(#ffffff, #1c1b1f));
    color: var(--minga-color-text, light-dark(#1c1b1f, #e6e1e5));
    padding: var(--minga-padding, var(--_space)) !important;
    border-radius: var(--_radius);
  }
  :host([theme='auto' i]) {
    color-scheme: light dark;
  }
  :host([theme='light' i]) {
    color-scheme: light;
  }
  :host([theme='dark' i]) {
    color-scheme: dark;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .message {
    margin: 0;
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_muted);
    border-radius: var(--_radius);
  }
  .message.error {
    border-inline-start-color: var(--_danger);
  }
  /* Discreet: the content below is still right as of the time it names. */
  .refresh-failure {
    margin: 0 0 calc(var(--_space) * 0.5);
    padding-inline-start: calc(var(--_space) * 0.5);
    border-inline-start: 3px solid var(--_danger);
    color: var(--_muted);
    font-size: 0.875em;
  }
  .as-of,
  .updated {
    margin: calc(var(--_space) * 0.5) 0 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .sr-only {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* Explicit colours: what a native button paints differs between engines. */
  .button {
    padding: 0.2em 0.7em;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
    font: inherit;
    cursor: pointer;
  }
  .button[aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--minga-color-surface, Canvas);
  }
  @media print {
    :host,
    :host([theme]) {
      color: #000;
      background: none;
      color-scheme: light;
    }
    /* Controls do nothing on paper. */
    .button {
      display: none;
    }
  }
`;
