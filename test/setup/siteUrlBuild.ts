// Global setup of the `build-site` test project: builds the site a second time, with
// CITED_SITE_URL set, into a folder of its own, so the dist tests also check a build that has
// absolute URLs (oEmbed files, og: meta, citations). Images come from the shared image cache.

import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
/** Where the site-URL build goes (the project's CITED_DIST), and the address it is built for. */
export const SITE_DIST = resolve(root, 'node_modules/.cache/cited-figures/site-url-dist');
export const SITE_URL = 'https://figures.example.org/cited/';

/** Vitest global setup: run `vite build` and the image step with CITED_SITE_URL. */
export default function setup(): void {
  rmSync(SITE_DIST, { recursive: true, force: true });
  const env = { ...process.env, CITED_SITE_URL: SITE_URL, CITED_DIST: SITE_DIST };
  const run = (args: string[]) => {
    try {
      execFileSync(process.execPath, args, { cwd: root, env, stdio: 'pipe' });
    } catch (e) {
      const err = e as { stderr?: Buffer; stdout?: Buffer };
      throw new Error(
        `The build with CITED_SITE_URL=${SITE_URL} failed (${args.join(' ')}):\n` +
          `${err.stderr?.toString() ?? ''}${err.stdout?.toString() ?? ''}\n` +
          'Run the same command by hand to see it; fix the build, then run the tests again.',
      );
    }
  };
  run([
    resolve(root, 'node_modules/vite/bin/vite.js'),
    'build',
    '--outDir',
    SITE_DIST,
    '--logLevel',
    'warn',
  ]);
  run([resolve(root, 'node_modules/tsx/dist/cli.mjs'), 'src/cli/renderImages.ts', SITE_DIST]);
}
