// Whether a document makes or decides the levels it states, read from its title, its opening and
// its words of making: a made act, regulations or by-law (madeInstrument), a made order or notice
// (orderMade), an instrument an opening sentence records as made or a budget that sets its levels
// (levelsDecided), a body's recorded decision on charges (decisionDocument), an agreement signed
// (signedAgreement). What one number in such a document is (a provision, an order's item, a level
// decided) is read beside it: madeInstrument.ts, madeOrder.ts, decisionDocument.ts. Pure text
// work: nothing here knows of numbers or statuses; the caller decides.
//
// The words that leave a document undecided differ by reader (UNMADE_TOP_RE, UNMADE_OPENING_RE,
// OPEN_RE): each was fitted to its documents, and one list for all would change which documents
// decide, so each is built from the words all three share (UNDECIDED_CORE) and its own extra words,
// named beside the reader it serves. UNMADE_RE reads a bill's or a draft's heading, no word list.

import { settingBudget } from './documentStage.ts';
import { linesTo } from './structure.ts';
import { PARAGRAPH_NUMBER_RE } from './supposed.ts';

/** How far a document's opening runs (UTF-16 units): where a bill, a draft or a proposal says it
 *  is one. */
const OPENING_LENGTH = 1500;

/**
 * The title and the top lines of a document as one text, a line break between them; an absent
 * document reads as the line break alone.
 * @example titleAndTop({ title: 'Port dues 2035', top: 'The Board approved…' }) // 'Port dues 2035\nThe Board approved…'
 */
export function titleAndTop(doc: { title: string; top: string } | undefined): string {
  return `${doc?.title ?? ''}\n${doc?.top ?? ''}`;
}

/** The "shall" or "must" of a provision. */
export const SHALL_RE = /\b(?:shall|must)\b/i;

/** A draft or a proposal ("proposed", "proposes", "proposal"): the words that leave a document
 *  undecided for every reader below. */
const UNDECIDED_CORE = String.raw`draft|propos(?:ed|es|al)`;
/** A consultation: "consultation", "consulted", "consults". */
const CONSULTATION = String.raw`consult\w*`;

/** Words that leave a provision's number unset: a permission, a condition, a forecast. The words
 *  every made text's reader shares; madeOrder.ts adds those of a notice's or a court's asking
 *  ("requested", "claimed"; ORDER_NOT_PROVIDED). */
export const NOT_PROVIDED = String.raw`may|might|could|would|should|if|unless|expected|projected|estimated|forecasts?|likely|proposed`;

// A made act, regulations, a by-law.

/** Words that record the instrument as made: "[Assented to 15th July, 2033]", "makes the following
 *  Regulations", "Made on the 25th July, 2033" or a "Made 3rd March 2034" line, "BE IT ENACTED",
 *  "enacted by the Council", "is hereby made", "hereby orders", "Dated/Given under my hand", and a
 *  body's enacting verb closed by a colon before the articles it makes ("The Swiss Federal Council
 *  ⏎ decrees:", "The Municipal Council of Porto Velha ordains:", "The Legislative Assembly enacts:",
 *  a recital between them, "having regard to Article 12 of the Ports Act,"; v205): a named body as its subject, so "Recent presidential decrees:" (a noun) is none.
 *  A minister's "orders as follows:" and "gives the following Direction" make an order or a
 *  direction as "makes the following Regulations" does (v209). A ministry or a department is such a
 *  body ("the Ministry for Climate, Environment and Water, in agreement with the Ministry of
 *  Finance, decrees:"), and so is the enacting verb alone on its line after the recitals, over the
 *  first article ("The Minister for Transport, ⏎ Having regard to …; ⏎ Orders: ⏎ ⏎ Article 1"; v225):
 *  a heading "Orders:" over no article is none. A council that "resolves as follows:", a board that
 *  "resolved:" after the recitals of its meeting ("The Board of Directors of the Port Authority …,
 *  at its meeting of 12 January 2036, having heard …, resolved:") and an ordinance's "BE IT
 *  ORDAINED" make their resolution or ordinance as "decrees:" and "BE IT ENACTED" do (v244). */
