// A pipe table's cell that holds its number and, in a bracket after it, a second reading of the
// same column and row (v283): the earlier forecast, "| CPIF | 2.0 (2.3) |" under "Forecasts (annual
// percentage change; figures in brackets are the March forecast)", or the range around a median,
// "| Change in real GDP | 1.5 [1.3–1.7] |", "| Fiscal 2035 | +1.0 [+0.8 to +1.2] |", as central banks
// set out their projections. Both are figures of the cell's column: the first number is the
// cell's, the bracketed number or band its companion, read in the same unit and of the same
// period. A column's place counts the field once, whatever its bracket holds.
// Pure text work on lines and leads; it knows nothing of figures.

/** A number as a pipe cell writes it, its sign maybe written. */
const NUMBER = String.raw`[-+–−‑]?\d[\d,]*(?:\.\d+)?`;
/** Two ends in a bracket: "1.3–1.7", "+0.5 to +0.8", "4.6 - 4.8". */
const BAND = String.raw`${NUMBER}[^\S\n]?(?:[–‒-]|to)[^\S\n]?${NUMBER}`;
/** A pipe field that is a number and a bracket after it holding one number or a band: group 1
 *  the spaces and number, group 2 the bracket, group 3 what it holds. */
const COMPANION_FIELD_RE = new RegExp(
  String.raw`^([^\S\n]*${NUMBER}[^\S\n]*)(\((${NUMBER})\)|\[(${BAND}|${NUMBER})\])[^\S\n]*$`,
);
/** The last field of a lead that stops inside such a bracket: the number, the bracket's opening
 *  and what may come before the companion's own number. */
const OPEN_COMPANION_RE = new RegExp(
  String.raw`\|[^\S\n]*${NUMBER}[^\S\n]*[([][^\S\n]*(?:${NUMBER}[^\S\n]?(?:[–‒-]|to)[^\S\n]?)?$`,
);

/** One companion in a row: where it starts and ends in the row, and whether it is a band. */
export interface Companion {
  start: number;
  end: number;
  band: boolean;
}

/**
 * The companions of a pipe row's cells ("2.0 (2.3)": the 2.3; "1.5 [1.3–1.7]": the 1.3–1.7), each
 * by its place in the row; none for a row that is no pipe row or holds none.
 * @example pipeCompanions('| CPIF | 2.0 (2.3) | 1.9 (2.0) |').map((c) => c.start) // [14, 26]
 * @example pipeCompanions('| GDP | 1.5 [1.3–1.7] | 1.8 |')[0] // { start: 13, end: 20, band: true }
 * @example pipeCompanions('| Revenue | 2,918 | (412) |') // []
 */
export function pipeCompanions(row: string): Companion[] {
  if (!/^[^\S\n]*\|/.test(row)) return [];
  const found: Companion[] = [];
  let at = 0;
  for (const field of row.split('|')) {
    const m = COMPANION_FIELD_RE.exec(field);
    if (m) {
      const open = at + m[1]!.length + 1;
      const inner = m[3] ?? m[4]!;
      found.push({
        start: open,
        end: open + inner.length,
        band: m[4] !== undefined && !numberOnly(inner),
      });
    }
    at += field.length + 1;
  }
  return found;
}

function numberOnly(words: string): boolean {
  return new RegExp(`^${NUMBER}$`).test(words);
}

/**
 * A pipe row with each cell's companion written as spaces, so the row holds one number a column
 * and every cell keeps its place; a lead that stops inside a companion's bracket (the companion is
 * the cell read next) ends where its cell's field opens, so the cells before it are the columns
 * before its column.
 * @example plainCompanions('| CPIF | 2.0 (2.3) | 1.9 |') // '| CPIF | 2.0       | 1.9 |'
 * @example plainCompanions('| CPIF | 2.0 (') // '| CPIF | '
 */
export function plainCompanions(line: string): string {
  const open = OPEN_COMPANION_RE.exec(line);
  if (open) return plainCompanions(line.slice(0, open.index + 1)) + ' ';
  const companions = pipeCompanions(line);
  if (companions.length === 0) return line;
  let out = '';
  let at = 0;
  for (const c of companions) {
    // The bracket itself too: one character each side of what it holds.
    out += line.slice(at, c.start - 1) + ' '.repeat(c.end - c.start + 2);
    at = c.end + 1;
  }
  return out + line.slice(at);
}

/** A pipe row's label that ends with a number of its own after a word: "| Petrol 91 |", "| Unleaded
 *  95 |". Group 1 is the number. */
const LABEL_NUMBER_RE = /^([^\S\n]*\|[^|\n]*\p{L}[^|\n]*?[^\S\n])(\d{1,3})(?=[^\S\n]*\|)/u;

/**
 * A pipe row whose label's own number ("| Petrol 91 | 2.620 | 2.556 |") is written as "#"s, so the
 * number is no cell of the row's run and every cell keeps its column (v283).
 * @example plainLabelNumber('| Petrol 91 | 2.620 |') // '| Petrol ## | 2.620 |'
 * @example plainLabelNumber('| CPIF | 2.0 |') // '| CPIF | 2.0 |'
 */
export function plainLabelNumber(line: string): string {
  return line.replace(
    LABEL_NUMBER_RE,
    (_, before: string, n: string) => before + '#'.repeat(n.length),
  );
}
