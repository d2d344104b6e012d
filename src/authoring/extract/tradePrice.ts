// One reader of the price a body states by its own verb of trade: in a document that records a
// decision on prices, what it "will buy", "will pay", "will be sold" or "will receive" at, per unit,
// is the price it set, actual even from a date to come (README, Status, v198: "TMO will buy
// Anatolian hard red bread wheat at 14,250 lira per tonne", "Grade 2 maize will be bought at KSh
// 4,000 a bag", "the Ministry will pay a grain purchase premium of TL 1,000 per tonne"). Pure; it
// reads only the words it is given.

import { FORECAST_WORD_RE } from './vocabulary.ts';

/** The verbs of trade a buyer, a seller or a payer states its price by, active or passive. */
const TRADE_VERB = String.raw`buy|purchase|procure|pay|sell|retail|release|receive|earn|compensate|bought|purchased|procured|paid|sold|retailed|released|compensated`;

/** Before a number, "will" or "shall" (an aside set off by commas allowed after it: "will, with
 *  immediate effect, pay") over a verb of trade, and up to the number the words that name the
 *  goods and the "at" or "of" the price hangs on, or the verb itself: "will buy hard red wheat
 *  (second group) at ", "will be released to registered millers at ", "will pay a grain purchase
 *  premium of ", "will receive ". Not "about", "around" or "an average of", which guess. */
const TRADE_PRICE_BEFORE_RE = new RegExp(
  String.raw`\b(?:will|shall)(?:\s*,[^,.;:]{1,60},)?\s+(?:(?:now|also|then|continue\s+to)\s+)?(?:be\s+)?(?:${TRADE_VERB})\b(?:(?:[^.;:!?]|\.\d){0,80}?\s(?:at|of))?\s+(?!(?:about|around|roughly|approximately|some|nearly|almost|an?\s+average)\b)(?:(?:an?|the)\s+)?(?:(?:additional|further|flat|fixed|new)\s+)?(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);
/** Before a number, a price as the subject of "will be" or "shall be", named in up to eight
 *  words: "TMO's sale price of bread wheat to industrialists from October will be ". */
const PRICE_WILL_BE_BEFORE_RE = new RegExp(
  String.raw`\bprices?\b(?:\s+(?!(?:is|are|was|were|will|would|be|expected|forecast|projected|average)\b)[^\s.;:]+){0,8}?\s+(?:will|shall)\s+be\s+(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);
/** Right after a price's number (its currency word between, "lira"), the unit it is paid on:
 *  " per tonne", " a bag", "/kg", " for a 90-kilogramme bag". */
const PER_UNIT_AFTER_RE =
  /^\s*(?:(?!(?:to|from|in|on|by|with|at|of)\b)[^\s\d/]+\s+)?(?:\/\s?[A-Za-z]|(?:per|a|an|each)\s+[\w-]|for\s+(?:a|an|each|every|one)\s+[\w-])/i;
/** The stated words up to the end of their number ("KSh 4,000", "14,250"). */
const NUMBER_HEAD_RE = /^\D*\d(?:[\d,.\s]*\d)?/;
/** A scale word in the stated sum: a total, no price per unit ("will pay KSh 7.6 billion"). */
const SCALE_RE = /\b(?:thousand|million|billion|trillion|crores?|lakhs?|bn|mn|m)\b/i;
/** A condition on the trade, in the number's sentence: "if funds allow", "unless". */
const CONDITION_RE = /\b(?:if|unless|provided\s+that|subject\s+to)\b/i;

/** A document that records a decision on prices: its title announces, sets or reviews prices
 *  ("2035 grain purchase prices announced", "Review of maize buying price"), or its words say a
 *  body decided or approved ("has approved", "the decision", "have been announced"). */
const PRICES_DECIDED_TITLE_RE =
  /\b(?:prices?|rates?)\b[^\n]{0,40}?\b(?:announced|set|fixed|reviewed|revised|approved|decided|determined)\b|\b(?:announcement|review|revision|fixing|setting)\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,4}?prices?\b/i;
const PRICES_DECIDED_TEXT_RE =
  /\b(?:decid(?:es|ed)|decision|determination|approv(?:es|ed)|(?:has|have)\s+(?:today\s+|now\s+)?(?:been\s+)?(?:set|fixed|reviewed|revised|announced)|today\s+(?:announced|set))\b/i;

/** What the reader looks at. */
export interface TradePriceView {
  /** The document's title and its whole text. */
  title: string;
  text: string;
  /** Whether the document's headline announces a dated change of its prices (decided.ts,
   *  announcedChange): the announcement is the decision ("Maximum retail pump prices for 15 March
   *  to 14 April 2034" over "Super Petrol will retail at KSh 196.84 per litre"; v251). */
  announced?: boolean;
  /** The sentence up to the number's first digit. */
  ownLead: string;
  /** The stated words and the sentence after them. */
  statedText: string;
  after: string;
  /** The whole sentence and the words that may hedge the number (its clause). */
  sentence: string;
  hedgeText: string;
}

/**
 * Whether a sum is the price per unit a body states by its own "will" or "shall" verb of trade,
 * in a document that records a decision on prices (README, Status, v198): "will buy … at 14,250
 * lira per tonne", "will be bought at KSh 4,000 a bag", "will receive TL 15,250 per tonne", "the
 * sale price … will be TL 14,900 per tonne". A guess ("around"), a forecast word, a condition, a
 * total (a scale word or no unit) and a document that records no decision keep their reading.
 * @example tradePrice({ title: 'Maize buying price reviewed', text: '', ownLead: 'Grade 2 maize will be bought at KSh ', statedText: 'KSh 4,000', after: ' a bag.', sentence: 'Grade 2 maize will be bought at KSh 4,000 a bag.', hedgeText: 'Grade 2 maize will be bought at KSh 4,000 a bag' }) // true
 */
export function tradePrice(v: TradePriceView): boolean {
  return (
    (TRADE_PRICE_BEFORE_RE.test(v.ownLead) || PRICE_WILL_BE_BEFORE_RE.test(v.ownLead)) &&
    PER_UNIT_AFTER_RE.test(v.statedText.replace(NUMBER_HEAD_RE, '') + v.after) &&
    !SCALE_RE.test(v.statedText) &&
    !FORECAST_WORD_RE.test(v.hedgeText) &&
    !CONDITION_RE.test(v.sentence) &&
    (v.announced === true ||
      PRICES_DECIDED_TITLE_RE.test(v.title) ||
      PRICES_DECIDED_TEXT_RE.test(v.text))
  );
}
