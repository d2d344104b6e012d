// Reading data/ from disk into temp folders: every file problem becomes a DataError naming the
// file and the fix, never an exception; a sound folder loads and validates.

import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, loadDataset, readDataDir } from '../../src/data/loadDataset.ts';
import {
  SOURCE_ID,
  SOURCE_TEXT,
  figureFileText,
  sourceMetaText,
  tinyData,
} from '../support/fixtures.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temp project folder with data/ written from the tiny dataset, minus what `skip` names. */
function project(
  skip: { sources?: boolean; figures?: boolean; txt?: boolean; json?: boolean } = {},
) {
  const root = mkdtempSync(join(tmpdir(), 'cited-load-'));
  made.push(root);
  const data = join(root, 'data');
  const d = tinyData();
  if (!skip.sources) {
    mkdirSync(join(data, 'sources'), { recursive: true });
    if (!skip.json)
      writeFileSync(join(data, 'sources', `${SOURCE_ID}.json`), sourceMetaText(d.sources[0]!));
    if (!skip.txt) writeFileSync(join(data, 'sources', `${SOURCE_ID}.txt`), SOURCE_TEXT);
  }
  if (!skip.figures) {
    mkdirSync(join(data, 'figures'), { recursive: true });
    writeFileSync(join(data, 'figures', 'tiny.json'), figureFileText(d.figureFiles[0]!));
  }
  return { root, data };
}

describe('loadDataset', () => {
  it('loads a sound folder with no errors, paths relative to the root', () => {
    const { root, data } = project();
    const { errors, dataset, texts } = loadDataset(data, root);
    expect(errors).toEqual([]);
    expect(dataset.figures).toHaveLength(3);
    expect(texts.get(SOURCE_ID)).toBe(SOURCE_TEXT);
  });

  it.each([
    {
      name: 'missing sources folder',
      skip: { sources: true },
      file: 'data/sources',
      message: /folder is missing/,
      fix: /create data\/sources\//,
    },
    {
      name: 'missing figures folder',
      skip: { figures: true },
      file: 'data/figures',
      message: /folder is missing/,
      fix: /create data\/figures\//,
    },
    {
      name: '.json without .txt',
      skip: { txt: true },
      file: `data/sources/${SOURCE_ID}.json`,
      message: /has no text file beside it/,
      fix: /add the verbatim source text as <id>\.txt/,
    },
    {
      name: '.txt without .json',
      skip: { json: true },
      file: `data/sources/${SOURCE_ID}.txt`,
      message: /has no metadata file beside it/,
      fix: new RegExp(`add ${SOURCE_ID}\\.json with id, title`),
    },
  ])('$name → an error, not an exception', ({ skip, file, message, fix }) => {
    const { root, data } = project(skip);
    const { errors } = loadDataset(data, root);
    const e = errors.find((x) => message.test(x.message));
    expect(e, JSON.stringify(errors, null, 2)).toBeDefined();
    expect(e!.file).toBe(file);
    expect(e!.fix).toMatch(fix);
  });

  it('a source text that is not UTF-8 → an error naming the file', () => {
    const { root, data } = project();
    writeFileSync(
      join(data, 'sources', `${SOURCE_ID}.txt`),
      Buffer.from([0x54, 0x61, 0xff, 0xfe, 0x6c]),
    );
    const { errors } = loadDataset(data, root);
    expect(errors).toContainEqual({
      file: `data/sources/${SOURCE_ID}.txt`,
      message: 'is not valid UTF-8 text',
      fix: 'save the file as UTF-8 text',
    });
  });

  it('a figure file that is not UTF-8 → an error naming the file', () => {
    const { root, data } = project();
    writeFileSync(join(data, 'figures', 'latin1.json'), Buffer.from('{"caf\xe9": 1}', 'latin1'));
    const { errors } = readDataDir(data, root);
    expect(errors.map((e) => [e.file, e.message])).toEqual([
      ['data/figures/latin1.json', 'is not valid UTF-8 text'],
    ]);
  });

  it('a file larger than the limit is refused before parsing', () => {
    const { root, data } = project();
    writeFileSync(join(data, 'figures', 'huge.json'), Buffer.alloc(MAX_FILE_BYTES + 1, 0x20));
    const { errors } = readDataDir(data, root);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.file).toBe('data/figures/huge.json');
    expect(errors[0]!.message).toMatch(/more than the 20971520 allowed/);
    expect(errors[0]!.fix).toMatch(/split the file/);
  });

  it('an unreadable path (a folder named like a file) → an error, not an exception', () => {
    const { root, data } = project();
    mkdirSync(join(data, 'figures', 'folder.json'));
    const { errors } = readDataDir(data, root);
    expect(errors.map((e) => e.file)).toEqual(['data/figures/folder.json']);
    expect(errors[0]!.message).toMatch(/cannot be read/);
  });

  it('hashes the bytes on disk: a changed text fails its sha256', () => {
    const { root, data } = project();
    writeFileSync(join(data, 'sources', `${SOURCE_ID}.txt`), SOURCE_TEXT + '\n');
    const { errors } = loadDataset(data, root);
    expect(errors.map((e) => [e.file, e.field])).toContainEqual([
      `data/sources/${SOURCE_ID}.json`,
      'sha256',
    ]);
  });

  it('ignores files that are neither .json nor .txt', () => {
    const { root, data } = project();
    writeFileSync(join(data, 'figures', 'README.md'), '# notes');
    expect(loadDataset(data, root).errors).toEqual([]);
  });
});
