// The whole build at scale, for `npm run bench` (BENCH_IMAGES=1000,10000): `vite build` then the
// image step, cold (empty cache and output), warm (nothing changed) and after changing one figure,
// each with wall and CPU time (user + system, all threads) and peak memory (GNU time's max RSS of
// the larger step). CITED_IMAGES passes on. Writes only in tmp dirs.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeScaleData } from './scaleData.ts';

const projectRoot = resolve(import.meta.dirname, '../..');

export interface ImageBuildRun {
  figures: number;
  phase: 'cold' | 'warm' | 'one figure changed';
  /** Wall time of both steps. */
  seconds: number;
  /** CPU time (user + system) of both steps: on a shared machine the steadier measure. */
  cpuSeconds: number;
  /** Wall time of the `vite build` step alone. */
  viteSeconds: number;
  peakMb: number;
}

/** One step under /usr/bin/time: wall seconds, CPU seconds and max RSS. */
function timedStep(args: string[], env: NodeJS.ProcessEnv, report: string) {
  execFileSync('/usr/bin/time', ['-f', '%e %U %S %M', '-o', report, process.execPath, ...args], {
    cwd: projectRoot,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const [wall = NaN, user = NaN, sys = NaN, kb = NaN] = readFileSync(report, 'utf8')
    .trim()
    .split(/\s+/)
    .map(Number);
  return { seconds: wall, cpuSeconds: user + sys, peakMb: Math.round(kb / 1024) };
}

/** `vite build` into a kept `outDir`, then `src/cli/renderImages.ts`, as `npm run build` runs them. */
function timedBuild(dataDir: string, outDir: string, cacheDir: string) {
  const env = { ...process.env, CITED_DATA_DIR: dataDir, CITED_CACHE_DIR: cacheDir };
  const report = join(outDir, '..', 'time.txt');
  const bin = (path: string) => resolve(projectRoot, 'node_modules', path);
  const vite = timedStep(
    [bin('vite/bin/vite.js'), 'build', '--outDir', outDir, '--logLevel', 'error'],
    env,
    report,
  );
  const images = timedStep(
    [bin('tsx/dist/cli.mjs'), 'src/cli/renderImages.ts', outDir],
    env,
    report,
  );
  return {
    seconds: vite.seconds + images.seconds,
    cpuSeconds: vite.cpuSeconds + images.cpuSeconds,
    viteSeconds: vite.seconds,
    peakMb: Math.max(vite.peakMb, images.peakMb),
  };
}

/**
 * Builds a synthetic data set three times: cold, warm, one figure changed.
 * @example measureImageBuild(1000) // [{ figures: 1000, phase: 'cold', seconds: 95.2, cpuSeconds: 160.1, viteSeconds: 9.8, peakMb: 610 }, …]
 */
export function measureImageBuild(figures: number): ImageBuildRun[] {
  const tmp = mkdtempSync(join(tmpdir(), 'cited-image-bench-'));
  try {
    const data = join(tmp, 'data');
    writeScaleData(data, figures, Math.max(1, Math.round(figures / 10)));
    const out = join(tmp, 'dist');
    const cache = join(tmp, 'cache');
    const runs: ImageBuildRun[] = [];
    runs.push({ figures, phase: 'cold', ...timedBuild(data, out, cache) });
    runs.push({ figures, phase: 'warm', ...timedBuild(data, out, cache) });
    // Change one figure's label: its image and its chart group's image must be rendered again.
    const file = join(data, 'figures', readdirSync(join(data, 'figures')).sort()[0]!);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/"label": "([^"]+)"/, '"label": "$1 (edited)"'));
    runs.push({ figures, phase: 'one figure changed', ...timedBuild(data, out, cache) });
    return runs;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Sizes from BENCH_IMAGES ("1000,10000"); none when unset. @example imageBenchSizes('1000') // [1000] */
export function imageBenchSizes(value: string | undefined): number[] {
  return (value ?? '')
    .split(',')
    .map((s) => Number(s.trim()))
    .filter((n) => Number.isInteger(n) && n > 0);
}
