// The provisions of a made act, regulation, by-law or order: the document is itself the decision
// its "shall" provisions state ("US$450 million shall form the Heritage component", "A longliner
// shall pay US$60 per gross registered tonne"). Pure text work: whether the document is made is
// read in documentDecides.ts (madeInstrument); here, the number's own clause, its list's lead-in
// and a note that is no part of the instrument; the caller decides the status.

import { madeInstrument, NOT_PROVIDED, SHALL_RE } from './documentDecides.ts';
import { QUOTED_PROVISION_ITEM_RE } from './listItem.ts';

/** A heading after which the text is no part of the instrument: "EXPLANATORY NOTE", "MEMORANDUM",
 *  "(This note does not form part of the Act.)". */
const NOT_PART_RE =
  /^\s*(?:EXPLANATORY\s+(?:NOTE|MEMORANDUM|STATEMENT)|MEMORANDUM|Explanatory\s+(?:Note|Memorandum|Statement))\b|\(\s*This\s+(?:note|memorandum|statement)\s+(?:does\s+not\s+form|is\s+not)\s+part\b/im;

/** In the number's clause, a permission, condition or forecast word beside its "shall" ("may",
 *  "if", "expected"). */
const NOT_PROVIDED_RE = new RegExp(String.raw`\b(?:${NOT_PROVIDED})\b`, 'i');
/** A permission the provision bounds, which sets the most it allows as "shall not exceed" does: "A
 *  provider may raise the weekly rent … by up to £2.00 a week", "may set the rent at up to 5 per
 *  cent above formula rent" (v209): the bound on a change ("by") or a level ("at", "to"). A "may"
 *  with no bound ("may by order increase the fee") is a power still to be used, and one whose bound
 *  is what may be let off ("may waive up to $40 a day") no level set; both keep their reading. */
const PERMITTED_BOUND_RE =
  /\bmay\s+(?:[\w'’-]+\s+){1,20}?(?:by|at|to)\s+(?:up\s+to|as\s+much\s+as|no\s+more\s+than)\s/i;

/**
 * The lead-in a list item runs on from: when the last line of `textBefore` is an item ("(a) for
 * groundwater abstracted for public water supply, EUR 0.115 (previously EUR 0.100);"), the line
 * above it and the items before it that closes with a colon ("(1) The fee per cubic metre of water
 * abstracted shall be:"; v225). Undefined when the line is no item or no such lead-in heads it.
 * @example itemLeadIn('The fee shall be:\n(a) for a house, ') // 'The fee shall be:'
 */
export function itemLeadIn(textBefore: string): string | undefined {
  const lines = textBefore.split('\n');
  if (!QUOTED_PROVISION_ITEM_RE.test(lines.at(-1) ?? '')) return undefined;
  for (let i = lines.length - 2; i >= Math.max(0, lines.length - 16); i--) {
    const line = lines[i]!.trim();
    if (/:["”]?$/.test(line)) return line;
    if (line === '' || !QUOTED_PROVISION_ITEM_RE.test(line)) return undefined;
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
