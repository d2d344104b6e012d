// Fuzzes the data validator (src/data/validate.ts), its JSON parser and the build's data step
// with fast-check: random JSON, mutated copies of the real files, offsets out of range, astral
// characters, non-finite numbers and a 10 MB file. Every input must give DataError[] or a valid
// dataset, never an exception; the build must fail with a DataValidationError, never a stack trace.
import { createHash } from 'node:crypto';
import { mkdtempSync, cpSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { DataValidationError, formatDataError } from '../../src/data/dataError.ts';
import { JsonSyntaxError, parseJsonWithPositions } from '../../src/data/jsonPositions.ts';
import { readDataDir } from '../../src/data/loadDataset.ts';
import { figureFileSchema, sourceFileSchema } from '../../src/data/schema.ts';
import {
  validateData,
  type RawFigureFile,
  type RawSource,
  type ValidationResult,
} from '../../src/data/validate.ts';
import { buildDataFiles } from '../../src/build/dataPlugin.ts';

const projectRoot = resolve(import.meta.dirname, '../..');
const dataDir = resolve(projectRoot, 'data');
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// The real data, read once: every mutation starts from files that validate cleanly.
const real = readDataDir(dataDir, projectRoot);
const realSource = real.raw.sources[0]!;
const realFigureFile = real.raw.figureFiles[0]!;
const realFigureJson = JSON.parse(realFigureFile.text) as Record<string, unknown>;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * Runs the validator and checks the one promise it makes: clear errors or a sound dataset. The
 * checks collect what breaks the promise and assert once (one `expect` a run, not one a field: the
 * matchers were a third of this file's CPU).
 */
function expectClearOrValid(input: {
  sources: RawSource[];
  figureFiles: RawFigureFile[];
}): ValidationResult {
  // A throw fails the property on its own, and fast-check prints the input that threw.
  const result = validateData(input);
  const { dataset, errors } = result;
  const broken: string[] = [];
  for (const e of errors) {
    const where = `error ${JSON.stringify(e.message)}`;
    if (typeof e.file !== 'string') broken.push(`${where}: file is ${typeof e.file}`);
    if (!(e.message.length > 0)) broken.push(`${where}: empty message`);
    if (!(e.fix.length > 0)) broken.push(`${where}: empty fix`);
    if (e.line !== undefined && !(e.line >= 1)) broken.push(`${where}: line ${e.line}`);
    try {
      formatDataError(e);
    } catch (thrown) {
      broken.push(`${where}: formatDataError threw ${String(thrown)}`);
    }
  }
  for (const f of dataset.figures) {
    if (!KEBAB.test(f.id)) broken.push(`figure id ${JSON.stringify(f.id)} is not kebab-case`);
    if (!Number.isFinite(f.value)) broken.push(`figure ${f.id}: value ${f.value} is not finite`);
  }
  expect(broken).toEqual([]);
  return result;
}

/** A figure file whose text is `text`, next to the real source. */
const withFigureText = (text: string) => ({
  sources: [realSource],
  figureFiles: [{ path: 'data/figures/fuzz.json', text }],
});

/** A copy of the real figure file with `value` put at `path` (creating nothing that is absent). */
function mutateAt(json: Json, path: (string | number)[], value: Json | undefined): Json {
  if (path.length === 0) return value ?? null;
  const [head, ...rest] = path;
  if (Array.isArray(json)) {
    const i = Number(head) % Math.max(1, json.length);
    const copy = [...json];
    if (rest.length === 0 && value === undefined) copy.splice(i, 1);
    else copy[i] = mutateAt(json[i] ?? null, rest, value);
    return copy;
  }
  if (json && typeof json === 'object') {
    const keys = Object.keys(json);
    if (keys.length === 0) return json;
    const key = typeof head === 'string' && head in json ? head : keys[Number(head) % keys.length]!;
    const copy = { ...json };
    if (rest.length === 0 && value === undefined) delete copy[key];
    else copy[key] = mutateAt(json[key]!, rest, value);
    return copy;
  }
  return value ?? null;
}

/** Numbers that JSON can carry but the contract forbids somewhere (1e999 parses to Infinity). */
const ODD_NUMBERS = [
  '1e999',
  '-1e999',
  '-1',
  '-0',
  '0.5',
  '1e308',
  '9007199254740993',
  '-100',
  '101',
  '1e-320',
];

/** A text with `count` astral characters before `quote`, and the quote's code-point offsets. */
function astralSource(count: number, quote: string): { text: string; start: number; end: number } {
  const before = '😀𝄞'.repeat(count) + ' said: ';
  const start = [...before].length;
  return { text: `${before}${quote} The end.`, start, end: start + [...quote].length };
}

/** A minimal source (meta + text, hash matching) and a one-figure file quoting it. */
function sourceAndFigure(
  text: string,
  quote: { start: number; end: number },
  stated: { start: number; end: number; text: string },
) {
  const meta = {
    id: 'fuzz-source',
    title: 'A fuzzed source',
    publisher: 'Nobody',
    date: '2002-10-14',
    url: 'https://example.org/',
    language: 'en',
    sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
  };
  const points = [...text];
  const figureFile = {
    charts: [{ id: 'c', title: 'T', description: 'D', topic: 't', figures: ['f'] }],
    figures: [
      {
        id: 'f',
        label: 'F',
        topic: 'trade',
        kind: 'change',
        value: 40,
        unit: 'percent',
        status: 'actual',
        speaker: 'S',
        stated,
        quote: {
          sourceId: 'fuzz-source',
          exact: points.slice(quote.start, quote.end).join(''),
          prefix: points.slice(Math.max(0, quote.start - 5), quote.start).join(''),
          suffix: points.slice(quote.end, quote.end + 5).join(''),
          start: quote.start,
          end: quote.end,
        },
        notes: [],
        chart: 'c',
      },
    ],
  };
  return {
    sources: [
      {
        metaPath: 'data/sources/fuzz-source.json',
        metaText: JSON.stringify(meta),
        textPath: 'data/sources/fuzz-source.txt',
        text,
        textSha256: meta.sha256,
      },
    ],
    figureFiles: [{ path: 'data/figures/fuzz.json', text: JSON.stringify(figureFile, null, 2) }],
  };
}

/**
 * Half the runs of the first version (150–200 per property), seeded so that a gate run is
 * repeatable; CITED_FUZZ_SEED=<n> explores other cases (fast-check prints a failure's seed).
 */
const FUZZ = { seed: Number(process.env.CITED_FUZZ_SEED ?? 20_021_014) };

describe('validateData fuzzing', { timeout: 60_000 }, () => {
  it('accepts the real data unchanged (the baseline every mutation starts from)', () => {
    expect(real.errors).toEqual([]);
    const { errors, dataset } = expectClearOrValid(real.raw);
    expect(errors).toEqual([]);
    expect(dataset.figures.length).toBeGreaterThan(0);
  });

  it('gives errors or a dataset for random JSON as a figure file and as source metadata', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 4 }), (text) => {
        expectClearOrValid(withFigureText(text));
        expectClearOrValid({
          sources: [{ ...realSource, metaText: text }],
          figureFiles: [realFigureFile],
        });
      }),
      { ...FUZZ, numRuns: 150 },
    );
  });

  it('gives errors or a dataset for arbitrary text (including lone surrogates and NUL)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (text) => {
        const { errors } = expectClearOrValid(withFigureText(text));
        expect(errors.length).toBeGreaterThan(0);
      }),
      { ...FUZZ, numRuns: 150 },
    );
  });

  it('reports mutated copies of the real file (a value replaced anywhere) instead of throwing', () => {
    const path = fc.array(
      fc.oneof(
        fc.nat(50),
        fc.constantFrom(
          'figures',
          'charts',
          'quote',
          'stated',
          'start',
          'end',
          'value',
          'id',
          'chart',
          'context',
        ),
      ),
      { minLength: 1, maxLength: 6 },
    );
    fc.assert(
      fc.property(
        path,
        fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined }),
        (p, value) => {
          const mutated = mutateAt(realFigureJson as Json, p, value as Json | undefined);
          expectClearOrValid(withFigureText(JSON.stringify(mutated, null, 2)));
        },
      ),
      { ...FUZZ, numRuns: 200 },
    );
  });

  // The space is finite (5 fields × 10 numbers × 6 figures): every field meets every number once,
  // the figure rotating so each figure is hit 8–9 times. 50 deterministic cases cover what 200
  // random runs sampled (with repeats, about half of the 300 combinations).
  const ODD_FIELDS = ['value', 'quote.start', 'quote.end', 'stated.start', 'stated.end'];
  it.each(
    ODD_FIELDS.flatMap((field, f) =>
      ODD_NUMBERS.map((number, n) => ({ field, number, figureIndex: (f * 10 + n) % 6 })),
    ),
  )(
    'reports $number put in figures[$figureIndex].$field (odd numbers: Infinity via 1e999, negatives, fractions, huge)',
    ({ field, number, figureIndex }) => {
      const placeholder = '"__NUMBER__"';
      const path = ['figures', figureIndex, ...field.split('.')];
      const json = JSON.stringify(mutateAt(realFigureJson as Json, path, '__NUMBER__'), null, 2);
      const { errors, dataset } = expectClearOrValid(
        withFigureText(json.replace(placeholder, number)),
      );
      // Only a number equal to the real one may pass (e.g. -0 where 0 stood).
      if (errors.length === 0) expect(dataset.figures.length).toBeGreaterThan(0);
      if (number.includes('e999')) expect(errors.length).toBeGreaterThan(0);
    },
  );

  it('reports offsets out of range (negative, past the end, reversed, unsafe integers)', () => {
    const offset = fc.oneof(
      fc.integer({ min: -10, max: 20_000 }),
      fc.constantFrom(Number.MAX_SAFE_INTEGER, 2 ** 53, 1e21, -1),
    );
    fc.assert(
      fc.property(fc.nat(5), offset, offset, fc.boolean(), (i, start, end, quote) => {
        const figures = realFigureJson.figures as Json[];
        const figure = figures[i % figures.length] as { [k: string]: Json };
        const key = quote ? 'quote' : 'stated';
        const changed = { ...figure, [key]: { ...(figure[key] as object), start, end } };
        const json = JSON.stringify({
          ...realFigureJson,
          figures: figures.map((f, j) => (j === i % figures.length ? changed : f)),
        });
        const { errors } = expectClearOrValid(withFigureText(json));
        const original = figure[key] as { start: number; end: number };
        if (start !== original.start || end !== original.end)
          expect(errors.length).toBeGreaterThan(0);
      }),
      { ...FUZZ, numRuns: 150 },
    );
  });

  /** Cuts `cut` characters at `at`, inserts `insert`: the result has an error with a place, or none. */
  function expectEditReported(text: string, at: number, cut: number, insert: string) {
    const mutated = text.slice(0, at) + insert + text.slice(at + cut);
    const { errors } = expectClearOrValid(withFigureText(mutated));
    for (const e of errors.filter((x) => x.message.startsWith('is not valid JSON'))) {
      expect(e.line).toBeGreaterThanOrEqual(1);
      expect(e.column).toBeGreaterThanOrEqual(1);
    }
  }

  // Every kind of place a character edit can land in the file (each structural character, inside
  // a key, a string value and a number, indentation, a line end, the last character), each with a
  // cut, an insertion of a lone surrogate, NUL or a quote, and both: the classes the random edits
  // below sample, covered every run. 80 random edits then vary position and length.
  const realText = () => realFigureFile.text;
  const EDIT_PLACES: [string, (t: string) => number][] = [
    ['the first {', (t) => t.indexOf('{')],
    ['the last }', (t) => t.lastIndexOf('}')],
    ['a [', (t) => t.indexOf('[')],
    ['a ]', (t) => t.indexOf(']')],
    ['a :', (t) => t.indexOf(':')],
    ['a ,', (t) => t.indexOf(',')],
    ['a key', (t) => t.indexOf('"figures"') + 2],
    ['a string value', (t) => t.indexOf('"exact": "') + 12],
    ['a number', (t) => t.search(/"start": \d/) + 10],
    ['indentation', (t) => t.indexOf('\n  ') + 2],
    ['a line end', (t) => t.indexOf('\n')],
    ['the last character', (t) => t.length - 1],
  ];
  it.each(
    EDIT_PLACES.flatMap(([place, at]) =>
      (
        [
          [3, ''],
          [0, '\ud800'],
          [0, '\u0000'],
          [1, '"'],
        ] as const
      ).map(([cut, insert]) => ({ place, at, cut, insert })),
    ),
  )(
    'reports a character edit at $place (cut $cut, insert $insert) with a line and column, or accepts it',
    ({ at, cut, insert }) => {
      const text = realText();
      const i = at(text);
      expect(i).toBeGreaterThanOrEqual(0);
      expectEditReported(text, i, cut, insert);
    },
  );

  it('reports random character edits of the real file with a line and column, or accepts them', () => {
    const text = realText();
    fc.assert(
      fc.property(
        fc.nat(text.length - 1),
        fc.nat(8),
        fc.string({ unit: 'binary', maxLength: 4 }),
        (at, cut, insert) => expectEditReported(text, at, cut, insert),
      ),
      { ...FUZZ, numRuns: 80 },
    );
  });

  it('counts offsets in code points when the source has astral-plane characters', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), (count) => {
        const quote = 'Exports increased 40% last year.';
        const { text, start, end } = astralSource(count, quote);
        const statedStart = start + quote.indexOf('increased');
        const stated = { text: 'increased 40%', start: statedStart, end: statedStart + 13 };
        const good = expectClearOrValid(sourceAndFigure(text, { start, end }, stated));
        expect(good.errors).toEqual([]);
        // The same offsets counted in UTF-16 units are wrong whenever an astral character precedes.
        const utf16Start = text.indexOf(quote);
        const utf16 = { start: utf16Start, end: utf16Start + quote.length };
        const bad = expectClearOrValid(
          sourceAndFigure(text, utf16, {
            ...stated,
            start: statedStart + count * 2,
            end: statedStart + count * 2 + 13,
          }),
        );
        if (count > 0) expect(bad.errors.length).toBeGreaterThan(0);
      }),
      { ...FUZZ, numRuns: 30 },
    );
  });

  it('survives a source whose text is random Unicode, lone surrogates included', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.nat(300),
        fc.nat(300),
        (text, a, b) => {
          const input = sourceAndFigure(
            text,
            { start: Math.min(a, b), end: Math.max(a, b) },
            { text: 'increased 40%', start: a, end: b },
          );
          expectClearOrValid(input);
        },
      ),
      { ...FUZZ, numRuns: 150 },
    );
  });

  it('answers a 10 MB figure file with a clear result in reasonable time', () => {
    const big = {
      ...realFigureJson,
      figures: (realFigureJson.figures as { notes: string[] }[]).map((f, i) =>
        i === 0 ? { ...f, notes: ['x'.repeat(10 * 1024 * 1024)] } : f,
      ),
    };
    const text = JSON.stringify(big);
    expect(text.length).toBeGreaterThan(10 * 1024 * 1024);
    const started = performance.now();
    const { errors } = expectClearOrValid(withFigureText(text));
    expect(errors).toEqual([]); // long notes are allowed; the point is that nothing breaks
    const garbage = expectClearOrValid(
      withFigureText('['.repeat(5 * 1024 * 1024) + '1'.repeat(5 * 1024 * 1024)),
    );
    expect(garbage.errors[0]?.message).toMatch(/nested too deeply/);
    const digits = expectClearOrValid(withFigureText('1'.repeat(10 * 1024 * 1024)));
    expect(digits.errors.length).toBe(1);
    expect(performance.now() - started).toBeLessThan(20_000);
  }, 60_000);
});

