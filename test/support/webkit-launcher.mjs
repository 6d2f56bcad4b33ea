// WebKit (Safari's engine) in the test runner: WebKitGTK's WebDriver (Debian's webkit2gtk-driver)
// drives its MiniBrowser through @web/test-runner-webdriver. Each launcher starts its own
// WebKitWebDriver on a free port when its first test file starts, on an Xvfb display that every
// WebKit launcher shares (MiniBrowser has no headless mode); `stop()`, which the runner calls when
// the launcher's last file is done (also after Ctrl-C), ends both (test/support/webkit-processes.mjs).
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { driverReady, endSurely, freePort, releaseDisplay, start, useDisplay } from './webkit-processes.mjs';

class WebKitLauncher extends WebdriverLauncher {
  constructor({ driverPath, xvfbPath, timeZone }) {
    const args = ['--automation', ...(timeZone ? [`--time-zone=${timeZone}`] : [])];
    super({
      hostname: '127.0.0.1',
      port: 0, // set when the driver starts
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // The driver refuses WebDriver BiDi, which webdriverio asks for by default.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { args },
      },
    });
    this.driverPath = driverPath;
    this.xvfbPath = xvfbPath;
  }

  async initialize(config) {
    await super.initialize(config);
    this.name = 'WebKit';
  }

  async startSession(id, url) {
    this.driverStarting ??= this.startDriver();
    await this.driverStarting;
    return super.startSession(id, url);
  }

  async startDebugSession(id, url) {
    this.driverStarting ??= this.startDriver();
    await this.driverStarting;
    return super.startDebugSession(id, url);
  }

  async startDriver() {
    const display = await useDisplay(this.xvfbPath);
    this.usesDisplay = true;
    const port = await freePort();
    this.driverProcess = start(this.driverPath, [`--port=${port}`], {
      ...process.env,
      DISPLAY: display,
      // Without a language the browser reports navigator.language "C", which Intl rejects.
      LANG: 'en_US.UTF-8',
      // Under Xvfb, element screenshots come back black with accelerated compositing on.
      WEBKIT_DISABLE_COMPOSITING_MODE: '1',
    });
    this.options.port = port;
    await driverReady(port, this.driverProcess);
  }

  // The webdriver launcher starts a test page's navigation without waiting for it, so a navigation
  // that fails (the driver gave up on a page load, or the session ended first) would be an uncaught
  // rejection that stops the whole run. Reported instead: the test page itself still has to report
  // its results before browserStartTimeout, or the runner fails that file.
  async createDriverManager() {
    const manager = await super.createDriverManager();
    const start = manager.startSession.bind(manager);
    manager.startSession = (id, url) =>
      start(id, url).catch((error) => console.warn(`WebKit: loading ${url}: ${error.message}`));
    return manager;
  }

  async stop() {
    await super.stop(); // ends the browser session, so MiniBrowser closes
    const driver = this.driverProcess;
    const usesDisplay = this.usesDisplay;
    this.driverProcess = undefined;
    this.driverStarting = undefined;
    this.usesDisplay = false;
    if (driver) await endSurely(driver);
    if (usesDisplay) await releaseDisplay();
  }
}

/**
 * A launcher for WebKitGTK's MiniBrowser: `driverPath` is WebKitWebDriver, `xvfbPath` Xvfb, and
 * `timeZone` (IANA) sets the browser's clock zone.
 */
export function webkitLauncher(options) {
  return new WebKitLauncher(options);
}
