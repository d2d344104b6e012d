// The image build at scale, for `npm run bench` (BENCH_IMAGES=1000,10000): cold (empty cache),
// warm (nothing changed) and after changing one figure, each with wall time and peak memory
// (GNU time's max RSS of the whole process, all worker threads included). Writes only in tmp dirs.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeScaleData } from './scaleData.ts';

const projectRoot = resolve(import.meta.dirname, '../..');

export interface ImageBuildRun {
  figures: number;
  phase: 'cold' | 'warm' | 'one figure changed';
  seconds: number;
  peakMb: number;
}

/** One `tsx src/cli/renderImages.ts` run under /usr/bin/time: wall seconds and max RSS. */
function timedRun(
  dataDir: string,
  outDir: string,
  cacheDir: string,
): { seconds: number; peakMb: number } {
  const report = join(outDir, '..', 'time.txt');
  execFileSync(
    '/usr/bin/time',
    ['-f', '%e %M', '-o', report, 'npx', 'tsx', 'src/cli/renderImages.ts', outDir],
    {
      cwd: projectRoot,
      env: { ...process.env, CITED_DATA_DIR: dataDir, CITED_CACHE_DIR: cacheDir },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const [seconds = NaN, kb = NaN] = readFileSync(report, 'utf8').trim().split(/\s+/).map(Number);
  return { seconds, peakMb: Math.round(kb / 1024) };
}

/**
 * Builds the images of a synthetic data set three times: cold, warm, one figure changed.
 * @example measureImageBuild(1000) // [{ figures: 1000, phase: 'cold', seconds: 95.2, peakMb: 610 }, …]
 */
export function measureImageBuild(figures: number): ImageBuildRun[] {
  const tmp = mkdtempSync(join(tmpdir(), 'cited-image-bench-'));
  try {
    const data = join(tmp, 'data');
    writeScaleData(data, figures, Math.max(1, Math.round(figures / 10)));
    const out = join(tmp, 'dist');
    const cache = join(tmp, 'cache');
    const runs: ImageBuildRun[] = [];
    runs.push({ figures, phase: 'cold', ...timedRun(data, out, cache) });
    runs.push({ figures, phase: 'warm', ...timedRun(data, out, cache) });
    // Change one figure's label: its image and its chart group's image must be rendered again.
    const file = join(data, 'figures', readdirSync(join(data, 'figures')).sort()[0]!);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/"label": "([^"]+)"/, '"label": "$1 (edited)"'));
    runs.push({ figures, phase: 'one figure changed', ...timedRun(data, out, cache) });
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
