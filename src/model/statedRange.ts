// Reads both ends of a range from a figure's own words ("1 % to 1.5 %", "between 2 and 3 per
// cent", "2.5–3 %", "$1–2 billion"), so validation can check a `range` against the text. Each end
// is read by readStatedValue, so signs, scales and currencies mean the same as for one value.
// Pure; no I/O, no Svelte.

import type { FigureKind, Unit, ValueRange } from './figure.ts';
import {
  CURRENCY_SIGN,
  CURRENT_LEVEL,
  FRACTION_DIGITS,
  HUNDREDTH_WORD,
  JAPANESE_SCRIPT_RE,
  LEVEL_ARTICLE,
  PLUS_MINUS as PLUS_MINUS_WORDS,
  NUMBER_WORD,
  WRITTEN_POINTS as POINTS,
  westernGroups,
  SCALE as SCALES,
  SPACED_NUMBER,
  halfWidth,
  readJapaneseStated,
  firstEndTakesScale,
} from './numberVocabulary.ts';
import { readStatedValue } from './statedValue.ts';

type Reading = ReturnType<typeof readStatedValue>[number];

export interface StatedRange extends ValueRange {
  unit: Unit;
  /** Every unit both ends may be in, `unit` first: a bare "$1–2 billion" may be any dollar. */
  units: readonly Unit[];
}

/** An end in digits or words: "4", "1,200", "3-3/4", "four" ("four to six per cent"); "1,50,000"
 *  once westernGroups has regrouped it; a decimal comma ("1,3–1,5%", as NUMBER reads it). */
const NUM = String.raw`(${FRACTION_DIGITS}|\d+,\d{1,2}(?!\d|,\d)|\d+(?:,\d{3})*(?:\.\d+)?|\b(?:${NUMBER_WORD})\b(?!-))`;
/** An end's scale; "m" glued to the digits as well ("$270m to $300m", v274), which each end's
 *  reading takes as a scale only after a currency sign. */
const SCALE = String.raw`(?:\s*(${SCALES}|(?<=\d)m)\b)?`;
const PCT = String.raw`(\s*(?:%|per ?cent\b))?`;
const CURRENCY = String.raw`(?:${CURRENCY_SIGN})?`;
/** An end's own minus sign ("–1.6% to 5.8%", "2.5 % to – 1 %"); not the hyphen inside a word. */
const SIGN = String.raw`(?:(?<!\w)([-–−‑])\s?)?`;
/** After "between" or its "and", an end's written plus, which keeps it positive ("between +1.5% and
 *  +2.2%"); elsewhere a plus is no part of the range. */
const SIGN_OR_PLUS = String.raw`(?:(?<!\w)([-–−‑]|(?<=\b(?:between|and)\s+)\+)\s?)?`;
/** "1 % to 1.5 %", "2.5–3 %", "$1–2 billion", "between 2 and 3 per cent", "–1.6% to 5.8%", "range of
 *  1% and 2%" (an "and" only after "between" or "range of"). */
/** What parts the two ends: a figure dash (U+2012, "2.7%‒2.8%") as a hyphen or an en dash;
 *  U+FFFD is the replacement character a page put for its lost dash. */
const SEPARATOR = String.raw`(to|–|‒|—|-|and|\uFFFD)`;
/** A place the first end is the level of, before "to": "from 9.44 percent in Niigata to 10.78
 *  percent" (the extractor's ranges across places). */
const PLACE = String.raw`(?:(?<=%|cent)\s+(?:in|at)\s+(?:the\s+)?[A-Za-z][\w'’.-]*(?:\s+[A-Za-z][\w'’.-]*){0,3}?(?=\s+to\s))?`;
const RANGE = new RegExp(
  String.raw`(between\s+|range\s+of\s+|from\s+)?${SIGN_OR_PLUS}${CURRENCY}${NUM}${SCALE}${PCT}${PLACE}\s*${SEPARATOR}\s*${SIGN_OR_PLUS}${CURRENCY}${NUM}${SCALE}${PCT}`,
  'i',
);

