// Runs `npm run figures` on temporary copies of data/, as a user would: extract to a draft,
// check a broken copy, and re-anchor with --fix after the text moved. Commands run in-process
// through the CLI's own runFigures (console output captured); the program's entry, run through
// tsx as a child process, is tested in figures.entry.test.ts (integration project).

import { describe, expect, it, beforeEach, afterEach, vi } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { format } from 'node:util';
import { runFigures } from '../../src/cli/figures.ts';

const root = resolve(import.meta.dirname, '../..');
const SEED = 'mofa-2002-10-14-kawaguchi-putin';
const ERROR_LINE = /^(\S+):(\d+):(\d+) — (\S+) — (\S+) — (.+) — (.+)$/;

/** `npm run figures -- …args`, in this process: its exit code and what it printed where. */
function figures(...args: string[]) {
  let out = '';
  let err = '';
  const spies = [
    vi
      .spyOn(console, 'log')
      .mockImplementation((...a: unknown[]) => void (out += `${format(...a)}\n`)),
    vi
      .spyOn(console, 'error')
      .mockImplementation((...a: unknown[]) => void (err += `${format(...a)}\n`)),
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true)),
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true)),
  ];
  try {
    const code = runFigures(args);
    return { code, out, err, all: `${out}${err}` };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}

/** A temp folder holding a copy of data/, removed after each test. */
let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'cited-figures-'));
  cpSync(resolve(root, 'data'), join(tmp, 'data'), { recursive: true });
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

const figureFile = () => join(tmp, 'data/figures', `${SEED}.json`);
const sourceText = () => join(tmp, 'data/sources', `${SEED}.txt`);

