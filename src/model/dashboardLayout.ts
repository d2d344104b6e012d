// Groups chart groups into dashboard sections by topic, keeping data order, and finds which
// chart draws a figure; with several sources, groups by source first. Pure; views render what this returns.

import type { ChartGroup, Dataset, Figure, PublishedSource } from './figure.ts';

export interface Section {
  topic: string;
  charts: { chart: ChartGroup; figures: Figure[] }[];
}

/** @example dashboardSections(ds).map(s => s.topic) // ['Trade and investment growth', 'Sakhalin projects'] */
export function dashboardSections(dataset: Dataset): Section[] {
  return sectionsOf(dataset.charts, new Map(dataset.figures.map((f) => [f.id, f])));
}

/**
 * The figures a chart draws, in its order, skipping ids `byId` does not know.
 * @example chartFigures({ figures: ['a', 'x'] } as ChartGroup, new Map([['a', a]])) // [a]
 */
export function chartFigures(chart: ChartGroup, byId: ReadonlyMap<string, Figure>): Figure[] {
  return chart.figures.flatMap((id) => byId.get(id) ?? []);
}

/** Sections of `charts`, looking figures up in `byId` (built once: sourceGroups calls this per source). */
function sectionsOf(charts: readonly ChartGroup[], byId: ReadonlyMap<string, Figure>): Section[] {
  const sections = new Map<string, Section>();
  for (const chart of charts) {
    const figures = chartFigures(chart, byId);
    if (figures.length === 0) continue;
    let section = sections.get(chart.topic);
    if (!section) sections.set(chart.topic, (section = { topic: chart.topic, charts: [] }));
    section.charts.push({ chart, figures });
  }
  return [...sections.values()];
}

/** One source's part of the dashboard: its metadata (if published) and its topic sections. */
export interface SourceGroup {
  sourceId: string;
  source: PublishedSource | undefined;
  sections: Section[];
  /** Figures of this source that some chart draws. */
  figureCount: number;
}

/**
 * Groups charts by the source their figures quote, then by topic (as dashboardSections), in the
 * order of `dataset.sources`; a chart belongs to the source of its first known figure (a chart
 * draws figures of one source, see ChartGroup). Sources with no chart are left out.
 * @example sourceGroups(ds).map(g => [g.sourceId, g.sections.map(s => s.topic)])
 * // [['mofa-2002-…', ['Trade and investment growth', 'Sakhalin projects']], ['northshore-…', ['Harbour']]]
 */
export function sourceGroups(dataset: Dataset): SourceGroup[] {
  const byId = new Map(dataset.figures.map((f) => [f.id, f]));
  const chartsBySource = new Map<string, ChartGroup[]>(dataset.sources.map((s) => [s.id, []]));
  for (const chart of dataset.charts) {
    const first = chart.figures.map((id) => byId.get(id)).find((f) => f !== undefined);
    if (!first) continue;
    const id = first.quote.sourceId;
    const list = chartsBySource.get(id);
    if (list) list.push(chart);
    else chartsBySource.set(id, [chart]);
  }
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const groups: SourceGroup[] = [];
  for (const [sourceId, charts] of chartsBySource) {
    const sections = sectionsOf(charts, byId);
    if (sections.length === 0) continue;
    const ids = new Set(
      sections.flatMap((s) => s.charts.flatMap((c) => c.figures.map((f) => f.id))),
    );
    groups.push({ sourceId, source: sources.get(sourceId), sections, figureCount: ids.size });
  }
  return groups;
}

/**
 * The page header for several sources: a name for the collection and a line on who and when (of
 * the sources given; the title counts `total`).
 * @example collectionHeading([mofa2002, harbour2031])
 * // { title: 'Figures cited in 2 sources', byline: 'Ministry of Foreign Affairs of Japan; Northshore Harbour Board · 2002–2031' }
 */
export function collectionHeading(
  sources: readonly PublishedSource[],
  /** Sources in the whole corpus, when `sources` are only those read so far (chunked pages). */
  total = sources.length,
): {
  title: string;
  byline: string;
} {
  const publishers = [...new Set(sources.map((s) => s.publisher))];
  const years = sources.map((s) => s.date.slice(0, 4)).sort();
  const span =
    years.length === 0 ? '' : years[0] === years.at(-1) ? years[0]! : `${years[0]}–${years.at(-1)}`;
  const who =
    publishers.length <= 3
      ? publishers.join('; ')
      : `${publishers.slice(0, 3).join('; ')} and ${publishers.length - 3} more`;
  return {
    title: `Figures cited in ${total.toLocaleString('en')} source${total === 1 ? '' : 's'}`,
    byline: [who, span].filter(Boolean).join(' · '),
  };
}

/** Bars a one-column card holds before its bars get too thin to read at 400 px. */
export const BARS_PER_COLUMN = 4;

/**
 * How many grid columns a card takes, from the number of bars it draws: one for up to four
 * bars (so two bars never stand 500 px apart on a full-width card), two for more.
 * @example cardColumns(2) // 1; cardColumns(7) // 2
 */
export function cardColumns(bars: number): 1 | 2 {
  return bars <= BARS_PER_COLUMN ? 1 : 2;
}

/** Source sections the dashboard shows before its "Show more sources" button (1,000 sources fit). */
export const SOURCES_PER_PAGE = 5;

/**
 * Sources a large corpus's page carries and draws first (the rest come from data/chunks/ as
 * "Show more sources" asks): one, so the first view costs what a one-document site's does,
 * whatever the corpus holds.
 */
export const FIRST_VIEW_SOURCES = 1;
