// One reader of a costing listed under its heading: "Cost of platform measures (€ billion,
// cumulative 2033-2037)" ⏎ "Civic Union: 18.4", "Major proposals (ten-year cost through FY 2043)" ⏎
// "Senator Alvarez" ⏎ "- Extend the tax cuts: $2.60 trillion". The cost of a proposal, a pledge, a
// platform or a bill is an estimate of what it would cost (README, Status: a pledge is a proposal,
// its costing expected), whoever states it. Pure: it reads the heading's words and the lines under
// it, never the document's date (the caller tells whether the heading's years are over).

import { LIST_ITEM_RE } from './listItem.ts';

/** A noun of what something costs or does to the budget: "cost", "costing", "price tag",
 *  "budgetary effects", "fiscal impact", "revenue effect", "savings". */
const COST_NOUN = String.raw`(?:costings?|costs?|price[\s-]tags?|(?:fiscal|budgetary|budget|revenue|deficit)\s+(?:impacts?|effects?|costs?)|savings)`;
/** A noun of what is put forward and not yet decided: a proposal, a pledge, a promise, a platform,
 *  a manifesto, a programme for government or a coalition agreement, a bill, plans. */
const PROPOSAL_NOUN = String.raw`(?:proposals?|proposed|pledges?|pledged|promises?|promised|platforms?|manifestos?|commitments?|programme\s+for\s+government|program\s+for\s+government|coalition\s+agreements?|agreement['’]s|bills?|plans?|policy\s+offers?)`;
/** A heading that names the cost of what is proposed, in either order ("Cost of platform measures",
 *  "Major proposals (ten-year cost …)", "What our pledges cost"), or a costing by its own noun
 *  ("Costing summary"). */
const COSTING_HEAD_RE = new RegExp(
  String.raw`\bcostings?\b|\b${COST_NOUN}\b[^\n]*\b${PROPOSAL_NOUN}|\b${PROPOSAL_NOUN}\b[^\n]*\b(?:${COST_NOUN}|cost)\b`,
  'i',
);
/** In the heading, words that say the measures were carried out or the money was spent: "Cost of
 *  measures taken in 2031", "commitments delivered", "cost to date", "outturn". */
const DONE_HEAD_RE =
  /\b(?:implemented|taken|delivered|enacted|adopted|approved|introduced|passed|spent|paid|incurred|realised|realized|outturns?|actuals?|to\s+date|so\s+far|since)\b/i;

/**
 * Whether a list's title or heading names what proposals would cost, and says nothing of its
 * measures being done: its rows are costings, expected, unless the years it names are over (the
 * caller's test).
 * @example costingTitle('Cost of platform measures (€ billion, cumulative 2033-2037)') // true
 * @example costingTitle('Costing summary (KSh billion, five-year total)') // true
 * @example costingTitle('Cost of measures taken in 2031 (€ billion)') // false
 * @example costingTitle('Campaign spending by party (£ million)') // false
 */
export function costingTitle(title: string): boolean {
  return COSTING_HEAD_RE.test(title) && !DONE_HEAD_RE.test(title);
}

/** A heading's section number before its words: "6.4 ", "2. ". */
const SECTION_NUMBER_RE = /^[ \t]*\d{1,2}(?:\.\d{1,2}){0,2}[.)]?[ \t]+/;
/** How many heading lines (a heading and its sub-headings) may stand over the item. */
const HEADING_LINES = 3;

/**
 * The heading of the list whose item the text ends in, when that heading names what proposals
 * would cost (costingTitle), else undefined. Blank lines, earlier items and short sub-heading
 * lines (a party's or a candidate's name: "Senator Alvarez") may stand between; a line with a
 * stop in it is a sentence, and ends the search.
 * @example costedListHeading('Major proposals (ten-year cost)\n\nSenator Alvarez\n- Extend the cuts: ') // 'Major proposals (ten-year cost)'
 * @example costedListHeading('Campaign spending by party\n- Progressive Party: ') // undefined
 */
