/**
 * Test helpers for UI words: the shipped languages' strings loaded, and a way to say a message in
 * one of them, as an element speaking that language would.
 */
import { waitUntil } from '@open-wc/testing';
import '../../src/minga-widgets.js';
import { inUiLocale, loadedLocale, uiLocaleOf } from '../../src/internal/ui-locale.js';

export const LANGUAGES = ['en', 'es', 'fr', 'ko', 'pt'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Loads every shipped language's strings, as the first element speaking each would. */
export async function loadLanguages(): Promise<void> {
  for (const lang of LANGUAGES) uiLocaleOf(lang);
  await waitUntil(() => LANGUAGES.every((l) => l === 'en' || loadedLocale(l)), 'UI strings loaded', { timeout: 5000 });
}

/** `fn()`'s words in `lang`, as rendered by an element speaking it. */
export const inLanguage = <T>(lang: Language, fn: () => T): T => inUiLocale(lang, fn);

/** Every translated string of `lang`, with its message id (placeholders as `{0}`). */
export function translations(lang: Exclude<Language, 'en'>): [string, string][] {
  const templates = loadedLocale(lang)!.templates as Record<string, string | { strings: readonly string[] }>;
  return Object.entries(templates).map(([id, t]) => [
    id,
    typeof t === 'string' ? t : t.strings.map((s, i) => (i ? `{${i - 1}}${s}` : s)).join(''),
  ]);
}
