// Finds a quote again after its source text changed (a typo fixed, whitespace reflowed, text
// inserted), in the manner of Hypothesis' anchoring: offsets, then exact text, then fuzzy match.
// Pure: no file system; it proposes new selectors and never edits or drops a quote itself.

import approxSearch from 'approx-string-match';
import type { QuoteSelector, StatedSpan } from '../model/figure.ts';
import {
  CONTEXT_LENGTH,
  codePointIndex,
  codePointLength,
  codePointText,
  toCodePoints,
  type CodePointText,
} from '../model/codePoints.ts';

/** ok = nothing to change; moved = found verbatim elsewhere (or its context changed);
 *  fuzzy = found approximately, `exact` updated from the new text; not-found = give up. */
export type AnchorStatus = 'ok' | 'moved' | 'fuzzy' | 'not-found';

export interface AnchorResult {
  status: AnchorStatus;
  /** The selector to store: taken from the new text, or the old one when not found. */
  selector: QuoteSelector;
  /** Edits (insertions, deletions, substitutions) between the old and new exact text. */
  distance: number;
}

export interface StatedResult {
  status: AnchorStatus;
  stated: StatedSpan;
  distance: number;
}

export interface ReanchorOptions {
  /** Errors allowed as a fraction of the quote's length (Hypothesis allows 1/2; we are stricter). */
  maxErrorRatio?: number;
  /** Prefix/suffix length in code points for selectors this module writes. */
  contextLength?: number;
}

/** A source text prepared once for many look-ups: code point ⇄ UTF-16 index maps. */
export type AnchorText = CodePointText;

const DEFAULT_RATIO = 0.25;

/**
 * Prepares a text for re-anchoring; pass the result to many calls to avoid recomputing maps.
 * @example prepareText('a😀b').toUtf16(2) // 3
 */
export const prepareText: (text: string) => AnchorText = codePointText;

/**
 * Finds the quote in the (possibly changed) text and returns the selector to store.
 * @example reanchorQuote('New intro. Exports rose 5%.', { sourceId: 's', exact: 'Exports rose 5%.',
 *   prefix: '', suffix: '', start: 0, end: 16 })
 * // { status: 'moved', distance: 0, selector: { …, prefix: 'New intro. ', start: 11, end: 27 } }
 */
export function reanchorQuote(
  source: string | AnchorText,
  quote: QuoteSelector,
  opts: ReanchorOptions = {},
): AnchorResult {
  const t = typeof source === 'string' ? prepareText(source) : source;
  const context = opts.contextLength ?? CONTEXT_LENGTH;
  const slice = (a: number, b: number) => t.text.slice(t.toUtf16(a), t.toUtf16(b));

  if (quote.exact.length === 0) return { status: 'not-found', selector: quote, distance: Infinity };
  if (quote.start >= 0 && quote.end <= t.length && slice(quote.start, quote.end) === quote.exact) {
    const prefixLen = codePointLength(quote.prefix);
    const suffixLen = codePointLength(quote.suffix);
    const contextOk =
      slice(Math.max(0, quote.start - prefixLen), quote.start) === quote.prefix &&
      slice(quote.end, quote.end + suffixLen) === quote.suffix;
    if (contextOk) return { status: 'ok', selector: quote, distance: 0 };
    // The quote stands where it did, but the words around it changed: refresh prefix/suffix.
    return {
      status: 'moved',
      selector: selectorAt(t, quote, quote.start, quote.end, context),
      distance: 0,
    };
  }

  const hint = t.toUtf16(Math.min(Math.max(0, quote.start), t.length));
  const exact = exactMatches(t.text, quote.exact);
  if (exact.length > 0) {
    const best = bestMatch(t.text, exact, quote, hint);
    return {
      status: 'moved',
      selector: selectorAt(t, quote, t.toCp(best.start), t.toCp(best.end), context),
      distance: 0,
    };
  }

  const ratio = opts.maxErrorRatio ?? DEFAULT_RATIO;
  const maxErrors = Math.min(256, Math.max(1, Math.floor(quote.exact.length * ratio)));
  const fuzzy = approxSearch(t.text, quote.exact, maxErrors);
  if (fuzzy.length === 0) return { status: 'not-found', selector: quote, distance: Infinity };
  const best = bestMatch(t.text, fuzzy, quote, hint);
  const start = t.toCp(best.start);
  const end = t.toCp(best.end);
  if (end <= start) return { status: 'not-found', selector: quote, distance: Infinity };
  return {
    status: 'fuzzy',
    selector: selectorAt(t, quote, start, end, context),
    distance: best.errors,
  };
}

