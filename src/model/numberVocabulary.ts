// The one number vocabulary of official prose: digits, number words, scales, currencies,
// percentages and percentage points, multipliers, fractions and the verbs that give a change its
// sign. The extractor (authoring/) and the validator's reader of stated words (statedValue.ts)
// both build on it, so they cannot disagree. Pure data and regex sources; no I/O, no Svelte.

import { CURRENCY_CODES, type Unit } from './figure.ts';
import { PESO_DOLLARS, pesoOfDollarSign, pesosOfSums, writesRandSums } from './signCountry.ts';

/** Digits as written: "1,200", "7.42", "40", and a decimal comma as official English texts from
 *  other languages write it ("14,2%": one or two digits after the comma, never a thousands group). */
export const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+,\d{1,2}(?!\d|,\d)|\d+(?:\.\d+)?`;
/** A member of a list of numbers that share one unit written after the last: a number, or a whole
 *  with a vulgar fraction glued to it ("6½ and 6¾ per cent"). */
export const LIST_NUMBER = String.raw`\d{0,3}[½⅓⅔¼¾⅛⅜⅝⅞]|${NUMBER}`;
/** Digits grouped as India and Pakistan write them, the last group of three and the groups before
 *  it of two ("1,64,200" is 164,200; "12,34,567"): one number, never "1" then a list. The
 *  extractor reads it in amounts (AMOUNT_NUMBER, CODE_NUMBER_AHEAD); the reader of stated words
 *  regroups it first (westernGroups), so its own regexes, run on every figure, stay as they were. */
export const LAKH_GROUPED = String.raw`\d{1,2}(?:,\d{2})+,\d{3}(?!\d)(?:\.\d+)?`;
const LAKH_GROUPED_RE = /(?<![\d,]|\d\.)\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])/g;

/**
 * The words with every number grouped in lakhs regrouped in thousands, the same number.
 * @example westernGroups('Rs 1,64,200 crore') // 'Rs 164,200 crore'
 * @example westernGroups('INR 12,34,567') // 'INR 1,234,567'
 */
export function westernGroups(words: string): string {
  if (!/\d,\d\d,\d/.test(words)) return words;
  return words.replace(LAKH_GROUPED_RE, (n) =>
    n.replace(/,/g, '').replace(/\B(?=(?:\d{3})+$)/g, ','),
  );
}
/** Inside one amount, a comma with a space after it before a group of exactly three digits and
 *  a scale, as a page that broke a line after the comma leaves it ("Rs. 20, 830 crore" is 20,830
 *  crore): only right after a currency sign and its first one to three digits, so a list ("Rs 20,
 *  830 and 900") stays a list. Group 1 is the space. */
const SPACED_GROUP_TAIL = String.raw`\d{3}\s?(?:crores?|lakhs?|million|billion|trillion)\b`;
const SPACED_COMMA_GROUP_RE = new RegExp(
  String.raw`(?<=(?:\bRs\.?|₹|\bINR|[$€£])\s?\d{1,3},)(\s)(?=${SPACED_GROUP_TAIL})`,
  'g',
);

/**
 * The words with a thousands group parted from its comma by a space written closed up.
 * @example closeSpacedGroups('Rs. 20, 830 crore') // 'Rs. 20,830 crore'
 */
export function closeSpacedGroups(words: string): string {
  return words.replace(SPACED_COMMA_GROUP_RE, '');
}

/** Right after a currency sign and one to three digits, the rest of a thousands group its comma is
 *  parted from by a space, with its scale: ", 830 crore" after "Rs. 20". */
export const SPACED_COMMA_GROUP_AFTER_RE = new RegExp(String.raw`^,\s${SPACED_GROUP_TAIL}`);

/** The words between "from" and a level that is still now: "from the current 18 billion", "from
 *  its present 4.1%". The extractor and the readers of a range and of an amount all use these. */
export const LEVEL_ARTICLE = String.raw`(?:an?|the|its)`;
export const CURRENT_LEVEL = String.raw`(?:current|present|existing|estimated)`;
/** "from", then an optional article and word of the present, as the lead of a level. */
export const FROM_CURRENT = String.raw`from\s+(?:${LEVEL_ARTICLE}\s+)?(?:${CURRENT_LEVEL}\s+)?`;
/** Digits grouped by spaces, as statistics offices of Europe write thousands ("€1 741.9 bn"):
 *  read only after a currency sign, where a space cannot part two numbers; a comma after it ends
 *  the clause ("€114 800, and"), unless one or two digits follow it, a decimal comma, as South
 *  Africa writes rands and cents ("R2 306,45"). */
export const SPACED_NUMBER = String.raw`\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:\.\d+|,\d{1,2}(?!\d|,\d))?(?!\d|,\d)`;
/** Thousands grouped with stops and a decimal comma, as much of Europe writes them ("€2.147,4
 *  million" is 2,147.4 million): only with the comma's one or two decimals, so "2.147" alone stays
 *  a decimal. */
export const DOTTED_NUMBER = String.raw`\d{1,3}(?:\.\d{3})+,\d{1,2}(?!\d|,\d)`;
/** A whole with a vulgar fraction glued to it, as one number of an amount ("€6½ billion", "6½ bln
 *  euro" are 6.5 billion): before the digits as written, which would stop at the whole. */
const GLUED_FRACTION = String.raw`\d{1,3}[ \u00a0]?[½⅓⅔¼¾⅛⅜⅝⅞](?![\d½⅓⅔¼¾⅛⅜⅝⅞])`;
/** The digits of an amount after its currency sign or before its name: spaced groups first, then
 *  grouped in lakhs, then a whole and its fraction, then as written. */
export const AMOUNT_NUMBER = `${SPACED_NUMBER}|${DOTTED_NUMBER}|${LAKH_GROUPED}|${GLUED_FRACTION}|${NUMBER}`;
/** The same without the lakh grouping, for words westernGroups has regrouped. */
export const WESTERN_AMOUNT_NUMBER = `${SPACED_NUMBER}|${DOTTED_NUMBER}|${GLUED_FRACTION}|${NUMBER}`;
/** A number with a fraction in digits, as North American central banks write rates: "2 1/2",
 *  "3-3/4", "1/4", "2½", and "2 ½" with a space before the sign (a whole of at most three digits,
 *  so "in 2031 ¼ of firms" keeps its year apart). Only halves, thirds, quarters and eighths, so
 *  "24/7" is no fraction. */
export const FRACTION_DIGITS = String.raw`\d{1,3}[ -][1-7]\/[2348](?![\d/])|[1-7]\/[2348](?![\d/])|(?<![\d.,])\d{1,3}[ \u00a0][½⅓⅔¼¾⅛⅜⅝⅞]|\d{0,3}[½⅓⅔¼¾⅛⅜⅝⅞]`;
/** The period a level of a from/to pair is dated by: " in 2029", " in January", " at end-2030". */
export const LEVEL_PERIOD = String.raw`\s+(?:in|at\s+end-?|by\s+end-?)\s*(?:(?:19|20)\d\d|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(?:19|20)\d\d)?)`;
/** The words that soften a level written right after "to" ("from 7.4 to nearly 13 per cent"). */
export const NEAR_HEDGE = String.raw`about|around|some|nearly|almost|roughly|approximately|close to|just over|just under|over|more than`;
/** Before a bare second level, the first with its percent: "from 6.3 percent in January to " (the
 *  extractor's and the validator's reading of "… to 3.2 in December", where the unit is elided). */
export const FROM_PERCENT_TO_BEFORE = String.raw`\bfrom\s+(?:(?:${NEAR_HEDGE})\s+)?(?:${FRACTION_DIGITS}|${NUMBER})\s?(?:%|per\s?cent\b|percent\b)(?:${LEVEL_PERIOD})?,?\s+to\s+(?:(?:${NEAR_HEDGE})\s+)?$`;
const VULGAR: Readonly<Record<string, number>> = {
  '½': 1 / 2,
  '⅓': 1 / 3,
  '⅔': 2 / 3,
  '¼': 1 / 4,
  '¾': 3 / 4,
  '⅛': 1 / 8,
  '⅜': 3 / 8,
  '⅝': 5 / 8,
  '⅞': 7 / 8,
};

/** Scale words and their factors ("bn", "mn" as official prose abbreviates them, "bln", "mln"
 *  as news agencies do, and the plurals of statistical tables translated into English: "466
 *  thousands USD"). */
export const SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3,
  thousands: 1e3,
  millions: 1e6,
  billions: 1e9,
  million: 1e6,
  mn: 1e6,
  mln: 1e6,
  billion: 1e9,
  // "EGP 116 billon": a slip of the page for billion, read as the writer meant it.
  billon: 1e9,
  bn: 1e9,
  bln: 1e9,
  // Malaysia's press: "RM4.2bil", "US$61.5bil".
  bil: 1e9,
  trillion: 1e12,
  tn: 1e12,
  trln: 1e12,
  trn: 1e12,
  trillions: 1e12,
  // "VND 10.2 quadrillion": the scale above trillion, in Vietnam's and Indonesia's sums.
  quadrillion: 1e15,
  quadrillions: 1e15,
  // India's and Pakistan's: "₹1,200 crore" is 12 billion, "Rs 2.5 lakh crore" 2.5 trillion.
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7,
  'lakh crore': 1e12,
  // Portuguese, in releases from Brazil that write the rest in English: "US$ 1.2 bilhão".
  milhão: 1e6,
  milhões: 1e6,
  bilhão: 1e9,
  bilhões: 1e9,
  // Spanish: "USD 2.000 millones" (dots group the thousands before the plurals, see readScaled).
  millón: 1e6,
  millones: 1e6,
  'mil millones': 1e9,
  // German and Austrian abbreviations, with their stop, before a currency: "68,9 Mrd. €" is 68.9
  // billion euros, "412 Mio. Euro" 412 million ("Milliarde" and "Million"; a German billion,
  // "Billion", is a trillion and is not read).
  mrd: 1e9,
  mio: 1e6,
  // Vietnam's: "VND 1.2 million billion" is 1.2 × 10^15 dong, "VND 800 thousand billion" 8 × 10^14.
  'million billion': 1e15,
  'thousand billion': 1e12,
  // The older British and Commonwealth billion: "£4.3 thousand million" is 4.3 × 10^9.
  'thousand million': 1e9,
  'thousand millions': 1e9,
  // A scale word a PDF's line break split with a hyphen ("$2.4 bil- lion", "3.1 tril-⏎lion"):
  // the word still. Only these three, so "multi- year" or "mil- itary" stay what they are.
  'mil- lion': 1e6,
  'bil- lion': 1e9,
  'tril- lion': 1e12,
};
// Longest first, so "thousands" is tried before "thousand"; the hyphen of a split scale word may be
// followed by a space or a line break.
export const SCALE = Object.keys(SCALES)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace('- ', String.raw`-[ \n]`))
  .join('|');
/** A hyphen between the digits and their scale, as South Africa's press writes every amount
 *  ("R318-billion", "$23-billion", "Rs 85-crore"): the scale still. Not before "-strong", which
 *  counts people ("a 6-million-strong city"). */
const HYPHEN_SCALE = String.raw`(?<=\d)[-‑](?=(?:${SCALE}|m|bn)\b(?![-‑]strong\b))`;
/** After a currency sign "m" is a scale too: "€300m", "$5m"; and "B" glued to the digits, as
 *  budget tables write billions ("JPY 6.18B", "$1.2B"); and "cr" after a rupee's sign, as India's
 *  press shortens crore ("Rs 1426 cr", "₹85cr"). A "+" glued between the number and its
 *  scale ("USD 17+ billion": at least 17 billion) is read as the number it follows; a hyphen
 *  before the scale (HYPHEN_SCALE) as if it were a space. */
export const SCALE_AFTER_SIGN = String.raw`(?:(?<=\d)\+\s?|${HYPHEN_SCALE})?(?:${SCALE}|m|(?<=\d\+?)b|(?<=(?:\bRs\.?|₹|\bINR)\s?\d[\d.,]*\s?)cr)`;

/** The ISO codes as written before or after a number ("SEK 3.4 billion", "3.4 billion SEK"): upper
 *  case only (currencyOf refuses "try 5" or "pen"). */
const CODES = CURRENCY_CODES.join('|');
/** After a code or an abbreviation that is also a word ("COP 28", "LE 5 juin"), the number that
 *  makes it a currency: one with a scale or grouped by thousands or lakhs ("SEK 3.4 billion", "INR 12,500",
 *  "R1 240 billion" with spaced groups, and a whole grouped by spaces alone, "R58 400", as South
 *  Africa writes thousands, also with its cents after a comma or a point, "EUR 3 211.11", as the
 *  European Union's regulations write prices; v207). */
/** Ahead, a price in a currency's units and cents, two decimals after them: "36.62", "1,184.50"
 *  (v192: "S/ 36.62 (+ IGV)", a sign that is no word, names money before one as before a scale). */
const CENTS_NUMBER_AHEAD = String.raw`(?=\d{1,3}(?:,\d{3})*\.\d\d(?![\d.,]\d|\d))`;
export const CODE_NUMBER_AHEAD = String.raw`(?=\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d{1,2})?(?!\d|[.,]\d)|\d{1,3},\d\d(?!\d|[.,]\d)|${LAKH_GROUPED}|(?:${SPACED_NUMBER}|[\d.,]+[½⅓⅔¼¾⅛⅜⅝⅞]?)(?:\+?\s?|${HYPHEN_SCALE})(?:${SCALE}|m|bn)\b)`;
/**
 * The alternation of `sources` in their order, with each run of neighbours that end with `suffix`
 * written as one group before one copy of it: the same attempts in the same order, shorter.
 * @example groupSharedSuffix(['a(?=1)', 'b(?=1)', 'c', 'd(?=1)'], '(?=1)') // '(?:a|b)(?=1)|c|(?:d)(?=1)'
 */
export function groupSharedSuffix(sources: readonly string[], suffix: string): string {
  const parts: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length > 0) parts.push(`(?:${run.join('|')})${suffix}`);
    run = [];
  };
  for (const src of sources) {
    if (src.endsWith(suffix)) run.push(src.slice(0, -suffix.length));
    else {
      flush();
      parts.push(src);
    }
  }
  flush();
  return parts.join('|');
}
/** Right before a currency word that is only one after a scale ("4.2 billion kr", "4.2bn kr"). */
const AFTER_SCALE = String.raw`(?<=(?:\b|\d)(?:${SCALE})\.?\s?)`;
/** Right before a currency letter glued to its digits ("24.86p"): only there is the letter one. */
const GLUED_TO_DIGIT = String.raw`(?<=\d)`;
/** Right after a number, glued or spaced ("0.86 cent"): a word read only there ("per cent" is none). */
const AFTER_DIGIT = String.raw`(?<=\d[^\S\n]?|\d-)`;
/** The words for a hundredth of a charted currency that name that currency alone: the dirham's
 *  fils, the krona's öre, the krone's øre, the riyal's halalas, the rouble's kopecks, the baht's
 *  satang, the złoty's groszy, the yuan's fen, the cedi's pesewas, the lira's kuruş, the ringgit's
 *  sen, the naira's kobo, the Swiss franc's Rappen (v277), and the pesos'
 *  and the real's centavos and the dirham's and the Swiss franc's centimes, whose the document's
 *  country says (CURRENCY_WORDS says whose). */
export const HUNDREDTH_NAMES = String.raw`fils|öre|øre|halala(?:s|h)?|kopecks?|kopeks?|satang|groszy|fen|pesewas?|centavos?|centimes?|kuru[şs]|sen|kobo|Rappen`;
/** Cents abbreviated with the unit they price: "c/l", "c/kWh", "cpl" (cents per litre). */
const CENT_PER_UNIT = String.raw`(?:c\/[A-Za-z]+|cpl\b)`;
/** "at 7.82c per litre and 34.70c per kilogram": the next of a list of bare cents, after "and" or
 *  "or" that follows a "c" glued to its digits and the unit it prices (v213). */
const CENT_LETTER_LISTED = String.raw`\dc\s+(?:per|a|an)\s+[a-z]+,?\s+(?:and|or)\s+`;
/** What a "c" glued to the digits prices, after it: a unit after "per" ("20c per minute", "10c per
 *  text"), a unit of time or quantity after "a", "an" or "each" ("12c a minute"), or a comparison
 *  ("3c less than before", "2c cheaper"; v277). */
const CENT_LETTER_PRICES = String.raw`\s+(?:per\s+[a-z]|(?:an?|each)\s+(?:minute|second|hour|night|text|message|SMS|call|month|week|day|year|litre|liter|kilolitre|kWh|unit|line|kilogram|kg|kilometre|km|mile|gallon|page|ticket|trip|ride|journey|share|bag|tonne|ton)s?\b)|\s+(?:less|more|lower|higher|cheaper|dearer)\b`;
/** A number a label word stands before ("section 3c per …", "item 4c a …"): no sum. */
const CENT_LETTER_LABEL = String.raw`(?<!\b(?:[Ss]ections?|[Pp]aragraphs?|[Cc]lauses?|[Ii]tems?|[Rr]ules?|[Rr]egulations?|[Aa]rticles?|[Ff]orms?|[Tt]ables?|[Ff]igures?|[Ss]chedules?|[Pp]arts?|[Nn]o\.?|[Qq]uestions?|[Aa]nnex(?:es)?)\s+\d[\d.,]*)`;
/** "by 3c", "to 50.8c a litre", "a dividend of 42c": cents as a bare "c" glued to the digits, read
 *  after a word that governs a sum ("by", "to", "from", "of", "at", "than", and v277's "rose",
 *  "fell", "up", "down": "the letter rate rose 10c"), and never where the
 *  number before "to", "and" or "or" is a label glued to a letter other than "c" ("sections 2a to
 *  2c"; "by 2.4c to 50.8c" keeps both); a unit or word that goes on ("3cm", "3c/l": CENT_PER_UNIT)
 *  is none. Read too (v277) before what it prices (CENT_LETTER_PRICES: "Prepay rates stay the
 *  same: 20c per minute"), unless a label word stands before the number, and as the whole of a
 *  pipe table's cell ("| Large operators | 7c | 5c | 3c |", under "in cents per minute").
 *  Lower case only (statedValue); the readers strip CENT_LETTER_BEFORE to read "c" alone. */
const CENT_LETTER_BEFORE = String.raw`(?:(?<=(?:^|\b(?:by|to|from|of|at|than|rose|rises|fell|falls|up|down)\s+|${CENT_LETTER_LISTED})\d[\d.,]*)(?<!\d[abd-z]\s+(?:to|and|or|through)\s+\d[\d.,]*)|(?<=[0-9])${CENT_LETTER_LABEL}(?=c(?:${CENT_LETTER_PRICES}))|(?<=\|[^\S\n]*\d[\d.,]*)(?=c[^\S\n]*\|))`;
const CENT_LETTER = String.raw`${CENT_LETTER_BEFORE}c(?![\w/]|[.,]\d)`;
/** "24.86p", "38.7ppl": sterling's pence as a "p" glued to the digits (CURRENCY_WORDS). */
const PENCE_LETTER = String.raw`${GLUED_TO_DIGIT}p(?:pl)?(?!\.\s?p\b)`;
/** The dollars the contract charts besides the US dollar: a bare "$" or "dollars" may be any of
 *  them; the document's country decides (documentCurrencies), the US dollar when nothing does. */
export const OTHER_DOLLARS: readonly Unit[] = ['NZD', 'AUD', 'CAD', 'SGD', 'HKD', 'TWD'];
const ANY_DOLLAR: readonly Unit[] = ['USD', ...OTHER_DOLLARS];
/** The currencies whose hundredth is a cent: the dollars, and the euro, rand and Kenyan shilling
 *  of a document from their countries (documentCurrencies' `cents`). */
const CENT_UNITS: readonly Unit[] = [...ANY_DOLLAR, 'EUR', 'ZAR', 'KES'];

/** A sign or word and the units it may name: one, several (the first unless the document's
 *  country names another), or 'code': the ISO code it is. */
type CurrencyEntry = readonly [pattern: string, names: Unit | readonly Unit[] | 'code'];

/** Currencies named in words with their country's adjective, as written before a scaled or grouped
 *  number; CURRENCY_WORDS reads the same names after one. */
const NAMES_BEFORE_NUMBER: readonly (readonly [string, Unit])[] = [
  [String.raw`Japanese\syen`, 'JPY'],
  [String.raw`Russian\s(?:roubles?|rubles?)`, 'RUB'],
  [String.raw`Chinese\s(?:yuan|renminbi)`, 'CNY'],
  [String.raw`(?:South\s)?Korean\swon`, 'KRW'],
  [String.raw`Swiss\sfrancs?`, 'CHF'],
  [String.raw`Indian\srupees?`, 'INR'],
  [String.raw`Pakistani\srupees?`, 'PKR'],
  [String.raw`Sri\sLankan\srupees?`, 'LKR'],
  [String.raw`Philippine\spesos?`, 'PHP'],
  [String.raw`Mexican\spesos?`, 'MXN'],
  [String.raw`Argentine\spesos?`, 'ARS'],
  [String.raw`Chilean\spesos?`, 'CLP'],
  [String.raw`Colombian\spesos?`, 'COP'],
  [String.raw`Peruvian\ssoles`, 'PEN'],
  [String.raw`Brazilian\s(?:reais|reals?)`, 'BRL'],
  [String.raw`Swedish\s(?:kronor|krona)`, 'SEK'],
  [String.raw`Norwegian\skron(?:e|er)`, 'NOK'],
  [String.raw`Danish\skron(?:e|er)`, 'DKK'],
  [String.raw`Polish\s(?:zlot(?:y|ys)|złoty)`, 'PLN'],
  [String.raw`Hungarian\sforints?`, 'HUF'],
  [String.raw`Czech\skorun(?:a|y)`, 'CZK'],
  [String.raw`Romanian\s(?:lei|leu)`, 'RON'],
  [String.raw`Ukrainian\shryvnias?`, 'UAH'],
  [String.raw`Kazakh(?:stani)?\stenge`, 'KZT'],
  [String.raw`Turkish\sliras?`, 'TRY'],
  [String.raw`South\sAfrican\srand`, 'ZAR'],
  [String.raw`Nigerian\snaira`, 'NGN'],
  [String.raw`Kenya(?:n)?\sshillings?`, 'KES'],
  [String.raw`Ghana(?:ian)?\scedis?`, 'GHS'],
  [String.raw`Egyptian\spounds?`, 'EGP'],
  [String.raw`Moroccan\sdirhams?`, 'MAD'],
  [String.raw`Saudi\sriyals?`, 'SAR'],
  [String.raw`(?:UAE|Emirati)\sdirhams?`, 'AED'],
  [String.raw`Qatari\sriyals?`, 'QAR'],
  [String.raw`Kuwaiti\sdinars?`, 'KWD'],
  [String.raw`(?:New\s)?Israeli\s(?:new\s)?shekels?`, 'ILS'],
];

/** A currency's name with its country's adjective, then its code in brackets: "Japanese Yen
 *  (JPY)", "US Dollar (USD)" (the code says which). */
const NAMED_CODE = String.raw`(?:${[
  ...NAMES_BEFORE_NUMBER.map(([name]) => name),
  String.raw`(?:US|U\.S\.|New\sZealand|Australian|Canadian|Singapore|Hong\sKong)\sdollars?`,
].join('|')})\s\((?:${CODES})\)`;
const NAMED_CODE_RE = new RegExp(String.raw`^${NAMED_CODE}$`, 'i');

/** Currency signs and codes written before the number, and the units they may name (the first
 *  unless the document's country names another of them). */
export const CURRENCY_SIGNS: readonly CurrencyEntry[] = [
  // "a $ 27.5 million loan", "€ 5 billion": some publishers set a space after a sign too.
  [String.raw`US\$\s?`, 'USD'],
  // "$US173 billion", "($US21.36 per hour)": the code after the sign, as Australian papers write a
  // foreign dollar; "$USD" is none of it.
  [String.raw`\$US(?![A-Za-z])\s?`, 'USD'],
  // "USD $467 billion", "CAD $78 billion": a dollar's code before its sign says whose dollar it is,
  // whatever the document's own.
  [String.raw`USD\s?\$\s?`, 'USD'],
  [String.raw`CAD\s?\$\s?`, 'CAD'],
  [String.raw`AUD\s?\$\s?`, 'AUD'],
  [String.raw`NZD\s?\$\s?`, 'NZD'],
  [String.raw`SGD\s?\$\s?`, 'SGD'],
  [String.raw`HKD\s?\$\s?`, 'HKD'],
  [String.raw`TWD\s?\$\s?`, 'TWD'],
  // A bare "$" in a document of a country that writes its peso "$" is that peso (v224).
  [String.raw`\$\s?`, [...ANY_DOLLAR, ...PESO_DOLLARS]],
  [String.raw`¥\s?`, ['JPY', 'CNY']],
  // "(euro 368 billion)": the word before a scaled number, as a sign.
  [String.raw`€\s?|euros?\s(?=[\d.,]+\s?(?:billion|bn|million|mn|trillion)\b)`, 'EUR'],
  [String.raw`₽\s?`, 'RUB'],
  // "Taka 11,250 million", "Naira 3.2 billion": a currency's name before a scaled or grouped
  // number, as a sign (capitalised, so the lower-case word after a number stays a word).
  [String.raw`(?:Taka|Tk\.?)\s?${CODE_NUMBER_AHEAD}`, 'BDT'],
  // "at Tk 36 per kilogram, up from Tk 33": the taka's short sign before any number, as Bangladesh
  // writes its prices (v200); not after a slash ("Tcl/Tk 8.6" is a toolkit).
  [String.raw`(?<![/\w])Tk\.?\s?(?=\d)`, 'BDT'],
  [String.raw`Naira\s${CODE_NUMBER_AHEAD}`, 'NGN'],
  // "US dollars 52.6 million", "Canadian dollars 1,240 million": a dollar named in words before a
  // scaled or grouped number, as some central banks write every amount.
  [String.raw`(?:US|U\.S\.)\sdollars?\s${CODE_NUMBER_AHEAD}`, 'USD'],
  [String.raw`New\sZealand\sdollars?\s${CODE_NUMBER_AHEAD}`, 'NZD'],
  [String.raw`Australian\sdollars?\s${CODE_NUMBER_AHEAD}`, 'AUD'],
  [String.raw`Canadian\sdollars?\s${CODE_NUMBER_AHEAD}`, 'CAD'],
  [String.raw`Singapore\sdollars?\s${CODE_NUMBER_AHEAD}`, 'SGD'],
  [String.raw`Hong\sKong\sdollars?\s${CODE_NUMBER_AHEAD}`, 'HKD'],
  [String.raw`Rupiah\s${CODE_NUMBER_AHEAD}`, 'IDR'],
  [String.raw`Ringgit\s${CODE_NUMBER_AHEAD}`, 'MYR'],
  [String.raw`Baht\s${CODE_NUMBER_AHEAD}`, 'THB'],
  [String.raw`Dong\s${CODE_NUMBER_AHEAD}`, 'VND'],
  [String.raw`Rand\s${CODE_NUMBER_AHEAD}`, 'ZAR'],
  // The other currencies named in words before a scaled or grouped number ("Kuwaiti dinars 2.4
  // billion", "Saudi riyals 1,200 million"), each with its country's adjective.
  ...NAMES_BEFORE_NUMBER.map(
    ([name, unit]) => [String.raw`${name}\s${CODE_NUMBER_AHEAD}`, unit] as const,
  ),
  // The Gulf's own abbreviations, glued or spaced, only before a scaled or grouped number ("Dh8.3
  // billion", "QR 5bn", "KD 1,250 million"), so "a KD 3 rating" or "QR 4" in a name is none.
  // "DH 121 billion": Moroccan and Emirati papers write the letters in capitals too.
  [String.raw`D[Hh]s?\.?\s?${CODE_NUMBER_AHEAD}`, ['AED', 'MAD']],
  [String.raw`QR\s?${CODE_NUMBER_AHEAD}`, 'QAR'],
  [String.raw`KD\s?${CODE_NUMBER_AHEAD}`, 'KWD'],
  // A capital letter glued to its number, as the country's own press writes its currency: "N2.7
  // trillion" (naira), "P12 billion" (Philippine peso), "W5 trillion" (won). With no scale nor
  // grouping ("P6.12 per cubic meter", "N898 a litre") the naira's and the peso's letter is a sum
  // only in a document of their country (documentCurrencies' `letters`, candidates' bareLetter),
  // so "the N2 route" or "P5 members" elsewhere stay names; "W3 grade" is never one.
  // A letter before it makes a code or a name ("COP28", "RON95"), no sign.
  [String.raw`(?<![A-Za-z])N(?=\d)`, 'NGN'],
  [String.raw`(?<![A-Za-z])P(?=\d)`, 'PHP'],
  [String.raw`W(?=\d)${CODE_NUMBER_AHEAD}`, 'KRW'],
  // "TL 4.5 billion" (Turkish lira), "Bt 12 billion" (baht), "S/ 2,400 million" (Peruvian sol),
  // "SFr 3 billion" (Swiss franc), "Rmb 8bn", "Php 2.1 billion": before a scaled or grouped number.
  [String.raw`TL\s?${CODE_NUMBER_AHEAD}`, 'TRY'],
  // "TL 500 per tonne", "TL 12.50 a kilogram": the lira's letters before a number with no scale
  // nor grouping are a sum only in a document of Türkiye (documentCurrencies' `letters`,
  // candidates' bareLetter; v207), so "TL 5" elsewhere (a grade, a team leader) stays none.
  [String.raw`(?<![A-Za-z])TL\s?(?=\d)`, 'TRY'],
  [String.raw`Bt\.?\s?${CODE_NUMBER_AHEAD}`, 'THB'],
  [String.raw`S\/\.?\s?${CODE_NUMBER_AHEAD}`, 'PEN'],
  // "Ps. 1,250 million": the peso as Mexican (and Argentine or Colombian) issuers abbreviate it,
  // before a scaled or grouped number or a price in cents (below; v192), so "Ps. 23" is none.
  [String.raw`Ps\.\s?${CODE_NUMBER_AHEAD}`, ['MXN', 'ARS', 'COP']],
  [String.raw`S[Ff]r\.?\s?${CODE_NUMBER_AHEAD}`, 'CHF'],
  [String.raw`Rmb\s?${CODE_NUMBER_AHEAD}`, 'CNY'],
  [String.raw`Php\s?${CODE_NUMBER_AHEAD}`, 'PHP'],
  // "Sh12.4 billion", "Shs 3,200 million": the shilling as Kenya's press writes it (a Ugandan or
  // Tanzanian document's is its own: documentCurrencies' namesakes).
  [String.raw`Shs?\.?\s?${CODE_NUMBER_AHEAD}`, 'KES'],
  // "S/ 36.62 (+ IGV)", "Ps. 241.62 per workload unit": the sol's and the peso's marks, no word,
  // before a price in cents too (v192).
  [String.raw`S\/\.?\s?${CENTS_NUMBER_AHEAD}`, 'PEN'],
  [String.raw`Ps\.\s?${CENTS_NUMBER_AHEAD}`, ['MXN', 'ARS', 'COP']],
  // "NTD 2.1 billion", "AR$ 900 million", "Ch$ 1,200 billion", "COL$ 4 trillion", "VNĐ 12,000 billion".
  [String.raw`NTD\s?`, 'TWD'],
  [String.raw`AR\$\s?`, 'ARS'],
  [String.raw`(?:Ch|CLP)\$\s?`, 'CLP'],
  [String.raw`COL\$\s?`, 'COP'],
  [String.raw`VNĐ\s?`, 'VND'],
  [String.raw`GH¢\s?`, 'GHS'],
  [String.raw`₫\s?`, 'VND'],
  [String.raw`৳\s?`, 'BDT'],
  [String.raw`CN¥\s?|RMB\s?`, 'CNY'],
  [String.raw`₩\s?`, 'KRW'],
  [String.raw`£\s?`, 'GBP'],
  [String.raw`NZ\$\s?`, 'NZD'],
  [String.raw`A\$\s?|AU\$\s?`, 'AUD'],
  [String.raw`C\$\s?|CA\$\s?`, 'CAD'],
  [String.raw`S\$\s?`, 'SGD'],
  [String.raw`HK\$\s?`, 'HKD'],
  [String.raw`NT\$\s?`, 'TWD'],
  [String.raw`R\$\s?`, 'BRL'],
  [String.raw`Mex\$\s?|MX\$\s?`, 'MXN'],
  [String.raw`₹\s?`, 'INR'],
  // "Rs 2,000 crore", "Rs. 5 billion": the rupee of India, Pakistan or Sri Lanka.
  [String.raw`Rs\.?\s?`, ['INR', 'PKR', 'LKR']],
  [String.raw`Rp\.?\s?`, 'IDR'],
  [String.raw`RM\s?`, 'MYR'],
  [String.raw`฿\s?`, 'THB'],
  [String.raw`₱\s?`, 'PHP'],
  [String.raw`₺\s?`, 'TRY'],
  [String.raw`₦\s?`, 'NGN'],
  [String.raw`₴\s?`, 'UAH'],
  [String.raw`₸\s?`, 'KZT'],
  [String.raw`GH₵\s?|₵\s?`, 'GHS'],
  [String.raw`KSh\s?|Ksh\.?\s?`, 'KES'],
  // "KShs 4 billion", "Kshs. 900 million", and the code in mixed case, "Kes 30 billion", as Kenyan
  // trade bodies write it: "Kes" only before a scaled or grouped number, like the other codes.
  [String.raw`K[Ss]hs\.?\s?`, 'KES'],
  [String.raw`Kes\s?${CODE_NUMBER_AHEAD}`, 'KES'],
  // "Sh. 158.42 per litre", "about Sh. 5", "Shs. 40": the shilling's abbreviation with its stop,
  // as Kenyan legal notices write it, before any number (the bare "Sh" only before a scale, above).
  [String.raw`Shs?\.\s?(?=\d)`, 'KES'],
  [String.raw`E£\s?`, 'EGP'],
  // "LE 5.3 trillion", "L.E. 1,250": the Egyptian pound as Egypt's publishers write it, only before
  // a scale or a grouped number, like a code, so "LE 5 juin" or "LE 3" in a name is none.
  [String.raw`L\.?E\.?\s?${CODE_NUMBER_AHEAD}`, 'EGP'],
  // "SR1.01 trillion", "SR 2,500": the Saudi riyal as Saudi publishers write it, like "LE" only
  // before a scale or a grouped number.
  [String.raw`SR\s?${CODE_NUMBER_AHEAD}`, 'SAR'],
  [String.raw`₪\s?|NIS\s?`, 'ILS'],
  // "R61 billion", "R2,400 million": the rand's sign, glued to its number; a bare "R85 a tonne" is
  // read only in a document about South Africa (candidates' bareRand), so "the R40 road" elsewhere
  // and a spaced "R 5", a row's name, are none.
  [String.raw`R(?=\d)`, 'ZAR'],
  // The six codes of the first contract as before, and codes that are no word, name or grade in
  // English ("NOK 640 a barrel", "CHF 45"); the others only before a scale or a grouped number
  // ("INR 12,500"), so "COP 28" (a conference), "TRY 5" and "PHP 8" (a language) are none.
  // The codes of the Gulf, Africa, Asia and the Americas that are no word either name money before
  // a small price too, as energy ministries and oil companies quote pump prices and earnings per
  // share ("AED 2.61 per litre", "SAR 1.84 a share", "NGN 617 a litre"); "Kes", a name too, stays with the others; CAD (a design tool), ILS (a
  // landing system), MAD, PEN, TRY, COP, RON and PHP stay tied to a scale or grouped number, and
  // a year after one of them is a name's ("Hong Kong SAR 2031 report"), no price. MAD names the
  // dirham before a price in dirhams and centimes too ("MAD 7.74 per kilogram", "MAD 2.50").
  [String.raw`(?:USD|JPY|EUR|RUB|CNY|KRW|GBP|CHF|SEK|NOK|DKK|ISK|PLN|CZK|HUF)\s?`, 'code'],
  [
    String.raw`(?:AED|SAR|QAR|KWD|KZT|UAH|NGN|GHS|EGP|ZAR|BRL|MXN|ARS|CLP|INR|IDR|THB|MYR|VND|PKR|BDT|LKR|TWD|SGD|HKD|NZD|AUD)\s?(?=\d)(?!(?:19|20)\d\d(?![\d.,]*\d))`,
    'code',
  ],
  [String.raw`MAD\s?(?=\d{1,3}\.\d\d(?![\d.,]*\d))`, 'code'],
  [String.raw`(?:${CODES})\s?${CODE_NUMBER_AHEAD}`, 'code'],
  // "with USD\n \n6 billion for 2031": a code its page's layout broke from its scaled number,
  // across line breaks with nothing else between.
  [String.raw`(?:${CODES})[^\S\n]*\n\s*(?=[\d.,]+\s?(?:${SCALE}|bn)\b)`, 'code'],
  // "Japanese Yen (JPY) 118.6 billion", "Indian Rupees (INR) 9,300 crore": the currency's name,
  // its code in brackets, then a scaled or grouped number; the code says which.
  [String.raw`${NAMED_CODE}\s?${CODE_NUMBER_AHEAD}`, 'code'],
  // Glued to its digits, a code is a currency with any number ("GBP90 (US$180) every second"),
  // except the climate conference "COP28" and the fuel grade "RON95".
  [String.raw`(?!(?:COP|RON)\d{1,3}(?![\d,.]))(?:${CODES})(?=\d)`, 'code'],
];
/** Currency words written after the number ("120 billion yen"), with the units they may name. */
export const CURRENCY_WORDS: readonly CurrencyEntry[] = [
  // "1.5 billion US$": the sign written after the scale, as some ministries write it. Every use
  // ends a currency word with (?!\w), not \b, so the "$" ends it too.
  // "a 5 billion dollar loan", "1.5 billion U.S. dollars".
  [String.raw`US dollars?|U\.S\. dollars?|US\$`, 'USD'],
  [String.raw`New Zealand dollars?`, 'NZD'],
  [String.raw`Australian dollars?`, 'AUD'],
  [String.raw`Canadian dollars?`, 'CAD'],
  [String.raw`Singapore dollars?`, 'SGD'],
  [String.raw`Hong Kong dollars?`, 'HKD'],
  [String.raw`(?:New )?Taiwan dollars?|NT dollars?|NTD`, 'TWD'],
  // "Czech crowns", "Swedish crowns": the crowns in English, with the country's adjective only.
  [String.raw`Czech\s+crowns?`, 'CZK'],
  [String.raw`Swedish\s+crowns?`, 'SEK'],
  [String.raw`Norwegian\s+crowns?`, 'NOK'],
  [String.raw`Danish\s+crowns?`, 'DKK'],
  [String.raw`Icelandic\s+crowns?`, 'ISK'],
  [String.raw`dollars?`, ANY_DOLLAR],
  // "widened by 7¢": cents of a dollar, right after the number (a hundredth of its value).
  [String.raw`¢`, ANY_DOLLAR],
  // "fell 62 cents", "20 cents per share", "0.86 cent per kWh": a hundredth of the document's
  // dollar, as "¢"; "euro cents" are the euro's, "pence" sterling's. Right after its number only,
  // so "per cent" stays a percent.
  [String.raw`euro\s+cents?`, 'EUR'],
  // "412.6 US cents per pound", "68 Australian cents a litre": cents named with their dollar's
  // country, as miners, farm boards and tax offices quote a price, are that dollar's hundredths.
  [String.raw`${AFTER_DIGIT}(?:US|U\.S\.)\s+cents?`, 'USD'],
  [String.raw`${AFTER_DIGIT}Australian\s+cents?`, 'AUD'],
  [String.raw`${AFTER_DIGIT}Canadian\s+cents?`, 'CAD'],
  [String.raw`${AFTER_DIGIT}(?:New\s+Zealand|NZ)\s+cents?`, 'NZD'],
  [String.raw`cents|${AFTER_DIGIT}cent`, CENT_UNITS],
  // "44c/l", "243.18c/kWh", "3.4 c/L": cents as a "c" after the digits, with the unit it prices;
  // "24.2 cpl", "4.1cpl": cents per litre, as fuel monitors, tax offices and fuel companies
  // abbreviate them (CENT_PER_UNIT).
  [String.raw`${AFTER_DIGIT}${CENT_PER_UNIT}`, CENT_UNITS],
  // "will increase by 3c to 31c/l", "a final dividend of 42c": a bare "c" glued to the digits after
  // a word that governs a sum (CENT_LETTER).
  [CENT_LETTER, CENT_UNITS],
  [String.raw`pence`, 'GBP'],
  // "fall by 13 fils a litre", "47 öre per kWh", "4.5 øre", "15 halalas", "35 kopecks": the word for
  // a hundredth of a charted currency that names no other, right after its number.
  [String.raw`${AFTER_DIGIT}fils`, 'AED'],
  [String.raw`${AFTER_DIGIT}öre`, 'SEK'],
  [String.raw`${AFTER_DIGIT}øre`, ['NOK', 'DKK']],
  [String.raw`${AFTER_DIGIT}halala(?:s|h)?`, 'SAR'],
  [String.raw`${AFTER_DIGIT}kopecks?|${AFTER_DIGIT}kopeks?`, 'RUB'],
  [String.raw`${AFTER_DIGIT}satang`, 'THB'],
  [String.raw`${AFTER_DIGIT}groszy`, 'PLN'],
  // "cut by 15 fen per litre", "2 fen higher": the yuan's hundredth, as China's price and
  // purchase-price notices write it ("Fen River", "Li Fen" have no number before them).
  [String.raw`${AFTER_DIGIT}fen(?![a-z])`, 'CNY'],
  // "85 centavos", "50 centavos per kilometre": the hundredth of the pesos and of the real, whose
  // the document's country says, as with a bare "pesos".
  [String.raw`${AFTER_DIGIT}centavos?`, ['MXN', 'ARS', 'CLP', 'COP', 'PHP', 'BRL']],
  // "48 pesewas per litre", "a levy of 70 pesewas": the cedi's hundredth, as Ghana's fuel levies
  // and road-fund reports price them.
  [String.raw`${AFTER_DIGIT}pesewas?`, 'GHS'],
  // "from 3.6 Rappen to 2.9 Rappen per minute": the Swiss franc's hundredth, as Swiss notices
  // write it after the number (v277; "Rp." stays the rupiah's sign, read before a number).
  [String.raw`${AFTER_DIGIT}Rappen`, 'CHF'],
  // "a levy of 50 kobo per litre": the naira's hundredth (v277).
  [String.raw`${AFTER_DIGIT}kobo\b`, 'NGN'],
  // "25 kuruş per kilogram", "a levy of 40 kurus a litre": the Turkish lira's hundredth (v207).
  [String.raw`${AFTER_DIGIT}kuru[şs](?![a-z])`, 'TRY'],
  // "from 3 sen to 5 sen per cubic metre", "12 sen/m³": the ringgit's hundredth, read only in a
  // document of Malaysia or one whose sums are in RM (documentCurrencies' namesakes; v229).
  [String.raw`${AFTER_DIGIT}sen(?![a-z])`, 'MYR'],
  // "up 45 centimes on 2032", "80 centimes a kilo": the hundredth of the Moroccan dirham and of the
  // Swiss franc, whose the document's country says; with neither named, no currency.
  [String.raw`${AFTER_DIGIT}centimes?`, ['MAD', 'CHF']],
  // "24.86p", "rose 38p", "38.7ppl" (pence a litre): a "p" glued to the number is sterling's pence
  // (read in lower case only, see readStatedValue), never the "p.p." of points.
  [PENCE_LETTER, 'GBP'],
  [String.raw`(?:Japanese\s+)?yen`, 'JPY'],
  // "4.2 billion €": the sign after the scale, as European publishers write it.
  [String.raw`euros?|€`, 'EUR'],
  [String.raw`(?:Russian\s+)?(?:roubles?|rubles?)`, 'RUB'],
  [String.raw`(?:Chinese\s+)?(?:yuan|renminbi)|RMB`, 'CNY'],
  [String.raw`(?:(?:South\s+)?Korean\s+)?won`, 'KRW'],
  [String.raw`Egyptian pounds?`, 'EGP'],
  // "2.5 billion pounds of pork" is a weight.
  [String.raw`pounds? sterling|sterling|British pounds?`, 'GBP'],
  // A bare "pounds" is sterling unless the document is Egypt's.
  [String.raw`pounds?(?!\s+of\b)`, ['GBP', 'EGP']],
  [String.raw`Swiss francs?`, 'CHF'],
  [String.raw`Indian rupees?`, 'INR'],
  [String.raw`Pakistani rupees?`, 'PKR'],
  [String.raw`Sri Lankan rupees?`, 'LKR'],
  [String.raw`rupees?`, ['INR', 'PKR', 'LKR']],
  // "up by 15 paise a unit", "66 paise/kWh": the rupee's hundredth, India's or Pakistan's.
  [String.raw`pais[ae]`, ['INR', 'PKR']],
  [String.raw`(?:Indonesian\s+)?rupiah`, 'IDR'],
  [String.raw`(?:Thai\s+)?baht`, 'THB'],
  [String.raw`(?:Malaysian\s+)?ringgit`, 'MYR'],
  [String.raw`Philippine pesos?`, 'PHP'],
  [String.raw`Mexican pesos?`, 'MXN'],
  [String.raw`Argentine pesos?`, 'ARS'],
  [String.raw`Chilean pesos?`, 'CLP'],
  [String.raw`Colombian pesos?`, 'COP'],
  [String.raw`pesos?`, ['MXN', 'ARS', 'CLP', 'COP', 'PHP']],
  [String.raw`(?:Vietnamese\s+)?dong|₫`, 'VND'],
  [String.raw`(?:Bangladeshi\s+)?taka|৳`, 'BDT'],
  [String.raw`(?:Swedish\s+)?kronor|Swedish\s+krona`, 'SEK'],
  [String.raw`Norwegian\s+kron(?:e|er)`, 'NOK'],
  [String.raw`Danish\s+kron(?:e|er)`, 'DKK'],
  [String.raw`kroner|krone`, ['NOK', 'DKK']],
  [String.raw`(?:Icelandic\s+)?kr[óo]nur|Icelandic\s+kr[óo]na`, 'ISK'],
  // "4.2 billion kr": the Nordic crowns' abbreviation, only right after a scale (the document's
  // country says whose), so a "kr" after a bare count is none.
  [String.raw`${AFTER_SCALE}kr\.?`, ['SEK', 'NOK', 'DKK', 'ISK']],
  [String.raw`(?:Polish\s+)?(?:zlot(?:y|ys|ych)|złoty)|zł`, 'PLN'],
  [String.raw`(?:Czech\s+)?korun(?:a|y)|Kč`, 'CZK'],
  [String.raw`(?:Hungarian\s+)?forints?`, 'HUF'],
  [String.raw`(?:Romanian\s+)?(?:lei|leu)`, 'RON'],
  [String.raw`(?:Ukrainian\s+)?hryvnias?`, 'UAH'],
  [String.raw`(?:Kazakh(?:stani)?\s+)?tenge`, 'KZT'],
  [String.raw`(?:Turkish\s+)?liras?`, 'TRY'],
  // "58 billion TL": the lira's abbreviation after a scale only.
  [String.raw`${AFTER_SCALE}TL`, 'TRY'],
  [String.raw`(?:Brazilian\s+)?reais|Brazilian\s+reals?`, 'BRL'],
  [String.raw`(?:Peruvian\s+)?(?:nuevos\s+)?soles`, 'PEN'],
  [String.raw`(?:South\s+African\s+)?rand`, 'ZAR'],
  [String.raw`(?:Nigerian\s+)?naira`, 'NGN'],
  [String.raw`(?:Kenya(?:n)?\s+)?shillings?`, 'KES'],
  // "75 billion Kshs", "2 million KShs": the shilling's abbreviation after a scale only.
  [String.raw`${AFTER_SCALE}K[Ss]hs?`, 'KES'],
  [String.raw`(?:Ghana(?:ian)?\s+)?cedis?`, 'GHS'],
  [String.raw`(?:UAE|Emirati)\s+dirhams?`, 'AED'],
  [String.raw`Moroccan\s+dirhams?`, 'MAD'],
  [String.raw`dirhams?`, ['AED', 'MAD']],
  [String.raw`Qatari\s+riyals?`, 'QAR'],
  [String.raw`(?:Saudi\s+)?riyals?`, ['SAR', 'QAR']],
  [String.raw`(?:Kuwaiti\s+)?dinars?`, 'KWD'],
  [String.raw`(?:(?:new\s+)?Israeli\s+)?(?:new\s+)?shekels?|NIS`, 'ILS'],
  [CODES, 'code'],
];
// CN¥ must be tried before ¥, so the longest signs come first. A sign read only before a scaled
// or grouped number ends with that lookahead (CODE_NUMBER_AHEAD); neighbours in this order that
// end with it share one copy, `(?:A|B)L` for `AL|BL`, which tries A then L, then B then L, as
// before. Written after each of them, the lookahead made the alternation 37,000 characters
// long, which V8 took about a second to compile in each of the half-dozen regexes that hold it.
export const CURRENCY_SIGN = groupSharedSuffix(
  [...CURRENCY_SIGNS].sort((a, b) => b[0].length - a[0].length).map(([src]) => src),
  CODE_NUMBER_AHEAD,
);
export const CURRENCY_WORD = CURRENCY_WORDS.map(([s]) => s).join('|');
/** The currency words that count a hundredth of their currency ("9¢", "62 cents", "40 pence",
 *  "15 paise"). */
export const HUNDREDTH_WORD_RE = new RegExp(
  String.raw`^(?:¢|(?:(?:euro|US|U\.S\.|Australian|Canadian|New\s+Zealand|NZ)\s+)?cents?|pence|pais[ae]|${HUNDREDTH_NAMES})$`,
  'i',
);
/** The same words as a pattern, for an end of a range ("between 118p and 126p"). */
/** The ends of a range of cents each glued to its "c" after "between": "between 2.6c and 3.4c per
 *  minute" (v277); "2c to 3c" alone may be labels and is not read so. */
const CENT_LETTER_BETWEEN = String.raw`(?<=\bbetween\s+\d[\d.,]*)c(?=\s+and\s+\d[\d.,]*c(?![\w/]|[.,]\d))|(?<=\bbetween\s+\d[\d.,]*c\s+and\s+\d[\d.,]*)c`;
export const HUNDREDTH_WORD = String.raw`¢|(?:(?:euro|US|U\.S\.|Australian|Canadian|New\s+Zealand|NZ)\s+)?cents?|pence|pais[ae]|${HUNDREDTH_NAMES}|${PENCE_LETTER}|${CENT_LETTER_BETWEEN}|${AFTER_DIGIT}${CENT_PER_UNIT}`;
/** A letter glued to the number that counts a hundredth of its currency ("24.86p", "44c/l"):
 *  CURRENCY_WORDS reads it in any case, a reader takes it in lower case only ("2P reserves"). */
export const HUNDREDTH_LETTER_RE = /^(?:p(?:pl)?|c(?:\/[a-z]+)?|cpl)$/i;
/** A fraction of a scale, in words: "half a trillion US dollars", "a quarter of a billion euros".
 *  Group 1 is the fraction, 2 the scale, 3 the currency. */
export const FRACTION_SCALE_AMOUNT = String.raw`\b(half|(?:a|one|three)[- ]quarters?|(?:a|one|two)[- ]thirds?)(?:\s+of)?\s+an?\s+(${SCALE})\s+(${CURRENCY_WORD})(?!\w)`;

/** A minus written before an amount ("(–2.8 billion euros)", "−$3bn"), not the dash of a range
 *  ("$1–2 billion"), which follows a digit, nor a spaced dash after a word or a code that ends in
 *  a digit, which parts a label from its amount ("export - 41,2 million USD", "RX-204 – USD 6.4
 *  million"), unless the word needs a number ("was – 2.8"),
 *  nor the last of a run of hyphens written as a dash ("$37 billion---$21 billion"). */
export const WRITTEN_MINUS = String.raw`(?<![\w.,%)]|[-–—−‑])(?:[-–−‑](?!\s)|(?:(?<![A-Za-z\d]\s)|(?<=\b(?:to|at|of|from|by|was|were|is|are)\s))[-–−‑]\s)`;
/** A minus between a currency and its number, glued ("EUR –2.7 billion") or in brackets as Indian
 *  official tables write it ("USD (-) 4.2 billion"); only before a digit. */
export const MINUS_AFTER_SIGN = String.raw`(?:[-–−‑](?=\d)|\(\s?[-–−‑]\s?\)\s?(?=\d))`;
/** Before a band's size: "plus and minus 0.5 percentage points", "plus or minus", "plus/minus",
 *  "plus-minus", "± 1 %", "+/- 2 per cent", "+/− 1 pp", and "/-150 basis points", a "+/-" whose plus
 *  the page lost (never after a word, digit or bracket, so "2031/-2" and "and/-" are none). */
export const PLUS_MINUS = String.raw`(?:±\s?|\+\s?\/\s?[-–−]\s?|(?<![\w.,)%+])\/[-–](?=\d)|\bplus\s+(?:and|or)\s+minus\s+|\bplus\s?[/-]\s?minus\s+)`;
const MONTH_NAME = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)`;
/** After "per cent" glued to the next word where a page lost the space ("per centin October",
 *  "per centinMarch", "per centduring"): a month, or a short word that follows a percent, alone or
 *  glued to a month. Only these, so "per centum" or "per centred" stay words. */
