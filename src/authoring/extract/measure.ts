// The measure a number belongs to, and the kind that measure gives it: the one table the extractor
// falls back on when no cue on the number itself says whether it is a change or a share.
// Pure text work on one piece of text; it knows nothing of where the number sits.

import { PRICE_INDEX_ACRONYM } from './vocabulary.ts';

/**
 * Measures, by the kind their numbers are. A share measure is a level or a part of a whole: a rate
 * of unemployment, interest, policy or tax (a "VAT rate", a "tax (GST) rate" too), a ratio, a share, "of GDP", "accounted for", "of the
 * total", a ratio named "tax (revenue, spending) to GDP", the cover of imports by exports ("the export
 * coverage of imports", "exports coverage imports", "the coverage of imports by exports"), a deficit, debt or balance, an intensity ("R&D intensity", spending in percent of output). A change measure is read as a rate of change: growth, GDP,
 * output, activity, the economy, inflation, prices, a price index by its acronym (CPI, IPCA), wages, sales, orders, exports, imports,
 * production, investment, consumption, demand, credit, and the sign nouns "plus", "minus",
 * "variation" ("plus" after a number adds to it: "$1.50 a week plus 0.15% a year" names no change, nor does "plus" or "minus" after a rate, a formula's margin: "Bank Rate plus 4 percentage points", v260). Share phrases are tried first where both start at one place ("unemployment rate").
 * v284: no tax credit ("a credit of 25%", "the credit rate") and no "investment" that names a thing
 * ("investment property", "an investment fund").
 */
const MEASURE_RE = new RegExp(
  String.raw`\b(?:(?<share>(?:unemployment|jobless(?:ness)?|interest|policy|tax|repo|deposit|lending|bank|key|base|savings?|participation|vacancy|employment)\s+rates?|(?:tax\s+\([A-Z]{2,5}\)|VAT|GST)\s+rates?|unemployment|joblessness|ratios?|shares?|of\s+(?:GDP|the\s+total|output|national\s+income)|(?:tax(?:es)?|revenues?|receipts|spending|expenditures?|outlays)\s+to\s+GDP\b(?![- ]growth)|accounted\s+for|accounts\s+for|(?:exports?|imports?)[\s-]+coverage(?:\s+(?:of\s+)?(?:exports?|imports?)\b)?|coverage\s+of\s+(?:exports?|imports?)(?:\s+by\s+(?:exports?|imports?))?|deficits?|debt|balances?|surplus(?:es)?|intensit(?:y|ies)|(?<!\b(?:in|of|from|on)\s+(?:[\w'’-]+\s+){0,2})(?:fees?|charges?))|(?<change>growth|grow(?:s|ing|n)?|grew|GDP|output|activity|econom(?:y|ies)|inflation|deflation|(?<!\baverage\s+(?:[\w-]+\s+){0,2})prices|${PRICE_INDEX_ACRONYM}|wages|earnings|sales|orders|exports|imports|production|investment(?![\s-]+(?:propert(?:y|ies)|funds?|trusts?|banks?|grade|incomes?|allowances?|incentives?|credits?|zones?|projects?|properties|interests?|vehicles?|firms?|managers?)\b)|consumption|demand|(?<!\b(?:an?|tax|the\s+general|wage|investment|research)\s+)credit(?!\s+(?:of|rates?)\b)|turnover|(?<!\d(?:\s*(?:million|billion|bn|m))?(?:\s+(?:a|an|per|each)\s+[a-z]+)?\s+)(?<!\brates?\s+)plus|(?<!\brates?\s+)minus|variation))\b`,
  'gi',
);

/**
 * The kind of the measure named last in a text ("last") or first ("first"), or undefined when it
 * names none of the table's measures.
 * @example measureKind('the economy is expected to grow at 1.2% in 2034, but this should edge up to ') // 'change'
 * @example measureKind('Inflation will ease, while the unemployment rate rises to ') // 'share'
 * @example measureKind('After a peak of ', 'first') // undefined
 */
export function measureKind(
  text: string,
  which: 'first' | 'last' = 'last',
): 'change' | 'share' | undefined {
  let found: 'change' | 'share' | undefined;
  for (const m of text.matchAll(MEASURE_RE)) {
    found = m.groups!.share ? 'share' : 'change';
    if (which === 'first') break;
  }
  return found;
}
