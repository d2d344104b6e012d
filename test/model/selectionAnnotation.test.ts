// A selection in the source view becomes a figure annotation: trimmed code-point offsets, both
// W3C selectors, a value guessed by the extractor, and a snippet that validates once filled in.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FILL_IN_NOTE,
  annotateSelection,
  annotationSnippet,
  quoteSelector,
  trimSelection,
  type FigureAnnotation,
} from '../../src/model/selectionAnnotation.ts';
import { toCodePoints } from '../../src/model/codePoints.ts';
import { extractCandidates } from '../../src/authoring/extract.ts';
import { validateData } from '../../src/data/validate.ts';
import { formatDataError } from '../../src/data/dataError.ts';
import type { TinyData } from '../support/fixtures.ts';
import {
  SOURCE_ID,
  SOURCE_TEXT,
  chartGroup,
  sourceMeta,
  span,
  toRawInput,
} from '../support/fixtures.ts';

const root = resolve(import.meta.dirname, '../..');
const SEED_ID = 'mofa-2002-10-14-kawaguchi-putin';
const seedText = readFileSync(resolve(root, `data/sources/${SEED_ID}.txt`), 'utf8');

/** Annotates the first occurrence of `needle` in `text` as if a reader had selected it. */
function select(needle: string, text = SOURCE_TEXT, sourceId = SOURCE_ID) {
  const { start, end } = span(needle, text);
  return annotateSelection(text, sourceId, start, end, extractCandidates);
}

/** The snippet pasted into a figure file of its own, with one chart group, then validated. */
function validateSnippet(snippet: string, text = SOURCE_TEXT, sourceId = SOURCE_ID) {
  const figure = JSON.parse(snippet) as FigureAnnotation;
  const data: TinyData = {
    sources: [
      { dir: 'data/sources', name: sourceId, meta: { ...sourceMeta(text), id: sourceId }, text },
    ],
    figureFiles: [
      {
        name: 'pasted',
        content: { charts: [chartGroup(figure.chart, [figure.id])], figures: [figure] },
      },
    ],
  };
  return validateData(toRawInput(data)).errors.map(formatDataError);
}

describe('trimSelection', () => {
  it.each([
    { text: ' ab ', start: 0, end: 4, expected: { start: 1, end: 3 } },
    { text: ' 😀ab\n', start: 0, end: 5, expected: { start: 1, end: 4 } },
    { text: 'ab', start: 2, end: 0, expected: { start: 0, end: 2 } },
    { text: 'ab', start: -3, end: 99, expected: { start: 0, end: 2 } },
    { text: ' \n\t ', start: 0, end: 4, expected: undefined },
    { text: 'ab', start: 1, end: 1, expected: undefined },
  ])('$text [$start, $end) → $expected', ({ text, start, end, expected }) => {
    expect(trimSelection(toCodePoints(text), start, end)).toEqual(expected);
  });
});

describe('quoteSelector', () => {
  it('counts code points, so astral characters before the selection move it by one each', () => {
    const points = toCodePoints('a😀𝐁 b c');
    expect(quoteSelector(points, 'doc', 4, 5)).toEqual({
      sourceId: 'doc',
      exact: 'b',
      prefix: 'a😀𝐁 ',
      suffix: ' c',
      start: 4,
      end: 5,
    });
  });

  it('keeps at most 32 code points of prefix and suffix, never cutting a surrogate pair', () => {
    const points = toCodePoints('😀'.repeat(40) + 'X' + '🚆'.repeat(40));
    const q = quoteSelector(points, 'doc', 40, 41);
    expect(q.exact).toBe('X');
    expect(q.prefix).toBe('😀'.repeat(32));
    expect(q.suffix).toBe('🚆'.repeat(32));
  });
});

