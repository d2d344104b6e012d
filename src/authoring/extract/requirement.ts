// One reader of a sum stated as what a plan, an appeal or a body still requires: its head noun is a
// requirement, a need, or a funding or financing gap or shortfall, and the sum is that noun's label
// ("Requirements: US$2.31 billion"), the level a present verb gives it ("The unmet requirement
// stands at", "Housing needs alone come to"), its complement ("leaving a financing gap of about"),
// a sum the participle of requiring follows ("of the US$2.31 billion required under the plan"), or
// a request a revision moves or changes in the present ("increases the appeal from CHF 7.2 million
// to", "the funding requirement rises by 40 per cent, to"). Such a sum is sought, not yet granted
// (README, Status: a request, a sum sought). Pure; it reads only the sentence it is given, and
// knows nothing of periods (the caller checks that the sentence names none that is over).

/** What the reader looks at: the sentence up to the number, the number's stated words, and the
 *  sentence after them. */
export interface RequirementView {
  before: string;
  stated: string;
  after: string;
}

// A bare "shortfall" or "gap" (of receipts, of the external account) is a deficit, a level, and a
// "budget gap" a fiscal one: only money to be raised is read.
/** A word that makes a requirement a rule's, binding firms or members, not a sum to be raised:
 *  "capital requirements", "the minimum reserve requirement", "liquidity needs", and a utility's
 *  "revenue requirement", the revenue a regulator allows its charges to recover (v154). */
const RULE_MODIFIER = String.raw`(?:capital|reserve|liquidity|margin|minimum|regulatory|prudential|buffer|disclosure|eligibility|entry|collateral|deposit|solvency|statutory|legal|legislative|reporting|revenue)`;
/** The head noun of what is still required, with its modifiers (up to three words, none a rule's):
 *  "requirements", "the unmet requirement", "Housing needs", "a financing gap", "the funding
 *  shortfall", "the Federation-wide funding requirement". */
const NEED_NOUN = String.raw`(?:(?!${RULE_MODIFIER}\b)[\w'’-]+\s+){0,3}?(?<!\b${RULE_MODIFIER}\s+)(?:requirements?|needs|(?:funding|financing|finance|resource)\s+(?:gaps?|shortfalls?))`;
/** A hedge or bound a sum may carry right before it: "about ", "nearly ", "some ". */
const BOUND = String.raw`(?:(?:about|around|some|roughly|nearly|almost|approximately|an\s+estimated|over|more\s+than|at\s+least)\s+)?`;
/** A present verb that gives the subject its level or moves it: "stands at", "come to", "is",
 *  "are put at", "totals", "remains", "rises by … to". */
const PRESENT_LEVEL = String.raw`(?:(?:now|currently|still|alone|together|jointly|in\s+total)\s+)*(?:stands?\s+at|comes?\s+to|amounts?\s+to|adds?\s+up\s+to|totals?|reach(?:es)?|exceeds?|remains?(?:\s+at)?|(?:is|are)(?:\s+(?:now|currently|still))?(?:\s+(?:put|estimated|assessed|calculated|costed|valued|set|pegged)\s+at)?|(?:rises?|increases?|grows?|climbs?|falls?|decreases?|drops?|declines?)(?:\s+by)?(?:\s+[^;]{1,30}?,?\s+to)?(?:\s+to)?)`;

/** A label line whose name is the requirement: "Requirements: ", "Total requirement: ", "Funding
 *  required (US$): ", "Revised budget request: ". */
const LABEL_BEFORE_RE = new RegExp(
  String.raw`(?:^|\n)[ \t]*(?:[-•*][ \t]*)?(?:${NEED_NOUN}|(?:[\w'’-]+\s+){0,2}(?:funding|financing|amount|sum|total)\s+(?:required|requested|sought|needed)|(?:[\w'’-]+\s+){0,2}(?:budget\s+)?request)[ \t]*(?:\([^)\n]{0,30}\))?[ \t]*:[ \t]*${BOUND}$`,
  'i',
);
/** What opens an aside between the requirement and its verb: a relative "which", or a participle
 *  that says how the sum was reckoned ("Recovery and reconstruction needs, built back to a higher
 *  standard of resilience, come to", "needs, costed at current prices, amount to"; v155). */
const ASIDE = String.raw`(?:which\s+|(?:[a-z]+ed|built|made|drawn|taken|done|put|set)\s+)`;
/** The requirement as the subject of a present verb of level or change, up to the number: "The
 *  unmet requirement stands at ", "Housing needs alone come to ", "The funding requirement, which
 *  brings together …, rises by 40 per cent, to ". */
const SUBJECT_BEFORE_RE = new RegExp(
  String.raw`(?:^|[.;:]\s*|\b(?:and|while|whereas|that)\s+)(?:the\s+|its\s+|their\s+|our\s+|this\s+|total\s+)?${NEED_NOUN}(?:\s+(?:for|of|in|under|across)\s+[^.;:,]{1,50}?)?(?:\s*,\s*${ASIDE}[^.;]{1,160}?,)?\s+${PRESENT_LEVEL}\s+${BOUND}$`,
  'i',
);
/** The requirement named by its noun right before "of" and the sum: "leaving a financing gap of
 *  about ", "an unmet requirement of ", "a needs-based plan of ". */
