import type { LocalizedText } from './types.js';

/** A text chosen for display, with the language it is actually in (for the `lang` attribute). */
export interface PickedText {
  readonly text: string;
  readonly lang: string;
}

/**
 * Chooses the text to show for `language`: the exact tag, then its base language, then the
 * feed's default language, then the first one present. Tags compare case-insensitively.
 */
export function pickText(
  text: LocalizedText | undefined,
  language: string,
  defaultLanguage: string,
): PickedText | undefined {
  if (!text) return undefined;
  const entries = Object.entries(text);
  if (entries.length === 0) return undefined;
  const find = (tag: string) => entries.find(([k]) => k.toLowerCase() === tag.toLowerCase());
  const base = (tag: string) => tag.split('-')[0];
  const hit =
    find(language) ??
    find(base(language)) ??
    // `es` asked, only `es-MX` given: a regional variant beats another language.
    entries.find(([k]) => base(k).toLowerCase() === base(language).toLowerCase()) ??
    find(defaultLanguage) ??
    find(base(defaultLanguage)) ??
    entries[0];
  return { text: hit[1], lang: hit[0] };
}

/** The display string alone, or '' when there is no text. */
export function textIn(text: LocalizedText | undefined, language: string, defaultLanguage: string): string {
  return pickText(text, language, defaultLanguage)?.text ?? '';
}
