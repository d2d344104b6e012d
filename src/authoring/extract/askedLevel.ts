// What another party asked, demanded, proposed or recommended, told beside the level a body set
// (v253): "Organised Labour had demanded an increase of 35 per cent", "the Employers' Federation
// proposed 8 per cent", "against the Wages Council's recommendation of 8 per cent and a demand by
// the unions for 15 per cent", "rejected a proposal to round the new rate up by 9 pesewas to
// GH¢26.30", "The Council has asked the Minister to approve an increase to €160", "An amendment
// moved by Cllr Oduya to limit the surcharge to £45 was not carried", "The board should consider
// raising it to ₦4.50". What is asked for and not yet granted is expected (README, Status), in a
// document that records a decision too; a request the clause says was granted ("…, which the
// Minister approved") keeps its reading. Pure text work over the number's sentence; the caller
// decides the status.

/** Before the number, a party's verb of asking with what it asks for: "had demanded an increase
 *  of ", "proposed ", "had recommended ", "had sought to raise it by ", "called for a rise to ". */
const ASKING_VERB_BEFORE_RE =
  /\b(?:(?:had|has|have)\s+(?:also\s+|instead\s+|originally\s+)?)?(?:demanded|proposed|recommended|sought|requested|asked\s+for)\s+(?:(?:an?|the|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:increase|rise|raise|cut|reduction|freeze|level|rate|ceiling|cap)s?\s+(?:of|to)\s+|to\s+(?:raise|increase|lift|cut|reduce|lower|set|cap|hold|round)\s+(?:it\s+|them\s+|(?:the|its|their)\s+(?:[\w'’-]+\s+){1,3}?)(?:up\s+|down\s+)?(?:by|to|at)\s+)?(?:(?:about|around|some|at\s+least|no\s+less\s+than)\s+)?(?:(?!(?:and|or|but|nor|the|an?|of|to|by|at|in|on|for|with|than)\b)[^\s\d]{1,4}\s?)?$/i;

/** Before the number, a noun of asking with its "of" or "for": "the Council's recommendation of ",
 *  "a demand by the Central Organisation of Trade Unions for ", "the union's claim for a rise of ";
 *  not a notice that names what is owed ("a bill of demand for ", "a letter of demand for "). */
const ASKING_NOUN_BEFORE_RE =
  /(?<!\bof\s+)\b(?:recommendations?|demands?|requests?|proposals?|claims?|submissions?)\s+(?:(?:by|from)\s+[^.;:,\d]{1,80}?\s+)?(?:of|for)\s+(?:(?:an?|the)\s+(?:[\w'’-]+\s+){0,2}?(?:increase|rise|cut|reduction)\s+(?:of|to)\s+)?(?:(?:about|around|some|at\s+least)\s+)?(?:(?!(?:and|or|but|nor|the|an?|of|to|by|at|in|on|for|with|than)\b)[^\s\d]{1,4}\s?)?$/i;

/** Before the number, a proposal, an amendment, a motion or a request to change a level, or a body
 *  asked or urged to: "a proposal to round the new rate up by ", "An amendment moved by Cllr Oduya
 *  to limit the surcharge to ", "has asked the Minister for Transport to approve an increase to ",
 *  "a proposal from the Work and Pensions Committee to uprate working-age benefits by " (v278). */
const ASKED_TO_CHANGE_BEFORE_RE =
  /\b(?:(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w'’-]+\s+){0,2}?(?:proposal|amendment|motion|request|bid|plea|demand)s?|(?:asked|urged|called\s+on|pressed|petitioned|invited)\s+(?:the\s+)?[A-Z][^.;:]{0,60}?)\s+(?:[^.;:]{0,60}?\s)?to\s+(?:(?:approve|allow|adopt|consider)\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,2}?(?:increase|rise|cut|reduction)\s+(?:of|to)\s+|(?:raise|increase|lift|cut|reduce|lower|set|cap|limit|hold|round|fix|uprate|index|freeze|adjust)\s+[^.;:,]{1,80}?\s(?:by|to|at)\s+)(?:(?:about|around|some)\s+)?(?:(?!(?:and|or|but|nor|the|an?|of|to|by|at|in|on|for|with|than)\b)[^\s\d]{1,4}\s?)?$/;

/** Before the number, what a report says a body should consider doing: "(b) The board should …
 *  consider raising it to ". */
const SHOULD_CONSIDER_BEFORE_RE =
  /\bshould\b(?:[^.;:]|\.(?=\d)){0,160}?\bconsider\s+(?:raising|increasing|lifting|cutting|reducing|lowering|capping|setting)\s+[^.;:]{0,60}?\b(?:to|by|at)\s+(?:(?!(?:and|or|but|nor|the|an?|of|to|by|at|in|on|for|with|than)\b)[^\s\d]{1,4}\s?)?$/i;

/** Before the number, what a party wanted, asked or applied for, told with the level it would set
 *  (v278): "wanted the pay limit set at ", "Importers asked for the duty on Guangya to be " (halved),
 *  "asked for the fee to be raised to ", "applied on 18 October 2033 for an increase in the general
 *  rate of customs duty on frozen portions from 37% to " (and its second item, "and on deboned meat
 *  from 30% to "), "Smaller operators argued for a steeper path, with a final rate of ". The "from"
 *  end of an asked change is the level in force and keeps its reading. */
const WANTED_BEFORE_RE =
  /\b(?:(?:had\s+)?wanted|wants|would\s+(?:like|prefer)\s+(?:to\s+see\s+)?)\s+(?:the|its|their|an?)\s+[^.;:,\d]{1,60}?\s(?:set|fixed|raised|increased|cut|reduced|lowered|capped|held|kept|frozen)\s+(?:at|to|by)\s+(?:(?:about|around|some|at\s+least)\s+)?(?:[^\s\d]{1,4}\s?)?$/i;
const ASKED_TO_BE_BEFORE_RE =
  /\b(?:ask(?:s|ed)?|call(?:s|ed)?|press(?:es|ed)?|appl(?:y|ies|ied))\s+for\s+(?:the|its|their|an?)\s+[^.;:,\d]{1,60}?\s+to\s+be\s+(?:(?:raised|increased|lifted|cut|reduced|lowered|set|capped|fixed|held|kept)\s+(?:by|to|at)\s+(?:(?:about|around|some)\s+)?(?:[^\s\d]{1,4}\s?)?)?$/i;
const APPLIED_FOR_CHANGE_BEFORE_RE =
  /(?<!\b(?:can|may|could|must|shall|to)\s+)\b(?:appl(?:y|ies|ied)|(?:has|have|had)\s+applied|ask(?:s|ed)|call(?:s|ed))\s+(?:[^.;:]{0,40}?\s)?for\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:increases?|rises?|reductions?|cuts?|changes?)\b(?:\s+to|[^.;:]{0,160}?\bfrom\s+[^.;:]{1,40}?\sto)\s+(?:(?:about|around|some)\s+)?(?:[^\s\d]{1,4}\s?)?$/i;
const ARGUED_WITH_BEFORE_RE =
  /\b(?:argu(?:e|es|ed)|call(?:s|ed)|press(?:es|ed)|lobbied)\s+for\s+[^.;:]{1,80}?,?\s+with\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?(?:rates?|levels?|charges?|prices?|fees?|caps?|dut(?:y|ies)|tariffs?)\s+of\s+(?:(?:about|around|some)\s+)?(?:[^\s\d]{1,4}\s?)?$/i;

// The currency sign or code a number's words may open with ("RM", "GH¢", "CHF"), never a short
// word of the sentence ("… the 10.50% Northfield sought and 25 basis points lower").

/** After the number, the clause says the ask was taken up: ", which the Minister approved",
 *  "was accepted", "was granted". */
const GRANTED_AFTER_RE =
  /^[^.;]*?\b(?:(?:was|were|has\s+been|have\s+been)\s+(?:(?:duly|fully|later|since)\s+)?(?:approved|accepted|adopted|granted|agreed|endorsed|carried|implemented)|(?:took|takes|has\s+taken)\s+effect|came\s+into\s+force|which\s+(?:[\w'’-]+\s+){0,4}?(?:approved|accepted|adopted|granted|agreed\s+to|endorsed))\b/i;

/** Before the number, a verb of granting right before the ask it takes up: "The Minister approved
 *  the proposal to raise …", "accepted the Board's recommendation of ". */
const GRANTED_BEFORE_RE =
  /\b(?:approved|accepted|adopted|endorsed|granted|ratified|implemented|agreed\s+to)\s+(?:the|its|their|an?)\s+(?:[\w'’-]+\s+){0,3}?(?:proposals?|requests?|recommendations?|demands?|claims?|submissions?|amendments?|motions?)\b[^.;:]*$/i;

/**
 * Whether the number after `before` and before `after` (its sentence's words on either side) is
 * what a party asked, demanded, proposed or recommended, not granted in its own sentence.
 * @example askedLevel('Organised Labour had demanded an increase of ', ', while …') // true
 * @example askedLevel('The Council had recommended ', '; the employers had proposed RM1,900.') // true
 * @example askedLevel('The Council approved the rise it had recommended, to ', '.') // false
 * @example askedLevel("the Board's recommendation of ", ' was accepted in full.') // false
 * @example askedLevel('the Confederation wanted the pay limit set at ', ' instead.') // true
 * @example askedLevel('The Council applied for an increase in the duty from 37% to ', '.') // true
 */
export function askedLevel(before: string, after: string): boolean {
  if (GRANTED_AFTER_RE.test(after) || GRANTED_BEFORE_RE.test(before)) return false;
  return (
    ASKING_VERB_BEFORE_RE.test(before) ||
    ASKING_NOUN_BEFORE_RE.test(before) ||
    ASKED_TO_CHANGE_BEFORE_RE.test(before) ||
    SHOULD_CONSIDER_BEFORE_RE.test(before) ||
    WANTED_BEFORE_RE.test(before) ||
    ASKED_TO_BE_BEFORE_RE.test(before) ||
    APPLIED_FOR_CHANGE_BEFORE_RE.test(before) ||
    ARGUED_WITH_BEFORE_RE.test(before)
  );
}
