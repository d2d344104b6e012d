// A timed `vite build` (no images) into a folder, for the bench's page and scale measurements.
// Node-only; it never reads what it built.

import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const projectRoot = resolve(import.meta.dirname, '../..');

/**
 * Builds the site into `outDir` (emptied first) with `env` added, and returns the milliseconds taken.
 * @example viteBuild('/tmp/site-1000', { CITED_DATA_DIR: '/tmp/data-1000' }) // 11706.4
 */
export function viteBuild(outDir: string, env: Record<string, string> = {}): number {
  const t = performance.now();
  execFileSync(
    'npx',
    ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    {
      cwd: projectRoot,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  return performance.now() - t;
}