/** Two ends in points with the unit written once after the second, as RANGE's groups (the first
 *  end bare): "slow by 0.4-0.9 percentage points", read with the verb's sign; after "between", with
 *  "and" ("between 0.6 and 0.9 percentage points", v266). */
const POINTS_RANGE = new RegExp(
  String.raw`(between\s+)?${SIGN}${NUM}()()\s*(to|–|‒|-|and)\s*${SIGN}${NUM}()(${POINTS})`,
  'i',
);

/** Two ends each with its written sign and its own unit, alike, parted by "to" ("-0.2% to +1.4%",
 *  "-0.3 percentage point to +1.1 percentage points"): the one range where "to" takes a plus. */
const SIGNED_ENDS_RANGE = new RegExp(
  String.raw`([-–−‑+])\s?${NUM}(\s*(?:%|per ?cent\b)|${POINTS})\s*to\s*([-–−‑+])\s?${NUM}(\s*(?:%|per ?cent\b)|${POINTS})`,
  'i',
);

/** Two ends in a hundredth of a currency, each with its word: "between 118p and 126p", "between 40
 *  cents and 55 cents", and parted by "to" or a dash, "15 sen to 25 sen", "118p–126p" (each read
 *  alone; v266). Group 1 is the "between" an "and" needs. */
const HUNDREDTH_ENDS_RANGE = new RegExp(
  String.raw`(?:\b(between)\s+)?(?<![\d.,])${NUM}\s*(${HUNDREDTH_WORD})(?!\w)\s*(and|to|–|‒|-)\s*${NUM}\s*(${HUNDREDTH_WORD})(?!\w)`,
  'i',
);

/** Two bare ends with one hundredth's word after the second, as fuel monitors write a cycle's
 *  swing: "30 to 40 cpl", "25–35 cents" (the word counts both ends, as a percent does). */
const HUNDREDTH_SHARED_RANGE = new RegExp(
  String.raw`(?<![\d.,])${NUM}\s*(?:to|–|‒|-)\s*${NUM}(\s*)(${HUNDREDTH_WORD})(?!\w)`,
  'i',
);

/** A band around a level: "plus and minus 0.5 percentage points", "± 1 %", "+/- 2 per cent". */
const PLUS_MINUS = new RegExp(
  String.raw`${PLUS_MINUS_WORDS}${NUM}(\s*(?:%|per ?cent\b)|${POINTS})`,
  'i',
);

/** Right before the first end, a "from" that makes the two ends two levels ("from 3% to 4%", "from
 *  the current 18 billion to 41 billion"), not a range. */
const FROM_LEVEL_BEFORE_RE = new RegExp(
  String.raw`\bfrom\s*$|\bfrom\s+(?:${LEVEL_ARTICLE}\s+)?${CURRENT_LEVEL}\s+$`,
  'i',
);

/** A table cell that is a band, two bare ends low first: "20–30", "4-6" (RANGE_CELL's words). */
const CELL_RANGE_RE =
  /^\s*\+?(\d[\d,]*(?:\.\d+)?)(?:[–‒-]|[^\S\n][–‒-][^\S\n]|[^\S\n]to[^\S\n]\+?)(\d[\d,]*(?:\.\d+)?)\s*$/;

/** Words RANGE cannot match without: its separator (POINTS_RANGE's are among them). Most stated
 *  words ("increased 40%") have none, and RANGE tries every currency sign and number word at each
 *  character, so this test comes first (validation reads every figure). */
const RANGE_SEPARATOR_RE = new RegExp(SEPARATOR, 'i');

/** An end of money with its sign, then the place it was seen at and the "to" of the second end:
 *  "£690 at Fellgate to £1,460", "€4.10 in the North East to €5.20". Group 1 is the first end, 2
 *  the rest from "to". */
const PLACED_FIRST_END_RE =
  /^((?:[^\s\d]{1,4}\s?)\d[\d.,]*(?:\s*(?:million|billion|bn|m)\b)?)\s+(?:at|in|for|on)\s+(?:the\s+)?[A-Z][^.;:,()\d%]{0,40}?\s+(to\s+(?:[^\s\d]{1,4}\s?)?\d[\d.,]*(?:\s*(?:million|billion|bn|m)\b)?)$/;

