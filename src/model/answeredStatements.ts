// The statements a set of figures answers (Putin's "trade … is not increasing" for Kawaguchi's
// figures), each once, for Compare's quotes side by side. Pure; apart from model/compare.ts so
// the pages' startup JS (which plans comparisons) does not carry it.

import type { Figure } from './figure.ts';

/** A statement the compared figures answer, once however many figures answer it. */
export interface AnsweredStatement {
  key: string;
  speaker: string;
  relation: string;
  exact: string;
  sourceId: string;
  /** The compared figures that answer it, in selection order. */
  figureIds: string[];
}

/**
 * The context statements of the figures, each once (Putin's "not increasing" for all of
 * Kawaguchi's figures), in the order they first appear.
 * @example answeredStatements([exports, fdi]).map(s => [s.speaker, s.figureIds]) // [['President Vladimir Putin', ['japan-exports-…', 'japan-fdi-…']]]
 */
export function answeredStatements(figures: readonly Figure[]): AnsweredStatement[] {
  const out = new Map<string, AnsweredStatement>();
  for (const f of figures) {
    for (const c of f.context ?? []) {
      const key = `${c.quote.sourceId}:${c.quote.start}:${c.quote.end}`;
      let s = out.get(key);
      if (!s) {
        s = {
          key,
          speaker: c.speaker,
          relation: c.relation,
          exact: c.quote.exact,
          sourceId: c.quote.sourceId,
          figureIds: [],
        };
        out.set(key, s);
      }
      if (!s.figureIds.includes(f.id)) s.figureIds.push(f.id);
    }
  }
  return [...out.values()];
}
