// Citations for a figure, as plain text and as BibTeX, both naming the quoted sentence, who said
// it, the source (publisher, title, date, URL) and where the chart lives. Pure strings; no DOM.

import type { Figure, Source } from '../model/figure.ts';
import { formatDate, formatFigureValue } from '../model/format.ts';

export interface CitationInput {
  figure: Figure;
  source: Source;
  /** Where the chart of this figure can be seen (the dashboard's #/figure/<id> link). */
  chartUrl: string;
}

/**
 * One paragraph: publisher, "title", date, URL, then the quote with its speaker, then the chart.
 * @example citationText({ figure: exports, source, chartUrl: 'https://x.test/#/figure/e' })
 * // 'Ministry of Foreign Affairs of Japan. "Foreign Minister Kawaguchi's …". 14 October 2002.
 * //  https://www.mofa.go.jp/…. Quote: "Japan's exports … year." (Foreign Minister Yoriko
 * //  Kawaguchi). Figure: Japan's exports to Russia, +40 %; chart: https://x.test/#/figure/e'
 */
export function citationText({ figure, source, chartUrl }: CitationInput): string {
  return (
    `${source.publisher}. "${source.title}". ${formatDate(source.date)}. ${source.url}. ` +
    `Quote: "${oneLine(figure.quote.exact)}" (${figure.speaker}). ` +
    `Figure: ${figure.label}, ${formatFigureValue(figure).replace(/\u202f/g, ' ')}; chart: ${chartUrl}`
  );
}

/**
 * A BibTeX @misc entry; the note names the quote and the chart. Special characters are escaped.
 * @example citationBibtex({ figure: exports, source, chartUrl }).split('\n')[0]
 * // '@misc{mofa-2002-10-14-kawaguchi-putin:japan-exports-to-russia-2001,'
 */
export function citationBibtex({ figure, source, chartUrl }: CitationInput): string {
  return bibtexEntry(
    `${source.id}:${figure.id}`,
    source,
    `Quote: ${bibEscape(`“${oneLine(figure.quote.exact)}”`)} (${bibEscape(figure.speaker)}). ` +
      `Figure: ${bibEscape(figure.label)}, ${bibEscape(formatFigureValue(figure))}. ` +
      `Chart: \\url{${bibUrl(chartUrl)}}`,
  );
}

/**
 * A BibTeX @misc entry for `source` with `note` (already escaped) under the key `key`.
 * @example bibtexEntry('s:c', source, 'Quote: …').split('\n')[0] // '@misc{s:c,'
 */
export function bibtexEntry(key: string, source: Source, note: string): string {
  const [year = '', month = '', day = ''] = source.date.split('-');
  const monthName = MONTHS[Number(month) - 1];
  const fields: [string, string][] = [
    ['author', `{${bibEscape(source.publisher)}}`],
    ['title', `{${bibEscape(source.title)}}`],
    ['year', year],
    ...(monthName ? ([['month', monthName]] as [string, string][]) : []),
    ...(day ? ([['day', String(Number(day))]] as [string, string][]) : []),
    ['date', source.date],
    ['url', bibUrl(source.url)],
    ['note', note],
  ];
  return `@misc{${bibKey(key)},\n${fields.map(([k, v]) => `  ${k} = {${v}},`).join('\n')}\n}\n`;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Escapes the characters LaTeX gives a meaning to. @example bibEscape('40% & $1') // '40\\% \\& \\$1' */
export function bibEscape(s: string): string {
  // One pass, so the braces of \textbackslash{} are never escaped again.
  return oneLine(s).replace(/[\\{}%&$#_^~\u202f]/g, (c) => BIB_ESCAPES[c] ?? `\\${c}`);
}

const BIB_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
  '\u202f': '~', // the narrow no-break space before "%" stays unbreakable
};

/** URLs keep their characters (hyperref reads them verbatim) except braces, which would end the field.
 * @example bibUrl("https://x.test/{a}") // "https://x.test/%7Ba%7D" */
export function bibUrl(url: string): string {
  return url.replace(/[{}\s]/g, (c) => encodeURIComponent(c));
}

/** BibTeX keys allow letters, digits and a few marks; anything else becomes "-". @example bibKey("a b") // "a-b" */
function bibKey(s: string): string {
  return s.replace(/[^A-Za-z0-9:._-]/g, '-');
}

/** Collapses line breaks and runs of spaces; keeps the narrow no-break space of "40 %". @example oneLine(" a\n b ") // "a b" */
export function oneLine(s: string): string {
  return s.replace(/[^\S\u202f]+/g, ' ').trim();
}
