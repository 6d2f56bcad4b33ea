/**
 * Finds the browsers the tests run in. No test tool can download a browser here, so we use the
 * system's: Debian's `chromium`, `firefox-esr` and WebKitGTK's WebDriver (`webkit2gtk-driver`, which
 * runs WebKit's MiniBrowser under an Xvfb display), or whatever CHROME_PATH / FIREFOX_PATH /
 * WEBKIT_DRIVER_PATH name.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CHROMIUMS = [
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];
const FIREFOXES = ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox'];
const WEBKIT_DRIVERS = ['/usr/bin/WebKitWebDriver'];
const XVFBS = ['/usr/bin/Xvfb'];

function first(envName, candidates) {
  const fromEnv = process.env[envName];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return candidates.find((p) => existsSync(p));
}

export const findChromium = () => first('CHROME_PATH', CHROMIUMS);
/** Firefox is optional: set MINGA_NO_FIREFOX=1 to skip it. */
export const findFirefox = () => (process.env.MINGA_NO_FIREFOX ? undefined : first('FIREFOX_PATH', FIREFOXES));
export const findXvfb = () => first('XVFB_PATH', XVFBS);
/** WebKit is optional too: set MINGA_NO_WEBKIT=1 to skip it. Its driver runs the browser under Xvfb. */
export const findWebKit = () =>
  process.env.MINGA_NO_WEBKIT || !findXvfb() ? undefined : first('WEBKIT_DRIVER_PATH', WEBKIT_DRIVERS);

function canApt() {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  try {
    execFileSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** apt-get commands installing each browser the tests use that is missing and not opted out of. */
function installCommands() {
  const browsers = [];
  if (!findChromium()) browsers.push('chromium');
  if (!process.env.MINGA_NO_FIREFOX && !findFirefox()) browsers.push('firefox-esr');
  const commands = browsers.length ? [`apt-get install -y -qq ${browsers.join(' ')}`] : [];
  // The driver's recommends would bring a desktop's worth of packages; it needs only these.
  if (!process.env.MINGA_NO_WEBKIT && !findWebKit()) {
    commands.push('apt-get install -y -qq --no-install-recommends webkit2gtk-driver xvfb xauth');
  }
  return commands;
}

/**
 * Makes sure the browsers exist: on a Debian-like machine where we are root, installs whichever of
 * Debian's chromium, firefox-esr and webkit2gtk-driver (with xvfb) is missing; elsewhere explains
 * what to install. Returns false when there is no Chromium (Firefox and WebKit are optional).
 */
export function ensureBrowsers() {
  const commands = installCommands();
  if (commands.length && canApt()) {
    console.log(`Installing the browsers for the tests with apt-get: ${commands.join('; ')}`);
    const run = (cmd) =>
      execFileSync('sh', ['-c', cmd], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    try {
      run('apt-get update -qq');
      for (const command of commands) run(command);
    } catch {
      console.error('apt-get failed: the tests run in the browsers that are there.');
    }
  }
  if (!process.env.MINGA_NO_FIREFOX && !findFirefox()) console.log('No Firefox found: the tests run without it.');
  if (!process.env.MINGA_NO_WEBKIT && !findWebKit()) {
    console.log(
      'No WebKitWebDriver and Xvfb found (Debian: webkit2gtk-driver xvfb xauth): the tests run without WebKit.',
    );
  }
  if (findChromium()) return true;
  console.error(
    [
      'The tests need a Chromium (or Chrome) installed on this machine, and no test tool can download one.',
      '  Debian/Ubuntu:  sudo apt-get install chromium firefox-esr webkit2gtk-driver xvfb xauth',
      '  Fedora:         sudo dnf install chromium firefox',
      '  macOS:          brew install --cask chromium firefox',
      'or point CHROME_PATH (and optionally FIREFOX_PATH, WEBKIT_DRIVER_PATH) at the browser binaries.',
    ].join('\n'),
  );
  return false;
}
