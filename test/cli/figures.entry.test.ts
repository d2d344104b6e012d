// Runs `src/cli/figures.ts help` as a real child process through tsx, the path `npm run figures`
// takes, so the program's entry (argv, exit code, stdout) is tested, not only runFigures.
// Integration project: it starts a process (tsx compiles the CLI), apart from the unit files.

import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const tsx = resolve(root, 'node_modules/.bin/tsx');

describe('figures entry', { timeout: 60_000 }, () => {
  it('prints usage for help, run through tsx as `npm run figures` does', () => {
    const r = spawnSync(tsx, ['src/cli/figures.ts', 'help'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status, `${r.stdout}${r.stderr}`).toBe(0);
    expect(r.stdout).toContain('npm run figures -- check [--fix] [dataDir]');
  });
});
