// A content-addressed cache of rendered images, outside dist/: an image's key hashes its job
// (figures, sources, title), the renderer's own code, the font files and the drawing libraries'
// versions, so a rebuild re-renders only what changed. It never decides what is published.

import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { FONT_FILES, type ImageJob } from './renderImage.ts';
import { ALL_IMAGE_FORMATS, type ImageFormat } from './imageFormats.ts';
import { cacheRoot } from './siteFiles.ts';

const projectRoot = resolve(import.meta.dirname, '../..');
export const IMAGE_EXTENSIONS = ALL_IMAGE_FORMATS;

/** Folders whose code decides what an image looks like. */
const RENDERER_DIRS = ['src/model', 'src/charts', 'src/export'];
const RENDERER_FILES = [
  'src/build/renderImage.ts',
  'src/build/renderSvgText.ts',
  'src/build/pngWriter.ts',
  'src/build/pdfLanguage.ts',
  'src/build/teeContext.ts',
  'src/build/textWidths.ts',
];
const LIBRARIES = ['chart.js', '@napi-rs/canvas'];

let fingerprint: string | undefined;

/**
 * One hash of everything besides the data that shapes an image: the renderer's source, the font
 * and the libraries' versions. Computed once a process.
 * @example rendererFingerprint().length // 64
 */
export function rendererFingerprint(): string {
  if (fingerprint) return fingerprint;
  const hash = createHash('sha256');
  const files = [
    ...RENDERER_DIRS.flatMap((dir) =>
      readdirSync(resolve(projectRoot, dir))
        .filter((f) => f.endsWith('.ts'))
        .sort()
        .map((f) => resolve(projectRoot, dir, f)),
    ),
    ...RENDERER_FILES.map((f) => resolve(projectRoot, f)),
    ...FONT_FILES,
  ];
  for (const file of files) hash.update(file.slice(projectRoot.length)).update(readFileSync(file));
  for (const lib of LIBRARIES) {
    const pkg = JSON.parse(
      readFileSync(resolve(projectRoot, 'node_modules', lib, 'package.json'), 'utf8'),
    ) as { version: string };
    hash.update(`${lib}@${pkg.version}`);
  }
  return (fingerprint = hash.digest('hex'));
}

/**
 * The cache key of a job. @example imageKey(job, rendererFingerprint()) // 'a3f…' (64 hex digits)
 */
export function imageKey(job: ImageJob, renderer: string): string {
  return createHash('sha256').update(renderer).update(JSON.stringify(job)).digest('hex');
}

/**
 * The cache folder for a data folder: $CITED_CACHE_DIR or node_modules/.cache/cited-figures,
 * then one subfolder per data folder, so builds of other data sets do not evict each other.
 * @example cacheDirFor('/repo/data') // '/repo/node_modules/.cache/cited-figures/images-3b1c…'
 */
export function cacheDirFor(dataDir: string): string {
  const root = cacheRoot();
  const id = createHash('sha256').update(resolve(dataDir)).digest('hex').slice(0, 12);
  return join(root, `images-${id}`);
}

export interface CachedMeta {
  width: number;
  height: number;
}

/** Paths of a key's files in `dir`. @example cachePaths('/c', 'ab').png // '/c/ab.png' */
export function cachePaths(
  dir: string,
  key: string,
): Record<'png' | 'svg' | 'pdf' | 'meta', string> {
  return {
    png: join(dir, `${key}.png`),
    svg: join(dir, `${key}.svg`),
    pdf: join(dir, `${key}.pdf`),
    meta: join(dir, `${key}.meta.json`),
  };
}

/** The meta of a complete entry, or undefined (the meta file is written last). */
export function readCached(
  dir: string,
  key: string,
  formats: readonly ImageFormat[] = IMAGE_EXTENSIONS,
): CachedMeta | undefined {
  const p = cachePaths(dir, key);
  if (!existsSync(p.meta)) return undefined;
  if (!formats.every((ext) => existsSync(p[ext]))) return undefined;
  try {
    return JSON.parse(readFileSync(p.meta, 'utf8')) as CachedMeta;
  } catch {
    return undefined; // a torn entry from an interrupted run is rendered again
  }
}

/** Writes an entry; each file goes to a temporary name first, the meta last, so readers never see half. */
export function writeCached(
  dir: string,
  key: string,
  files: { png?: Buffer | undefined; svg?: string | undefined; pdf?: Buffer | undefined },
  meta: CachedMeta,
): void {
  mkdirSync(dir, { recursive: true });
  const p = cachePaths(dir, key);
  const put = (path: string, body: Buffer | string) => {
    writeFileSync(`${path}.tmp`, body);
    renameSync(`${path}.tmp`, path);
  };
  // Only the formats rendered (CITED_IMAGES); the meta file last, so an entry is never torn.
  if (files.png) put(p.png, files.png);
  if (files.svg !== undefined) put(p.svg, files.svg);
  if (files.pdf) put(p.pdf, files.pdf);
  put(p.meta, JSON.stringify(meta));
}

/**
 * Removes every entry whose key is not in `keep` (images of figures that no longer exist or
 * changed). @example pruneCache(dir, new Set(keys)) // 12 (files removed)
 */
export function pruneCache(dir: string, keep: ReadonlySet<string>): number {
  if (!existsSync(dir)) return 0;
  let removed = 0;
  for (const name of readdirSync(dir)) {
    const key = name.split('.')[0]!;
    if (keep.has(key) && !name.endsWith('.tmp')) continue;
    rmSync(join(dir, name), { force: true });
    removed++;
  }
  return removed;
}
