// ESLint flat config: recommended JS, TypeScript and Svelte rules for src/, test/ and the configs.
// Syntax-only (no projectService / type-aware rules) so `npm run lint` stays fast; types are
// checked by svelte-check, formatting by prettier — do not add stylistic rules here.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['**/node_modules/', 'dist/', 'coverage/', 'test-output/', 'bench-output/']),
  js.configs.recommended,
  ts.configs.recommended,
  svelte.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      // Source runs in the browser; tests, CLIs and configs run in Node. Both sets are allowed
      // everywhere because several modules (src/data, src/export) are shared by both.
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { extraFileExtensions: ['.svelte'] },
    },
    rules: {
      // `_`-prefixed names mark intentionally unused parameters (callbacks, destructuring).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Svelte components and rune modules: svelte-eslint-parser outside, typescript-eslint inside.
    files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
    languageOptions: {
      parserOptions: {
        parser: ts.parser,
        extraFileExtensions: ['.svelte'],
      },
    },
    rules: {
      // Quotes are user-visible source text: never inject HTML, build <mark> nodes instead.
      'svelte/no-at-html-tags': 'error',
    },
  },
);
