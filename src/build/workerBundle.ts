// Bundles the image worker (build/renderWorker.ts and what it imports) into one ES module with
// esbuild, once a process, so a worker thread starts without tsx's loader (which cost about a
// second of CPU a thread). It never renders; on any failure (or with CITED_IMAGES_WORKER=tsx)
// the caller falls back to tsx.

import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cacheRoot } from './siteFiles.ts';

const buildDir = import.meta.dirname;
let bundled: string | undefined;

/**
 * The file URL of the bundled worker, written under the cache root (named by its hash, so a
 * changed source makes a new file), or undefined when esbuild cannot bundle it here.
 * @example new Worker(new URL(workerBundle()!)) // starts renderWorker.ts without tsx
 */
export function workerBundle(): string | undefined {
  if (process.env.CITED_IMAGES_WORKER === 'tsx') return undefined; // to compare, or to debug
  if (bundled !== undefined) return bundled || undefined;
  try {
    const require = createRequire(import.meta.url);
    const esbuild = require('esbuild') as typeof import('esbuild');
    // The native canvas stays a separate module, imported by its absolute URL (put in below) so
    // the bundle finds it from wherever the cache lives.
    const canvas = require.resolve('@napi-rs/canvas');
    const out = esbuild.buildSync({
      entryPoints: [join(buildDir, 'renderWorker.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      write: false,
      logLevel: 'silent',
      // Every module of the worker that reads import.meta.dirname lives in src/build.
      define: { 'import.meta.dirname': JSON.stringify(buildDir) },
      external: ['@napi-rs/canvas'],
    });
    const canvasUrl = JSON.stringify(pathToFileURL(canvas).href);
    const code = out.outputFiles[0]!.text.replaceAll('"@napi-rs/canvas"', canvasUrl);
    if (!code.includes(canvasUrl)) throw new Error('the bundle does not import @napi-rs/canvas');
    const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
    const dir = resolve(cacheRoot(), 'workers');
    const file = join(dir, `renderWorker-${hash}.mjs`);
    if (!existsSync(file)) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(`${file}.${process.pid}.tmp`, code);
      renameSync(`${file}.${process.pid}.tmp`, file);
      // Bundles of older sources, left a day so a build still running from one keeps it.
      for (const name of readdirSync(dir)) {
        const old = join(dir, name);
        if (old !== file && Date.now() - statSync(old).mtimeMs > 86_400_000)
          rmSync(old, { force: true });
      }
    }
    bundled = pathToFileURL(file).href;
  } catch (e) {
    if (process.env.CITED_DEBUG_WORKER) console.error(e);
    bundled = '';
  }
  return bundled || undefined;
}
