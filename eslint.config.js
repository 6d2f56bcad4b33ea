// Lint: TypeScript rules, Lit template rules, web-component rules and template accessibility.
// `npm run lint` also runs lit-analyzer, which type-checks bindings inside html`` templates.
// Layout is Prettier's (`npm run lint` ends with `prettier --check .`): no rule enabled here conflicts with it
// (checked with eslint-config-prettier's CLI; it names only `no-unexpected-multiline`, which is safe with Prettier),
// so eslint-config-prettier is not needed.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'src/generated/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    plugins: { lit, wc, 'lit-a11y': litA11y },
    rules: {
      ...lit.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      ...litA11y.configs.recommended.rules,
      // Registration happens in src/define/, apart from the classes, on purpose.
      'wc/tag-name-matches-class': 'off',
      // A parameter a subclass uses and the base class does not is named with a leading underscore.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Tests build deliberately broken feeds.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        fetch: 'readonly',
        TextDecoder: 'readonly',
      },
    },
  },
);