export function costedListHeading(before: string): string | undefined {
  const lines = before.split('\n');
  if (!LIST_ITEM_RE.test(lines[lines.length - 1] ?? '')) return undefined;
  let headings = 0;
  for (let i = lines.length - 2; i >= 0 && headings < HEADING_LINES; i--) {
    const line = lines[i]!;
    if (line.trim() === '' || LIST_ITEM_RE.test(line)) continue;
    const words = line.replace(SECTION_NUMBER_RE, '').trim();
    if (words.length > 140 || /[.;!?]|:(?!\s*$)/.test(words.replace(/\d\.\d/g, '')))
      return undefined;
    if (costingTitle(words)) return words;
    headings++;
  }
  return undefined;
}

/** Just before a sum, the cost of something stated with a present or modal verb: "puts the cost
 *  at", "estimates the annual cost of the bill at", "the five-year cost ranges from", "the cost of the pledge
 *  is", "a gross cost of", "carries a price tag of", an apposition "…, worth" (a contract that "is worth" a sum is valued,
 *  not costed). */
const COST_STATED_BEFORE_RE = new RegExp(
  String.raw`(?:\b(?:puts?|estimates?|sets?|places?)\s+(?:the|its|their|his|her|a)\s+(?:[\w-]+\s+){0,3}?${COST_NOUN}(?:\s+(?:of|for)\s+[^.;:\d]{1,60}?)?\s+at|\b${COST_NOUN}(?:\s+(?:of|for)\s+[^.;:\d]{1,60}?)?\s+(?:is|are|would\s+be|will\s+be|ranges?\s+from|comes?\s+to|totals?|amounts?\s+to|of)|,\s*worth)\s+(?:(?:about|around|some|roughly|nearly|almost|an\s+estimated|up\s+to)\s+)?$`,
  'i',
);
/** The cost of a source of finance, a rate of return ("a weighted average cost of capital of
 *  5.1%", "the cost of debt of 4.2%"): what a lender or an owner is paid, no costing (v131). */
const FINANCE_COST_BEFORE_RE =
  /\bcosts?\s+of\s+(?:(?:new|embedded|existing|long-term|short-term)\s+)?(?:capital|debt|equity|funds|borrowing|finance|financing)\b[^.;:\d]{0,40}$/i;
/** In the sentence, a sign the cost is of what was done or spent, told in the past. */
const COST_PAST_RE =
  /\b(?:was|were|had|has\s+been|have\s+been|to\s+date|so\s+far|spent|incurred|last\s+year|in\s+(?:19|20)\d\d(?![-–/]))\b/i;

/**
 * Whether a sum is the cost of a proposal stated in a sentence, not a list: the sentence names a
 * proposal, a pledge, a platform, a manifesto or a bill, and the sum's own words say it is what
 * that costs or is worth ("The party's platform puts the cost at $5.6 billion a year", "the
 * largest revenue raisers, worth €21.4 billion over the term"); a cost told in the past or
 * spent to date keeps its reading.
 * @example costStated('The party’s platform puts the cost at ', 'The party’s platform puts the cost at $5.6 billion a year.') // true
 * @example costStated('The new hospital’s cost is ', 'The new hospital’s cost is $400 million.') // false
 */
export function costStated(lead: string, sentence: string): boolean {
  return (
    COST_STATED_BEFORE_RE.test(lead) &&
    !FINANCE_COST_BEFORE_RE.test(lead) &&
    new RegExp(String.raw`\b${PROPOSAL_NOUN}\b`, 'i').test(
      // "electricity and city gas bills": what households pay, no bill put to a house
      sentence.replace(
        /\b(?:gas|electricity|energy|power|utility|water|heating|phone|household|medical|food)\s+bills\b/gi,
        ' ',
      ),
    ) &&
    !COST_PAST_RE.test(sentence)
  );
}

/** A title that names a study of a party's proposals, not a costing by its noun: "Fiscal Council
 *  assessment of the Civic Union's election programme", "Analysis of the Liberal platform",
 *  "Scoring of the candidates' tax plans". */
