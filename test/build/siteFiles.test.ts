// The build's write path: a file is written only when its bytes changed, what a writer no longer
// publishes is removed, and a published cache file is linked once and then left alone.

import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import {
  manifestDirFor,
  publishCopy,
  recordPublished,
  writeChangedFiles,
} from '../../src/build/siteFiles.ts';

const tmp = mkdtempSync(join(tmpdir(), 'cited-site-files-'));
process.env.CITED_CACHE_DIR = join(tmp, 'cache');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let out = '';
let run = 0;
beforeEach(() => {
  out = join(tmp, `dist-${run++}`);
});

/** Marks every file old, so a rewrite shows as a newer modification time. */
const age = (paths: string[]) =>
  paths.forEach((p) => utimesSync(join(out, p), new Date(0), new Date(0)));
const mtime = (path: string) => statSync(join(out, path)).mtimeMs;

interface Row {
  name: string;
  second: Record<string, string>;
  expected: { written: number; unchanged: number; removed: number };
  rewritten: string[];
  gone: string[];
}

describe('writeChangedFiles', () => {
  it.each<Row>([
    {
      name: 'nothing changed',
      second: { 'a.json': '{"a":1}\n', 'sub/b.csv': 'x,y\n' },
      expected: { written: 0, unchanged: 2, removed: 0 },
      rewritten: [],
      gone: [],
    },
    {
      name: 'one file changed, same length',
      second: { 'a.json': '{"a":2}\n', 'sub/b.csv': 'x,y\n' },
      expected: { written: 1, unchanged: 1, removed: 0 },
      rewritten: ['a.json'],
      gone: [],
    },
    {
      name: 'one file gone, one new',
      second: { 'a.json': '{"a":1}\n', 'c/d.html': '<p>new</p>' },
      expected: { written: 1, unchanged: 1, removed: 1 },
      rewritten: ['c/d.html'],
      gone: ['sub/b.csv'],
    },
  ])('$name', ({ second, expected, rewritten, gone }) => {
    const first = { 'a.json': '{"a":1}\n', 'sub/b.csv': 'x,y\n' };
    expect(writeChangedFiles(out, 'test', first)).toEqual({
      written: 2,
      unchanged: 0,
      removed: 0,
    });
    age(Object.keys(first));
    expect(writeChangedFiles(out, 'test', second)).toEqual(expected);
    for (const [path, body] of Object.entries(second)) {
      expect(readFileSync(join(out, path), 'utf8')).toBe(body);
      expect(mtime(path) > 0, `${path} rewritten`).toBe(rewritten.includes(path));
    }
    for (const path of gone) expect(existsSync(join(out, path)), path).toBe(false);
  });

  it('rewrites a file changed or deleted by hand, and never removes another writer’s files', () => {
    writeChangedFiles(out, 'one', { 'a.txt': 'a' });
    writeChangedFiles(out, 'two', { 'b.txt': 'b' });
    writeFileSync(join(out, 'a.txt'), 'edited');
    rmSync(join(out, 'b.txt'));
    expect(writeChangedFiles(out, 'one', { 'a.txt': 'a' }).written).toBe(1);
    expect(writeChangedFiles(out, 'two', { 'b.txt': 'b' }).written).toBe(1);
    expect(writeChangedFiles(out, 'one', {}).removed).toBe(1);
    expect(readFileSync(join(out, 'b.txt'), 'utf8')).toBe('b');
  });

  it('keeps its lists outside the output folder, one folder per output folder', () => {
    writeChangedFiles(out, 'one', { 'a.txt': 'a' });
    expect(manifestDirFor(out).startsWith(process.env.CITED_CACHE_DIR!)).toBe(true);
    expect(manifestDirFor(out)).not.toBe(manifestDirFor(`${out}-other`));
    expect(existsSync(join(manifestDirFor(out), 'one.txt'))).toBe(true);
  });
});

describe('recordPublished', () => {
  it('removes only what the same owner published before', () => {
    mkdirSync(join(out, 'assets'), { recursive: true });
    for (const f of ['index.html', 'assets/old.js', 'assets/new.js', 'assets/other.js'])
      writeFileSync(join(out, f), f);
    expect(recordPublished(out, 'vite', ['index.html', 'assets/old.js'])).toBe(0);
    expect(recordPublished(out, 'vite', ['index.html', 'assets/new.js'])).toBe(1);
    expect(existsSync(join(out, 'assets/old.js'))).toBe(false);
    expect(existsSync(join(out, 'assets/other.js')), 'never listed: left alone').toBe(true);
  });
});

describe('publishCopy', () => {
  it('links a cache file once, then leaves it; a changed cache entry replaces it', () => {
    const cache = join(tmp, `cache-files-${run}`);
    mkdirSync(cache, { recursive: true });
    mkdirSync(out, { recursive: true });
    const entry = join(cache, 'k1.png');
    const target = join(out, 'chart.png');
    writeFileSync(entry, 'png-1');
    expect(publishCopy(entry, target)).toBe('written');
    expect(publishCopy(entry, target)).toBe('unchanged');
    expect(readFileSync(target, 'utf8')).toBe('png-1');
    // The cache writes a new entry under a new key (never in place): the target follows it.
    const next = join(cache, 'k2.png');
    writeFileSync(next, 'png-2');
    expect(publishCopy(next, target)).toBe('written');
    expect(readFileSync(target, 'utf8')).toBe('png-2');
    expect(readFileSync(entry, 'utf8'), 'the old entry is untouched').toBe('png-1');
    // A copy with the same bytes (made by another tool) is left as it is.
    rmSync(target);
    writeFileSync(target, 'png-2');
    expect(publishCopy(next, target)).toBe('unchanged');
  });
});