describe('figures extract', { timeout: 60_000 }, () => {
  it('writes a draft with the six seed figures and refuses to overwrite it without --force', () => {
    const out = join(tmp, 'draft.json');
    const first = figures('extract', sourceText(), '--out', out, '--source-id', SEED);
    expect(first.code, first.all).toBe(0);
    expect(first.out).toContain('6 candidate figures');
    const draft = JSON.parse(readFileSync(out, 'utf8')) as {
      figures: { value: number }[];
      charts: unknown[];
    };
    expect(draft.figures.map((f) => f.value)).toEqual([40, 100, 30, 45, 1e9, 8e9]);
    expect(draft.charts.length).toBeGreaterThan(0);

    const again = figures('extract', sourceText(), '--out', out);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/already exists .*--force/);
    expect(figures('extract', sourceText(), '--out', out, '--force').code).toBe(0);
  });

  it.each([
    {
      name: 'a missing file',
      setup: () => join(tmp, 'nope.txt'),
      message: /nope\.txt does not exist/,
    },
    {
      name: 'non-UTF-8 bytes',
      setup: () => {
        const p = join(tmp, 'latin1.txt');
        writeFileSync(p, Buffer.from([0x4f, 0x4b, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x0a]));
        return p;
      },
      message: /is not valid UTF-8 \(first bad byte 0xe9 at byte 6, line 2\)/,
    },
    {
      name: 'an empty file',
      setup: () => {
        const p = join(tmp, 'empty.txt');
        writeFileSync(p, '');
        return p;
      },
      message: /empty\.txt is empty — nothing to extract/,
    },
    {
      name: 'a file of whitespace',
      setup: () => {
        const p = join(tmp, 'blank.txt');
        writeFileSync(p, ' \n\n\t\n');
        return p;
      },
      message: /blank\.txt is empty \(only whitespace\)/,
    },
    {
      name: '4 KB of NUL bytes',
      setup: () => {
        const p = join(tmp, 'nul.txt');
        writeFileSync(p, Buffer.alloc(4096));
        return p;
      },
      message: /nul\.txt looks binary: 4096 NUL bytes, the first at byte 0 \(line 1\)/,
    },
    {
      name: 'text with a NUL byte inside',
      setup: () => {
        const p = join(tmp, 'mixed.txt');
        writeFileSync(p, Buffer.concat([Buffer.from('Exports rose 5%.\nNext'), Buffer.from([0])]));
        return p;
      },
      message: /mixed\.txt looks binary: 1 NUL byte, the first at byte 21 \(line 2\)/,
    },
  ])('says clearly what is wrong with $name', ({ setup, message }) => {
    const r = figures('extract', setup(), '--out', join(tmp, 'x.json'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(existsSync(join(tmp, 'x.json'))).toBe(false);
  });

  it('prints a summary, not one line per candidate, for a large input (all with --verbose)', () => {
    const p = join(tmp, 'big.txt');
    const para = (i: number) =>
      `${i + 1}. Exports of item ${i + 1} rose ${(i % 50) + 1}% last year.`;
    writeFileSync(p, Array.from({ length: 300 }, (_, i) => para(i)).join('\n\n'));
    const out = join(tmp, 'big.json');
    const r = figures('extract', p, '--out', out);
    expect(r.code, r.all).toBe(0);
    expect(r.out).toContain('300 candidate figures');
    expect(r.out).toContain(`… and 280 more in ${out} (--verbose lists them all here)`);
    expect(r.out.split('\n').filter((l) => / — "rose \d+%" at \[/.test(l))).toHaveLength(20);
    const draft = JSON.parse(readFileSync(out, 'utf8')) as { figures: unknown[] };
    expect(draft.figures).toHaveLength(300);
    const all = figures('extract', p, '--out', out, '--force', '--verbose');
    expect(all.out.split('\n').filter((l) => / — "rose \d+%" at \[/.test(l))).toHaveLength(300);
  });
});

describe('figures extract reads the source record', { timeout: 60_000 }, () => {
  // A Stats NZ release never names New Zealand: only its record says whose dollar "$" is.
  const release = 'Goods trade: October\n\nGoods exports rose $85 million to $4.1 billion.\n';
  const units = (out: string) =>
    (JSON.parse(readFileSync(out, 'utf8')) as { figures: { unit: string }[] }).figures.map(
      (f) => f.unit,
    );

  it('beside the text (<id>.json, as in data/sources/), or named by --source', () => {
    const p = join(tmp, 'release.txt');
    writeFileSync(p, release);
    const out = join(tmp, 'draft.json');
    expect(figures('extract', p, '--out', out).code).toBe(0);
    expect(units(out)).toEqual(['USD', 'USD']);
    writeFileSync(join(tmp, 'release.json'), JSON.stringify({ publisher: 'Stats NZ' }));
    expect(figures('extract', p, '--out', out, '--force').code).toBe(0);
    expect(units(out)).toEqual(['NZD', 'NZD']);
    const other = join(tmp, 'record.json');
    writeFileSync(other, JSON.stringify({ url: 'https://www.rba.gov.au/media' }));
    expect(figures('extract', p, '--out', out, '--force', '--source', other).code).toBe(0);
    expect(units(out)).toEqual(['AUD', 'AUD']);
  });

  it('refuses a --source that is missing or not a record, saying which', () => {
    const p = join(tmp, 'release.txt');
    writeFileSync(p, release);
    const missing = figures('extract', p, '--out', join(tmp, 'd.json'), '--source', 'nope.json');
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/--source nope\.json does not exist/);
    writeFileSync(join(tmp, 'list.json'), '[]');
    const list = figures(
      'extract',
      p,
      '--out',
      join(tmp, 'd.json'),
      '--source',
      join(tmp, 'list.json'),
    );
    expect(list.code).toBe(2);
    expect(list.err).toMatch(/is not a source record/);
  });

  it('eval gives the extractor a truth file\'s "source"', () => {
    writeFileSync(join(tmp, 'release.txt'), release);
    const amount = (stated: string, value: number, unit: string) => {
      const start = release.indexOf(stated);
      return {
        stated,
        start,
        end: start + stated.length,
        kind: 'amount',
        value,
        unit,
        status: 'actual',
      };
    };
    const truth = {
      publisher: 'statistics office',
      source: { publisher: 'Stats NZ', date: '2016-11-24' },
      figures: [amount('$85 million', 85e6, 'NZD'), amount('$4.1 billion', 4.1e9, 'NZD')],
      traps: [],
    };
    writeFileSync(join(tmp, 'release.truth.json'), JSON.stringify(truth));
    const r = figures('eval', tmp);
    expect(r.code, r.all).toBe(0);
    expect(r.out).toMatch(
      /^overall\s+1 documents\s+2\s+2\s+1\.00\s+1\.00\s+0\s+1\.00\s+1\.00\s+1\.00/m,
    );
    writeFileSync(join(tmp, 'release.truth.json'), JSON.stringify({ ...truth, source: {} }));
    expect(figures('eval', tmp).out).toMatch(
      /^overall\s+1 documents\s+2\s+2\s+1\.00\s+1\.00\s+0\s+1\.00\s+1\.00\s+0\.00/m,
    );
  });
});

describe('figures eval', { timeout: 60_000 }, () => {
  // The whole evaluation set through the CLI: 15 s quiet, 26 s on a loaded two-core machine, 56 s
  // in a gate run beside two other test runs; the set grows each round.
  it(
    'prints recall, precision, traps and field accuracy per document and overall',
    { timeout: 300_000 },
    () => {
      const r = figures('eval', 'test/fixtures/prose');
      expect(r.code, r.all).toBe(0);
      const lines = r.out.trim().split('\n');
      expect(lines[0]).toMatch(
        /^document\s+publisher\s+figures\s+found\s+recall\s+precision\s+traps\s+kind\s+value\s+unit\s+status$/,
      );
      expect(lines.length).toBeGreaterThanOrEqual(14);
      expect(lines.at(-2)).toMatch(
        /^overall\s+\d+ documents\s+\d+\s+\d+\s+[01]\.\d\d\s+[01]\.\d\d\s+0\s/,
      );
      // The counts behind the rates: a rate below one never prints as 1.00.
      const counts = lines.at(-1)!.match(/^counts\s+recall (\d+)\/(\d+)\s+precision (\d+)\/(\d+)/);
      expect(counts, lines.at(-1)).not.toBeNull();
      const overall = lines.at(-2)!.split(/\s{2,}/);
      expect(overall[4] === '1.00').toBe(counts![1] === counts![2]);
    },
  );

  it('says which truth entry points at the wrong words', () => {
    cpSync(resolve('test/fixtures/prose/summit-communique.txt'), join(tmp, 'doc.txt'));
    const truth = {
      publisher: 'x',
      figures: [],
      traps: [{ text: '2032', start: 0, end: 4, why: 'year' }],
    };
    writeFileSync(join(tmp, 'doc.truth.json'), JSON.stringify(truth));
    const r = figures('eval', tmp);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /doc\.truth\.json: traps\[0\]: "2032" is not at \[0, 4\) \(the text there is "Lead"\)/,
    );
  });

  it('refuses a range written as a list, saying how to write it', () => {
    cpSync(resolve('test/fixtures/prose/summit-communique.txt'), join(tmp, 'doc.txt'));
    const truth = {
      publisher: 'x',
      figures: [
        {
          ...{ stated: '2 to 3 percent', start: 0, end: 14, kind: 'change' },
          ...{ range: [2, 3], unit: 'percent', status: 'expected' },
        },
      ],
      traps: [],
    };
    writeFileSync(join(tmp, 'doc.truth.json'), JSON.stringify(truth));
    const r = figures('eval', tmp);
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      'doc.truth.json: figures[0] "2 to 3 percent": range [2,3] — write {"low": <number>, "high": <number>}, low ≤ high',
    );
  });
});

