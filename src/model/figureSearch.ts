// Filters figures for the compare picker by text, topic, speaker, source and source date, and
// groups the hits by topic and source: the figures read so far, or a large corpus's whole index
// (data/index.json), whose figures are listed before their chunks are read. The lowercase text
// of every figure is built once, so a keystroke costs one pass of `includes`. Pure; no Svelte.

import type { Figure, Source } from './figure.ts';
import type { DataIndex } from './dataIndex.ts';

/** What the picker lists of a figure: enough to print and choose it, whether read or indexed. */
export type PickerFigure = Pick<
  Figure,
  'id' | 'label' | 'topic' | 'kind' | 'unit' | 'status' | 'value' | 'range' | 'speaker'
> & { sourceId: string };

export interface FigureFilter {
  /** Words that must all occur (any order, any case) in the label, quote, speaker, topic, source or id. */
  text?: string;
  topic?: string;
  speaker?: string;
  sourceId?: string;
  /** Source date bounds, inclusive: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. */
  from?: string;
  to?: string;
}

interface Entry {
  figure: PickerFigure;
  haystack: string;
  sourceId: string;
  date: string;
}

export interface SearchIndex {
  entries: readonly Entry[];
  topics: string[];
  speakers: string[];
  sources: { id: string; title: string; date: string }[];
  sourceTitles: ReadonlyMap<string, string>;
}

export interface SearchResult {
  /** At most `limit` figures, in data order. */
  figures: PickerFigure[];
  /** How many figures match in all. */
  total: number;
}

export interface ResultGroup {
  key: string;
  topic: string;
  sourceId: string;
  sourceTitle: string;
  figures: PickerFigure[];
}

/** How many hits the picker shows at once; the rest are counted ("N more — refine the search"). */
export const RESULT_LIMIT = 200;

/** Counts in the page's language (index.html and embed.html are `lang="en"`): "10,000". */
const count = new Intl.NumberFormat('en');

/**
 * The picker's count line, with thousands separated as the page's language writes them.
 * @example matchCount({ total: 10000, shown: 200 }) // '10,000 figures match; showing the first 200.'
 */
export function matchCount({ total, shown }: { total: number; shown: number }): string {
  const matches = `${count.format(total)} ${total === 1 ? 'figure matches' : 'figures match'}`;
  return shown < total ? `${matches}; showing the first ${count.format(shown)}.` : `${matches}.`;
}

/**
 * The line under a cut list. @example moreCount({ total: 10000, shown: 200 }) // '9,800 more — refine the search.'
 */
export function moreCount({ total, shown }: { total: number; shown: number }): string {
  return `${count.format(total - shown)} more — refine the search.`;
}

/**
 * Precomputes one lowercase search string per figure and the filter choices.
 * @example buildSearchIndex(figures, sources).topics // ['investment', 'trade']
 */
export function buildSearchIndex(
  figures: readonly Figure[],
  sources: readonly Pick<Source, 'id' | 'title' | 'publisher' | 'date'>[],
): SearchIndex {
  return searchIndexOf(
    figures.map((f) => ({
      figure: pickerFigure(f, f.quote.sourceId),
      words: [f.stated.text, f.quote.exact, f.period ?? ''],
    })),
    sources,
  );
}

/**
 * The same over a large corpus's index: every figure of every source, before any chunk is read
 * (its quote is not in the index; its stated words are).
 * @example buildIndexSearch(index).entries.length // 10000
 */
export function buildIndexSearch(index: DataIndex): SearchIndex {
  return searchIndexOf(
    index.figures.map((f) => ({
      figure: pickerFigure(f, f.sourceId),
      words: [f.stated, f.date ?? ''],
    })),
    index.sources,
  );
}

/** A fresh object with the picker's fields only, so a full figure and an index entry look alike. */
function pickerFigure(f: Omit<PickerFigure, 'sourceId'>, sourceId: string): PickerFigure {
  const { id, label, topic, kind, unit, status, value, range, speaker } = f;
  return {
    id,
    label,
    topic,
    kind,
    unit,
    status,
    speaker,
    sourceId,
    ...(range ? { range } : { value }),
  };
}

