// Splits a quote into the text before, the value's own words, and after, in code points, so the
// quote panel can emphasise the stated words without any HTML string building. Pure.

import type { Figure, Source } from './figure.ts';
import { sliceCodePoints, toCodePoints } from './codePoints.ts';
import { formatDate } from './format.ts';

export interface QuoteParts {
  before: string;
  stated: string;
  after: string;
}

/**
 * @example quoteParts(exports) // { before: "Japan's exports to Russia in 2001 ", stated: 'increased 40%', after: ' over the previous year, …' }
 */
export function quoteParts(f: Pick<Figure, 'quote' | 'stated'>): QuoteParts {
  const points = toCodePoints(f.quote.exact);
  const s = f.stated.start - f.quote.start;
  const e = f.stated.end - f.quote.start;
  if (s < 0 || e > points.length || s >= e) return { before: f.quote.exact, stated: '', after: '' };
  return {
    before: sliceCodePoints(points, 0, s),
    stated: sliceCodePoints(points, s, e),
    after: sliceCodePoints(points, e, points.length),
  };
}

/** A run of a quoted sentence: plain text, or the stated words of `figureId`. */
export interface SentencePart {
  text: string;
  /** Set when the run is a figure's stated words ("increased 40%"). */
  figureId?: string;
}

/** One quoted sentence and every figure it states, for captions that list each sentence once. */
export interface QuotedSentence {
  quote: Figure['quote'];
  speaker: string;
  figures: Figure[];
  parts: SentencePart[];
}

/**
 * Groups figures by the sentence they quote (same source and offsets), in the figures' order,
 * and splits each sentence into plain runs and the stated words of each of its figures.
 * @example quotedSentences([exports, fdi]).length // 1 (one sentence states both)
 * @example quotedSentences([exports, fdi])[0].parts.filter((p) => p.figureId).map((p) => p.text)
 * // ['increased 40%', 'had doubled']
 */
export function quotedSentences(figures: readonly Figure[]): QuotedSentence[] {
  const groups = new Map<string, Figure[]>();
  for (const f of figures) {
    const key = `${f.quote.sourceId}:${f.quote.start}:${f.quote.end}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0]!;
    const points = toCodePoints(first.quote.exact);
    const spans = group
      .map((f) => ({
        id: f.id,
        s: f.stated.start - f.quote.start,
        e: f.stated.end - f.quote.start,
      }))
      .filter(({ s, e }) => s >= 0 && e <= points.length && s < e)
      .sort((a, b) => a.s - b.s);
    const parts: SentencePart[] = [];
    let at = 0;
    for (const { id, s, e } of spans) {
      if (s < at) continue; // overlapping stated words: the first one marks the run
      if (s > at) parts.push({ text: sliceCodePoints(points, at, s) });
      parts.push({ text: sliceCodePoints(points, s, e), figureId: id });
      at = e;
    }
    if (at < points.length) parts.push({ text: sliceCodePoints(points, at, points.length) });
    return { quote: first.quote, speaker: first.speaker, figures: group, parts };
  });
}

/**
 * Who published a quoted sentence and when, as a quote's attribution prints it; the bare id when
 * the source is not loaded.
 * @example quoteSourceLine(sources, 'mofa-2002-10-14-kawaguchi-putin') // 'Ministry of Foreign Affairs of Japan, 14 October 2002'
 */
export function quoteSourceLine(
  sources: ReadonlyMap<string, Pick<Source, 'publisher' | 'date'>>,
  id: string,
): string {
  const s = sources.get(id);
  return s ? `${s.publisher}, ${formatDate(s.date)}` : id;
}
