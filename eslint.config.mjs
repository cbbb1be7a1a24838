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
  {
    files: ['scripts/**', '*.config.mjs', 'test/**/*.node.test.ts', 'test/e2e/**'],
    languageOptions: {globals: {...globals.node}},
  },
  {
    files: ['test/**/*.browser.test.ts'],
    languageOptions: {globals: {...globals.mocha}},
  },
);