const COMPLEMENT_BEFORE_RE = new RegExp(
  String.raw`\b(?:${NEED_NOUN}|needs-based\s+(?:plan|budget)|appeal)\s+(?:(?:for|in)\s+[^.;:,]{1,40}?\s+)?of\s+${BOUND}$`,
  'i',
);
/** Before a sum a participle of requiring follows, a whole it is: "of the ", "Of the ", "against
 *  the total ". */
const WHOLE_BEFORE_RE =
  /\b(?:of|against|towards?)\s+(?:the|its|their|an?)\s+(?:(?:total|overall|revised|estimated)\s+)?$/i;
/** Right after a sum, a participle of requiring, asking for or needing: " required under", "
 *  needed to restore", " still sought". */
const REQUIRED_AFTER_RE =
  /^\s+(?:(?:still|now|originally)\s+)?(?:required|needed|sought|requested)\b/i;
/** A present verb that moves a request between two sums, up to the number: "increases the IFRC
 *  Secretariat appeal from ", "raises the budget request from CHF 2 million to ". */
const REVISION_BEFORE_RE = new RegExp(
  String.raw`\b(?:increases?|raises?|lifts?|revises?(?:\s+(?:up|down|upward|downward))?|lowers?|reduces?|cuts?|brings?)\s+(?:the\s+|its\s+|their\s+|this\s+)?(?:[\w'’-]+\s+){0,3}?(?:appeal|requirements?|request|budget|envelope)\s+(?:from\s+(?:[^;]{1,30}?\s+to\s+)?|to\s+)${BOUND}$`,
  'i',
);
/** In the words before the sum, a past finite verb of its own clause ("stood at", "were",
 *  "closed"): the requirement was, an outturn. */
const PAST_RE =
  /\b(?:was|were|had|left|showed|recorded|posted|saw|stood|came|amounted|totall?ed|reached|remained|exceeded|rose|fell|grew|climbed|dropped|declined|increased|decreased|raised|lifted|revised|lowered|reduced|cut|closed|covered|met|filled|received|secured|collected|paid|disbursed|spent|approved|allocated)\b/i;

/** In a label, money that came in against a requirement: "Funding received against requirements". */
const RECEIVED_RE =
  /\b(?:received|paid|funded|covered|met|disbursed|contributed|secured|raised|against|coverage|to\s+date)\b/i;

/** Right before a number, a sum and the opening bracket that restates it: "Tk 318.7 billion (". */
const BRACKET_RESTATED_RE =
  /(?:[^\s\d(]{1,4}\s?)?\d[\d.,]*(?:\s?(?:million|billion|trillion|crore|lakh|bn|m)\b)?\s*\(\s*(?:about\s+|some\s+)?$/i;

/**
 * Whether the number is a sum still required, named by its noun of requirement, need or gap.
 *
 * @example requirementSum({ before: 'The unmet requirement stands at ', stated: 'US$117.2 million', after: '.' }) // true
 * @example requirementSum({ before: 'The funding gap stood at ', stated: 'US$1.2 billion', after: '.' }) // false
 */
export function requirementSum(view: RequirementView): boolean {
  const { after } = view;
  // "come to Tk 318.7 billion (US$2.70 billion)": a sum in brackets right after the requirement's
  // sum restates it in another currency, and is read as that sum is (v155).
  const restated = BRACKET_RESTATED_RE.exec(view.before);
  if (restated && requirementSum({ ...view, before: view.before.slice(0, restated.index) }))
    return true;
  // The words of change that open the stated text ("rises by 40 per cent") belong to the lead.
  const before = view.before + (/^(?:[a-z]+\s+)+/.exec(view.stated)?.[0] ?? '');
  // The clause the number sits in: after the last comma or semicolon (a relative "which" clause
  // between a subject and its verb is read whole by SUBJECT_BEFORE_RE).
  const clauseLead = /[^,;]*$/.exec(before)?.[0] ?? before;
  const line = /[^\n]*$/.exec(before)?.[0] ?? '';
  if (LABEL_BEFORE_RE.test(before) && !RECEIVED_RE.test(line)) return true;
  const subject = SUBJECT_BEFORE_RE.exec(before);
  if (
    subject &&
    !PAST_RE.test(subject[0].replace(new RegExp(String.raw`,\s*${ASIDE}[^.;]*?,`, 'i'), ' '))
  )
    return true;
  if (COMPLEMENT_BEFORE_RE.test(before) && !PAST_RE.test(clauseLead)) return true;
  // "received US$824 million of the US$2.31 billion required": the whole is the requirement,
  // whatever came in against it.
  if (WHOLE_BEFORE_RE.test(before) && REQUIRED_AFTER_RE.test(after)) return true;
  const revision = REVISION_BEFORE_RE.exec(before);
  return revision !== null && !PAST_RE.test(revision[0].split(/\s+/)[0] ?? '');
}
