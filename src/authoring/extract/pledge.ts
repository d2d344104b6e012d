// A party's pledge, read in a document that is its manifesto, platform or programme: what "we
// will" do, and the bare-verb bullets that list what it would do, are proposals, expected (README:
// a pledge is expected), whatever verb of a rate set states them; a rate already in force that a
// pledge names ("charge VAT at the standard rate of 20%") is a fact, actual. Pure text work.

/** A document that states a party's or a coalition's pledges, by its title or opening lines:
 *  "Manifesto 2034", "Our Platform", "Programme for Government", "Coalition Agreement 2033-2037",
 *  "Our plan for Wales", "Every promise in this Covenant", "our 12 pledges". */
const PLEDGE_DOCUMENT_RE =
  /\b(?:manifestos?|(?:programmes?|programs?)\s+for\s+government|coalition\s+agreements?|(?:election|electoral|campaign|party['’]?s?)\s+(?:manifesto|programme|program|platform|commitments|promises|pledges|offer)|our\s+(?:\d+\s+|\w+\s+){0,2}(?:pledges|promises|commitments)|our\s+(?:\w+\s+){0,2}(?:plan|platform|programme|program)\s+for\b|every\s+(?:promise|pledge|commitment)\b)/i;

/** The first person of a party's commitment, and a party or the government it would form, with its
 *  future or promising verb: "We will", "we'll", "We shall", "we are going to", "we pledge to",
 *  "A Labour government will", "our next government would", "The Coalition will". */
const COMMITMENT_RE =
  /\b(?:we|our\s+(?:\w+\s+)?government|an?\s+(?:[A-Z][\w'’-]*\s+){1,3}government|the\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:Party|Movement|Alliance|Coalition|Union|Front)|this\s+(?:government|coalition))\s*(?:(?:will|shall|would)\b|['’]ll\b|are\s+going\s+to\b|(?:pledges?|promises?|commits?|undertakes?|intends?|plans?|aims?|vows?)\s+to\b)/gi;

/** Between a commitment and its number, a break to another statement: a clause of its own with a
 *  verb of fact ("which is", "that stands at", "as it was"), a semicolon or a colon. */
const STATEMENT_BREAK_RE =
  /[;:]|\b(?:which|that|who|as\s+it|it)\s+(?:is|are|was|were|has|have|had|stands?|stood|currently|now)\b|\b(?:today|currently|at\s+present|now)\b/i;

/** Just before the number, a level it is changed from or compared with, not the pledge's own:
 *  "from 16%", "than the 3.6%", "compared with 2.1%", "up from". */
const BASE_BEFORE_RE =
  /\b(?:from|than|compared\s+(?:with|to)|against|versus|below|above)\s+(?:the\s+|its\s+|their\s+)?(?:(?:current|existing|present|today['’]s)\s+)?(?:(?:about|around|some|nearly|almost)\s+)?$/i;

/** Just before the number, a rate that is already charged: "at the standard rate of", "at the
 *  current rate of", "at today's rate of", "the existing 5% rate" is read after (IN_FORCE_AFTER_RE). */
const IN_FORCE_BEFORE_RE =
  /\bat\s+(?:the|its|their)\s+(?:(?:current|existing|present|standard|prevailing|usual|normal|full|same|basic|statutory)|today['’]s)\s+(?:[\w-]+\s+)?rates?\s+of\s+$/i;

/** A bullet of a pledge list that opens with the base form of a verb of what a government does with
 *  a tax, a rate, a sum or a service: "- Raise the personal allowance", "• Introduce a wealth tax",
 *  "3. Cut the corporate income tax rate", "- Exempt from income tax …". */
const BARE_VERB_BULLET_RE =
  /^\s*(?:[-•*–]|\d{1,2}[.)]|\([a-z0-9]\))\s+(?:Raise|Lift|Increase|Boost|Double|Triple|Cut|Reduce|Lower|Halve|Slash|Cap|Freeze|Limit|Hold|Keep|Introduce|Abolish|Scrap|Replace|Extend|Expand|Restore|Set|Bring|Exempt|Charge|Levy|Tax|Index|Uprate|Invest|Spend|Fund|Provide|Give|Guarantee|Build|Create|Establish|Hire|Recruit|Deliver|Make|Put|Phase|Match|End|Reform|Return)\b/;

/**
 * True when a document's title or opening lines name it a party's or a coalition's pledges: a
 * manifesto, a platform, a programme for government, a coalition agreement, "our plan", pledges.
 * @example pledgeDocument({ title: 'A Fairer Britain: Manifesto 2034', top: '' }) // true
 * @example pledgeDocument({ title: 'Annual Report 2033', top: 'Revenue rose 4%.' }) // false
 */
export function pledgeDocument({ title, top }: { title: string; top: string }): boolean {
  return PLEDGE_DOCUMENT_RE.test(title) || PLEDGE_DOCUMENT_RE.test(top.slice(0, 600));
}

/**
 * How a pledge reads a number in its sentence, in a pledge document: 'pledge' when the number sits
 * in what a party commits to ("We will cut the small-business rate to 15%", "and cap the price at
 * KSh 150" after "We will") or in a bare-verb bullet ("- Introduce a wealth tax of 1%"), 'in force'
 * when the pledge names the rate already charged ("at the standard rate of 20%"), else undefined:
 * a level it changes from ("from 30%"), a fact beside it ("which is 25% today") and a sentence with
 * no commitment keep their reading.
 * @example pledgeReading({ lead: 'We will cut the small-business rate to ', line: 'We will cut the small-business rate to 15%.' }) // 'pledge'
 * @example pledgeReading({ lead: 'We will cut it from ', line: 'We will cut it from 20% to 19%.' }) // undefined
 */
export function pledgeReading({
  lead,
  line,
}: {
  /** The sentence before the number. */
  lead: string;
  /** The line (paragraph or bullet) the number is in, from its start. */
  line: string;
}): 'pledge' | 'in force' | undefined {
  const commitments = [...lead.matchAll(COMMITMENT_RE)];
  const last = commitments.at(-1);
  const committed =
    last !== undefined && !STATEMENT_BREAK_RE.test(lead.slice(last.index + last[0].length));
  const bullet = BARE_VERB_BULLET_RE.test(line) && !/[;:]/.test(lead);
  if (!committed && !bullet) return undefined;
  if (IN_FORCE_BEFORE_RE.test(lead)) return 'in force';
  if (BASE_BEFORE_RE.test(lead)) return undefined;
  return 'pledge';
}
