import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { minifyCssTemplates } from './scripts/minify-css-templates.mjs';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The UI-language chunks get their own copy of @lit/localize's `str` tag (three lines: it only
 * packs a template's strings and values for `msg()`), instead of importing it. Otherwise the bundler
 * puts @lit/localize in a chunk of its own, shared by the entry and the language chunks: one more
 * request on every page and about 0.3 KB gzip more up front. `test/cdn` and every non-English
 * test with a placeholder check that the translated strings still fill in.
 */
function ownStrTag(): Plugin {
  const generated = here('src/generated/locales/');
  return {
    name: 'minga:own-str-tag',
    apply: 'build',
    transform(code, id) {
      if (!id.startsWith(generated)) return null;
      const replaced = code.replace(
        /^\s*import\s*\{\s*str\s*\}\s*from\s*['"]@lit\/localize['"];?/m,
        'const str = (strings, ...values) => ({ strTag: true, strings, values });',
      );
      return replaced === code ? null : { code: replaced, map: null };
    },
  };
}

/**
 * `msg()`'s `desc` notes are for translators: lit-localize reads them from the sources into the
 * XLIFF files, and the bundle has no use for them (0.15 KB gzip up front). Only plain-quoted notes
 * inside our own sources are removed.
 */
function dropMessageNotes(): Plugin {
  const sources = here('src/');
  return {
    name: 'minga:drop-message-notes',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      if (!id.startsWith(sources) || !code.includes('desc:')) return null;
      const replaced = code.replace(/,\s*desc:\s*'(?:[^'\\\n]|\\.)*'(?=\s*[,}])/g, '');
      return replaced === code ? null : { code: replaced, map: null };
    },
  };
}

/**
 * `npm start` serves the demo (demo/index.html) straight from the sources.
 * `vite build` makes the script-tag bundle: dist/cdn/minga-widgets.js registers every element;
 * the non-English UI strings are chunks beside it, imported relative to the module's own URL,
 * so the folder can be copied to any server or CDN as it is.
 */
const bundle: UserConfig = {
  root: here('demo'),
  publicDir: false,
  // Lit keeps the text of css`` templates as written and the minifier does not look inside them.
  plugins: [minifyCssTemplates(), ownStrTag(), dropMessageNotes()],
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
      // Lazy chunks (languages, the world map, the live programme) import what they share with the
      // entry from the entry itself, rather than from a shared chunk that every page would load too.
      preserveEntrySignatures: 'allow-extension',
      output: { chunkFileNames: '[name]-[hash].js', minify: true },
    },
  },
};

/**
 * `vite build --mode embed` (run by scripts/build.mjs after the bundle) adds the iframe embed page
 * to dist/cdn: embed.html and embed.css as they are, embed.js, and embed-resize.js for the parent page.
 * The bundle is not imported by embed.js (embed.html loads both), so its files stay as they were.
 */
const embed: UserConfig = {
  publicDir: here('src/embed/public'),
  build: {
    outDir: here('dist/cdn'),
    emptyOutDir: false,
    target: 'es2021',
    minify: true,
    sourcemap: true,
    lib: {
      entry: { embed: here('src/embed/embed.ts'), 'embed-resize': here('src/embed/embed-resize.ts') },
      formats: ['es'],
      fileName: (_format: string, name: string) => `${name}.js`,
    },
    rolldownOptions: { output: { minify: true } },
  },
};

/**
 * `vite build --mode builder` (run by scripts/build.mjs) makes the snippet builder a static page:
 * dist/site/builder/index.html with its script and the elements for the preview; the build copies
 * the sample feed to dist/site/feed.json beside it.
 */
const builder: UserConfig = {
  root: here('demo'),
  publicDir: false,
  base: './',
  plugins: [minifyCssTemplates()],
  build: {
    outDir: here('dist/site'),
    emptyOutDir: true,
    target: 'es2021',
    rolldownOptions: { input: here('demo/builder/index.html') },
  },
};

export default defineConfig(({ mode }) => (mode === 'embed' ? embed : mode === 'builder' ? builder : bundle));