const GLUED_AFTER_PER_CENT = String.raw`(?=(?:in|during|over|as|and|on|at|for|from|to|of|against|compared|with|while|when|which|since|than|this|last|year|month)(?:(?![a-z])|${MONTH_NAME})|${MONTH_NAME})`;
/** "%", "percent", "per cent" (also broken at a line end, "per-\ncent", or wrapped onto an indented
 *  line of a fixed-width release, "0.2\n   percent"), the newspaper "pc" glued to its digits
 *  ("26pc"), and the Spanish "por ciento" (also split by a line break). */
export const PERCENT = String.raw`(?:\s?%(?!p\b|[- ]?(?:points?|pts?)\b|\s(?:percentage|percent)\s+points?\b)|(?:[\s-]|\n[ \t]+)?percent(?:\b(?!\s+points?\b)|(?=[a-z])(?!age|ile))|\n[ \t]+per cent\b(?!\s+points?\b)|\s?per cent(?:\b(?!\s+points?\b)|${GLUED_AFTER_PER_CENT})|\s?per-\n\s*cent\b(?!\s+points?\b)|(?<=\d)\s?pc\b|\s?pct\b|\spor\s+ciento\b)`;
/** "percentage points", "percentage point", "pp", "ppt", "%p", "percent points" (also "per-" then
 *  "centage points" on the next line): a change in points, never a percent. */
