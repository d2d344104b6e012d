// The charges a decision document sets (v234): a release, notice, annexure or resolution whose title
// or opening records the body's own decision on charges ("The Board of the Norrhamn Port Company
// has approved an increase in port dues, effective 1 January 2035", "Approved by the Board of
// Trustees on 12 March 2035" under a schedule of fees, "RESOLUTION … ADOPTING ANNUAL PERMIT FEES")
// states the levels it approved with a future or present verb or as a list's items ("Berth charges
// will also change on 1 January 2035:" ⏎ "- Berth charge (per metre per day): €3.10", "Port dues
// will rise 4.8% in 2035", "Administration fees increase by 3.9% for 2035/36", "The family season
// ticket will cost £95"): each is that decision, actual though its date of effect is to come
// (README, Status: a decision named … sets the charge even for a year after the document's). A
// sentence that forecasts, proposes, plans or hedges, and what a charge yields ("revenue"), keep
// their reading. Pure text work; the caller decides the status.

/** What a body decides the level of. */
const CHARGE = String.raw`(?:fees?|charges?|tariffs?|tolls?|fares?|dues|levy|levies|prices?|surcharges?|penalt(?:y|ies)|premiums?)`;
const CHARGE_RE = new RegExp(String.raw`\b${CHARGE}\b`, 'i');

/** A verb of the body's decision on charges, and the charges in the same sentence, either order:
 *  "has approved an increase in the Airport Improvement Fee", "approved new ticket prices",
 *  "ADOPTING ANNUAL WATER RIGHT FEES", "Council approves the tariff schedule", "Board decision on
 *  visitor ticket prices", "charges for late departures approved"; "fixed" only after the charges
 *  ("The fixed water service charge" is a kind of charge). */
const DECIDES = String.raw`(?:approv(?:ed|es|ing)|adopt(?:ed|s|ing)|decided|determin(?:ed|es|ing)|decision\s+on)`;
const DECIDES_CHARGES_RE = new RegExp(
  String.raw`(?<!\b(?:to|be|been|being|not|once|if|when|until|unless|pending|awaiting|for|seeking|seeks|sought)\s)\b${DECIDES}\b[^\n.;:?!]{0,90}?\b${CHARGE}\b|\b${CHARGE}\b[^\n.;:?!]{0,60}?\b(?<!\b(?:to|be|been|being|not|once|if|when|until|unless|pending|awaiting|for)\s)(?:approved|adopted|decided|determined|fixed)\b`,
  'i',
);
/** A line of the opening recording the document's own approval: "Approved by Council on 29 May
 *  2035", "Adopted by the Board of Trustees, 12 March 2035". */
const APPROVED_BY_LINE_RE =
  /^\s*(?:approved|adopted|ratified)\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:council|board|assembly|trustees|commission|authority|committee|directors|minister|cabinet)\b/im;
/** Words that leave the decision open or make the document a proposal: a draft, a proposal, a
 *  consultation, a recommendation, a request, a decision awaited. */
const OPEN_RE =
  /\b(?:draft|propos\w*|consult\w*|recommend\w*|request\w*|subject\s+to|pending|awaiting|to\s+be\s+(?:approved|adopted|decided)|will\s+(?:approve|adopt|decide|consider))\b/i;

/** A decision the sentence dates to an earlier time, no record of the document's own: "approved
 *  last year", "took effect", "since". */
const PAST_RE =
  /\b(?:(?:last|previous|prior)\s+(?:year|month|season|review)|took\s+effect|since)\b/i;

/**
 * Whether a document, by its title and opening (`title`, `top`), records its body's own decision
 * on charges: a heading line or the first sentence of the opening's first two paragraphs whose verb or noun of decision
 * names charges,
 * or a line "Approved by <body>" under a title that names charges; none of them open.
 * @example decisionDocument({ title: 'Port dues 2035', top: 'The Board has approved new port dues.' }) // true
 * @example decisionDocument({ title: 'Port dues 2035', top: 'The Board proposes new port dues.' }) // false
 */
export function decisionDocument({ title, top }: { title: string; top: string }): boolean {
  if (OPEN_RE.test(title)) return false;
  // The title, the heading lines of the opening and the first sentence of its first paragraph:
  // a decision told later in the opening ("the tariff increase the Board approved last year took
  // effect" in an interim report) is a past one, no record of the document's own.
  const lines = `${title}\n${top}`.split('\n').map((line) => line.trim());
  const head = (line: string): boolean => line.length <= 120 && !/[.;]$/.test(line);
  const heads = lines.filter((line) => line !== '' && head(line));
  const paragraphs = lines.filter((line) => line !== '' && !head(line)).slice(0, 2);
  const sentences = [
    ...heads,
    ...paragraphs.map((line) => /^.*?[.;!?](?=\s|$)/.exec(line)?.[0] ?? line),
  ];
  if (sentences.some((s) => DECIDES_CHARGES_RE.test(s) && !OPEN_RE.test(s) && !PAST_RE.test(s)))
    return true;
  const approvedBy = APPROVED_BY_LINE_RE.exec(top);
  return (
    approvedBy !== null &&
    CHARGE_RE.test(`${title}\n${top}`) &&
    !OPEN_RE.test(top.slice(approvedBy.index, approvedBy.index + 200))
  );
}

