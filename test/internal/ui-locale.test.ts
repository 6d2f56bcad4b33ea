import { expect } from '@open-wc/testing';
import { forgetHost, hostLanguage, installLocaleDriver } from '../../src/internal/ui-locale.js';

/** A @lit/localize stand-in whose loads finish only when the test says so. */
function slowDriver() {
  let active = 'en';
  const asked: string[] = [];
  const pending: (() => void)[] = [];
  return {
    asked,
    finishAll: () => pending.splice(0).forEach((finish) => finish()),
    getLocale: () => active,
    setLocale(locale: string) {
      asked.push(locale);
      return new Promise<void>((resolve) =>
        pending.push(() => {
          active = locale;
          resolve();
        }),
      );
    },
  };
}

const host = (lang: string) => Object.assign(document.createElement('div'), { lang, requestUpdate() {} });

describe('the page UI locale', () => {
  it('follows the next element when the first leaves while its language is still loading', () => {
    const driver = slowDriver();
    installLocaleDriver(driver);
    const spanish = host('es');
    hostLanguage(spanish, 'es');
    forgetHost(spanish); // Spanish has not arrived yet: getLocale() still says "en"
    hostLanguage(host('en'), 'en');
    // English must be asked for again, or the late Spanish load would win.
    expect(driver.asked).to.deep.equal(['es', 'en']);
  });
});
