/**
 * The two snippets a content editor pastes: the script-tag form and the iframe form (for pages
 * that strip scripts). Pure, so the tests can check the exact text.
 */
import { EMBEDDABLE } from '../../src/embed/embed-elements.js';

export type WidgetName = 'agenda' | 'countdown' | 'objectives' | 'series-map' | 'event-summary';

export interface SnippetChoice {
  readonly widget: WidgetName;
  readonly src: string;
  readonly lang: string;
  /** Attribute values; `true` for a boolean attribute that is on. Empty strings are left out. */
  readonly attributes: Readonly<Record<string, string | true>>;
  /** Where minga-widgets.js and embed.html are on the editor's site. */
  readonly scriptUrl: string;
  readonly embedUrl: string;
}

/** Fixed iframe heights measured with the sample feed, used without the resize script. */
export const IFRAME_HEIGHT: Record<WidgetName, number> = {
  agenda: 800,
  countdown: 180,
  objectives: 450,
  'series-map': 450,
  'event-summary': 300,
};

const escapeAttribute = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Only attributes the element documents, in its documented order, and only those with a value. */
export function chosen(c: SnippetChoice): [string, string | true][] {
  const known = Object.keys(EMBEDDABLE[c.widget].attributes);
  return known.flatMap((name) => {
    const v = c.attributes[name];
    return v === true || (typeof v === 'string' && v.trim() !== '') ? [[name, v === true ? v : v.trim()]] : [];
  });
}

export function scriptSnippet(c: SnippetChoice): string {
  const tag = EMBEDDABLE[c.widget].tag;
  const attributes = [
    ['src', c.src.trim()] as [string, string | true],
    ...chosen(c),
    ['lang', c.lang] as [string, string | true],
  ]
    .filter(([, v]) => v !== '')
    .map(([name, v]) => (v === true ? ` ${name}` : ` ${name}="${escapeAttribute(v)}"`))
    .join('');
  return `<script type="module" src="${escapeAttribute(c.scriptUrl)}"></script>\n<${tag}${attributes}></${tag}>`;
}

/**
 * The iframe form. The feed's address is made absolute against `base` (the builder's page): a
 * relative one would be read against the embed page's folder, not the editor's page.
 */
export function iframeSnippet(c: SnippetChoice, title: string, base = location.href): string {
  const url = new URL(c.embedUrl, base);
  const set = (name: string, value: string) => url.searchParams.set(name, value);
  set('element', c.widget);
  if (c.src.trim()) set('src', new URL(c.src.trim(), base).href);
  if (c.lang) set('lang', c.lang);
  for (const [name, v] of chosen(c)) set(name, v === true ? '' : v);
  set('id', c.widget);
  return `<iframe src="${escapeAttribute(url.href)}"\n  title="${escapeAttribute(title)}" width="100%" height="${IFRAME_HEIGHT[c.widget]}" loading="lazy"></iframe>`;
}
