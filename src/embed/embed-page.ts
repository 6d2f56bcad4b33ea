import { EMBEDDABLE, PAGE_PARAMETERS } from './embed-elements.js';

/** What the embed page shows for its URL parameters: one allowlisted element, or a message. */
export type EmbedPlan =
  | { kind: 'element'; tag: string; attributes: [string, string][]; ignored: string[] }
  | { kind: 'message'; text: string };

const CHOICES = Object.keys(EMBEDDABLE).join(', ');

/**
 * Only http(s) feeds: `javascript:`, `data:`, `blob:` and the like are refused outright, although
 * the element would only ever fetch them, so that the rule is plain to whoever writes the link.
 */
export function feedUrl(src: string, base: string): URL | undefined {
  try {
    const url = new URL(src, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** Reads the embed page's URL parameters; no value is ever interpreted as HTML. */
export function planEmbed(params: URLSearchParams, base: string): EmbedPlan {
  const name = params.get('element') ?? '';
  const embeddable = Object.hasOwn(EMBEDDABLE, name) ? EMBEDDABLE[name] : undefined;
  if (!embeddable) {
    return {
      kind: 'message',
      text: name
        ? `This embed page cannot show "${name}". Use element= with one of: ${CHOICES}.`
        : `Say which element to show with element= and one of: ${CHOICES}.`,
    };
  }
  const attributes: [string, string][] = [];
  const src = params.get('src');
  if (src !== null) {
    const url = feedUrl(src, base);
    if (!url) return { kind: 'message', text: 'The feed address (src=) must be an http:// or https:// address.' };
    attributes.push(['src', url.href]);
  }
  const ignored: string[] = [];
  for (const [key, value] of params) {
    const kind = Object.hasOwn(embeddable.attributes, key) ? embeddable.attributes[key] : undefined;
    if (kind === 'text') attributes.push([key, value]);
    // A boolean attribute is on whatever its value, so `hide-header=false` must not turn it on.
    else if (kind === 'boolean') {
      if (value !== 'false') attributes.push([key, '']);
    } else if (!PAGE_PARAMETERS.includes(key)) ignored.push(key);
  }
  return { kind: 'element', tag: embeddable.tag, attributes, ignored };
}