describe('the JSON parser and schema on non-finite numbers', { timeout: 60_000 }, () => {
  it.each(['NaN', 'Infinity', '-Infinity', '{"value": NaN}', '[+1]', '0x10', '.5', '01'])(
    'refuses %s as JSON syntax',
    (text) => {
      expect(() => parseJsonWithPositions(text)).toThrow(JsonSyntaxError);
    },
  );

  it('parses 1e999 as Infinity, which the schema then refuses', () => {
    expect(parseJsonWithPositions('1e999').value).toBe(Infinity);
  });

  // JSON cannot carry NaN, so these go straight to the schema validateData applies after parsing.
  it.each([
    { field: 'value', number: Number.NaN },
    { field: 'value', number: Infinity },
    { field: 'value', number: -Infinity },
    { field: 'quote.start', number: -1 },
    { field: 'quote.end', number: Number.NaN },
    { field: 'stated.start', number: 0.5 },
    { field: 'stated.end', number: Infinity },
  ])('refuses $number in $field', ({ field, number }) => {
    const path = ['figures', 0, ...field.split('.')];
    const value = mutateAt(realFigureJson as Json, path, 0) as Record<string, unknown>;
    const [a, b] = field.split('.');
    const figure = (value.figures as Record<string, unknown>[])[0]!;
    if (b) (figure[a!] as Record<string, unknown>)[b] = number;
    else figure[a!] = number;
    expect(figureFileSchema.safeParse(value).success).toBe(false);
  });

  it('refuses non-string and non-finite values in source metadata', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('id', 'title', 'date', 'url', 'language', 'sha256'),
        fc.constantFrom(Number.NaN, Infinity, -1, null, {}, []),
        (key, bad) => {
          const meta = { ...(JSON.parse(realSource.metaText) as object), [key]: bad };
          expect(sourceFileSchema.safeParse(meta).success).toBe(false);
        },
      ),
      { ...FUZZ, numRuns: 30 },
    );
  });

  it.each([
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    '//evil.example/',
  ])('refuses the source url %s (only http and https are links)', (url) => {
    const meta = { ...(JSON.parse(realSource.metaText) as object), url };
    expect(sourceFileSchema.safeParse(meta).success).toBe(false);
  });
});

