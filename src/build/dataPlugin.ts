// Vite plugin: validates data/ at build start (any problem stops the build) and publishes the
// dataset files into dist/ (only those whose bytes changed: build/siteFiles.ts); in dev it serves
// the same files, re-validated on every request.

import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { DataValidationError } from '../data/dataError.ts';
import { loadDataset } from '../data/loadDataset.ts';
import { siteUrl } from '../export/siteUrl.ts';
import { publishedFiles } from './publish.ts';
import { writeChangedFiles } from './siteFiles.ts';

const TYPES: Record<string, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  jsonld: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
  bib: 'application/x-bibtex; charset=utf-8',
};

/**
 * One `vite build`'s loaded data, shared by its plugins (data files, embed, share pages,
 * prerender): each data folder is read, validated and published once a build, not once a plugin
 * (4× loadDataset at 10,000 figures was seconds). Only set between the data plugin's buildStart
 * and closeBundle; the dev server never uses it, so every request there re-reads data/.
 */
let buildSession: Map<string, unknown> | undefined;

function once<T>(key: string, make: () => T): T {
  if (!buildSession) return make();
  if (!buildSession.has(key)) buildSession.set(key, make());
  return buildSession.get(key) as T;
}

/**
 * loadDataset, read once per `vite build` (fresh on every call outside one).
 * @example loadDatasetForBuild('data', process.cwd()).errors // []
 */
export function loadDatasetForBuild(dataDir: string, root: string): ReturnType<typeof loadDataset> {
  return once(`load\0${resolve(dataDir)}\0${root}`, () => loadDataset(dataDir, root));
}

/** Loads, validates and publishes; throws DataValidationError listing every problem. */
export function buildDataFiles(dataDir: string, root: string): Record<string, string> {
  return once(`files\0${resolve(dataDir)}\0${root}`, () => publishDataFiles(dataDir, root));
}

function publishDataFiles(dataDir: string, root: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [path, body] of dataFileEntries(dataDir, root))
    files[path] = typeof body === 'string' ? body : body.toString('utf8');
  return files;
}

/**
 * The published data files one at a time (build/publish.ts publishedFiles), for the build to
 * write each and let it go; throws DataValidationError listing every problem.
 * @example [...dataFileEntries('data', process.cwd())][0][0] // 'data/figures.json'
 */
export function dataFileEntries(
  dataDir: string,
  root: string,
): Iterable<[path: string, body: string | Buffer]> {
  const { dataset, errors, texts } = loadDatasetForBuild(dataDir, root);
  if (errors.length > 0) throw new DataValidationError(errors);
  // SOURCE_DATE_EPOCH sets `created`; otherwise an annotation is dated by its figure file's last
  // change (the collection by data/'s newest file), not by the build's clock, so a rebuild leaves
  // the annotation files of unchanged figures byte for byte as they were.
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  const fixed = Number.isFinite(epoch) && epoch > 0;
  const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const perFigure = fixed ? undefined : figureFileTimes(dataDir);
  return publishedFiles(dataset, texts, {
    siteUrl: siteUrl(process.env.CITED_SITE_URL),
    created: iso(fixed ? epoch * 1000 : dataChangedAt(dataDir)),
    ...(perFigure && {
      createdOf: (id: string) => {
        const ms = perFigure.get(id);
        return ms === undefined ? undefined : iso(ms);
      },
    }),
  });
}

/**
 * The newest modification time (ms) of any file under `dataDir`, rounded down to the second.
 * @example new Date(dataChangedAt('data')).toISOString() // '2026-11-30T12:00:00.000Z'
 */
export function dataChangedAt(dataDir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dataDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return Math.floor(newest / 1000) * 1000;
}

/**
 * Each figure id → the last change (ms, whole seconds) of the figure file that holds it. Reads
 * data/figures/*.json again, which validation has already accepted (200 ms at 10,000 figures).
 * @example figureFileTimes('data').get('japan-exports-to-russia-2001') // 1796104134000
 */
export function figureFileTimes(dataDir: string): Map<string, number> {
  const times = new Map<string, number>();
  const dir = join(dataDir, 'figures');
  if (!existsSync(dir)) return times;
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.json')) continue;
    const file = join(dir, name);
    const ms = Math.floor(statSync(file).mtimeMs / 1000) * 1000;
    const { figures = [] } = JSON.parse(readFileSync(file, 'utf8')) as {
      figures?: { id: string }[];
    };
    for (const f of figures) times.set(f.id, ms);
  }
  return times;
}

/** @example plugins: [citedDataPlugin({ dataDir: 'data' })] */
export function citedDataPlugin(options: { dataDir: string; root?: string }): Plugin {
  const root = options.root ?? process.cwd();
  let command: 'build' | 'serve' = 'serve';
  return {
    name: 'cited-figures-data',
    configResolved(config) {
      command = config.command;
    },
    buildStart() {
      if (command !== 'build') return;
      buildSession = new Map();
      const { errors } = loadDatasetForBuild(options.dataDir, root);
      if (errors.length > 0) this.error(new DataValidationError(errors).message);
    },
    // Written beside the bundle, not emitted into it: at 10,000 figures these are some 40,000
    // files, and a rebuild rewrites only the ones whose bytes changed. Made and written one at a
    // time: at 100,000 figures all of them at once did not fit in Node's heap.
    writeBundle(output) {
      if (output.dir) writeChangedFiles(output.dir, 'data', dataFileEntries(options.dataDir, root));
    },
    closeBundle() {
      buildSession = undefined;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '').replace(/^\/+/, '');
        if (!path.startsWith('data/') && !/^charts\/[^/]+\.(bib|csl\.json)$/.test(path))
          return next();
        let published: Record<string, string>;
        try {
          published = buildDataFiles(options.dataDir, root);
        } catch (e) {
          const message = e instanceof Error ? e.message : String(e);
          server.config.logger.error(message);
          res.statusCode = 500;
          res.setHeader('content-type', TYPES.json!);
          res.end(JSON.stringify({ error: message }));
          return;
        }
        const body = published[path];
        if (body === undefined) return next();
        res.setHeader(
          'content-type',
          TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream',
        );
        res.end(body);
      });
    },
  };
}
