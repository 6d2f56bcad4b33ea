/**
 * Entry point that lets the library drive @lit/localize, so that every element shows its UI words
 * in its own language (see src/internal/ui-locale.ts and docs/localization.md).
 *
 * Call `configureMingaLocalization()` once, unless your app configures @lit/localize itself (it
 * can be configured only once per page; then load our translations through your own
 * `loadLocale`, and the elements follow your app's one UI locale). The script-tag bundle calls it.
 */
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';
import { installLocaleLoader, loadedLocale, scopedUiLocale } from './internal/ui-locale.js';
import { loadMingaLocale } from './locale-loaders.js';

let configured = false;

/** Hands @lit/localize to minga-widgets. Safe to call more than once. */
export function configureMingaLocalization(): void {
  if (configured) return;
  configured = true;
  try {
    configureReentrantLocalization({
      sourceLocale,
      targetLocales: [...targetLocales],
      getLocale: scopedUiLocale,
      loadLocaleSync: loadedLocale,
    });
    installLocaleLoader(loadMingaLocale);
  } catch (error) {
    // The page configured @lit/localize first: it owns the UI locale, and that is fine.
    console.info('minga-widgets: @lit/localize is already configured by this page; it keeps the UI locale.', error);
  }
}