describe('buildDataFiles (the build step) on broken data directories', { timeout: 60_000 }, () => {
  const temps: string[] = [];
  afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  /** A copy of data/ in a temp dir, changed by `edit`. */
  function brokenDataDir(edit: (dir: string) => void): string {
    const dir = mkdtempSync(join(tmpdir(), 'cited-fuzz-'));
    temps.push(dir);
    cpSync(dataDir, join(dir, 'data'), { recursive: true });
    edit(join(dir, 'data'));
    return dir;
  }
  const figurePath = (dir: string) =>
    join(dir, 'figures', realFigureFile.path.replace(/^.*[\\/]/, ''));
  const sourceText = (dir: string) =>
    join(dir, 'sources', realSource.textPath.replace(/^.*[\\/]/, ''));

  it.each([
    {
      name: 'random bytes in a figure file',
      edit: (d: string) => writeFileSync(figurePath(d), Buffer.from([0xff, 0xfe, 0x00, 0x80])),
      expected: /not valid UTF-8/,
    },
    {
      name: 'truncated figure file',
      edit: (d: string) => writeFileSync(figurePath(d), realFigureFile.text.slice(0, 500)),
      expected: /not valid JSON/,
    },
    {
      name: 'empty figure file',
      edit: (d: string) => writeFileSync(figurePath(d), ''),
      expected: /not valid JSON/,
    },
    {
      name: 'a 21 MB figure file',
      edit: (d: string) => writeFileSync(figurePath(d), ' '.repeat(21 * 1024 * 1024)),
      expected: /more than the/,
    },
    {
      name: 'the source text changed',
      edit: (d: string) => writeFileSync(sourceText(d), realSource.text.replace('40%', '45%')),
      expected: /sha256/,
    },
    {
      name: 'figures folder missing',
      edit: (d: string) => rmSync(join(d, 'figures'), { recursive: true }),
      expected: /folder is missing/,
    },
    {
      name: 'a source without text',
      edit: (d: string) => rmSync(sourceText(d)),
      expected: /has no text file/,
    },
    {
      name: 'a directory named like a figure file',
      edit: (d: string) => mkdirSync(join(d, 'figures', 'dir.json')),
      expected: /cannot be read/,
    },
    {
      name: 'JSON nested 100 000 deep',
      edit: (d: string) => writeFileSync(figurePath(d), '['.repeat(100_000)),
      expected: /nested too deeply/,
    },
  ])('$name: throws a DataValidationError with formatted lines', ({ edit, expected }) => {
    const root = brokenDataDir(edit);
    let thrown: unknown;
    try {
      buildDataFiles(join(root, 'data'), root);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(DataValidationError);
    const message = (thrown as Error).message;
    expect(message).toMatch(/^Data validation failed with \d+ problems?:\n {2}data\//);
    expect(message).toMatch(expected);
    expect(message).not.toMatch(/\n\s+at .*:\d+:\d+\)?$/m); // no stack frames in what users read
  });
});
