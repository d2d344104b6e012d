// Vite builds the static site from src/ into dist/; Vitest runs the test projects that mirror src/.
// The data plugin validates data/ during dev and build and publishes the dataset next to the pages.
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { citedDataPlugin } from './src/build/dataPlugin.ts';
import { chartJsTreeShake } from './src/build/chartJsTreeShake.ts';
import { embedSitePlugin } from './src/build/embedSitePlugin.ts';
import { securityPolicyPlugin } from './src/build/securityPolicy.ts';
import { prerenderPlugin } from './src/build/prerender.ts';

const here = import.meta.dirname;
// CITED_DATA_DIR builds another data folder, e.g. a synthetic set from `npm run scale`.
const dataDir = resolve(here, process.env.CITED_DATA_DIR ?? 'data');

export default defineConfig({
  root: resolve(here, 'src'),
  base: './',
  publicDir: false,
  plugins: [
    svelte(),
    chartJsTreeShake(),
    citedDataPlugin({ dataDir }),
    securityPolicyPlugin(),
    embedSitePlugin({
      dataDir,
      resizeModule: resolve(here, 'src/export/embedResize.ts'),
      root: here,
    }),
    prerenderPlugin({ dataDir, root: here }),
  ],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    outDir: resolve(here, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: {
      input: {
        index: resolve(here, 'src/index.html'),
        embed: resolve(here, 'src/embed.html'),
      },
    },
  },
  test: {
    root: here,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/{model,data,charts,export,authoring,build,bench,cli}/**/*.test.ts'],
        },
      },
      {
        extends: true,
        plugins: [svelteTesting()],
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['test/{components,views}/**/*.test.ts'],
          setupFiles: [resolve(here, 'test/setup/component.ts')],
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          environment: 'node',
          include: ['test/dist/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['test/browser/**/*.test.ts'],
          // Real Chromium on a loaded 2-core machine: one retry absorbs a timing hiccup; a test
          // that fails twice fails the gate (Vitest lists retried tests in its report).
          retry: 1,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
