// The snippet builder page: every element registered for the preview, the builder in the
// language asked for (?lang=es), or the browser's when it is one of the builder's.
import '../../src/minga-widgets.js';
import { mountBuilder } from './builder.js';
import type { BuilderLanguage } from './builder-text.js';

const asked = new URLSearchParams(location.search).get('lang') ?? navigator.language.slice(0, 2);
const language: BuilderLanguage = asked === 'es' || asked === 'fr' ? asked : 'en';
mountBuilder(document.querySelector<HTMLElement>('#builder')!, {
  feedUrl: new URL('../feed.json', location.href).href,
  scriptUrl: 'https://www.example.org/minga/minga-widgets.js',
  embedUrl: 'https://www.example.org/minga/embed.html',
  language,
  // Vite copies the file beside the page when it builds it.
  templateUrl: new URL('../../docs/programme-template.csv', import.meta.url).href,
});
