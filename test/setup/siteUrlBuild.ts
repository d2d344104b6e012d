// Global setup of the `build-site` test project: builds the site a second time, with
// CITED_SITE_URL set, into a folder of its own, so the dist tests also check a build that has
// absolute URLs (oEmbed files, og: meta, citations). It builds from an edited copy of data/ (one
// label changed), so the same build also shows pages and images come from the data folder given.

import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
/** Where the site-URL build goes (the project's CITED_DIST), and the address it is built for. */
export const SITE_DIST = resolve(root, 'node_modules/.cache/cited-figures/site-url-dist');
export const SITE_URL = 'https://figures.example.org/cited/';
/** The copy of data/ the site-URL build reads (CITED_DATA_DIR); a fixed path keeps its image cache. */
export const SITE_DATA = resolve(root, 'node_modules/.cache/cited-figures/site-url-data');
/** Appended to the label of the first figure of the first figure file in SITE_DATA. */
export const EDITED_LABEL_SUFFIX = ' (edited label)';

/** Copies data/ to SITE_DATA and edits one label, as a user changing a figure file would. */
function editedDataCopy(): void {
  rmSync(SITE_DATA, { recursive: true, force: true });
  cpSync(resolve(root, 'data'), SITE_DATA, { recursive: true });
  const figuresDir = join(SITE_DATA, 'figures');
  const file = join(
    figuresDir,
    readdirSync(figuresDir)
      .filter((n) => n.endsWith('.json'))
      .sort()[0]!,
  );
  const json = JSON.parse(readFileSync(file, 'utf8')) as { figures: { label: string }[] };
  json.figures[0]!.label += EDITED_LABEL_SUFFIX;
  writeFileSync(file, JSON.stringify(json, null, 2) + '\n');
}

/** Vitest global setup: run `vite build` and the image step with CITED_SITE_URL. */
export default function setup(): void {
  rmSync(SITE_DIST, { recursive: true, force: true });
  editedDataCopy();
  const env = {
    ...process.env,
    CITED_SITE_URL: SITE_URL,
    CITED_DIST: SITE_DIST,
    CITED_DATA_DIR: SITE_DATA,
  };
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
