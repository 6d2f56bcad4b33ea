/**
 * The agenda's "Subscribe to the programme" (with `calendar-src`), in the agenda's lazy chunk.
 */
import { html, type TemplateResult } from 'lit';
import { subscribeLinks, type SubscribeLink } from '../../calendar/subscribe.js';
import { msg } from './lazy-words.js';

/** The disclosure of subscribe links for the calendar at `src` (resolved against the page), named `name`. */
export function renderSubscribe(
  src: string,
  name: string,
  ui: (words: string) => TemplateResult | string,
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
    webcal: msg('Apple Calendar and other apps'),
    google: 'Google Calendar',
    'outlook-com': 'Outlook.com',
    'outlook-365': 'Outlook (Microsoft 365)',
    ics: msg('The calendar file (.ics)'),
  };
  return html`<details part="subscribe" class="subscribe">
    <summary class="button">${ui(msg('Subscribe to the programme'))}</summary>
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
