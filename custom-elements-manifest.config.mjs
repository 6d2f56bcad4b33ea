// `cem analyze` reads the element classes' JSDoc (@summary, @csspart, @cssprop, @fires, @since)
// and Lit decorators. Generated files and pure modules hold no elements.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  dev: false,
};
