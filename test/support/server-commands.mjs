// Commands the browser tests can run in Node through `executeServerCommand`:
// running the CLI, checking JSON against feed.schema.json with ajv, and minifying css`` templates as the build does.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

let validateSchema;

export function serverCommands() {
  return {
    name: 'minga-server-commands',
    async executeCommand({ command, payload }) {
      if (command === 'minga-cli') {
        const run = spawnSync(process.execPath, ['bin/minga-widgets.js', ...payload.args], { encoding: 'utf8' });
        return { code: run.status, stdout: run.stdout, stderr: run.stderr };
      }
      if (command === 'minga-schema-validate') {
        if (!validateSchema) {
          const ajv = new Ajv2020.default({ strict: true, allErrors: true });
          validateSchema = ajv.compile(JSON.parse(readFileSync('feed.schema.json', 'utf8')));
        }
        const valid = validateSchema(payload.feed);
        return { valid, errors: (validateSchema.errors ?? []).map((e) => `${e.instancePath} ${e.message}`) };
      }
      if (command === 'minga-minify-css-templates') {
        const { minifyCssTemplatesInModule } = await import('../../scripts/minify-css-templates.mjs');
        const warnings = [];
        const warn = (message) => warnings.push(message);
        const result = minifyCssTemplatesInModule(payload.code, { fileName: payload.fileName, warn });
        return { code: result?.code ?? payload.code, warnings };
      }
      return undefined;
    },
  };
}
