// Reads a sentence that works an example on one member the text picks out, so that every sum it
// states is illustrative (v254, from the opened sets ho303–ho307). supposed.ts's v158/v189/v231
// openings pick the member with a participle or "with" and a quantity in figures, and say what it
// pays, saves or gets; this module adds three more ways of picking one:
//  - a relative clause that holds the exact quantity, or a quantity in words, and what the member
//    earns or spends as well ("A household that buys 50 litres of petrol a week will pay 55 cents
//    a week more", "A driver who overstays a 60-minute limit by 45 minutes will pay $42 …,
//    against $25 today", "A guest staying three nights … will pay €15.00 instead of €12.00", "A
//    full-time employee working 39 hours a week … would earn €589.68 a week");
//  - an "Example:" label on an act written as a gerund ("Example: parking from 09:00 to 13:30 on a
//    weekday costs NOK 205");
//  - a stay of several units, its count in words ("A two-hour stay at a downtown pay station now
//    costs $9.00"): a multiple of the tariff worked out, while a one-hour stay is the tariff itself.
// A class a bound or a verb of exceeding defines ("A household that uses more than 30 kl",
// "A vessel that exceeds 5,000 tonnes"), a rule that picks no quantity ("A driver who parks in a
// loading bay will pay $120"), a past case ("A commuter who made 40 crossings paid …") and a named
// subject ("Example: the Northern depot raised …") keep their reading. v257 adds a trip of a
// measured distance and what it costs ("A 15-kilometre trip will cost AED 1.35 less"), and lets
// the member stand on a point of a scale ("A registered nurse on step 5 who works 0.8 FTE"). Pure.

/** Words that make a member's quantity a bound of a class rather than the example's own. */
const MEMBER_BOUND =
  '(?:above|over|below|under|more|less|fewer|up|at|exceeding|beyond|between|from)';
/** The same where a quantity follows, "at" apart ("valued at $640,000" is the member's own). */
const QUANTITY_BOUND =
  '(?:above|over|below|under|more|less|fewer|least|most|up|exceeding|beyond|between|from|to)';
/** Past participles of measure that pick a member by its quantity as "using" or "with" does. */
const MEASURE_PARTICIPLE =
  '(?:driven|ridden|flown|sailed|travell?ed|valued|priced|assessed|rated|metered|insured|borrowed|financed|earned|consumed)';
/** A count in words, the member's own quantity ("three nights", "one car"; "one of" is none). */
const COUNT_WORD =
  '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\\b(?!\\s+of\\b)';
/** Verbs of a relative clause that define a class by a bound, or tell a past case: no example. */
const CLASS_VERB = '(?:exceeds|surpasses|tops|passes|was|were|had|did|has\\s+been)';
/** What the picked member will, would or does pay, save, get, earn or spend. */
const PAYS = String.raw`(?:pay|save|receive|get|earn|spend|be\s+charged|be\s+billed|see|owe|lose|gain)`;
const PAYS_NOW = String.raw`(?:pays|saves|receives|gets|earns|spends|owes|is\s+charged|is\s+billed)`;
/** What it earns or spends alone, which v158's openings do not read. */
const EARNS = String.raw`(?:earn|spend)`;
const EARNS_NOW = String.raw`(?:earns|spends)`;
/** A verb phrase of what the member will, would or does get, its verbs `base` and `now`. */
const memberVerb = (base: string, now: string) =>
  String.raw`(?:(?:will|would|could|can)\s+(?:(?:now|then|only|also|still)\s+)?${base}\b|(?:(?:now|then|only|also|still)\s+)?${now}\b(?!\s+for\b))`;
/** A relative clause's opening that picks one member: "who uses", "that posts", "which berths". */
const RELATIVE = String.raw`(?:who|that|which)\s+(?!${CLASS_VERB}\b)[a-z]+s`;
/** A participle, "with" or a participle of measure, as v158 picks one. */
const PARTICIPLE = String.raw`(?:[a-z]+ing|with|${MEASURE_PARTICIPLE})`;
/** An exact quantity in figures (hyphened to its unit, "60-minute"), no date's day. */
const FIGURE_QUANTITY = String.raw`[^\s\d]{0,4}\d[\d.,]*(?:-[a-z]+)?(?!\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)`;

/** A point on a scale that names the member's grade after its word, no quantity of its own ("A
 *  nurse on step 5 who works 0.8 FTE", "A clerk at grade 7 with 12 years' service": v257): one or
 *  two digits, a letter after them at most, no unit. */
const SCALE_POINT = String.raw`(?:(?<=\b(?:[Ss]tep|[Bb]and|[Ll]evel|[Gg]rade|[Cc]lass|[Pp]oint|[Tt]ier|[Ss]cale|[Zz]one)\s)\d{1,2}[A-Za-z]?\s+)?`;
/** A sentence's opening on one member picked by `picker` and an exact `quantity`, described on
 *  with no stop, comma or bound before a number, up to `verb`: what it pays, saves, gets, earns or
 *  spends. A quantity after "before", "after", "until" or "since" dates a class. */