/** Words in the number's sentence that forecast, propose, ask, argue, plan, hedge or measure what
 *  a charge yields rather than state its level ("Operators had argued that the price should be cut
 *  to", "had asked the Council to hold the fee at"). */
const HEDGED_RE =
  /\b(?:expect\w*|forecast\w*|estimat\w*|project(?:ed|ions?|s)?|assum\w*|would|could|might|may|should|ought|ask\w*|argu\w*|urg\w*|call(?:s|ed)?\s+(?:for|on)|demand\w*|lobb\w*|want\w*|propos\w*|request\w*|sought|seek\w*|appl(?:ied|ies|y|ication)\s+(?:to\s+(?:[\w'’-]+\s+){1,6})?for|plan(?:ned|ning)|plans\s+to|intend\w*|aim\w*|targets?|if|unless|budgeted|revenues?|income|receipts|yield\w*|collect\w*|invest\w*|spend\w*|average\s+of|compared|than|equivalent|about|around|roughly)\b/i;
/** Before the number, in its sentence, a charge named as what moves, is or is paid: "aeronautical
 *  fees will rise ", "Landing fee (per 1,000 kg MTOW): ", "pay a flat landing fee of ",
 *  "the minimum fee in item 4, which increases by "; a unit's "will pay" or "will cost". */
const CHARGE_BEFORE_RE = new RegExp(String.raw`\b${CHARGE}\b(?:[^.;!?]|\.\d){0,80}$`, 'i');
/** A verb of the level stated between the charge and the number, or a list item's label. */
const LEVEL_VERB_RE =
  /\b(?:will|shall|is|are|be|pays?|increases?|rises?|falls?|decreases?|goes\s+(?:up|down)|of|at)\b|:\s*(?:[^\s\d]{1,4}\s?)?$/i;
/** Right before the number, a unit's "will cost": "The family season ticket will cost ". */
const WILL_COST_BEFORE_RE =
  /\b(?:will|shall)\s+(?:(?:now|also|then)\s+)?(?:cost|pay)\s+(?:[^\s\d]{1,4}\s?)?$/i;
/** After the number, a scale word: a total, no charge's level. */
const SCALE_AFTER_RE = /^\s*(?:million|billion|trillion|crores?|lakhs?|bn|m)\b/i;

/**
 * Whether a number in a decision document states the level of a charge it decided: its sentence
 * (`before` + `stated` + `after`) names the charge before it, with a verb of its level or as a list
 * item's label, or a unit's "will cost", or it is an item of a list whose lead-in (`leadIn`) names the
 * charges; and it hedges nothing.
 * @example decidedDocumentLevel('On average, port dues will rise ', '4.8%', ' in 2035.') // true
 * @example decidedDocumentLevel('Port dues are expected to raise ', '$22', ' million.') // false
 */
export function decidedDocumentLevel(
  before: string,
  stated: string,
  after: string,
  leadIn?: string,
): boolean {
  const sentence = before + stated + after;
  if (HEDGED_RE.test(sentence) || SCALE_AFTER_RE.test(after)) return false;
  // A pipe table's cell is read by its caption and header (decidedTable.ts, approvedColumn.ts).
  if (/^\s*\|/.test(before.slice(before.lastIndexOf('\n') + 1))) return false;
  // "Berth and pilotage charges will also change on 1 January 2035:" ⏎ "- Pilotage (per
  // movement): €640": an item of a list whose lead-in names the charges.
  if (
    leadIn !== undefined &&
    /:$/.test(leadIn) &&
    CHARGE_RE.test(leadIn) &&
    !HEDGED_RE.test(leadIn) &&
    /:\s*(?:[^\s\d]{1,4}\s?)?$/.test(before + stated.slice(0, Math.max(0, stated.search(/\d/))))
  )
    return true;
  if (WILL_COST_BEFORE_RE.test(before) && !/%|\bper\s?cent\b/i.test(stated)) return true;
  // The stated words may hold the verb: "increase by 6.2%".
  const lead = before + stated.slice(0, Math.max(0, stated.search(/\d/)));
  const charge = CHARGE_BEFORE_RE.exec(lead);
  return charge !== null && LEVEL_VERB_RE.test(lead.slice(charge.index));
}