/**
 * Both ends the stated words give, low first, or undefined when they state one number (or a
 * change "from X to Y", which is one change between two levels, not a range). With `quoteLead`,
 * the quote's words before them, a table's bare band ("20–30") is read in its column's unit.
 * @example readStatedRange('1 % to 1.5 %', 'share') // { low: 1, high: 1.5, unit: 'percent', units: ['percent'] }
 * @example readStatedRange('decline of 1 % to 1.5 %', 'change') // { low: -1.5, high: -1, unit: 'percent' }
 * @example readStatedRange('between $1 and $2 billion', 'amount') // { low: 1e9, high: 2e9, unit: 'USD' }
 * @example readStatedRange('3-3/4 to 4 percent', 'share') // { low: 3.75, high: 4, unit: 'percent' }
 * @example readStatedRange('plus and minus 0.5 percentage points', 'change') // { low: -0.5, high: 0.5, unit: 'percentage-points' }
 * @example readStatedRange('4 ±1.5%', 'change') // undefined (one level, 4)
 * @example readStatedRange('increased 40%', 'change') // undefined
 */
export function readStatedRange(
  words: string,
  kind: FigureKind,
  quoteLead?: string,
): StatedRange | undefined {
  const japanese = readJapaneseRange(words, kind);
  if (japanese !== undefined) return japanese ?? undefined;
  // "£690 at Fellgate to £1,460": the place a first end of money was seen at, named before the
  // "to" of the second, is no part of either end (v242).
  const placed = kind === 'amount' ? PLACED_FIRST_END_RE.exec(words) : null;
  if (placed) return readStatedRange(`${placed[1]} ${placed[2]}`, kind, quoteLead);
  // "20–30" on a list row under "Dumping margin and injury margin (%)": a bare band of a table,
  // each end in the unit the title gives.
  const cell = quoteLead === undefined ? undefined : CELL_RANGE_RE.exec(words);
  if (cell) {
    const [, n1, n2] = cell;
    if (!(Number(n1!.replace(/,/g, '')) < Number(n2!.replace(/,/g, '')))) return undefined;
    const context = { lead: quoteLead };
    return endsRange(readStatedValue(n1!, kind, context), readStatedValue(n2!, kind, context));
  }
  // "Rs 1,50,000–2,00,000 crore": India's grouping read as the same numbers grouped in thousands;
  // "R12 500 to R30 000": spaced groups after a sign as the same numbers grouped with commas.
  const text = commaGroups(westernGroups(words));
  const band = kind === 'change' ? PLUS_MINUS.exec(text) : null;
  // "4 ±1.5%": a bare level before the band is the one number stated (the band is its tolerance).
  if (band && /\d\s*$/.test(text.slice(0, band.index))) return undefined;
  if (band) {
    const reading = readStatedValue(`${band[1]}${band[2]}`, kind)[0];
    if (!reading || reading.value <= 0) return undefined;
    return { low: -reading.value, high: reading.value, unit: reading.unit, units: [reading.unit] };
  }
  if (!RANGE_SEPARATOR_RE.test(text)) return undefined;
  const signed = readSignedEnds(text, kind);
  if (signed) return signed;
  const hundredths = kind === 'amount' ? HUNDREDTH_ENDS_RANGE.exec(text) : null;
  // "from 15 cents to 25 cents" is two levels, and "and" parts ends only after "between".
  const twoLevels =
    hundredths !== null &&
    (hundredths[4]!.toLowerCase() === 'and'
      ? hundredths[1] === undefined
      : FROM_LEVEL_BEFORE_RE.test(text.slice(0, hundredths.index)));
  if (hundredths && !twoLevels) {
    const [, , n1, word1, , n2, word2] = hundredths;
    return endsRange(
      readStatedValue(`${n1}${word1}`, kind),
      readStatedValue(`${n2}${word2}`, kind),
    );
  }
  const oneWord = kind === 'amount' ? HUNDREDTH_SHARED_RANGE.exec(text) : null;
  if (oneWord && !FROM_LEVEL_BEFORE_RE.test(text.slice(0, oneWord.index))) {
    const [, n1, n2, space, word] = oneWord;
    return endsRange(
      readStatedValue(`${n1}${space}${word}`, kind),
      readStatedValue(`${n2}${space}${word}`, kind),
    );
  }
  let m = RANGE.exec(text);
  if (kind === 'change' && !m?.[10]) {
    const points = POINTS_RANGE.exec(text);
    if (points) {
      m = Object.assign(points.map((g) => g || undefined) as RegExpExecArray, {
        index: points.index,
        input: points.input,
      });
    }
  }
  if (!m) return undefined;
  const [whole, between, sign1, n1, scale1, pct1, sep, sign2, n2, scale2, pct2] = m;
  if (sep!.toLowerCase() === 'and' && !between) return undefined;
  // A percent range names its unit at least after the second end ("1 to 1.5 %"); an amount range
  // names none: "rose 40% to $5 billion" is a change and a level, not a range.
  if (kind === 'amount' ? pct1 || pct2 : !pct2) return undefined;
  const before = text.slice(0, m.index + (between?.length ?? 0));
  // "from the current 18 billion to 41 billion Kshs" too: two levels, like the bare "from".
  // "(ranged) from –0.4% and 5.5%": "from" with "and" opens a range, as "between" does.
  const fromAnd = /^from/i.test(between ?? '') && sep!.toLowerCase() === 'and';
  if (FROM_LEVEL_BEFORE_RE.test(before) && !fromAnd) return undefined;
  // "from 58 in 2031 to 61.5 percent": a year that dates the first level is no end of a range.
  if (/^(?:19|20)\d\d$/.test(n1!) && /\b(?:in|since|by|end-?)\s*$/i.test(before)) return undefined;
  const after = text.slice(m.index + whole!.length);
  // Each end keeps the words around the range, so "declined" still gives both ends a minus and
  // "$1–2 billion" gives "$1 billion" and "$2 billion"; a sign written before one end is that
  // end's own ("–1.6% to 5.8%" is −1.6 … +5.8).
  const lead = before + text.slice(m.index + (between?.length ?? 0), text.indexOf(n1!, m.index));
  const unsigned = sign1 ? lead.replace(/[-–−‑+]\s?(?=\D*$)/, '') : lead;
  const end = (sign: string, n: string, scale: string | undefined, pct: string | undefined) =>
    `${sign}${n}${scale ? ` ${scale}` : ''}${pct ?? ''}${after}`;
  // "€25,000 to €2 million": a first end that states its size in full keeps it.
  const shared = scale1 ?? (firstEndTakesScale(n1!, n2!) ? scale2 : undefined);
  const as = readStatedValue(lead + end('', n1!, shared, pct1 ?? pct2), kind);
  const bs = readStatedValue(
    unsigned + end(sign2 && sign2 !== '+' ? '-' : '', n2!, scale2 ?? scale1, pct2 ?? pct1),
    kind,
  );
  return endsRange(as, bs);
}

