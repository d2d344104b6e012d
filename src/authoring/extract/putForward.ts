// Reads a number as what a party put forward, asked for or consulted on, not yet decided (README,
// "The calls", Status: what is asked for and not yet granted is expected; v227). Pure; it sees the
// words before and after one number and knows nothing of the other readings.

/** A verb of proposing, seeking, requesting or consulting in any tense, a party's own act of
 *  putting a level forward: "sought", "proposes", "had requested", "put to consultation",
 *  "consulted on". */
const PUT_FORWARD_VERB = String.raw`(?:(?:had|has|have|originally|initially|first|earlier)\s+)*(?:sought|seeks|requested|requests|asked\s+for|asks\s+for|proposed|proposes|put\s+(?:out\s+)?to\s+consultation|consulted\s+on|consults\s+on|put\s+forward|puts\s+forward|argued\s+for|argues\s+for|bid\s+for)`;

/** A word of a relative's subject: no preposition, conjunction, finite verb or modal. */
const SUBJECT_WORD = String.raw`(?!(?:of|as|and|or|but|than|was|were|is|are|be|been|had|has|have|will|would|can|could|may|might|shall|should|must|to|in|on|at|for|by|from|with|per|a|an|after|before|since|when|while|because|following|under|over|into|if|unless|against|versus|compared|beside|than|above|below|toward|towards|during|within|about|around)\b)[\w'’&().-]+`;
/** Right after a number (and its unit per slash), a relative clause, with or without
 *  "that" or "which", whose verb puts the level forward, its subject up to five words long, or eight
 *  after "that" or "which" and past an apposition in commas or brackets: " that the airport operator, Kilbarra Airport Company
 *  (KAC), sought in its revenue submission", " rise the Agency put to consultation", " PDA
 *  proposes". No finite verb of its own, "and" or "or" stands between; an infinitive after the
 *  verb ("sought to justify") tells another act. */
const PUT_FORWARD_RELATIVE_AFTER_RE = new RegExp(
  String.raw`^(?:\s?\/\s?[A-Za-z]+)?\s+(?:(?:that|which)\s+(?:${SUBJECT_WORD},?\s+){1,8}?|(?:${SUBJECT_WORD}\s+){1,5}?)${PUT_FORWARD_VERB}\b(?!\s+to\s)`,
  'i',
);

/** Right after a number (and a second one coordinated with it), a participle of putting forward and
 *  where or by whom: " proposed in that costing", " and Rs. 2,100 proposed in that costing", "
 *  requested by the operator". */
const PUT_FORWARD_PARTICIPLE_AFTER_RE =
  /^(?:\s+(?:and|or)\s+[^\s\d]{0,4}\s?\d[\d.,]*(?:\s?(?:million|billion|crore|lakh|bn|m))?)?\s+(?:(?:originally|initially|first|earlier)\s+)?(?:proposed|requested|sought|put\s+to\s+consultation|consulted\s+on)\s+(?:in|by|under|for|to)\b/i;

/** Right after a level a change starts from ("down from ", "compared with "), the proposal that put
 *  it forward, named as where it stood: " in the consultation", " in the draft determination", "
 *  in our earlier proposal", " in the Bill as introduced" (v281: "a weighted average cost of
 *  capital of 6.4%, down from 7.1% in the consultation"). */
const FROM_BEFORE_RE =
  /\b(?:from|compared\s+(?:with|to)|against|versus|instead\s+of)\s+(?:(?:about|around|some|roughly)\s+)?(?:[^\s\d]{1,4}\s?)?$/i;
const IN_PROPOSAL_AFTER_RE =
  /^\s+(?:(?:originally|initially|first|earlier)\s+)?(?:in|under)\s+(?:the|our|its|their|this|that)\s+(?:(?:earlier|initial|original|first|provisional|preliminary|(?:19|20)\d\d)\s+)*(?:consultation(?:\s+(?:paper|document|draft|proposals?))?|draft(?:\s+(?:decision|determination|order|regulations?|rules?|notice|budget|bill|schedule))?|proposals?|(?:revenue\s+)?(?:submission|application|request)|bill(?:\s+as\s+(?:introduced|published|tabled))?)\b/i;

