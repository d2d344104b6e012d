// Dev-only Vite plugin (`apply: 'serve'`): the write path behind the add-a-figure and
// add-a-document forms. It answers only the dev page itself (loopback, own Host and Origin, a
// token made at each start and injected into the page), writes only data/figures/<id>.json and
// data/sources/<id>.{txt,json}, and only what validates. `vite build` never loads it.

import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import {
  AUTHORING_PREFIX,
  TOKEN_HEADER,
  TOKEN_META,
  checkCaller,
  isRefusal,
  mergeFigure,
  parseAddSource,
  parseSaveFigure,
  routeOf,
  sourceMetaText,
  type Refusal,
} from '../authoring/authoringRequest.ts';
import { formatDataError } from '../data/dataError.ts';
import { readDataDir } from '../data/loadDataset.ts';
import { validateData } from '../data/validate.ts';

const MAX_BODY_BYTES = 8 * 1024 * 1024;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * @example plugins: [authoringServerPlugin({ dataDir: resolve('data') })]
 */
export function authoringServerPlugin(options: { dataDir: string; root?: string }): Plugin {
  const dataDir = resolve(options.dataDir);
  const root = options.root ?? process.cwd();
  // A new token each start: a page from an earlier run, or any other page, cannot write.
  const token = randomBytes(32).toString('hex');
  let enabled = false;

  /** The one place a file name is made: inside dataDir, from a checked kebab-case id. */
  const inData = (folder: 'figures' | 'sources', name: string): string => {
    const path = resolve(dataDir, folder, name);
    if (!path.startsWith(dataDir + sep)) throw new Error(`refused path outside data/: ${name}`);
    return path;
  };

  return {
    name: 'cited-figures-authoring',
    apply: 'serve',
    configureServer(server) {
      // No HTTP server of its own (Vitest, middleware mode): nothing to serve, nothing to say.
      if (!server.httpServer) return;
      const host = server.config.server.host;
      // Bound to loopback or nothing: `vite --host` would expose the write path to the network.
      enabled = typeof host === 'string' && LOOPBACK.has(host);
      if (!enabled) {
        server.config.logger.warn(
          `[authoring] the add-a-figure form cannot save: the dev server listens on ${String(host ?? 'all addresses')}, not 127.0.0.1. Start it with the default host to save from the page.`,
        );
        return;
      }
      server.middlewares.use((req, res, next) => {
        if (!(req.url ?? '').startsWith(AUTHORING_PREFIX)) return next();
        handle(req, res).catch((e: unknown) =>
          send(res, { status: 500, message: `could not save: ${(e as Error).message}` }),
        );
      });

      async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
        const address = server.httpServer?.address();
        const port = typeof address === 'object' && address ? address.port : 0;
        const header = (name: string) => {
          const v = req.headers[name];
          return Array.isArray(v) ? v[0] : v;
        };
        const refused = checkCaller(
          {
            method: req.method ?? 'GET',
            host: header('host'),
            origin: header('origin'),
            fetchSite: header('sec-fetch-site'),
            token: header(TOKEN_HEADER),
            remoteAddress: req.socket.remoteAddress,
          },
          port,
          token,
        );
        if (refused) return send(res, refused);
        const route = routeOf(req.method ?? 'GET', req.url ?? '');
        if (isRefusal(route)) return send(res, route);

        if (route.kind === 'read-figures') {
          const path = inData('figures', `${route.sourceId}.json`);
          const text = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
          return send(res, 200, {
            text: text ?? null,
            sha256: text === undefined ? null : sha256(text),
          });
        }
        const body = await readJson(req);
        if (isRefusal(body)) return send(res, body);

        if (route.kind === 'save-figure') {
          const parsed = parseSaveFigure(body, route.sourceId);
          if (isRefusal(parsed)) return send(res, parsed);
          const path = inData('figures', `${route.sourceId}.json`);
          const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
          const currentSha = current === undefined ? null : sha256(current);
          if (currentSha !== parsed.request.baseSha256) {
            return send(res, {
              status: 409,
              message: `data/figures/${route.sourceId}.json changed since the form read it (someone or something else saved it); reload the page and add the figure again`,
            });
          }
          const merged = mergeFigure(current, parsed.request);
          if (isRefusal(merged)) return send(res, merged);
          const text = await formatLikeTheProject(merged.text, root);
          const errors = validateWith(path, text, 'figure');
          if (errors) return send(res, errors);
          writeAtomically(path, text);
          return send(res, 200, { path: relative(root, path), sha256: sha256(text) });
        }

        const parsed = parseAddSource(body);
        if (isRefusal(parsed)) return send(res, parsed);
        const textPath = inData('sources', `${parsed.request.id}.txt`);
        const metaPath = inData('sources', `${parsed.request.id}.json`);
        if (existsSync(textPath) || existsSync(metaPath)) {
          return send(res, {
            status: 409,
            message: `data/sources/${parsed.request.id} already exists; choose another id (a document is never overwritten from the page)`,
          });
        }
        const meta = await formatLikeTheProject(
          sourceMetaText(parsed.request, sha256(parsed.request.text)),
          root,
        );
        const errors = validateWith(metaPath, meta, 'source', {
          path: textPath,
          text: parsed.request.text,
        });
        if (errors) return send(res, errors);
        mkdirSync(join(dataDir, 'sources'), { recursive: true });
        writeAtomically(textPath, parsed.request.text);
        writeAtomically(metaPath, meta);
        return send(res, 200, {
          path: relative(root, textPath),
          sha256: sha256(parsed.request.text),
        });
      }
    },
    transformIndexHtml: {
      order: 'pre',
      handler() {
        if (!enabled) return [];
        return [{ tag: 'meta', attrs: { name: TOKEN_META, content: token }, injectTo: 'head' }];
      },
    },
  };

  /** Validates data/ as it would be with `text` at `path`; a refusal lists this file's errors. */
  function validateWith(
    path: string,
    text: string,
    kind: 'figure' | 'source',
    sourceText?: { path: string; text: string },
  ): Refusal | undefined {
    const { raw } = readDataDir(dataDir, root);
    const rel = relative(root, path) || path;
    if (kind === 'figure') {
      raw.figureFiles = [...raw.figureFiles.filter((f) => f.path !== rel), { path: rel, text }];
    } else {
      raw.sources.push({
        metaPath: rel,
        metaText: text,
        textPath: relative(root, sourceText!.path),
        text: sourceText!.text,
        textSha256: sha256(sourceText!.text),
      });
    }
    const errors = validateData(raw).errors.filter((e) => e.file === rel);
    if (errors.length === 0) return undefined;
    return { status: 422, message: `not saved: ${errors.map(formatDataError).join('\n')}` };
  }
}

/** Formats JSON as prettier formats the project's own data files, so a save diffs cleanly. */
async function formatLikeTheProject(json: string, root: string): Promise<string> {
  const prettier = await import('prettier');
  const config = (await prettier.resolveConfig(join(root, 'data', 'figures', 'x.json'))) ?? {};
  return prettier.format(json, { ...config, parser: 'json' });
}

/** Writes through a temporary file and a rename, so a crash never leaves half a data file. */
function writeAtomically(path: string, text: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const type = req.headers['content-type'] ?? '';
  if (!type.startsWith('application/json')) {
    return { status: 415, message: 'send the body as application/json' } satisfies Refusal;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) {
      return { status: 413, message: `the body is over ${MAX_BODY_BYTES} bytes` } satisfies Refusal;
    }
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return { status: 400, message: 'the body is not valid JSON' } satisfies Refusal;
  }
}

function send(res: ServerResponse, refusal: Refusal): void;
function send(res: ServerResponse, status: number, body: unknown): void;
function send(res: ServerResponse, a: Refusal | number, body?: unknown): void {
  const [status, payload] = typeof a === 'number' ? [a, body] : [a.status, { error: a.message }];
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.end(JSON.stringify(payload));
}
