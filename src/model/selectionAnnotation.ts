// Turns a selection in a source text (code-point offsets) into a figure annotation: both W3C
// selectors filled in, and kind, value, unit and stated words guessed by the extractor.
// Pure: no DOM, no Svelte, and no import of the extractor (the caller passes data/extract.ts in,
// so model/ stays below data/); both load with import() on first selection, off the dashboard.

import type { Figure, QuoteSelector } from './figure.ts';
import { magnitudeOf } from './valueRange.ts';
import { CONTEXT_LENGTH, sliceCodePoints, toCodePoints } from './codePoints.ts';

/** A figure as the extractor proposes it: a `value`, or a `range` when the words state two ends. */
export type ExtractedFigure = Omit<Figure, 'value'> & {
  value?: number;
  range?: { low: number; high: number };
};

/** Reads candidate figures from a text, e.g. `extractCandidates` from authoring/extract.ts. */
export type Extractor = (text: string, sourceId: string) => ExtractedFigure[];

export const UNKNOWN_SPEAKER = 'Unknown speaker (set from the source)';

/** The snippet's figure: every field of the figure-file format, in the file's key order. */
export type FigureAnnotation = Figure;

export interface SelectionAnnotation {
  figure: FigureAnnotation;
  /** The stated words the extractor recognised, or undefined when a person must fill them in. */
  guessed: string | undefined;
  /** Other values the extractor saw in the selection (each could be a figure of its own). */
  others: string[];
}

/** The note a skeleton carries when the selection holds no value the extractor knows. */
export const FILL_IN_NOTE =
  'No value recognised in the selection: set kind, value, unit and stated (the value’s own words and their code-point offsets).';
export const CHECK_NOTE = 'Copied from the source view; check every field before use.';

/**
 * Narrows [start, end) so it neither starts nor ends with whitespace; undefined if nothing is left.
 * @example trimSelection(toCodePoints(' ab '), 0, 4) // { start: 1, end: 3 }
 */
export function trimSelection(
  points: readonly string[],
  start: number,
  end: number,
): { start: number; end: number } | undefined {
  let a = Math.max(0, Math.min(start, end));
  let b = Math.min(points.length, Math.max(start, end));
  while (a < b && /\s/u.test(points[a]!)) a++;
  while (b > a && /\s/u.test(points[b - 1]!)) b--;
  return a < b ? { start: a, end: b } : undefined;
}

/**
 * Both W3C selectors for [start, end) of a text: exact, up to 32 code points of prefix and
 * suffix, and the code-point offsets themselves.
 * @example quoteSelector(toCodePoints('a😀 b c'), 'doc', 3, 4)
 * // { sourceId: 'doc', exact: 'b', prefix: 'a😀 ', suffix: ' c', start: 3, end: 4 }
 */
export function quoteSelector(
  points: readonly string[],
  sourceId: string,
  start: number,
  end: number,
): QuoteSelector {
  return {
    sourceId,
    exact: sliceCodePoints(points, start, end),
    prefix: sliceCodePoints(points, start - CONTEXT_LENGTH, start),
    suffix: sliceCodePoints(points, end, end + CONTEXT_LENGTH),
    start,
    end,
  };
}

// The extractor reads the whole document once (speakers come from its structure); selections
// made one after another in the same text reuse that reading.
let cached:
  { text: string; sourceId: string; extract: Extractor; candidates: Figure[] } | undefined;
function candidatesOf(text: string, sourceId: string, extract: Extractor): Figure[] {
  if (cached?.text !== text || cached.sourceId !== sourceId || cached.extract !== extract) {
    cached = { text, sourceId, extract, candidates: withValue(extract(text, sourceId)) };
  }
  return cached.candidates;
}

/**
 * The figure annotation for the selection [start, end) (code points, trimmed of whitespace),
 * or undefined when the selection is empty. With a recognised value the figure validates as it
 * is; without one it is a skeleton whose kind, value, unit and stated a person fills in.
 * @example annotateSelection('Exports increased 40% in 2001.', 'doc', 0, 30, extractCandidates)?.figure
 * // { id: 'exports', kind: 'change', value: 40, unit: 'percent',
 * //   stated: { text: 'increased 40%', start: 8, end: 21 }, quote: { exact: 'Exports … 2001.', … }, … }
 */
export function annotateSelection(
  text: string,
  sourceId: string,
  start: number,
  end: number,
  extract: Extractor,
): SelectionAnnotation | undefined {
  const points = toCodePoints(text);
  const range = trimSelection(points, start, end);
  if (!range) return undefined;
  const quote = quoteSelector(points, sourceId, range.start, range.end);
  const inside = (f: Figure) => range.start <= f.stated.start && f.stated.end <= range.end;

  const whole = candidatesOf(text, sourceId, extract);
  let found = whole.filter(inside);
  const fromWhole = found.length > 0;
  if (!fromWhole) {
    // The selection may cut a sentence ("40%" alone): read just the selected words, then move
    // their offsets back into the source's coordinates.
    found = withValue(extract(quote.exact, sourceId)).map((c) => ({
      ...c,
      stated: { ...c.stated, start: c.stated.start + range.start, end: c.stated.end + range.start },
    }));
  }
  const best = found[0];
  // The speaker comes from the document's structure, found by reading the whole text.
  const around = whole.find((c) => c.quote.start < range.end && range.start < c.quote.end);
  const speaker = (fromWhole ? best?.speaker : around?.speaker) ?? UNKNOWN_SPEAKER;
  const others = found.slice(1).map((c) => c.stated.text);

  const figure: FigureAnnotation = best
    ? {
        id: best.id,
        label: best.label,
        topic: best.topic,
        kind: best.kind,
        ...magnitudeOf(best),
        unit: best.unit,
        status: best.status,
        ...(best.period !== undefined ? { period: best.period } : {}),
        ...(best.basePeriod !== undefined ? { basePeriod: best.basePeriod } : {}),
        ...(best.asOf !== undefined ? { asOf: best.asOf } : {}),
        speaker,
        stated: best.stated,
        quote,
        notes: [
          CHECK_NOTE,
          ...others.map(
            (o) => `The selection also states “${o}”: annotate it as a figure of its own.`,
          ),
        ],
        chart: best.chart,
      }
    : {
        id: `${sourceId}-${range.start}`,
        label: 'Short label for the chart axis',
        topic: 'topic',
        kind: 'change',
        value: 0,
        unit: 'percent',
        status: 'actual',
        speaker,
        stated: { text: '', start: range.start, end: range.start },
        quote,
        notes: [CHECK_NOTE, FILL_IN_NOTE],
        chart: 'chart-id',
      };
  return { figure, guessed: best?.stated.text, others };
}

// A snippet is a figure with a `value`; a stated range is left for a person until the figure
// format carries `range` (issue #14.3).
function withValue(found: ExtractedFigure[]): Figure[] {
  return found.filter((c): c is Figure => c.value !== undefined && c.range === undefined);
}

/**
 * The annotation as the JSON a person pastes into the `figures` array of a figure file.
 * @example annotationSnippet(annotateSelection(text, 'doc', 0, 30, extractCandidates)!) // '{\n  "id": "exports", …\n}'
 */
export function annotationSnippet(annotation: SelectionAnnotation): string {
  return JSON.stringify(annotation.figure, null, 2);
}
