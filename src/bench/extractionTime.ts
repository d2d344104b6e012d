// How long the figure extractor takes on a document in a fresh Node process: its first call, which
// compiles the patterns it meets, and a later call (the authoring form's first selection and every
// one after). For `npm run bench`. Node-only; each run is a child process running the extractor
// bundled by esbuild, as the browser runs it (under tsx its loader thread adds to the first call).

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { buildSync } from 'esbuild';

const projectRoot = resolve(import.meta.dirname, '../..');

/** The seed document (5.6 KB) whose first extraction cost over a second before compileAhead.ts. */
export const SEED_DOCUMENT = 'data/sources/mofa-2002-10-14-kawaguchi-putin.txt';

export interface ExtractionTime {
  /** The document, relative to the project. */
  document: string;
  runs: number;
  /** Medians over the runs, in ms. */
  firstMs: number;
  laterMs: number;
  candidates: number;
}

/** One child process: the document read, then extractCandidates timed twice. */
const CHILD = String.raw`
  import { readFileSync } from 'node:fs';
  import { extractCandidates } from './src/authoring/extract.ts';
  const text = readFileSync(process.argv[2], 'utf8');
  let t = performance.now();
  const candidates = extractCandidates(text, 'bench').length;
  const firstMs = performance.now() - t;
  t = performance.now();
  extractCandidates(text, 'bench');
  const laterMs = performance.now() - t;
  console.log(JSON.stringify({ firstMs, laterMs, candidates }));`;

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

/**
 * Times the first and a later extraction of `document` in each of `runs` fresh processes.
 * @example measureExtraction(SEED_DOCUMENT, 3) // { document, runs: 3, firstMs: 521, laterMs: 34, candidates: 6 }
 */
export function measureExtraction(document = SEED_DOCUMENT, runs = 3): ExtractionTime {
  const dir = mkdtempSync(join(tmpdir(), 'cited-extract-'));
  const bundle = join(dir, 'extract.mjs');
  let results: Omit<ExtractionTime, 'document' | 'runs'>[];
  try {
    buildSync({
      stdin: { contents: CHILD, resolveDir: projectRoot, loader: 'ts' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: bundle,
      logLevel: 'warning',
    });
    results = Array.from({ length: runs }, () => {
      const out = execFileSync(process.execPath, [bundle, resolve(projectRoot, document)], {
        encoding: 'utf8',
      });
      return JSON.parse(out) as Omit<ExtractionTime, 'document' | 'runs'>;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    document,
    runs,
    firstMs: median(results.map((r) => r.firstMs)),
    laterMs: median(results.map((r) => r.laterMs)),
    candidates: results[0]?.candidates ?? 0,
  };
}

/**
 * The bench table's rows for a measurement: the first call, then a later one.
 * @example extractionRows({ document: 'a/doc.txt', runs: 3, firstMs: 521.4, laterMs: 33.6, candidates: 6 })[0]
 * // { metric: 'extract figures, first call in a process', value: '521 ms', note: 'doc.txt (6 drafts), median of 3 fresh processes' }
 */
export function extractionRows(
  t: ExtractionTime,
): { metric: string; value: string; note: string }[] {
  const of = `${basename(t.document)} (${t.candidates} drafts), median of ${t.runs} fresh processes`;
  return [
    {
      metric: 'extract figures, first call in a process',
      value: `${t.firstMs.toFixed(0)} ms`,
      note:
        t.document === SEED_DOCUMENT
          ? `${of}; target < 565 ms, half the first call before compileAhead.ts`
          : of,
    },
    {
      metric: 'extract figures, a later call',
      value: `${t.laterMs.toFixed(0)} ms`,
      note: of,
    },
  ];
}
