/**
 * Which language each element's UI words are in.
 *
 * When the library drives @lit/localize (`configureMingaLocalization()`, which the script-tag
 * bundle calls), every element speaks its own language: @lit/localize is configured re-entrantly,
 * its `msg()` asks `scopedUiLocale()` which locale to translate into, and every element renders
 * (and builds its view) inside `inUiLocale(its locale, …)`. A language's strings load once, on
 * first use; until they arrive the element shows English and is rendered again when they do.
 *
 * When the page configured @lit/localize itself, the page owns one UI locale for everything, and
 * the elements follow it (`lit-localize-status` events tell which).
 */
import type { LocaleModule } from '@lit/localize';
import { uiLocaleFor, type UiLocale } from './language.js';
import { clearIntlCache } from './intl.js';

type Loader = (locale: string) => Promise<LocaleModule>;

let loader: Loader | undefined;
const loaded = new Map<string, LocaleModule>();
const loading = new Set<string>();
const hosts = new Map<Element & { requestUpdate(): void }, string>();
const observed = new WeakSet<Node>();
let observer: MutationObserver | undefined;
let scoped: string = 'en';
let version = 0;
/** The page's own locale, when the page drives @lit/localize. */
let pageLocale = 'en';

globalThis.addEventListener?.('lit-localize-status', (e) => {
  const detail = (e as CustomEvent<{ status: string; readyLocale?: string }>).detail;
  if (detail.status !== 'ready' || loader) return;
  version++;
  pageLocale = detail.readyLocale ?? pageLocale;
  // Formatters of the language left behind would only take room.
  clearIntlCache();
});

/** Lets each element speak its own language, loading strings with `load`. */
export function installLocaleLoader(load: Loader): void {
  loader = load;
}

/** The locale `msg()` translates into now: the element being rendered's, else English. */
export function scopedUiLocale(): string {
  return scoped;
}

/** Runs `fn` (an element's render, or the building of its view) with its words in `locale`. */
export function inUiLocale<T>(locale: string, fn: () => T): T {
  const before = scoped;
  scoped = locale;
  try {
    return fn();
  } finally {
    scoped = before;
  }
}

/** The strings of `locale` once loaded, for @lit/localize's re-entrant `msg()`. */
export function loadedLocale(locale: string): LocaleModule | undefined {
  return loaded.get(locale);
}

/**
 * The locale an element speaking `language` shows its UI words in now: its language's shipped
 * locale once loaded (English until then, or for languages we have no strings for), or, where the
 * page drives @lit/localize, the page's locale.
 */
export function uiLocaleOf(language: string): string {
  if (!loader) return pageLocale;
  const wanted: UiLocale = uiLocaleFor(language);
  if (wanted === 'en' || loaded.has(wanted)) return wanted;
  load(wanted);
  return 'en';
}

/** Changes whenever new UI strings are in force, for renders that skip work while nothing changed. */
export function uiLocaleVersion(): number {
  return version;
}

function load(locale: string): void {
  if (!loader || loading.has(locale)) return;
  loading.add(locale);
  loader(locale).then(
    (module) => {
      loaded.set(locale, module);
      version++;
      for (const [host, language] of hosts) if (uiLocaleFor(language) === locale) host.requestUpdate();
    },
    (error: unknown) => {
      // Tried again by the next element that asks; English meanwhile.
      loading.delete(locale);
      console.error('minga-widgets: could not load UI strings', error);
    },
  );
}

/** Records the language `host` resolved to, so it is rendered again when its strings arrive. */
export function hostLanguage(host: Element & { requestUpdate(): void }, language: string): void {
  const before = hosts.get(host);
  if (before === language) return;
  hosts.set(host, language);
  // A language changed on the page: formatters of the one left behind would only take room.
  if (before !== undefined) clearIntlCache();
  watchLangChanges(host);
}

export function forgetHost(host: Element): void {
  hosts.delete(host as Element & { requestUpdate(): void });
}

/** A `lang` change anywhere above an element re-renders every minga element. */
function watchLangChanges(host: Element): void {
  observer ??= new MutationObserver(() => {
    for (const h of hosts.keys()) h.requestUpdate();
  });
  for (const root of [document, host.getRootNode()]) {
    if (observed.has(root)) continue;
    observed.add(root);
    observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}