const MADE_RE =
  /\b(?:Council|Government|Assembly|Parliament|Legislature|Board|Commission|Minister|Ministry|Department|President|Governor|Senate|Congress|Conference|Diet|Authority|Mayor)\b[^.;:]{0,160}?\s+(?:hereby\s+)?(?:decrees|ordains|enacts|resolves|resolved)(?:\s+as\s+follows)?\s*:|^[ \t]*(?:Decrees|Ordains|Orders|Enacts|Decides)[ \t]*:[ \t]*\n\s*(?:Article|Art\.|Section|Chapter|§|1\b|I\b)|\[\s*(?:Assented\s+to|Date\s+of\s+(?:assent|commencement))\b|\b(?:makes?|gives?)\s+the\s+following\s+(?:Regulations|Rules|Orders?|By-?laws|Notice|Decree|Scheme|Directions?)\b|^\s*Made\s+(?:on\s+)?(?:(?:this|the)\s+)?\d{1,2}(?:st|nd|rd|th)?\b|\b(?:BE\s+IT\s+(?:THEREFORE\s+)?(?:ENACTED|ORDAINED)|be\s+it\s+(?:therefore\s+)?(?:enacted|ordained))\b|\b(?:is|are)\s+hereby\s+(?:made|enacted|adopted|ordained|decreed)\b|\b(?:enacts|ordains|decrees|orders)\s+as\s+follows\b|\bGiven\s+under\s+my\s+hand\b/im;

/** Words that leave the text not yet made: a bill, a draft, a text proposed or laid for approval
 *  ("A BILL for an Act to …", "Draft Regulations laid before Parliament under section 5 for
 *  approval by resolution", "Proposed by-law", "PROPOSED MUNICIPAL ORDINANCE", "DRAFT" over
 *  "RESOLUTION No. XIV/88/35"; v244). */
const UNMADE_RE =
  /\b(?:A\s+BILL|a\s+Bill)\s+(?:for|to|entitled)\b|^\s*(?:[\w()'’,.-]+\s+){0,6}?Bill\b|\b(?:DRAFT|[Dd]raft)\s+(?:[\w()'’-]+\s+){0,6}?(?:Regulations|Rules|Orders?|By-?laws?|Act|Decree|Ordinance|Resolution|ORDINANCE|RESOLUTION)\b|\b(?:PROPOSED|[Pp]roposed)\s+(?:[\w()'’-]+\s+){0,3}?(?:Regulations|Rules|Orders?|By-?laws?|Decree|Ordinance|Resolution|ORDINANCE|RESOLUTION)\b|\bfor\s+approval\s+by\s+resolution\b/m;

/**
 * Whether the document is a made instrument (an act assented to, regulations or rules made, a
 * by-law enacted) and no bill or draft: its opening and its closing lines record the making.
 * @example madeInstrument('ACT No. 14\n[Assented to 15th July, 2033]\n1. …') // true
 * @example madeInstrument('A BILL for an Act to establish a Fund\n[Assented to …]') // false
 * @example madeInstrument('The Minister makes the following Regulations-\n1. …\nMade on the 25th July, 2033.') // true
 */
export function madeInstrument(text: string): boolean {
  const top = text.slice(0, OPENING_LENGTH);
  return MADE_RE.test(text) && !UNMADE_RE.test(top);
}

// A made order, notice or determination.

/** The kinds of instrument a body issues under a number. */
const INSTRUMENT = String.raw`(?:ORDER|NOTICE|DETERMINATION|NOTIFICATION|DIRECTION|DECREE|CIRCULAR|RESOLUTION|ORDINANCE|Order|Notice|Determination|Notification|Direction|Decree|Circular|Resolution|Ordinance)`;

const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)`;

/** Words that record the document as a made order, or the levels it states as made or adopted:
 *  a numbered instrument heading on its own line ("DEPARTMENT ORDER No. 2036-04", "PROVINCIAL
 *  NOTICE 412 OF 2031"), the instrument's own commencement ("This Order takes effect
 *  immediately"), a "hereby" of amending or fixing ("hereby amend Schedule 1"), an instrument made
 *  on a date ("amendments to Regulation 41/29 …, made on September 26, 2034"), an adoption line
 *  ("Adopted by Council on 26 June 2034"), and a court's operative order ("7. ORDER: The
 *  Defendants shall pay", "It is ordered that"). An ordinance numbered "CITY ORDINANCE NO. 2033-117",
 *  a section "hereby amended to read as follows" and a board that "hereby notifies the following
 *  fees" record the making too (v244). */
const MADE_ORDER_RE = new RegExp(
  [
    String.raw`^[ \t]*(?:[A-Z][A-Za-z'’.&-]*[ \t]+){0,5}${INSTRUMENT}[ \t]+(?:N[Oo]\.?[ \t]*)?(?:[A-Z]\.?[ \t]*)?\d[\w./-]*(?:[ \t]+(?:OF|of)[ \t]+(?:19|20)\d\d)?[ \t]*$`,
    String.raw`\bThis\s+${INSTRUMENT}\s+(?:takes|shall\s+take)\s+effect\b`,
    // "This Determination is made under section 99 of the Act", "This Order is made in exercise of
    // the powers …": the instrument's own record of its making (v280).
    String.raw`\bThis\s+${INSTRUMENT}\s+is\s+made\s+(?:under|in\s+exercise\s+of|pursuant\s+to)\b`,
    // "Government have examined the matter and are pleased to order as follows:", "(By order of
    // the Governor)": a government order's operative words and its authentication (v280).
    String.raw`\b(?:is|are)\s+pleased\s+to\s+(?:order|sanction|direct)\b|^[ \t]*\(?By\s+order\s+of\s+the\s+(?:Governor|President|Government|Minister|Board|Council)\b`,
    String.raw`\bhereby\s+(?:(?:amend|determine|prescribe|fix|set|revise|substitute|impose)(?:s|d|ed)?|notif(?:y|ies))\b`,
    String.raw`\b(?:Regulations?|[Aa]mendments?|Order|Rules|By-?laws?|Determination|Direction|Resolution)\b[^.\n]{0,120}?\bmade\s+on\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?${MONTH}\b`,
    String.raw`^[ \t]*(?:Adopted|Approved|Made|Determined|Fixed)\s+by\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,4}?(?:Council|Board|Committee|Commission|Authority|Assembly|Cabinet)\b[^\n]{0,60}?\bon\s+(?:\d{1,2}\s+${MONTH}|${MONTH}\s+\d{1,2},?)\s+(?:19|20)\d\d`,
    String.raw`^[ \t]*(?:\d{1,3}\.[ \t]+)?ORDER[ \t]*[:—–-]`,
    String.raw`\b[Ii]t\s+is\s+(?:hereby\s+)?ordered\b`,
  ].join('|'),
  'm',
);

/** Words near the top that leave the document's levels unmade: a draft, a proposal, a
 *  consultation, views or submissions invited. The body a maker consulted before making the order
 *  ("The Minister, after consultation with the Pricing Committee, hereby determines") leaves it
 *  made (v268). */
const UNMADE_TOP_RE = new RegExp(
  String.raw`\b(?:${UNDECIDED_CORE}|proposals|${CONSULTATION}(?<!\b(?:after|in)\s+consultation)|invit\w*\s+(?:views|comments|submissions)|submissions?|for\s+comment)\b`,
  'i',
);

/**
 * Whether the document is a made order or notice, or records the levels it states as made or
 * adopted (MADE_ORDER_RE, or a made instrument), and no draft, proposal or consultation.
 * @example orderMade('DEPARTMENT ORDER No. 2036-04\n\nThe fee shall be US$75.') // true
 * @example orderMade('PUBLIC NOTICE No. 7\n\nProposed charges: the fee shall be US$75.') // false
 */
export function orderMade(text: string): boolean {
  return (
    (MADE_ORDER_RE.test(text) || madeInstrument(text)) &&
    !UNMADE_TOP_RE.test(text.slice(0, OPENING_LENGTH))
  );
}

/** Words that record the document as issued or resolved, beyond MADE_ORDER_RE's: an order a body
 *  "hereby issues" or "hereby promulgates", a "This Wage Order shall take effect" with a word
 *  between, a body's "RESOLVES as follows:" alone on its line after the recitals, and a body that
 *  "RESOLVED" in capitals, as a decision notice records its resolution. */
const ISSUED_RE =
  /\bhereby\s+(?:issues|promulgates)\s+(?:this|the\s+following)\b|\bThis\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:Order|ORDER|Notification|NOTIFICATION|Resolution|RESOLUTION)\s+(?:takes|shall\s+take)\s+effect\b|^[ \t]*(?:RESOLVES|DECREES|ORDAINS|DECIDES)(?:\s+as\s+follows)?[ \t]*:[ \t]*$|\b(?:Cabinet|Council|Board|Committee|Assembly|Trustees)\s+RESOLVED\b/m;

/**
 * Whether the document is a made or issued order, notification or resolution:
 * orderMade, or ISSUED_RE with no draft, proposal or consultation near the top.
 * @example orderIssued('WAGE ORDER No. RB IV-3\nthe Board hereby issues this Wage Order.') // true
 * @example orderIssued('DRAFT\nthe Board hereby issues this Wage Order.') // false
 */
export function orderIssued(text: string): boolean {
  return (
    orderMade(text) || (ISSUED_RE.test(text) && !UNMADE_TOP_RE.test(text.slice(0, OPENING_LENGTH)))
  );
}

// An instrument an opening sentence records as made, or a budget that sets its levels.

/** Words that leave an opening sentence's instrument unmade: a draft, a proposal, a making still
 *  to come ("to be made", "will be made"). */
const UNMADE_OPENING_RE = new RegExp(
  String.raw`\b(?:${UNDECIDED_CORE}|(?:to|will|would|may|could)\s+be\s+(?:made|signed|enacted|gazetted|approved|passed|adopted))\b`,
  'i',
);

/** An opening sentence that records an instrument as made, by whom or when: "The Vehicle Excise Duty
 *  (Rates) Order 2034, made by the Treasury Minister on 27 February 2034, sets …", "The Water Tariff
 *  Determination 2035 was made by the Utilities Commission on 3 February 2035", "The Pensions
 *  Up-rating Order 2035, made on 20 February 2035", "The Transport Legislation (Fees) Amendment
 *  Regulation 2034, made by the Governor in Council on 12 June 2034" (one regulation; v244). */
const MADE_OPENING_RE =
  /\b(?:Act|Order|Regulations?|Rules|By-?laws?|Determination|Decree|Ordinance|Direction|Resolution|Scheme|Notice)(?:\s+(?:19|20)\d\d)?(?:\s*\([^)]{1,40}\))?\s*,?\s+(?:which\s+)?(?:(?:was|were|has\s+been|have\s+been)\s+)?(?:made|signed|enacted|gazetted|approved|passed|adopted)\s+(?:by|on)\b/;

