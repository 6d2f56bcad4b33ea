// `npx vite build -c examples/vue/vite.config.mjs`: the app, with `minga-widgets` taken from this
// repository's dist/ (run `npm run build` first), as an app gets it from node_modules.
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  // Tags with a dash that start with minga- are custom elements, not Vue components.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('minga-') } } })],
  resolve: {
    alias: [{ find: /^minga-widgets(?=\/|$)/, replacement: fileURLToPath(new URL('../../dist', import.meta.url)) }],
  },
  build: {
    outDir: fileURLToPath(new URL('../../node_modules/.cache/examples/vue', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
  },
});
