// Vite plugin: validates data/ at build start (any problem stops the build) and publishes the
// dataset files into dist/; in dev it serves the same files, re-validated on every request.

import type { Plugin } from 'vite';
import { DataValidationError } from '../data/dataError.ts';
import { loadDataset } from '../data/loadDataset.ts';
import { siteUrl } from '../export/siteUrl.ts';
import { publishDataset } from './publish.ts';

const TYPES: Record<string, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  jsonld: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
  bib: 'application/x-bibtex; charset=utf-8',
};

/** Loads, validates and publishes; throws DataValidationError listing every problem. */
export function buildDataFiles(dataDir: string, root: string): Record<string, string> {
  const { dataset, errors, texts } = loadDataset(dataDir, root);
  if (errors.length > 0) throw new DataValidationError(errors);
  // SOURCE_DATE_EPOCH makes `created` reproducible; otherwise it is the build's time.
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  const created = new Date(Number.isFinite(epoch) && epoch > 0 ? epoch * 1000 : Date.now());
  return publishDataset(dataset, texts, {
    siteUrl: siteUrl(process.env.CITED_SITE_URL),
    created: created.toISOString().replace(/\.\d{3}Z$/, 'Z'),
  });
}

/** @example plugins: [citedDataPlugin({ dataDir: 'data' })] */
export function citedDataPlugin(options: { dataDir: string; root?: string }): Plugin {
  const root = options.root ?? process.cwd();
  let files: Record<string, string> = {};
  let command: 'build' | 'serve' = 'serve';
  return {
    name: 'cited-figures-data',
    configResolved(config) {
      command = config.command;
    },
    buildStart() {
      if (command !== 'build') return;
      try {
        files = buildDataFiles(options.dataDir, root);
      } catch (e) {
        if (e instanceof DataValidationError) this.error(e.message);
        throw e;
      }
    },
    generateBundle() {
      for (const [fileName, source] of Object.entries(files)) {
        this.emitFile({ type: 'asset', fileName, source });
      }
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
