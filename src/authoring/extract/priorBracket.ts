// A level and the earlier period's level in brackets, the unit written once after both ("SEK 512.6
// (478.3) billion", "6.7 (-2.9) per cent", "24 (28) per cent"): each number is a figure of its own,
// read as if the unit were written on it. The sentence is matched twice more, each time with every
// such pair rewritten in place, at the same length, so that one of its numbers carries the unit:
// "SEK 512.6 billion        " for the first, "        SEK 478.3 billion" for the bracketed one. The
// matches found on those numbers are mapped back to the numbers as written; the stated-value reader
// finds the unit after the bracket itself (src/model/bracketedPrior.ts).

import { OWN_SCALE, SHARED_UNIT, sameShape } from '../../model/bracketedPrior.ts';
import { CURRENCY_SIGN, NUMBER } from '../../model/numberVocabulary.ts';
import type { Match } from './matching.ts';

/** The pair: its currency (1), the first number (2) and its own scale (3), the space and bracket,
 *  the bracketed number with its sign (4), and the unit after the bracket (5). Not after a digit, a
 *  point or a comma. */
const PAIR_RE = new RegExp(
  String.raw`(?:(${CURRENCY_SIGN})\s?)?(?<![\d.,])([-+−–]?(?:${NUMBER}))(${OWN_SCALE})?\s\(\s?([-+−–]?(?:${NUMBER}))\s?\)(?:\s?(${SHARED_UNIT}))?`,
  'gi',
);

interface Pair {
  start: number;
  end: number;
  /** Where the first number starts as written (so too in its copy), and where its words end. */
  first: [number, number];
  /** The bracketed number as written, with its sign. */
  second: [number, number];
  /** Where the bracketed number starts in its copy, after the padding and the currency. */
  secondAt: number;
}

function pairsIn(sentence: string): { pairs: Pair[]; firsts: string; seconds: string } {
  const pairs: Pair[] = [];
  let firsts = '';
  let seconds = '';
  let at = 0;
  for (const p of sentence.matchAll(PAIR_RE)) {
    const [whole, currency, firstNumber, scale, secondNumber, unit] = p;
    // The unit after the bracket is both numbers' (then the first has no scale of its own), or,
    // with none after it, a sum's currency and scale are the bracketed one's if written alike.
    const after = unit !== undefined && scale === undefined;
    if (!after && (unit !== undefined || !currency || !sameShape(firstNumber!, secondNumber!)))
      continue;
    const start = p.index;
    const end = start + whole.length;
    const firstStart = start + whole.indexOf(firstNumber!);
    const firstEnd = firstStart + firstNumber!.length + (scale?.length ?? 0);
    const secondStart = sentence.indexOf(secondNumber!, firstEnd);
    const secondEnd = secondStart + secondNumber!.length;
    const tail = after ? `${unit === '%' ? '' : ' '}${unit}` : (scale ?? '');
    const one = after ? `${sentence.slice(start, firstEnd)}${tail}` : whole;
    const two = `${sentence.slice(start, firstStart)}${secondNumber}${tail}`;
    firsts += sentence.slice(at, start) + one.padEnd(end - start, ' ');
    seconds += sentence.slice(at, start) + two.padStart(end - start, ' ');
    at = end;
    pairs.push({
      start,
      end,
      first: [firstStart, firstEnd],
      second: [secondStart, secondEnd],
      secondAt: end - tail.length - secondNumber!.length,
    });
  }
  firsts += sentence.slice(at);
  seconds += sentence.slice(at);
  return { pairs, firsts, seconds };
}

/**
 * The sentence's matches, with each number of a pair like "6.7 (-2.9) per cent" matched as if the
 * unit were written on it; where a copy finds no figure on a number, the sentence's own reading of
 * the pair stands.
 * @example withPriorBrackets('Costs were 0.06 (0.07) per cent.', matchFigures).map((m) => [m.start, m.end]) // [[11, 15], [17, 21]]
 */
export function withPriorBrackets(sentence: string, match: (sentence: string) => Match[]): Match[] {
  const found = match(sentence);
  const { pairs, firsts, seconds } = pairsIn(sentence);
  if (pairs.length === 0) return found;
  const fromFirsts = match(firsts);
  const fromSeconds = match(seconds);
  const covers = (m: Match, at: number): boolean => m.start <= at && m.end > at;
  const mapped: Match[] = [];
  const read = new Set<Pair>();
  for (const p of pairs) {
    const one = fromFirsts.find((m) => !m.range && covers(m, p.first[0]));
    const two = fromSeconds.find((m) => !m.range && covers(m, p.secondAt));
    if (!one || !two) continue;
    read.add(p);
    mapped.push({ ...one, end: p.first[1], ownEnd: undefined });
    mapped.push({
      ...two,
      start: p.second[0],
      end: p.second[1],
      own: undefined,
      ownEnd: undefined,
    });
  }
  const kept = found.filter((m) => ![...read].some((p) => m.start < p.end && m.end > p.start));
  return [...kept, ...mapped].sort((a, b) => a.start - b.start);
}
