// What a document says around a sentence that the sentence itself does not: the heading it sits
// under ("Fines", "4. Incentives", "Tax deduction scheme"), which names what its numbers are of.
// Pure text work on UTF-16 indexes; it knows nothing of numbers, figures or statuses.

/** How far back (UTF-16 units) a heading is looked for: a section of an official document. */
const HEADING_REACH = 3000;

/** A heading line: short, opening with a capital (after an optional section number such as "4."
 *  or "2.3"), with no sentence's end and no date; a colon may close it ("Co-financing:"). */
const HEADING_LINE_RE =
  /^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?([A-Z][^\n.!?;]{1,70}?)\s*:?\s*$(?<![.!?;,]["'”’)]?)/;

/** A dateline or a line of record, no heading: "Brussels, 18 March 2032", "Order No. 3". */
const RECORD_LINE_RE =
  /\b(?:19|20)\d\d\b|\bNo\.\s*\d|^(?:Dated|Published|Released|For release|Media release|Press release)\b/i;

/**
 * The heading of the section the text at `at` sits under: the last line before it that stands
 * alone between blank lines (or opens the text) and reads as a heading, within one section's reach.
 * Undefined when the sentence sits under none.
 * @example sectionHeading('Fines\n\nA fine may not exceed 10%.', 7) // 'Fines'
 */
export function sectionHeading(text: string, at: number): string | undefined {
  const from = Math.max(0, at - HEADING_REACH);
  // The text before the sentence, cut at the start of the sentence's own paragraph.
  const before = text.slice(from, at);
  const blocks = before.split(/\n[ \t]*\n/);
  // The last block is the sentence's own paragraph (or its start): never its own heading.
  for (let i = blocks.length - 2; i >= 0; i--) {
    const block = blocks[i]!.trim();
    if (block === '' || block.includes('\n')) continue;
    if (RECORD_LINE_RE.test(block)) continue;
    const heading = HEADING_LINE_RE.exec(block);
    if (heading) return heading[1]!.trim();
  }
  return undefined;
}
