// The processes WebKit's test runs need besides the browser: one Xvfb display shared by every WebKit
// launcher, and a WebKitWebDriver per launcher. Each runs in its own process group, so ending it
// ends what it started (MiniBrowser); the ids of those running are kept in WEBKIT_PIDS_FILE so that
// scripts/test.mjs can end any survivor of a runner that died.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname } from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';

export const WEBKIT_PIDS_FILE = 'node_modules/.cache/minga-webkit-pids.json';

const children = new Set();

function track(child) {
  guardExit();
  children.add(child);
  child.once('exit', () => {
    children.delete(child);
    writePids();
  });
  writePids();
}

function writePids() {
  mkdirSync(dirname(WEBKIT_PIDS_FILE), { recursive: true });
  writeFileSync(WEBKIT_PIDS_FILE, JSON.stringify([...children].map((c) => c.pid)));
}

/** Ends a child and the processes it started (it leads its own process group); resolves once it has exited. */
function end(child, signal = 'SIGTERM') {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    process.kill(-child.pid, signal);
  } catch {
    child.kill(signal);
  }
  return exited;
}

/** Ends a child, killing it if it has not exited after a few seconds. */
export async function endSurely(child) {
  let timer;
  const late = new Promise((resolve) => {
    timer = setTimeout(resolve, 5000, 'late');
  });
  if ((await Promise.race([end(child), late])) === 'late') await end(child, 'SIGKILL');
  clearTimeout(timer);
}

// The runner may exit without stopping its launchers (an error while starting up, or a SIGTERM or
// SIGHUP, which it does not handle): end them anyway, then die of the signal as before.
let guarded = false;
function guardExit() {
  if (guarded) return;
  guarded = true;
  process.once('exit', () => {
    for (const child of children) end(child);
  });
  for (const signal of ['SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      for (const child of children) end(child);
      process.kill(process.pid, signal);
    });
  }
}

/** Ends the processes named in WEBKIT_PIDS_FILE that still run an Xvfb or a WebKitWebDriver; returns their ids. */
export function endLeftovers() {
  let pids;
  try {
    pids = JSON.parse(readFileSync(WEBKIT_PIDS_FILE, 'utf8'));
  } catch {
    return [];
  }
  const ended = [];
  for (const pid of pids) {
    let stat;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8'); // "pid (name) state …"
    } catch {
      continue; // gone
    }
    const [, name, state] = /\((.*)\) (\S)/.exec(stat) ?? [];
    if (state === 'Z' || state === 'X') continue; // ended, not yet reaped
    if (!/^(Xvfb|WebKitWebDriver)$/.test(name)) continue; // the id was reused by another program
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        continue;
      }
    }
    ended.push(`${name} ${pid}`);
  }
  writeFileSync(WEBKIT_PIDS_FILE, '[]');
  return ended;
}

/** Starts a child in its own process group, its output kept for an error message. */
export function start(cmd, args, env, extraFds = 0) {
  const child = spawn(cmd, args, {
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe', ...Array(extraFds).fill('pipe')],
  });
  let output = '';
  const keep = (d) => {
    output = (output + d).slice(-4000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.output = () => output;
  track(child);
  return child;
}

let xvfb; // { child, display: Promise<string>, users }

/** One Xvfb for every WebKit launcher, on the first free display (Xvfb writes its number to fd 3); resolves to its DISPLAY. */
export function useDisplay(xvfbPath) {
  if (!xvfb) {
    const child = start(
      xvfbPath,
      ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
      process.env,
      1,
    );
    const display = new Promise((resolve, reject) => {
      child.stdio[3].once('data', (d) => resolve(`:${String(d).trim()}`));
      child.once('error', reject);
      child.once('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${child.output()}`)));
    });
    display.catch(() => {}); // reported by whoever awaits it
    xvfb = { child, display, users: 0 };
  }
  xvfb.users++;
  return xvfb.display;
}

/** Ends the shared Xvfb once no launcher uses it. */
export async function releaseDisplay() {
  if (!xvfb || --xvfb.users > 0) return;
  const { child } = xvfb;
  xvfb = undefined;
  await endSurely(child);
}

/** A TCP port free on 127.0.0.1 at the time of asking. */
export const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** Waits until the driver answers /status (it listens a moment after it starts). */
export async function driverReady(port, child) {
  const until = Date.now() + 20_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) break;
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not start on port ${port}: ${child.output()}`);
}