/** After the number in its clause, a passive that submits it for a body's approval: " had been
 *  submitted to the Ministry for approval", " is submitted to the Council for adoption", " submitted to
 *  the Minister for approval". */
const SUBMITTED_FOR_APPROVAL_AFTER_RE =
  /^[^.;:]{0,80}?\b(?:(?:is|are|was|were|(?:has|have|had)\s+been|will\s+be)\s+(?:(?:now|also|formally)\s+)?)?submitted\s+(?:[\w'’-]+\s+){0,5}?for\s+(?:its\s+|their\s+)?(?:approval|adoption|consideration|endorsement|decision)\b/i;

/** A noun of change in a party's request, after the verb of asking: "sought a reduction of the
 *  irrigation charge to ", "consulted on a rise of ", "seeks an increase in its charges of ". */
const CHANGE_NOUN = String.raw`(?:reductions?|cuts?|increases?|rises?|hikes?|freezes?|changes?|adjustments?|revisions?|uplifts?)`;

/** Right before a number, a verb of seeking, proposing or consulting and its object: a noun phrase
 *  naming the level, as long as its measure's name needs ("seeks a weighted average cost of capital
 *  of "), a noun of change "of" or "in" the charge and "to" or "by" ("sought a reduction of the
 *  irrigation charge to "), or one "on" it ("had consulted on a rise of "). No modal or "to"
 *  before the verb (what a rule lets anyone ask is its cap), no clause's verb or relative inside. */
const PUT_FORWARD_BEFORE_RE = new RegExp(
  String.raw`(?<!\b(?:can|may|could|might|shall|should|must|will|would|to)\s+)\b(?:(?:had|has|have)\s+)?(?:sought|seeks?|seeking|requested|requests?|requesting|proposed|proposes?|proposing|consulted\s+on|consults\s+on|consulting\s+on|put\s+forward|puts\s+forward)\s+(?:an?|the|its|their)\s+(?:(?:(?!(?:and|or|but|which|that|who|whose|was|were|is|are|has|have|had|will|would|total|sum|amount)\b)[\w'’()-]+\s+){0,6}?of|${CHANGE_NOUN}\s+(?:of|in)\s+(?:(?:the|its|their)\s+)?(?:[\w'’-]+\s+){0,4}?(?:to|by))\s+(?:(?:about|around|some|nearly|almost|roughly|up\s+to|an\s+average\s+of)\s+)?(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);

/** A verb of asking another party to act, its object and the infinitive of setting or recovering,
 *  up to six words more, before the number: "It has asked us to set charges that recover ", "had
 *  asked the Board to approve fees of ". */
const ASKED_TO_ACT_BEFORE_RE =
  /(?<!\b(?:can|may|could|might|shall|should|must|will|would|to)\s+)\b(?:(?:had|has|have)\s+)?ask(?:s|ed)\s+(?:us|them|the\s+[\w'’-]+(?:\s+[\w'’-]+)?|[A-Z][\w'’-]*)\s+to\s+(?:set|approve|allow|recover|raise|increase|lift|fix|determine)\s+(?:[\w'’-]+\s+){0,6}?(?:[^\s\d]{1,4}\s?)?$/;

/** Right before a number, the one before it in the clause, up to eight words after it, and a
 *  restatement of it after a comma, "or" or the change it makes: "$48.7 million a year over the four
 *  years to 2038-39, an increase of ", "€2.1 million, or ". Group 1 is what stands before the
 *  first number. */
const RESTATED_BEFORE_RE = new RegExp(
  String.raw`^(.*?\s)(?:[^\s\d]{1,4}\s?)?\d[\d.,]*(?:\s?(?:million|billion|crore|lakh|bn|m|%|per\s?cent))?(?:\s+[^\s,;]+){0,8},\s+(?:or|an?\s+${CHANGE_NOUN}\s+of)\s+(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);

/** A decision that took the request up, after it: ", which the Board approved", " was approved". */
const TAKEN_UP_AFTER_RE =
  /^[^.;]*?(?:,\s*which\s+(?:[\w'’-]+\s+){0,3}?(?:approved|adopted|accepted|granted|endorsed)|\b(?:was|were|has\s+been|have\s+been)\s+(?:approved|adopted|accepted|granted|endorsed))\b/i;

/** A verb of asking, demanding, moving or proposing that takes a that-clause: "asked that",
 *  "had requested that", "moved that", "We propose that", "urged that" (v245). */
const MANDATING_VERB = String.raw`(?:ask(?:s|ed)|request(?:s|ed)|demand(?:s|ed)|urg(?:es|ed)|moved|moves|propos(?:e|es|ed)|recommend(?:s|ed)?|suggest(?:s|ed)|insist(?:s|ed)|petition(?:s|ed))`;
/** A participle that sets, holds or moves a level: "held", "limited", "raised", "cut". */
const SETTING_PARTICIPLE = String.raw`(?:held|kept|frozen|limited|capped|restricted|set|fixed|raised|increased|lifted|cut|reduced|lowered|halved|doubled|charged|levied|pegged|maintained|changed|adjusted|brought\s+down)`;
/** Right before a number, a verb of asking, moving or proposing, "that", the clause's subject (up to
 *  ten words, no stop, colon or clause of its own) and a subjunctive or "should" of setting the level
 *  ("be held at ", "be limited to ", "should be cut by ") or a present verb that states it ("costs ",
 *  "rises to "): "The association asked that the toll be held at ", "Councillor Lund moved that
 *  the day fee for a temporary pitch be held at ", "We therefore propose that an online renewal
 *  costs " (v245). No modal or "to" before the verb. */
const MANDATED_BEFORE_RE = new RegExp(
  String.raw`(?<!\b(?:can|may|could|might|shall|should|must|will|would|to)\s+)\b(?:(?:had|has|have|also|further|formally)\s+)*${MANDATING_VERB}\s+that\s+(?:(?!(?:which|who|but|and\s+that)\b)[^\s.;:!?]+\s+){1,10}?(?:(?:should\s+|would\s+|shall\s+)?be\s+(?:(?:further|only|immediately)\s+)?${SETTING_PARTICIPLE}(?:\s+(?![\d])[^\s.;:!?]+){0,6}?\s+(?:at|to|by|of|from)|(?:should\s+)?be(?=\s+$)|(?:costs?|is|are|rises?\s+(?:to|by)|falls?\s+(?:to|by)|increases?\s+(?:to|by)|goes?\s+up\s+(?:to|by)))\s+(?:(?:about|around|some|no\s+more\s+than|not\s+more\s+than|at\s+most|at\s+least)\s+)?(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);
/** Right before a number, a proposal's own that-clause that keeps the level where it is: "The
 *  Authority proposes that the levy be kept at " (proposedStatus.v233: the level in force, actual);
 *  what a party asks to be held ("asked that the toll be held at ") is its request. */
const PROPOSED_HOLD_BEFORE_RE =
  /\b(?:propos(?:e|es|ed)|recommend(?:s|ed)?|suggest(?:s|ed))\s+that\s+[^.;:!?]*?\bbe\s+(?:held|kept|frozen|maintained)\s+(?:[^\s\d.;:!?]+\s+){0,6}?at\s+(?:[^\s\d]{1,4}\s?)?$/i;
/** Right after a number, the proposal it falls under, whose verb puts it forward: " under the rise
 *  we consulted on", " with the increase the Board proposed" (v245). */
const UNDER_PROPOSAL_AFTER_RE = new RegExp(
  String.raw`^(?:\s+[a-z]+){0,2}?\s+(?:under|with|from)\s+the\s+(?:[\w'’-]+\s+){0,3}?(?:rises?|increases?|cuts?|reductions?|proposals?|options?|schedules?|changes?)\s+(?:that\s+)?(?:${SUBJECT_WORD}\s+){1,4}?${PUT_FORWARD_VERB}\b`,
  'i',
);
/** Right before a number, consulting on or proposing a change in a gerund and its object, then
 *  "by" or "to": "we consulted on raising 131 court fees by ", "proposes cutting the levy to "
 *  (v245). */
const PROPOSED_GERUND_BEFORE_RE =
  /(?<!\b(?:can|may|could|might|shall|should|must|will|would|to)\s+)\b(?:consult(?:s|ed)\s+on|propos(?:es|ed)|put\s+forward)\s+(?:raising|increasing|lifting|cutting|reducing|lowering|freezing|holding|capping|limiting|setting)\s+(?:[^\s.;:!?]+\s+){1,8}?(?:by|to|at)\s+(?:(?:about|around|some)\s+)?(?:[^\s\d]{1,4}\s?)?$/i;
/** Right before a number, a larger or other change a body considered, when the sentence goes on to
 *  say it was turned down: "had considered a larger increase of " … "but rejected it" (v245). */
const CONSIDERED_BEFORE_RE =
  /\b(?:(?:had|has|have)\s+)?considered\s+(?:an?|the)\s+(?:(?:larger|smaller|higher|lower|bigger|steeper|further|second|separate|alternative|flat)\s+)?(?:increases?|rises?|hikes?|cuts?|reductions?|levy|fee|charge)\s+of\s+(?:[^\s\d]{1,4}\s?)?$/i;
const REJECTED_AFTER_RE =
  /^[^.;]*?\b(?:rejected|turned\s+down|declined|dropped|voted\s+down|not\s+adopted|set\s+aside)\b/i;

/**
 * Whether the number between `before` (its sentence up to the number's digits) and `after` (its
 * sentence after the stated words) is what a party put forward, asked for or consulted on, and the
 * sentence does not say it was taken up.
 * @example putForward('8.9% below the €', ' that the operator, KAC, sought in its submission.') // true
 * @example putForward('The Company had consulted on a rise of ', ';') // true
 * @example putForward('a cost of capital of 6.4%, down from ', ' in the consultation.') // true
 * @example putForward('The Board approved a rise of ', '.') // false
 */
export function putForward(before: string, after: string): boolean {
  if (TAKEN_UP_AFTER_RE.test(after)) return false;
  // "It has asked us to set charges that recover $48.7 million a year …, an increase of 22%": the
  // restatement of the level asked is asked too.
  const first = RESTATED_BEFORE_RE.exec(before)?.[1];
  return (
    (first !== undefined &&
      (PUT_FORWARD_BEFORE_RE.test(first) || ASKED_TO_ACT_BEFORE_RE.test(first))) ||
    PUT_FORWARD_RELATIVE_AFTER_RE.test(after) ||
    PUT_FORWARD_PARTICIPLE_AFTER_RE.test(after) ||
    (FROM_BEFORE_RE.test(before) && IN_PROPOSAL_AFTER_RE.test(after)) ||
    SUBMITTED_FOR_APPROVAL_AFTER_RE.test(after) ||
    PUT_FORWARD_BEFORE_RE.test(before) ||
    ASKED_TO_ACT_BEFORE_RE.test(before) ||
    (MANDATED_BEFORE_RE.test(before) && !PROPOSED_HOLD_BEFORE_RE.test(before)) ||
    UNDER_PROPOSAL_AFTER_RE.test(after) ||
    PROPOSED_GERUND_BEFORE_RE.test(before) ||
    (CONSIDERED_BEFORE_RE.test(before) && REJECTED_AFTER_RE.test(after))
  );
}
