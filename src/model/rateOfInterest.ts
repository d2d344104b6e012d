// Whether a level in percent is a rate of interest or return that its sentence names ("the policy
// rate … 118%", "209% EAR", "133 percent per annum"): such a rate may stand above 100 as a level,
// no part of a whole and no ratio to anything. Pure; no I/O, no Svelte. A rate of change
// (inflation, growth), an exchange rate or a rate of unemployment is not this.

import type { Figure } from './figure.ts';
import { quoteParts } from './quoteParts.ts';
import { ratioDenominator, sameSentenceAfter, sameSentenceBefore } from './ratioDenominator.ts';

/** How far after the stated words a rate's name may stand, in code points. */
export const RATE_REACH = 40;

/** A rate of interest or return named by its words: "the policy rate", "lending rates", "yield". */
const RATE_NAME_RE =
  /\b(?:(?:policy|interest|lending|deposit|discount|repo|overnight|key|benchmark|prime|money[- ]market)\s+rates?|rates?\s+of\s+(?:interest|return)|annual\s+percentage\s+rates?|annual\s+effective\s+(?:rates?|yields?)|per\s+annum|yields?)\b|\bp\.\s?a\./giu;
/** The same rates by their acronyms, in capitals only ("EAR", not "ear"; "TEA", not "tea"). */
const RATE_ACRONYM_RE = /\b(?:APR|EAR|APY|TNA|TEA)\b/gu;
/** Another measure, or a clause of its own, between a rate's name and the number: the number is
 *  that measure's ("the policy rate was raised as inflation reached 211%", "…, while exports rose"). */
const OTHER_MEASURE_RE =
  /\b(?:inflation|deflation|growth|exchange|unemployment|prices?|CPI|index|indices|GDP|output|exports|imports|sales|production|wages|money\s+supply|while|whereas)\b/iu;
/** The first percent's own word or sign. */
const PERCENT_RE = /%|\bper\s?cent\b|\bpercent\b|\bpct\b/iu;
/** Right after the percent, a rate named for it: " per annum", " (209% EAR", " a year APR". */
const RATE_AFTER_RE =
  /^\s*(?:\(\s*)?(?:(?:nominal|effective|annual(?:ly)?|annualised|annualized)\s+)?(?:APR|EAR|APY|TNA|TEA|per\s+annum|p\.\s?a\.|(?:an?\s+)?annual\s+percentage\s+rate|(?:an?\s+)?annual\s+effective\s+(?:rate|yield))(?![\p{L}])/u;

/**
 * The rate of interest or return a level's sentence names, in its own words, or undefined when
 * it names none. The name stands right after the number ("133 percent per annum", "209% EAR"), or
 * earlier in the same sentence with no other measure between it and the number ("the policy rate
 * was raised to 133%"). `before` and `after` are the quote's text on either side of the stated
 * words.
 * @example rateOfInterest({ stated: '118%', before: 'the APR on one-month bills climbed to ' }) // 'APR'
 * @example rateOfInterest({ stated: '209%', after: ' EAR).' }) // 'EAR'
 * @example rateOfInterest({ stated: '133 percent', after: ' per annum.' }) // 'per annum'
 * @example rateOfInterest({ stated: '110%', before: 'a lending rate of ' }) // 'lending rate'
 * @example rateOfInterest({ stated: '211%', before: 'The inflation rate of ' }) // undefined (a change)
 * @example rateOfInterest({ stated: '150%', before: 'the exchange rate rose ' }) // undefined
 * @example rateOfInterest({ stated: '211%', before: 'The policy rate rose as inflation hit ' }) // undefined
 */
export function rateOfInterest(words: {
  stated: string;
  before?: string;
  after?: string;
}): string | undefined {
  const after = sameSentenceAfter(words.after ?? '', RATE_REACH);
  const text = `${words.stated}${after}`;
  const percent = PERCENT_RE.exec(text);
  if (percent) {
    const named = RATE_AFTER_RE.exec(text.slice(percent.index + percent[0].length));
    if (named) return named[0].replace(/^[\s(]+/u, '').trim();
  }
  // The last rate named before the number, in the same sentence, and nothing else measured between.
  const lead = sameSentenceBefore(words.before ?? '');
  const names = [...lead.matchAll(RATE_NAME_RE), ...lead.matchAll(RATE_ACRONYM_RE)];
  const last = names.sort((a, b) => a.index - b.index).pop();
  if (!last) return undefined;
  if (OTHER_MEASURE_RE.test(lead.slice(last.index + last[0].length))) return undefined;
  return last[0];
}

/** What a level in percent above 100 is, as its quote names it: a ratio to something, or a rate. */
export type AboveWhole = 'ratio' | 'rate';

/**
 * What lets a share stand above 100: "ratio" when its quote names what it is a ratio to (read
 * first, as the contract always did), "rate" when it names a rate of interest or return, else
 * undefined (no share above 100 without either).
 * @example aboveWhole({ stated: '255 percent', after: ' of GDP.' }) // 'ratio'
 * @example aboveWhole({ stated: '118%', before: 'the policy rate rose to ' }) // 'rate'
 * @example aboveWhole({ stated: '130%', before: 'Coverage reached ' }) // undefined
 */
export function aboveWhole(words: {
  stated: string;
  before?: string;
  after?: string;
}): AboveWhole | undefined {
  if (ratioDenominator(words) !== undefined) return 'ratio';
  return rateOfInterest(words) !== undefined ? 'rate' : undefined;
}

/**
 * The word for a share above 100, as its quote names it, for the words that say how it is drawn:
 * "rate" when its quote names a rate of interest and no denominator, else "ratio" (the validator
 * lets no other share above 100 through).
 * @example aboveWholeWord(policyRate) // 'rate' ("the policy rate was raised to 118%")
 * @example aboveWholeWord(debt) // 'ratio' ("255 percent of GDP")
 */
export function aboveWholeWord(f: Pick<Figure, 'quote' | 'stated'>): AboveWhole {
  return aboveWhole({ ...quoteParts(f), stated: f.stated.text }) === 'rate' ? 'rate' : 'ratio';
}
