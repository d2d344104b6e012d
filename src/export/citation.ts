// Citations for a figure, as plain text and as BibTeX, both naming the quoted sentence, who said
// it, the source (publisher, title, date, URL) and where the chart lives. Pure strings; no DOM.

import type { Figure, Source } from '../model/figure.ts';
import { formatDate, formatFigureValue } from '../model/format.ts';

export interface CitationInput {
  figure: Figure;
  source: Source;
  /** Where the chart of this figure can be seen (the dashboard's #/figure/<id> link). */
  chartUrl: string;
  /** The records the figure's claims are read against (export/recordLines.ts), named in the note. */
  records?: readonly RecordCitation[];
}

/** A record as a citation names it: its citation line and its address. */
export interface RecordCitation {
  citation: string;
  url: string;
}

/** The note's closing sentence naming the records, as plain text (CSL-JSON, copied text).
 * @example recordsNote([{ citation: 'MEDT: Table …; consulted 30 November 2026.', url: 'https://e.test/' }])
 * // ' Read against the record: MEDT: Table …; consulted 30 November 2026. https://e.test/' */
export function recordsNote(records: readonly RecordCitation[] = []): string {
  if (records.length === 0) return '';
  const s = records.length === 1 ? '' : 's';
  return ` Read against the record${s}: ${records.map((r) => `${oneLine(r.citation)} ${r.url}`).join(' ')}`;
}

/** The same sentence for a BibTeX note: escaped text, each address in \\url{}. */
export function bibRecordsNote(records: readonly RecordCitation[] = []): string {
  if (records.length === 0) return '';
  const s = records.length === 1 ? '' : 's';
  return ` Read against the record${s}: ${records.map((r) => `${bibEscape(r.citation)} \\url{${bibUrl(r.url, true)}}`).join(' ')}`;
}

/**
 * One paragraph: publisher, "title", date, URL, then the quote with its speaker, then the chart.
 * @example citationText({ figure: exports, source, chartUrl: 'https://x.test/#/figure/e' })
 * // 'Ministry of Foreign Affairs of Japan. "Foreign Minister Kawaguchi's …". 14 October 2002.
 * //  https://www.mofa.go.jp/…. Quote: "Japan's exports … year." (Foreign Minister Yoriko
 * //  Kawaguchi). Figure: Japan's exports to Russia, +40 %; chart: https://x.test/#/figure/e'
 */
export function citationText({ figure, source, chartUrl, records }: CitationInput): string {
  return (
    `${source.publisher}. "${source.title}". ${formatDate(source.date)}. ${source.url}. ` +
    `Quote: "${oneLine(figure.quote.exact)}" (${figure.speaker}). ` +
    `Figure: ${figure.label}, ${formatFigureValue(figure).replace(/\u202f/g, ' ')}; chart: ${chartUrl}` +
    (records?.length ? `.${recordsNote(records)}` : '')
  );
}

/**
 * A BibTeX @misc entry that biber and BibTeX read without warnings: `month` is the bare macro
 * (`month = oct`), every LaTeX special character is escaped and braces stay balanced. The note
 * names the quote and, when the chart has an absolute address, the chart.
 * @example citationBibtex({ figure: exports, source, chartUrl }).split('\n')[0]
 * // '@misc{mofa-2002-10-14-kawaguchi-putin:japan-exports-to-russia-2001,'
 */
export function citationBibtex({ figure, source, chartUrl, records }: CitationInput): string {
  const chart = /^https?:\/\//.test(chartUrl) ? ` Chart: \\url{${bibUrl(chartUrl, true)}}` : '';
  return bibtexEntry(
    `${source.id}:${figure.id}`,
    source,
    `Quote: ${bibEscape(`“${oneLine(figure.quote.exact)}”`)} (${bibEscape(figure.speaker)}). ` +
      `Figure: ${bibEscape(figure.label)}, ${bibEscape(formatFigureValue(figure))}.${chart}` +
      bibRecordsNote(records),
  );
}

