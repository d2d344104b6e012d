// Tests for src/authoring/extract/compileAhead.ts: compiling a pattern ahead changes neither what it
// matches nor its lastIndex; the largest patterns are the ones compiled; and in V8 the filler run
// does compile them straight to machine code (a child process traces the regexp tiers).

import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  COMPILE_AHEAD_MIN_SOURCE,
  LARGE_PATTERNS,
  compileAhead,
  subjectKindOf,
} from '../../../src/authoring/extract/compileAhead.ts';
import {
  AMOUNT_RANGE_RE,
  CHANGE_BEFORE_RE,
  MULTIPLIER_RE,
  RANGE_RE,
} from '../../../src/authoring/extract/vocabulary.ts';
import { NAMED_CURRENCY_RE } from '../../../src/model/numberVocabulary.ts';
import { LONG_PATTERNS as RANGE_READER_PATTERNS } from '../../../src/model/statedRange.ts';
import { LONG_PATTERNS as VALUE_READER_PATTERNS } from '../../../src/model/statedValue.ts';

const projectRoot = resolve(import.meta.dirname, '../../..');

describe('compileAhead', () => {
  it.each([
    { flags: 'gi', lastIndex: 0 },
    { flags: 'gi', lastIndex: 7 },
    { flags: 'iy', lastIndex: 4 },
    { flags: 'i', lastIndex: 0 },
  ])('keeps lastIndex $lastIndex of a /$flags pattern', ({ flags, lastIndex }) => {
    const re = new RegExp(String.raw`\d+(?:\.\d+)?\s?%`, flags);
    re.lastIndex = lastIndex;
    compileAhead([re], 'one-byte');
    compileAhead([re], 'two-byte');
    expect(re.lastIndex).toBe(lastIndex);
  });

  it.each([
    { re: AMOUNT_RANGE_RE, text: 'Losses were between $2 billion and $5 billion last year.' },
    { re: RANGE_RE, text: 'Growth is seen at 1.5–2.5 per cent in 2034.' },
    { re: MULTIPLIER_RE, text: 'Exports more than doubled to a record in 2033.' },
  ])('matches as before: $text', ({ re, text }) => {
    const fresh = new RegExp(re.source, re.flags);
    const before = [...text.matchAll(fresh)].map((m) => [m.index, m[0]]);
    compileAhead([re], subjectKindOf(text));
    expect([...text.matchAll(re)].map((m) => [m.index, m[0]])).toEqual(before);
    expect(before.length).toBeGreaterThan(0);
  });
});

describe('subjectKindOf', () => {
  it.each([
    { text: 'Exports rose 4% to £2 billion in 2001.', kind: 'one-byte' },
    { text: 'Exports rose 4% to €2 billion in 2001.', kind: 'two-byte' },
    { text: 'Growth is seen at 1.5–2.5 per cent.', kind: 'two-byte' },
    { text: 'Exports rose 4% in 2001 (“preliminary”).', kind: 'two-byte' },
  ])('$text → $kind', ({ text, kind }) => {
    expect(subjectKindOf(text)).toBe(kind);
  });
});

describe('LARGE_PATTERNS', () => {
  it('holds the largest vocabulary and reader patterns, and none shorter than the floor', () => {
    expect(LARGE_PATTERNS).toEqual(
      expect.arrayContaining([AMOUNT_RANGE_RE, CHANGE_BEFORE_RE, RANGE_RE, NAMED_CURRENCY_RE]),
    );
    for (const re of LARGE_PATTERNS)
      expect(re.source.length).toBeGreaterThanOrEqual(COMPILE_AHEAD_MIN_SOURCE);
  });

  it('lists in each reader only patterns long enough to be compiled ahead', () => {
    // A listed pattern that shrank below the floor should leave its reader's LONG_PATTERNS.
    for (const re of [...VALUE_READER_PATTERNS, ...RANGE_READER_PATTERNS, NAMED_CURRENCY_RE])
      expect(re.source.length, re.source.slice(0, 60)).toBeGreaterThanOrEqual(
        COMPILE_AHEAD_MIN_SOURCE,
      );
  });
});

describe('in V8', () => {
  /** The regexp tiers V8 traces in a child process that runs AMOUNT_RANGE_RE, made fresh, on a
   *  sentence, compiled ahead or not. */
  const trace = (ahead: boolean) =>
    execFileSync(
      process.execPath,
      [
        '--trace-regexp-tier-up',
        '--import',
        'tsx',
        '--input-type=module',
        '-e',
        `import { compileAhead } from './src/authoring/extract/compileAhead.ts';
         const re = new RegExp(${JSON.stringify(`(?:${AMOUNT_RANGE_RE.source})|zz-fresh`)}, 'gi');
         if (${ahead}) compileAhead([re], 'one-byte');
         re.exec('Losses were between $2 billion and $5 billion.');`,
      ],
      { cwd: projectRoot, encoding: 'utf8' },
    );
  // Its bytecode is over a megabyte; the loader's own patterns stay under 100 kB.
  const LARGE_BYTECODE = /bytecode size: \d{6,}/;

  it('compiles a pattern straight to machine code, with no bytecode, on its filler run', () => {
    // If this fails, V8 no longer tiers up on a long first subject (NATIVE_SUBJECT_LENGTH): the
    // filler run then costs one failed match, and compileAhead.ts wants a new reason or removal.
    const ahead = trace(true);
    expect(ahead).toContain('Forcing tier-up for very long strings');
    expect(ahead).not.toMatch(LARGE_BYTECODE);
    // The control: run first on a sentence, the same pattern is compiled to bytecode.
    expect(trace(false)).toMatch(LARGE_BYTECODE);
  }, 60_000);
});
