// The level in force beside a proposal (v210): a table that sets a "Current fee", "Current rate",
// "Existing charge" or "Rate in force" column beside a proposed or new one ("| Item | Current fee |
// Proposed fee |" over "| Writ of summons | HK$1,045 | HK$1,220 |"), and a level the prose names as
// today's ("Tobacco excise is currently $1.42380 per stick", "The tariff for a copy, R1.50 per page
// since 2014, should be reviewed"): the level charged on the document's day, a fact, actual (README:
// the level a new charge replaces is the charge in force), whatever the proposal, costing or
// recommendation around it. Pure text work over the number's row or sentence.

/** A header cell naming the level in force: "Current fee", "Current excise duty rate", "Current
 *  minimum", "Existing charge", "Present tariff", "Rate in force", "Current". Not a measure's basis
 *  ("Current prices", "Current account", "Current year") nor a header over both ("Current and
 *  proposed"). */
const IN_FORCE_HEADER_RE =
  /^\s*(?:(?:current|existing|present|prevailing)(?!\s+(?:and|&|vs\.?|versus|or|to|prices?|terms|dollars|account|year|period|quarter|month|budget|estimates?|forecasts?|projections?|targets?)\b)(?:\s+[\w'’()%$€£¥₹/,.-]+){0,5}|(?:[\w'’()%$€£¥₹/-]+\s+){1,5}?(?:in\s+force|currently\s+(?:charged|payable|levied|applied|paid)))\s*$/i;

/** Another header cell of the same table naming a new level: "Proposed fee", "New rate", "Revised
 *  charge", "Recommended minimum", "Rate from 1 July 2035". */
const NEW_HEADER_RE =
  /\b(?:proposed|proposal|new|revised|recommended|draft|planned|amended|future|increased)\b|\bfrom\s+(?:\d|[A-Z][a-z]+\s+\d)/i;

/**
 * Whether offset `at` (UTF-16) of `text` is a cell of a pipe table's column whose header names the
 * level in force, in a table another of whose headers names a new level beside it.
 * @example inForceColumn('| Item | Current fee | Proposed fee |\n|---|---|---|\n| Copy | $4 | $5 |', 56) // true
 * @example inForceColumn('| Item | 2034 | 2035 |\n|---|---|---|\n| Copy | $4 | $5 |', 43) // false
 */
export function inForceColumn(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', at);
  const row = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  if (!row.trimStart().startsWith('|')) return false;
  const column = text.slice(lineStart, at).split('|').length - 1;
  const above = text.slice(0, Math.max(0, lineStart - 1)).split('\n');
  let h = above.length;
  while (h > 0 && (above[h - 1] ?? '').trimStart().startsWith('|')) h--;
  if (h === above.length) return false;
  const header = above[h]!.split('|');
  const cell = header[column];
  if (cell === undefined || !IN_FORCE_HEADER_RE.test(cell)) return false;
  return header.some((other, i) => i !== column && NEW_HEADER_RE.test(other));
}

/** Right before the number, a present verb that names the level today's: "is currently ", "are
 *  currently set at ", "currently stands at ". */
const NOW_BEFORE_RE =
  /\b(?:(?:is|are)\s+currently(?:\s+(?:set|fixed|levied|charged|payable|pegged))?(?:\s+at)?|currently\s+(?:stands?|sits?)\s+at)\s+(?:(?:about|around|some|roughly)\s+)?(?:[^\s\d]{1,4}\s?)?$/i;
/** Right after the number and the unit it is charged on, the year since which it has held: " per
 *  page since 2014", " a day (unchanged since 2027)", ", unchanged since 2027". Group 1: the year. */
const SINCE_AFTER_RE =
  /^(?:\s+(?:per|a|an|each)\s+[\w-]+(?:\s+[\w-]+)?)?(?:\s*,\s*|\s*\(\s*|\s+)(?:(?:unchanged|in\s+force|charged|levied|payable|fixed|frozen)\s+)?since\s+((?:19|20)\d\d)\b/i;

/**
 * Whether a level, not a change, is named by its sentence as the one in force: "is currently "
 * before it, or the year since which it has held right after it ("R1.50 per page since 2014"), a
 * year before the document's own.
 * @example inForceLevel('Tobacco excise is currently ', ' per stick.', 2034) // true
 * @example inForceLevel('The tariff for a copy, ', ' per page since 2014, should be reviewed.', 2034) // true
 * @example inForceLevel('The fee should rise to ', ' per page from 2035.', 2034) // false
 */
export function inForceLevel(before: string, after: string, documentYear?: number): boolean {
  if (NOW_BEFORE_RE.test(before)) return true;
  const since = SINCE_AFTER_RE.exec(after);
  return since !== null && documentYear !== undefined && Number(since[1]) < documentYear;
}