/**
 * A BibTeX @misc entry for `source` whose note is `note` (already escaped, braces balanced):
 * braced author and title, bare month macro, the URL verbatim. Shared by figure and chart citations.
 * @example bibtexEntry('s:c', source, 'Quote: …').split('\n')[0] // '@misc{s:c,'
 */
export function bibtexEntry(key: string, source: Source, note: string): string {
  const [year = '', month = ''] = source.date.split('-');
  const monthName = MONTHS[Number(month) - 1];
  const fields: [string, string][] = [
    ['author', `{{${bibEscape(source.publisher)}}}`],
    ['title', `{{${bibEscape(source.title)}}}`],
    ['year', `{${year}}`],
    ...(monthName ? ([['month', monthName]] as [string, string][]) : []),
    ['url', `{${bibUrl(source.url, false)}}`],
    ['note', `{${note}}`],
  ];
  return `@misc{${bibKey(key)},\n${fields.map(([k, v]) => `  ${k} = ${v},`).join('\n')}\n}\n`;
}

/**
 * The figure's source as CSL-JSON (what Zotero, Mendeley and Pandoc read): one item, the quote and
 * the figure in `note`, the chart link in `note` too when it is absolute.
 * @example citationCsl({ figure: exports, source, chartUrl })[0].issued // { 'date-parts': [[2002, 10, 14]] }
 */
export function citationCsl({ figure, source, chartUrl, records }: CitationInput) {
  const parts = source.date.split('-').map(Number);
  const chart = /^https?:\/\//.test(chartUrl) ? ` Chart: ${chartUrl}` : '';
  return [
    {
      id: `${source.id}:${figure.id}`,
      type: 'webpage' as const,
      title: source.title,
      author: [{ literal: source.publisher }],
      publisher: source.publisher,
      issued: { 'date-parts': [parts] },
      URL: source.url,
      language: source.language,
      note:
        `Quote: “${oneLine(figure.quote.exact)}” (${figure.speaker}). ` +
        `Figure: ${figure.label}, ${formatFigureValue(figure).replace(/\u202f/g, ' ')}.${chart}` +
        recordsNote(records),
    },
  ];
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Escapes the characters LaTeX gives a meaning to; braces become commands, so fields stay
 * balanced whatever the text holds. @example bibEscape('40% & $1 <b>') // '40\\% \\& \\$1 \\textless{}b\\textgreater{}' */
export function bibEscape(s: string): string {
  // One pass, so the braces of \textbackslash{} are never escaped again.
  return oneLine(s).replace(/[\\{}%&$#_^~<>\u202f]/g, (c) => BIB_ESCAPES[c] ?? `\\${c}`);
}

const BIB_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
  '<': '\\textless{}',
  '>': '\\textgreater{}',
  '\u202f': '~', // the narrow no-break space before "%" stays unbreakable
};

/** URLs keep their characters (biblatex reads the url field verbatim) except braces and spaces;
 * inside a note's \\url{}, "%" and "#" are escaped too, since LaTeX reads the note as text. */
export function bibUrl(url: string, inNote = true): string {
  const encoded = url.replace(/[{}\s\\]/g, (c) => encodeURIComponent(c));
  return inNote ? encoded.replace(/[%#]/g, (c) => `\\${c}`) : encoded;
}

/** BibTeX keys allow letters, digits and a few marks; anything else becomes "-". */
function bibKey(s: string): string {
  return s.replace(/[^A-Za-z0-9:._-]/g, '-');
}

/** Collapses line breaks and runs of spaces; keeps the narrow no-break space of "40 %". */
/** Folds runs of white space (not the narrow no-break space of "40 %") into one space.
 * @example oneLine('a\n  b') // 'a b' */
export function oneLine(s: string): string {
  return s.replace(/[^\S\u202f]+/g, ' ').trim();
}
