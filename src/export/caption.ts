// The words printed around every exported chart (static images, the chart-group and comparison
// images, the embed's source line): headline, each quoted sentence once with its stated words
// marked, and the one citation line of a source. Pure strings; nothing is measured or drawn here.

import type { Figure, Source } from '../model/figure.ts';
import { formatDate } from '../model/format.ts';
import { toCodePoints } from '../model/codePoints.ts';
import type { RecordLine } from './recordLines.ts';

/** A piece of a quote; `marked` pieces are the figures' own words ("increased 40%"). */
export interface QuoteRun {
  text: string;
  marked: boolean;
}

/** One quoted sentence, cited once however many figures it states. */
export interface CaptionQuote {
  runs: QuoteRun[];
  speaker: string;
}

export interface Caption {
  title: string;
  /** How the values were drawn ("increased 40% → index 140 (2000 = 100)"), one line each. */
  subtitle: string;
  quotes: CaptionQuote[];
  /** One citation line per source ("Source: Ministry …, “Title”, 14 October 2002"). */
  sources: string[];
  /** The sources' addresses, in the same order (the PDF makes them links). */
  urls: string[];
  /** The record beside each claim that has one: the comparison in words, caveats, citation, URL. */
  records?: RecordLine[];
  brand: string;
}

export const BRAND = 'Cited Figures: every number links to the sentence it comes from.';

/**
 * The pieces of the one citation line of a source, so the embed can wrap the title in `<cite>`.
 * @example sourceLineParts(source) // ['Source: Ministry of Foreign Affairs of Japan, “', 'Foreign Minister …', '”, 14 October 2002']
 */
export function sourceLineParts(s: Pick<Source, 'publisher' | 'title' | 'date'>): string[] {
  return [`Source: ${s.publisher}, “`, s.title, `”, ${formatDate(s.date)}`];
}

/**
 * The one citation line of a source, printed under every chart.
 * @example sourceLine(source) // "Source: Ministry of Foreign Affairs of Japan, “Foreign Minister …”, 14 October 2002"
 */
export function sourceLine(s: Pick<Source, 'publisher' | 'title' | 'date'>): string {
  return sourceLineParts(s).join('');
}

/**
 * Each distinct sentence once (figures that quote the same span share it), in order of first
 * use, with every figure's stated words marked; whitespace runs collapse to one space.
 * @example captionQuotes([exports, fdi])[0].runs.filter((r) => r.marked).map((r) => r.text) // ['increased 40%', 'had doubled']
 */
export function captionQuotes(figures: readonly Figure[]): CaptionQuote[] {
  const bySpan = new Map<string, { figure: Figure; stated: [number, number][] }>();
  for (const f of figures) {
    const key = `${f.quote.sourceId}:${f.quote.start}:${f.quote.end}`;
    const entry = bySpan.get(key) ?? { figure: f, stated: [] };
    entry.stated.push([f.stated.start - f.quote.start, f.stated.end - f.quote.start]);
    bySpan.set(key, entry);
  }
  return [...bySpan.values()].map(({ figure, stated }) => ({
    runs: markRuns(toCodePoints(figure.quote.exact), stated),
    speaker: figure.speaker,
  }));
}

/** Splits code points into runs, marking the given [start, end) ranges (clamped, merged). */
function markRuns(points: string[], ranges: [number, number][]): QuoteRun[] {
  const marked = new Array<boolean>(points.length).fill(false);
  for (const [s, e] of ranges) {
    for (let i = Math.max(0, s); i < Math.min(points.length, e); i++) marked[i] = true;
  }
  const runs: QuoteRun[] = [];
  points.forEach((p, i) => {
    const last = runs.at(-1);
    if (last && last.marked === marked[i]) last.text += p;
    else runs.push({ text: p, marked: marked[i]! });
  });
  return runs.map((r) => ({ ...r, text: r.text.replace(/\s+/g, ' ') }));
}

/**
 * The caption of a chart of `figures`: the headline given, the transforms, each sentence once,
 * each source's citation line once, then each record line (export/recordLines.ts) when given.
 * @example chartCaption('Exports and FDI grew in 2001', ['…'], [exports, fdi], [source]).quotes.length // 1
 */
export function chartCaption(
  title: string,
  transforms: readonly string[],
  figures: readonly Figure[],
  sources: readonly Source[],
  records: readonly RecordLine[] = [],
): Caption {
  const used = [...new Set(figures.map((f) => f.quote.sourceId))];
  const cited = used.flatMap((id) => sources.filter((s) => s.id === id).slice(0, 1));
  return {
    title,
    subtitle: [...new Set(transforms)].join('; '),
    quotes: captionQuotes(figures),
    sources: cited.map(sourceLine),
    urls: cited.map((s) => s.url),
    ...(records.length ? { records: [...records] } : {}),
    brand: BRAND,
  };
}

/** The caption as one plain string (PNG description, SVG <desc>, PDF subject). @example captionText(c) // '“Japan's … year.” — Foreign Minister Yoriko Kawaguchi. Source: …' */
export function captionText(c: Caption): string {
  const quotes = c.quotes.map(
    (q) =>
      `“${q.runs
        .map((r) => r.text)
        .join('')
        .trim()}” — ${q.speaker}`,
  );
  const records = (c.records ?? []).map((r) => `${r.text} ${r.citation} ${r.url}`);
  return [
    ...quotes,
    ...c.sources.map((s, i) => `${s}. ${c.urls[i] ?? ''}`.trim()),
    ...records,
  ].join(' ');
}
