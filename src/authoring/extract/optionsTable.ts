// The cells of a table of options put forward (v220): "Table 2: Levy rate options for class 1
// landfills (per tonne)" over "| Option | 1 July 2034 | 1 July 2035 |" and "| A: hold at the
// current rate | $75 | $75 |". Each cell is what one option would set, a proposal, expected until
// a body chooses, whatever a row's own label says of the level it keeps; a column headed by the
// level in force ("Current", "Existing") or by a year over keeps its reading. Share options and
// other options a company holds or grants are no options put forward, and nor is a plan a member
// chooses ("| Option | Annual limit |" over "| Classic | R7 200 |" in a medical scheme's rules): its
// options are named by their plan names, not by the letter or number of an option put forward.

/** A caption that names the options put forward for a charge, a rate or a policy: "Levy rate
 *  options for class 1 landfills", "Payment rate options", "Options for the berthage charge",
 *  "Funding alternatives considered". A plan a member chooses ("Benefit options") is none. */
const CAPTION_OPTIONS_RE =
  /\b(?:(?:rates?|fees?|levy|levies|charges?|tariffs?|tolls?|prices?|pricing|fares?|tax(?:es)?|dues|payments?|funding|policy|reform)\s+(?:options|alternatives)|(?:options|alternatives)\s+(?:for|to|considered|under\s+consideration|put\s+forward))\b/i;

/** A header cell that names the options: "| Option |", "| Tariff option |", "| Alternative |". */
const OPTION_HEADER_RE = /\b(?:options?|alternatives?|scenarios?)\b/i;

/** A row label that names an option put forward by its letter or number, or marks one preferred:
 *  "A: hold at the current rate", "2: index to costs", "Option B", "| C |", "(preferred)". */
const OPTION_LABEL_RE =
  /^\s*(?:(?:option|alternative)\s+)?(?:[A-H]|\d{1,2})(?:\s*[:.)–—-]|\s*$)|\b(?:preferred|recommended)\b/i;

/** Options held, granted or traded, which no one puts forward for a decision: "Share options
 *  outstanding", "stock options granted", "options exercised", "call option". */
const HELD_OPTIONS_RE =
  /\b(?:share|stock|equity|call|put|employee|executive|currency|interest[\s-]+rate|purchase|renewal|extension)\s+options?\b|\boptions?\s+(?:granted|outstanding|exercised|exercisable|vested|lapsed|forfeited|held|issued|pricing|premiums?|contracts?|market)\b/i;

/** A column header naming the level in force or an outturn: "Current", "Existing rate", "Rate in
 *  force", "Actual 2033", "Baseline", "Today". */
const IN_FORCE_HEADER_RE =
  /\b(?:current(?:ly)?|existing|in\s+force|actual|outturn|today|now|present|prevailing|baseline|status\s+quo)\b/i;

/** A column header that names one option by its number or letter: "Option 1: status quo",
 *  "Alternative B (no change)". */
const NUMBERED_OPTION_HEADER_RE = /^\s*(?:option|alternative)\s+(?:[A-H]|\d{1,2})\b/i;
/** The cells of a pipe-table line: "| A | $4 |" → ["A", "$4"]. */
const pipeCells = (line: string): string[] =>
  line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|');

/**
 * True when offset `at` of `text` (UTF-16) is in a body row of a pipe table whose caption (the
 * line with words right above it) or header row names options put forward, and the cell's own
 * column header names no level in force and no period that `over` says is over.
 * @example optionCell('Table 2: Fee options\n| Option | 2035 |\n|---|---|\n| A: keep the current fee | $75 |', 66, () => false) // true
 * @example optionCell('Fee options\n| Option | Current | 2035 |\n|---|---|---|\n| A | $75 | $80 |', 55, () => false) // false
 */
export function optionCell(text: string, at: number, over: (header: string) => boolean): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', at);
  const row = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  if (!row.trimStart().startsWith('|')) return false;
  const above = text.slice(0, Math.max(0, lineStart - 1)).split('\n');
  const table: string[] = [];
  while (above.length > 0 && (above.at(-1) ?? '').trimStart().startsWith('|'))
    table.unshift(above.pop() ?? '');
  while (above.length > 0 && (above.at(-1) ?? '').trim() === '') above.pop();
  const header = table[0];
  // The row must be a body row: a header and a rule line stand above it.
  if (header === undefined || !table.some((l) => /^\s*\|[\s|:-]*-[\s|:-]*$/.test(l))) return false;
  const caption = above.at(-1) ?? '';
  const named = `${caption}\n${header}`;
  if (HELD_OPTIONS_RE.test(named)) return false;
  const label = pipeCells(row)[0] ?? '';
  if (
    !CAPTION_OPTIONS_RE.test(caption) &&
    !(OPTION_HEADER_RE.test(pipeCells(header)[0] ?? '') && OPTION_LABEL_RE.test(label))
  )
    return false;
  const column = (row.slice(0, at - lineStart).match(/\|/g) ?? []).length - 1;
  const columnHeader = pipeCells(header)[column] ?? '';
  // The row label's column is no option's level.
  if (column < 1) return false;
  // "| Option 1: status quo | Option 2: new top tier |": a column named as an option by its number
  // or letter is one option put forward, even the one that keeps the level in force (v245).
  return (
    (!IN_FORCE_HEADER_RE.test(columnHeader) || NUMBERED_OPTION_HEADER_RE.test(columnHeader)) &&
    !over(columnHeader)
  );
}