const pickedMember = (picker: string, quantity: string, verb: string) =>
  new RegExp(
    String.raw`^\s*["“]?(?:An?|One)\s+` +
      String.raw`(?:(?!${MEMBER_BOUND}\b)(?:\d[\d,.]*-)?[A-Za-z][\w’'-]*\s+${SCALE_POINT}){1,6}?` +
      String.raw`${picker}\s+` +
      String.raw`(?:(?!(?:${QUANTITY_BOUND}|before|after|until|since)\b)[^\s.;:]+\s+){0,4}?` +
      quantity +
      String.raw`(?!\s+(?:days?|weeks?|months?|years?)\b)(?!\s+or\s+(?:more|less|above|over|below|under|fewer)\b)` +
      String.raw`(?:\s+(?!${QUANTITY_BOUND}\s+(?:than\s+|to\s+)?[^\s\d]{0,4}\d|or\s+(?:more|less|above|over|below|under|fewer)\b)(?:[^\s.;:,]|(?<=\d)[.,](?=\d))+){0,14}?` +
      String.raw`\s+(?:about\s+|around\s+)?${verb}`,
  );

/** The three openings v158's do not read: a relative clause with its quantity in figures or words
 *  ("A household that buys 50 litres … will pay"), a participle or "with" and a count in words ("A
 *  guest staying three nights … will pay", "A resident with one car … will pay"), and a
 *  participle or "with" and a quantity in figures with what the member earns or spends ("A
 *  full-time employee working 39 hours a week … would earn"). v158's own opening inside a
 *  paragraph ("A right holder with a face value of 1,000 acre-feet will pay $190.79") keeps the
 *  reading it has there. */
const PICKED_MEMBER_RES = [
  pickedMember(RELATIVE, `(?:${FIGURE_QUANTITY}|${COUNT_WORD})`, memberVerb(PAYS, PAYS_NOW)),
  pickedMember(PARTICIPLE, COUNT_WORD, memberVerb(PAYS, PAYS_NOW)),
  pickedMember(PARTICIPLE, FIGURE_QUANTITY, memberVerb(EARNS, EARNS_NOW)),
];

/** A sentence labelled as an example on an act written as a gerund: "Example: parking from 09:00
 *  to 13:30 on a weekday costs", "Illustration: staying two nights …". Prepositions that end in
 *  "-ing" ("during", "following") open no act. */
const LABELLED_ACT_RE =
  /^\s*["“]?(?:(?:worked|illustrative|numerical|hypothetical)\s+)?(?:example|illustration)(?:\s*\d{1,2})?\s*[:–—]\s*(?!(?:during|following|including|according|regarding|concerning|excluding|notwithstanding)\b)[a-z]{2,}ing\b/i;

/** A stay or visit of several units, its count in words, and what it costs: "A two-hour stay at a
 *  downtown pay station now costs", "A three-night visit will cost". */
const SEVERAL_UNIT_STAY_RE =
  /^\s*["“]?An?\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[-\s](?:minute|hour|night|day|week)\s+(?:stay|visit|session|booking|trip)\b(?:[^.;:,]|(?<=\d)[.,](?=\d))*?\b(?:(?:now\s+)?costs|will\s+(?:now\s+)?cost|would\s+cost|comes\s+to|will\s+come\s+to)\b/i;

/** A trip of a measured distance, in figures or words, and what it costs: "A 10-kilometre weekday
 *  daytime journey of 15 minutes will cost at most NOK 337.50", "A typical 8 km trip would cost
 *  RM13.00", "A three-mile ride costs £9.40" (v257): a fare worked out from the tariff. A distance
 *  bounded ("A trip of up to 2 km", "A 2 km or shorter trip") and a thing built ("A 12 km rail
 *  line would cost €2 billion") are none. */
const MEASURED_TRIP_RE = new RegExp(
  String.raw`^\s*["“]?An?\s+(?:(?:typical|average|standard|ordinary|single|return|one-way)\s+)?` +
    String.raw`(?:\d[\d.,]*[\s-]?(?:km|kilomet(?:re|er)s?|mi|miles?)|(?:two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)[\s-](?:kilomet(?:re|er)|mile)s?)` +
    String.raw`[\s-]+(?:[a-z][\w'’-]*\s+){0,3}?(?:trip|journey|ride)\b(?:[^.;:,]|(?<=\d)[.,](?=\d))*?` +
    String.raw`\b(?:(?:now\s+)?costs|(?:will|would|could)\s+(?:now\s+)?cost|comes\s+to|(?:will|would)\s+come\s+to)\b`,
  'i',
);

/**
 * Whether a sentence (its heading lines and paragraph number cut off) opens as a worked example on
 * one member picked by a relative clause, a quantity in words, an "Example:" label on an act, or a
 * stay of several units: every sum of it, up to a semicolon, is illustrative (v254).
 * @example opensOnPickedMember('A household that buys 50 litres of petrol a week will pay 55 cents a week more.') // true
 * @example opensOnPickedMember('A vessel that exceeds 5,000 gross tonnes pays €0.42 per tonne.') // false
 */
export function opensOnPickedMember(sentence: string): boolean {
  return (
    PICKED_MEMBER_RES.some((re) => re.test(sentence)) ||
    LABELLED_ACT_RE.test(sentence) ||
    SEVERAL_UNIT_STAY_RE.test(sentence) ||
    MEASURED_TRIP_RE.test(sentence)
  );
}
