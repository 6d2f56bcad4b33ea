/**
 * Finds the browsers the tests run in. No test tool can download a browser here, so we use the
 * system's: Debian's `chromium` and `firefox-esr`, or whatever CHROME_PATH / FIREFOX_PATH name.
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

function first(envName, candidates) {
  const fromEnv = process.env[envName];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return candidates.find((p) => existsSync(p));
}

export const findChromium = () => first('CHROME_PATH', CHROMIUMS);
/** Firefox is optional: set MINGA_NO_FIREFOX=1 to skip it. */
export const findFirefox = () => (process.env.MINGA_NO_FIREFOX ? undefined : first('FIREFOX_PATH', FIREFOXES));

function canApt() {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  try {
    execFileSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Makes sure a Chromium exists: on a Debian-like machine where we are root, installs Debian's
 * chromium and firefox-esr; elsewhere explains what to install. Returns false when there is none.
 */
export function ensureBrowsers() {
  if (findChromium()) return true;
  if (canApt()) {
    console.log("No Chromium found: installing Debian's chromium and firefox-esr with apt-get…");
    const run = (cmd) =>
      execFileSync('sh', ['-c', cmd], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    run('apt-get update -qq');
    run('apt-get install -y -qq chromium firefox-esr');
    return Boolean(findChromium());
  }
  console.error(
    [
      'The tests need a Chromium (or Chrome) installed on this machine, and no test tool can download one.',
      '  Debian/Ubuntu:  sudo apt-get install chromium firefox-esr',
      '  Fedora:         sudo dnf install chromium firefox',
      '  macOS:          brew install --cask chromium firefox',
      'or point CHROME_PATH (and optionally FIREFOX_PATH) at the browser binaries.',
    ].join('\n'),
  );
  return false;
}
