// Commands the browser tests can run in Node through `executeServerCommand`:
// running the CLI, and checking JSON against feed.schema.json with ajv.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

let validateSchema;

export function serverCommands() {
  return {
    name: 'minga-server-commands',
    executeCommand({ command, payload }) {
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
      return undefined;
    },
  };
}
