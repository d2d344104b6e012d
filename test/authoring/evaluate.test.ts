// Tests for src/authoring/evaluate.ts: how candidates are matched and counted, truth files that
// point at the wrong words, the floors the extractor must hold on the evaluation set, and that
// every draft from the set (several documents in one data folder) passes the real validator.

import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { proseDocuments } from '../support/proseDocuments.ts';
import { draftFigureFile, extractCandidates, type Candidate } from '../../src/authoring/extract.ts';
import {
  checkTruth,
  checkTruthShape,
  formatScoreTable,
  rates,
  scoreDocument,
  sumTallies,
  twoDecimalsDown,
  type Truth,
  type TruthFigure,
} from '../../src/authoring/evaluate.ts';
import { validateData } from '../../src/data/validate.ts';

const PROSE = resolve(import.meta.dirname, '../fixtures/prose');
const HELD_OUT = resolve(PROSE, 'held-out');

function truthFigure(over: Partial<TruthFigure> = {}): TruthFigure {
  return {
    stated: 'rose 5%',
    start: 8,
    end: 15,
    kind: 'change',
    value: 5,
    unit: 'percent',
    status: 'actual',
    ...over,
  };
}

function candidate(over: Partial<Candidate> & { start?: number; end?: number } = {}): Candidate {
  const { start = 8, end = 15, ...rest } = over;
  return {
    id: 'c',
    label: 'Exports',
    topic: 'trade',
    kind: 'change',
    value: 5,
    unit: 'percent',
    status: 'actual',
    speaker: 'X',
    stated: { text: 'rose 5%', start, end },
    quote: { sourceId: 'd', exact: 'Exports rose 5%.', prefix: '', suffix: '', start: 0, end: 16 },
    notes: [],
    chart: 'c',
    ...rest,
  };
}

describe('scoreDocument', () => {
  const truth: Truth = {
    publisher: 'ministry',
    figures: [truthFigure()],
    traps: [{ text: '2031', start: 19, end: 23, why: 'year' }],
  };
  const cases: {
    name: string;
    candidates: Candidate[];
    expected: Partial<ReturnType<typeof rates>>;
  }[] = [
    {
      name: 'an exact match',
      candidates: [candidate()],
      expected: { recall: 1, precision: 1, kind: 1, value: 1, traps: 0 },
    },
    { name: 'nothing proposed', candidates: [], expected: { recall: 0, precision: 1 } },
    {
      name: 'an overlapping span counts as found',
      candidates: [candidate({ start: 13, end: 15 })],
      expected: { recall: 1, precision: 1 },
    },
    {
      name: 'a wrong kind and sign',
      candidates: [candidate({ kind: 'share', value: -5 })],
      expected: { recall: 1, kind: 0, value: 0, unit: 1, status: 1 },
    },
    {
      name: 'a range where the truth has a value',
      candidates: [candidate({ value: undefined, range: { low: 4, high: 5 } })],
      expected: { recall: 1, value: 0 },
    },
    {
      name: 'a trap proposed',
      candidates: [candidate(), candidate({ start: 19, end: 23 })],
      expected: { recall: 1, precision: 0.5, traps: 1 },
    },
    {
      name: 'a false candidate that is no trap',
      candidates: [candidate(), candidate({ start: 0, end: 7 })],
      expected: { precision: 0.5, traps: 0 },
    },
  ];
  it.each(cases)('$name', ({ candidates, expected }) => {
    const r = rates(scoreDocument('doc', candidates, truth).tally);
    expect(r).toMatchObject(expected);
  });

  it('compares ranges end by end', () => {
    const ranged: Truth = {
      ...truth,
      figures: [truthFigure({ value: undefined, range: { low: 1.2, high: 1.6 } })],
    };
    const hit = candidate({ value: undefined, range: { low: 1.2, high: 1.6 } });
    const miss = candidate({ value: undefined, range: { low: 1.2, high: 1.7 } });
    expect(rates(scoreDocument('d', [hit], ranged).tally).value).toBe(1);
    expect(rates(scoreDocument('d', [miss], ranged).tally).value).toBe(0);
  });
});

