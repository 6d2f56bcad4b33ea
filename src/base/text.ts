import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Feed, LocalizedText } from '../feed/types.js';
import { pickText } from '../feed/text.js';
import { pluralRules } from '../internal/intl.js';
import { scopedUiLocale } from '../internal/ui-locale.js';

/** A feed text in `language`, in a span marked with the language it is actually in when it falls back. */
export function feedText(value: LocalizedText | undefined, language: string, feed: Feed): TemplateResult | string {
  const picked = pickText(value, language, feed.defaultLanguage);
  if (!picked) return '';
  return picked.lang.toLowerCase() === language.toLowerCase()
    ? picked.text
    : html`<span lang=${picked.lang} dir="auto">${picked.text}</span>`;
}

/** UI words, marked with their language `uiLang` when it is not the element's (undefined when it is). */
export function uiWords(words: string, uiLang: string | undefined): TemplateResult | string {
  return uiLang ? html`<span lang=${uiLang}>${words}</span>` : words;
}

/** Stands for markup in a translated sentence: `msg(str\`Part of ${MARK}\`)`, then `around()`. */
export const MARK = '\u0000';

/**
 * A translated sentence with one `MARK`, cut around it so that `content` (markup, a link, times in
 * `<time>` elements) takes its place where the language puts it: one message per sentence, never
 * a sentence built by joining pieces. The words are marked with `uiLang` when it is set.
 */
export function around(message: string, content: unknown, uiLang: string | undefined): unknown[] {
  const [before, after = ''] = message.split(MARK);
  return [before && uiWords(before, uiLang), content, after && uiWords(after, uiLang)];
}

/**
 * Picks the message form for the count `n` by the plural rules of the language the UI words are
 * in (`Intl.PluralRules`): `one` where it says "one" (1 in English and Spanish, 0 and 1 in French
 * and Portuguese), `other` everywhere else. Each form is its own message, with its own id.
 */
export function plural(n: number, one: () => string, other: () => string): string {
  return pluralRules(scopedUiLocale()).select(n) === 'one' ? one() : other();
}

/**
 * Between the items of a list whose items may hold commas (speakers with their affiliations, the
 * events at one map marker): "; " in English, with a narrow no-break space before the semicolon in
 * French. A message, so each language writes its own punctuation.
 */
export function listSeparator(): string {
  return msg('; ', { id: 'list-separator', desc: 'Between names in a list; the names may contain commas.' });
}