/** A fraction of one percentage point: "½ a percentage point", "half a percentage point", "a quarter
 *  of a percentage point", "a half percentage point", and after a fraction only, "a ¼-point move",
 *  "a quarter-point cut". */
const OF_A_POINT = String.raw`\s+(?:(?:of\s+)?an?\s+)?percentage[- ]points?\b`;
/** A bare "points" (or its short "pts") after a number is percentage points only where its clause is about a rate:
 *  a rate, growth, inflation or unemployment named before the number with no other number, and no
 *  index, between ("the rate rose 0.3 points to 4.1%", "inflation slowed 0.5 points"), or growth
 *  or a rate named right after it ("contributed 0.4 points to growth", "a 2 point rise in the tax
 *  rate"). Never an index level or score ("the index rose 12 points", "scored 85 points", "a
 *  10-point plan", "the share climbed 2.3 points to 31.6%"). The look-behind is tried only after
 *  the digits and the word "points" have matched, so it costs nothing elsewhere. */
const RATE_CLAUSE_BEFORE = String.raw`(?<=\b(?:rates?|growth|inflation|unemployment|joblessness)\b(?:(?!\bind(?:ex|ices)\b)(?:[^.;:!?\d%()]|\([A-Za-z'’.-]{2,12}\))){0,60}?\d(?:[\d.]*\d)?[- ](?:points?|pts))`;
const RATE_CLAUSE_AFTER = String.raw`(?=\s+(?:to|of|in|on|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:growth|inflation)\b|[- ](?:rise|increase|fall|drop|cut|decline|jump|reduction|hike|gain)\s+in\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:rates?|growth|inflation)\b)`;
/** The words "0.4 points" and nothing else: what a reader found in its clause above, read again
 *  on their own. */
const POINTS_ALONE = String.raw`$(?<=^[-+−–]?\s?\d(?:[\d.,]*\d)?[- ](?:points?|pts))`;
/** The last look-behind is first when POINTS is itself read backwards (in a look-behind), so the
 *  clause is looked at only right after a "point". A year is never a number of points: in
 *  "estimates for 2030 point to growth of …" the "point" is the verb. */
/** The nouns and verbs that move a level by a number of points: "a fall of 1.26 points", "rose
 *  3.32 points". (The full lists of change words are built further down, on other words.) */
const POINTS_MOVE_NOUN = String.raw`rise|fall|drop|gain|increase|decrease|decline|improvement|deterioration|reduction|jump`;
const POINTS_MOVE_VERB = String.raw`rose|risen|rises|fell|fallen|falls|increased|decreased|declined|dropped|climbed|gained|grew|jumped|slipped|eased|improved|deteriorated|edged\s+(?:up|down)|(?:is|was|were|are)\s+(?:up|down)`;
/** A percent level earlier in the sentence, then the move of that level set off by a comma: "63.1%
 *  of companies expect a profit, down 1.4 points from the previous survey", "the rate was 5.2%, up
 *  0.3 points on the quarter". Points of a percent are percentage points; a number between the
 *  two other than a year ("…, the index fell to 98.1, down 1.4 points") is the level they move. */
const PERCENT_LEVEL_THEN_POINTS = String.raw`(?<=\d\s?(?:%|per\s?cent\b|percent\b)(?:[^.;:!?%\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,120}?,\s+(?:up|down|an?\s+(?:[a-z]+\s+)?(?:${POINTS_MOVE_NOUN})\s+of)\s+\d(?:[\d.]*\d)?[- ](?:points?|pts))`;
/** The same percent level, then its distance from another time set off by a comma, the
 *  comparative right after the points: "the ROR averaged 59.83 percent, 2.44 points above the same
 *  period of 2032", "the ratio ended at 14.6%, 0.8 points higher than a year earlier". */
const PERCENT_LEVEL_THEN_POINTS_APART = String.raw`(?<=\d\s?(?:%|per\s?cent\b|percent\b)(?:[^.;:!?%\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,120}?,\s+\d(?:[\d.]*\d)?[- ](?:points?|pts))(?=\s+(?:above|below|higher|lower|up|down)\b)`;
/** A percent level in brackets, the base a comparison opens with, then a verb of change in bare
 *  points, whatever the subject is called (an acronym, "the ratio"): "Compared with September 2032
 *  (58.10 percent), the ROR rose 3.32 points", "Against the end of 2030 (13.8%), the CET1 ratio
 *  improved 0.8 points" (a digit inside a name, as in "CET1", and a year are no number). The points move that
 *  level, so they are percentage points; an index or score between keeps its points. */
