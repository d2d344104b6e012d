// A bond's price, quoted per 100 of its face value: "Average accepted price: £98.367 (yield
// 4.745%)", "at the non-competitive allotment price of £98.367" of a gilt, "reopened at a price of
// €101.35, a yield of 2.61%". What is paid per unit owed, as "cents on the dollar" is, no sum
// (v153). It is one only with no scale and two or three whole digits ("£98.367", not "£98.4
// million" nor "$52,451,306.25", a buyer's whole price), a "price" noun right
// before it in its clause, and either a yield in the same sentence or a security named there; a
// price of a good ("The allotment price of rice was raised to $98.40 a bag") keeps its reading.
// Pure text work on one sentence; it knows nothing of figures.

/** Right before the sum, a price noun and its link, a few words between at most: "accepted price:
 *  ", "allotment price of ", "at a price of ", "priced at ", "price was ". */
const PRICE_BEFORE_RE =
  /\b(?:price\s*(?::|of|was|is|at|=)|priced\s+at|issue\s+price\s+(?:of|was|is))\s*(?:about\s+|around\s+)?$/i;
/** A yield anywhere in the sentence: "(yield 4.745%)", "a yield of 2.61%", "yielding 4.9%". */
const YIELD_RE = /\b(?:yield(?:s|ing)?|YTM)\b/i;
/** A security named in the sentence: "gilt", "bond", "notes", "stock", "Treasury bill", "Bund". */
const SECURITY_RE =
  /\b(?:gilts?|bonds?|notes|stock|bills?|debentures|securities|sukuk|Bunds?|OATs?|BTPs?|eurobonds?)\b/i;
/** Right after the sum, a unit of a good it would be the price of: " a bag", " per tonne". */
const GOOD_UNIT_AFTER_RE = /^\s*(?:a|an|per|each)\s+(?!cent\b)[a-z]/i;
/** A scale word or letter right after the number: "£98.4 million", "$2bn". */
const SCALED_RE = /\d\s*(?:thousand|million|billion|trillion|crore|lakh|bn|mn|m|k)\b/i;

/** A face value the sentence names, its number before or after the noun: "$1,000 face value",
 *  "a face value of $1,000", "per $1,000 principal amount", "nominal value €50". Group 1 or 2 is the
 *  number. */
const FACE_VALUE_RE =
  /(\d[\d,]*(?:\.\d+)?)\s*(?:[a-z]{1,3}\s+)?(?:of\s+)?(?:face|par|nominal|principal)\s+(?:value|amount)|(?:face|par|nominal)\s+(?:value|amount)\s+(?:of\s+)?[^\d\s]{0,4}\s?(\d[\d,]*(?:\.\d+)?)/gi;

/** A number of two or three whole digits and any decimals, with its sign: "£98.367", "€101.35". */
const PER_HUNDRED_RE = /^[^\d]*(?<![\d,])\d{2,3}(?:\.\d+)?(?![\d,])[^\d]*$/;

/** Where the number the match states starts and ends. */
interface PriceMatch {
  start: number;
  end: number;
  own?: number;
  ownEnd?: number;
}

/**
 * Whether the sum at `m` is a bond's price per 100 of face value.
 * @example bondPrice('Average accepted price: £98.367 (yield 4.745%)', { start: 24, end: 31 }) // true
 * @example bondPrice('The average price of a barrel was $98.37 in May.', { start: 34, end: 40 }) // false
 */
export function bondPrice(sentence: string, m: PriceMatch): boolean {
  const start = m.own ?? m.start;
  const end = m.ownEnd ?? m.end;
  const own = sentence.slice(start, end);
  // Per 100 of face value the price has two or three whole digits ("£98.367", "€101.35"); a sum
  // in full ("purchase the Bonds at a price of $52,451,306.25") is what a buyer pays in all.
  if (SCALED_RE.test(own) || !PER_HUNDRED_RE.test(own)) return false;
  if (!PRICE_BEFORE_RE.test(sentence.slice(0, start))) return false;
  if (GOOD_UNIT_AFTER_RE.test(sentence.slice(end))) return false;
  // A price is per 100 of face value only where the sentence names no other face value: "Each
  // $1,000 face value bond was priced at $987.50" is paid for a bond of $1,000, a sum.
  if (otherFaceValue(sentence)) return false;
  return YIELD_RE.test(sentence) || SECURITY_RE.test(sentence);
}

/** Whether the sentence names a face value other than 100: "$1,000 face value", "a par value of
 *  €50". */
function otherFaceValue(sentence: string): boolean {
  for (const f of sentence.matchAll(FACE_VALUE_RE)) {
    const n = Number((f[1] ?? f[2] ?? '').replace(/,/g, ''));
    if (Number.isFinite(n) && n !== 100) return true;
  }
  return false;
}
