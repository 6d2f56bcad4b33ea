// `npx vite build examples/react`: the app, with `minga-widgets` taken from this repository's dist/
// (run `npm run build` first), as an app gets it from node_modules.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  resolve: {
    alias: [{ find: /^minga-widgets(?=\/|$)/, replacement: fileURLToPath(new URL('../../dist', import.meta.url)) }],
  },
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: fileURLToPath(new URL('../../node_modules/.cache/examples/react', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
  },
});
