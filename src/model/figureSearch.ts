// Filters figures for the compare picker by text, topic, speaker, source and source date, and
// groups the hits by topic and source. The lowercase text of every figure is built once, so a
// keystroke costs one pass of `includes` over strings that already exist. Pure; no Svelte.

import type { Figure, Source } from './figure.ts';

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
  figure: Figure;
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
  figures: Figure[];
  /** How many figures match in all. */
  total: number;
}

export interface ResultGroup {
  key: string;
  topic: string;
  sourceId: string;
  sourceTitle: string;
  figures: Figure[];
}

/** How many hits the picker shows at once; the rest are counted ("N more — refine the search"). */
export const RESULT_LIMIT = 200;

/**
 * Precomputes one lowercase search string per figure and the filter choices.
 * @example buildSearchIndex(figures, sources).topics // ['investment', 'trade']
 */
export function buildSearchIndex(
  figures: readonly Figure[],
  sources: readonly Source[],
): SearchIndex {
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const entries = figures.map((figure) => {
    const source = sourceById.get(figure.quote.sourceId);
    const haystack = [
      figure.id,
      figure.label,
      figure.topic,
      figure.speaker,
      figure.stated.text,
      figure.quote.exact,
      figure.period ?? '',
      source?.title ?? '',
      source?.publisher ?? '',
    ]
      .join('\n')
      .toLowerCase();
    return { figure, haystack, sourceId: figure.quote.sourceId, date: source?.date ?? '' };
  });
  const sorted = (values: Iterable<string>) =>
    [...new Set(values)].sort((a, b) => a.localeCompare(b));
  return {
    entries,
    topics: sorted(figures.map((f) => f.topic)),
    speakers: sorted(figures.map((f) => f.speaker)),
    sources: sources
      .filter((s) => figures.some((f) => f.quote.sourceId === s.id))
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
  const figures: Figure[] = [];
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
export function groupResults(index: SearchIndex, figures: readonly Figure[]): ResultGroup[] {
  const groups = new Map<string, ResultGroup>();
  for (const f of figures) {
    const key = `${f.topic}\u0000${f.quote.sourceId}`;
    let g = groups.get(key);
    if (!g) {
      const sourceTitle = index.sourceTitles.get(f.quote.sourceId) ?? f.quote.sourceId;
      g = { key, topic: f.topic, sourceId: f.quote.sourceId, sourceTitle, figures: [] };
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
