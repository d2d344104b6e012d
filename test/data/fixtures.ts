// A tiny valid dataset built in memory (one source, three figures, three charts), and small
// functions that turn it into the raw files validateData reads. Tests break it one rule at a time.
// The emoji before the quotes makes code-point and UTF-16 offsets differ by one.

import { createHash } from 'node:crypto';
import type { ChartGroup, Figure, Source } from '../../src/model/figure.ts';
import type { RawFigureFile, RawSource } from '../../src/data/validate.ts';

export const SOURCE_ID = 'tiny-talks';

/** Sentence 1 is the context statement; sentence 2 holds all three figures; sentence 3 is a suffix. */
export const SOURCE_TEXT =
  'Talks 🤝 went well, but trade is not increasing. ' +
  'Exports increased 40% and Japan holds 30% of the project, having invested $1 billion. ' +
  'An aide confirmed it.';

export const CONTEXT_SENTENCE = 'Talks 🤝 went well, but trade is not increasing.';
export const QUOTE_SENTENCE =
  'Exports increased 40% and Japan holds 30% of the project, having invested $1 billion.';

/** Code-point offsets of `needle` in `text` (independent of src/model/codePoints). */
export function span(needle: string, text = SOURCE_TEXT): { start: number; end: number } {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`fixture: "${needle}" is not in the text`);
  const start = Array.from(text.slice(0, at)).length;
  return { start, end: start + Array.from(needle).length };
}

/** The W3C selector for `exact`, with up to 10 code points of prefix and suffix. */
export function quoteOf(exact: string, text = SOURCE_TEXT): Figure['quote'] {
  const { start, end } = span(exact, text);
  const points = Array.from(text);
  return {
    sourceId: SOURCE_ID,
    exact,
    prefix: points.slice(Math.max(0, start - 10), start).join(''),
    suffix: points.slice(end, end + 10).join(''),
    start,
    end,
  };
}

function stated(text: string): Figure['stated'] {
  return { text, ...span(text) };
}

export function sha256(text: string): string {
  return createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex');
}

export function exportsFigure(): Figure {
  return {
    id: 'tiny-exports',
    label: 'Exports',
    topic: 'trade',
    kind: 'change',
    value: 40,
    unit: 'percent',
    status: 'actual',
    period: '2001',
    basePeriod: '2000',
    speaker: 'A minister',
    stated: stated('increased 40%'),
    quote: quoteOf(QUOTE_SENTENCE),
    context: [{ speaker: 'A president', relation: 'answers', quote: quoteOf(CONTEXT_SENTENCE) }],
    notes: ['Read as 2001 against 2000.'],
    chart: 'growth',
  };
}

export function shareFigure(): Figure {
  return {
    id: 'tiny-share',
    label: 'Japanese capital',
    topic: 'investment',
    kind: 'share',
    value: 30,
    unit: 'percent',
    status: 'actual',
    asOf: '2002-10-14',
    speaker: 'A minister',
    stated: stated('30% of the project'),
    quote: quoteOf(QUOTE_SENTENCE),
    notes: [],
    chart: 'shares',
  };
}

export function amountFigure(): Figure {
  return {
    id: 'tiny-invested',
    label: 'Invested so far',
    topic: 'investment',
    kind: 'amount',
    value: 1e9,
    unit: 'USD',
    status: 'actual',
    asOf: '2002-10-14',
    speaker: 'A minister',
    stated: stated('$1 billion'),
    quote: quoteOf(QUOTE_SENTENCE),
    notes: [],
    chart: 'amounts',
  };
}

export function chartGroup(id: string, figures: string[], topic = 'Tiny topic'): ChartGroup {
  return { id, title: `Chart ${id}`, topic, description: `The ${id} chart.`, figures };
}

export function sourceMeta(text = SOURCE_TEXT): Source & { $schema?: string } {
  return {
    $schema: '../schema/source.schema.json',
    id: SOURCE_ID,
    title: 'Tiny talks (summary)',
    publisher: 'A ministry',
    date: '2002-10-14',
    url: 'https://example.org/talks.html',
    language: 'en',
    sha256: sha256(text),
  };
}

export interface TinySource {
  /** Folder of the two files (data/sources). */
  dir: string;
  /** File name without extension. */
  name: string;
  meta: Record<string, unknown>;
  text: string;
}

export interface TinyFigureFile {
  name: string;
  content: { $schema?: string; charts: ChartGroup[]; figures: Figure[] } & Record<string, unknown>;
  /** Edits the serialised JSON text (for syntax errors a structured edit cannot make). */
  editText?: (text: string) => string;
}

export interface TinyData {
  sources: TinySource[];
  figureFiles: TinyFigureFile[];
}

/** The valid dataset: validateData reports no errors for it. */
export function tinyData(): TinyData {
  return {
    sources: [
      { dir: 'data/sources', name: SOURCE_ID, meta: { ...sourceMeta() }, text: SOURCE_TEXT },
    ],
    figureFiles: [
      {
        name: 'tiny',
        content: {
          $schema: '../schema/figures.schema.json',
          charts: [
            chartGroup('growth', ['tiny-exports'], 'Trade'),
            chartGroup('shares', ['tiny-share'], 'Investment'),
            chartGroup('amounts', ['tiny-invested'], 'Investment'),
          ],
          figures: [exportsFigure(), shareFigure(), amountFigure()],
        },
      },
    ],
  };
}

/** Serialises like a person's editor would: 2-space JSON, one field a line. */
export function figureFileText(file: TinyFigureFile): string {
  const text = JSON.stringify(file.content, null, 2) + '\n';
  return file.editText ? file.editText(text) : text;
}

export function figurePath(file: TinyFigureFile): string {
  return `data/figures/${file.name}.json`;
}

export function sourceMetaPath(s: TinySource): string {
  return `${s.dir}/${s.name}.json`;
}

export function sourceMetaText(s: TinySource): string {
  return JSON.stringify(s.meta, null, 2) + '\n';
}

/** The in-memory files validateData expects (sha256 computed from the text, as loadDataset does). */
export function toRawInput(d: TinyData): { sources: RawSource[]; figureFiles: RawFigureFile[] } {
  return {
    sources: d.sources.map((s) => ({
      metaPath: sourceMetaPath(s),
      metaText: sourceMetaText(s),
      textPath: `${s.dir}/${s.name}.txt`,
      text: s.text,
      textSha256: sha256(s.text),
    })),
    figureFiles: d.figureFiles.map((f) => ({ path: figurePath(f), text: figureFileText(f) })),
  };
}

/** 1-based line of the first `needle` at or after the first `after` in `text`. */
export function lineOf(text: string, needle: string, after = ''): number {
  const from = after ? text.indexOf(after) : 0;
  const at = text.indexOf(needle, Math.max(0, from));
  if (from < 0 || at < 0) throw new Error(`fixture: "${needle}" not found after "${after}"`);
  return text.slice(0, at).split('\n').length;
}

/** 1-based column of the first `needle` at or after `after`. */
export function columnOf(text: string, needle: string, after = ''): number {
  const at = text.indexOf(needle, Math.max(0, after ? text.indexOf(after) : 0));
  return at - text.lastIndexOf('\n', at - 1);
}
