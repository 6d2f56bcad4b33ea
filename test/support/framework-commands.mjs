// Commands for test/frameworks: type-check an example under examples/ against the generated
// declarations in types/ (tsc, or vue-tsc for Vue templates), and build it with Vite into
// node_modules/.cache/examples/<name>/, where the test runner's server serves it. Each runs once
// per test run, however many browsers ask. Both need `npm run build` first (dist/, types/).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const EXAMPLES = new Set(['react', 'vue', 'angular']);
const CHECKER = { vue: 'vue-tsc' };
const cache = new Map();

function run(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
    });
    child.stderr.on('data', (d) => {
      output += d;
    });
    child.on('close', (code) => resolve({ code, output }));
  });
}

function once(key, job) {
  if (!cache.has(key)) cache.set(key, job());
  return cache.get(key);
}

export function frameworkCommands() {
  return {
    name: 'minga-framework-commands',
    async executeCommand({ command, payload }) {
      if (command !== 'minga-example-typecheck' && command !== 'minga-example-build') return undefined;
      const { name } = payload;
      if (!EXAMPLES.has(name) || !existsSync(`examples/${name}`)) return { code: 1, output: `no example ${name}` };
      if (command === 'minga-example-typecheck') {
        return once(`typecheck:${name}`, () =>
          run(`node_modules/.bin/${CHECKER[name] ?? 'tsc'}`, ['--noEmit', '-p', `examples/${name}`]),
        );
      }
      return once(`build:${name}`, async () => {
        const started = Date.now();
        const result = await run('node_modules/.bin/vite', ['build', '-c', `examples/${name}/vite.config.mjs`]);
        return {
          ...result,
          url: `/node_modules/.cache/examples/${name}/index.html`,
          seconds: (Date.now() - started) / 1000,
        };
      });
    },
  };
}
