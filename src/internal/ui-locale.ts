/**
 * Who sets @lit/localize's page-wide locale. @lit/localize keeps one UI locale per page, and a
 * page that uses @lit/localize itself owns it; so the library drives it only when
 * `configureMingaLocalization()` handed it a `setLocale` (the script-tag bundle does).
 *
 * Policy, when we drive: the UI locale follows the first connected minga element's language.
 * A page in one language, or with one widget in another, is then right everywhere; on a page
 * mixing widgets in several languages the later ones show feed text and dates in their own
 * language and UI labels in the first one's (see docs/localization.md).
 */
import { uiLocaleFor } from './language.js';
import { clearIntlCache } from './intl.js';

export interface LocaleDriver {
  getLocale(): string;
  setLocale(locale: string): Promise<void>;
}

let driver: LocaleDriver | undefined;
/** The locale last asked for: it may still be loading while `getLocale()` names the old one. */
let requested: string | undefined;
const hosts = new Map<Element, string>();
const observed = new WeakSet<Node>();
let observer: MutationObserver | undefined;

let version = 0;
let active = 'en';
addEventListener('lit-localize-status', (e) => {
  const detail = (e as CustomEvent<{ status: string; readyLocale?: string }>).detail;
  if (detail.status !== 'ready') return;
  version++;
  active = detail.readyLocale ?? active;
  // Formatters of the language left behind would only take room.
  clearIntlCache();
});

/** The language the UI strings are in now (English until another has loaded), whoever drives @lit/localize. */
export function uiLocale(): string {
  return active;
}

/** Changes whenever new UI strings are in force, for renders that skip work while nothing changed. */
export function uiLocaleVersion(): number {
  return version;
}

export function installLocaleDriver(d: LocaleDriver): void {
  driver = d;
  requested = undefined;
  apply();
}

/** Records the language `host` resolved to and brings the UI locale in line. */
export function hostLanguage(host: Element & { requestUpdate(): void }, language: string): void {
  if (hosts.get(host) === language) return;
  hosts.set(host, language);
  watchLangChanges(host);
  apply();
}

export function forgetHost(host: Element): void {
  if (hosts.delete(host)) apply();
}

function apply(): void {
  if (!driver) return;
  const first = hosts.values().next();
  if (first.done) return;
  const wanted = uiLocaleFor(first.value);
  // Compare with the request, not the active locale: an element leaving while its language is
  // still loading must not leave that language to arrive after the next element asked for another.
  if ((requested ?? driver.getLocale()) !== wanted) {
    requested = wanted;
    driver.setLocale(wanted).catch((e) => console.error('minga-widgets: could not load UI strings', e));
  }
}

/** A `lang` change anywhere above an element re-renders every minga element. */
function watchLangChanges(host: Element): void {
  observer ??= new MutationObserver(() => {
    for (const h of hosts.keys()) (h as unknown as { requestUpdate(): void }).requestUpdate();
  });
  for (const root of [document, host.getRootNode()]) {
    if (observed.has(root)) continue;
    observed.add(root);
    observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}
