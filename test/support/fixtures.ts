// The one fixture builder for tests: aFigure / aSource / aRecord / aDataset with overrides, and a
// tiny valid dataset (one source, three figures, three charts) with the raw files validateData
// reads, which tests break one rule at a time. No data/ files are read here.
// The emoji before the quotes makes code-point and UTF-16 offsets differ by one.

import { createHash } from 'node:crypto';
import type {
  ChartGroup,
  Dataset,
  Figure,
  PublishedSource,
  Source,
} from '../../src/model/figure.ts';
import type { StatRecord } from '../../src/model/record.ts';
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

/** The tiny dataset's change figure: "increased 40%", 2001 against 2000, with a context quote. */
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

/** The tiny dataset's share figure: "30% of the project". */
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

/** The tiny dataset's amount figure: "$1 billion". */
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

/** The tiny dataset's source, as its data/sources/<id>.json file holds it. */
export function sourceMeta(text = SOURCE_TEXT): Source & { $schema?: string } {
  return {
    $schema: '../schema/source.schema.json',
    ...aSource({
      id: SOURCE_ID,
      title: 'Tiny talks (summary)',
      publisher: 'A ministry',
      url: 'https://example.org/talks.html',
      sha256: sha256(text),
    }),
  };
}

/** The tiny source as the site publishes it (with the path of its text). */
export function publishedSource(): PublishedSource {
  const { $schema: _schema, ...meta } = sourceMeta();
  return { ...meta, path: `data/sources/${SOURCE_ID}.txt` };
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
  const { charts, figures } = aDataset();
  return {
    sources: [
      { dir: 'data/sources', name: SOURCE_ID, meta: { ...sourceMeta() }, text: SOURCE_TEXT },
    ],
    figureFiles: [
      {
        name: 'tiny',
        content: {
          $schema: '../schema/figures.schema.json',
          charts,
          figures,
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

/**
 * A source; every field can be overridden. The default title holds `{`, `}` and `&`, which
 * BibTeX, HTML and CSV writers must escape.
 *
 * @example
 * aSource({ id: 'speech', date: '1999-01-01' })
 */
export function aSource(overrides: Partial<Source> = {}): Source {
  return {
    id: 'talks',
    title: 'Talks {of} 2002 & more',
    publisher: 'Ministry of Examples',
    date: '2002-10-14',
    url: 'https://example.test/talks.html',
    language: 'en',
    sha256: '0'.repeat(64),
    ...overrides,
  };
}

/**
 * A figure (by default a change: exports +40 % in 2001 against 2000, quoted from source
 * 'talks'); every field can be overridden. Its offsets are not checked against any text: use
 * `tinyData()` where a test needs quotes that anchor.
 *
 * @example
 * aFigure({ id: 'fdi-2001', label: 'Investment', value: 100 })
 */
export function aFigure(overrides: Partial<Figure> = {}): Figure {
  return {
    id: 'exports-2001',
    label: 'Exports',
    topic: 'trade',
    kind: 'change',
    value: 40,
    unit: 'percent',
    status: 'actual',
    period: '2001',
    basePeriod: '2000',
    speaker: 'The Minister',
    stated: { text: 'increased 40%', start: 18, end: 31 },
    quote: {
      sourceId: 'talks',
      exact: 'Exports in 2001\n increased 40% over 2000.',
      prefix: 'x ',
      suffix: ' y',
      start: 2,
      end: 42,
    },
    notes: [],
    chart: 'growth',
    ...overrides,
  };
}

/**
 * A figure whose quote is exactly its stated words (`exact`, offsets 0…length), for tests of
 * search and pickers that care about labels, topics, speakers and sources, not anchoring.
 *
 * @example
 * quotedFigure({ id: 's2', label: 'Capital in Sakhalin-2', topic: 'investment' }, '45% of Sakhalin 2', 'mofa-2002')
 */
export function quotedFigure(
  overrides: Partial<Figure> & Pick<Figure, 'id' | 'label'>,
  exact: string = overrides.label,
  sourceId = 'talks',
): Figure {
  const { period: _period, basePeriod: _basePeriod, ...undated } = aFigure();
  return {
    ...undated,
    stated: { text: exact, start: 0, end: exact.length },
    quote: { sourceId, exact, prefix: '', suffix: '', start: 0, end: exact.length },
    chart: 'c',
    ...overrides,
  };
}

/** Two figures stated in one sentence (exports "increased 40%", investment "had doubled"). */
export function twoInOneSentence(): [Figure, Figure] {
  const exact = 'Exports in 2001 increased 40% and investment had doubled.';
  const quote = {
    sourceId: 'talks',
    exact,
    prefix: 'x ',
    suffix: ' y',
    start: 2,
    end: 2 + exact.length,
  };
  const at = (words: string) => {
    const start = 2 + exact.indexOf(words);
    return { text: words, start, end: start + words.length };
  };
  return [
    aFigure({ quote, stated: at('increased 40%') }),
    aFigure({ id: 'fdi-2001', label: 'Investment', value: 100, quote, stated: at('had doubled') }),
  ];
}

/**
 * The tiny dataset as the site holds it: its three figures and charts (Trade: growth;
 * Investment: shares, amounts) and no sources unless given.
 *
 * @example
 * aDataset({ charts: [chartGroup('mixed', ['tiny-invested', 'tiny-exports'], 'All')] })
 */
export function aDataset(overrides: Partial<Dataset> = {}): Dataset {
  return {
    figures: [exportsFigure(), shareFigure(), amountFigure()],
    charts: [
      chartGroup('growth', ['tiny-exports'], 'Trade'),
      chartGroup('shares', ['tiny-share'], 'Investment'),
      chartGroup('amounts', ['tiny-invested'], 'Investment'),
    ],
    sources: [],
    ...overrides,
  };
}

/**
 * A statistical record (a level series in USD millions, 2000 and 2001); every field can be
 * overridden. As JSON it is what a data/records/<id>.json file holds.
 *
 * @example
 * aRecord({ measure: 'change', unit: 'percent', scale: 1 })
 */
export function aRecord(overrides: Partial<StatRecord> = {}): StatRecord {
  return {
    id: 'rec',
    label: 'A series',
    measure: 'level',
    unit: 'USD',
    scale: 1e6,
    side: "the importer's statistics",
    provenance: {
      publisher: 'A ministry',
      title: 'A table',
      url: 'https://example.org/t',
      passage: 'row 1',
      consulted: '2026-11-30',
    },
    observations: [
      { period: '2000', value: 571.4 },
      { period: '2001', value: 719.3 },
    ],
    notes: [],
    ...overrides,
  };
}

/** Two sources: the tiny one with two charts, and a second one (`other`) with one chart. */
export function twoSources(): Dataset {
  const other = (f: Figure, id: string): Figure => ({
    ...f,
    id,
    chart: 'other-chart',
    quote: { ...f.quote, sourceId: 'other' },
  });
  const figures = [
    exportsFigure(),
    shareFigure(),
    amountFigure(),
    other(amountFigure(), 'other-amount'),
  ];
  return {
    figures,
    charts: [
      chartGroup(exportsFigure().chart, [exportsFigure().id]),
      chartGroup(shareFigure().chart, [shareFigure().id, amountFigure().id]),
      chartGroup('other-chart', ['other-amount'], 'Other topic'),
    ],
    sources: [
      { ...sourceMeta(), path: `data/sources/${SOURCE_ID}.txt` },
      { ...sourceMeta(), id: 'other', title: 'Other', path: 'data/sources/other.txt' },
    ],
  };
}
