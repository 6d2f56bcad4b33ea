/**
 * Language names as organizers write them in a conference tool (`English`, `Español`, `português
 * (Brasil)`, `한국어`, or a tag such as `es`) read back as BCP 47 tags. The names come from the
 * engine's Intl data, so no list of names is kept here; the table is built once, on first use.
 */
import { displayNames } from '../../internal/intl.js';

/** Languages whose names for other languages are understood: the feed's five, and two frequent ones. */
const NAMED_IN = ['en', 'es', 'fr', 'pt', 'ko', 'de', 'it'];

/** Regional forms organizers name (`Brazilian Portuguese`, `español (México)`). */
const REGIONAL = ['pt-BR', 'pt-PT', 'es-MX', 'es-ES', 'es-419', 'en-US', 'en-GB', 'fr-CA', 'zh-Hans', 'zh-Hant'];

const TAG = /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i;

let table: Map<string, string> | undefined;

/** Lower case, accents dropped, spaces single: `Español ` and `espanol` are the same name. */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

function names(): Map<string, string> {
  if (table) return table;
  table = new Map();
  const add = (name: string | undefined, tag: string) => {
    if (name && !table!.has(foldName(name))) table!.set(foldName(name), tag);
  };
  const english = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  // Every two-letter code the engine can name: ISO 639-1, about 190 of them.
  const codes = [...letters].flatMap((a) => [...letters].map((b) => a + b)).filter((c) => english.of(c));
  for (const lang of NAMED_IN) {
    const dialect = new Intl.DisplayNames([lang], { type: 'language', fallback: 'none' });
    const standard = new Intl.DisplayNames([lang], { type: 'language', fallback: 'none', languageDisplay: 'standard' });
    for (const code of [...codes, ...REGIONAL]) add(dialect.of(code), code);
    // `Portuguese (Brazil)` as well as `Brazilian Portuguese`.
    for (const code of REGIONAL) add(standard.of(code), code);
  }
  // Each language's own name for itself: `Deutsch`, `日本語`.
  for (const code of codes) {
    try {
      add(new Intl.DisplayNames([code], { type: 'language', fallback: 'none' }).of(code), code);
    } catch {
      // A code the engine names but has no locale data for.
    }
  }
  return table;
}

/** True when the engine knows the tag's language: `es`, `pt-BR`, `EN`; not `go` or `english`. */
function knownTag(text: string): string | undefined {
  if (!TAG.test(text)) return undefined;
  try {
    const tag = Intl.getCanonicalLocales(text.replace(/_/g, '-'))[0];
    const base = tag?.split('-')[0];
    return base && displayNames('en', { type: 'language', fallback: 'none' }).of(base) ? tag : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The tags a language item names: `English` → `["en"]`, `Español / English` → `["es", "en"]`, `pt-BR`
 * → `["pt-BR"]`. Undefined when any part is not a language the engine can name.
 */
export function languageTags(name: string): string[] | undefined {
  const parts = name
    .split(/\s*(?:[/,;&+|]|\s-\s)\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  const tags = parts.map((part) => knownTag(part) ?? names().get(foldName(part)));
  if (!tags.length || tags.some((t) => t === undefined)) return undefined;
  return [...new Set(tags as string[])];
}