/** The range of two ends' readings, each's first reading an end: undefined unless both read, in
 *  one unit, and differ; `units` are those both ends may be in ("$1–2 billion": any dollar). */
function endsRange(as: readonly Reading[], bs: readonly Reading[]): StatedRange | undefined {
  const a = as[0];
  const b = bs[0];
  if (!a || !b || a.unit !== b.unit || a.value === b.value) return undefined;
  const units = as
    .filter((r) => r.value === a.value && bs.some((s) => s.value === b.value && s.unit === r.unit))
    .map((r) => r.unit);
  return {
    low: Math.min(a.value, b.value),
    high: Math.max(a.value, b.value),
    unit: a.unit,
    units: [...new Set(units)],
  };
}

/** After a currency sign, digits grouped by spaces ("R12 500", "R1 186,40"). */
const SIGNED_SPACED_RE = new RegExp(String.raw`(${CURRENCY_SIGN})(${SPACED_NUMBER})`, 'g');
/** This reader's patterns that run to thousands of characters (each holds every currency sign),
 *  which the extractor compiles ahead of its first run (authoring/extract/compileAhead.ts). */
export const LONG_PATTERNS: readonly RegExp[] = [RANGE, SIGNED_SPACED_RE];

/** The words with every spaced number after a currency sign grouped by commas, its decimal comma a
 *  stop ("R1 186,40" is "R1,186.40"), so each end reads whole. */