/**
 * Finds the stated words again inside a quote's new position: same place in the quote, else the
 * nearest verbatim occurrence, else the nearest close match.
 * @example reanchorStated(text, { text: 'doubled', start: 40, end: 47 }, oldQuote, newQuote)
 * // { status: 'moved', stated: { text: 'doubled', start: 52, end: 59 }, distance: 0 }
 */
export function reanchorStated(
  stated: StatedSpan,
  oldQuote: QuoteSelector,
  newQuote: QuoteSelector,
): StatedResult {
  const points = toCodePoints(newQuote.exact);
  const len = codePointLength(stated.text);
  const rel = stated.start - oldQuote.start;
  const at = (i: number) => points.slice(i, i + len).join('');
  const span = (i: number, text: string, l: number): StatedSpan => ({
    text,
    start: newQuote.start + i,
    end: newQuote.start + i + l,
  });

  if (rel >= 0 && at(rel) === stated.text) {
    const moved = newQuote.start + rel !== stated.start;
    return { status: moved ? 'moved' : 'ok', stated: span(rel, stated.text, len), distance: 0 };
  }
  const exact = newQuote.exact;
  const hits: number[] = [];
  for (let i = exact.indexOf(stated.text); i >= 0; i = exact.indexOf(stated.text, i + 1)) {
    hits.push(codePointIndex(exact, i));
  }
  if (hits.length > 0) {
    const i = nearest(hits, rel);
    return { status: 'moved', stated: span(i, stated.text, len), distance: 0 };
  }
  const maxErrors = Math.max(1, Math.floor(stated.text.length / 3));
  const fuzzy = approxSearch(exact, stated.text, maxErrors);
  if (fuzzy.length > 0) {
    const starts = fuzzy.map((m) => codePointIndex(exact, m.start));
    const i = nearest(starts, rel);
    // Equal-cost matches at one start differ only in their end: keep the longest, so a unit
    // ("%", "billion") that moved by a space stays inside the stated words.
    const m = fuzzy.filter((_, k) => starts[k] === i).reduce((a, b) => (b.end > a.end ? b : a));
    const text = exact.slice(m.start, m.end);
    return { status: 'fuzzy', stated: span(i, text, codePointLength(text)), distance: m.errors };
  }
  return { status: 'not-found', stated, distance: Infinity };
}

function nearest(positions: number[], target: number): number {
  return positions.reduce((a, b) => (Math.abs(b - target) < Math.abs(a - target) ? b : a));
}

function selectorAt(
  t: AnchorText,
  old: QuoteSelector,
  start: number,
  end: number,
  context: number,
): QuoteSelector {
  const u = (i: number) => t.toUtf16(Math.max(0, Math.min(i, t.length)));
  return {
    sourceId: old.sourceId,
    exact: t.text.slice(u(start), u(end)),
    prefix: t.text.slice(u(start - context), u(start)),
    suffix: t.text.slice(u(end), u(end + context)),
    start,
    end,
  };
}

function exactMatches(
  text: string,
  pattern: string,
): { start: number; end: number; errors: number }[] {
  const out = [];
  for (let i = text.indexOf(pattern); i >= 0; i = text.indexOf(pattern, i + 1)) {
    out.push({ start: i, end: i + pattern.length, errors: 0 });
  }
  return out;
}

/** Similarity 0–1 of `str` to the best place in `text` (1 = verbatim). */
function similarity(text: string, str: string): number {
  if (str.length === 0 || text.length === 0) return str.length === 0 ? 1 : 0;
  const matches = approxSearch(text, str, str.length);
  return matches.length === 0 ? 0 : 1 - matches[0]!.errors / str.length;
}

/** Hypothesis' weighting: the quote itself, then its prefix and suffix, then closeness to the old place. */
function bestMatch(
  text: string,
  matches: { start: number; end: number; errors: number }[],
  quote: QuoteSelector,
  hint: number,
): { start: number; end: number; errors: number } {
  if (matches.length === 1) return matches[0]!;
  const score = (m: { start: number; end: number; errors: number }) => {
    const quoteScore = 1 - m.errors / quote.exact.length;
    const prefixScore = quote.prefix
      ? similarity(text.slice(Math.max(0, m.start - quote.prefix.length), m.start), quote.prefix)
      : 1;
    const suffixScore = quote.suffix
      ? similarity(text.slice(m.end, m.end + quote.suffix.length), quote.suffix)
      : 1;
    const posScore = 1 - Math.abs(m.start - hint) / Math.max(1, text.length);
    return 50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * posScore;
  };
  let best = matches[0]!;
  let bestScore = score(best);
  for (const m of matches.slice(1)) {
    const s = score(m);
    if (s > bestScore) [best, bestScore] = [m, s];
  }
  return best;
}
