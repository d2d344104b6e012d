// Citations for a chart as displayed (a chart group with all its figures): plain text, BibTeX and
// CSL-JSON, each quoted sentence once with its stated words marked. Pure strings; no DOM.

import type { ChartGroup, Figure, Source } from '../model/figure.ts';
import { formatDate, formatFigureValue } from '../model/format.ts';
import { quotedSentences, type QuotedSentence } from '../model/quoteParts.ts';
import {
  bibEscape,
  bibRecordsNote,
  bibtexEntry,
  bibUrl,
  oneLine,
  recordsNote,
  type RecordCitation,
} from './citation.ts';
import { chartTitle } from './figureTitle.ts';
import { recordCitations, type PublishedClaims } from './recordLines.ts';

export interface ChartCitationInput {
  chart: ChartGroup;
  /** The chart's figures, all quoted from `source`. */
  figures: readonly Figure[];
  source: Source;
  /** Where the chart can be seen: its share page. */
  pageUrl: string;
  /** The records the chart's claims are read against (export/recordLines.ts), named in the note. */
  records?: readonly RecordCitation[];
}

/**
 * The one way a chart's citation input is made, by the build (charts/<id>.bib, .csl.json) and by
 * the page's "Copy citation" / "Copy BibTeX": the records named in the note come from the
 * published claims (data/records.json), so a copied and a published citation cannot disagree.
 * @example chartCitationInput({ chart, figures, source, pageUrl }, published).records?.[0]?.url
 * // 'https://www.erina.or.jp/en/columns-opinion/4789/'
 */
export function chartCitationInput(
  base: Omit<ChartCitationInput, 'records'>,
  published: PublishedClaims | undefined,
): ChartCitationInput {
  return { ...base, records: recordCitations(base.figures, published) };
}

/**
 * One paragraph: source, each sentence once (stated words between * *), the values, the chart.
 * @example chartCitationText({ chart: growth, figures: [exports, fdi], source, pageUrl })
 * // 'Ministry of Foreign Affairs of Japan. "Foreign Minister …". 14 October 2002. https://….
 * //  Quote: "Japan's exports to Russia in 2001 *increased 40%* over …, and direct investment to
 * //  Russia *had doubled* over the previous year." (Foreign Minister Yoriko Kawaguchi).
 * //  Figures: Japan's exports to Russia, +40 %; Japan's direct investment to Russia, +100 %.
 * //  Chart: "Japan's direct investment … rose 40 %", https://x.test/chart/growth-2001.html'
 */
export function chartCitationText(
  { chart, figures, source, pageUrl, records }: ChartCitationInput,
  { quotes: withQuotes = true }: { quotes?: boolean } = {},
): string {
  // Printed under the quotes themselves, the citation leaves them out rather than repeat them.
  const quotes = withQuotes
    ? quotedSentences(figures)
        .map((s) => `Quote: "${marked(s, '*')}" (${s.speaker}).`)
        .join(' ')
    : '';
  return (
    `${source.publisher}. "${source.title}". ${formatDate(source.date)}. ${source.url}. ` +
    `${quotes ? `${quotes} ` : ''}Figures: ${values(figures)}. Chart: "${chartTitle(chart)}", ${pageUrl}` +
    (records?.length ? `.${recordsNote(records)}` : '')
  );
}

/**
 * A BibTeX @misc entry for the chart; the note quotes each sentence once with \emph{stated words}.
 * @example chartCitationBibtex({ chart: growth, figures, source, pageUrl }).split('\n')[0]
 * // '@misc{mofa-2002-10-14-kawaguchi-putin:growth-2001,'
 */
export function chartCitationBibtex({
  chart,
  figures,
  source,
  pageUrl,
  records,
}: ChartCitationInput): string {
  const quotes = quotedSentences(figures)
    .map((s) => {
      // bibEscape trims, so the spaces at a run's edges are put back outside \emph{…}.
      const runs = s.parts.map((p) => {
        const t = p.figureId ? `\\emph{${bibEscape(p.text)}}` : bibEscape(p.text);
        return `${/^\s/.test(p.text) ? ' ' : ''}${t}${/\s$/.test(p.text) ? ' ' : ''}`;
      });
      return `Quote: “${runs.join('').replace(/ {2,}/g, ' ').trim()}” (${bibEscape(s.speaker)}).`;
    })
    .join(' ');
  return bibtexEntry(
    `${source.id}:${chart.id}`,
    source,
    `${quotes} Figures: ${bibEscape(values(figures))}. ` +
      `Chart: ${bibEscape(chartTitle(chart))}` +
      (/^https?:\/\//.test(pageUrl)
        ? `, \\url{${bibUrl(pageUrl)}}${records?.length ? '.' : ''}`
        : '.') +
      bibRecordsNote(records),
  );
}

/**
 * The chart as one CSL-JSON item (an array, as reference managers import it).
 * @example JSON.parse(chartCitationCsl(input))[0].type // 'webpage'
 */
export function chartCitationCsl(input: ChartCitationInput): string {
  const { chart, figures, source, pageUrl, records } = input;
  const [y, m, d] = source.date.split('-').map(Number);
  const item = {
    id: `${source.id}:${chart.id}`,
    type: 'webpage',
    title: source.title,
    author: [{ literal: source.publisher }],
    publisher: source.publisher,
    issued: { 'date-parts': [[y, m, d].filter((n) => Number.isFinite(n))] },
    URL: source.url,
    note:
      quotedSentences(figures)
        .map((s) => `Quote: “${marked(s, '')}” (${s.speaker}).`)
        .join(' ') +
      ` Figures: ${values(figures)}. Chart: ${chartTitle(chart)}` +
      (/^https?:\/\//.test(pageUrl) ? `, ${pageUrl}${records?.length ? '.' : ''}` : '.') +
      recordsNote(records),
    language: source.language,
  };
  return JSON.stringify([item], null, 2) + '\n';
}

function marked(s: QuotedSentence, mark: string): string {
  return oneLine(s.parts.map((p) => (p.figureId ? `${mark}${p.text}${mark}` : p.text)).join(''));
}

function values(figures: readonly Figure[]): string {
  return figures
    .map((f) => `${f.label}, ${formatFigureValue(f).replace(/\u202f/g, ' ')}`)
    .join('; ');
}
