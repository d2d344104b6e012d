// No stale numbers: the build refuses a source whose text changed since its quotes were checked
// (sha256). Runs the real build (vite build, then src/cli/renderImages.ts) on an edited copy of
// data/ in a temp dir. That pages and images come from the same data folder is checked on the
// site-URL build, which is made from an edited copy (test/dist/editedData.test.ts).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const projectRoot = resolve(import.meta.dirname, '../..');
const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of data/ in a temp dir, changed by `edit`; returns the dir holding data/ and dist/. */
function editedData(edit: (dataDir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'cited-fresh-'));
  temps.push(dir);
  cpSync(resolve(projectRoot, 'data'), join(dir, 'data'), { recursive: true });
  edit(join(dir, 'data'));
  return dir;
}

/**
 * Runs one step of `npm run build` against `dir`/data, writing `dir`/dist: the same programs,
 * started with node directly (npx would add its own start-up to each step).
 */
function run(step: 'vite' | 'images', dir: string) {
  const bin = (path: string) => resolve(projectRoot, 'node_modules', path);
  const args =
    step === 'vite'
      ? [
          bin('vite/bin/vite.js'),
          'build',
          '--outDir',
          join(dir, 'dist'),
          '--emptyOutDir',
          '--logLevel',
          'error',
        ]
      : [bin('tsx/dist/cli.mjs'), 'src/cli/renderImages.ts', join(dir, 'dist')];
  const result = spawnSync(process.execPath, args, {
    cwd: projectRoot,
    env: { ...process.env, CITED_DATA_DIR: join(dir, 'data') },
    encoding: 'utf8',
    timeout: 180_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const only = (dir: string, ext: string) => readdirSync(dir).filter((n) => n.endsWith(ext));

describe('the build and changed source text', { timeout: 200_000 }, () => {
  it('refuses to build pages or images until the new text is re-validated, naming the sha256 fix', () => {
    const dir = editedData((data) => {
      const sources = join(data, 'sources');
      const txt = join(sources, only(sources, '.txt')[0]!);
      // One changed figure in the text: every quote still matches, only the hash can tell.
      writeFileSync(txt, readFileSync(txt, 'utf8').replace('increased 40%', 'increased 45%'));
    });
    const pages = run('vite', dir);
    expect(pages.status).not.toBe(0);
    expect(pages.output).toMatch(/sha256 — does not match data\/sources\/|sha256.*does not match/);
    expect(pages.output).toMatch(
      /re-check every quote of this source and then set "sha256": "[0-9a-f]{64}"/,
    );
    const images = run('images', dir);
    expect(images.status).not.toBe(0);
    expect(images.output).toMatch(/Data validation failed/);
    expect(images.output).toMatch(/sha256/);
    expect(images.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m); // a message, not a stack trace
  });
});