const PROPOSAL_STUDY_TITLE_RE =
  /\b(?:assessments?|analys[ie]s|evaluations?|reviews?|scoring|audit)\s+of\s+[^\n]{0,60}?\b(?:platforms?|manifestos?|(?:election|electoral|campaign)\s+(?:programmes?|programs?|plans?|pledges|promises|commitments|proposals)|(?:party|parties|candidates?)['’]?s?\s+(?:[\w-]+\s+)?(?:programmes?|programs?|plans?|pledges|promises|proposals)|coalition\s+agreements?)\b/i;

/**
 * Whether a document's title, or a line of the title block it opens with, names it the costing of
 * proposals: a costing, or what a platform, manifesto, pledge or bill would cost, not of measures
 * done ("Costing of the Green Party's 2034 platform", "What our pledges cost"), or a study of a
 * party's or a campaign's proposals ("Fiscal Council assessment of the Civic Union's election
 * programme"). Its body states what the proposals would cost, whatever tense its sentences take
 * (costedInBody).
 * @example costingDocument({ title: "Costing of the Green Party's 2034 platform", top: '' }) // true
 * @example costingDocument({ title: 'Budget Office', top: 'Budget Office\nAnalysis of the Liberal platform\n\nThe …' }) // true
 * @example costingDocument({ title: 'Cost of measures taken in 2031', top: '' }) // false
 * @example costingDocument({ title: 'Annual report 2032', top: '' }) // false
 */
export function costingDocument({ title, top }: { title: string; top: string }): boolean {
  // The title, and the title block the text opens with: its lines up to the first blank line,
  // each short and with no stop (the publisher's name, then "Costing of the … platform").
  const block = top.split(/\n[ \t]*\n/)[0] ?? '';
  return [title, ...block.split('\n')].some(
    (line) =>
      line.length <= 160 &&
      !/[.;!?]\s*$/.test(line.trim()) &&
      (costingTitle(line) || PROPOSAL_STUDY_TITLE_RE.test(line)),
  );
}

/** Right before a number, a present verb of what a measure costs, raises, saves or pays, with up
 *  to a few words between ("costs ", "adds ", "raises about ", "returns ", "lowers the deficit by
 *  ", "brings in an extra "). */
const COSTED_VERB_BEFORE_RE =
  /\b(?:costs|adds|raises|saves|brings\s+in|yields|generates|returns|pays|gives|provides|delivers|spends|invests|totals|amounts\s+to|comes\s+to|requires|takes|removes|lifts|increases|reduces|cuts|lowers|boosts|redirects|transfers)\s+(?:[^.;:\d]{0,40}?\s)?(?:(?:about|around|some|roughly|nearly|almost|an\s+estimated|an\s+extra|an\s+additional|a\s+further|up\s+to)\s+)?$/i;
/** In the sentence, what makes the sum a fact, not the costing: a past or perfect, a present
 *  measure ("currently", "today", "now"), a span to date, an outturn. */
const FACT_RE =
  /\b(?:was|were|had|has\s+been|have\s+been|did|currently|today|now|at\s+present|to\s+date|so\s+far|last\s+year|outturns?)\b/i;

/**
 * Whether a number in the body of a costing document (costingDocument) is a sum a proposal costs,
 * raises, saves or pays, stated in the present with no modal ("The universal childcare programme
 * costs $6.2 billion a year", "Free public transit adds $1.4 billion to annual spending", "The
 * carbon dividend returns $410 per household"): the document costs the proposal its title names,
 * so its present is the proposal's, not yet in force (README, Status: the costing of a proposal).
 * A past or a present measure in the sentence ("Federal spending was", "The GST is currently
 * 5%") keeps its reading; the caller leaves out periods over.
 * @example costedInBody('The childcare programme costs ', 'The childcare programme costs $6.2 billion a year.') // true
 * @example costedInBody('Federal spending was ', 'Federal spending was $512 billion in 2030.') // false
 */
export function costedInBody(lead: string, sentence: string): boolean {
  return COSTED_VERB_BEFORE_RE.test(lead) && !FACT_RE.test(sentence);
}

/** Before the number, what a measure comes to, up to the number: "about ", "an estimated R". */
const SUM_LEAD = String.raw`(?:(?:about|around|some|roughly|nearly|almost|an\s+estimated|an\s+extra|an\s+additional|a\s+further|up\s+to)\s+)?(?:[^\s\d]{1,4}\s?)?$`;
/** Up to a sum, a measure or a change of a charge as the subject of a present verb of what it costs,
 *  is worth, raises or saves: "The cut of half a percentage point is worth about ", "the employee
 *  cut costs ", "The measure raises ", "The freeze saves around " (v281). No digit and no clause
 *  break between the noun and the verb, so the number is what the measure does; a level it raises
 *  "from", "to" or "by" ("the proposal would raise the NMW from R") is no cost. */
const MEASURE_COST_BEFORE_RE = new RegExp(
  String.raw`(?:^|[^\w'’-])(?:cuts?|increases?|rises?|reductions?|measures?|changes?|reforms?|freezes?|upratings?|adjustments?|proposals?|package)(?:\s+(?:of|in|to|on|for)\s+[^.;:\d()]{1,50}?)?\s+(?:costs|is\s+worth|are\s+worth|raises|yields|saves|brings\s+in|(?:will|would)\s+(?:cost|raise|yield|save|bring\s+in|be\s+worth))\s+(?:(?:(?!\b(?:from|to|by)\b)[^.;:\d]){0,30}?\s)?${SUM_LEAD}`,
  'i',
);
/** Right before the number, the "from", "to" or "by" of a level moved: "would raise the NMW from
 *  R" (a level, no cost). */
const LEVEL_MOVED_BEFORE_RE = /\b(?:from|to|by)\s+(?:[^\s\d]{1,4}\s?)?$/i;
/** A sentence that opens on "This" or "That", the measure before it, and a present verb of the
 *  relief or savings it gives: "This provides relief of ", "This gives households savings of about
 *  £", "That delivers a tax cut of " (v281). */
const THIS_GIVES_BEFORE_RE = new RegExp(
  String.raw`^\s*(?:This|That|The\s+(?:measure|package|change|proposal)s?)\s+(?:(?:will|would)\s+(?:provide|give|deliver|save)|provides|gives|delivers|saves)\s+(?:(?:taxpayers|households|workers|employers|families|pensioners|employees)\s+)?(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,3}?(?:relief|savings?|cuts?|gains?|revenue)\s+(?:of|worth|totall?ing)\s+${SUM_LEAD}`,
  'i',
);

/**
 * Whether a sum is what a measure or a change of a charge costs, is worth, raises or saves, by
 * its own subject and a present or modal verb ("The cut of half a percentage point is worth about
 * £190 a year to an employee", "the employee cut costs £9.7bn", "The adjustment costs about CHF
 * 1,210 million a year", and after a sentence that states the measure, "This provides relief of
 * R16.2 billion to individual taxpayers"): the costing of a measure is an estimate of what it does, expected for a
 * period not yet over, whether the measure is decided or put forward (README, Status: costings and
 * estimates of what a measure will raise or cost; v281). A past or a present measure in the
 * clause ("The cut cost £2bn last year", "The levy currently raises") keeps its reading, and so
 * does what a relief or a credit is worth per head ("The relief is worth €3,500 per car": its
 * level, no costing); the caller leaves out periods over.
 * @example measureCost('The cut of half a percentage point is worth about £', 'The cut of half a percentage point is worth about £190 a year.') // true
 * @example measureCost('while the employee cut costs £', 'while the employee cut costs £9.7bn') // true
 * @example measureCost('The contract is worth ', 'The contract is worth $40 million.') // false
 * @example measureCost('The cut cost ', 'The cut cost £2bn in 2033.') // false
 */
export function measureCost(lead: string, clause: string): boolean {
  return (
    (MEASURE_COST_BEFORE_RE.test(lead) || THIS_GIVES_BEFORE_RE.test(lead)) &&
    !LEVEL_MOVED_BEFORE_RE.test(lead) &&
    !FACT_RE.test(clause) &&
    !COST_PAST_RE.test(clause)
  );
}