describe('annotateSelection', () => {
  it('returns nothing for an empty or blank selection', () => {
    expect(annotateSelection(SOURCE_TEXT, SOURCE_ID, 5, 5, extractCandidates)).toBeUndefined();
    expect(annotateSelection('a   b', 'doc', 1, 4, extractCandidates)).toBeUndefined();
  });

  it('fills both selectors from code-point offsets after an emoji, trimming whitespace', () => {
    const sentence = 'Exports increased 40% and Japan holds 30% of the project';
    const { start, end } = span(sentence);
    const a = annotateSelection(SOURCE_TEXT, SOURCE_ID, start - 1, end + 0, extractCandidates)!;
    // The text has 🤝 before the selection: UTF-16 indexes are one more than code points.
    expect(SOURCE_TEXT.indexOf(sentence)).toBe(start + 1);
    expect(a.figure.quote).toMatchObject({ sourceId: SOURCE_ID, exact: sentence, start, end });
    expect(Array.from(a.figure.quote.prefix).length).toBeLessThanOrEqual(32);
    expect(
      SOURCE_TEXT.slice(0, SOURCE_TEXT.indexOf(sentence)).endsWith(a.figure.quote.prefix),
    ).toBe(true);
    expect(a.figure.quote.suffix).toBe(', having invested $1 billion. An');
  });

  it.each([
    {
      needle: 'Exports increased 40%',
      kind: 'change',
      value: 40,
      unit: 'percent',
      stated: 'increased 40%',
    },
    {
      needle: 'Japan holds 30% of the project',
      kind: 'share',
      value: 30,
      unit: 'percent',
      stated: '30% of the project',
    },
    {
      needle: 'having invested $1 billion.',
      kind: 'amount',
      value: 1e9,
      unit: 'USD',
      stated: '$1 billion',
    },
  ])(
    'guesses kind, value, unit and stated words in "$needle"',
    ({ needle, kind, value, unit, stated }) => {
      const a = select(needle)!;
      expect(a.figure).toMatchObject({
        kind,
        value,
        unit,
        stated: { text: stated, ...span(stated) },
      });
      expect(a.guessed).toBe(stated);
    },
  );

  it('takes the first value and names the others in notes', () => {
    const a = select(
      'Exports increased 40% and Japan holds 30% of the project, having invested $1 billion.',
    )!;
    expect(a.figure.stated.text).toBe('increased 40%');
    expect(a.others).toEqual(['30% of the project', '$1 billion']);
    expect(a.figure.notes.join(' ')).toContain('“$1 billion”');
  });

  it('reads a value cut out of its sentence ("40%" alone) in source coordinates', () => {
    const a = select('40%')!;
    expect(a.figure).toMatchObject({
      value: 40,
      unit: 'percent',
      stated: { text: '40%', ...span('40%') },
    });
    expect(validateSnippet(annotationSnippet(a))).toEqual([]);
  });

  it('gives a skeleton to fill in when the selection states no value', () => {
    const a = select('An aide confirmed it.')!;
    expect(a.guessed).toBeUndefined();
    expect(a.figure.notes).toContain(FILL_IN_NOTE);
    expect(a.figure.stated).toEqual({
      text: '',
      ...span('An aide confirmed it.'),
      end: span('An aide confirmed it.').start,
    });
    // As it is, the skeleton does not pass: the stated words are empty.
    expect(validateSnippet(annotationSnippet(a)).join('\n')).toMatch(/stated/);
  });

  it('validates once the stated fields of a skeleton are filled in', () => {
    // An extractor that recognises nothing stands for a value phrased in a way it does not know.
    const { start, end } = span('Exports increased 40%');
    const a = annotateSelection(SOURCE_TEXT, SOURCE_ID, start, end, () => [])!;
    expect(a.guessed).toBeUndefined();
    const figure = JSON.parse(annotationSnippet(a)) as FigureAnnotation;
    Object.assign(figure, {
      value: 40,
      stated: { text: 'increased 40%', ...span('increased 40%') },
    });
    expect(validateSnippet(JSON.stringify(figure))).toEqual([]);
  });

  it.each([
    { needle: 'increased 40%', value: 40, kind: 'change' },
    { needle: 'had doubled over the previous year', value: 100, kind: 'change' },
    { needle: '45% of Sakhalin 2', value: 45, kind: 'share' },
    {
      needle: 'expected to reach a total of $8 billion in the future.',
      value: 8e9,
      kind: 'amount',
    },
  ])('on the seed document, "$needle" validates as copied', ({ needle, value, kind }) => {
    const a = select(needle, seedText, SEED_ID)!;
    expect(a.figure).toMatchObject({ value, kind, speaker: 'Foreign Minister Yoriko Kawaguchi' });
    expect(validateSnippet(annotationSnippet(a), seedText, SEED_ID)).toEqual([]);
  });
});