describe('figures check', { timeout: 60_000 }, () => {
  it('passes on the real data', () => {
    const r = figures('check', join(tmp, 'data'));
    expect(r.code, r.all).toBe(0);
    expect(r.out).toMatch(/^data OK: 1 source\(s\), 6 figure\(s\)/);
  });

  it('reports a broken quote as file:line:column — figure — field — what — fix, and exits 1', () => {
    const text = readFileSync(figureFile(), 'utf8');
    writeFileSync(
      figureFile(),
      text.replace('"start": 4317,\n        "end": 4456', '"start": 4318,\n        "end": 4457'),
    );
    const r = figures('check', join(tmp, 'data'));
    expect(r.code).toBe(1);
    const lines = r.err.split('\n').filter((l) => ERROR_LINE.test(l));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines[0]).toMatch(
      /^data\/figures\/mofa-2002-10-14-kawaguchi-putin\.json:\d+:\d+ — japan-exports-to-russia-2001 — quote\.exact — /,
    );
    // Re-anchoring names where the quote really stands.
    expect(r.err).toMatch(
      /japan-exports-to-russia-2001 — quote — no longer stands at \[4318, 4457\); the same text stands at \[4317, 4456\)/,
    );
  });

  it('--fix re-anchors every quote after text is inserted at the top, then check passes', () => {
    const original = readFileSync(figureFile(), 'utf8');
    writeFileSync(
      sourceText(),
      `Note added by the editor.\n\n${readFileSync(sourceText(), 'utf8')}`,
    );
    const before = figures('check', join(tmp, 'data'));
    expect(before.code).toBe(1);
    expect(before.err).toContain('can be re-anchored with --fix');

    const fix = figures('check', '--fix', join(tmp, 'data'));
    expect(fix.code, fix.all).toBe(0);
    expect(fix.out).toContain('sha256 — updated to the new text');
    expect(figures('check', join(tmp, 'data')).code).toBe(0);

    // Only offsets changed: same lines, same formatting and key order.
    const fixed = readFileSync(figureFile(), 'utf8');
    const a = original.split('\n');
    const b = fixed.split('\n');
    expect(b).toHaveLength(a.length);
    const changed = a.flatMap((line, i) => (line === b[i] ? [] : [`${line} → ${b[i]}`]));
    expect(changed.length).toBeGreaterThan(0);
    for (const c of changed)
      expect(c).toMatch(/^\s+"(start|end)": \d+,? → \s+"(start|end)": \d+,?$/);
  });

  it('keeps a quote that cannot be found as an error and leaves the sha256 alone', () => {
    const text = readFileSync(sourceText(), 'utf8');
    writeFileSync(
      sourceText(),
      text.replace(/So far Japan has invested[^\n]*/, 'Nothing more was said.'),
    );
    const sha = readFileSync(join(tmp, 'data/sources', `${SEED}.json`), 'utf8');
    const r = figures('check', '--fix', join(tmp, 'data'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/japan-investment-so-far — quote — .* cannot be found in source/);
    expect(r.err).toMatch(/sha256 — not updated: 2 quotes of this source could not be found/);
    expect(readFileSync(join(tmp, 'data/sources', `${SEED}.json`), 'utf8')).toBe(sha);
    expect(readFileSync(figureFile(), 'utf8')).toContain('"id": "japan-investment-so-far"');
  });
});
