// The stage of a document that puts something forward for a decision still to come: a development
// bank's report and recommendation on a proposed loan, a project appraisal document, an appraisal
// note, a regulator's consultation paper or draft decision. What such a document lays out in the
// present (its cost estimate, financing plan, loan terms, returns and proposed allowances) is the
// proposal, expected until the body decides; what it tells in the past, of a period over or of a
// decision already made, keeps its reading. Pure text work, read once from the title and opening.

/** The words that name a document a proposal or an appraisal awaiting a decision: "Proposed Loan",
 *  "on a Proposed Credit", "Proposed Additional Financing", "Report and Recommendation of the
 *  President", "Project Appraisal Document", "Appraisal Note", "Consultation Paper", "Draft
 *  Determination", "Proposals for …", "Outline Business Case", "Strategic Outline Case" (a business
 *  case seeks approval of the scheme and of the money it costs, v203); and a fiscal note that
 *  names its bill (FISCAL_NOTE_RE, a legislature's costing of a bill still to be enacted, v220). */
const PROPOSAL_STAGE_RE =
  /\b(?:(?:loan|credit|grant|financing|project|programme|program|investment)\s+proposals?|propos(?:ed|als?)\s+(?:[\w-]+\s+){0,2}?(?:loans?|credits?|grants?|financing|guarantees?|facilit(?:y|ies)|programmes?|programs?|projects?|investments?|determinations?|decisions?|allowances?|revenues?|tariffs?|rates?|price\s+controls?)|recommendation\s+of\s+the\s+president|appraisal\s+(?:documents?|notes?|reports?|memorand(?:um|a))|project\s+appraisal|(?:(?:strategic\s+)?outline\s+|full\s+|final\s+)?business\s+cases?|strategic\s+outline\s+cases?|consultation\s+(?:papers?|documents?|notes?)|draft\s+(?:determinations?|decisions?))\b/i;

/** A fiscal note on a bill, named with the bill: "FISCAL NOTE" ⏎ "Bill: SB 412 (As Introduced)",
 *  "Fiscal note on House Bill 88" (v220). A ministry's "Quarterly Fiscal Note" names no bill. */
const FISCAL_NOTE_RE = /\bfiscal\s+notes?\b/i;
const BILL_RE =
  /\b(?:bills?|(?:[SH]\.?\s?B|H\.\s?R|A\.?\s?B|L\.?\s?B)\.?\s?\d+|as\s+introduced|as\s+amended)\b/i;

/** The words that name a decision or a record of what was done, which no proposal is: a final
 *  decision, an order, an approval, a signing, a completion report, a press release of approval,
 *  a fiscal note on an act as enacted, enrolled or chaptered (v220). */
const DECIDED_STAGE_RE =
  /\b(?:final\s+(?:decisions?|determinations?)|orders?\s+on|approves|approved|signing|signed|enacted|enrolled|chaptered|completion|results\s+report|annual\s+report)\b/i;

/**
 * True when a document's title or the short block of lines it opens with names it a proposal or an
 * appraisal put to a body that has still to decide ("Report and Recommendation of the President:
 * Proposed Loans", "Project Appraisal Document on a Proposed Credit", "Price Control 6: Allowed
 * Revenue 2033–2037, Consultation Paper"), and not a decision, an approval or a completion report.
 * @example proposalDocument({ title: 'Project Appraisal Document on a Proposed Credit to Kenya', top: '' }) // true
 * @example proposalDocument({ title: 'Gas Networks Allowed Revenue, Consultation Paper', top: '' }) // true
 * @example proposalDocument({ title: 'Board approves US$1.02 billion for 7 operations', top: '' }) // false
 * @example proposalDocument({ title: 'Implementation Completion and Results Report', top: '' }) // false
 */
export function proposalDocument({ title, top }: { title: string; top: string }): boolean {
  const block = (
    top
      .split(/\n[ \t]*\n/)
      .slice(0, 3)
      .join('\n')
      .match(/^[^\n]{0,120}$/gm) ?? []
  )
    .filter((l) => !/[.;!?]\s*$/.test(l))
    .join('\n');
  const named = `${title}\n${block}`;
  return (
    (PROPOSAL_STAGE_RE.test(named) || (FISCAL_NOTE_RE.test(named) && BILL_RE.test(named))) &&
    !DECIDED_STAGE_RE.test(title)
  );
}

