// Which test files of the node-environment folders ask for jsdom (`// @vitest-environment jsdom`
// on their first line), so vite.config.ts runs them in a process each (unit-isolated) and the
// unit project can share one module graph per worker. It must not import any test code.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const PRAGMA = /^\/\/ @vitest-environment jsdom\b/;

/**
 * The `*.test.ts` files under `folders` (relative to `root`) whose first line is the jsdom pragma,
 * as root-relative paths with forward slashes, sorted.
 *
 * @example
 * domTestFiles('/work/h', ['test/export']) // ['test/export/embedSnippet.test.ts', …]
 */
export function domTestFiles(root: string, folders: readonly string[]): string[] {
  const found: string[] = [];
  for (const folder of folders) {
    const dir = join(root, folder);
    let names: string[];
    try {
      names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
    } catch {
      continue; // a folder with no tests yet
    }
    for (const name of names) {
      if (!name.endsWith('.test.ts')) continue;
      const file = join(dir, name);
      const firstLine = readFileSync(file, 'utf8').split('\n', 1)[0] ?? '';
      if (PRAGMA.test(firstLine)) found.push(relative(root, file).split('\\').join('/'));
    }
  }
  return found.sort();
}
