import { html, type TemplateResult } from 'lit';
import type { Feed, LocalizedText } from '../feed/types.js';
import { pickText } from '../feed/text.js';

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