/** A past or perfect finite verb, a date a level was measured at, or a word of the present state
 *  of things: what tells an outturn, a decision already made or a fact the proposal starts from
 *  ("fell 38.2% in 2030", "stood at", "The Board approved", "has been disbursed", "as of 31
 *  December 2033", "Network costs currently make up"). */
const TOLD_AS_FACT_RE =
  /\b(?:was|were|had|did|has\s+(?:been|[a-z]+ed)|have\s+(?:been|[a-z]+ed)|fell|rose|grew|stood|reached|came|went|saw|hit|increased|decreased|declined|dropped|amounted|totall?ed|approved|disbursed|signed|completed|recorded|carried|spent|paid|received|achieved|exceeded|lengthened|shortened|doubled|halved|jumped|slipped|climbed|as\s+of|as\s+at|to\s+date|so\s+far|current(?:ly)?|at\s+present|today|outstanding|existing|prevailing|in\s+force)\b/i;

/** Right after the number, a past participle of a decision already made on it: "the €2.31 billion
 *  allowed for the current price control", "the $210 million approved in 2029". */
const DECIDED_AFTER_RE =
  /^\s*(?:(?:already|previously|originally)\s+)?(?:allowed|approved|agreed|adopted|granted|awarded|sanctioned|set|determined|decided|committed|signed)\b/i;

/** Words that make a figure the proposal's own estimate or content, whatever else the clause says:
 *  the appraisal named ("at appraisal") or a verb of proposing or estimating in the present ("We
 *  propose", "is estimated at", "works out to"). */
const PROPOSED_NOW_RE =
  /\b(?:at\s+appraisal|(?:we|staff|management|the\s+(?:bank|fund|authority|commission|regulator))\s+(?:propose|proposes|recommend|recommends|estimate|estimates)|(?:is|are)\s+(?:estimated|proposed|recommended)|works?\s+out\s+(?:at|to))\b/i;

/** The verbs that put a sum forward or weigh it ahead, whose past participle is no act done on it:
 *  "the amount proposed for", "the cost estimated", "the sum requested". */
const AHEAD_PARTICIPLE = String.raw`(?:propos|request|recommend|estimat|project|expect|plann|forecast|budget|target|envisag|anticipat|requir|need|financ|fund|seek|consider)ed`;

/** Before the number, a body's past act on it as a finite verb after its subject's noun: "The
 *  Commission accepted ", "The Bank cancelled ", "the mission accepted "; a participle of putting
 *  forward ("the amount proposed for") and one after an article ("a combined ") are none. */
const PAST_ACT_BEFORE_RE = new RegExp(
  String.raw`\b(?!(?:a|an|the|its|their|our|is|are|was|were|be|been|being|has|have|had|will|would|shall|should|to|and|or|which|that|who|not)\b)[A-Za-z][\w'’-]*\s+(?:\w+ly\s+)?(?!${AHEAD_PARTICIPLE}\b)[a-z]{3,}ed\s+(?:(?:the|a|an|its|their|our)\s+(?:[\w-]+\s+){0,3}?(?:of|at)\s+)?(?:about\s+|some\s+|only\s+)?(?:[A-Z][A-Za-z]{0,3}\s?|[A-Z]{0,3}[$€£¥₹]\s?)?$`,
);

/** Before the number, the damage or losses a past event did, as what the number measures, with an
 *  aside that restates it as a share ("estimate total direct damage at ", "put losses at $1.2
 *  billion, equivalent to "); a verb of what is to come on the damage ("will reduce flood damage
 *  by") is no measure of it. */
const DAMAGE_MEASURED_BEFORE_RE =
  /\b(?:damages?|losses)\s+(?:[^\s,;.]+\s+){0,5}?(?:at|of|came\s+to|come\s+to|amount(?:ed|s)?\s+to|total(?:led|s)?)\s+(?:(?:about|some|over|more\s+than|nearly)\s+)?(?:[^,;]{1,40},\s+(?:equivalent|equal|corresponding)\s+to\s+)?$/i;
const DAMAGE_AHEAD_RE =
  /\b(?:will|would|shall|reduce[sd]?|reducing|avoid(?:s|ed)?|prevent(?:s|ed)?|future|expected|projected)\b/i;