const BRACKETED_LEVEL_THEN_POINTS = String.raw`(?<=\(\s*(?:(?:about|around|nearly|almost)\s+)?\d[\d.,]*\s?(?:%|per\s?cent\b|percent\b)\s*\)(?:(?!\b(?:ind(?:ex|ices)|scores?|PMI|confidence|sentiment)\b)(?:[^.;:!?%\d()]|(?<=[A-Za-z])\d|(?<!\d)(?:19|20)\d\d(?!\d))){0,80}?\b(?:${POINTS_MOVE_VERB})(?:\s+by)?\s+\d(?:[\d.]*\d)?[- ](?:points?|pts))`;
/** A rate or ratio named earlier in the sentence, then a move in bare points to a percent level:
 *  "The jobless rate among 15-24-year-olds jumped 1.4 points to 20.3 percent", "the saving ratio
 *  fell 0.9 points to 11.2%, while in the euro area it rose 0.3 points to 15.1%". The level the
 *  move ends at is a percent, so its points are percentage points, whatever ages, tiers or counts
 *  name the group between ("aged 25 to 54", "tier 1", "the 20 largest cities") and whatever
 *  level the rate reached before; an index, or a
 *  share with no rate named ("the share climbed 2.3 points to 31.6%"), keeps its reading. */
const RATE_POINTS_TO_LEVEL = String.raw`(?<=\b(?:rates?|ratios?)\b(?:(?!\b(?:ind(?:ex|ices)|shares?\s+of)\b)(?:[^.;:!?]|(?<=\d)\.(?=\d))){0,160}?\d(?:[\d.]*\d)?[- ](?:points?|pts))(?=\s+to\s+(?:(?:about|around|nearly|almost|roughly|just)\s+)?\d[\d.,]*\s?(?:%|per\s?cent\b|percent\b))`;
const RATE_POINTS = String.raw`(?<=\d)(?<!(?<![\d.,])(?:19|20)\d\d)[- ](?:points?|pts)\b(?:${RATE_CLAUSE_BEFORE}|${RATE_CLAUSE_AFTER}|${PERCENT_LEVEL_THEN_POINTS}|${PERCENT_LEVEL_THEN_POINTS_APART}|${BRACKETED_LEVEL_THEN_POINTS}|${RATE_POINTS_TO_LEVEL}|${POINTS_ALONE})(?<=t|ts)`;
export const WRITTEN_POINTS = String.raw`(?:\s?(?:%\s(?:percentage|percent)\s+points?\b|percentage[- ]points?\b|per-\n\s*centage[- ]points?\b|per[- ]?cent\s+points?\b|pp\b|pps\b|ppts?\b|p\.\s?p\.?(?![a-z])|%(?:p\b|[- ]?(?:points?|pts?)\b)|basis[- ]points?\b|basic\s+points\b|base\s+points\b|units?\s+per\s?cent\b|bps?\b|puntos\s+(?:básicos|porcentuales)\b)|-(?:percentage|basis)-points?\b|-(?:bps?|pps?|ppts?)\b|(?<=\b(?:quarter|half))-percentage-points?\b|\s+(?:of\s+)?an?\s+percentage[- ]point\b|(?<=[½¼¾]|\bhalf|\bquarter)[- ]points?\b)`;
/** Percentage points as the extractor finds them: WRITTEN_POINTS, and a bare "points" in a clause
 *  about a rate (RATE_POINTS). The reader of stated words uses WRITTEN_POINTS and reads a bare
 *  "points" last, since the stated words alone do not carry their clause. */
export const POINTS = String.raw`(?:${RATE_POINTS}|${WRITTEN_POINTS})`;
/** Basis points are hundredths of a percentage point: "25 basis points" (also the Spanish "25
 *  puntos básicos", and its word-for-word "25 basic points", or "25 base points" where a
 *  translation slipped) is 0.25 points. */
export const BASIS_POINTS_RE =
  /\b(?:basis[- ]points?|basic\s+points|base\s+points|bps?|puntos\s+básicos)$/i;

const UNITS_WORDS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS_WORDS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
/** A whole number in words up to one hundred: "ninety-five", "twelve", "one hundred". */
const WHOLE_WORD =
  String.raw`(?:one hundred|a hundred|(?:${Object.keys(TENS_WORDS).join('|')})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|` +
  String.raw`${Object.keys(UNITS_WORDS)
    .sort((a, b) => b.length - a.length)
    .join('|')})`;
/** Hundreds in words and what follows them: "one hundred and five", "two hundred twenty-five" (the
 *  "and" British usage writes is optional). */
