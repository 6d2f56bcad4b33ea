/**
 * Entry point that lets the library set @lit/localize's UI locale from the elements' `lang`.
 *
 * Call `configureMingaLocalization()` once, unless your app configures @lit/localize itself (it
 * can be configured only once per page; then load our translations through your own
 * `loadLocale`, see docs/localization.md). The script-tag bundle calls it for you.
 */
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';
import { installLocaleDriver } from './internal/ui-locale.js';
import { loadMingaLocale } from './locale-loaders.js';

let configured = false;

/** Hands the UI locale to minga-widgets. Safe to call more than once. */
export function configureMingaLocalization(): void {
  if (configured) return;
  configured = true;
  try {
    installLocaleDriver(configureLocalization({ sourceLocale, targetLocales, loadLocale: loadMingaLocale }));
  } catch (error) {
    // The page configured @lit/localize first: it owns the UI locale, and that is fine.
    console.info('minga-widgets: @lit/localize is already configured by this page; it keeps the UI locale.', error);
  }
}
