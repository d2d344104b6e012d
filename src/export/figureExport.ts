// One figure as downloadable CSV and JSON: the value, its quote with code-point offsets, the
// source and its URL. Pure; the CSV columns are those of data/figures.csv (one implementation).

import type { Figure, Source } from '../model/figure.ts';
import { figuresToCsv, type ExtraColumns } from './csv.ts';
import { textFragmentUrl } from './textFragment.ts';
import type { CarriedRecords } from './recordLines.ts';

/** The JSON a figure download contains (published schema: data/figure-download.schema.json). */
export interface FigureExport extends CarriedRecords {
  $schema: string;
  figure: Figure;
  source: Source;
  /** The original publication scrolled to the quote (a URL text fragment). */
  quoteUrl: string;
  /** Where the chart can be seen. */
  chartUrl: string;
}

/** Where charts/<id>.json finds its schema: relative to charts/. */
export const FIGURE_DOWNLOAD_SCHEMA = '../data/figure-download.schema.json';

/**
 * The figure, its source and links, and the records its claims are read against (recordLines.ts'
 * carriedRecords; none when not given).
 * @example JSON.parse(figureToJson(exports, source, 'https://x.test/#/figure/e')).figure.quote.start // 4317
 * @example JSON.parse(figureToJson(exports, source, url, carriedRecords([exports], published))).claims[0].comparisons[0].recorded // '+25.9 %'
 */
export function figureToJson(
  figure: Figure,
  source: Source,
  chartUrl: string,
  carried: CarriedRecords = { claims: [], records: [] },
): string {
  const body: FigureExport = {
    $schema: FIGURE_DOWNLOAD_SCHEMA,
    figure,
    source,
    quoteUrl: textFragmentUrl(source.url, figure.quote),
    chartUrl,
    ...carried,
  };
  return JSON.stringify(body, null, 2) + '\n';
}

/** @example figureToCsv(exports, source).split('\r\n').length // 3 (header, row, final newline) */
export function figureToCsv(figure: Figure, source: Source, extra?: ExtraColumns): string {
  return figuresToCsv([figure], [{ ...source, path: '' }], extra);
}

/** File names of a figure's downloads, all under charts/ of the built site.
 * @example figureFiles('a').png // 'charts/a.png' */
export function figureFiles(id: string): Record<'png' | 'svg' | 'pdf' | 'csv' | 'json', string> {
  return {
    png: `charts/${id}.png`,
    svg: `charts/${id}.svg`,
    pdf: `charts/${id}.pdf`,
    csv: `charts/${id}.csv`,
    json: `charts/${id}.json`,
  };
}

export type DownloadKind = 'png' | 'svg' | 'pdf' | 'csv' | 'json' | 'bib' | 'csl.json';

export interface DownloadLink {
  kind: DownloadKind;
  /** What a reader picks in the Download menu. */
  label: string;
  /** The format's short name ("PNG", "BibTeX"), a part of `label` (visible text and accessible
   *  name must agree). */
  short: string;
  /** Path under the built site, e.g. charts/growth-2001.png. */
  file: string;
}

const DOWNLOAD_LABELS: Record<DownloadKind, string> = {
  png: 'PNG image',
  svg: 'SVG image',
  pdf: 'PDF',
  csv: 'CSV data',
  json: 'JSON data',
  bib: 'BibTeX',
  'csl.json': 'CSL-JSON',
};

/**
 * The Download menu for a chart group as displayed, or for one figure (the secondary choice):
 * images, data and citations for both.
 * @example downloadLinks('growth-2001', 'chart').map((d) => d.file).at(-1) // 'charts/growth-2001.csl.json'
 * @example downloadLinks('a', 'figure').length // 7
 */
export function downloadLinks(id: string, _what: 'chart' | 'figure'): DownloadLink[] {
  // Both a chart group and each figure publish the same seven files (charts/<id>.*).
  const kinds: DownloadKind[] = ['png', 'svg', 'pdf', 'csv', 'json', 'bib', 'csl.json'];
  return kinds.map((kind) => ({
    kind,
    label: DOWNLOAD_LABELS[kind],
    short: kind === 'bib' ? 'BibTeX' : kind === 'csl.json' ? 'CSL-JSON' : kind.toUpperCase(),
    file: `charts/${id}.${kind}`,
  }));
}
