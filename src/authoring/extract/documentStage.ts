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
 * @example documentBudget({ title: 'Kestrel County', top: 'Kestrel County\nRecommended Budget for Fiscal Year 2032\n\nThe …' }) // 'Recommended Budget for Fiscal Year 2032'
 */
export function documentBudget({ title, top }: { title: string; top: string }): string | undefined {
  if (BUDGET_WORD_RE.test(title)) return title;
  // "Kestrel County" ⏎ "Recommended Budget for Fiscal Year 2032" ⏎ "Presented to the County
  // Council, 3 March 2031": a title line under the publisher's name, in the block of short lines
  // the text opens with, names the budget as the title does (v104).
  const titleLine = titleBlock(top).find((line) => BUDGET_WORD_RE.test(line));
  if (titleLine !== undefined) return titleLine;
  for (const sentence of top.split(/(?<=[.!?])\s+|\n+/)) {
    if (PUTS_BUDGET_FORWARD_RE.test(sentence)) return sentence;
  }
  return undefined;
}

/** The short lines the text opens with, up to its first blank line: a publisher's name, a title, a
 *  dateline; none if a line there reads as a sentence (a stop at its end, or over 120 characters). */
function titleBlock(top: string): string[] {
  const lines = (top.split(/\n[ \t]*\n/)[0] ?? '').split('\n').map((l) => l.trim());
  if (lines.length > 4 || lines.some((l) => l.length > 120 || /[.;!?]$/.test(l))) return [];
  return lines;
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
export const OWN_PERIOD_AFTER_RE =
  /^\s*(?:\(\s*(?:19|20)\d\d|(?:in|for|by|at|as\s+of|at\s+end[-\s]?|end[-\s])\s*(?:the\s+)?(?:FY\s?)?(?:(?:19|20)\d\d|this|next|last|current|previous|first|second|third|fourth|[A-Z][a-z]+\s+(?:19|20)\d\d)|(?:this|next|last|the\s+current|the\s+previous)\s+(?:fiscal\s+|financial\s+)?year|(?:forecast|projected|estimated|expected|budgeted|planned|targeted|predicted|envisaged)\b|(?:in|under|of)\s+the\s+(?:[\w-]+\s+){0,2}?(?:estimates?|budget|plan|forecasts?|projections?|programmes?|programs?)\b)/i;
/** Before the number, in its clause, a forecast that the change is a path of ("is projected to fall
 *  from", "expects the deficit to narrow from"), or a range the two ends bound ("ranges from",
 *  "varies from", "between"). */
export const PATH_OR_RANGE_BEFORE_RE =
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

/** A charge, a relief or a bound a budget sets on those who pay or receive, as its level's noun:
 *  a rate of a tax or a charge ("the rate of stamp duty", "the small business tax rate", not an
 *  outcome the economy has, "the unemployment rate", nor a market or policy rate), a duty, levy,
 *  excise, fee, tariff, credit, allowance, relief, rebate, deduction, exemption, threshold, band,
 *  cap, subvention, subsidy, stipend or surcharge, and a grant, payment, benefit, pension, cash
 *  aid, top-up or voucher paid at a rate ("the heating grant will pay $450 a household", "the …
 *  cash aid, which will pay up to RM2,800 a year"; v275; a grant's total is a sum, SCALE_RE). */
export const CHARGE_NOUN_RE =
  /\b(?:(?<!\b(?:inflation|growth|unemployment|jobless|employment|exchange|participation|vacancy|occupancy|savings?|birth|death|mortality|poverty|interest|policy|repo|mortgage|lending|deposit|response|completion|default|utili[sz]ation|discount|bank|overnight|market|hurdle|success|approval|execution|absorption|capacity)\s)rates?|dut(?:y|ies)|lev(?:y|ies)|excise|VAT|GST|fees?|tariffs?|credits?|allowances?|reliefs?|rebates?|deductions?|exemptions?|thresholds?|bands?|caps?|subventions?|subsid(?:y|ies)|stipends?|surcharges?|grants?|payments?|benefits?|pensions?|(?:cash\s+)?aid|top-?ups?|vouchers?)\b(?!\s+(?:revenues?|receipts|collections?|proceeds|growth|guarantees?)\b)/i;
/** A sum or a total a budget plans, not a rate: the aggregate nouns ("revenue", "receipts",
 *  "spending", "cost", "deficit"). */
const AGGREGATE_RE =
  /\b(?:revenues?|receipts|collections?|proceeds|yields?|takings|spending|expenditures?|outlays?|costs?|deficits?|surplus|debt|balances?|budgets?|allocations?|envelope)\b/i;
/** A sum's scale: a total, not a rate ("R60 billion", "₹412 crore"); a threshold in the words
 *  between ("above $2 million") is no such total. */
const SCALE_RE = /\b(?:million|billion|trillion|crores?|lakhs?|bn)\b/i;
/** The verb that states the charge's level: present ("rises", "falls", "is", "is cut", "covers",
 *  "remains") or the "will" of what the budget does ("will pay", "will continue to receive"), with
 *  a gapped verb after "and" reading the one before ("falls to 5 per cent and the cap … to"). */
const SETS_LEVEL_RE =
  /\b(?:is|are|rises?|increases?|falls?|decreases?|drops?|goes\s+(?:up|down)|go(?:es)?|moves?|stays?|remains?|becomes?|(?:is|are)\s+(?:(?:increased|raised|reduced|cut|lowered|set|fixed|kept|held|capped|extended|doubled|halved|indexed|restored|adjusted)\b)|(?:will|shall)\s+(?:(?:also|now|still|continue\s+to)\s+)?(?:be|rise|fall|increase|decrease|go|stay|remain|pay|receive|get|apply|carry|cover)|receives?|gets?|pays?|carries|covers?|continues?\s+to\s+(?:be|apply|get|receive))\b/i;
/** What leaves the level unset: a proposal, request or consultation; a forecast or a modal; a
 *  condition of approval; the plan's own aim; a question still open ("proposed to be raised",
 *  "would rise", "is expected to", "subject to approval", "aims to", "could", "has not yet decided
 *  whether the grant will rise to", "under consideration"). */
const UNSET_RE =
  /\b(?:propos(?:e|es|ed|al|als)|request(?:s|ed)?|seek(?:s|ing)?|sought|recommend(?:s|ed|ation)?|consult(?:s|ed|ation)|subject\s+to|expect(?:s|ed)?|project(?:s|ed|ion)|forecasts?|predict(?:s|ed)|anticipat(?:es|ed)|estimated|likely|could|might|would|may|aims?|targets?|intends?|plans?|planned|envisag(?:es|ed)|assum(?:e|es|ed|ing|ptions?)|if|unless|whether|not\s+yet|under\s+(?:consideration|review)|consider(?:s|ing)?)\b/i;

/**
 * True when a number is the level of a charge, relief or bound that a budget sets ("The rate of
 * stamp duty rises from 7.5% to 8%", "The Government will pay interest subvention of 2 per cent
 * on crop loans", "the cap on total allowances to 60 per cent"), stated by a present verb or the
 * "will" of what the budget does, with no proposal, request, forecast, modal or aim in its
 * sentence before it nor a forecast after it: a rate the budget sets is a decision (README: rates
 * set are actual). Its caller reads it so only in a document whose stage is a budget, not a
 * request. Sums and totals ("Excise revenue rises to R60 billion") and outcome rates ("the
 * unemployment rate falls to 4.1%") are none.
 * @example rateTheBudgetSets('The rate of stamp duty rises from 7.5% to ', '8%', '.') // true
 * @example rateTheBudgetSets('The stipend would rise to ', '$41,000', '.') // false
 * @example rateTheBudgetSets('Tax revenue grows 4.2% to ', '€112 billion', '.') // false
 */
export function rateTheBudgetSets(before: string, stated: string, after: string): boolean {
  // The number's own clause: after the last semicolon, colon or comma that joins another clause
  // (", and the Treasury has assumed that CPI inflation will average"); a gapped verb after a bare
  // "and" stays in it.
  const cut = Math.max(
    ...[...before.matchAll(/[;:]|,\s+(?:and|but|while|whereas|although)\s/g)].map(
      (b) => b.index + b[0].length,
    ),
    0,
  );
  const clause = before.slice(cut);
  const nouns = [...clause.matchAll(new RegExp(CHARGE_NOUN_RE.source, 'gi'))];
  const noun = nouns.at(-1);
  if (noun === undefined) return false;
  if (
    AGGREGATE_RE.test(stated.replace(/\s+of\s.*$/s, '')) ||
    SCALE_RE.test(stated.replace(/\s+of\s.*$/s, '')) ||
    AGGREGATE_RE.test(clause.slice(noun.index))
  )
    return false;
  if (UNSET_RE.test(before)) return false;
  // "will rise by about $3.10 a week": a change by an amount is what the level does to a payer,
  // not the level set.
  if (/\bby\s+(?:(?:about|around|some|roughly|nearly|almost|up\s+to)\s+)?$/i.test(before))
    return false;
  if (
    /^[^.;]*?\b(?:expected|projected|forecast|estimated|planned|proposed|requested)\b/i.test(after)
  )
    return false;
  return SETS_LEVEL_RE.test(clause);
}

/** A budget's stage that asks rather than sets: a request to a legislature, a proposal, a draft,
 *  a budget put to a committee's vote still to come (README: a draft or presented budget's sums
 *  stay expected). */
const REQUEST_STAGE_RE = /\b(?:request(?:s|ed)?|proposals?|proposed|submission|draft|committee)\b/i;

/**
 * True when the budget a document puts forward is one that sets its levels (presented, tabled,
 * adopted, enacted) rather than one that asks for them ("FY 2035 Budget Request to Congress",
 * "Draft Annual Budget 2032/33 presented to the Finance Committee").
 * @example settingBudget({ title: 'Budget 2034: summary of tax measures', top: '' }) // true
 * @example settingBudget({ title: 'FY 2035 Budget Request to Congress', top: '' }) // false
 * @example settingBudget({ title: 'Annual Report 2032', top: '' }) // false
 */
export function settingBudget(doc: { title: string; top: string }): boolean {
  const own = documentBudget(doc);
  return own !== undefined && !REQUEST_STAGE_RE.test(own);
}
