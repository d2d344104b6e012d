// Status carried across sentences: a sentence whose subject only points back to the one before
// ("That is", "It is equivalent to", "Now it's", "This preliminary outcome is") restates what that
// sentence stated, and a part named "of that amount" is a part of it, so a figure with no status
// signal of its own takes that sentence's status.
// The measure is carried the same way: "Headline inflation eased in March. It's now at 2.2 per
// cent." — a number whose subject only points back, with no measure in its own clause, is of the
// measure the sentence before named (carriedMeasure).
// Pure text work on one sentence; it knows nothing of candidates, paragraphs or headings.

import { ruleHeaded } from './decided.ts';
import { measureKind } from './measure.ts';

/** What a status reader returns: the two statuses of the data contract. */
export type CarriedStatus = 'actual' | 'expected';

/** A word that may open a restating sentence before its subject: "Now it's", "Yet this is", "So
 *  that is", "In other words, it is". */
const OPENER = String.raw`(?:(?:now|yet|but|so|and|still|however|in\s+other\s+words|put\s+(?:another|differently)\s*(?:way)?|in\s+all|in\s+total|overall)\s*,?\s+)?`;

/** A present predicate that restates or measures what the subject points back to: a copula, or a
 *  verb of equalling, making up or working out ("represents", "amounts to", "accounts for",
 *  "equates to", "corresponds to", "translates into", "works out at", "comes to", "is equivalent
 *  to"). A past or a modal is a tense of its own, and no restating. */
const RESTATING_PREDICATE = String.raw`(?:['’]s\b|\s+(?:is|are|represents?|means?|equals?|equates?\s+to|amounts?\s+to|accounts?\s+for|makes?\s+up|corresponds?\s+to|translates?\s+into|works?\s+out\s+(?:at|to)|comes?\s+to|adds?\s+up\s+to)\b)`;

/** A noun a demonstrative subject may name the figure before by: the figure itself, its
 *  outcome or estimate, the change it makes, or the measure, act or plan that states it ("This
 *  figure", "That preliminary outcome", "This shortfall", "This bill", "These allocations"). */
const RESTATED_NOUN = String.raw`(?:figures?|numbers?|amounts?|sums?|totals?|outcomes?|outturns?|results?|estimates?|projections?|forecasts?|levels?|gaps?|shortfalls?|surplus(?:es)?|deficits?|increases?|rises?|cuts?|reductions?|improvements?|deteriorations?|collections?|allocations?|provisions?|envelopes?|bills?|budgets?|plans?|packages?|programmes?|programs?|measures?|requests?|proposals?)`;

/** A subject that only points back: a pronoun ("It", "That", "This"), a demonstrative with a
 *  noun of the figure before ("This preliminary outcome", "That increase") or the change the
 *  sentence before made, named by "the" alone ("The increase is 10 per cent."; v278), with a
 *  restating predicate right after it. */
const POINTS_BACK_RE = new RegExp(
  String.raw`^\s*["“‘']?${OPENER}(?:(?:it|that|this)|(?:this|that|these|those)\s+(?:[a-z-]+\s+){0,2}?${RESTATED_NOUN}|the\s+(?:increases?|rises?|cuts?|reductions?))${RESTATING_PREDICATE}`,
  'i',
);

/**
 * Whether a sentence opens with a subject that only points back to the sentence before and a
 * present predicate that restates it, so its figures go on with that sentence.
 * @example pointsBack("That is 0.4 percentage points above this year's.") // true
 * @example pointsBack('It is equivalent to 21.6 percent of GDP.') // true
 * @example pointsBack('The increase is 10 per cent.') // true
 * @example pointsBack('Public debt stands at 58% of GDP.') // false
 */
export function pointsBack(sentence: string): boolean {
  return POINTS_BACK_RE.test(sentence);
}

/** Right after a figure, the whole it is a part of, named by a demonstrative or a pronoun that
 *  points back to the figure before: "US$21.6 billion of that amount", "₹3,100 crore of that.",
 *  "C$2.8 billion of it.", "about US$5 billion of this total", "¥1.2 trillion of that figure". A
 *  demonstrative with a noun of a period ("of this year's budget") names no figure before. */
const PART_OF_BEFORE_RE = new RegExp(
  String.raw`^\s+of\s+(?:(?:it|them)(?=\s*(?:[,.;:)]|$))|(?:that|this|these|those)(?=\s*(?:[,.;:)]|$)|\s+(?:[a-z-]+\s+)?${RESTATED_NOUN}\b))`,
  'i',
);

