import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * `npm start` serves the demo (demo/index.html) straight from the sources.
 * `vite build` makes the script-tag bundle: dist/cdn/minga-widgets.js registers every element;
 * the non-English UI strings are chunks beside it, imported relative to the module's own URL,
 * so the folder can be copied to any server or CDN as it is.
 */
export default defineConfig({
  root: here('demo'),
  publicDir: false,
  server: { fs: { allow: [here('.')] } },
  build: {
    outDir: here('dist/cdn'),
    emptyOutDir: true,
    target: 'es2021',
    minify: true,
    sourcemap: true,
    lib: {
      entry: here('src/minga-widgets.ts'),
      formats: ['es'],
      fileName: () => 'minga-widgets.js',
    },
    rolldownOptions: {
      output: { chunkFileNames: '[name]-[hash].js', minify: true },
    },
  },
});
