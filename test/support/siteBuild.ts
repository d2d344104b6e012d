// Builds the site (Vite only, no images) from another data folder into a temp folder, as
// `CITED_DATA_DIR=<dir> npx vite build` does, for browser tests that need a corpus of their own.
// A data folder that fails validation fails the build, and so the test's setup.

import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { projectRoot } from './browser.ts';

/**
 * Runs `vite build` with `CITED_DATA_DIR=dataDir` into `outDir` (emptied first); warnings and
 * errors go to the test's stderr.
 * @example buildSiteFrom(twoSourceDataDir(), mkdtempSync(join(tmpdir(), 'dist-')))
 */
export function buildSiteFrom(dataDir: string, outDir: string): void {
  // Vite's own bin under this Node, not `npx vite`: npx costs a second npm start-up per build.
  const vite = resolve(projectRoot, 'node_modules/vite/bin/vite.js');
  execFileSync(
    process.execPath,
    [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    {
      cwd: projectRoot,
      env: { ...process.env, CITED_DATA_DIR: dataDir },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
}
