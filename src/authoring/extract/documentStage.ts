// The stage of the document itself, read once from its title and opening lines: the budget it
// presents and the words that name it ("2026/27 Provincial Budget tabled", "The 2033-34 State
// Budget was handed down today"). Pure text work: it knows nothing of figures or statuses, and
// leaves to its caller whether the budget's period is over at the document's date.

/** A budget's period as documents write it: "2033", "FY2034", "2026/27", "2033-34", "2031–2032". */
const PERIOD = String.raw`(?:FY\s?)?(?:19|20)\d\d(?:\s?[-–/]\s?(?:\d{2}|(?:19|20)\d\d))?`;

/** Between a budget's period and its noun, the words that say whose or what kind of budget it is:
 *  up to three capitalised words ("Provincial", "County", "Federal Capital", "Union") or adjectives
 *  ("provincial", "republican", "supplementary", "consolidated", "operating"), as ministries, councils, states
 *  and provinces name their budgets; a word of another kind ("the 2033 and 2034 budgets", "2033 in
 *  the budget") breaks the name. */
const KIND_NAMED_BUDGET_RE = new RegExp(
  String.raw`\b(${PERIOD})\s+(?:(?:[A-Z][\w'’-]*|[a-z]+(?:al|an|ary|ive|ing|ic))\s+){1,3}([Bb]udget|BUDGET)\b`,
  'g',
);

/** A budget named by its noun alone, in a title or an opening sentence. */
const BUDGET_WORD_RE = /\bbudget\b/i;

/** The verbs that put a budget before a house or the public: "presented", "tabled", "handed down",
 *  "delivered", "unveiled", "introduced", "submitted", "released", "laid". */
const PRESENTING = String.raw`(?:present(?:ed|s)|table[ds]|hand(?:ed|s)\s+down|deliver(?:ed|s)|unveil(?:ed|s)|introduc(?:ed|es)|submit(?:ted|s)|release[ds]|laid)`;
/** An opening sentence whose budget is what its verb puts forward: its subject ("The 2033-34 State
 *  Budget was handed down today") or its object ("The Minister presented the 2033 budget", "today tabled a budget of R98.6 billion"). A
 *  budget named only where something else was put forward ("the estimate tabled in the February
 *  2028 Budget") is no such sentence. */
const PUTS_BUDGET_FORWARD_RE = new RegExp(
  String.raw`\bbudget\b[^.;:]{0,40}?\b(?:was|were|is|are|has\s+been|have\s+been|will\s+be)\s+(?:\w+ly\s+)?${PRESENTING}\b|\b${PRESENTING}\s+(?:the|its|his|her|their|our|a|an|this\s+year(?:'s|’s)|next\s+year(?:'s|’s))\s+(?:[\w'’/-]+\s+){0,5}?budget\b`,
  'i',
);

/**
 * The words with the kind of a budget taken out from between its period and its noun, so that a
 * reader of "the 2031-32 budget" reads every budget so named.
 * @example budgetNamed('2026/27 Provincial Budget tabled') // '2026/27 Budget tabled'
 * @example budgetNamed('FY2034 Federal Capital Budget') // 'FY2034 Budget'
 * @example budgetNamed('the 2033 spending plans') // 'the 2033 spending plans'
 */
export function budgetNamed(words: string): string {
  return words.replace(KIND_NAMED_BUDGET_RE, '$1 $2');
}

/**
 * The words that name the budget a document is about: its title, when the title names a budget,
 * else the first sentence of its opening lines that puts a budget forward ("The 2033-34 State
 * Budget was handed down today"); undefined when the document names none so. An annual report
 * that mentions a budget in passing ("spending was 4% below the 2032 budget") puts none forward.
 * @example documentBudget({ title: 'Statement by the Treasurer', top: 'The 2033-34 State Budget was handed down today.' })
 * // 'The 2033-34 State Budget was handed down today.'
 * @example documentBudget({ title: 'Annual Report 2032', top: 'Spending was 4% below the 2032 budget.' }) // undefined
 */
export function documentBudget({ title, top }: { title: string; top: string }): string | undefined {
  if (BUDGET_WORD_RE.test(title)) return title;
  for (const sentence of top.split(/(?<=[.!?])\s+|\n+/)) {
    if (PUTS_BUDGET_FORWARD_RE.test(sentence)) return sentence;
  }
  return undefined;
}

