// A made act, regulation, by-law or order: the document is itself the decision its "shall"
// provisions state ("US$450 million shall form the Heritage component", "A longliner shall pay
// US$60 per gross registered tonne"). Pure text work: it reads the document's words of making
// (an assent, "makes the following Regulations", "Made on", "enacted by") and of a text not yet
// made (a bill, a draft), and the number's own clause; the caller decides the status.

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

/** A heading after which the text is no part of the instrument: "EXPLANATORY NOTE", "MEMORANDUM",
 *  "(This note does not form part of the Act.)". */
const NOT_PART_RE =
  /^\s*(?:EXPLANATORY\s+(?:NOTE|MEMORANDUM|STATEMENT)|MEMORANDUM|Explanatory\s+(?:Note|Memorandum|Statement))\b|\(\s*This\s+(?:note|memorandum|statement)\s+(?:does\s+not\s+form|is\s+not)\s+part\b/im;

/** In the number's clause, the "shall" or "must" of a provision, with no permission, condition or
 *  forecast word beside it ("may", "if", "where", "expected"). */
const SHALL_RE = /\b(?:shall|must)\b/i;
const NOT_PROVIDED_RE =
  /\b(?:may|might|could|would|should|if|unless|expected|projected|estimated|forecasts?|likely|proposed)\b/i;
/** A permission the provision bounds, which sets the most it allows as "shall not exceed" does: "A
 *  provider may raise the weekly rent … by up to £2.00 a week", "may set the rent at up to 5 per
 *  cent above formula rent" (v209): the bound on a change ("by") or a level ("at", "to"). A "may"
 *  with no bound ("may by order increase the fee") is a power still to be used, and one whose bound
 *  is what may be let off ("may waive up to $40 a day") no level set; both keep their reading. */
const PERMITTED_BOUND_RE =
  /\bmay\s+(?:[\w'’-]+\s+){1,20}?(?:by|at|to)\s+(?:up\s+to|as\s+much\s+as|no\s+more\s+than)\s/i;

/**
 * Whether the document is a made instrument (an act assented to, regulations or rules made, a
 * by-law enacted) and no bill or draft: its opening and its closing lines record the making.
 * @example madeInstrument('ACT No. 14\n[Assented to 15th July, 2033]\n1. …') // true
 * @example madeInstrument('A BILL for an Act to establish a Fund\n[Assented to …]') // false
 * @example madeInstrument('The Minister makes the following Regulations-\n1. …\nMade on the 25th July, 2033.') // true
 */
export function madeInstrument(text: string): boolean {
  const top = text.slice(0, 1500);
  return MADE_RE.test(text) && !UNMADE_RE.test(top);
}

/** A list item's mark at the start of its line, a quotation mark before it: "(a)", "b)", "(iv)",
 *  "2.", "-", "•". */
const ITEM_MARK_RE =
  /^\s*["“]?\s*(?:\((?:[a-z]{1,2}|[ivx]{1,5}|\d{1,2})\)|(?:[a-z]|\d{1,2})[.)]|[-•*–])\s/;

/**
 * The lead-in a list item runs on from: when the last line of `textBefore` is an item ("(a) for
 * groundwater abstracted for public water supply, EUR 0.115 (previously EUR 0.100);"), the line
 * above it and the items before it that closes with a colon ("(1) The fee per cubic metre of water
 * abstracted shall be:"; v225). Undefined when the line is no item or no such lead-in heads it.
 * @example itemLeadIn('The fee shall be:\n(a) for a house, ') // 'The fee shall be:'
 */
export function itemLeadIn(textBefore: string): string | undefined {
  const lines = textBefore.split('\n');
  if (!ITEM_MARK_RE.test(lines.at(-1) ?? '')) return undefined;
  for (let i = lines.length - 2; i >= Math.max(0, lines.length - 16); i--) {
    const line = lines[i]!.trim();
    if (/:["”]?$/.test(line)) return line;
    if (line === '' || !ITEM_MARK_RE.test(line)) return undefined;
  }
  return undefined;
}

/**
 * Whether a number is stated by a provision of a made instrument: the document is made
 * (madeInstrument), the number's clause has its "shall" and no permission, condition or forecast
 * word, and the text before it has not passed into a note that is no part of the instrument.
 * @example madeProvision('[Assented to 1st May, 2033]\n1. …', '', 'the fee shall be $40 a day') // true
 * @example madeProvision('[Assented to 1st May, 2033]\n1. …', '', 'the fee may be $40 a day') // false
 */
export function madeProvision(text: string, textBefore: string, clauseText: string): boolean {
  const provided = clauseText.replace(PERMITTED_BOUND_RE, (may) => may.replace(/^may/i, 'shall'));
  const leadIn = SHALL_RE.test(provided) ? undefined : itemLeadIn(textBefore);
  return (
    (SHALL_RE.test(provided) || (leadIn !== undefined && SHALL_RE.test(leadIn))) &&
    !NOT_PROVIDED_RE.test(provided) &&
    !NOT_PROVIDED_RE.test(leadIn ?? '') &&
    !NOT_PART_RE.test(textBefore) &&
    madeInstrument(text)
  );
}

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

/**
 * Whether the pipe table whose caption is `caption`, at offset `at` (UTF-16) of `text`, holds the
 * levels a made instrument's provision sets: its caption is a "shall" provision that closes with
 * a colon before the rows ("No Social Rent charged in 2035-36 shall exceed the following weekly
 * caps:" over "| Bedsit or 1 bedroom | £192.60 |"; v209), as madeProvision reads a sentence.
 * @example madeTable('Made 1 May 2034\n2. The charge shall be:\n| A | €6 |', 30, '2. The charge shall be:') // true
 */
export function madeTable(text: string, at: number, caption: string): boolean {
  if (/:\s*$/.test(caption)) return madeProvision(text, text.slice(0, at), caption);
  // "1. From 1 March 2035 the full-price charge … shall be:" ⏎ "Full-price admission, single
  // entry" over "| Site | Current | From 1 March 2035 | Change (%) |": a bare caption line (no
  // sentence, no colon) between the lead-in and the rows (v225).
  const captionAt = text.lastIndexOf(caption, at);
  if (captionAt < 0 || caption.length > 100 || /[.;:!?]$/.test(caption) || SHALL_RE.test(caption))
    return false;
  const leadIn = text
    .slice(0, captionAt)
    .split('\n')
    .filter((line) => line.trim() !== '')
    .at(-1)
    ?.trim();
  return (
    leadIn !== undefined &&
    /:$/.test(leadIn) &&
    madeProvision(text, text.slice(0, captionAt), leadIn)
  );
}
