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
  agenda: 800, countdown: 180, objectives: 450, 'series-map': 450, 'event-summary': 300,
};

const escapeAttribute = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Only attributes the element documents, in its documented order, and only those with a value. */
function chosen(c: SnippetChoice): [string, string | true][] {
  const known = Object.keys(EMBEDDABLE[c.widget].attributes);
  return known.flatMap((name) => {
    const v = c.attributes[name];
    return v === true || (typeof v === 'string' && v.trim() !== '') ? [[name, v === true ? v : v.trim()]] : [];
  });
}

export function scriptSnippet(c: SnippetChoice): string {
  const tag = EMBEDDABLE[c.widget].tag;
  const attributes = [['src', c.src] as [string, string | true], ...chosen(c), ['lang', c.lang] as [string, string | true]]
    .filter(([, v]) => v !== '')
    .map(([name, v]) => (v === true ? ` ${name}` : ` ${name}="${escapeAttribute(v)}"`))
    .join('');
  return `<script type="module" src="${escapeAttribute(c.scriptUrl)}"></script>\n<${tag}${attributes}></${tag}>`;
}

export function iframeSnippet(c: SnippetChoice, title: string): string {
  const params = new URLSearchParams({ element: c.widget, src: c.src });
  if (c.lang) params.set('lang', c.lang);
  for (const [name, v] of chosen(c)) params.set(name, v === true ? '' : v);
  params.set('id', c.widget);
  return `<iframe src="${escapeAttribute(`${c.embedUrl}?${params}`)}"\n  title="${escapeAttribute(title)}" width="100%" height="${IFRAME_HEIGHT[c.widget]}" loading="lazy"></iframe>`;
}