describe('formatScoreTable', () => {
  it('rounds rates down, so 1.00 means nothing is wrong and 0.95 means the target is met', () => {
    expect(twoDecimalsDown(2096 / 2097)).toBe('0.99');
    expect(twoDecimalsDown(0.946)).toBe('0.94');
    expect(twoDecimalsDown(19 / 20)).toBe('0.95');
    expect(twoDecimalsDown(57 / 100)).toBe('0.57');
    expect(twoDecimalsDown(1)).toBe('1.00');
    expect(twoDecimalsDown(0)).toBe('0.00');
  });

  it('ends with the counts behind the overall rates', () => {
    const truth: Truth = { publisher: 'ministry', figures: [truthFigure()], traps: [] };
    const wrongKind = candidate({ kind: 'share' });
    const table = formatScoreTable([scoreDocument('doc', [wrongKind], truth)]).split('\n');
    expect(table.at(-2)).toMatch(/^overall\s+1 documents\s+1\s+1\s+1\.00\s+1\.00\s+0\s+0\.00\s/);
    expect(table.at(-1)).toBe(
      'counts   recall 1/1  precision 1/1  traps 0  kind 0/1  value 1/1  unit 1/1  status 1/1',
    );
  });
});

describe('checkTruth', () => {
  it('accepts offsets that point at the words, in code points', () => {
    const text = '🤝 Exports rose 5%.';
    expect(
      checkTruth(text, {
        publisher: 'x',
        figures: [truthFigure({ start: 10, end: 17 })],
        traps: [],
      }),
    ).toEqual([]);
  });
  it('says which entry points elsewhere and what the text there is', () => {
    const problems = checkTruth('Exports rose 5% in 2031.', {
      publisher: 'x',
      figures: [truthFigure({ start: 7, end: 14 })],
      traps: [],
    });
    expect(problems).toEqual([
      'figures[0]: "rose 5%" is not at [7, 14) (the text there is " rose 5") — set start and end to its code-point offsets',
    ]);
  });
});

describe('checkTruthShape', () => {
  const truth = (figures: unknown[], traps: unknown[] = []) => ({ publisher: 'x', figures, traps });
  it('accepts a value or a {low, high} range', () => {
    expect(checkTruthShape(truth([truthFigure()]))).toEqual([]);
    const range = truthFigure({ value: undefined, range: { low: 2, high: 3 } });
    expect(checkTruthShape(truth([range]))).toEqual([]);
  });
  it('refuses a range written as a list or with its ends swapped, saying how to write it', () => {
    for (const range of [[2, 3], { low: 3, high: 2 }, { low: '2', high: 3 }, { from: 2, to: 3 }]) {
      const problems = checkTruthShape(truth([{ ...truthFigure(), value: undefined, range }]));
      expect(problems).toEqual([
        `figures[0] "rose 5%": range ${JSON.stringify(range)} — write {"low": <number>, "high": <number>}, low ≤ high`,
      ]);
    }
  });
  it('names each unknown kind, unit and status with the words it takes', () => {
    const f = { ...truthFigure(), kind: 'level', unit: '%', status: 'forecast', value: '5' };
    expect(checkTruthShape(truth([f]))).toEqual([
      'figures[0] "rose 5%": kind "level" — write one of "change", "share", "amount"',
      'figures[0] "rose 5%": unit "%" — write "percent", "percentage-points" or a currency code such as "USD"',
      'figures[0] "rose 5%": status "forecast" — write one of "actual", "expected"',
      'figures[0] "rose 5%": value "5" — write a number, e.g. 4.5',
    ]);
  });
  it('refuses missing lists, bad offsets and traps without a reason', () => {
    expect(checkTruthShape({ figures: [] })).toEqual([
      'publisher: write who published the document, a string',
      'traps: a list of numbers not to propose ([] if none)',
    ]);
    expect(checkTruthShape([])).toHaveLength(1);
    expect(checkTruthShape(truth([truthFigure({ start: 5, end: 5 })]))).toEqual([
      'figures[0] "rose 5%": start and end must be code-point offsets, 0 ≤ start < end',
    ]);
    expect(checkTruthShape(truth([], [{ text: '2032', start: 0, end: 4 }]))).toEqual([
      'traps[0].why: say why this number must not be proposed',
    ]);
  });
  it('is what checkTruth reports first, before reading any offset', () => {
    expect(
      checkTruth(
        'Exports rose 5%.',
        truth([], [{ text: '2032', start: -1, end: 4, why: 'y' }]) as Truth,
      ),
    ).toEqual(['traps[0]: start and end must be code-point offsets, 0 ≤ start < end']);
  });
});

