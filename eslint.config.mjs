// @ts-check
// Lint rules that catch real bugs: floating promises, unbound listeners, attribute/property
// mismatches, missing super calls. Formatting is Prettier's job (`npm run format`).
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/', 'bundle/', 'storybook-static/', '**/node_modules/', 'bench/.out/', 'test-results/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    languageOptions: {
      parserOptions: { project: './tsconfig.eslint.json', tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          // @open-wc/semantic-dom-diff types every chai `equal` as a promise (for `.dom.to.equal`,
          // which this project does not use); a plain `expect(x).to.equal(y)` is synchronous.
          allowForKnownSafeCalls: [{ from: 'package', name: 'Equal', package: '@open-wc/semantic-dom-diff' }],
        },
      ],
      // `_` marks a deliberately unused binding (a rest sibling, a parameter a signature requires).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Tests: chai's property assertions (`expect(x).to.exist`) are expressions by design, and the
    // tests that prove HTML stays text put raw `<b>` and `<img>` in attribute values on purpose.
    files: ['test/**', 'src/testing/**', 'stories/**'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      'lit/attribute-value-entities': 'off',
    },
  },
  {
    // Plain JavaScript (the demo server, the bench, build scripts, configs): its values are untyped,
    // so the no-unsafe-* rules would flag every line; the promise rules still apply.
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
);
