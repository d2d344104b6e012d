// Reads data/ from disk (Node only) and validates it: the one entry point that the build, the
// dev server and `npm run check:data` share. It does not publish or render anything.

import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { DataError } from './dataError.ts';
import {
  validateData,
  type RawFigureFile,
  type RawSource,
  type ValidationResult,
} from './validate.ts';
import { validateRecords, type RawRecordFile } from './validateRecords.ts';

/** Files bigger than this are refused before parsing: a figure file is a few kilobytes. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/**
 * Reads every source and figure file under `dataDir` and validates them.
 * Paths in errors are relative to `root` (the project folder).
 * @example loadDataset('data').errors // [] when the data is sound
 */
export function loadDataset(
  dataDir: string,
  root = process.cwd(),
): ValidationResult & { texts: Map<string, string> } {
  const { raw, errors } = readDataDir(dataDir, root);
  const result = validateData(raw);
  const texts = new Map(
    raw.sources.map((s) => [s.textPath.replace(/^.*[\\/]/, '').replace(/\.txt$/, ''), s.text]),
  );
  const checked = validateRecords(raw.recordFiles, raw.figureFiles, result.dataset);
  const dataset =
    checked.records.length > 0 ? { ...result.dataset, records: checked.records } : result.dataset;
  return { dataset, errors: [...errors, ...result.errors, ...checked.errors], texts };
}

/** Reads the raw files; unreadable or non-UTF-8 files become errors instead of exceptions. */
export function readDataDir(
  dataDir: string,
  root = process.cwd(),
): {
  raw: { sources: RawSource[]; figureFiles: RawFigureFile[]; recordFiles: RawRecordFile[] };
  errors: DataError[];
} {
  const errors: DataError[] = [];
  const rel = (p: string) => relative(root, p) || p;
  const read = (path: string): { bytes: Buffer; text: string } | undefined => {
    try {
      const bytes = readFileSync(path);
      if (bytes.length > MAX_FILE_BYTES) {
        errors.push({
          file: rel(path),
          message: `is ${bytes.length} bytes, more than the ${MAX_FILE_BYTES} allowed`,
          fix: 'split the file or remove what does not belong in it',
        });
        return undefined;
      }
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      return { bytes, text };
    } catch (e) {
      const message =
        e instanceof TypeError
          ? 'is not valid UTF-8 text'
          : `cannot be read (${(e as Error).message})`;
      errors.push({ file: rel(path), message, fix: 'save the file as UTF-8 text' });
      return undefined;
    }
  };

  const sources: RawSource[] = [];
  const sourcesDir = join(dataDir, 'sources');
  const figuresDir = join(dataDir, 'figures');
  for (const dir of [sourcesDir, figuresDir]) {
    if (!existsSync(dir)) {
      errors.push({
        file: rel(dir),
        message: 'folder is missing',
        fix: `create ${rel(dir)}/ (see README "Data format")`,
      });
    }
  }
  const list = (dir: string) => (existsSync(dir) ? readdirSync(dir).sort() : []);

  for (const name of list(sourcesDir).filter((n) => n.endsWith('.json'))) {
    const metaPath = join(sourcesDir, name);
    const textPath = metaPath.replace(/\.json$/, '.txt');
    if (!existsSync(textPath)) {
      errors.push({
        file: rel(metaPath),
        message: `has no text file beside it (${rel(textPath)})`,
        fix: 'add the verbatim source text as <id>.txt next to <id>.json',
      });
      continue;
    }
    const meta = read(metaPath);
    const text = read(textPath);
    if (!meta || !text) continue;
    sources.push({
      metaPath: rel(metaPath),
      metaText: meta.text,
      textPath: rel(textPath),
      text: text.text,
      textSha256: createHash('sha256').update(text.bytes).digest('hex'),
    });
  }
  for (const name of list(sourcesDir).filter((n) => n.endsWith('.txt'))) {
    if (!existsSync(join(sourcesDir, name.replace(/\.txt$/, '.json')))) {
      errors.push({
        file: rel(join(sourcesDir, name)),
        message: 'has no metadata file beside it',
        fix: `add ${name.replace(/\.txt$/, '.json')} with id, title, publisher, date, url, language and sha256`,
      });
    }
  }

  const figureFiles: RawFigureFile[] = [];
  for (const name of list(figuresDir).filter((n) => n.endsWith('.json'))) {
    const path = join(figuresDir, name);
    const file = read(path);
    if (file) figureFiles.push({ path: rel(path), text: file.text });
  }
  // Records are optional: a data folder without data/records/ simply has none.
  const recordsDir = join(dataDir, 'records');
  const recordFiles: RawRecordFile[] = [];
  for (const name of list(recordsDir).filter((n) => n.endsWith('.json'))) {
    const path = join(recordsDir, name);
    const file = read(path);
    if (file) recordFiles.push({ path: rel(path), text: file.text });
  }
  return { raw: { sources, figureFiles, recordFiles }, errors };
}
