// Reads the sum a cost measure is taken on: the size of the transfer, withdrawal, conversion or
// loan whose cost a sentence states ("the average total cost of sending R1,000 fell to 9.8
// percent", "a sender paid on average USD 12.38 to send USD 200", "All costs refer to a
// transaction of USD 200", "Transfers of R3,000 were markedly cheaper", "(% of R1,000 sent)";
// v165). Such a sum fixes what the cost is of, as the basis of a rate per a sum does ("$2 per
// $1,000 of assessed value"), and is no figure; the cost, a sum actually sent or paid and an
// average transfer keep their reading. Pure; it sees only the words either side of a sum with no
// scale.

/** A noun for one movement of money whose size a cost is quoted for. */
const MOVEMENT = String.raw`(?:transactions?|transfers?|payments?|remittances?|withdrawals?|conversions?|exchanges?)`;

/** An earlier member of a list of such sums: "R1,000 and ", "USD 200 or ". */
const EARLIER_MEMBER = String.raw`(?:(?:[A-Z]{2,3}\$?\s?|\S?)\d[\d,]*(?:\.\d+)?\s+(?:and|or)\s+)?`;

/** Before the sum, a cost "of" or "for" a gerund: "the average total cost of sending ", "the fee
 *  for withdrawing ", "the price of converting ". */
const COST_OF_GERUND_BEFORE_RE =
  /\b(?:costs?|prices?|fees?|charges?)\s+(?:of|for)\s+[a-z]+ing\s+(?:an?\s+)?$/i;

/** Before the sum, a verb of paying, the sum paid, and "to" with the verb of what was paid for:
 *  "a sender now pays R98.00 to deliver ", "paid on average USD 12.38 to send ", "It costs $5 to
 *  send ". The sum paid must come first, so "paid to send" with no sum is no cost quoted. */
const PAID_TO_BEFORE_RE =
  /\b(?:pa(?:y|ys|id|ying)|charge[sd]?|charging|costs?|costing|spen(?:d|ds|t|ding))\b[^.;:]{0,40}?\d[\d.,]*[^.;:\d]{0,25}?\bto\s+[a-z]{3,}\s+$/i;

/** Before the sum, a gerund with no article, as the subject of "cost" after it: "where sending ",
 *  "In East Asia, sending ". */
const GERUND_BEFORE_RE = /(?:^|[\s,;:(])[a-z]{2,}ing\s+$/i;
/** After the sum, the verb "cost" and a quoted cost: " cost 7.9 percent", " cost on average 5.1". */
const COST_VERB_AFTER_RE =
  /^\s+(?:[a-z]+\s+){0,3}?cost(?:s|ed)?\s+(?:(?:about|around|roughly|some|only|just|on\s+average|an\s+average\s+of)\s+)*[^\s\d]{0,4}\d/i;

/** Before the sum, what a cost measure refers or applies to: "All costs refer to a transaction of ",
 *  "fees apply to a payment of ". */
const REFERS_TO_BEFORE_RE = new RegExp(
  String.raw`\b(?:refers?|referring|relates?|relating|appl(?:y|ies|ying))\s+to\s+(?:an?|the)\s+(?:[a-z-]+\s+)?${MOVEMENT}\s+(?:of|worth)\s+${EARLIER_MEMBER}$`,
  'i',
);

/** Before the sum, a quote or price collected "for" movements of it: "collected 1,436 price quotes
 *  from 31 providers, for transfers of ", "fees quoted for payments of R1,000 and ". */
const QUOTED_FOR_BEFORE_RE = new RegExp(
  String.raw`\b(?:quotes?|quoted|prices?|priced|costs?|fees?|charges?)\b[^.;:]{0,50}?\bfor\s+${MOVEMENT}\s+of\s+${EARLIER_MEMBER}$`,
  'i',
);

/** Before the sum, movements "of" it with no word of an average before them: "Transfers of ". */
const MOVEMENT_OF_BEFORE_RE = new RegExp(
  String.raw`(?<!\b(?:average|typical|mean|median|largest|smallest|biggest|single)\s+)\b${MOVEMENT}\s+of\s+${EARLIER_MEMBER}$`,
  'i',
);
/** After the sum, its movements' cost compared: " were markedly cheaper", " are more expensive". */
const CHEAPER_AFTER_RE =
  /^\s+(?:were|was|are|is|proved|remained|became)\s+(?:[a-z]+ly\s+|much\s+|far\s+|no\s+)?(?:cheaper|dearer|costlier|pricier|(?:more|less)\s+(?:expensive|costly))\b/i;

/** Before the sum, the whole a percent is of, and after it a participle of moving it: "(% of " …
 *  " sent)", "percent of " … " transferred". */
const PERCENT_OF_BEFORE_RE = /(?:%|\bper\s?cent|\bpercent)\s+of\s+(?:the\s+)?$/i;
const MOVED_AFTER_RE = /^\s+(?:sent|transferred|remitted|withdrawn|converted|delivered)\b/i;

/**
 * True when a sum with no scale, between `before` and `after` (the sentence's words either side
 * of it), is the size a cost is quoted for, no figure (test/fixtures/prose/README.md, "The size a
 * cost is quoted for").
 * @example referenceSum('The average total cost of sending ', ' fell to 9.8 percent.') // true
 * @example referenceSum('Migrants sent ', ' home in 2033.') // false
 */
export function referenceSum(before: string, after: string): boolean {
  return (
    COST_OF_GERUND_BEFORE_RE.test(before) ||
    PAID_TO_BEFORE_RE.test(before) ||
    (GERUND_BEFORE_RE.test(before) && COST_VERB_AFTER_RE.test(after)) ||
    REFERS_TO_BEFORE_RE.test(before) ||
    QUOTED_FOR_BEFORE_RE.test(before) ||
    (MOVEMENT_OF_BEFORE_RE.test(before) && CHEAPER_AFTER_RE.test(after)) ||
    (PERCENT_OF_BEFORE_RE.test(before) && MOVED_AFTER_RE.test(after))
  );
}
