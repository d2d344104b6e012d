// Cuts a source text into runs for the source view: plain text, quoted text (linked to a figure)
// and stated words (the value itself). Offsets are code points. Pure; the view only renders runs.

import type { Figure } from './figure.ts';
import { sliceCodePoints, toCodePoints } from './codePoints.ts';

export interface Segment {
  text: string;
  /** The figure this run links to; undefined for plain text. */
  figureId?: string;
  /** Every figure whose quote covers this run. */
  figureIds: string[];
  stated: boolean;
  /** A statement that a figure answers (context), not a figure's own quote. */
  context: boolean;
  /** Code-point offset where the run starts. */
  start: number;
}

/**
 * @example sourceSegments('ab cd', [fig quoting 'cd' with stated 'd'])
 * // [{ text: 'ab ', figureIds: [] }, { text: 'c', figureId: f }, { text: 'd', figureId: f, stated: true }]
 * Context statements (what a figure answers) become runs with `context: true`.
 */
export function sourceSegments(
  text: string,
  figures: readonly Figure[],
  sourceId: string,
): Segment[] {
  const points = toCodePoints(text);
  const mine = figures.filter((f) => f.quote.sourceId === sourceId);
  const contexts = figures.flatMap((f) =>
    (f.context ?? [])
      .filter((c) => c.quote.sourceId === sourceId)
      .map((c) => ({ id: f.id, q: c.quote })),
  );
  const cuts = new Set<number>([0, points.length]);
  const ranges = [
    ...mine.flatMap((f) => [f.quote.start, f.quote.end, f.stated.start, f.stated.end]),
    ...contexts.flatMap((c) => [c.q.start, c.q.end]),
  ];
  for (const n of ranges) if (n >= 0 && n <= points.length) cuts.add(n);
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let k = 0; k < sorted.length - 1; k++) {
    const start = sorted[k]!;
    const end = sorted[k + 1]!;
    const covering = mine.filter((f) => f.quote.start <= start && end <= f.quote.end);
    const statedBy = mine.find((f) => f.stated.start <= start && end <= f.stated.end);
    const answered = contexts.filter((c) => c.q.start <= start && end <= c.q.end);
    const seg: Segment = {
      text: sliceCodePoints(points, start, end),
      figureIds:
        covering.length > 0 ? covering.map((f) => f.id) : [...new Set(answered.map((c) => c.id))],
      stated: statedBy !== undefined,
      context: covering.length === 0 && answered.length > 0,
      start,
    };
    const target = statedBy?.id ?? covering[0]?.id ?? answered[0]?.id;
    if (target) seg.figureId = target;
    out.push(seg);
  }
  return out;
}