/** A number as a change's other end writes it: a sign or code before it ("$", "R", "NOK ", "₹"),
 *  its digits. */
const OTHER_END = String.raw`(?:(?:about|around|some|nearly|almost|roughly|just|over|more\s+than)\s+)?(?:[^\s\d.;:]{1,4}\s?)?\d`;
/** Before the number, the "from" of a change whose other end comes first: "raised to ₹60 a month
 *  from ", "would rise to $41,000 from ", "increased to 7% from about ". */
const TO_THEN_FROM_BEFORE_RE = new RegExp(
  String.raw`\bto\s+${OTHER_END}[^.;:]{0,40}?\s+from\s+(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?$`,
  'i',
);
/** Before the number, the "from" of a change whose other end follows: "rises from ", "is reduced
 *  from about ". */
const FROM_BEFORE_RE = /\bfrom\s+(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?$/i;
/** After the number, the other end of the change, with at most the whole the level is of between
 *  (" to 21%", " of assessed value to 0.64 percent", " a month to ₹60"): no period of its own. */
const TO_AFTER_RE = new RegExp(
  String.raw`^(?:\s+(?:of|per|a|an)\s+[^\d.;:,]{1,30}?)?\s+to\s+${OTHER_END}`,
  'i',
);
/** After the number, a period or a plan of its own: " in 2034-35", " this year", " last year", "
 *  by 2030", " at end-2033", " forecast", " projected", " budgeted", " (2033)", " in the revised
 *  estimates", " under the medium-term plan". */
const OWN_PERIOD_AFTER_RE =
  /^\s*(?:\(\s*(?:19|20)\d\d|(?:in|for|by|at|as\s+of|at\s+end[-\s]?|end[-\s])\s*(?:the\s+)?(?:FY\s?)?(?:(?:19|20)\d\d|this|next|last|current|previous|first|second|third|fourth|[A-Z][a-z]+\s+(?:19|20)\d\d)|(?:this|next|last|the\s+current|the\s+previous)\s+(?:fiscal\s+|financial\s+)?year|(?:forecast|projected|estimated|expected|budgeted|planned|targeted|predicted|envisaged)\b|(?:in|under|of)\s+the\s+(?:[\w-]+\s+){0,2}?(?:estimates?|budget|plan|forecasts?|projections?|programmes?|programs?)\b)/i;
/** Before the number, in its clause, a forecast that the change is a path of ("is projected to fall
 *  from", "expects the deficit to narrow from"), or a range the two ends bound ("ranges from",
 *  "varies from", "between"). */
const PATH_OR_RANGE_BEFORE_RE =
  /\b(?:project(?:s|ed|ion)|forecasts?|expect(?:s|ed)?|anticipat(?:es|ed)|predict(?:s|ed)|estimated|seen|likely|rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|between)\b[^.;:]*$/i;

/**
 * True when a number is the earlier level of a change the sentence states between two levels,
 * the "from" end ("The standard rate of VAT rises from 20% to 21%", "raise the threshold to
 * R95,000 from R87,300"), with no period or plan of its own after it and no forecast or range
 * before it in its sentence: the level in force when the document was written. Its caller reads it
 * so only in a document whose stage is a budget, where the change is what the budget decides and
 * its start is the level it finds.
 * @example earlierLevelOfChange('The rate rises from ', ' to 21% on 1 July.') // true
 * @example earlierLevelOfChange('The stipend would rise to $41,000 from ', '.') // true
 * @example earlierLevelOfChange('Growth is forecast to slow from ', ' this year to 2.1%.') // false
 * @example earlierLevelOfChange('Debt falls from ', ' in 2034-35 to 57%.') // false
 */
export function earlierLevelOfChange(before: string, after: string): boolean {
  if (PATH_OR_RANGE_BEFORE_RE.test(before)) return false;
  if (OWN_PERIOD_AFTER_RE.test(after)) return false;
  if (TO_THEN_FROM_BEFORE_RE.test(before)) return true;
  return FROM_BEFORE_RE.test(before) && TO_AFTER_RE.test(after);
}
