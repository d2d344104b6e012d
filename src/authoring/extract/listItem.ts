// The marks that open a list item ("- ", "• ", "(a) ", "b) ", "(iv) ", "3. "): one grammar for
// the readers that ask whether a line is an item, with the variants they differ by named apart.
// Regex sources and tests only: nothing here knows what an item says or what its list is of.

/** A bullet or a dash: "-", "•", "*", "–". */
export const BULLET = String.raw`[-•*–]`;
/** A lower-case roman numeral: "iv", "xii". */
export const NUMERAL = String.raw`[ivx]{1,5}`;
/** An item's number: "3", "12" (no year: "2034." is none). */
export const NUMBER = String.raw`\d{1,2}`;

/** A list's mark: a bullet, or a numeral, a letter or a number closed by "." or ")", its opening
 *  bracket optional: "-", "(ii)", "iv.", "b)", "3.". */
export const ITEM_MARK = String.raw`(?:${BULLET}|\(?(?:${NUMERAL}|[a-z]|${NUMBER})[.)])`;
/** A mark of a numeral or a letter only, no number and no bullet: "i.", "(b)". */
export const LETTER_MARK = String.raw`\(?(?:${NUMERAL}|[a-z])[.)]`;
/** A provision's mark, as a drafted instrument numbers its paragraphs: a bracketed letter or two,
 *  numeral or number ("(aa)", "(iv)", "(3)"), a letter or a number closed by "." or ")" ("b)",
 *  "2."), or a bullet. Unlike ITEM_MARK, an unbracketed numeral of more than one letter ("iv.") is
 *  none, and a bracketed pair of letters ("(aa)") is one. */
export const PROVISION_MARK = String.raw`(?:\((?:[a-z]{1,2}|${NUMERAL}|${NUMBER})\)|(?:[a-z]|${NUMBER})[.)]|${BULLET})`;

/** A list item's opening, not anchored: spaces or tabs, a mark, a space. */
export const LIST_ITEM = String.raw`[ \t]*${ITEM_MARK}\s`;
/** A marked list item at a line's start: "- ", "• ", "(ii) ", "3. ". */
export const LIST_ITEM_RE = new RegExp(`^${LIST_ITEM}`);
/** A provision's mark at a line's start: "(a) ", "b) ", "(iv) ", "2. ", "- ". */
export const PROVISION_ITEM_RE = new RegExp(String.raw`^\s*${PROVISION_MARK}\s`);
/** A provision's mark at a line's start, a quotation mark before it (an amending text quoting
 *  the paragraphs it inserts): "“(a) ", "(b) ". */
export const QUOTED_PROVISION_ITEM_RE = new RegExp(String.raw`^\s*["“]?\s*${PROVISION_MARK}\s`);

/** The grammars listItemMark reads a line by. */
const GRAMMARS = {
  list: LIST_ITEM_RE,
  provision: PROVISION_ITEM_RE,
  quotedProvision: QUOTED_PROVISION_ITEM_RE,
} as const;

/**
 * The mark that opens `line` as a list item under one of the grammars ('list' by default), without
 * the spaces around it; undefined when the line is no item.
 * @example listItemMark('  (iv) Roads: $2 billion') // '(iv)'
 * @example listItemMark('2034. A year of growth') // undefined
 * @example listItemMark('(aa) fees;', 'provision') // '(aa)'
 */
export function listItemMark(
  line: string,
  grammar: keyof typeof GRAMMARS = 'list',
): string | undefined {
  return GRAMMARS[grammar].exec(line)?.[0].trim();
}

/** A list mark at a line's start with one group a part: bullet, bracket, numeral, letter, number. */
const MARK_PARTS_RE = new RegExp(
  String.raw`^[ \t]*(?:(${BULLET})|(\()?(?:(${NUMERAL})|([a-z])|(${NUMBER}))[.)])`,
);

/**
 * The shape of the list mark that opens `line`: one place for each of its parts (bullet, opening
 * bracket, numeral, letter, number), 'x' where the mark has it and '-' where not; '' for no mark.
 * Each part keeps its place, so a number ("3." '----x') and a bullet ("-" 'x----') differ, as do
 * "(b)" ('-x-x-') and "(3)" ('-x--x'): two lines are marked alike, as decided.ts's list lead-in
 * reads them, when their shapes are equal (v256; before, the parts were joined without their
 * places, so "3." and "-" were alike and a numbered paragraph ending in ":" was never the lead-in
 * of the dash list under it).
 * @example markShape('(b) Rail') === markShape('(c) Roads') // true
 * @example markShape('3. Rail') === markShape('- Roads') // false
 */
export function markShape(line: string): string {
  return (MARK_PARTS_RE.exec(line) ?? [])
    .slice(1)
    .map((g) => (g === undefined ? '-' : 'x'))
    .join('');
}