/** Between the restating predicate and the figure, a word that makes the figure the base the
 *  restated one is measured against, not the restated one: "That is well inside the limit of 250
 *  per cent", "This is below the ceiling of 3%", "That compares with 2.1%", "short of the 5% goal". */
const BASE_BEFORE_RE =
  /\b(?:than|above|below|inside|within|under|over|beyond|against|versus|vs|from|short\s+of|compar\w*|relative\s+to)\b/i;

/** A status signal of the figure's own words: a modal or a future ("will", "would", "could",
 *  "is set to", "is to"), a forecast, plan or target word, a past or perfect ("was", "has been",
 *  "ago", "earlier", "previously"), or a named period ("in 2027", "this year", "last quarter",
 *  "FY2033", "2032-33"), each of which the sentence's own reading already weighs. */
const OWN_SIGNAL_RE =
  /\b(?:will|would|could|might|may|shall|should|must|can|['’]ll|going\s+to|set\s+to|is\s+to|are\s+to|expect\w*|project(?:ed|ing|ions?)|forecast\w*|estimat\w*|plans\s+to|planned|planning|budget(?:s|ed)\b|target\w*|propos\w*|assum\w*|anticipat\w*|likely|outlook|aim\w*|goal|was|were|had|did|been|ago|took|went|came|rose|fell|grew|made|got|paid|spent|gave|drew|brought|saw|stood|held|kept|sold|bought|won|lost|began|earlier|previous(?:ly)?|last|next|coming|current|(?:this|that)\s+(?:year|quarter|month|week|season)|(?:FY\s?)?(?:19|20)\d\d|Q[1-4]|H[12]|(?:first|second|third|fourth)\s+(?:quarter|half)|january|february|march|april|june|july|august|september|october|november|december|(?<!-)[a-z]{3,}ed)\b/i;

/** Adjectives and participles in "-ed" that say no tense: "That is a combined 3.2%", "This is
 *  unchanged". */
const TENSELESS_ED_RE =
  /\b(?:combined|unchanged|needed|required|related|based|limited|detailed|seasonally|adjusted|indexed|weighted|sustained|advanced|concerned|dedicated|interested|associated|unprecedented)\b/gi;

/** A multiple a present copula states, an adjective of state and no tense: "That is almost
 *  doubled", "it's roughly quadrupled", "it is halved" (the copula is kept, the participle goes;
 *  "Exports doubled" is a past verb and keeps its signal). */
const MULTIPLE_STATE_RE =
  /(\b(?:is|are)|['’]s)\s+(?:(?:almost|nearly|more\s+than|roughly|about|around|over|well\s+over|close\s+to|effectively|practically|virtually|now|already|just\s+(?:under|over))\s+)*(?:doubled|tripled|trebled|quadrupled|halved)\b/gi;

/** After the figure, the words up to where a base it is measured against begins (", than",
 *  "above", "on", "compared with", "from") or the clause ends: a period said there is the figure's
 *  own ("2.1% last year"); one after the base's word is the base's ("above this year's"). */
const OWN_TAIL_RE =
  /^[^,;:()]*?(?=[,;:()]|\b(?:than|above|below|over|under|on|against|from|compared|relative|versus|vs)\b|$)/i;

/** Stated words that end on the word that opens their base: "0.4 points above", "5% more". */
const COMPARISON_END_RE =
  /\b(?:than|above|below|over|under|more|less|higher|lower|up|down|on|against|from)\s*$/i;

/**
 * Whether the words of one figure (from `from`, the end of the figure before it in the sentence,
 * through its own `end` and the tail up to its base) carry a status signal of their own.
 * @example ownSignal('That is 1.4 percentage points above the target.', 0, 29) // false
 * @example ownSignal('That compares with 2.1% last year.', 0, 23) // true
 */
export function ownSignal(sentence: string, from: number, end: number): boolean {
  // "0.4 percentage points above": the stated words may end on the base's word already.
  const tail = COMPARISON_END_RE.test(sentence.slice(from, end))
    ? ''
    : (OWN_TAIL_RE.exec(sentence.slice(end))?.[0] ?? '');
  const words = (sentence.slice(from, end) + tail)
    .replace(MULTIPLE_STATE_RE, '$1')
    .replace(TENSELESS_ED_RE, '');
  return OWN_SIGNAL_RE.test(words);
}

/**
 * The status a figure takes from the sentence before, or undefined when it keeps its own reading:
 * the sentence must point back (pointsBack) or the figure be a part of a whole a demonstrative
 * names right after it ("US$21.6 billion of that amount"), the figure's own words must say no
 * status, and the sentence before must have stated a figure whose status is known (its lead
 * figure's).
 * @example carriedStatus('Now it’s $19.6 billion.', 10, 23, 0, 'expected') // 'expected'
 * @example carriedStatus('That is inside the limit of 250%.', 27, 31, 0, 'expected') // undefined
 */
export function carriedStatus(
  sentence: string,
  start: number,
  end: number,
  from: number,
  before: CarriedStatus | undefined,
): CarriedStatus | undefined {
  if (before === undefined || start < from) return undefined;
  const opening = POINTS_BACK_RE.exec(sentence);
  if (opening) {
    if (BASE_BEFORE_RE.test(sentence.slice(Math.max(from, opening[0].length), start)))
      return undefined;
  } else if (
    !PART_OF_BEFORE_RE.test(sentence.slice(end)) &&
    !timePointsBack(sentence, start, end) &&
    !(before === 'expected' && pathGoesOn(sentence.slice(from, start)))
  )
    return undefined;
  // "In that year, it makes up 22.1%": the time that points back is the period before, no signal
  // of the figure's own.
  const own = sentence.replace(TIME_BACK_ALL_RE, (time) => ' '.repeat(time.length));
  return ownSignal(own, from, end) ? undefined : before;
}

/** A time that only points back to the period the sentence before named: "by then", "at that
 *  point", "in that year", "by that time", "over the same period", "in the same year". */
const TIME_BACK = String.raw`(?:by|until|till|at|in|over|during|through|for)\s+(?:then|that\s+(?:point|time|year|date|stage|period|horizon)|the\s+same\s+(?:year|period|date|time|horizon))`;
const TIME_BACK_RE = new RegExp(String.raw`\b${TIME_BACK}\b`, 'i');
const TIME_BACK_ALL_RE = new RegExp(TIME_BACK_RE.source, 'gi');

/**
 * Whether the figure's sentence dates it only by pointing back to the period the sentence before
 * named ("Under current law, spending is projected to reach 44% of GDP by 2050. Health spending
 * accounts for 9.1% of GDP by then."), before the figure or in its own tail: its period is the
 * one before, so it goes on with that sentence's figure, a projection's or an outturn's.
 * @example timePointsBack('At that point, benefits equal 7.9% of GDP.', 31, 35) // true
 * @example timePointsBack('Benefits equal 7.9% of GDP in 2031.', 15, 19) // false
 */
export function timePointsBack(sentence: string, start: number, end: number): boolean {
  const tail = /^[^.;:]*/.exec(sentence.slice(end))?.[0] ?? '';
  return TIME_BACK_RE.test(sentence.slice(0, start)) || TIME_BACK_RE.test(tail);
}

/** A present verb that moves a level on, with no subject that points elsewhere in time: "Debt
 *  climbs to", "Net interest costs rise to", "Unemployment peaks at", "revenue averages". */
const PATH_VERB_RE =
  /(?<!\b(?:an?|the|its|their|this|that|any|no)\s+(?:[\w-]+\s+)?)\b(?:rises?|climbs?|falls?|declines?|drops?|grows?|increases?|decreases?|reach(?:es)?|peaks?|bottoms?\s+out|levels?\s+off|averages?|hits?|doubles?|edges?\s+(?:up|down)|stabili[sz]es?|settles?)(?:\s+(?:to|at|by))?\s+(?:(?:about|around|some|nearly|almost|roughly|just\s+(?:over|under))\s+)?(?:[^\s\w]{1,3}\s?|[A-Z]{1,3}\$\s?|[A-Z]{3}\s)?$/i;

/**
 * Whether the words before a figure go on with a projection's path: a present verb that moves the
 * level, right before the number, with nothing else in its clause naming a time ("Under current
 * law, the deficit is projected to reach 6.1% of GDP in 2035. Net interest costs rise to 5.4% of
 * GDP."): a projection's later steps are told in the present, without repeating the hedge. Its
 * caller uses it only after a sentence whose lead figure is expected; a past, a period of its own or
 * a present measure keep the figure's reading (ownSignal, and "today", "now").
 * @example pathGoesOn('Net interest costs rise to ') // true
 * @example pathGoesOn('Today debt stands at ') // false
 * @example pathGoesOn(', an increase of ') // false
 * @example pathGoesOn('Under the School Finance Act, funding per pupil rises to ') // false
 */
export function pathGoesOn(before: string): boolean {
  return (
    PATH_VERB_RE.test(before) &&
    !/\b(?:today|now|currently|at\s+present|so\s+far|to\s+date)\b/i.test(before) &&
    // "Under the School Finance Act, per-pupil funding rises to ": a level the law the clause opens
    // with sets, no step of the projection before (decided.ts, ruleHeaded; v142).
    !ruleHeaded(before)
  );
}

/** The two kinds a measure gives its numbers (measure.ts). */
export type CarriedMeasure = 'change' | 'share';

/** A word or phrase that may open the clause before its pointing subject: a time ("Today",
 *  "Now", "Currently", "At present", "So far"), a basis of the same measure ("In per capita terms",
 *  "In real terms", "Per capita"), or a linking word ("Yet", "But", "And", "Still"). */
const MEASURE_OPENER = String.raw`(?:(?:today|now|currently|at\s+present|so\s+far|this\s+time|in\s+(?:per[\s-]+capita|real|nominal|annual(?:i[sz]ed)?|seasonally\s+adjusted)\s+terms|per[\s-]+capita|yet|but|so|and|still|however|well|indeed)\s*,?\s+)*`;

/** A predicate of being, standing or running that puts the number right after its subject:
 *  "'s", "is", "was", "stands", "remained", "came in", "has been", "is running", in any tense
 *  (the kind, unlike the status, does not turn on the tense). A verb of change ("rose", "will
 *  fall to") is read by the pronoun reader of matching.ts. */
const BEING_PREDICATE = String.raw`(?:['’]s|\s+(?:is|are|was|were|stands?|stood|remains?|remained|sits?|sat|runs?|ran|comes?\s+in|came\s+in|has\s+been|had\s+been|have\s+been|(?:is|was|are|were|has\s+been)\s+running))`;

/** After a figure's noun, who made it or where it stands, with no verb: "of economists polled by
 *  Reuters", "of 17 economists in a Bloomberg survey", "among private forecasters", "from the
 *  agency's panel", "in the March report". A measure named there is the figure's own (see
 *  carriedMeasure). */
const WHOSE_FIGURE = String.raw`(?:\s+(?:of|from|by|among|in)\s+(?:[\w'’-]+\s+){0,6}?[\w'’-]+)`;

/** A clause lead that is only a subject pointing back and its predicate, up to the number: "Today
 *  it's at ", "In per capita terms, that's barely ", "This was ", "That figure is around ", "It
 *  is now at ", and a figure's noun that names no measure, a demonstrative's or a possessive's
 *  ("Our forecast is ", "Your projection for 2034 is now ", "The latest reading is "). A hedge or
 *  "at" may stand between the predicate and the number; nothing else. */
const MEASURE_BACK_LEAD_RE = new RegExp(
  String.raw`^\s*["“‘']?${MEASURE_OPENER}(?:it|that|this|(?:this|that|our|your|their|its|my|the|staff['’]s)\s+(?:[a-z-]+\s+)?(?:figure|number|reading|print|outturn|outcome|estimate|projection|forecast)(?:\s+for\s+(?:this|next|last)\s+year|\s+for\s+(?:19|20)\d\d)?${WHOSE_FIGURE}?)${BEING_PREDICATE}(?:\s+(?:now|still|currently|already|only|just|barely|roughly|about|around|some|nearly|almost|close\s+to|near|at))*\s*$`,
  'i',
);

/** A forecaster or holder of a figure as the subject, with a verb of holding it, and no measure
 *  of its own: "Staff had ", "Private forecasters have ", "Analysts are at ", "Markets were at ",
 *  "The consensus had ", "In April we had ", "Economists had ". The figure they hold is of the
 *  measure the sentence before named, as a pronoun's is. "We" and "they" hold one only with
 *  "had" or "have" ("We're at 90 million connections" states a count of its own). A hedge may
 *  stand before the number; nothing else ("Staff had a vacancy rate of" names its own). */
const HOLDER_LEAD_RE = new RegExp(
  String.raw`^\s*["“‘']?${MEASURE_OPENER}(?:in\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|(?:19|20)\d\d)\s*,?\s+)?(?:(?:(?:the|our|their|its)\s+)?(?:(?:private|outside|market|independent|bank|ministry|fund|commission)\s+)?(?:staff|analysts|economists|forecasters|markets|consensus|market|panel|survey\s+respondents|respondents)\s+(?:had|have|has|are\s+at|were\s+at|is\s+at|was\s+at|(?:now\s+)?(?:see|saw|pencil(?:led)?\s+in))|(?:we|they)\s+(?:had|have|now\s+have))(?:\s+(?:now|still|currently|already|only|just|barely|roughly|about|around|some|nearly|almost|close\s+to|near))*\s*$`,
  'i',
);

/** Expectations named with no measure of their own, at most with a horizon or whose they are,
 *  and a predicate of being: "In the latest survey, expectations two years ahead are ",
 *  "Their expectations for next year are ", "Medium-term expectations remain around ",
 *  "Households' expectations a year ahead were ". What is expected is the measure named before
 *  ("Inflation expectations – are they coming down?"). "Expectations of a rate cut" name an event
 *  of their own, and no horizon: no carrying. */
const EXPECTATIONS_LEAD_RE = new RegExp(
  String.raw`^\s*["“‘']?${MEASURE_OPENER}(?:in\s+(?:(?:the|our|its|their)\s+)?(?:[a-z]+['’]s\s+)?(?:(?:latest|last|new|most\s+recent|recent|quarterly|monthly)\s+)?(?:survey|poll|report|round|release)\s*,?\s+)?(?:(?:the|our|their|its|households['’]|firms['’]|businesses['’]|consumers['’])\s+)?(?:(?:short|medium|long|near)[\s-]term\s+)?expectations(?:\s+(?:(?:one|two|three|four|five|\d+)\s+years?\s+ahead|a\s+year\s+ahead|for\s+(?:this|next)\s+year|for\s+(?:19|20)\d\d|over\s+the\s+next\s+(?:\w+\s+)?(?:years?|months?)))?${BEING_PREDICATE}(?:\s+(?:now|still|currently|already|only|just|barely|roughly|about|around|some|nearly|almost|close\s+to|near|at))*\s*$`,
  'i',
);

/**
 * The kind a number takes from the measure the sentence before named (`before`, none across a
 * heading), or undefined when it keeps its own reading: the number's clause must open with a
 * subject that only points back and a predicate of being right before it (`lead`, which names no
 * measure: "The median estimate for the jobless rate was " is the rate's), and the rest of its clause (`after`, up to a comma, a semicolon or a full stop) must name no measure of its own.
 * @example carriedMeasure("Today it's at ", '.', 'change') // 'change'
 * @example carriedMeasure('Staff had ', ' in June.', 'change') // 'change'
 * @example carriedMeasure('The unemployment rate is at ', '.', 'change') // undefined
 */
export function carriedMeasure(
  lead: string,
  after: string,
  before: CarriedMeasure | undefined,
): CarriedMeasure | undefined {
  if (
    before === undefined ||
    !(
      MEASURE_BACK_LEAD_RE.test(lead) ||
      HOLDER_LEAD_RE.test(lead) ||
      EXPECTATIONS_LEAD_RE.test(lead)
    ) ||
    measureKind(lead) !== undefined
  )
    return undefined;
  const ownClause = after.split(/[,;:]|\.(?!\d)/)[0]!;
  return measureKind(ownClause) === undefined ? before : undefined;
}

/**
 * The measure a sentence that names none passes on to the next (`undefined` when it passes none):
 * the one passed to it (`passed`), once its percentages read it. "Inflation expectations – are
 * they coming down? They are. In the latest survey, expectations two years ahead are 3.9%.
 * Analysts are at 3.5%.": the survey's sentence names no measure, but its 3.9% is inflation's,
 * so the analysts' figure is too. A sentence that names a measure passes its own (measureKind).
 * @example passedMeasure('Expectations are 3.9%.', [{ kind: 'change', unit: 'percent' }], 'change') // 'change'
 * @example passedMeasure('It reached 40 million.', [{ kind: 'count', unit: 'count' }], 'change') // undefined
 */
export function passedMeasure(
  sentence: string,
  figures: readonly { readonly kind: string; readonly unit: string }[],
  passed: CarriedMeasure | undefined,
): CarriedMeasure | undefined {
  if (passed === undefined || measureKind(sentence) !== undefined) return undefined;
  const percentages = figures.filter((figure) => figure.unit === 'percent');
  return percentages.length > 0 && percentages.every((figure) => figure.kind === passed)
    ? passed
    : undefined;
}
