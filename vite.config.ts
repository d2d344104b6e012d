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
import { authoringServerPlugin } from './src/build/authoringServer.ts';
import { sharePagesPlugin } from './src/build/sharePages.ts';
import { prerenderPlugin } from './src/build/prerender.ts';
import { CHUNK_GROUPS } from './src/build/chunkGroups.ts';
import { keptOutputPlugin } from './src/build/siteFiles.ts';
import { SITE_DIST } from './test/setup/siteUrlBuild.ts';
import { domTestFiles } from './test/setup/domTests.ts';
import { LongestBrowserFilesFirst } from './test/support/browserOrder.ts';

const here = import.meta.dirname;
// CITED_DATA_DIR builds another data folder, e.g. a synthetic set from `npm run scale`.
const dataDir = resolve(here, process.env.CITED_DATA_DIR ?? 'data');
// The pure (node-environment) test folders, and the files in them that ask for jsdom: those run
// in the jsdom project (component) beside the component tests, so no node test shares a worker
// with a DOM left behind, and they share its one jsdom per worker.
const UNIT_FOLDERS = [
  'model',
  'data',
  'charts',
  'export',
  'authoring',
  'build',
  'bench',
  'cli',
  'support',
];
// Files that need a process of their own: the golden SVGs differed when other unit files had run
// in the same process first (Skia's clip-path counter, and a second difference not yet traced:
// possibly Skia's process-wide font state, which other files' Node canvases touch).
const ISOLATED_UNIT_TESTS = ['test/charts/golden.test.ts'];
// Integration tests: they start worker threads (the image build's pool, each thread loading tsx,
// Chart.js, canvas and font) or processes (tsx, ImageMagick, pngcheck, qpdf, poppler), or measure
// their process's memory, so they run in their own project and gate stage
// (`npm run test:integration`), not in `npm run test:unit`. lintLayers runs ESLint itself with the
// project's config (typescript-eslint and the Svelte parser: about 5 CPU-s to load), as the lint
// stage does.
const INTEGRATION_TESTS = [
  'test/build/lintLayers.test.ts',
  'test/build/renderImages.test.ts',
  'test/build/renderImage.memory.test.ts',
  'test/build/pngWriter.test.ts',
  'test/build/pdfLanguage.test.ts',
  'test/cli/figures.entry.test.ts',
];
const UNIT_DOM_TESTS = domTestFiles(
  here,
  UNIT_FOLDERS.map((folder) => `test/${folder}`),
);

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
    sharePagesPlugin({ dataDir, stylesheet: resolve(here, 'src/styles/share.css'), root: here }),
    prerenderPlugin({ dataDir, root: here }),
    // Dev only (apply: 'serve'): the add-a-figure form's write path into data/.
    authoringServerPlugin({ dataDir, root: here }),
    // dist/ is kept between builds (emptyOutDir: false): this removes outputs that are gone.
    keptOutputPlugin(),
  ],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    outDir: resolve(here, 'dist'),
    // Kept, so a rebuild writes only the files whose bytes changed (build/siteFiles.ts; the data,
    // share-page and image writers remove what they no longer publish). `--emptyOutDir` or
    // `rm -rf dist` gives a clean build.
    emptyOutDir: false,
    target: 'es2022',
    // Browsers of the es2022 target without <link rel=modulepreload> (Safari < 17) still load
    // every module through its imports; the polyfill only prefetched them (~0.4 KB gzip per page).
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: {
        index: resolve(here, 'src/index.html'),
        embed: resolve(here, 'src/embed.html'),
      },
      // Fewer startup files per page (src/build/chunkGroups.ts).
      output: { codeSplitting: { groups: [...CHUNK_GROUPS] } },
    },
  },
  test: {
    root: here,
    // Every core, not Vitest's default of one fewer: on a 2-core machine that default is a single
    // worker, and the main process (transforms, reporting) is mostly idle meanwhile.
    maxWorkers: '100%',
    // The browser files start longest first, measured, also where Vitest has no durations cached
    // (a clean clone); the other projects keep Vitest's order (test/support/browserOrder.ts).
    sequence: { sequencer: LongestBrowserFilesFirst },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          // A loaded 2-core machine (eight engineers) makes 5 s too tight for property tests over
          // the real data; a slow test still fails, it just is not mistaken for a broken one.
          testTimeout: 30_000,
          include: [`test/{${UNIT_FOLDERS.join(',')}}/**/*.test.ts`],
          exclude: [...UNIT_DOM_TESTS, ...ISOLATED_UNIT_TESTS, ...INTEGRATION_TESTS],
          // One module graph per worker, not one per file: re-importing zod, fast-check, Chart.js
          // and the data for each of 80 files was most of the project's CPU time. A shared graph
          // once failed the golden SVGs on a clean clone (test order differs there): they run in
          // unit-isolated; the files that switch to jsdom (which can leave DOM globals for the node
          // tests after them) run in component. Forks, so a test that measures process memory sees
          // its own process, not its neighbours'.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'unit-isolated',
          environment: 'node',
          testTimeout: 30_000,
          include: ISOLATED_UNIT_TESTS,
          isolate: true,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          environment: 'node',
          testTimeout: 30_000,
          include: INTEGRATION_TESTS,
        },
      },
      {
        extends: true,
        plugins: [svelteTesting()],
        test: {
          name: 'component',
          environment: 'jsdom',
          testTimeout: 30_000,
          // With the unit folders' files that ask for jsdom (`// @vitest-environment jsdom`).
          include: ['test/{components,views}/**/*.test.ts', ...UNIT_DOM_TESTS],
          setupFiles: [resolve(here, 'test/setup/component.ts')],
          // One jsdom and one Svelte compile cache per worker instead of one per file (a third of
          // the CPU time); svelteTesting() unmounts and clears the DOM after every test. Child
          // processes, not threads: under heavy load a thread worker once ended with "Worker
          // exited unexpectedly" (round 10), and forks cost the same here (17.0 s against 19.4 s
          // for this project at load 9).
          pool: 'forks',
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          environment: 'node',
          include: ['test/dist/**/*.test.ts'],
          // editedData checks the build-site project's build (made from an edited copy of data/).
          exclude: ['test/dist/editedData.test.ts'],
          // Read-only checks of dist/: one module graph per worker (ajv, parsers) for all files.
          isolate: false,
          // The gate runs these beside the browser, unit and static stages: on a loaded 2-core
          // machine a published-file check took 5.9 s, over Vitest's 5 s default. A slow test
          // still fails, it is just not mistaken for a broken one.
          testTimeout: 30_000,
        },
      },
      {
        // The same publishing checks against a second build made with CITED_SITE_URL (oEmbed
        // files, og: meta, absolute citation URLs), built by the project's global setup from a copy
        // of data/ with one label edited (editedData checks the edit reached pages and images).
        extends: true,
        test: {
          name: 'build-site',
          environment: 'node',
          include: ['test/dist/{conformance,images,publishing,editedData}.test.ts'],
          globalSetup: [resolve(here, 'test/setup/siteUrlBuild.ts')],
          env: { CITED_DIST: SITE_DIST },
          testTimeout: 30_000,
          hookTimeout: 600_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['test/browser/**/*.test.ts'],
          // One Chromium for the project; each file connects to it (launchBrowser).
          globalSetup: [resolve(here, 'test/support/sharedBrowser.ts')],
          // Two files at a time, each worker keeping playwright-core and the support modules loaded
          // for the files it runs; each file opens its own server, connection and contexts on the
          // one shared Chromium, so files share no page state. A file spends much of its time
          // waiting on Chromium (page loads, frames), which the other file's work fills.
          isolate: false,
          // Browser tests wait for events (charts-ready, messages, violation reports), never for
          // a fixed time, so a failure is a real one and is not re-run.
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // expect.poll waits for a condition (1 s by default): a deep link's quote now needs the
          // app's chunk after the first charts, then its own, which a loaded machine can take
          // longer than a second to fetch and run.
          expect: { poll: { timeout: 10_000 } },
          fileParallelism: true,
          maxWorkers: 2,
        },
      },
    ],
  },
});