/** An opening sentence in which a body determines, decides, sets or fixes levels by its own present
 *  or perfect verb, the levels its object: "The Authority has completed its network cost study and,
 *  having considered 9 written submissions, determines the maximum voice termination rates set
 *  out below", "The Commission hereby fixes the charges in the Schedule", "the Board has decided
 *  the tariffs that apply from 1 July" (v280). A verb governed by "to", a modal or a negation
 *  ("proposes to determine", "will decide") and "sets out" (a paper's verb) are none. */
const DETERMINES_OPENING_RE =
  /\b(?:Authority|Commission|Board|Regulator|Minister|Ministry|Council|Tribunal|Committee|Government|Cabinet|Office|Agency|Department|Secretary|Director(?:\s+General)?)\b[^.;]{0,200}?(?<!\b(?:to|not|will|would|may|could|should|shall|must)\s)\b(?:hereby\s+)?(?:determines|decides|fixes|prescribes|sets(?!\s+out\b)|has\s+(?:now\s+)?(?:determined|decided|fixed|prescribed|set(?!\s+out\b)))\s+(?:the\s+|its\s+|new\s+)?(?:[\w'’-]+\s+){0,5}?(?:rates|charges|fees|prices|tariffs|caps|tolls|fares|levies)\b/;

/** An opening sentence that carries out a decision already announced, with the date its levels
 *  take effect: "As announced in the Budget Statement on 18 February 2031, contribution rates for
 *  senior workers aged above 55 to 70 will rise again on 1 January 2032", "As announced by the
 *  Minister in the 2035 Budget, the levy will be S$4 a tonne from 1 April 2035" (v280). */
const AS_ANNOUNCED_OPENING_RE =
  /^\s*(?:\d{1,2}\.\s+)?As\s+(?:announced|decided|approved|agreed|confirmed)\s+(?:in|by|at|on)\s+[^,.;]{3,120},[^.;]*?\b(?:will|shall)\b[^.;]*?\b(?:on|from|with\s+effect\s+from|effective(?:\s+from)?)\s+(?:[0-3]?\d\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/**
 * Whether an opening sentence of the document (the first eight of its first 1,200 characters)
 * records its body's own determination of the levels it states, or carries out one announced
 * with the levels' date of effect, with no draft, proposal, consultation or recommendation in that
 * sentence ("… determines the maximum voice termination rates set out below", "As announced in the
 * Budget Statement on 18 February 2031, contribution rates … will rise again on 1 January 2032";
 * v280).
 * @example levelsDetermined('Determination\n\n1. The Authority determines the maximum termination rates set out below.') // true
 * @example levelsDetermined('Consultation\n\n1. The Authority proposes to determine the maximum termination rates set out below.') // false
 */
export function levelsDetermined(text: string): boolean {
  return text
    .slice(0, 1200)
    .split(/(?<=[.!?])\s+|\n+/)
    .slice(0, 8)
    .some(
      (s) =>
        (DETERMINES_OPENING_RE.test(s) || AS_ANNOUNCED_OPENING_RE.test(s)) &&
        !UNMADE_OPENING_RE.test(s) &&
        !OPEN_RE.test(s),
    );
}

/**
 * Whether a document records levels as decided: it is a made instrument itself (madeInstrument), an
 * opening sentence records an instrument as made ("The … Order 2034, made by the Treasury Minister
 * on 27 February 2034, sets …") or its body's own determination of the levels (levelsDetermined,
 * v280), or it is a budget that sets its levels (settingBudget).
 * @example levelsDecided('Duty rates\n\nThe Duty Order 2034, made by the Minister on 2 May 2034, sets the duty.', { title: 'Duty rates', top: '' }) // true
 * @example levelsDecided('Duty rates\n\nThe draft Duty Order 2034 is laid for approval.', { title: 'Duty rates', top: '' }) // false
 */
export function levelsDecided(text: string, doc: { title: string; top: string }): boolean {
  if (settingBudget(doc) || madeInstrument(text) || levelsDetermined(text)) return true;
  return text
    .slice(0, 1200)
    .split(/(?<=[.!?])\s+|\n+/)
    .slice(0, 8)
    .some((s) => MADE_OPENING_RE.test(s) && !UNMADE_OPENING_RE.test(s));
}

// A body's decision on charges, recorded in the title or the opening.

/** What a body decides the level of. */
export const CHARGE = String.raw`(?:fees?|charges?|tariffs?|tolls?|fares?|dues|levy|levies|prices?|surcharges?|penalt(?:y|ies)|premiums?)`;
export const CHARGE_RE = new RegExp(String.raw`\b${CHARGE}\b`, 'i');

/** A verb of the body's decision on charges, and the charges in the same sentence, either order,
 *  or the charges' Determination named ("Fares Determination 2031 — Summary of decisions"; v275):
 *  "has approved an increase in the Airport Improvement Fee", "approved new ticket prices",
 *  "ADOPTING ANNUAL WATER RIGHT FEES", "Council approves the tariff schedule", "Board decision on
 *  visitor ticket prices", "charges for late departures approved"; "fixed" only after the charges
 *  ("The fixed water service charge" is a kind of charge). */
const DECIDES = String.raw`(?:approv(?:ed|es|ing)|adopt(?:ed|s|ing)|decided|determin(?:ed|es|ing)|decision\s+on)`;
const DECIDES_CHARGES_RE = new RegExp(
  String.raw`(?<!\b(?:to|be|been|being|not|once|if|when|until|unless|pending|awaiting|for|seeking|seeks|sought)\s)\b${DECIDES}\b[^\n.;:?!]{0,90}?\b${CHARGE}\b|\b${CHARGE}\b[^\n.;:?!]{0,60}?\b(?<!\b(?:to|be|been|being|not|once|if|when|until|unless|pending|awaiting|for)\s)(?:approved|adopted|decided|determined|fixed)\b|\b${CHARGE}\s+(?:Determination|DETERMINATION)\b`,
  'i',
);
/** A line of the opening recording the document's own approval: "Approved by Council on 29 May
 *  2035", "Adopted by the Board of Trustees, 12 March 2035". */
const APPROVED_BY_LINE_RE =
  /^\s*(?:approved|adopted|ratified)\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:council|board|assembly|trustees|commission|authority|committee|directors|minister|cabinet)\b/im;
/** Words that leave the decision open or make the document a proposal: a draft, a proposal in
 *  any form ("propos\w*": "proposing", "proposals" too), a consultation, a recommendation, a
 *  request, a decision awaited. */
const OPEN_RE = new RegExp(
  String.raw`\b(?:${UNDECIDED_CORE}|propos\w*|${CONSULTATION}|recommend\w*|request\w*|subject\s+to|pending|awaiting|to\s+be\s+(?:approved|adopted|decided)|will\s+(?:approve|adopt|decide|consider))\b`,
  'i',
);

/** A decision the sentence dates to an earlier time, no record of the document's own: "approved
 *  last year", "took effect", "since". */
const PAST_RE =
  /\b(?:(?:last|previous|prior)\s+(?:year|month|season|review)|took\s+effect|since)\b/i;

/**
 * The heading lines of a document's title and opening (short lines with no closing stop) and its
 * first two paragraphs, each without its paragraph number: "1. This report records the fares the
 * Committee adopted …" is read from "This report" (v268).
 * @example openingLines({ title: 'Port dues', top: '1. The Board approved new dues. They rise 4%.' }).paragraphs // ['The Board approved new dues. They rise 4%.']
 */
function openingLines(doc: { title: string; top: string }): {
  heads: string[];
  paragraphs: string[];
} {
  const lines = titleAndTop(doc)
    .split('\n')
    .map((line) => line.trim());
  const head = (line: string): boolean => line.length <= 120 && !/[.;]$/.test(line);
  return {
    heads: lines.filter((line) => line !== '' && head(line)),
    paragraphs: lines
      .filter((line) => line !== '' && !head(line))
      .slice(0, 2)
      .map((line) => line.replace(PARAGRAPH_NUMBER_RE, '')),
  };
}

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
  const { heads, paragraphs } = openingLines({ title, top });
  const sentences = [
    ...heads,
    ...paragraphs.map((body) => /^.*?[.;!?](?=\s|$)/.exec(body)?.[0] ?? body),
  ];
  if (sentences.some((s) => DECIDES_CHARGES_RE.test(s) && !OPEN_RE.test(s) && !PAST_RE.test(s)))
    return true;
  const approvedBy = APPROVED_BY_LINE_RE.exec(top);
  return (
    approvedBy !== null &&
    CHARGE_RE.test(titleAndTop({ title, top })) &&
    !OPEN_RE.test(top.slice(approvedBy.index, approvedBy.index + 200))
  );
}

// A body's decision on anything, recorded in the title or the opening (v275).

/** A body's verb or noun of decision, whatever it decides: "Cabinet approves continuation of
 *  targeted LPG subsidy", "The Cabinet, at its meeting on 16 September 2034, agreed to move the
 *  subsidy", "the decisions Cabinet took on 7 April 2031", "This document sets out what we have
 *  decided", "the Government has opted to", and its passive, "The following rates have been
 *  approved:" (v280). A verb governed by "to", "not" or a wait is none. */
const DECISION_RECORDED_RE =
  /(?<!\b(?:to|be|not|once|if|when|until|unless|pending|awaiting|will|would|may|could|should)\s)\b(?:approves|(?:has|have)\s+(?:now\s+|today\s+|formally\s+)?(?:been\s+)?(?:approved|decided|agreed|opted|resolved|determined)|agreed\s+to|decided\s+to|decisions?\s+(?:that\s+)?(?:[\w'’-]+\s+){1,4}?(?:took|made|has\s+taken|have\s+taken))\b/i;
/** A motion's or a recommendation's text, put to the vote: "That Council approves a grant of
 *  $45,000 …". */
const MOTION_RE = /^\s*That\s/;
/** A headline of the support or price a notice sets for a dated period: "Subsidy per litre for the
 *  week from 17 March 2033", "Grant rates for the month of June 2035". */
const PERIOD_LEVEL_HEAD_RE =
  /^\s*(?:[\w'’-]+\s+){0,3}?(?:subsid(?:y|ies)|grants?|payments?|rebates?|prices?|rates?)\s+(?:(?:per|a)\s+[\w-]+\s+)?for\s+the\s+(?:week|fortnight|month|quarter|period)\s+(?:from|of|beginning|starting)\s+(?:[0-3]?\d\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/i;

/** A response to a consultation, which records what was decided after it: "Government response
 *  to consultation", "Consultation outcome". */
const CONSULTATION_RESPONSE_RE =
  /\b(?:response\s+to\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?consultation|consultation\s+(?:response|outcome|conclusions?))\b/gi;

/**
 * Whether a document, by its title and opening (`title`, `top`), records a decision its body took,
 * on charges or on anything else: a heading line or a sentence of its first two paragraphs with a
 * body's verb or noun of decision and no draft, proposal, consultation, request or decision still
 * awaited in that line or sentence, nor a motion's "That …" (a title naming the response to a consultation is no open
 * one); or a headline of the support or price it sets for a dated period (v275).
 * @example decisionRecorded({ title: 'Cabinet approves continuation of the fuel subsidy', top: '' }) // true
 * @example decisionRecorded({ title: 'Winter payments', top: 'This note sets out what we have decided.' }) // true
 * @example decisionRecorded({ title: 'Winter payments', top: 'Cabinet will be asked to approve the rates.' }) // false
 */
export function decisionRecorded(doc: { title: string; top: string }): boolean {
  if (OPEN_RE.test(doc.title.replace(CONSULTATION_RESPONSE_RE, ' '))) return false;
  const { heads, paragraphs } = openingLines(doc);
  const sentences = [...heads, ...paragraphs.flatMap((p) => p.split(/(?<=[.;!?])\s+(?=[A-Z])/))];
  return (
    sentences.some(
      (s) =>
        DECISION_RECORDED_RE.test(s) && !OPEN_RE.test(s) && !PAST_RE.test(s) && !MOTION_RE.test(s),
    ) || heads.some((h) => PERIOD_LEVEL_HEAD_RE.test(h))
  );
}

/** A section heading that names the decision its section records: "Decisions", "2. Main
 *  decisions", "Decision: wider access to two diabetes medicines", "2. Decision in Budget 2034". */
const DECISION_HEADING_RE =
  /^[ \t]*(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)?(?:(?:main|key|final|cabinet|board|council|our|the)[ \t]+)?decisions?\b(?:[ \t]*:[^\n]*|[ \t]+(?:in|on|of|taken|made)\b[^\n]*)?$/i;
/** Words that leave a heading's decision still to be taken: one proposed, sought or required. */
const DECISION_OPEN_HEADING_RE =
  /\b(?:propos\w*|draft|recommend\w*|sought|required|needed|requested|pending|awaited|to\s+be)\b/i;
/** A heading line: short, with no stop, colon or comma to close it, no list mark or pipe. */
const HEADING_LINE_RE = /^[ \t]*(?![-•*|(])[^\n]{1,80}?(?<![.;:,])[ \t]*$/;

/**
 * Whether the number at `at` sits in a section whose heading names the decision it records: the
 * nearest heading line above it (a short line, no closing stop, after a blank line) is
 * "Decisions", "Main decisions", "Decision: …" or "Decision in …", and no decision proposed,
 * sought or required (v275).
 * @example decisionSection('Decision: wider access\n\n- The subsidy will remain NZ$115.23.', 50) // true
 * @example decisionSection('Decision sought\n\n- The subsidy would be NZ$115.23.', 40) // false
 */
export function decisionSection(text: string, at: number): boolean {
  const { above } = linesTo(text, at);
  for (let i = above.length - 1; i >= Math.max(0, above.length - 40); i--) {
    const line = above[i]!;
    if (line.trim() === '' || !HEADING_LINE_RE.test(line)) continue;
    if (i > 0 && above[i - 1]!.trim() !== '') continue;
    return DECISION_HEADING_RE.test(line) && !DECISION_OPEN_HEADING_RE.test(line);
  }
  return false;
}

/** Words that leave a lead-in's levels unset: a hedge, a forecast, a condition (NOT_PROVIDED). */
const LEAD_IN_UNSET_RE = new RegExp(String.raw`\b(?:${NOT_PROVIDED})\b`, 'i');

/**
 * Whether a table's lead-in (`leadIn`, the line over its header) in a section whose heading names
 * the decision (decisionSection) states with "will" or "shall" what the rows below set, closing
 * with a colon, and no hedge, forecast, condition, proposal or consultation: "2. Decision in Budget
 * 2034" ⏎ "The Minister announced on 8 October that the reductions will be unwound in three
 * stages:" over "| 1 January 2034 | 6 | 5 |" holds the steps decided, actual though their dates
 * are to come (v275).
 * @example decisionSectionTable('Decisions\n\nThe grants will be:\n| A | $5 |', 35, 'The grants will be:') // true
 * @example decisionSectionTable('Decisions\n\nThe grants could be:\n| A | $5 |', 36, 'The grants could be:') // false
 */
export function decisionSectionTable(text: string, at: number, leadIn: string): boolean {
  return (
    /:\s*$/.test(leadIn) &&
    /\b(?:will|shall)\b/i.test(leadIn) &&
    !LEAD_IN_UNSET_RE.test(leadIn) &&
    !OPEN_RE.test(leadIn) &&
    decisionSection(text, at)
  );
}

// An agreement signed or concluded.

/** A headline or opening sentence that records an agreement as signed or concluded: "EU and São
 *  Baltasar sign new fisheries protocol", "The two governments today signed a five-year
 *  agreement", "has concluded a concession contract". A signing still to come ("will sign", "are
 *  to sign", "expected to sign", "talks on") is none. */
const SIGNED_RE =
  /(?<!\b(?:to|will|would|could|may|might|shall|should|not|plans?|aims?|expected|set|due|ready|agreed)\s+)\b(?:sign(?:s|ed)?|conclude[sd]?|initial(?:l)?ed)\s+(?:(?:today|now|formally)\s+)?(?:(?:a|an|the|their|its|new|revised|renewed)\s+)*(?:[\w'’-]+\s+){0,4}?(?:agreements?|protocols?|accords?|treat(?:y|ies)|contracts?|deals?|conventions?|compacts?)\b/i;

/**
 * Whether the document's title or the first sentence of its opening records an agreement signed
 * or concluded, so that it is the decision on the terms it states ("the EU will pay … an annual
 * financial contribution of €3.2 million").
 * @example signedAgreement({ title: 'EU and São Baltasar sign new fisheries protocol', top: '' }) // true
 * @example signedAgreement({ title: 'EU and São Baltasar to sign new fisheries protocol', top: '' }) // false
 */
export function signedAgreement({ title, top }: { title: string; top: string }): boolean {
  const opening = top
    .split(/(?<=[.!?])\s+(?=[A-Z])/)
    .slice(0, 3)
    .join(' ');
  return SIGNED_RE.test(title) || SIGNED_RE.test(opening);
}