/** A bound a rule in force sets, named before the number as applicable or set ("the threshold
 *  applicable to Romania in 2033, ", "the ceiling set by the Regulation of ") or after it as set
 *  by a rule (", set by the MFF Regulation"). */
const BOUND_IN_FORCE_BEFORE_RE =
  /\b(?:thresholds?|ceilings?|caps?|limits?|floors?)['’]?\s+(?:applicable|in\s+force|set\s+(?:by|under|in)|laid\s+down)\b[^.;]*$/i;
const SET_BY_RULE_AFTER_RE =
  /^[\s,]*(?:as\s+)?(?:set|laid\s+down|fixed|established)\s+(?:by|under|in)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,4}(?:Regulations?|Act|Law|Decree|Directive|Framework|Agreement|replenishment|law|statute|rules?)\b/i;

/** A tax, a levy or a dividend named by the rate it is charged at in the present, in force before
 *  any proposal ("VAT is charged at ", "the PDC dividend, charged at "); a clause that puts the
 *  rate ahead with a modal, an infinitive or a verb of proposing ("will be charged at ", "is
 *  proposed to be levied at ") is no such rate. */
const LEVIED_IN_FORCE_BEFORE_RE =
  /\b(?:charged|levied)\s+at\s+(?:(?:a|the)\s+(?:[\w-]+\s+){0,2}?rate\s+of\s+)?$/i;
const LEVIED_AHEAD_RE = /\b(?:will|would|shall|to\s+be|propos\w*|recommend\w*)\b/i;

/** A rule stated of a whole class: a bare plural subject with a modal of permission or duty and a
 *  bound, or the cap on it ("Advances may amount to up to ", "Grants may not exceed ", "…, capped
 *  at "); a clause fronted by "For" and
 *  a bare plural ("For regional disasters the EUSF covers "); a rate tiered at a threshold, after
 *  the number (" of the damage above it", " of outperformance up to the threshold"). */
const CLASS_MODAL_BEFORE_RE =
  /^\s*(?:[A-Za-z][a-z-]+\s+)?[A-Za-z][a-z-]*s\s+(?:may|must|shall|can)(?:\s+not)?\s+[^.;]*?\b(?:up\s+to|no\s+more\s+than|not\s+exceed|exceed|at\s+(?:most|least)|a\s+(?:maximum|minimum)\s+of|capped\s+at)\s+(?:[^\s\d]{1,4}\s?)?$/;
const CLASS_SCOPE_BEFORE_RE =
  /^\s*For\s+(?![Tt]he\b|[Tt]his\b|[Tt]hat\b|[Ii]ts\b|[Ee]ach\b)(?:[a-z-]+\s+){0,3}?[a-z]+s\b,?\s/;
