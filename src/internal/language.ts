/** The languages whose UI strings ship with the library; English is the source. */
export const UI_LOCALES = ['en', 'es', 'fr', 'ko', 'pt'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

function canonical(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/**
 * The language an element speaks: its own `lang`, else the nearest ancestor's (across shadow
 * roots, so an element inside another component follows that component's page), else the
 * browser's. Invalid tags are skipped.
 */
export function resolveLanguage(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const attribute = node.getAttribute('lang');
    // lang="" says the language is unknown: inheritance stops, and the browser's language is used.
    if (attribute === '') break;
    const tag = canonical(attribute);
    if (tag) return tag;
    node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null;
  }
  return canonical(navigator.language) ?? 'en';
}

/** The shipped UI locale for a language: `es-MX` → `es`, `pt-BR` → `pt`, `de` → `en`. */
export function uiLocaleFor(language: string): UiLocale {
  const base = language.split('-')[0].toLowerCase();
  return (UI_LOCALES as readonly string[]).includes(base) ? (base as UiLocale) : 'en';
}