function searchIndexOf(
  items: readonly { figure: PickerFigure; words: readonly string[] }[],
  sources: readonly Pick<Source, 'id' | 'title' | 'publisher' | 'date'>[],
): SearchIndex {
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const entries = items.map(({ figure, words }) => {
    const source = sourceById.get(figure.sourceId);
    const haystack = [
      figure.id,
      figure.label,
      figure.topic,
      figure.speaker,
      ...words,
      source?.title ?? '',
      source?.publisher ?? '',
    ]
      .join('\n')
      .toLowerCase();
    return { figure, haystack, sourceId: figure.sourceId, date: source?.date ?? '' };
  });
  const figures = items.map((i) => i.figure);
  const sorted = (values: Iterable<string>) =>
    [...new Set(values)].sort((a, b) => a.localeCompare(b));
  const used = new Set(figures.map((f) => f.sourceId));
  return {
    entries,
    topics: sorted(figures.map((f) => f.topic)),
    speakers: sorted(figures.map((f) => f.speaker)),
    sources: sources
      .filter((s) => used.has(s.id))
      .map((s) => ({ id: s.id, title: s.title, date: s.date }))
      .sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title)),
    sourceTitles: new Map(sources.map((s) => [s.id, s.title])),
  };
}

/**
 * Figures matching every given filter; empty fields match everything.
 * @example searchFigures(index, { text: 'sakhalin 45' }).figures.map(f => f.id) // ['sakhalin-2-japanese-capital-share']
 */
export function searchFigures(
  index: SearchIndex,
  filter: FigureFilter,
  limit = RESULT_LIMIT,
): SearchResult {
  const terms = (filter.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const from = filter.from ? padDate(filter.from, '-01-01') : '';
  const to = filter.to ? padDate(filter.to, '-12-31') : '';
  const { topic, speaker, sourceId } = filter;
  const figures: PickerFigure[] = [];
  let total = 0;
  for (const e of index.entries) {
    if (topic && e.figure.topic !== topic) continue;
    if (speaker && e.figure.speaker !== speaker) continue;
    if (sourceId && e.sourceId !== sourceId) continue;
    if (from && e.date < from) continue;
    if (to && e.date > to) continue;
    if (!allIncluded(e.haystack, terms)) continue;
    total++;
    if (figures.length < limit) figures.push(e.figure);
  }
  return { figures, total };
}

/**
 * Groups hits by topic, then source, keeping the order each group first appears.
 * @example groupResults(index, hits).map(g => g.topic) // ['trade', 'investment']
 */
export function groupResults(index: SearchIndex, figures: readonly PickerFigure[]): ResultGroup[] {
  const groups = new Map<string, ResultGroup>();
  for (const f of figures) {
    const key = `${f.topic}\u0000${f.sourceId}`;
    let g = groups.get(key);
    if (!g) {
      const sourceTitle = index.sourceTitles.get(f.sourceId) ?? f.sourceId;
      g = { key, topic: f.topic, sourceId: f.sourceId, sourceTitle, figures: [] };
      groups.set(key, g);
    }
    g.figures.push(f);
  }
  return [...groups.values()];
}

function allIncluded(haystack: string, terms: readonly string[]): boolean {
  for (const t of terms) if (!haystack.includes(t)) return false;
  return true;
}

/** Completes 'YYYY' or 'YYYY-MM' to a full date so bounds compare as strings. @example padDate('2001', '-12-31') // '2001-12-31' */
export function padDate(value: string, fill: '-01-01' | '-12-31'): string {
  const v = value.trim();
  if (/^\d{4}$/.test(v)) return v + fill;
  if (/^\d{4}-\d{2}$/.test(v)) return v + fill.slice(3);
  return v;
}