/** The evaluation set's misses on the final code of round 18, each a call the extractor still gets
 *  wrong in its context (they read right in simpler sentences). */
const KNOWN_MISSES = [
  'air-transport-monthly-traffic: "80.2%": kind change, not share',
  'central-bank-directors-vote: "75 basis point reduction": status actual, not expected',
  'central-bank-quarterly-projections: "4.8 per cent": status actual, not expected',
  'central-bank-word-ranges: "3.5 per cent": kind change, not share',
  'development-bank-list-lead-in-before: "8%": kind change, not share',
];

// The extractor runs once over every document of the set (the first test to ask pays for it; the
// others reuse its candidates), so that test grows with the set: about 10 s on a quiet two-core
// machine, 80 s in a gate run beside two other test runs.
describe('the evaluation set', { timeout: 300_000 }, () => {
  const set = proseDocuments(PROSE);
  const heldOut = proseDocuments(HELD_OUT);
  const extracted = new Map<string, Candidate[]>();
  const candidatesOf = (d: { name: string; text: string; truth: Truth }): Candidate[] => {
    let cs = extracted.get(d.name);
    if (cs === undefined) {
      cs = extractCandidates(d.text, d.name, { source: d.truth.source });
      extracted.set(d.name, cs);
    }
    return cs;
  };

  it('has at least 12 documents from at least 6 kinds of publisher, with valid truth files', () => {
    expect(set.length).toBeGreaterThanOrEqual(12);
    expect(new Set(set.map((d) => d.truth.publisher)).size).toBeGreaterThanOrEqual(6);
    for (const d of [...set, ...heldOut]) expect(checkTruth(d.text, d.truth), d.name).toEqual([]);
  });

  it('holds the floors: recall, precision, kind, value ≥ 0.95; status ≥ 0.9; no trap proposed', () => {
    const scores = set.map((d) => scoreDocument(d.name, candidatesOf(d), d.truth));
    const r = rates(sumTallies(scores.map((s) => s.tally)));
    const problems = scores.flatMap((s) => s.problems.map((p) => `${s.name}: ${p}`));
    expect(r.traps, problems.join('\n')).toBe(0);
    for (const key of ['recall', 'precision', 'kind', 'value'] as const) {
      expect(r[key], `${key}\n${problems.join('\n')}`).toBeGreaterThanOrEqual(0.95);
    }
    expect(r.status, problems.join('\n')).toBeGreaterThanOrEqual(0.9);
    // The rates print two decimals, so one new miss in 2,000 figures still reads 1.00: the misses
    // themselves are held here. A rule that fixes one removes its line; one that adds a miss fails.
    expect(problems).toEqual(KNOWN_MISSES);
  });

  // The held-out documents were written after the extractor was tuned; they stand in for real
  // texts it has never seen, so no floor is tuned against them here: their score is reported by
  // `npm run figures -- eval test/fixtures/prose/held-out`. Only the hard rule is held: no trap.
  it('proposes no trap in the held-out documents', () => {
    for (const d of heldOut) {
      const s = scoreDocument(d.name, candidatesOf(d), d.truth);
      expect(s.tally.traps, `${d.name}: ${s.problems.join('; ')}`).toBe(0);
    }
  });

  // One extraction and one validation of every document in the set.
  it('drafts of every document, in one data folder, pass the real validator', () => {
    const all = [...set, ...heldOut];
    const sources = all.map((d) => {
      const sha256 = createHash('sha256').update(d.text).digest('hex');
      const meta = {
        id: d.name,
        title: d.name,
        publisher: d.truth.publisher,
        date: '2031-06',
        url: 'https://example.org/doc',
        language: 'en',
        sha256,
      };
      return {
        metaPath: `data/sources/${d.name}.json`,
        metaText: JSON.stringify(meta),
        textPath: `data/sources/${d.name}.txt`,
        text: d.text,
        textSha256: sha256,
      };
    });
    const candidates = all.map(candidatesOf);
    const figureFiles = candidates.map((cs, i) => ({
      path: `data/figures/${all[i]!.name}.json`,
      text: JSON.stringify(draftFigureFile(cs)),
    }));
    const { errors, dataset } = validateData({ sources, figureFiles });
    expect(errors.map((e) => `${e.file} ${e.figureId ?? ''} ${e.field}: ${e.message}`)).toEqual([]);
    expect(dataset.figures.length).toBe(candidates.flat().length);
  });
});
