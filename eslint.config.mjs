// Flat config: typescript-eslint, lit and wc recommended rules (see CONVENTIONS.md).
import js from '@eslint/js';
import {defineConfig} from 'eslint/config';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {ignores: ['dist/', 'coverage/', 'node_modules/', 'data/sources/', 'bench/results/', 'bench-results/', 'tmp/']},
  js.configs.recommended,
  tseslint.configs.recommended,
  wc.configs['flat/recommended'],
  lit.configs['flat/recommended'],
  {
    languageOptions: {globals: {...globals.browser}},
    // Lets the wc rules recognise Lit elements as custom elements.
    settings: {wc: {elementBaseClasses: ['LitElement']}},
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}],
    },
  },
  // Layer boundaries (CONVENTIONS.md, "Shape of the tree"): data flows one way, and the widget's first content does
  // not pull in the chart engine, the exports or the results reader, which load only when needed.
  {
    files: ['src/data/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/charts/*', '**/components/*', '**/embed/*'],
              message: 'src/data knows the dataset only: no charts, no element.',
            },
            {
              regex: '^(lit|@lit/[a-z-]+|vega(-[a-z-]+)?)(/.*)?$',
              message: 'src/data runs in Node and in the widget without lit or vega.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/charts/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {group: ['**/components/*', '**/embed/*'], message: 'src/charts is pure: rows in, models and specs out.'},
            {regex: '^(lit|@lit/[a-z-]+)(/.*)?$', message: 'src/charts is pure: no lit.'},
          ],
        },
      ],
    },
  },
  {
    files: ['src/export/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/components/*',
                '!**/components/measure.js',
                '!**/components/vega-runtime.js',
                '!**/components/dataset-url.js',
                '**/embed/*',
              ],
              message: 'src/export writes files from models: it draws with the engine and measures text, no element.',
            },
            {regex: '^(lit|@lit/[a-z-]+)(/.*)?$', message: 'src/export writes files: no lit.'},
          ],
        },
      ],
    },
  },
  {
    files: ['src/components/**/*.ts', 'src/define.ts', 'src/index.ts', 'src/embed/**/*.ts'],
    // The lazy chunks themselves may import what they are made of.
    ignores: [
      'src/components/vega-runtime.ts',
      'src/components/tooltip.ts',
      'src/components/measure.ts',
      'src/components/body.ts',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/vega-runtime.js',
                '**/charts/rows.js',
                '**/export/*.js',
                '**/data/results-input.js',
                '**/components/body.js',
                './body.js',
                '**/i18n/en.js',
              ],
              allowTypeImports: true,
              message:
                'Loaded only when needed: import it as a type, or through its lazy loader (vega-loader.ts, import()).',
            },
            {
              regex: '^vega(-[a-z-]+)?(/.*)?$',
              allowTypeImports: true,
              message: 'The chart engine loads only when needed: import vega as a type, or through vega-loader.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**', '*.config.mjs', 'test/**/*.node.test.ts', 'test/e2e/**'],
    languageOptions: {globals: {...globals.node}},
  },
  {
    files: ['test/**/*.browser.test.ts'],
    languageOptions: {globals: {...globals.mocha}},
  },
);