const HUNDRED_WORD = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|a)[- ]hundred(?:\s+(?:and\s+)?(?:${WHOLE_WORD}))?`;
/** The half, quarter or three quarters official prose adds to a whole in words: "two and a half",
 *  "one-and-a-quarter", "three and three-quarters", and as American prose writes them, "one and
 *  one-half", "two and one-fourth", "four and three-fourths". */
const AND_A_PART = String.raw`(?:\s+and\s+|-and-)(?:(?:a|one)[- ](?:half|quarter|fourth)|three[- ](?:quarters|fourths))`;
const AND_A_PART_RE = new RegExp(String.raw`^(.+?)${AND_A_PART}$`);
const PART_VALUES: Record<string, number> = {
  half: 0.5,
  quarter: 0.25,
  fourth: 0.25,
  quarters: 0.75,
  fourths: 0.75,
};
/** A number in words: a whole up to one hundred ("ninety-five", "twelve"), hundreds ("one hundred
 *  and five"), either with a half or a quarter after it ("two and a half", "one and three
 *  quarters"). */
export const NUMBER_WORD = String.raw`(?:(?:${HUNDRED_WORD}|${WHOLE_WORD})(?:${AND_A_PART})?)`;
/** A percentage point with its half after the unit, as speeches and minutes write it: "a
 *  percentage point and a half", "one full percentage point and a half" (1.5 points); the
 *  extractor reads a bare "a point and a half" only after a verb in a clause about a rate. */
export const POINT_AND_A_HALF = String.raw`\b(?:a|one)\s+(?:full\s+)?(?:percentage[- ])?point\s+and\s+a\s+half\b`;
/** A percent with its half after the unit, as speeches write it: "a per cent and a half", "one
 *  percent and a half" (1.5 percent); the extractor reads it only after a verb or noun of change. */
export const PERCENT_AND_A_HALF = String.raw`\b(?:a|one)\s+(?:full\s+)?(?:per\s?cent|percent)\s+and\s+a\s+half\b`;
/** A number in words with its half or quarter, never a whole alone: "two and a half", "one and
 *  three quarters" (a multiple written so, "two and a half times", is read as "2.5 times"). */
export const PART_NUMBER_WORD = String.raw`(?:(?:${HUNDRED_WORD}|${WHOLE_WORD})${AND_A_PART})`;

/** A number in words, before the scale of an amount: "seven hundred and eighty three", "nine
 *  hundred", "one and a half", any NUMBER_WORD, and "a" before a spaced "million", "billion" or
 *  "trillion" ("a trillion dollars"; "a billion-dollar deal" is an adjective, "half a trillion" a
 *  fraction). Only before a scale word: "five hundred workers" is a count. */
export const HUNDREDS_NUMBER_WORD = String.raw`(?:${NUMBER_WORD}|(?<!\b(?:half|quarters?|thirds?)(?:\s+of)?\s+)a(?=\s+(?:million|billion|trillion)\s))`;

/**
 * Whether the first end of a pair ("€25,000 to €2 million", "US$ 27 to 276 billion") takes the
 * scale written only after the second. It does, unless it already states its size in full: a
 * first end of a thousand or more that is larger than the second's digits is a sum of its own
 * ("from €500,000 to €1 million" is half a million to a million, not €500 billion), while "27 to
 * 276 billion", "1.5 to 2 million" and "1,500 to 2,000 million" share the scale.
 * @example firstEndTakesScale('25,000', '2') // false
 * @example firstEndTakesScale('27', '276') // true
 */
export function firstEndTakesScale(first: string, second: string): boolean {
  const a = readNumber(first);
  const b = readNumber(second);
  return a === undefined || b === undefined || a < 1000 || a <= b;
}

/**
 * The value of a number in digits or words, or undefined.
 * @example readNumber('1,200.5') // 1200.5
 * @example readNumber('Ninety-five') // 95
 * @example readNumber('Seven hundred and eighty three') // 783
 * @example readNumber('2 1/2') // 2.5
 * @example readNumber('4 ¾') // 4.75
 * @example readNumber('14,2') // 14.2
 * @example readNumber('1 741.9') // 1741.9
 * @example readNumber('2 306,45') // 2306.45
 * @example readNumber('one-half') // 0.5 (as in "one-half of a per cent")
 * @example readNumber('two and a half') // 2.5
 * @example readNumber('one hundred and five') // 105
 */
export function readNumber(words: string): number | undefined {
  const t = words.trim().toLowerCase();
  const fraction =
    /^(?:(\d{1,3})[ -])?([1-7])\/([2348])$/.exec(t) ??
    /^(\d{0,3})[ \u00a0]?([½⅓⅔¼¾⅛⅜⅝⅞])()$/.exec(t);
  if (fraction) {
    const part = fraction[3] ? Number(fraction[2]) / Number(fraction[3]) : VULGAR[fraction[2]!]!;
    return Math.round((Number(fraction[1] || 0) + part) * 1e4) / 1e4;
  }
  if (/^\d+,\d{1,2}$/.test(t)) return Number(t.replace(',', '.'));
  if (/^\d{1,3}(?:\.\d{3})+,\d{1,2}$/.test(t))
    return Number(t.replace(/\./g, '').replace(',', '.'));
  if (/^\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:\.\d+|,\d{1,2})?$/.test(t))
    return Number(t.replace(/\s/g, '').replace(',', '.'));
  if (/^\d/.test(t)) {
    const n = Number(t.replace(/,/g, ''));
    return Number.isFinite(n) ? n : undefined;
  }
  // "two and a half", "one hundred and five and a quarter": the whole, then its part.
  const part = AND_A_PART_RE.exec(t);
  if (part) {
    const whole = readNumber(part[1]!);
    const add = PART_VALUES[/(half|quarters?|fourths?)$/.exec(t)![1]!]!;
    return whole === undefined ? undefined : whole + add;
  }
  if (/^(?:one|a)[- ]hundred$/.test(t)) return 100;
  // "seven hundred and eighty three": the hundreds and what comes after them.
  const hundreds =
    /^(one|two|three|four|five|six|seven|eight|nine|a)[-\s]+hundred(?:\s+(?:and\s+)?(.+))?$/.exec(
      t,
    );
  if (hundreds) {
    const rest = hundreds[2] === undefined ? 0 : readNumber(hundreds[2]);
    const count = hundreds[1] === 'a' ? 1 : UNITS_WORDS[hundreds[1]!]!;
    return rest === undefined || rest >= 100 ? undefined : count * 100 + rest;
  }
  // "one-half" (of a per cent): a fraction of one.
  const fractionWord = readFraction(t);
  if (fractionWord !== undefined) return Math.round(fractionWord * 100) / 1e4;
  const [tens, unit] = t.split(/[- ]/);
  if (unit === undefined) return UNITS_WORDS[t] ?? TENS_WORDS[t];
  const a = TENS_WORDS[tens!];
  const b = UNITS_WORDS[unit];
  return a !== undefined && b !== undefined && b < 10 ? a + b : undefined;
}

/** Fractions of a whole: "a third", "two-thirds" (or with the non-breaking hyphen U+2011), "three
 *  quarters", "half", "one fourth", "two fifths". The ordinals that also count ("fourth", "sixth" … "ninth") are fractions only after a
 *  count word, so "the fourth consecutive rise" is none. */
export const FRACTION = String.raw`(?:(?:a|one|two|three|four|five|six|seven|eight|nine)[-‑ ])?(?:half|thirds?|quarters?|fifths?|tenths?)|(?:a|one|two|three|four|five|six|seven|eight|nine)[-‑ ](?:fourths?|sixths?|sevenths?|eighths?|ninths?)`;
/** After a fraction, "of a per cent" ("a quarter of a per cent", "two-thirds of 1 percent"), and
 *  after "half" with no "of" too ("half a per cent", "one-half percent"): a fraction of one percent. */
const OF_A = String.raw`(?:\s+of\s+(?:a|one|1)|(?<=half)(?:\s+(?:a|one))?)\s+(?:per\s?cent|percent)\b`;
/** "one-half of a per cent", "a quarter of a percent", "half a percentage point": a fraction of one
 *  percent or point, the number (FRACTION_OF_A) before its unit (OF_A_PERCENT, POINTS).
 *  NOT_OF_A_PERCENT keeps "grew by one-half" and "a quarter of" from reading it as a fraction of a
 *  whole. */
export const FRACTION_OF_A = String.raw`(?:${FRACTION})(?=${OF_A}|${OF_A_POINT}|[- ]points?\b|-percentage-points?\b)`;
export const OF_A_PERCENT = OF_A;
export const NOT_OF_A_PERCENT = String.raw`(?!${OF_A}|${OF_A_POINT}|[- ]points?\b|-percentage-points?\b)`;
/** The whole fee a reduced one is a fraction of: the standard, normal, ordinary, usual, general,
 *  regular or full fee or charge, up to two words naming it between ("half the ordinary passport
 *  fee", "half the regular charge", v239; the call of v213 on "half of the standard fee"). */
export const WHOLE_FEE = String.raw`(?:standard|normal|ordinary|usual|general|regular|full)\s+(?:[\w-]+\s+){0,2}?(?:fees?|charges?)\b`;
/** "half the world's jobless": only "half" takes its whole without "of", and only a whole named
 *  by a possessive or a people counted whole ("half the adults on the island", "half the
 *  population"; "half the time" is no share). */
export const PEOPLE_WHOLE = String.raw`(?:people|population|adults|children|households|workers|citizens|residents|inhabitants|workforce|electorate)`;
export const HALF_THE = String.raw`half(?=\s+the\s+(?:[\w-]+['’]s\b|${PEOPLE_WHOLE}\b|${WHOLE_FEE}))`;
/** A verb of planning, promising, asking or needing: what was "pledged", "budgeted", "forecast",
 *  "required" or "requested" is a plan or an ask, not the same measure at an earlier time. */
const PLANNED_VERB = String.raw`(?:pledged|promised|committed|budgeted|planned|forecast|projected|targeted|envisaged|expected|needed|required|requested|sought|asked|appealed|allotted|appropriated)`;
/** After a multiple or a fraction, "what", then a clause that dates the same measure earlier: "what
 *  it cost in 2019", "what the state paid in FY 2024", "what was raised three years ago" (not "what
 *  Spain spends", which names no earlier time, nor "what they required last year", a plan or an ask
 *  set against its outturn, two levels). */
export const AFTER_EARLIER_WHAT = String.raw`\s+(?:(?!${PLANNED_VERB}\b)[\w'’-]+\s+){0,5}?(?:(?:in|during)\s+(?:FY\s?)?(?:19|20)\d\d|(?:a|one|two|three|four|five|six|ten|\d{1,2})\s+(?:years?|decades?|months?)\s+(?:ago|earlier|before)|last\s+year)\b`;
const EARLIER_WHAT = `what${AFTER_EARLIER_WHAT}`;
/** "half again as much", "half as many again": the old level and half of it, +50. */
export const HALF_AGAIN = String.raw`half\s+(?:again\s+as\s+(?:much|many|large|big|high)|as\s+(?:much|many|large|big|high)\s+again)\b`;
/** A fraction of the same measure's earlier value, which it fell to: "half of what it was a year
 *  ago", "about a third of what we inherited", "half of the level recorded in 2030", "a quarter of
 *  its 2029 level". Group 1 is the fraction; the change is the fraction less the whole ("half" is
 *  −50). Only an earlier value named so: "half of what households spend" and "half of the level of
 *  reserves" stay shares. */
export const FRACTION_OF_EARLIER = String.raw`\b(${FRACTION})\s+(?:of\s+(?:what\s+(?:it|they|we|he|she)\s+(?:was|were|had\s+been|used\s+to\s+be|inherited)\b|the\s+levels?\s+(?:recorded|seen|reached|registered|posted)\b|(?:its|their)\s+(?:(?:19|20)\d\d|pre-[a-z]+|previous|earlier|former|peak)\s+levels?\b)|(?:of\s+)?${EARLIER_WHAT})`;
/** After FRACTION_OF_EARLIER's "the level recorded", the earlier period it names: " in 2030", " a
 *  year earlier", " last year" (the extractor asks for it; the stated words end before it). */
export const EARLIER_PERIOD_AFTER = String.raw`\s+(?:in\s+(?:19|20)\d\d|(?:a|one|the)\s+year\s+(?:earlier|before|ago)|last\s+year)\b`;
/** A percent change whose unit is named before its number, with no sign of percent after it: "the
 *  percentage change was +3.4". Group 1 is the sign, group 2 the number. */
export const NAMED_PERCENT_CHANGE = String.raw`\b(?:percentage|per cent|percent)\s+change\s+(?:was|is|were|of)\s+([-+–−‑])?(\d+(?:\.\d+)?)(?![\d.,]*\s?(?:%|per\s?cent|percent|percentage|points?)|[\d.,]*\s*(?:${Object.keys(SCALES).join('|')})\b)`;
const FRACTION_PARTS: Record<string, number> = {
  half: 2,
  third: 3,
  quarter: 4,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};

const FRACTION_WHOLE_RE = new RegExp(String.raw`^(?:${FRACTION})$`, 'i');

/** The noun a count names its members by before "in" ("one employee in seven", "two firms in
 *  three"): one or two words, no number, no word of the ratio itself. */
const COUNTED_NOUN = String.raw`(?:(?!(?:in|out|of|every|per|a|an|the)\b)[a-z][a-z-]*\s+)?(?!(?:in|out|of|every|per|a|an|the)\b)[a-z][a-z-]*`;
/** After the whole of "one employee in seven", what shows the ratio is done: a comma or a stop, or
 *  the verb of the clause it is the subject of ("one household in five rents", "two firms in three
 *  expect"); "one bank in 20 countries" and "one firm in three sectors" place a member, no ratio. */
const AFTER_COUNTED_WHOLE = String.raw`(?=\s*(?:[,.;:)]|$)|\s+(?:is|are|was|were|has|have|had|now|still|also|already|will|would|could|may|might|must|can|cannot|does|do|did|expects?|plans?|says?|said|reports?|owns?|rents?|lives?|works?|earns?|holds?|uses?|receives?|pays?|faces?|lacks?|[a-z]+ed)\b)`;

/** A ratio of a count to a whole, a share: "one in every six jobs", "1 in 5 workers", "one out of
 *  eight", "seven in ten firms", "3 in 10 households", "two of every three new jobs", hyphenated
 *  "a one-in-five share" (a count in words or digits, below its whole), and with the members'
 *  noun before "in" ("one employee in seven", "two firms in three expect"). Not a period or a probability ("one in five years", "a
 *  one-in-50-year flood", "a 1 in 3 chance"). Group 1 is the count, group 2 the whole, in words or
 *  2 to 999 in digits. */
export const ONE_IN = String.raw`(?<![\w‑-]|\d[.,])(${NUMBER_WORD}|[1-9]\d{0,2})(?:\s+(?:(?:in|out\s+of)\s+(?:every\s+)?|of\s+every\s+)|[-‑]in[-‑]|\s+${COUNTED_NOUN}\s+in\s+(?=(?:${NUMBER_WORD}|[2-9]|[1-9]\d{1,2})${AFTER_COUNTED_WHOLE}))(${NUMBER_WORD}|[2-9]|[1-9]\d{1,2})(?![\w‑-]|[.,]\d|\s+(?:years?|months?|weeks?|days?|hours?|decades?|centuries|generations?|times|chance|odds|risk|probability)\b)`;

/**
 * The share a "one in N" ratio states, in percent to 2 decimals.
 * @example readOneIn('one in every six') // 16.67
 * @example readOneIn('1 in 5') // 20
 * @example readOneIn('three in four') // 75
 * @example readOneIn('two of every three') // 66.67
 */
export function readOneIn(words: string): number | undefined {
  const m = new RegExp(ONE_IN, 'i').exec(words);
  const count = m ? readNumber(m[1]!) : undefined;
  const whole = m ? readNumber(m[2]!) : undefined;
  if (count === undefined || whole === undefined || whole < 2 || count >= whole) return undefined;
  return Math.round((count / whole) * 100 * 100) / 100;
}

/**
 * A fraction in percent, to 2 decimals.
 * @example readFraction('two-thirds') // 66.67
 * @example readFraction('half') // 50
 * @example readFraction('one sixth') // 16.67
 */
export function readFraction(words: string): number | undefined {
  // Only what FRACTION matches: "fourth" alone is an ordinal, not a fraction.
  if (!FRACTION_WHOLE_RE.test(words.trim())) return undefined;
  const m =
    /^(?:(a|one|two|three|four|five|six|seven|eight|nine)[-‑ ])?(half|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth)s?$/i.exec(
      words.trim(),
    );
  if (!m) return undefined;
  const countWord = (m[1] ?? 'a').toLowerCase();
  const count = countWord === 'a' ? 1 : UNITS_WORDS[countWord]!;
  const parts = FRACTION_PARTS[m[2]!.toLowerCase()]!;
  return Math.round((count / parts) * 100 * 100) / 100;
}

/** A German fraction of a whole, its count and its part: "ein Drittel", "zwei Drittel", "drei
 *  Viertel", "ein Fünftel", "die Hälfte" (never the dative "einem Drittel" of a probability put at
 *  one, nor "ersten Drittel", a span of time). */
export const GERMAN_FRACTION = String.raw`(?:(?:ein|zwei|drei|vier)\s+(?:Drittel|Viertel|Fünftel|Zehntel)|die\s+Hälfte)(?![\wäöüß])`;
const GERMAN_COUNTS: Record<string, number> = { ein: 1, zwei: 2, drei: 3, vier: 4 };
const GERMAN_PARTS: Record<string, number> = { drittel: 3, viertel: 4, fünftel: 5, zehntel: 10 };

/**
 * A German fraction in percent, to 2 decimals; undefined when the words hold none.
 * @example readGermanFraction('gut ein Drittel') // 33.33
 * @example readGermanFraction('fast die Hälfte') // 50
 */
export function readGermanFraction(words: string): number | undefined {
  if (/(?<![\wäöüß])die\s+Hälfte(?![\wäöüß])/i.test(words)) return 50;
  const m =
    /(?<![\wäöüß])(ein|zwei|drei|vier)\s+(Drittel|Viertel|Fünftel|Zehntel)(?![\wäöüß])/i.exec(
      words,
    );
  if (!m) return undefined;
  const count = GERMAN_COUNTS[m[1]!.toLowerCase()]!;
  const parts = GERMAN_PARTS[m[2]!.toLowerCase()]!;
  return count >= parts ? undefined : Math.round((count / parts) * 100 * 100) / 100;
}

/** A multiple in digits with a decimal part, or past ten: "a 29.7-fold rise" (+2,870%), "12-fold". */
const DECIMAL_FOLD = String.raw`(?<![\d.,])(?:\d+\.\d+|[1-9]\d+)-fold`;
/** The same, with the multiple as group 1 (readStatedValue turns it into a change). */
export const DECIMAL_FOLD_RE = new RegExp(String.raw`(?<![\d.,])(\d+\.\d+|[1-9]\d+)-fold\b`, 'i');
/** A multiple in digits with "times" after a changed amount: "up by EUR 14 mln or 2.2 times",
 *  "or 1.4 times the 2032 level" (the new level is that many times the old). Group 1 is the multiple. */
export const DIGIT_TIMES_RE =
  /(?<![\d.,])(\d+(?:\.\d+)?)\s+times\b(?!\s+(?:as\s+(?:fast|quick|quickly|rapid|rapidly|slow|slowly|strongly|sharply)|more|less|higher|lower|larger|greater|bigger|smaller|faster|slower|over|in|a|an|per)\b)/i;

/** A multiple in words with its half or quarter before "times": "two and a half times" (+150),
 *  with DIGIT_TIMES_RE's guard against a comparison of paces. Group 1 is the multiple. */
export const WORD_TIMES_RE = new RegExp(
  String.raw`\b(${PART_NUMBER_WORD})\s+times\b(?!\s+(?:as\s+(?:fast|quick|quickly|rapid|rapidly|slow|slowly|strongly|sharply)|more|less|higher|lower|larger|greater|bigger|smaller|faster|slower|over|in|a|an|per)\b)`,
  'i',
);

const FOLD_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** "a hundredfold", "twenty-fold", "fourteen-fold": the multiples past ten official prose writes
 *  in one word (the teens and the round tens). */
const TENS_FOLD: Readonly<Record<string, number>> = {
  ...Object.fromEntries(Object.entries(UNITS_WORDS).filter(([, n]) => n > 10)),
  ...TENS_WORDS,
  hundred: 100,
  thousand: 1000,
};
const TENS_FOLD_WORD = String.raw`(?:${Object.keys(TENS_FOLD).join('|')})-?fold`;
/** "n-fold" for two to ten, in words or digits, with or without the hyphen. */
const foldOf = (n: number) => {
  const w = FOLD_WORDS[n - 2]!;
  return String.raw`${w}fold|${w}-fold|(?<![\d.,])${n}-fold`;
};

/** Multiplier words and the relative change in percent they state ("doubled" = +100,
 *  "a seven-fold increase" = +600). */
/** The multiples written "N times": index 0 is three (the level is three times the old one). */
const TIMES_WORDS = [
  'three|3',
  'four|4',
  'five|5',
  'six|6',
  'seven|7',
  'eight|8',
  'nine|9',
  'ten|10',
];
/** After "N times", a pronoun for the old quantity or its old level: "four times that of the year
 *  before", "eight times above 2020 levels" (not "raised four times that year"). */
const TIMES_OF = String.raw`(?:that|those)(?=\s+of\b)|above(?=\s+(?:(?:its|their|the)\s+)?(?:(?:19|20)\d\d\s+)?levels?\b)`;
export const MULTIPLIERS: readonly (readonly [RegExp, number])[] = [
  [/\b(?:doubled)\b/i, 100],
  [/\b(?:tripled|trebled)\b/i, 200],
  [/\b(?:quadrupled)\b/i, 300],
  ...FOLD_WORDS.map(
    (_, i) => [new RegExp(String.raw`\b(?:${foldOf(i + 2)})\b`, 'i'), (i + 1) * 100] as const,
  ),
  ...Object.entries(TENS_FOLD).map(
    ([w, n]) => [new RegExp(String.raw`\b${w}-?fold\b`, 'i'), (n - 1) * 100] as const,
  ),
  [/\b(?:halved|halving|halve)\b/i, -50],
  // "cut the toll on the young in half": a cut "in half", past its object.
  [
    /\b(?:cut|cuts|cutting|reduc(?:e|es|ed|ing)|slash(?:es|ed|ing)?)\b[^.;:]{0,80}?\bin\s+half\b/i,
    -50,
  ],
  // Future and noun forms ("expected to double", "a doubling").
  [/\b(?:double|doubles|doubling)\b/i, 100],
  [/\b(?:triple|triples|tripling|treble|trebles|trebling)\b/i, 200],
  [/\b(?:quadruple|quadruples|quadrupling)\b/i, 300],
  // "twice the", "three times the $3.28 billion": the new level as a multiple of the old.
  [/\btwice\s+(?:the|its|their|as|what)\b/i, 100],
  [new RegExp(HALF_AGAIN, 'i'), 50],
  ...TIMES_WORDS.map(
    (w, i) =>
      [
        new RegExp(
          String.raw`(?<![\d.,])\b(?:${w})\s+times\s+(?:the|its|their|as|that|those|above)\b`,
          'i',
        ),
        (i + 2) * 100,
      ] as const,
  ),
];
/** After "N times the", the average of a wider group: "more than three times the world average",
 *  "1.4 times the average of its peer countries" compares one group's number with another's, so it is no change of the quantity; nor is a
 *  long-run average, "twice the average of the past 30 years", "the 20-year average", which
 *  compares a level with a norm, not with an earlier value. */
export const WIDER_AVERAGE = String.raw`\s+(?:global|world|national|regional|EU|OECD|euro[- ]area|nationwide|countrywide)\s+averages?\b|\s+averages?\s+(?:of|for|across|among)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:group|countries|peers|members|economies|nations|states|regions|provinces)\b|\s+(?:(?:long[- ](?:term|run)|historical|historic|\d+-year)\s+)?averages?\s+(?:of|over|for)\s+the\s+(?:past|last|previous|preceding)\b|\s+(?:long[- ](?:term|run)|historical|historic|\d+-year)\s+averages?\b`;
/** "three times the …": the multiple named after "times", then the words that compare. */
/** "twice the", "three times as": a multiple of a quantity. Not of a pace ("twice as fast than the
 *  year before" compares two speeds of change; the quantity did not double). */
export const TIMES = String.raw`(?:twice|(?<![\d.,])(?:${TIMES_WORDS.join('|')})\s+times)\s+(?:the(?!${WIDER_AVERAGE})|its|their|${TIMES_OF}|as(?!\s+(?:fast|quick|quickly|rapid|rapidly|slow|slowly|strongly|briskly|sharply|steeply)\b))\b`;
export const FOLD = [...FOLD_WORDS.map((_, i) => foldOf(i + 2)), TENS_FOLD_WORD, DECIMAL_FOLD].join(
  '|',
);

/** Every inflection of the verbs of an upward change ("revenues inclined by 1.3 percent", an older
 *  verb of a rise, only before its "by": "is inclined to" leans, no rise). */
export const UP_VERB = String.raw`increas(?:e|es|ed|ing)|inclin(?:e|es|ed|ing)(?=\s+by\b)|ris(?:e|es|en|ing)|rose|gr(?:ow|ows|ew|own|owing)|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|leap(?:s|ed|t|ing)?|surg(?:e|es|ed|ing)|soar(?:s|ed|ing)?|gain(?:s|ed|ing)?|expand(?:s|ed|ing)?|widen(?:s|ed|ing)?|advanc(?:e|es|ed|ing)|accelerat(?:e|es|ed|ing)|rebound(?:s|ed|ing)?|bounc(?:e|es|ed|ing)\s+back|recover(?:s|ed|ing)?|appreciat(?:e|es|ed|ing)|improv(?:e|es|ed|ing)|(?<!\bvalue[- ])add(?:s|ed)(?!\s+(?:that|to|up|on|in|its|their|the|a|an)\b)|strengthen(?:s|ed|ing)?|firmed|swell(?:s|ed|ing)?|swollen`;
/** Every inflection of the verbs of a downward change ("detracted 0.6 percentage points from
 *  growth": a contribution taken away; "tapered off"; "inflation subsided by 1.8 points"; "after
 *  skidding 6 percent", "forecasts were slashed by 4 percent", "devalued the peso by 12 percent",
 *  "farm output diminished 2.8%", "subsidies were curtailed by 6%", "grants were scaled back by 12%",
 *  "reined in their spending by 9%", "trimmed the rate by 25 basis points"; a "trimmed mean" is a
 *  measure of inflation, no cut: "the trimmed mean measure rose by 0.6 per cent"; pricing, a spread or guidance tightened is a spread
 *  that closed, "tighten pricing by 50 basis points", "spreads tightened by 12 basis points"
 *  (v156), and "tightened policy by 50 basis points" a rise of the rate, keeping its sign). "Will fall between 8.5 and 11.0 percent" and "falls within" say
 *  where a value lies, no fall. */
export const DOWN_VERB = String.raw`f(?:all|alls|ell|allen|alling)(?!\s+(?:between|within)\b)|tighten(?:s|ed|ing)?(?=\s+(?:(?:the|its|their|our)\s+)?(?:[\w-]+\s+)?(?:pricing|spreads?|price\s+(?:thoughts|guidance)|guidance)\b)|(?<=\b(?:pricing|spreads?|guidance)\s+(?:was\s+|were\s+|has\s+|have\s+|had\s+)?)tighten(?:s|ed|ing)?|subsid(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|drop(?:s|ped|ping)?|shr(?:ink|inks|ank|unk|inking)|s(?:ink|inks|ank|unk|inking)|narrow(?:s|ed|ing)?|contract(?:s|ed|ing)?|slip(?:s|ped|ping)?|sl(?:ide|ides|id|iding)|plung(?:e|es|ed|ing)|slump(?:s|ed|ing)?|plummet(?:s|ed|ing)?|reduc(?:e|es|ing)|reduced(?![\s-]+rates?\b)|(?<!\b(?:the|a|its|their|this|that|our)\s+)reduced(?=[\s-]+rates?\b)|cut(?:s|ting)?|los(?:e|es|ing)|lost|eas(?:e|es|ed|ing)|dip(?:s|ped|ping)?|tumbl(?:e|es|ed|ing)|slow(?:s|ed|ing)?|lower(?:s|ed|ing)|depreciat(?:e|es|ed|ing)|detract(?:s|ed|ing)?|subtract(?:s|ed|ing)?|taper(?:s|ed|ing)?\s+off|worsen(?:s|ed|ing)?|deteriorat(?:e|es|ed|ing)|shed(?:s|ding)?(?!\s+(?:light|new|its|their|the|some)\b)|weaken(?:s|ed|ing)?|soften(?:s|ed|ing)?|skid(?:s|ded|ding)?|slash(?:es|ed|ing)?|devalu(?:e|es|ed|ing)|retreat(?:s|ed|ing)?(?!\s+(?!(?:by|to|from|some|about|around|nearly|almost|roughly|further|slightly|sharply|marginally|modestly|again|back|in|on|over|year|month|quarter|compared)\b)[a-z]+)|reced(?:e|es|ed|ing)|diminish(?:es|ed|ing)?|trim(?:s|med|ming)?(?![\s-]+mean\b)|curtail(?:s|ed|ing)?|curb(?:s|ed|ing)?|par(?:e|es|ed|ing)\s+(?:back|down)|scal(?:e|es|ed|ing)\s+(?:back|down)|rein(?:s|ed|ing)?\s+in`;
/** Phrasal forms: "went up", "is down", "revised up", "edged down", "revised downwards by". */
const GO = String.raw`go|goes|went|gone|going|is|are|was|were|been|be|being|revised|edged|moved`;
/** A verb of slow motion before "higher" or "lower": "inched lower", "drifted higher", "is trending lower". */
const DRIFT = String.raw`(?:edg|nudg|mov)(?:e|es|ed|ing)|inch(?:es|ed|ing)|tick(?:s|ed|ing)|drift(?:s|ed|ing)?|trend(?:s|ed|ing)?|cr(?:eep|eeps|ept|eeping)`;
export const UP_PHRASE = String.raw`(?:${GO})\s+(?:upwards?|up)|(?:${DRIFT})\s+higher`;
export const DOWN_PHRASE = String.raw`(?:${GO})\s+(?:downwards?|down)|(?:is|are|was|were|be|been)\s+off|(?:${DRIFT})\s+lower`;
/** Comparatives after the number: "12 % greater", "0.4 points lower". */
/** The comparatives of a change, with the German ones ("3,6 % höher als", "2,1 % weniger als"),
 *  which name the direction as the English do, and those of a price ("7.8% cheaper than in
 *  November 2025", "4.1% dearer than a year earlier": a price index's change told by the price),
 *  and those of a spread or a gap ("22 basis points tighter than on the 2031 bond", "9 basis
 *  points narrower than a year earlier": a spread that closed, a fall; v128). */
export const UP_COMPARATIVE = String.raw`higher|greater|more|larger|bigger|above|ahead|faster|stronger|dearer|costlier|höher|mehr|größer`;
export const DOWN_COMPARATIVE = String.raw`lower|less|smaller|fewer|below|behind|slower|weaker|cheaper|narrower|tighter|niedriger|weniger|geringer`;
/** Nouns of change: "an increase of 5 %", "a 15 % drop", and an outturn's signed distance from
 *  its target or budget ("a positive deviation of 7.39 per cent", "an adverse variance of 4%": a
 *  change, as "above budget" is, its sign in its adjective; v128). */
export const UP_NOUN = String.raw`upward\s+revisions?|(?:positive|favou?rable)\s+(?:deviations?|variances?)|increases?|rises?|hikes?|growths?|gains?|jumps?|climb(?=\s+(?:of|in)\b)|expansions?|surges?|upturn|upswing|recovery|rebounds?|improvement|acceleration|pick-?up|appreciation|(?:up)?lifts?(?=\s+of\b)|uplifts?|(?:pay|wage|salary)\s+awards?(?=\s+of\b)|(?:pay|wage|salary)\s+(?:raises?|adjustments?)|raises?(?=\s+(?:for|to|in|on|from)\b)|cost[\s-]of[\s-]living\s+(?:adjustments?|increases?)`;
/** The base a regulator values a utility's assets at for pricing, with its article or possessive:
 *  "the regulatory asset base", "its regulated assets", "the regulatory asset value", "the rate
 *  base", "the RAB" (v192: a return on it is the return the regulator allows or measures, a level,
 *  as a return on capital is, not what a holding earned). */
const REGULATED_BASE = String.raw`(?:(?:the|its|their|our)\s+)?(?:(?:regulat(?:ed|ory)\s+)?(?:asset|rate|capital)\s+(?:base|value)|regulat(?:ed|ory)\s+assets|RAB|RAV)`;
/** After "return", the accounting base that makes it a ratio, a `share` (return on equity, on
 *  average or total assets, on capital employed, on investment, on sales), not a holding's
 *  return over a period: the base is a bare mass noun, with no article, possessive or noun of
 *  holdings ("the return on the reserves", "on our bond holdings", "on the equity portfolio",
 *  "on investments" are what a portfolio earned, a `change`; v106). */
export const RATIO_BASE_AFTER_RETURN = String.raw`\s+on\s+(?:average\s+)?(?:${REGULATED_BASE}|(?:(?:shareholders|stockholders)['’]?\s+|tangible\s+|common\s+)?equity|(?:total\s+|net\s+|risk-weighted\s+)?assets|(?:invested\s+|employed\s+)?capital(?:\s+employed)?|investment|sales|revenues?)\b(?!\s+(?:portfolios?|holdings?|funds?|mandates?|investments?)\b)`;
/** Nouns of a fall, whose number reads negative: "negative growth of", "a negative return of 1.6
 *  per cent" (a holding's loss over the period, v151), "declines", "cuts". */
export const DOWN_NOUN = String.raw`negative\s+growth|negative\s+(?:(?:real|nominal|net|gross|total|annual|investment)\s+){0,2}returns?|(?:negative|adverse|unfavou?rable)\s+(?:deviations?|variances?)|downgrades?|devaluations?|downward\s+revisions?|downward\s+(?:trajector(?:y|ies)|paths?|trends?|slides?)|declines?|decreases?|drops?|fall-?offs?|falls?(?!\s+(?:between|within)\b)|reductions?|cuts?|contractions?|slumps?|slides?|plunges?|dips?|downturn|deterioration|depreciation(?![\s-]+(?:allowances?|deductions?|rates?|charges?|expenses?|schedules?|methods?|periods?|write-?offs?)\b)|deceleration|slowdown|deflation`;
/** A fraction after a noun of change: "growth of one quarter on 2028", "a decline of
 *  a third". Not a share ("a rise of a third of the total") nor a period ("growth of quarter 3").
 *  Group 1 is the fraction. */
export const FRACTION_CHANGE_NOUN = String.raw`\b(?:${UP_NOUN}|${DOWN_NOUN})\s+of\s+(?:(?:about|around|some|nearly|almost|roughly|over|more than|just over|just under)\s+)?(${FRACTION})\b${NOT_OF_A_PERCENT}(?!\s+(?:of\b|\d))`;

/** The French words of a fall ("une baisse de", "s'est replié de", "en recul de", "a diminué de"):
 *  a stem before "é" ends a word, so "replié" matches "repli". */
const FRENCH_DOWN = String.raw`baiss(?:e|es|ent)?|repli(?:e|es|ent|s)?|recul(?:e|es|ent|s)?|diminu(?:e|es|ent|tions?)?|chut(?:e|es|ent)?`;
/** The Spanish words of a fall ("descendiendo 7,4%", "una caída del 14,2%", "cayó 3%", and the
 *  conditional "caería", "se reduciría", "bajó"): a stem before an accented letter ends a word, so
 *  "cay" matches "cayó", "baj" "bajó" and "descendi" "descendió". */
/** The German words of a fall after or before "um" ("um 1,7 % zurückgingen", "sanken um 2,3 %",
 *  "ist um 4,5 % gesunken", "verringerten sich um 3 %"): a stem before "ü" ends a word, so the
 *  whole verb is written out. "unter" right after a percent is below an earlier level ("um 2,4 %
 *  unter dem Vorjahresniveau"); before the number ("unter 2 %") it is a bound, no fall. */
const GERMAN_DOWN = String.raw`(?<=\d\s?(?:%|Prozent)\s{1,2})unter|zurückgegangen|zurückgingen|zurückging|zurück|gesunken|sanken|gefallen|fielen|fiel|abgenommen|verringert(?:e|en)?|vermindert(?:e|en)?|Rückgang|Rückgänge`;
/** The Portuguese words of a fall ("com queda real de 1,4%", "recuou 0,6%", "caíram 2%", "teve
 *  retração de", "diminuiu"), each word written out whole. A level reached ("caiu para 10,5%")
 *  leaves the verb out of the stated words and keeps its sign. */
const PORTUGUESE_DOWN = String.raw`quedas?|recuos?|recu(?:ou|aram)|caiu|caíram|diminuiu|diminuíram|diminuição|diminuições|redução|reduções|reduziu|reduziram|retração|retrações|retraiu|contração|contrações|encolh(?:eu|eram)`;
const SPANISH_DOWN = String.raw`caídas?|descensos?|descend(?:iendo|ieron|i)|cay(?:endo|eron)?|disminuyendo|disminuy(?:eron)?|disminución|disminuciones|retroce(?:sos?|diendo|dieron|di)|reducción|redujo|contracción|contrajo|(?:ca|descend|disminu|retroced|reduc|contra)(?:er|ir)ían?|baj(?:aron|ando|ar)?`;
/** True when words state a downward change ("fell", "went down", "lower", "a decline", and a bare
 *  "off" that starts the words or follows a comma: "…, off 15.5 percent"; "fell2.5%", where a page
 *  lost the space; "negative contributions from A (3%)"). A bound before a number is no fall:
 *  "rose by less than 3%"; a year after "than" with "by" after it is the base of one: "lower than
 *  in 2029 by 0.4 points". */
/** A verb of taking away whose size "off" completes: "shaved 0.3 percentage point off", "knocking
 *  half a point off", "wiped 2% off" (v74: wire copy tells a drag on growth so; a fall). */
const TAKEN_OFF = String.raw`(?:shav(?:e|es|ed|ing)|knock(?:s|ed|ing)?|wip(?:e|es|ed|ing)|lop(?:s|ped|ping)?|chop(?:s|ped|ping)?|strip(?:s|ped|ping)?|slic(?:e|es|ed|ing)|tak(?:e|es|ing)|took|taken|trim(?:s|med|ming)?)(?=\s+(?:(?:about|around|some|roughly|nearly|almost|an\s+estimated|as\s+much\s+as|up\s+to)\s+)?[-−–]?\d[\d.,]*\s*(?:%|per\s?cent|percent|(?:percentage[\s-]+)?points?|pp|p\.p\.|basis\s+points?|bps?)?\s+off\b)`;
export const DECREASE = new RegExp(
  String.raw`\b(?:${DOWN_VERB}|${DOWN_PHRASE}|down|(?<=^|,\s?)off(?=\s+[-−–]?\d)|${TAKEN_OFF}|downward(?:ly)?|negative\s+contributions?|(?<!\b(?:by|at)\s+an?\s+)(?:${DOWN_COMPARATIVE})(?!\s+than\s+(?:about\s+|around\s+)?[-−–]?\D{0,3}(?!(?:19|20)\d\d\s+by\b)\d)|(?:${DOWN_NOUN})(?!\s+from\b)|halved|halving|loss(?:es)?|${FRENCH_DOWN}|${SPANISH_DOWN}|${PORTUGUESE_DOWN}|${GERMAN_DOWN})\b|\b(?:fell|decreased|declined)(?=\d)`,
  'i',
);

/** Words that make an amount the size of a fall in money ("a decrease of US$2 billion", "fell by
 *  $3 million", "a downward revision of $19.4 billion"): narrower than DECREASE, since "less than
 *  $5 billion" and "tax cuts of $1 trillion" are plain sizes. */
export const AMOUNT_DECREASE = new RegExp(
  String.raw`\b(?:decreas(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|drop(?:s|ped|ping)?|f(?:all|alls|ell|allen|alling)|shr(?:ink|inks|ank|unk)|contract(?:ed|ion)|downward(?:ly)?|${DOWN_PHRASE})\b`,
  'i',
);

const CODE_RE = new RegExp(`^(?:${CODES})$`);
/** Each sign (case as written) and word (any case), compiled once, with the units it may name. */
const CURRENCY_READERS: readonly (readonly [RegExp, Unit | readonly Unit[] | 'code'])[] = [
  ...[...CURRENCY_SIGNS]
    .sort((a, b) => b[0].length - a[0].length)
    // The sign alone: "R" or "LE" without the number its pattern looks ahead to.
    .map(([src, names]) =>
      names === 'code'
        ? ([src.startsWith(NAMED_CODE) ? NAMED_CODE_RE : CODE_RE, names] as const)
        : ([
            new RegExp(`^(?:${src.replace('(?=\\d)', '').replace(CODE_NUMBER_AHEAD, '')})$`),
            names,
          ] as const),
    ),
  ...CURRENCY_WORDS.map(
    ([src, names]) =>
      [
        new RegExp(
          `^(?:${src.replace(AFTER_SCALE, '').replace(GLUED_TO_DIGIT, '').replace(AFTER_DIGIT, '').replace(CENT_LETTER_BEFORE, '')})$`,
          'i',
        ),
        names,
      ] as const,
  ),
];

/**
 * Every currency a sign or word may name, the one it names unless the document's country says
 * otherwise first; none for what it is not (a code in lower case: "try", "pen").
 * @example currenciesOf('€') // ['EUR']
 * @example currenciesOf('$') // ['USD', 'NZD', 'AUD', 'CAD', 'SGD', 'HKD', 'TWD', 'MXN', 'CLP', 'COP', 'ARS']
 * @example currenciesOf('SEK') // ['SEK']
 * @example currenciesOf('try') // []
 */
export function currenciesOf(sign: string): readonly Unit[] {
  const t = sign.trim().replace(/\s+/g, ' ');
  for (const [re, names] of CURRENCY_READERS) {
    if (!re.test(t)) continue;
    if (names === 'code') {
      // "Japanese Yen (JPY)": the code in the brackets.
      const code = /\(([A-Z]{3})\)$/.exec(t)?.[1] ?? t;
      return CODE_RE.test(code) ? [code as Unit] : [];
    }
    return typeof names === 'string' ? [names] : names;
  }
  return [];
}

/**
 * The currency a sign or word names, when the document does not say whose (see currenciesOf).
 * @example currencyOf('€') // 'EUR'
 * @example currencyOf('yuan') // 'CNY'
 * @example currencyOf('kronor') // 'SEK'
 */
export function currencyOf(sign: string): Unit | undefined {
  return currenciesOf(sign)[0];
}

/** A bare "¥" is the sign of both the yen and the yuan: a document about China that never names
 *  Japan or the yen means the yuan by it. "About China" is the yuan named, "Chinese", "of China" or
 *  "China's"; "buyers in China" alone is not. */
const CHINA_RE = /\b(?:yuan|renminbi|RMB|CNY|Chinese)\b|\bof\s+China\b|\bChina['’]s\b/;
const JAPAN_RE = /\b(?:Japan|Japanese|yen|JPY)\b/;

/**
 * Whether a document's bare "¥" is the yuan: it names China (or the yuan) and never Japan or the yen.
 * @example yenSignIsYuan('National Bureau of Statistics of China: retail sales were ¥4 trillion.') // true
 * @example yenSignIsYuan('Ministry of Finance, Japan: ¥4 trillion.') // false
 */
export function yenSignIsYuan(document: string): boolean {
  return CHINA_RE.test(document) && !JAPAN_RE.test(document);
}

/** Countries and territories with a dollar of their own, and that dollar's names and signs; the
 *  contract charts six of them (the group names the code), the others' dollars are no figure (the
 *  Eastern Caribbean dollar of the ECCB's members, Samoa's tala and Tonga's pa'anga written "$"). */
const OWN_DOLLAR_RE = new RegExp(
  String.raw`\b(?:(?<NZD>New Zealand|Aotearoa|Stats\s?NZ|NZD|NZ\$)|(?<AUD>Australian?|AUD|AU?\$)|(?<CAD>Canadian?|Canada|CAD|CA?\$)|(?<SGD>Singapore|SGD|S\$)|(?<HKD>Hong Kong|HKD|HK\$)|(?<TWD>Taiwan(?:ese)?|TWD|NT\$)|Fiji|Jamaica|Namibia|Barbados|Bahamas|Trinidad and Tobago|Guyana|Belize|Brunei|Liberia|Eastern Caribbean|ECC[BU]|EC\$|Anguilla|Antigua|Dominica(?!n)|Grenada|Montserrat|S(?:ain)?t\.?\s(?:Kitts|Lucia|Vincent)|Samoa|WS\$|Tonga|Solomon Islands|Cayman Islands|Bermuda|Suriname)(?![A-Za-z])`,
);
/** A province or territory of Canada, a state or territory of Australia, named by a publisher: its
 *  government writes in its country's dollar wherever the copy is kept ("Ministère des Finances du
 *  Québec" on sec.gov, where provinces file their budgets). */
const SUBNATIONAL_DOLLAR_RE =
  /(?<![\w-])(?:(?<CAD>Qu[eé]bec|Ontario|Alberta|British Columbia|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|Newfoundland|Prince Edward Island|Yukon|Nunavut|Northwest Territories)|(?<AUD>New South Wales|NSW|Queensland|Victorian?|Tasmanian?|South Australian?|Western Australian?|Northern Territory))(?![\w-])/;
const UNITED_STATES_RE =
  /\bU\.\s?S\.|\bUS\b|\bUSA?\b|\bUnited States\b|\bAmerican?\b|\bUSD\b|\bUS\$/;
/** How far into a document its title, dateline and opening sentence reach. */
const OPENING_CHARS = 400;

/** What the record of a source says about it (data/sources/<id>.json, a truth file's "source"). */
export interface SourceMeta {
  publisher?: string;
  url?: string;
  title?: string;
  date?: string;
}

/** Publishers whose bare "$" is the US dollar whatever country they write about. */
const INTERNATIONAL_RE =
  /\b(?:IMF|International Monetary Fund|World Bank|OECD|United Nations|Asian Development Bank|African Development Bank|Inter-American Development Bank|EBRD|European Bank for Reconstruction|World Trade Organi[sz]ation|WTO|Bank for International Settlements|BIS|G20|G7|APEC)\b/i;
const INTERNATIONAL_HOST_RE =
  /(?:\.int|(?:^|\.)(?:imf|worldbank|oecd|un|adb|afdb|iadb|ebrd|wto|bis|g20)\.org|ebrd\.com)$/i;
/** A host's country, by its last label, and the currency the contract charts for it. */
const HOST_CURRENCY: Readonly<Record<string, Unit>> = {
  nz: 'NZD', au: 'AUD', ca: 'CAD', sg: 'SGD', hk: 'HKD', tw: 'TWD', gov: 'USD', us: 'USD',
  in: 'INR', pk: 'PKR', lk: 'LKR', mx: 'MXN', ar: 'ARS', cl: 'CLP', co: 'COP', ph: 'PHP',
  no: 'NOK', dk: 'DKK', qa: 'QAR', sa: 'SAR', ae: 'AED', ma: 'MAD', cn: 'CNY', jp: 'JPY',
}; // prettier-ignore
/** Countries whose currency shares a sign or name with another's ("$", "¥", "rupees", "pesos",
 *  "kroner", "dirhams", "riyals"), as a document's opening or its record names them. */
const COUNTRY_CURRENCY: readonly (readonly [RegExp, Unit])[] = [
  [/\bPakistan(?:i)?\b/, 'PKR'],
  [/\bSri Lanka(?:n)?\b/, 'LKR'],
  [/\bIndia(?:n)?\b|\bReserve Bank of India\b/, 'INR'],
  [/\bM[eé]xic(?:o|an)\b|\bBanxico\b/, 'MXN'],
  [/\bArgentin(?:a|e|ian)\b/, 'ARS'],
  [/\bChile(?:an)?\b/, 'CLP'],
  [/\bColombia(?:n)?\b|\bBanco de la República\b/, 'COP'],
  [/\bPhilippines?\b|\bFilipino\b/, 'PHP'],
  [/\bSwed(?:en|ish)\b|\bRiksbank\b/, 'SEK'],
  [/\bIceland(?:ic)?\b|\bSe[ðd]labanki\b/, 'ISK'],
  [/\bNorw(?:ay|egian)\b|\bNorges\b/, 'NOK'],
  [/\bDenmark\b|\bDanish\b|\bDanmarks\b/, 'DKK'],
  [/\bEgypt(?:ian)?\b|\bCAPMAS\b/, 'EGP'],
  [/\bQatar(?:i)?\b/, 'QAR'],
  [/\bSaudi\b/, 'SAR'],
  [/\bUnited Arab Emirates\b|\bUAE\b|\bEmirati\b/, 'AED'],
  [/\bMorocc(?:o|an)\b|\bBank Al-Maghrib\b/, 'MAD'],
  [/\bSwitzerland\b|\bSwiss\b/, 'CHF'],
];

/** A bare currency name ("dinars", "shillings", "pounds", "rupees" or "Rs 9 billion", "pesos", "riyals") that is also
 *  the name of a currency the contract does not chart: the countries whose own currency it is, and
 *  the contract's country that would make it a figure if named first. */
const NAMESAKES: readonly (readonly [word: RegExp, own: RegExp, contract: RegExp])[] = [
  // "P3.1 billion" in Botswana's release is the pula, which shares the Philippine peso's "P".
  [
    /^P\s?\d[\d.,]*(?:\s?(?:thousand|million|billion|trillion|bn|mn|m)\b)?$/,
    /\bBotswana\b/,
    /\bPhilippines?\b|\bFilipino\b/,
  ],
  // "20 fils" in a Kuwaiti, Bahraini or Jordanian release is a thousandth of its dinar, not the
  // dirham's hundredth.
  [
    /^[\d.,\s]*fils$/i,
    /\b(?:Kuwait(?:i)?|Bahrain(?:i)?|Jordan(?:ian)?|Iraq(?:i)?)\b/,
    /\b(?:UAE|United\s+Arab\s+Emirates|Emirati|Dubai|Abu\s+Dhabi|Sharjah)\b/,
  ],
  [
    /^(?:[\d.,\s]|(?:thousand|million|billion|trillion|bn|mn)\b)*dinars?$/i,
    /\b(?:Jordan(?:ian)?|Algeria(?:n)?|Tunisia(?:n)?|Iraq(?:i)?|Bahrain(?:i)?|Liby(?:a|an)|Serbia(?:n)?)\b/,
    /\bKuwait(?:i)?\b/,
  ],
  [
    /^(?:[\d.,\s]|(?:thousand|million|billion|trillion|bn|mn)\b)*shillings?$|^Shs?\.?\s?\d/i,
    /\b(?:Ugand(?:a|an)|Tanzani(?:a|an)|Somali(?:a|an)?)\b/,
    /\bKenya(?:n)?\b/,
  ],
  [
    /^(?:[\d.,\s]|(?:thousand|million|billion|trillion|bn|mn)\b)*pounds?$/i,
    /\b(?:Leban(?:on|ese)|Liban|Sudan(?:ese)?|Syria(?:n)?)\b/,
    /\b(?:Egypt(?:ian)?|United Kingdom|UK|Brit(?:ain|ish)|England)\b/,
  ],
  [
    /^(?:[\d.,\s]|(?:thousand|million|billion|trillion|bn|mn|lakh|crore)\b)*rupees?$|^Rs\.?\s?\d/i,
    /\b(?:Nepal(?:i|ese)?|Mauriti(?:us|an)|Seychell(?:es|ois))\b/,
    /\b(?:India(?:n)?|Pakistan(?:i)?|Sri Lanka(?:n)?)\b/,
  ],
  [
    /^(?:[\d.,\s]|(?:thousand|million|billion|trillion|bn|mn)\b)*pesos?$/i,
    /\b(?:Dominican|Urugua(?:y|yan)|Cuba(?:n)?)\b/,
    /\b(?:M[eé]xic(?:o|an)|Argentin(?:a|e|ian)|Chile(?:an)?|Colombia(?:n)?|Philippines?|Filipino)\b/,
  ],
  [
    /^(?:[\d.,\s]|(?:thousand|million|billion|trillion|bn|mn)\b)*r[iy]?[iy]als?$/i,
    /\b(?:Oman(?:i)?|Yemen(?:i)?|Iran(?:ian)?)\b/,
    /\b(?:Saudi|Qatar(?:i)?)\b/,
  ],
];

/** Countries whose own currency, no dollar, counts in cents, by name or by host: a bare "cents"
 *  there is that currency's ("42.3 cents per kWh" in Kenya, "44c/l" in Ireland). */
const CENT_COUNTRIES: readonly (readonly [RegExp, Unit])[] = [
  [/\bKenyan?\b|\bKENYA\b/, 'KES'],
  [/\bSouth\s+Africa(?:n)?\b|\bSOUTH\s+AFRICA\b/, 'ZAR'],
  [
    /\b(?:Ireland|Irish|[Ee]uro\s?(?:area|zone)|Germany|France|Netherlands|Belgium|Spain|Italy|Portugal|Austria|Finland|Greece|Luxembourg|Slovakia|Slovenia|Estonia|Latvia|Lithuania|Malta|Cyprus|Croatia)\b/,
    'EUR',
  ],
];
const CENT_HOSTS: Readonly<Record<string, Unit>> = {
  ke: 'KES', za: 'ZAR', ie: 'EUR', de: 'EUR', fr: 'EUR', nl: 'EUR', be: 'EUR', es: 'EUR', it: 'EUR',
  pt: 'EUR', at: 'EUR', fi: 'EUR', gr: 'EUR', lu: 'EUR', sk: 'EUR', si: 'EUR', ee: 'EUR', lv: 'EUR',
  lt: 'EUR', mt: 'EUR', cy: 'EUR', hr: 'EUR',
}; // prettier-ignore

/** Countries whose press writes their currency as one capital letter glued to a bare number
 *  ("P6.12", "N898"), or as the lira's letters before one ("TL 500 per tonne"; v207), by name or
 *  by host's last label. */
const LETTER_SIGN_COUNTRIES: readonly (readonly [name: RegExp, host: string, unit: Unit])[] = [
  [/\bPhilippines?\b|\bFilipino\b|\bPilipinas\b/, 'ph', 'PHP'],
  [/\bNigeria(?:n)?\b/, 'ng', 'NGN'],
  [/\bT(?:ürkiye|urkiye|urkey|urkish)\b/, 'tr', 'TRY'],
];

/** Whose cents a bare "cents" counts, when no dollar is: the country of the document's host, else
 *  the one its record or opening names first, unless a dollar's country or the United States is
 *  named before it. */
function centsOf(where: string, host: string | undefined): Unit | undefined {
  const byHost = host ? CENT_HOSTS[host.slice(host.lastIndexOf('.') + 1)] : undefined;
  if (byHost) return byHost;
  const [first] = CENT_COUNTRIES.map(([re, unit]) => [where.search(re), unit] as const)
    .filter(([at]) => at >= 0)
    .sort((x, y) => x[0] - y[0]);
  if (!first) return undefined;
  const dollar = [OWN_DOLLAR_RE, UNITED_STATES_RE]
    .map((re) => where.search(re))
    .filter((at) => at >= 0);
  return dollar.some((at) => at < first[0]) ? undefined : first[1];
}

/** A sum written in euros: "€10.4 billion", "EUR 2.1 billion", "12 million euros". */
const EURO_SUM_RE =
  /€\s?\d|\bEUR\s?\d|\d[\d.,]*\s+(?:(?:thousand|million|billion|trillion|bn|mn)\s+)?euros?\b/i;
/** Any dollar: its sign, its code's letters or its name. */
const ANY_DOLLAR_RE = /\$|\b[Dd]ollars?\b|\b(?:US|AU|NZ|CA|HK|SG|TW)D\b/;

/**
 * Whose cents a bare "cents" counts when neither the host nor a country named says: the euro's, in
 * a document whose sums are written in euros and that names no dollar anywhere ("awarded €10.4
 * billion … 7.94 cents per kWh": the cents of the currency its own sums are in; v128).
 * @example centsOfSums('Payments reached €10.4 billion; the rate is 7.94 cents per kWh.') // 'EUR'
 * @example centsOfSums('Payments reached €10.4 billion and $2 billion; 7.94 cents.') // undefined
 */
export function centsOfSums(document: string): Unit | undefined {
  if (ANY_DOLLAR_RE.test(document)) return undefined;
  if (EURO_SUM_RE.test(document)) return 'EUR';
  // "R148.6 million … 4.86c/m³": the rand's cents in a document that writes its sums with the
  // bare rand sign, scaled or grouped (v229).
  return writesRandSums(document) ? 'ZAR' : undefined;
}

/** A sum in sen alone ("12 sen"): the ringgit's hundredth, in a document of Malaysia only. */
const SEN_RE = /^[\d.,\s]*sen$/i;
/** A document of Malaysia: its record or opening names the country, its host is Malaysian, or it
 *  writes its sums in RM ("RM41.6 million", "RM0.65"). */
const MALAYSIA_RE = /\bMalaysian?\b|\bMALAYSIA\b/;
const RINGGIT_SUM_RE = /\bRM\s?\d|\d\s*ringgit\b/i;

/** A sum in centimes alone ("45 centimes"): the dirham's or the Swiss franc's, by the country named. */
const CENTIMES_RE = /^[\d.,\s]*centimes?$/i;

/**
 * The bare currency names that, in a text, stand for a currency the contract does not chart: a
 * country whose own currency bears the name is named, and before any contract country of that name
 * ("Jordan's reserves of 4.2 billion dinars").
 * @example namesakesIn("Algeria's budget of").length // 1
 */
export function namesakesIn(where: string): RegExp[] {
  return NAMESAKES.filter(([, own, contract]) => {
    const at = where.search(own);
    const home = where.search(contract);
    return at >= 0 && (home < 0 || at < home);
  }).map(([word]) => word);
}

/**
 * The currencies a document's ambiguous signs and names are in, most certain first: its dollar
 * (from its record, then its opening), the yuan for a bare "¥" in a document about China, the
 * rupee, peso, krone, dirham or riyal of the country its opening or record names. `dollar` is
 * null when the document's dollar is one the contract does not chart (Fiji's): its bare "$" is
 * no figure. `namesakes` are the stated words of an amount named only by a bare name that is, in
 * this document, a currency the contract does not chart ("4.2 billion dinars" in Jordan's
 * release): no figure either.
 * @example documentCurrencies('Statistics New Zealand: exports rose $85 million.').prefer // ['NZD']
 * @example documentCurrencies('Central Bank of Jordan: reserves rose.').namesakes[0]?.test('4.2 billion dinars') // true
 * @example documentCurrencies('Exports rose $5 million.', { publisher: 'Stats NZ' }).prefer // ['NZD']
 * @example documentCurrencies('U.S. trade: exports to Canada rose $1.1 billion.').prefer // ['USD']
 */
export function documentCurrencies(
  document: string,
  source: SourceMeta = {},
): {
  prefer: Unit[];
  dollar: Unit | null;
  namesakes: RegExp[];
  cents?: Unit;
  letters: Unit[];
  rand: boolean;
} {
  const record = [source.publisher, source.title].filter(Boolean).join(' . ');
  // A page that only carries the release ("btd.com.au" reposting a Turkish one) says nothing
  // about whose currency the publisher writes in: its country counts only for the publisher's own host.
  const url = hostOf(source.url);
  const host = url && hostSpeaksFor(url, source.publisher) ? url : undefined;
  const opening = document.slice(0, OPENING_CHARS);
  const dollar = dollarOf(document, record, host, source.publisher);
  const prefer: Unit[] = dollar ? [dollar] : [];
  if (yenSignIsYuan(document) || host?.endsWith('.cn')) prefer.push('CNY');
  const hostUnit = host ? HOST_CURRENCY[host.slice(host.lastIndexOf('.') + 1)] : undefined;
  if (hostUnit && !prefer.includes(hostUnit)) prefer.push(hostUnit);
  const named = COUNTRY_CURRENCY.map(
    ([re, unit]) => [`${record} . ${opening}`.search(re), unit] as const,
  )
    .filter(([at]) => at >= 0)
    .sort((x, y) => x[0] - y[0]);
  for (const [, unit] of named) if (!prefer.includes(unit)) prefer.push(unit);
  // "29 centavos" beside "₱3.41": the centavos of the peso the document's sums are in (v224).
  for (const unit of pesosOfSums(document)) if (!prefer.includes(unit)) prefer.push(unit);
  const where = `${record} . ${opening}`;
  const namesakes = namesakesIn(where);
  // "up 40 centimes" is the dirham's or the Swiss franc's, by the country named, else by the code
  // the document prices in ("MAD 4.35 per kilogram"); "100 centimes" where neither is (the old
  // French franc's, a CFA franc's) is a currency the contract does not chart: no figure.
  if (/\bcentimes?\b/i.test(document)) {
    const centimes =
      prefer.find((u) => u === 'MAD' || u === 'CHF') ??
      (/\bMAD\s?\d/.test(document) ? 'MAD' : /\bCHF\s?\d/.test(document) ? 'CHF' : undefined);
    if (!centimes) namesakes.push(CENTIMES_RE);
    else if (!prefer.includes(centimes)) prefer.push(centimes);
  }
  // "12 sen per cubic metre" is the ringgit's hundredth in a document of Malaysia or of RM sums;
  // "3 sen" elsewhere (the old yen's, a senator's "Sen.") is none.
  if (
    /\dsen\b|\d[^\S\n]sen\b/i.test(document) &&
    !(MALAYSIA_RE.test(where) || host?.endsWith('.my') || RINGGIT_SUM_RE.test(document))
  )
    namesakes.push(SEN_RE);
  const cents = centsOf(where, host) ?? centsOfSums(document);
  const tld = host?.slice(host.lastIndexOf('.') + 1);
  const letters = LETTER_SIGN_COUNTRIES.filter(([re, h]) => tld === h || re.test(where)).map(
    ([, , unit]) => unit,
  );
  const rand = writesRandSums(document);
  return { prefer, dollar, namesakes, ...(cents ? { cents } : {}), letters, rand };
}

/** A host's label that marks a government's site ("abs.gov.au", "stats.govt.nz", "statcan.gc.ca"). */
const OFFICIAL_HOST_RE = /(?:^|\.)(?:gov|govt|gc|gouv|gob|go)(?:\.|$)|\.gov$/;

/**
 * Whether a host is the publisher's own, so that its country may say whose currency the text is
 * in: a government's host, a host whose name is the publisher's words run together
 * ("bankofcanada.ca" for "Bank of Canada"), or any host when the record names no publisher.
 * @example hostSpeaksFor('www.rba.gov.au', 'Reserve Bank of Australia') // true
 * @example hostSpeaksFor('btd.com.au', 'Turkish Statistical Institute') // false
 * @example hostSpeaksFor('www.ter.example.au', 'Tasman Energy Regulator') // true
 */
function hostSpeaksFor(host: string, publisher: string | undefined): boolean {
  if (!publisher?.trim() || OFFICIAL_HOST_RE.test(host)) return true;
  const joined = publisher.toLowerCase().replace(/[^a-z0-9]/g, '');
  const labels = host.split('.').map((label) => label.replace(/-/g, ''));
  if (labels.some((label) => label.length >= 4 && joined.includes(label))) return true;
  // "ter.example.au" for "Tasman Energy Regulator", "afga.example.eu" for "Alpenland Federal Grid
  // Agency": a host named by the publisher's initials is the publisher's (v128).
  const initials = (publisher.match(/[A-Za-z][\w-]*/g) ?? [])
    .filter((word) => !/^(?:of|the|and|for|on|de|du|des|la|le)$/i.test(word))
    .map((word) => word[0]!.toLowerCase())
    .join('');
  if (initials.length >= 3 && labels.includes(initials)) return true;
  // "Destination Queenstown" at "queenstownnz.co.nz", "Tourism Whitsundays" at
  // "visitwhitsundays.com.au": a host named for the place the publisher is named for, with a word
  // of its own beside it, is the publisher's; a word any institution may bear ("statistics",
  // "tourism") says nothing of whose host it is.
  const names = (publisher.toLowerCase().match(/[a-z]{5,}/g) ?? []).filter(
    (word) => !GENERIC_PUBLISHER_WORDS.has(word),
  );
  return labels.some((label) => names.some((word) => label.includes(word)));
}

/** Words of a publisher's name that any institution may bear, so that a host holding one says
 *  nothing of whose host it is. */
const GENERIC_PUBLISHER_WORDS = new Set([
  'national',
  'statistics',
  'statistical',
  'ministry',
  'department',
  'office',
  'bureau',
  'institute',
  'council',
  'authority',
  'agency',
  'board',
  'association',
  'development',
  'economic',
  'economy',
  'economics',
  'finance',
  'financial',
  'trade',
  'tourism',
  'destination',
  'central',
  'reserve',
  'government',
  'corporation',
  'services',
  'international',
  'research',
  'federal',
  'commission',
  'regional',
  'global',
  'world',
  'group',
  'union',
  'chamber',
  'commerce',
  'industry',
  'industries',
  'investment',
  'treasury',
  'state',
  'states',
  'city',
  'county',
  'district',
  'province',
  'provincial',
  'region',
  'public',
  'foundation',
  'organisation',
  'organization',
  'exporters',
  'producers',
  'monetary',
  'affairs',
  'general',
  'secretariat',
]);

/** The host of a URL, lower case, or undefined. */
function hostOf(url: string | undefined): string | undefined {
  const m = url ? /^[a-z][a-z0-9+.-]*:\/\/([^/:?#]+)/i.exec(url.trim()) : null;
  // "www.msd.govt.nz.example": a host under the name reserved for examples stands for the host
  // before it ("www.msd.govt.nz"), whose country names the dollar (v271).
  return m
    ? m[1]!
        .toLowerCase()
        .replace(/\.$/, '')
        .replace(/(\.[a-z]{2})\.example$/, '$1')
    : undefined;
}

/** Whose dollar a bare "$" is: an international publisher's is the US dollar; then a province's or
 *  state's publisher; then a country's host or record; then a country with a dollar of its own
 *  named in the opening before the United States; the US dollar when nothing says. Null for a
 *  dollar the contract does not chart. */
function dollarOf(
  document: string,
  record: string,
  host: string | undefined,
  publisher = '',
): Unit | null {
  const opening = document.slice(0, OPENING_CHARS);
  const noted = notedDollar(document);
  if (noted !== undefined) return noted;
  if (INTERNATIONAL_RE.test(record) || (host && INTERNATIONAL_HOST_RE.test(host))) return 'USD';
  const subnational = SUBNATIONAL_DOLLAR_RE.exec(publisher);
  if (subnational) return subnational.groups!.CAD ? 'CAD' : 'AUD';
  // "World Bank: Fiji Economic Update": an international organisation named before the country.
  const international = INTERNATIONAL_RE.exec(opening);
  const hostUnit = host ? HOST_CURRENCY[host.slice(host.lastIndexOf('.') + 1)] : undefined;
  if (hostUnit && (hostUnit === 'USD' || OTHER_DOLLARS.includes(hostUnit))) return hostUnit;
  for (const words of [record, opening]) {
    const own = OWN_DOLLAR_RE.exec(words);
    if (!own) continue;
    if (words === opening && international && international.index < own.index) return 'USD';
    const us = UNITED_STATES_RE.exec(words);
    if (us && us.index < own.index) return 'USD';
    const code = Object.entries(own.groups ?? {}).find(([, v]) => v !== undefined)?.[0];
    return (code as Unit | undefined) ?? null;
  }
  // "Superintendency of Road Concessions — Republic of Chile": a country that writes its peso "$"
  // (v224).
  for (const words of [record, opening]) {
    const peso = pesoOfDollarSign(words, [UNITED_STATES_RE, INTERNATIONAL_RE]);
    if (peso) return peso;
  }
  return 'USD';
}

/** The dollar a dollar's name in a currency note names ("Canadian", "U.S.", "New Zealand"). */
const NOTED_DOLLAR_NAME = String.raw`(?:U\.\s?S\.|US|United\s+States|American|New\s+Zealand|NZ|Australian|Canadian|Singapore|Hong\s+Kong|(?:New\s+)?Taiwan(?:ese)?|NT)`;
/** A note that states the currency of the document's figures, anywhere in it, as filings, rating
 *  reports and budgets write it under a table or at the foot of the text: a whole set of figures
 *  ("all figures", "all dollar amounts", "amounts are", "figures are") said to be in a dollar, or a
 *  dollar stated "unless otherwise noted" (or stated, indicated, specified, mentioned) before or
 *  after it: "All figures are in Canadian dollars unless otherwise noted", "Unless otherwise
 *  indicated, all amounts are expressed in Singapore dollars", "(All figures in Canadian
 *  dollars)", "All dollar amounts are in U.S. dollars". Group `name` is the dollar's name. A sum
 *  raised or measured in a dollar ("60% will be raised in Canadian dollars", "bonds issued in
 *  Australian dollars") names no whole set and is no note. */
/** A note that is a whole sentence or bracket of its own: a plural noun for the figures, "all" before
 *  it or not, then only "in" a dollar, with "are" and a verb of stating between or not ("All prices
 *  in US dollars.", "Rates are quoted in Singapore dollars.", "(Costs in Australian dollars)"). A
 *  clause that goes on after the dollar ("All loans in Australian dollars were repaid") is no note. */
const CLOSED_NOTE = String.raw`(?:^|(?<=[.!?:]\s+|\(\s*|\n\s*))(?:[Aa]ll\s+)?(?:[A-Za-z-]+\s+){0,2}?[A-Za-z-]+s\s+(?:(?:are|is)\s+)?(?:(?:quoted|expressed|stated|given|shown|reported|denominated|listed|presented)\s+)?in\s+(?:(?:millions|thousands|billions)\s+of\s+)?(?<closed>${NOTED_DOLLAR_NAME})\s+dollars?(?=\s*(?:[.;)\n]|$|,?\s+(?:unless|except)\b))`;
const CURRENCY_NOTE_RE = new RegExp(
  String.raw`(?:\b[Aa]ll\s+(?:(?:dollar|monetary|money|financial)\s+)?(?:figures|amounts|values|sums|numbers)\b|\b(?:[Ff]igures|[Aa]mounts|[Vv]alues)\s+(?:are|is)\b|\b[Uu]nless\s+otherwise\s+(?:noted|stated|indicated|specified|mentioned)\b)[^.;\n]{0,60}?\bin\s+(?:(?:millions|thousands|billions)\s+of\s+)?(?<name>${NOTED_DOLLAR_NAME})\s+dollars?\b|\bin\s+(?<after>${NOTED_DOLLAR_NAME})\s+dollars?\s*,?\s*unless\s+otherwise\s+(?:noted|stated|indicated|specified|mentioned)\b|${CLOSED_NOTE}`,
);

/**
 * The dollar a document's own currency note says its figures are in; undefined without one.
 * @example notedDollar('Notes: All figures are in Canadian dollars unless otherwise noted.') // 'CAD'
 * @example notedDollar('Roughly 60% will be raised in Canadian dollars.') // undefined
 */
export function notedDollar(document: string): Unit | undefined {
  const note = CURRENCY_NOTE_RE.exec(document);
  if (!note) return undefined;
  const name = (note.groups!.name ?? note.groups!.after ?? note.groups!.closed)!;
  if (/^(?:U\.\s?S\.|US|United|American)/.test(name)) return 'USD';
  const own = OWN_DOLLAR_RE.exec(name.replace(/^NZ$/, 'NZD').replace(/^NT$/, 'NT$'));
  const code = Object.entries(own?.groups ?? {}).find(([, v]) => v !== undefined)?.[0];
  return code as Unit | undefined;
}

/**
 * Whether a document's bare "$" (and "dollars") is not the US dollar: its opening (title,
 * dateline, first sentence) names a country with a dollar of its own ("Statistics New Zealand",
 * "Reserve Bank of Australia", "C$") before it names the United States, as its publisher or
 * subject. "Exports to Canada" in a US release's opening comes after "U.S." and changes nothing.
 * @example dollarSignIsForeign('Statistics New Zealand: exports rose $85 million.') // true
 * @example dollarSignIsForeign('U.S. trade: exports to Canada rose $1.1 billion.') // false
 */
export function dollarSignIsForeign(document: string): boolean {
  return documentCurrencies(document).dollar !== 'USD';
}

/** Stated words that name the US dollar themselves ("US$5 billion", "USD 3 bn", "5 billion U.S.
 *  dollars"), whatever the document's own dollar. */
export const NAMES_US_DOLLAR_RE = /US\$|\bUSD\b|\bU\.?\s?S\.?\s+dollars?\b/i;

/** Right before a bare amount, a label in brackets that names its currency and scale, as a row of
 *  a table does ("Imports (US'000) $512,330", "Exports (US$ million) $1,204"): group 1 is the
 *  currency, group 2 the scale ("'000" is thousands). */
export const LABEL_SCALE_BEFORE_RE =
  /\((US\$?|USD|\$)\s?(['’]000|thousands?|millions?|mn|billions?|bn)\)\s*$/i;

/**
 * The scale and whether the currency is the US dollar, from a label in brackets right before a
 * bare amount; undefined without one.
 * @example labelScale("Imports (US'000) ") // { scale: 1000, usDollar: true }
 * @example labelScale('Exports ($ million) ') // { scale: 1e6, usDollar: false }
 */
export function labelScale(lead: string): { scale: number; usDollar: boolean } | undefined {
  if (!lead.endsWith(')') && !/\)\s+$/.test(lead)) return undefined;
  const label = LABEL_SCALE_BEFORE_RE.exec(lead);
  if (!label) return undefined;
  const word = label[2]!.toLowerCase();
  const scale = /000$/.test(word) ? 1e3 : scaleOf(word.replace(/s$/, ''));
  return { scale, usDollar: /^US/i.test(label[1]!) };
}

/**
 * A scale word's factor (1 without one).
 * @example scaleOf('bn') // 1e9
 * @example scaleOf('+ billion') // 1e9 (as in "USD 17+ billion")
 * @example scaleOf('-billion') // 1e9 (as in "R318-billion")
 */
export function scaleOf(word: string | undefined): number {
  if (!word) return 1;
  // "+ billion" ("USD 17+ billion"), "-billion" ("R318-billion"): the scale after the sign.
  const w = word
    .toLowerCase()
    .replace(/^(?:\+\s*|[-‑])/, '')
    .replace(/\s+/g, ' ');
  return w === 'm' ? 1e6 : w === 'b' ? 1e9 : w === 'cr' ? 1e7 : (SCALES[w] ?? 1);
}

/** The Spanish plural scales, after which dots group the thousands ("USD 2.000 millones"), as a
 *  comma groups them before "million". Not the Portuguese ones: Brazil's releases in English write
 *  a decimal point before them ("US$ 1.425 bilhão"). */
const SPANISH_PLURAL_SCALE_RE = /^(?:millones|mil millones)$/i;

/**
 * The value of digits and the scale word after them: digits grouped by dots read as thousands
 * before a Spanish plural scale, as written; otherwise readNumber's reading.
 * @example readScaled('2.000', 'millones') // 2e9
 * @example readScaled('2.000', 'million') // 2e6
 */
export function readScaled(digits: string, scale: string | undefined): number | undefined {
  if (
    scale !== undefined &&
    /^\d{1,3}(?:\.\d{3})+$/.test(digits.trim()) &&
    SPANISH_PLURAL_SCALE_RE.test(scale.trim().replace(/\s+/g, ' '))
  )
    return Number(digits.trim().replace(/\./g, '')) * scaleOf(scale);
  // "a trillion dollars": the article counts one of the scale.
  const n = scale !== undefined && /^an?$/i.test(digits.trim()) ? 1 : readNumber(digits);
  return n === undefined ? undefined : n * scaleOf(scale);
}

/** One group of a stacked amount: up to three digits and a scale word ("69 million"), also with
 *  the space lost ("176million", "billion86", "milliondollars", as a page whose words ran together
 *  writes it). */
const STACK_GROUP_RE = new RegExp(
  String.raw`(\d{1,3}(?:\.\d+)?)[^\S\n]*(trillion|billion|million|thousand)(?:\b|(?=\d)|(?=(?:${CURRENCY_WORD})(?!\w)))[^\S\n]*`,
  'iy',
);

/**
 * "2 billion 69 million", "1 trillion 145 billion 99 million": whole groups of a number and a
 * scale word, each scale smaller than the one before and only spaces between them, are one amount,
 * their sum. Read from the text's start; `last` is where the last group begins (the number its
 * currency word follows). Undefined for one group, a decimal before the last group or a scale that
 * does not fall ("3 million 40 billion"). Joined groups ("9 billion and 140 million") are two.
 * @example stackedGroups('2 billion 69 million dollars') // { value: 2069000000, last: 10 }
 */
export function stackedGroups(text: string): { value: number; last: number } | undefined {
  let at = text.length - text.trimStart().length;
  let value = 0;
  let previous = Infinity;
  let last = -1;
  let groups = 0;
  let decimal = false;
  for (;;) {
    STACK_GROUP_RE.lastIndex = at;
    const m = STACK_GROUP_RE.exec(text);
    if (!m) break;
    const scale = scaleOf(m[2]);
    if (scale >= previous || decimal) return undefined;
    decimal = m[1]!.includes('.');
    value += Number(m[1]) * scale;
    previous = scale;
    last = at;
    groups += 1;
    at += m[0].length;
  }
  return groups >= 2 ? { value: Math.round(value), last } : undefined;
}

/** Right before a bare number, a unit of its own: an upper-case code ("UA 943.6 million", "SDR 2
 *  billion"), a bracketed one ("(UA) 2.27 billion") or a unit named in words ("Units of Account 2.27
 *  billion"). A contract currency there is read with its number, never as a bare one. */
const OWN_UNIT_BEFORE_RE = /(?:\b[A-Z]{2,4}|\([A-Z]{2,6}\)|\b[Uu]nits?\s+of\s+[Aa]ccount)\s*$/;
/** A sign and its scaled number, a sign and its number before "to" at the end ("from US$ 27 to "),
 *  or a scaled number and its currency word: what namedCurrency counts. Exported for its test.
 *  The sign list (~5,000 characters) is written once for both readings after a sign: a sign takes
 *  no digit, so each of its readings ends where the number starts, and whether what follows is a
 *  scaled number or one before "to" does not depend on which sign read, so the first sign that
 *  reads with either is the one each read with when it wrote its own list (the reading of a word,
 *  between them, starts with a digit, where no sign does). */
export const NAMED_CURRENCY_SOURCE = String.raw`(${CURRENCY_SIGN})\s?(?:(?:${AMOUNT_NUMBER})\s*(?:${SCALE_AFTER_SIGN})\b|(?:${NUMBER})\s+to\s*$)|\d\s*(?:${SCALE})\s*(${CURRENCY_WORD})(?!\w)`;
// Sticky: tried only at the few places where a match can start (namedCurrencyMatches). Exported
// for the extractor to compile ahead of its first run (authoring/extract/compileAhead.ts).
export const NAMED_CURRENCY_RE = new RegExp(NAMED_CURRENCY_SOURCE, 'iy');
/** Every match of NAMED_CURRENCY_SOURCE has a digit within this many characters of its start
 *  (the longest sign, "New Israeli new shekels (ILS) ", is 30), so only the characters this close
 *  before a digit can start one. The test checks the scan against the plain regex on every
 *  fixture text. */
const SIGN_REACH = 64;

/**
 * The sign or word of each match of NAMED_CURRENCY_SOURCE in `words`, left to right and not
 * overlapping, as `words.matchAll` with the 'gi' flags would give them, but trying the
 * alternation of every currency sign only at the places within SIGN_REACH before a digit
 * (validation calls it once per figure: the plain scan tried ~110 signs at every character).
 */
export function namedCurrencyMatches(words: string): string[] {
  const out: string[] = [];
  const digit = /\d/g;
  let pos = 0;
  for (;;) {
    digit.lastIndex = pos;
    const d = digit.exec(words)?.index;
    if (d === undefined) return out;
    let next = d + 1;
    for (let p = Math.max(pos, d - SIGN_REACH); p <= d; p++) {
      NAMED_CURRENCY_RE.lastIndex = p;
      const m = NAMED_CURRENCY_RE.exec(words);
      if (!m) continue;
      out.push((m[1] ?? m[2])!);
      next = p + Math.max(m[0].length, 1);
      break;
    }
    pos = next;
  }
}

/**
 * The one currency the words name next to a scaled number ("2.296 billion US dollars", "$5
 * million"), or undefined when they name none or several: a bare "1.7599 billion" later in the
 * same sentence is counted in it. Only scaled amounts count, so "$1.90 a day and 1.1 billion"
 * lends no currency to a count of people.
 * @example namedCurrency('it was planned to earn 2.296 billion US dollars, and ') // 'USD'
 * @example namedCurrency('$5 million and €3 million, and ') // undefined
 * @example namedCurrency('less than $1.90 a day and ') // undefined
 * @example namedCurrency('from US$ 27 to ') // 'USD' (the pair "from US$ 27 to 276 billion")
 * A number right after a unit of its own that the contract does not know (a code, a bracketed
 * code, "Units of Account") is counted in that unit, so it borrows none:
 * @example namedCurrency('USD 2.80 billion, or Units of Account (UA) ') // undefined
 * A sentence that opens "In terms of US dollar," counts its bare amounts in that currency:
 * @example namedCurrency('In terms of US dollar, remittances rose 4.1 percent to ') // 'USD'
 */
export function namedCurrency(words: string): Unit | undefined {
  if (OWN_UNIT_BEFORE_RE.test(words)) return undefined;
  const units = new Set<Unit>();
  for (const sign of namedCurrencyMatches(words)) {
    const unit = currencyOf(sign);
    if (unit) units.add(unit);
  }
  if (units.size === 0) {
    // "In terms of US dollar, remittances rose 4.1 percent to 6.2 billion": the sentence opens by
    // naming the currency it counts in.
    const terms = TERMS_CURRENCY_BEFORE_RE.exec(words);
    return terms ? currencyOf((terms[1] ?? terms[2])!) : undefined;
  }
  return units.size === 1 ? [...units][0] : undefined;
}
/** A sentence that opens by naming the currency it counts in, then its words up to the number,
 *  with no stop: "In terms of US dollar, remittances rose 4.1 percent to ", "In euro terms, ". */
const TERMS_CURRENCY_BEFORE_RE =
  /(?:^|[.!?]\s+|\n)\s*In\s+(?:terms\s+of\s+(?:the\s+)?((?:US|U\.S\.)\s?dollars?|euros?)|((?:US|U\.S\.)\s?dollar|euro)\s+terms)\s*,(?:[^.;:!?\n]|\.(?=\d))*$/;

// Japanese notation. A number is written in digits with 万 (10⁴), 億 (10⁸) and 兆 (10¹²) as
// scales, one group after another ("181億5600万" is 18,156,000,000); the currency word follows
// ("332億ドル", "100億円"); a change is the percent with 増 / 減 after it ("6.6%増", "13.3%減") or a
// written マイナス before it; a multiple is "約5倍". Full-width digits ("３．５％") read as ASCII.

/** Hiragana, katakana or kanji: words the Japanese reader is for. Not the katakana middle dot
 *  (・, U+30FB), a mark of punctuation English pages from Japan use as a bullet ("(¥2.1bn)・ Grants"). */
export const JAPANESE_SCRIPT_RE = /[\u3040-\u30fa\u30fc-\u30ff\u4e00-\u9fff]/;

/**
 * The words with full-width digits, point, comma, percent and signs written as ASCII; every
 * character stays one UTF-16 unit, so offsets do not move.
 * @example halfWidth('３．５％') // '3.5%'
 */
export function halfWidth(words: string): string {
  return words.replace(/[０-９．，％＋－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * The words with the full-width yen sign ("￥", U+FFE5) of pages from Japan written as "¥"; one
 * UTF-16 unit for one, so offsets do not move.
 * @example yenSign('￥952 billion') // '¥952 billion'
 */
export function yenSign(words: string): string {
  return words.replace(/\uFFE5/g, '¥');
}

/** The scales, each one group of digits before it: "181億5600万", "2兆", "1,400万", "3.5億". */
export const JAPANESE_SCALES: Readonly<Record<string, number>> = { 万: 1e4, 億: 1e8, 兆: 1e12 };
const JAPANESE_DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
/** A number in digits with its scales: "181億5600万", "300億", "1400万", "6.6". */
export const JAPANESE_NUMBER = String.raw`(?:(?:${JAPANESE_DIGITS})[兆億万])+(?:${JAPANESE_DIGITS})?(?![\d兆億万])|(?:${JAPANESE_DIGITS})(?![\d.,兆億万])`;

/**
 * The value of a number with Japanese scales.
 * @example readJapaneseNumber('181億5600万') // 18156000000
 * @example readJapaneseNumber('1,400万') // 14000000
 */
export function readJapaneseNumber(words: string): number | undefined {
  const t = halfWidth(words.trim());
  if (!new RegExp(String.raw`^(?:${JAPANESE_NUMBER})$`).test(t)) return undefined;
  let total = 0;
  for (const [, digits, scale] of t.matchAll(/([\d,.]+)([兆億万]?)/g)) {
    total += Number(digits!.replace(/,/g, '')) * (scale ? JAPANESE_SCALES[scale]! : 1);
  }
  return Number(total.toPrecision(12));
}

/** The currency words after a Japanese number, the named dollars before the bare ドル (US dollars,
 *  as Japanese official texts use it). */
export const JAPANESE_CURRENCIES: readonly (readonly [string, Unit])[] = [
  ['米ドル', 'USD'],
  ['豪ドル', 'AUD'],
  ['カナダ・?ドル', 'CAD'],
  ['香港ドル', 'HKD'],
  ['シンガポール・?ドル', 'SGD'],
  ['(?:ニュージーランド|NZ)・?ドル', 'NZD'],
  ['ドル', 'USD'],
  ['円', 'JPY'],
  ['ユーロ', 'EUR'],
  ['ルーブル', 'RUB'],
  ['人民元', 'CNY'],
  ['元', 'CNY'],
  ['ウォン', 'KRW'],
  ['ポンド', 'GBP'],
  ['スイス・?フラン', 'CHF'],
];
export const JAPANESE_CURRENCY = JAPANESE_CURRENCIES.map(([w]) => w).join('|');
/** A written minus in Japanese: the word マイナス, or the triangles of official tables. */
export const JAPANESE_MINUS = String.raw`マイナス|▲|△`;
/** Words after a number that make it a rise: 増 ("6.6%増"), 増加, 上昇, 拡大. */
export const JAPANESE_UP = String.raw`増加|増|上昇|拡大`;
/** Words after a number that make it a fall: 減 ("13.3%減"), 減少, 低下, 下落, 縮小. */
export const JAPANESE_DOWN = String.raw`減少|減|低下|下落|縮小`;
/** A percent, or points, after the number: "%", "パーセント", "%ポイント", "ポイント". */
export const JAPANESE_PERCENT = String.raw`\s?(?:%|パーセント)(?:ポイント)?|ポイント`;
/** A fall to half ("半分以下に落ち込み", "半減", "ほぼ半分となった" after a fall): −50. */
export const JAPANESE_HALVED = String.raw`半分(?:以下|未満|程度|近く)?(?:に|まで)(?:落ち込[みんむ]|減少|減っ|減り|低下|縮小)|半減|(?:ほぼ|約|およそ)?半分(?:と|に)なっ(?:た|て)?`;

const JP_AMOUNT_RE = new RegExp(
  String.raw`(${JAPANESE_MINUS})?(${JAPANESE_NUMBER})\s?(${JAPANESE_CURRENCY})`,
);
const JP_PERCENT_RE = new RegExp(
  String.raw`(${JAPANESE_MINUS}|[-−])?(${JAPANESE_DIGITS})(${JAPANESE_PERCENT})`,
);
const JP_TIMES_RE = new RegExp(String.raw`(${JAPANESE_DIGITS})倍(?!率)`);
const JP_DOWN_RE = new RegExp(JAPANESE_DOWN);

/**
 * What Japanese stated words say, or undefined when they hold no Japanese notation (so the
 * English reader reads them). An amount keeps its size (a fall's 減 does not make it negative, as
 * "a decrease of US$14 billion"); a change takes its sign from マイナス or 減 after the percent.
 * @example readJapaneseStated('181億5600万ドル', 'amount') // [{ value: 18156000000, unit: 'USD' }]
 * @example readJapaneseStated('13.3%減', 'change') // [{ value: -13.3, unit: 'percent' }]
 * @example readJapaneseStated('約5倍', 'change') // [{ value: 400, unit: 'percent' }]
 */
export function readJapaneseStated(
  words: string,
  kind: 'change' | 'share' | 'amount',
): { value: number; unit: Unit }[] | undefined {
  const t = halfWidth(words);
  if (!JAPANESE_SCRIPT_RE.test(t) && t === words) return undefined;
  const round = (n: number) => Math.round(Number(n.toPrecision(12)) * 1e6) / 1e6;
  if (kind === 'amount') {
    const amount = JP_AMOUNT_RE.exec(t);
    if (!amount) return [];
    const n = readJapaneseNumber(amount[2]!);
    const unit = JAPANESE_CURRENCIES.find(([w]) => new RegExp(`^(?:${w})$`).test(amount[3]!))?.[1];
    if (n === undefined || !unit) return [];
    return [{ value: amount[1] ? -n : n, unit }];
  }
  const percent = JP_PERCENT_RE.exec(t);
  if (percent) {
    const n = Number(percent[2]!.replace(/,/g, ''));
    const points = percent[3]!.includes('ポイント');
    const minus = Boolean(percent[1]);
    const down = kind === 'change' && JP_DOWN_RE.test(t.slice(percent.index + percent[0].length));
    if (points && kind !== 'change') return [];
    return [
      {
        value: minus || (down && n > 0) ? -n : n,
        unit: points ? 'percentage-points' : 'percent',
      },
    ];
  }
  if (kind !== 'change') return [];
  const times = JP_TIMES_RE.exec(t);
  if (times) return [{ value: round((Number(times[1]) - 1) * 100), unit: 'percent' }];
  if (new RegExp(JAPANESE_HALVED).test(t)) return [{ value: -50, unit: 'percent' }];
  if (/倍増/.test(t)) return [{ value: 100, unit: 'percent' }];
  return [];
}

/** Russian scale abbreviations and their factors, as official prose writes them before a
 *  currency: "тыс." (thousand), "млн" (million), "млрд" (billion), "трлн" (trillion). */
export const RUSSIAN_SCALES: Readonly<Record<string, number>> = {
  тыс: 1e3,
  млн: 1e6,
  млрд: 1e9,
  трлн: 1e12,
};
/** Russian currency words after a number, abbreviated or in any case: "рублей", "руб.", "долл.
 *  США", "долларов США", "евро", "юаней". The dollar only with "США" after it, which names it. */
export const RUSSIAN_CURRENCIES: readonly (readonly [string, Unit])[] = [
  [String.raw`(?:долл\.|доллар(?:ов|а|ы)?)\s?США`, 'USD'],
  [String.raw`руб(?:л(?:ей|я|ь|ях|ям)|\.)?`, 'RUB'],
  [String.raw`евро`, 'EUR'],
  [String.raw`юан(?:ей|я|ь)`, 'CNY'],
];
/** A Russian amount: digits with a decimal comma or spaced thousands, an optional scale with its
 *  stop, then the currency: "40,3 трлн рублей", "412 млрд долл. США", "104,6 тыс. рублей", "58
 *  долл. США". Groups: 1 the number, 2 the scale, 3 the currency. */
export const RUSSIAN_AMOUNT = String.raw`(\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)\s?(?:(${Object.keys(RUSSIAN_SCALES).join('|')})\.?\s)?(${RUSSIAN_CURRENCIES.map(([w]) => w).join('|')})(?![а-яё])`;
const RUSSIAN_AMOUNT_RE = new RegExp(RUSSIAN_AMOUNT, 'i');

/**
 * What Russian stated words of an amount say, or undefined when they name no Russian currency (so
 * the other readers read them). The size of a fall stays positive, as in English.
 * @example readRussianAmount('40,3 трлн рублей') // [{ value: 40300000000000, unit: 'RUB' }]
 * @example readRussianAmount('412 млрд долл. США') // [{ value: 412000000000, unit: 'USD' }]
 */
export function readRussianAmount(words: string): { value: number; unit: Unit }[] | undefined {
  const m = RUSSIAN_AMOUNT_RE.exec(words);
  if (!m) return undefined;
  const n = Number(m[1]!.replace(/[ \u00a0]/g, '').replace(',', '.'));
  const scale = m[2] ? RUSSIAN_SCALES[m[2].toLowerCase()]! : 1;
  const unit = RUSSIAN_CURRENCIES.find(([w]) => new RegExp(`^(?:${w})$`, 'i').test(m[3]!))?.[1];
  if (!unit) return undefined;
  return [{ value: Number((n * scale).toPrecision(12)), unit }];
}

/** A Russian verb or noun of decrease and the "на" of its size, in past or future: "снизился на ",
 *  "снизятся на ", "сократится на ", "сокращение экспорта на ". Read as a fall, as DECREASE reads
 *  "fell by". */
export const RUSSIAN_DECREASE =
  /(?:сниз(?:ил|и|я)|сократ(?:ил|и|я)|упал|упад|уменьш|снижени|сокращени|падени|спад)[а-яё]*\s+(?:[а-яё]+\s+){0,3}?на\s+/i;
/** A percent "на" which a level is lower than another's: "на 3,1% ниже уровня 2030 года". */
export const RUSSIAN_LOWER_BY = /(?<![а-яё])на\s+\d+(?:[.,]\d+)?\s?%\s+ниже(?![а-яё])/i;
