// Writes the build's own files into the output folder only when their bytes changed, and removes
// the files an earlier build of the same writer published that this one no longer does, so a
// rebuild after one changed figure touches a handful of files. It never decides what is published.

import { createHash } from 'node:crypto';
import {
  copyFileSync,
  linkSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
  type Stats,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Plugin } from 'vite';

const projectRoot = resolve(import.meta.dirname, '../..');

/**
 * The build's cache folder: $CITED_CACHE_DIR, else node_modules/.cache/cited-figures.
 * @example cacheRoot() // '/repo/node_modules/.cache/cited-figures'
 */
export function cacheRoot(): string {
  return process.env.CITED_CACHE_DIR
    ? resolve(process.env.CITED_CACHE_DIR)
    : resolve(projectRoot, 'node_modules/.cache/cited-figures');
}

/** What one writer did to the output folder. */
export interface SiteWriteReport {
  /** Files whose bytes were new or changed. */
  written: number;
  /** Files already there with the same bytes, left alone. */
  unchanged: number;
  /** Files the writer published last time and no longer does. */
  removed: number;
}

/**
 * The folder that keeps, outside the output folder, which files each writer published there:
 * $CITED_CACHE_DIR or node_modules/.cache/cited-figures, then one subfolder per output folder.
 * @example manifestDirFor('/repo/dist') // '/repo/node_modules/.cache/cited-figures/site-9c1e…'
 */
export function manifestDirFor(outDir: string): string {
  const id = createHash('sha256').update(resolve(outDir)).digest('hex').slice(0, 12);
  return join(cacheRoot(), `site-${id}`);
}

const statOf = (path: string): Stats | undefined => {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
};

/** True when `path` already holds exactly `bytes` (size first, so most changes cost one stat). */
function sameBytes(path: string, bytes: Buffer): boolean {
  const stat = statOf(path);
  if (!stat?.isFile() || stat.size !== bytes.length) return false;
  return readFileSync(path).equals(bytes);
}

/** Makes parent folders once per folder per run. */
function folderMaker(): (file: string) => void {
  const made = new Set<string>();
  return (file) => {
    const dir = dirname(file);
    if (made.has(dir)) return;
    mkdirSync(dir, { recursive: true });
    made.add(dir);
  };
}

/**
 * Records the paths `owner` publishes in `outDir` this build, and removes the ones it published
 * last build and no longer does (a deleted figure's share page, an old hashed script).
 * @example recordPublished('dist', 'vite', ['index.html', 'assets/index-3f2a.js']) // 1 (removed)
 */
export function recordPublished(outDir: string, owner: string, paths: Iterable<string>): number {
  const dir = manifestDirFor(outDir);
  const manifest = join(dir, `${owner}.txt`);
  const now = new Set(paths);
  let before: string[] = [];
  try {
    before = readFileSync(manifest, 'utf8').split('\n').filter(Boolean);
  } catch {
    // The first build into this folder (or a cleared cache): nothing is known to be stale.
  }
  let removed = 0;
  for (const path of before) {
    if (now.has(path)) continue;
    rmSync(resolve(outDir, path), { force: true });
    removed++;
  }
  mkdirSync(dir, { recursive: true });
  // Written aside, then renamed: an interrupted build leaves the old list or the new, never half.
  writeFileSync(`${manifest}.tmp`, [...now].join('\n') + '\n');
  renameSync(`${manifest}.tmp`, manifest);
  return removed;
}

/**
 * Writes `files` (path under `outDir` → contents) whose bytes differ from what is there, and
 * removes what `owner` published last build and no longer does. `files` may be a generator of
 * [path, contents], so a large build holds one file at a time (build/publish.ts publishedFiles).
 * @example writeChangedFiles('dist', 'data', { 'data/figures.json': '{…}' }) // { written: 0, unchanged: 1, removed: 0 }
 */
export function writeChangedFiles(
  outDir: string,
  owner: string,
  files: Readonly<Record<string, string | Buffer>> | Iterable<readonly [string, string | Buffer]>,
): SiteWriteReport {
  const report: SiteWriteReport = { written: 0, unchanged: 0, removed: 0 };
  const makeFolder = folderMaker();
  const paths: string[] = [];
  const entries = Symbol.iterator in files ? files : Object.entries(files);
  for (const [path, body] of entries) {
    paths.push(path);
    const target = resolve(outDir, path);
    const bytes = typeof body === 'string' ? Buffer.from(body) : body;
    if (sameBytes(target, bytes)) {
      report.unchanged++;
      continue;
    }
    makeFolder(target);
    writeFileSync(target, bytes);
    report.written++;
  }
  report.removed = recordPublished(outDir, owner, paths);
  return report;
}

/**
 * Publishes a cache file at `target`: a hard link to it (no bytes copied; a later build sees the
 * same inode and does nothing), or a copy where links are refused (another file system). Cache
 * entries are replaced by rename, never rewritten in place, so a link never changes under dist/.
 * @example publishCopy('/cache/ab.png', 'dist/charts/growth-2001.png') // 'written' | 'unchanged'
 */
export function publishCopy(source: string, target: string): 'written' | 'unchanged' {
  const from = statSync(source);
  const to = statOf(target);
  if (to && to.ino === from.ino && to.dev === from.dev) return 'unchanged';
  if (to) {
    if (to.size === from.size && readFileSync(target).equals(readFileSync(source)))
      return 'unchanged';
    unlinkSync(target);
  }
  try {
    linkSync(source, target);
  } catch {
    copyFileSync(source, target);
  }
  return 'written';
}

/**
 * Vite plugin for builds that keep their output folder (emptyOutDir: false, so unchanged files
 * stay): records the bundle's own files (pages, hashed scripts and styles) and removes the ones
 * the previous build wrote and this one did not.
 * @example plugins: [keptOutputPlugin()]
 */
export function keptOutputPlugin(): Plugin {
  return {
    name: 'cited-figures-kept-output',
    apply: 'build',
    writeBundle(output, bundle) {
      if (output.dir) recordPublished(output.dir, 'vite', Object.keys(bundle));
    },
  };
}
