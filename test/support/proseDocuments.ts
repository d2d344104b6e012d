// The documents of a prose evaluation folder (test/fixtures/prose and its subfolders): each
// <name>.truth.json with its <name>.txt, sorted by name.

import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Truth } from '../../src/authoring/evaluate.ts';

export interface ProseDocument {
  name: string;
  text: string;
  truth: Truth;
}

export function proseDocuments(dir: string): ProseDocument[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.truth.json'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.truth\.json$/, '');
      return {
        name,
        text: readFileSync(resolve(dir, `${name}.txt`), 'utf8'),
        truth: JSON.parse(readFileSync(resolve(dir, f), 'utf8')) as Truth,
      };
    });
}
