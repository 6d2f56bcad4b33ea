/**
 * One bounded cache of `Intl` objects for the whole library. Building a formatter costs far more
 * than using one (tens of microseconds against one or two), and renders and clock ticks would
 * otherwise build the same ones again and again. Keys are the kind, the locale and the options,
 * so equal requests share one object; the cache is cleared when the UI language changes
 * (`clearIntlCache`), and beyond `LIMIT` entries the oldest go first.
 */

const LIMIT = 512;
const cache = new Map<string, unknown>();

/** The cached value for `key`, made by `create` on first use. `create` may return null (an unknown zone, say). */
export function cachedIntl<T>(key: string, create: () => T): T {
  if (cache.has(key)) return cache.get(key) as T;
  const value = create();
  if (cache.size >= LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(key, value);
  return value;
}

const keyOf = (kind: string, locale: string | undefined, options: object | undefined) =>
  `${kind} ${locale ?? ''} ${options ? JSON.stringify(options) : ''}`;

export function dateTimeFormat(locale: string | undefined, options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cachedIntl(keyOf('dt', locale, options), () => new Intl.DateTimeFormat(locale, options));
}

export function numberFormat(locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cachedIntl(keyOf('nf', locale, options), () => new Intl.NumberFormat(locale, options));
}

export function listFormat(locale: string, options?: Intl.ListFormatOptions): Intl.ListFormat {
  return cachedIntl(keyOf('lf', locale, options), () => new Intl.ListFormat(locale, options));
}

export function displayNames(locale: string, options: Intl.DisplayNamesOptions): Intl.DisplayNames {
  return cachedIntl(keyOf('dn', locale, options), () => new Intl.DisplayNames(locale, options));
}

export function relativeTimeFormat(locale: string, options?: Intl.RelativeTimeFormatOptions): Intl.RelativeTimeFormat {
  return cachedIntl(keyOf('rtf', locale, options), () => new Intl.RelativeTimeFormat(locale, options));
}

export function pluralRules(locale: string, options?: Intl.PluralRulesOptions): Intl.PluralRules {
  return cachedIntl(keyOf('pr', locale, options), () => new Intl.PluralRules(locale, options));
}

/** Forgets every cached object: called when the UI language changes, and by tests. */
export function clearIntlCache(): void {
  cache.clear();
}
