import type { ReactiveController, ReactiveElement } from 'lit';
import { resolveLanguage } from '../internal/language.js';
import { forgetHost, hostLanguage } from '../internal/ui-locale.js';

/**
 * Keeps track of the language its host speaks (its `lang`, an ancestor's, or the browser's) and
 * re-renders the host when any `lang` above it changes. Feed text and dates use `language`; UI
 * strings go through @lit/localize.
 */
export class LanguageController implements ReactiveController {
  /** A canonical BCP 47 tag, e.g. `es-MX`. */
  language = 'en';

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.update();
  }

  hostDisconnected(): void {
    forgetHost(this.host);
  }

  /**
   * Reads the language again. Call it from the host's `willUpdate`, before anything is built in
   * the language (a controller's own `hostUpdate` would come after `willUpdate`).
   */
  update(): void {
    this.language = resolveLanguage(this.host);
    // An update can still run just after removal; a removed element must not steer the page.
    if (this.host.isConnected) hostLanguage(this.host, this.language);
  }
}
