// The layers of the code are enforced by `npm run lint` (eslint.config.js): each forbidden import
// or global below must fail it, and each allowed one (the controls) must pass. Lints text under
// a file name in the right folder, so no file is written into src/.

import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
let eslint: ESLint;
// Loading the config and the TypeScript and Svelte parsers is the slow part: do it once here.
beforeAll(async () => {
  eslint = new ESLint({ cwd: root });
  await eslint.lintText('', { filePath: `${root}src/model/warm.ts` });
  await eslint.lintText('', { filePath: `${root}src/views/Warm.svelte` });
}, 120_000);

/** Rule ids ESLint reports for `code` as if it were the file `file`. */
async function ruleIds(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${file}` });
  return result!.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

const IMPORTS = '@typescript-eslint/no-restricted-imports';
const DYNAMIC = 'no-restricted-syntax';
const GLOBALS = 'no-restricted-globals';

describe('lint layers', () => {
  it.each([
    // Plain-TS folders never import Svelte.
    { file: 'src/model/probe.ts', code: "import { mount } from 'svelte';", rule: IMPORTS },
    {
      file: 'src/data/probe.ts',
      code: "import Card from '../components/FigureCard.svelte';",
      rule: IMPORTS,
    },
    {
      file: 'src/export/probe.ts',
      code: "import { Environment } from '../components/environment.svelte.ts';",
      rule: IMPORTS,
    },
    // Only charts/ imports Chart.js (types are allowed: they describe what charts/ hands out).
    { file: 'src/export/probe.ts', code: "import { Chart } from 'chart.js';", rule: IMPORTS },
    { file: 'src/components/probe.ts', code: "import 'chart.js/auto';", rule: IMPORTS },
    {
      file: 'src/export/probe.ts',
      code: "import type { Chart } from 'chart.js'; export type C = Chart;",
      rule: null,
    },
    {
      file: 'src/charts/probe.ts',
      code: "import { Chart } from 'chart.js'; export const c = Chart;",
      rule: null,
    },
    // Components never import views.
    {
      file: 'src/components/Probe.svelte',
      code: '<script lang="ts">import { Router } from \'../views/router.svelte.ts\';</script>',
      rule: IMPORTS,
    },
    {
      file: 'src/views/Probe.svelte',
      code: '<script lang="ts">import Card from \'../components/FigureCard.svelte\';</script><Card />',
      rule: null,
    },
    // Node-only modules never reach the browser bundles, statically or with import().
    { file: 'src/views/probe.ts', code: "import { readFileSync } from 'node:fs';", rule: IMPORTS },
    { file: 'src/main.ts', code: "import { publish } from './build/publish.ts';", rule: IMPORTS },
    {
      file: 'src/components/probe.ts',
      code: "import { startServer } from '../../test/support/staticServer.ts';",
      rule: IMPORTS,
    },
    {
      file: 'src/data/probe.ts',
      code: "import { loadDataset } from './loadDataset.ts';",
      rule: IMPORTS,
    },
    { file: 'src/model/probe.ts', code: "export const fs = import('node:fs');", rule: DYNAMIC },
    {
      file: 'src/views/probe.ts',
      code: "export const cli = import('../cli/figures.ts');",
      rule: DYNAMIC,
    },
    {
      file: 'src/cli/probe.ts',
      code: "import { loadDataset } from '../data/loadDataset.ts'; export const l = loadDataset;",
      rule: null,
    },
    {
      file: 'src/views/probe.ts',
      code: "export const x = import('../authoring/extract.ts');",
      rule: null,
    },
    // Browser globals only where a browser runs; Node globals only in Node folders.
    { file: 'src/model/probe.ts', code: 'export const w = window.innerWidth;', rule: GLOBALS },
    { file: 'src/data/probe.ts', code: 'export const cwd = process.cwd();', rule: GLOBALS },
    { file: 'src/views/probe.ts', code: 'export const cwd = process.cwd();', rule: GLOBALS },
    { file: 'src/build/probe.ts', code: 'export const w = document.title;', rule: GLOBALS },
    { file: 'src/views/probe.ts', code: 'export const t = document.title;', rule: null },
    { file: 'src/cli/probe.ts', code: 'export const cwd = process.cwd();', rule: null },
    {
      file: 'src/model/probe.ts',
      code: 'export const u = new URL("https://x.test/");',
      rule: null,
    },
  ])('$file: $code → $rule', async ({ file, code, rule }) => {
    const ids = await ruleIds(file, code);
    if (rule === null) expect(ids).toEqual([]);
    else expect(ids).toContain(rule);
  });

  it('the message says how to fix it', async () => {
    const [result] = await eslint.lintText("import { Chart } from 'chart.js';", {
      filePath: `${root}src/model/probe.ts`,
    });
    expect(result!.messages[0]?.message).toMatch(/Only src\/charts\/ imports Chart\.js/);
  });
});