const TIERED_AFTER_RE =
  /^\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:up\s+to|above|below|beyond|in\s+excess\s+of)\s+(?:it|the\s+(?:[\w'’-]+\s+)?(?:threshold|ceiling|cap|limit|floor))\b/i;

/**
 * True when a number, in a proposal's text, is a fact the proposal starts from or a rule already
 * in force, not what it lays out: a body's past act on the sum ("The Commission accepted EUR 7
 * 947.9 million as plausible"), the damage a past event did and its share of an aggregate ("The
 * authorities estimate total direct damage at EUR 8 012.6 million, equivalent to 6.9% of the
 * region's GDP"), a bound a rule in force sets ("the threshold applicable to Romania in 2033, EUR
 * 1 787.5 million", "an annual ceiling of EUR 1.2 billion in 2018 prices, set by the MFF
 * Regulation") and a rule stated of a whole class ("Advances may amount to up to 25%", "For
 * regional disasters the EUSF covers 2.5%", "2.5% of total direct damage up to the threshold and
 * 6% of the damage above it") and the rate a tax or a dividend in force is charged at ("VAT is
 * charged at 20 per cent", v203). Such a number is actual (v157).
 * @example startingFact('The Commission accepted ', ' as plausible.') // true
 * @example startingFact('Advances may amount to up to ', ' of the expected contribution.') // true
 * @example startingFact('The credit covers ', ' of the project cost.') // false
 * @example startingFact('The programme will reduce flood damage by ', '.') // false
 */
export function startingFact(clauseBefore: string, clauseAfter: string): boolean {
  const sentenceStart = clauseBefore.slice(clauseBefore.search(/[^.;:]*$/));
  return (
    PAST_ACT_BEFORE_RE.test(clauseBefore) ||
    (DAMAGE_MEASURED_BEFORE_RE.test(clauseBefore) && !DAMAGE_AHEAD_RE.test(clauseBefore)) ||
    BOUND_IN_FORCE_BEFORE_RE.test(clauseBefore) ||
    (LEVIED_IN_FORCE_BEFORE_RE.test(sentenceStart) && !LEVIED_AHEAD_RE.test(sentenceStart)) ||
    SET_BY_RULE_AFTER_RE.test(clauseAfter.replace(PRICE_BASE_RE, ' ')) ||
    CLASS_MODAL_BEFORE_RE.test(sentenceStart) ||
    CLASS_SCOPE_BEFORE_RE.test(sentenceStart) ||
    TIERED_AFTER_RE.test(clauseAfter)
  );
}

/** After the number, where its own words end: a comma before a participle, a relative or a clause
 *  of cause ("falls from 23.3% to 9.4%, reflecting the fiscal constraints of the debt restructuring
 *  completed in 2032"), whose tense and years are its own. */
const TAIL_CUT_RE = /,\s+(?:[a-z]+ing|which|who|whose|after|because|since|as|following)\b/i;

/** A year that names the prices or terms a sum is stated in, not a period: "in 2031 prices", "in
 *  2026 terms", "at 2030 prices", "in constant 2032 pesos". */
const PRICE_BASE_RE =
  /\b(?:in|at)\s+(?:constant\s+|real\s+)?(?:FY\s?)?(?:19|20)\d\d(?:[-/–]\d{2,4})?\s+(?:prices|terms|money|[a-z]+s)\b/gi;

/**
 * True when a number, in a document whose stage is a proposal or an appraisal (proposalDocument),
 * is what the proposal lays out: its own words tell nothing in the past, no present fact and no
 * period that is over (as the caller's `over` reads a clause), so the cost estimate, financing
 * plan line, loan term, return or allowance it states is expected ("The economic internal rate of
 * return is 15.8%", "- APIB regular loan: $1,250.0 million (62.5% of the total)", "a commitment
 * charge of 0.15% per year", "We propose a real pre-tax weighted average cost of capital of
 * 4.15%"). An outturn ("Ridership fell 38.2% in 2030"), a decision made ("The Board approved the
 * original loan of $210.0 million") and a present fact ("Network costs currently make up 29%")
 * keep their reading; a year of prices ("in 2031 prices") is no period.
 * @example proposalContent('The economic internal rate of return is ', '.', () => false) // true
 * @example proposalContent('- APIB regular loan: ', ' (62.5% of the total)', () => false) // true
 * @example proposalContent('Ridership on the line fell ', ' in 2030.', () => false) // false
 * @example proposalContent('The Board approved the original loan of ', ' on 14 October 2029.', () => false) // false
 */
export function proposalContent(
  clauseBefore: string,
  clauseAfter: string,
  over: (clause: string) => boolean,
): boolean {
  if (startingFact(clauseBefore, clauseAfter)) return false;
  const cut = clauseAfter.search(TAIL_CUT_RE);
  const after = cut >= 0 ? clauseAfter.slice(0, cut) : clauseAfter;
  if (over(`${clauseBefore} ${after}`.replace(PRICE_BASE_RE, ' '))) return false;
  if (DECIDED_AFTER_RE.test(after)) return false;
  if (PROPOSED_NOW_RE.test(clauseBefore)) return true;
  return !TOLD_AS_FACT_RE.test(clauseBefore) && !TOLD_AS_FACT_RE.test(after);
}

/** Right after the number, the appraisal it was estimated at: " at appraisal", " estimated at
 *  appraisal", " (2026 terms) at appraisal", " in the appraisal". */
const AT_APPRAISAL_AFTER_RE =
  /^\s*(?:(?:as\s+)?(?:originally\s+)?(?:estimated|projected|expected|forecast|envisaged|planned)\s+)?(?:at|in\s+the|in\s+its)\s+(?:project\s+)?appraisal\b/i;

/**
 * True when the words right after a number say it is what an appraisal estimated before the
 * project ran ("compared with 24.3 percent at appraisal", "the $273.8 million estimated at
 * appraisal", "against LKR 5.6 billion in 2026 terms at appraisal"): an estimate made ahead, as
 * a forecast is, expected in any document (a completion report's re-estimate beside it keeps its
 * reading). An appraisal fronted as the time a level was measured ("At appraisal, only 54 percent
 * of villages had") is no such estimate.
 * @example appraisalEstimate(' at appraisal, mainly because') // true
 * @example appraisalEstimate(' in 2026 terms at appraisal.') // true
 * @example appraisalEstimate(' of villages had all-weather access.') // false
 */
export function appraisalEstimate(after: string): boolean {
  return AT_APPRAISAL_AFTER_RE.test(after.replace(PRICE_BASE_RE, ' '));
}

/** Before the number, in its clause, a business case as the subject of a verb that puts a cost,
 *  a sum or a rate at a level ahead ("The 2027 business case put the cost of the project at ",
 *  "the original business case estimated savings of "), or the business case's own estimate of it
 *  ("the business case's estimate of "); an approved business case is a decision, no estimate. */
const BUSINESS_CASE_BEFORE_RE =
  /\b(?:the|its|an?|their|(?:19|20)\d\d)\s+(?!approved\b)(?:[\w-]+\s+){0,2}?business\s+cases?(?:(?:'s|’s)?\s+(?:(?:original|initial)\s+)?(?:estimates?|forecasts?|projections?|costings?)\s+of\s+(?:(?:about|around|some)\s+)?$|\s+(?:had\s+)?(?:put|puts|estimated|estimates|costed|forecast|projected|priced|valued|assumed|expected|envisaged)\b[^.;]*$)/i;

/** Right after the number, the business case or the enactment of a law it was estimated in: " in
 *  the business case", " forecast in the original business case", " estimated when the law was
 *  enacted". */
const BUSINESS_CASE_AFTER_RE =
  /^\s*(?:(?:as\s+)?(?:originally\s+)?(?:estimated|projected|expected|forecast|assumed|envisaged|planned|set\s+out)\s+)?(?:(?:in|by)\s+(?:the|its|their)\s+(?:(?!approved\b)[\w-]+\s+){0,2}?business\s+cases?\b|when\s+the\s+(?:law|act|bill|statute)\s+was\s+(?:enacted|passed)\b)/i;

/** Before the number, in its clause, a past passive of estimating with the infinitive "to cost":
 *  what a thing was estimated, when it was planned, to cost ("was first estimated in 2015 to cost
 *  ", "were originally projected to cost about "); the cost it was completed at is no such
 *  estimate. */
const ESTIMATED_TO_COST_BEFORE_RE =
  /\b(?:was|were|had\s+been)\s+(?:first\s+|originally\s+|initially\s+)?(?:estimated|projected|expected|forecast|budgeted)\s+(?:(?:in|by)\s+(?:\w+\s+)?(?:19|20)\d\d(?:[-–/]\d{2,4})?\s+|at\s+the\s+outset\s+)?to\s+cost\s+(?:(?:about|around|some|roughly|nearly|almost|just\s+(?:over|under))\s+)?(?:[^\s\d]{1,4}\s?)?$/i;

/**
 * True when a number is what a business case, or the enactment of a law, estimated ahead ("The
 * 2027 business case put the cost of the project at $412 million", "the £1.2 billion forecast in
 * the business case", "US$1.35 billion estimated when the law was enacted"): an estimate made
 * before the project ran, expected in any document, as an appraisal's is (v145, v150). The outturn
 * set against it, an approved business case (a decision) and a business case's own cost keep their
 * reading. So is what a thing was estimated, when planned, to cost ("The hospital was first
 * estimated in 2015 to cost €650 million", v203).
 * @example businessCaseEstimate('The hospital was first estimated in 2015 to cost ', '.') // true
 * @example businessCaseEstimate('The 2027 business case put the cost of the project at ', '.') // true
 * @example businessCaseEstimate('against ', ' forecast in the original business case.') // true
 * @example businessCaseEstimate('The project was completed at a total cost of ', '.') // false
 * @example businessCaseEstimate('The approved business case set a budget of ', '.') // false
 */
export function businessCaseEstimate(clauseBefore: string, after: string): boolean {
  return (
    BUSINESS_CASE_BEFORE_RE.test(clauseBefore) ||
    ESTIMATED_TO_COST_BEFORE_RE.test(clauseBefore) ||
    BUSINESS_CASE_AFTER_RE.test(after.replace(PRICE_BASE_RE, ' '))
  );
}
