// For test/embed: `/cors/<path>` serves the file at <path> with `Access-Control-Allow-Origin: *`,
// as a feed server that lets other sites read it; the same file at `/<path>` has no such header.
import { readFile } from 'node:fs/promises';
import { normalize } from 'node:path';

export function embedServer() {
  return {
    name: 'minga-embed-server',
    async serve(context) {
      if (!context.path.startsWith('/cors/')) return undefined;
      const path = normalize(context.path.slice('/cors/'.length));
      if (path.startsWith('..') || !path.endsWith('.json')) return undefined;
      context.set('Access-Control-Allow-Origin', '*');
      return { body: await readFile(path, 'utf8'), type: 'json' };
    },
  };
}