function commaGroups(words: string): string {
  if (!/\d[ \u00a0\u202f]\d{3}/.test(words)) return words;
  return words.replace(
    SIGNED_SPACED_RE,
    (_, sign: string, n: string) =>
      sign + n.replace(/,(?=\d+$)/, '.').replace(/[ \u00a0\u202f]/g, ','),
  );
}

/** Both ends of "-0.2% to +1.4%" (SIGNED_ENDS_RANGE), each read alone with its own sign and unit;
 *  undefined when the units differ or "from" makes the two ends two levels. */
function readSignedEnds(text: string, kind: FigureKind): StatedRange | undefined {
  const m = SIGNED_ENDS_RANGE.exec(text);
  if (!m || FROM_LEVEL_BEFORE_RE.test(text.slice(0, m.index))) return undefined;
  const [, sign1, n1, unit1, sign2, n2, unit2] = m;
  const minus = (sign: string) => (sign === '+' ? '' : '-');
  return bothEnds(
    readStatedValue(`${minus(sign1!)}${n1}${unit1}`, kind)[0],
    readStatedValue(`${minus(sign2!)}${n2}${unit2}`, kind)[0],
  );
}

/** The range of two ends read alone: undefined unless both read, in one unit, and differ. */
function bothEnds(
  a: { value: number; unit: Unit } | undefined,
  b: { value: number; unit: Unit } | undefined,
): StatedRange | undefined {
  if (!a || !b || a.unit !== b.unit || a.value === b.value) return undefined;
  return {
    low: Math.min(a.value, b.value),
    high: Math.max(a.value, b.value),
    unit: a.unit,
    units: [a.unit],
  };
}

/** A Japanese range's separator, a wave dash in any of its forms: "～" (U+FF5E), "〜" (U+301C), "~". */
const JAPANESE_RANGE_SEPARATOR_RE = /\s?[～〜~]\s?/;

/**
 * Both ends of a Japanese range, the first end taking the second's scale, unit and 増 / 減 when it
 * writes none ("2～3%減" is −3 … −2); null when Japanese words with a wave dash do not read as two
 * ends, undefined when the words are not a Japanese range (the English reader reads them).
 * @example readJapaneseRange('3兆円～4.5兆円', 'amount') // { low: 3e12, high: 4.5e12, unit: 'JPY', units: ['JPY'] }
 * @example readJapaneseRange('10～20億ドル', 'amount') // { low: 1e9, high: 2e9, unit: 'USD', units: ['USD'] }
 */
function readJapaneseRange(words: string, kind: FigureKind): StatedRange | null | undefined {
  const t = halfWidth(words);
  const sep = JAPANESE_RANGE_SEPARATOR_RE.exec(t);
  if (!sep || !JAPANESE_SCRIPT_RE.test(t)) return undefined;
  const first = t.slice(0, sep.index);
  const second = t.slice(sep.index + sep[0].length);
  // What follows the second end's digits: its scale and unit ("億ドル"), or its unit alone after a
  // first end that has its own scale ("181億～200億ドル").
  const digits = /^[^\d]*[\d,.]+/.exec(second)?.[0] ?? '';
  const tail = second.slice(digits.length);
  const unitOnly = tail.replace(/^[兆億万]+/, '');
  const b = readJapaneseStated(second, kind)?.[0];
  const a =
    readJapaneseStated(first, kind)?.[0] ??
    readJapaneseStated(first + (/[兆億万]$/.test(first) ? unitOnly : tail), kind)?.[0];
  return bothEnds(a, b) ?? null;
}
