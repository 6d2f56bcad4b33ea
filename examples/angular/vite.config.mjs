// `npx vite build -c examples/angular/vite.config.mjs`: the app, with `minga-widgets` taken from
// this repository's dist/ (run `npm run build` first), as an app gets it from node_modules.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  resolve: {
    alias: [{ find: /^minga-widgets(?=\/|$)/, replacement: fileURLToPath(new URL('../../dist', import.meta.url)) }],
  },
  build: {
    outDir: fileURLToPath(new URL('../../node_modules/.cache/examples/angular', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
});
