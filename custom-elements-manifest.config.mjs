// `cem analyze` reads the element classes' JSDoc (@summary, @csspart, @cssprop, @fires, @since)
// and Lit decorators. Only element modules (and the base class they inherit from, src/base/minga-element.ts) are analysed:
// the manifest documents elements, and pure modules would only add churn to it.
export default {
  globs: ['src/components/**/*.ts', 'src/base/minga-element.ts', 'src/define/*.ts'],
  exclude: ['src/generated/**', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  dev: false,
};
