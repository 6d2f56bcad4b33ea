// Commands the browser tests can run in Node through `executeServerCommand`:
// running the CLI, checking JSON against feed.schema.json with ajv, minifying css`` templates as the build does,
// and for test/fuzz its settings and the feed validator run in Node.
import { execFile } from 'node:child_process';
import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import Ajv2020 from 'ajv/dist/2020.js';
import Ajv from 'ajv';

let validateSchema;
let validateFrab;

// frab's schedule.json schema (draft-06, from c3voc; see test/fixtures/import/frab/README.md) uses formats that ajv
// leaves to ajv-formats, which is not a dependency: these are the few it names, checked as their RFCs write them.
const FRAB_FORMATS = {
  uri: /^[a-z][a-z0-9+.-]*:[^\s]*$/i,
  uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
  date: /^\d{4}-\d{2}-\d{2}$/,
  'date-time': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/i,
  color: /^#[0-9a-f]{6}$/i,
};

/** test/fuzz/answers.ts (the feed validator) bundled for Node, as dist may be stale during a test run: once per process. */
let nodeAnswers;
function answersInNode() {
  nodeAnswers ??= (async () => {
    const bundle = await build({ entryPoints: ['test/fuzz/answers.ts'], bundle: true, format: 'esm', write: false });
    const code = Buffer.from(bundle.outputFiles[0].contents).toString('base64');
    return (await import(`data:text/javascript;base64,${code}`)).answers;
  })();
  return nodeAnswers;
}

export function serverCommands() {
  return {
    name: 'minga-server-commands',
    async executeCommand({ command, payload }) {
      if (command === 'minga-cli') {
        // Not spawnSync: the CLI may read from this very server (an address), which must keep answering.
        return new Promise((resolve) => {
          execFile(
            process.execPath,
            ['bin/minga-widgets.js', ...payload.args],
            { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 },
            (error, stdout, stderr) =>
              resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
          );
        });
      }
      if (command === 'minga-node') {
        // A module run by Node itself (no DOM), from the repository root: what a site's build script sees.
        return new Promise((resolve) => {
          execFile(
            process.execPath,
            ['--input-type=module', '-e', payload.code],
            { encoding: 'utf8' },
            (error, stdout, stderr) =>
              resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
          );
        });
      }
      if (command === 'minga-schema-validate') {
        if (!validateSchema) {
          const ajv = new Ajv2020.default({ strict: true, allErrors: true });
          validateSchema = ajv.compile(JSON.parse(readFileSync('feed.schema.json', 'utf8')));
        }
        const valid = validateSchema(payload.feed);
        return { valid, errors: (validateSchema.errors ?? []).map((e) => `${e.instancePath} ${e.message}`) };
      }
      if (command === 'minga-frab-schema-validate') {
        if (!validateFrab) {
          // strict: false, as the schema carries keywords of its own (`$oneOf`, `$todo`) that ajv should ignore.
          const ajv = new Ajv.default({ strict: false, allErrors: true, formats: FRAB_FORMATS });
          ajv.addMetaSchema(JSON.parse(readFileSync('node_modules/ajv/dist/refs/json-schema-draft-06.json', 'utf8')));
          validateFrab = ajv.compile(
            JSON.parse(readFileSync('test/fixtures/import/frab/schedule.schema.json', 'utf8')),
          );
        }
        const valid = validateFrab(payload.document);
        return { valid, errors: (validateFrab.errors ?? []).map((e) => `${e.instancePath} ${e.message}`) };
      }
      if (command === 'minga-minify-css-templates') {
        const { minifyCssTemplatesInModule } = await import('../../scripts/minify-css-templates.mjs');
        const warnings = [];
        const warn = (message) => warnings.push(message);
        const result = minifyCssTemplatesInModule(payload.code, { fileName: payload.fileName, warn });
        return { code: result?.code ?? payload.code, warnings };
      }
      if (command === 'minga-fuzz-config') {
        // Browser code cannot read the environment: `FUZZ_RUNS=100000 FUZZ_SEED=7 npm test -- --group fuzz` (test/fuzz/config.ts).
        const number = (name) => (/^\d+$/.test(process.env[name] ?? '') ? Number(process.env[name]) : undefined);
        return { runs: number('FUZZ_RUNS'), seed: number('FUZZ_SEED'), path: process.env.FUZZ_PATH || undefined };
      }
      if (command === 'minga-validate-in-node') {
        // The feeds come as JSON text: the command channel drops keys such as `__proto__`.
        return (await answersInNode())(JSON.parse(payload.json));
      }
      if (command === 'minga-fixture-bytes') {
        // The dev server re-encodes every text file it serves as UTF-8, which turns a Windows-1252
        // fixture into replacement characters: its real bytes come this way, as base64.
        if (!/^test\/fixtures\/[\w./-]+$/.test(payload.path) || payload.path.includes('..')) return undefined;
        return { base64: readFileSync(payload.path).toString('base64') };
      }
      return undefined;
    },
  };
}
