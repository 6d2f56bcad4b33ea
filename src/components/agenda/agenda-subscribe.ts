/**
 * The agenda's "Subscribe to the programme" (with `calendar-src`), in the agenda's lazy chunk. Its
 * words come from the element: a lazy chunk calling `msg` made the bundler split the entry.
 */
import { html, type TemplateResult } from 'lit';
import { subscribeLinks, type SubscribeLink } from '../../calendar/subscribe.js';

/** The disclosure's own words, in the UI language. */
export interface SubscribeWords {
  readonly subscribe: string;
  readonly apps: string;
  readonly file: string;
}

/** The disclosure of subscribe links for the calendar at `src` (resolved against the page), named `name`. */
export function renderSubscribe(
  src: string,
  name: string,
  ui: (words: string) => TemplateResult | string,
  words: SubscribeWords,
): TemplateResult | undefined {
  let url: string;
  try {
    url = new URL(src, document.baseURI).href;
  } catch {
    return undefined;
  }
  const links = subscribeLinks(url, name);
  if (!links.length) return undefined;
  const label: Record<SubscribeLink['app'], string> = {
    webcal: words.apps,
    google: 'Google Calendar',
    'outlook-com': 'Outlook.com',
    'outlook-365': 'Outlook (Microsoft 365)',
    ics: words.file,
  };
  return html`<details part="subscribe" class="subscribe">
    <summary class="button">${ui(words.subscribe)}</summary>
    <ul>
      ${links.map(
        (l) =>
          html`<li>
            <a href=${l.href} rel="noopener" target=${l.app === 'webcal' ? '_self' : '_blank'}>${ui(label[l.app])}</a>
          </li>`,
      )}
    </ul>
  </details>`;
}
