// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

/** Ways of turning data into markup. Component code renders text through Lit bindings only. */
const noHtmlFromData = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: [
            'lit/directives/unsafe-html*',
            'lit/directives/unsafe-svg*',
            'lit/directives/unsafe-mathml*',
            'lit-html/directives/unsafe-*',
          ],
          message: 'Belfry never renders data as HTML. Render text with a Lit binding instead.',
        },
      ],
    },
  ],
  'no-restricted-properties': [
    'error',
    {
      property: 'innerHTML',
      message: 'Belfry never renders data as HTML. Use textContent or a Lit template.',
    },
    {
      property: 'outerHTML',
      message: 'Belfry never renders data as HTML. Use textContent or a Lit template.',
    },
    {
      property: 'insertAdjacentHTML',
      message: 'Belfry never renders data as HTML. Use a Lit template.',
    },
    {
      property: 'createContextualFragment',
      message: 'Belfry never renders data as HTML. Use a Lit template.',
    },
    {
      object: 'document',
      property: 'write',
      message: 'document.write breaks strict CSP and performance.',
    },
  ],
  'no-restricted-syntax': [
    'error',
    {
      selector: 'CallExpression[callee.name="eval"], NewExpression[callee.name="Function"]',
      message: 'eval and new Function break a strict Content-Security-Policy.',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'storybook-static/**',
      'coverage/**',
      '**/custom-elements.json',
      '!.storybook',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}', '*.config.*', 'scripts/**', 'packages/tokens/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // CommonJS config files (such as .size-limit.cjs) load Node modules with require().
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['packages/*/src/**/*.ts', 'stories/**/*.ts', '.storybook/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/*/src/**/*.ts', 'stories/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    files: ['packages/*/src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['packages/*/src/**/*.ts'],
    rules: {
      ...noHtmlFromData,
      'no-console': ['error', { allow: ['warn'] }],
    },
  },
  {
    files: ['stories/**/*.ts'],
    rules: noHtmlFromData,
  },
  {
    // Chai's property assertions (`expect(x).to.exist`) are expressions by design.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
