// ESLint flat config: recommended JS, TypeScript and Svelte rules for src/, test/ and the configs,
// plus the layers of the code (which folder may import what, which globals exist where).
// Syntax-only (no projectService / type-aware rules) so `npm run lint` stays fast; types are
// checked by svelte-check, formatting by prettier — do not add stylistic rules here.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

// ---------------------------------------------------------------------------------------------
// Globals that exist on one side only (the browser's DOM, Node's process/Buffer/require…).
const SHARED = new Set(Object.keys(globals['shared-node-browser']));
const BROWSER_ONLY = Object.keys(globals.browser).filter(
  (k) => !SHARED.has(k) && !(k in globals.node),
);
const NODE_GLOBALS_ONLY = Object.keys(globals.node).filter(
  (k) => !SHARED.has(k) && !(k in globals.browser),
);

/** Refuses `names` as globals in `files`, saying where the code runs and how to fix it. */
function globalsLayer(files, names, where) {
  const message = `this folder ${where}: take the value as a parameter, or move the code to a folder that runs where it exists (see eslint.config.js)`;
  return {
    files,
    rules: { 'no-restricted-globals': ['error', ...names.map((name) => ({ name, message }))] },
  };
}

// ---------------------------------------------------------------------------------------------
// Layers. Each entry forbids a set of import specifiers, with the reason ESLint prints.
const SVELTE = {
  group: ['svelte', 'svelte/*', '**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
  message:
    'model/, data/, charts/, export/ and authoring/ are plain TypeScript: move Svelte code to components/ or views/ and pass data in.',
};
const CHART_JS = {
  group: ['chart.js', 'chart.js/*'],
  // Types describe what charts/ hands out; only the runtime library is confined to charts/.
  allowTypeImports: true,
  message:
    'Only src/charts/ imports Chart.js (registry.ts registers it, chartHost.ts creates charts): add a function to charts/ and call it.',
};
const VIEWS = {
  group: ['**/views/**', '../views', './views'],
  message:
    'components/ never import views/: move the shared type or state into model/ (or components/) and import it from there.',
};
// Node-only code: Node built-ins and the folders/modules that use them. None of it may reach the
// browser bundles (src/main.ts, src/embed.ts and everything they import).
const NODE_ONLY_PATHS = [
  'node:*',
  '@napi-rs/canvas',
  'playwright-core',
  'vite',
  'vitest',
  'vitest/*',
  '**/build/**',
  '**/cli/**',
  '**/bench/**',
  '**/test/support/**',
  '**/loadDataset*',
  '**/runCheck*',
];
const NODE_ONLY = {
  group: NODE_ONLY_PATHS,
  message:
    'Node-only module in code the browser loads: keep file system, Node built-ins, build, CLI and bench code in src/build, src/cli, src/bench, data/loadDataset.ts or authoring/runCheck.ts, and pass data in.',
};
/** Same check for `import('…')`, which no-restricted-imports does not see. */
const NODE_ONLY_DYNAMIC = {
  selector: `ImportExpression > Literal[value=/^(node:|@napi-rs\\/canvas$|playwright-core$|vitest|vite$)|\\/(build|cli|bench|support)\\/|loadDataset|runCheck/]`,
  message: NODE_ONLY.message,
};

/** One no-restricted-imports entry per file group (a later entry would replace, not add). */
function layer(files, patterns, extra = {}) {
  const ignores = extra.ignores ?? [];
  const dynamic = extra.dynamic ?? false;
  return {
    files,
    ignores,
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns }],
      ...(dynamic ? { 'no-restricted-syntax': ['error', NODE_ONLY_DYNAMIC] } : {}),
    },
  };
}
const NODE_FILES = ['src/data/loadDataset.ts', 'src/authoring/runCheck.ts'];
const code = (dir) => [`src/${dir}/**/*.ts`, `src/${dir}/**/*.svelte`];

// Globals: browser ones where a browser runs, Node ones where Node runs, and only what both
// share in the plain-TS folders that run in both (charts and export also render Node images).
const BROWSER_FILES = [
  'src/main.ts',
  'src/embed.ts',
  ...code('views'),
  ...code('components'),
  'src/charts/chartHost.ts',
  // The bench's hand-written comparison pages run in the browser, never in dist/.
  'src/bench/bare.ts',
  'src/bench/handwritten.ts',
];
const SHARED_FILES = [
  ...code('model'),
  ...code('data'),
  ...code('charts'),
  ...code('export'),
  ...code('authoring'),
];
const NODE_GLOBAL_FILES = [
  ...code('build'),
  ...code('cli'),
  ...code('bench'),
  ...NODE_FILES,
  '*.config.{js,ts}',
  '.ci/**/*.js',
];

export default defineConfig(
  globalIgnores([
    '**/node_modules/',
    'dist/',
    'coverage/',
    'test-output/',
    'bench-output/',
    // `npm run typecheck --incremental`'s cache of svelte2tsx outputs.
    '.svelte-check/',
  ]),
  js.configs.recommended,
  ts.configs.recommended,
  svelte.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      // Tests (jsdom, Chromium's page.evaluate, Node) see both; src/ is narrowed below.
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
  // Globals per folder. typescript-eslint turns no-undef off for TS (the compiler knows both
  // lib.dom and @types/node everywhere), so the globals of the other side are named and refused.
  globalsLayer(
    SHARED_FILES,
    [...BROWSER_ONLY, ...NODE_GLOBALS_ONLY],
    'runs in the browser and in Node',
  ),
  globalsLayer(BROWSER_FILES, NODE_GLOBALS_ONLY, 'runs in the browser'),
  {
    ...globalsLayer(NODE_GLOBAL_FILES, BROWSER_ONLY, 'runs in Node'),
    ignores: ['src/bench/bare.ts', 'src/bench/handwritten.ts'],
  },
  // Imports per folder.
  layer(
    [...code('model'), ...code('data'), ...code('export'), ...code('authoring')],
    [SVELTE, CHART_JS, NODE_ONLY],
    {
      ignores: NODE_FILES,
      dynamic: true,
    },
  ),
  layer(NODE_FILES, [SVELTE, CHART_JS]),
  layer(code('charts'), [SVELTE, NODE_ONLY], { dynamic: true }),
  layer(code('components'), [CHART_JS, VIEWS, NODE_ONLY], { dynamic: true }),
  layer(['src/main.ts', 'src/embed.ts', ...code('views')], [CHART_JS, NODE_ONLY], {
    dynamic: true,
  }),
  {
    // Unused names in the files tsconfig.json includes are svelte-check's (noUnusedLocals,
    // noUnusedParameters; `_`-prefixed parameters are exempt there too): this rule was a third of
    // ESLint's rule time. It stays on for the .js files, which the compiler does not check.
    files: ['src/**/*.ts', 'src/**/*.svelte', 'test/**/*.ts', 'vite.config.ts'],
    rules: { '@typescript-eslint/no-unused-vars': 'off' },
  },
);
