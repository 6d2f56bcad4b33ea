import type { LocaleModule } from '@lit/localize';

// A static map rather than a template-literal import: bundlers and the test server can both see
// every target, and each becomes its own lazily loaded chunk.
const loaders: Record<string, () => Promise<LocaleModule>> = {
  es: () => import('./generated/locales/es.js'),
  fr: () => import('./generated/locales/fr.js'),
  ko: () => import('./generated/locales/ko.js'),
  pt: () => import('./generated/locales/pt.js'),
};

/** Loads the translated UI strings of one shipped locale; for apps with their own @lit/localize setup. */
export function loadMingaLocale(locale: string): Promise<LocaleModule> {
  const load = loaders[locale];
  return load ? load() : Promise.reject(new Error(`minga-widgets has no UI strings for "${locale}"`));
}
