// The quotes behind a set of figures, one entry per sentence: figures quoting the same (or an
// overlapping) stretch of one source share an entry, with each figure's stated words marked.
// Pure; components render the parts as text and <mark>, never as HTML strings.

import { sliceCodePoints, toCodePoints } from './codePoints.ts';
import type { Figure } from './figure.ts';

/** A piece of the sentence; `figureIds` is set on the stated words of those figures. */
export interface SentencePart {
  text: string;
  figureIds?: string[];
}

export interface SentenceQuote {
  /** `${sourceId}:${start}:${end}` of the sentence, in code points of the source. */
  key: string;
  sourceId: string;
  speaker: string;
  /** The figures quoting this sentence, in the order given. */
  figureIds: string[];
  parts: SentencePart[];
}

interface Range {
  sourceId: string;
  start: number;
  end: number;
  /** The source's code points from start to end. */
  points: string[];
  figures: Figure[];
}

/**
 * One entry per sentence, in the order the figures first name them.
 * @example sentenceQuotes([s1, s2]).map(q => q.parts.filter(p => p.figureIds).map(p => p.text))
 * // [['30% of Sakhalin 1', '45% of Sakhalin 2']]
 */
export function sentenceQuotes(figures: readonly Figure[]): SentenceQuote[] {
  const ranges: Range[] = [];
  for (const f of figures) {
    const q = f.quote;
    const own: Range = {
      sourceId: q.sourceId,
      start: q.start,
      end: q.end,
      points: toCodePoints(q.exact),
      figures: [f],
    };
    // Merge every earlier range of the same source that overlaps this one (a chain may join).
    for (let i = ranges.length - 1; i >= 0; i--) {
      const r = ranges[i]!;
      if (r.sourceId !== own.sourceId || r.end <= own.start || own.end <= r.start) continue;
      merge(r, own);
      ranges.splice(i, 1);
    }
    ranges.push(own);
  }
  const order = new Map(figures.map((f, i) => [f.id, i]));
  const rank = (f: Figure) => order.get(f.id)!;
  for (const r of ranges) r.figures.sort((a, b) => rank(a) - rank(b));
  ranges.sort((a, b) => rank(a.figures[0]!) - rank(b.figures[0]!));
  return ranges.map(toEntry);
}

/** Folds `from` into `into`: the union of both stretches, all of their figures. */
function merge(from: Range, into: Range): void {
  const start = Math.min(from.start, into.start);
  const end = Math.max(from.end, into.end);
  const points = new Array<string>(end - start);
  for (const r of [from, into]) r.points.forEach((p, k) => (points[r.start - start + k] = p));
  into.start = start;
  into.end = end;
  into.points = points;
  into.figures = [...from.figures, ...into.figures];
}

function toEntry(r: Range): SentenceQuote {
  // Cut points at every stated span's edges; a piece is marked by every figure covering it.
  const spans = r.figures
    .map((f) => ({ id: f.id, s: f.stated.start - r.start, e: f.stated.end - r.start }))
    .filter((x) => x.s >= 0 && x.e <= r.points.length && x.s < x.e);
  const cuts = [...new Set([0, r.points.length, ...spans.flatMap((x) => [x.s, x.e])])].sort(
    (a, b) => a - b,
  );
  const parts: SentencePart[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const [a, b] = [cuts[k]!, cuts[k + 1]!];
    const ids = spans.filter((x) => x.s <= a && b <= x.e).map((x) => x.id);
    const text = sliceCodePoints(r.points, a, b);
    const last = parts.at(-1);
    if (last && !last.figureIds && ids.length === 0) last.text += text;
    else parts.push(ids.length > 0 ? { text, figureIds: ids } : { text });
  }
  const first = r.figures[0]!;
  return {
    key: `${r.sourceId}:${r.start}:${r.end}`,
    sourceId: r.sourceId,
    speaker: first.speaker,
    figureIds: r.figures.map((f) => f.id),
    parts,
  };
}
