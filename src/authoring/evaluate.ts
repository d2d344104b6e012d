// Scores the extractor against hand-made truth files (test/fixtures/prose/*.truth.json): recall,
// precision, traps proposed, and kind/value/unit/status accuracy per document and overall.
// Pure: no file system; the CLI reads the files. It never changes a candidate or a truth file.

import {
  FIGURE_KINDS,
  FIGURE_STATUSES,
  UNITS,
  type FigureKind,
  type FigureStatus,
  type Unit,
} from '../model/figure.ts';
import { codePointLength, sliceCodePoints, toCodePoints } from '../model/codePoints.ts';
import type { SourceMeta } from '../model/numberVocabulary.ts';
import type { Candidate } from './extract.ts';

/** A figure a person found in the document, with its stated words' code-point offsets. */
export interface TruthFigure {
  stated: string;
  start: number;
  end: number;
  kind: FigureKind;
  value?: number;
  range?: { low: number; high: number };
  unit: Unit;
  status: FigureStatus;
}

/** A number that must never be proposed (a year, a date, a page, a phone number, a count …). */
export interface TruthTrap {
  text: string;
  start: number;
  end: number;
  why: string;
}

export interface Truth {
  publisher: string;
  /** The source's record, given to the extractor as `figures extract` reads data/sources/<id>.json. */
  source?: SourceMeta;
  figures: TruthFigure[];
  traps: TruthTrap[];
}

/** Counts behind one document's (or the whole set's) score. */
export interface Tally {
  figures: number;
  candidates: number;
  matched: number;
  matchedCandidates: number;
  kind: number;
  value: number;
  unit: number;
  status: number;
  traps: number;
}

export interface DocumentScore {
  name: string;
  publisher: string;
  tally: Tally;
  /** Human-readable lines: what was missed, what was proposed falsely, which field was wrong. */
  problems: string[];
}

/** Ratios from a tally; accuracies are over matched figures (1 when nothing matched). */
export interface Rates {
  recall: number;
  precision: number;
  kind: number;
  value: number;
  unit: number;
  status: number;
  traps: number;
}

/**
 * Checks a truth file against its document: every offset must point at the words it names.
 * @example checkTruth('Up 4%.', { publisher: 'x', figures: [{ stated: 'Up 4%', start: 0, end: 5, kind: 'change', value: 4, unit: 'percent', status: 'actual' }], traps: [] }) // []
 */
export function checkTruth(text: string, truth: Truth): string[] {
  const shape = checkTruthShape(truth);
  if (shape.length > 0) return shape;
  const points = toCodePoints(text);
  const problems: string[] = [];
  const spans: [string, string, number, number][] = [
    ...truth.figures.map((f, i): [string, string, number, number] => [
      `figures[${i}]`,
      f.stated,
      f.start,
      f.end,
    ]),
    ...truth.traps.map((t, i): [string, string, number, number] => [
      `traps[${i}]`,
      t.text,
      t.start,
      t.end,
    ]),
  ];
  for (const [where, words, start, end] of spans) {
    const actual = sliceCodePoints(points, start, end);
    if (actual !== words) {
      problems.push(
        `${where}: "${words}" is not at [${start}, ${end}) (the text there is "${actual}") — set start and end to its code-point offsets`,
      );
    }
  }
  for (const [key, v] of Object.entries(truth.source ?? {})) {
    if (!['publisher', 'url', 'title', 'date'].includes(key) || typeof v !== 'string') {
      problems.push(
        `source.${key}: a source names only "publisher", "url", "title" and "date", each a string — fix or remove it`,
      );
    }
  }
  return problems;
}

const isOffset = (n: unknown): boolean => Number.isInteger(n) && (n as number) >= 0;
const isNumber = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);
const isText = (s: unknown): s is string => typeof s === 'string' && s.length > 0;
const oneOf = (list: readonly string[]): string => list.map((x) => `"${x}"`).join(', ');

/**
 * The truth file's shape, field by field, before any offset is read: a file hand-written in
 * another form (a range as a list, a kind misspelt) is refused with what to write instead,
 * rather than scored as if its values were missing.
 * @example checkTruthShape({ publisher: 'x', figures: [], traps: [] }) // []
 */
export function checkTruthShape(truth: unknown): string[] {
  if (typeof truth !== 'object' || truth === null || Array.isArray(truth)) {
    return ['the truth file must be one JSON object with "publisher", "figures" and "traps"'];
  }
  const t = truth as Record<string, unknown>;
  const problems: string[] = [];
  if (!isText(t.publisher)) problems.push('publisher: write who published the document, a string');
  if (t.source !== undefined && (typeof t.source !== 'object' || t.source === null)) {
    problems.push(
      'source: an object with "publisher", "url", "title" and "date" strings — or remove it',
    );
  }
  if (!Array.isArray(t.figures)) problems.push('figures: a list of figures ([] if none)');
  if (!Array.isArray(t.traps))
    problems.push('traps: a list of numbers not to propose ([] if none)');
  for (const [i, raw] of (Array.isArray(t.figures) ? t.figures : []).entries()) {
    const at = `figures[${i}]`;
    if (typeof raw !== 'object' || raw === null) {
      problems.push(`${at}: an object with stated, start, end, kind, value or range, unit, status`);
      continue;
    }
    const f = raw as Record<string, unknown>;
    const name = isText(f.stated) ? `${at} "${f.stated}"` : at;
    if (!isText(f.stated))
      problems.push(`${at}.stated: the figure's words as the text writes them`);
    if (!isOffset(f.start) || !isOffset(f.end) || (f.end as number) <= (f.start as number)) {
      problems.push(`${name}: start and end must be code-point offsets, 0 ≤ start < end`);
    }
    if (!FIGURE_KINDS.includes(f.kind as FigureKind)) {
      problems.push(
        `${name}: kind ${JSON.stringify(f.kind)} — write one of ${oneOf(FIGURE_KINDS)}`,
      );
    }
    if (!(UNITS as readonly string[]).includes(f.unit as string)) {
      problems.push(
        `${name}: unit ${JSON.stringify(f.unit)} — write "percent", "percentage-points" or a currency code such as "USD"`,
      );
    }
    if (!FIGURE_STATUSES.includes(f.status as FigureStatus)) {
      problems.push(
        `${name}: status ${JSON.stringify(f.status)} — write one of ${oneOf(FIGURE_STATUSES)}`,
      );
    }
    if ((f.value === undefined) === (f.range === undefined)) {
      problems.push(`${name}: give exactly one of "value" and "range"`);
    } else if (f.value !== undefined && !isNumber(f.value)) {
      problems.push(`${name}: value ${JSON.stringify(f.value)} — write a number, e.g. 4.5`);
    } else if (f.range !== undefined) {
      const r = f.range as Record<string, unknown> | null;
      if (
        typeof r !== 'object' ||
        r === null ||
        Array.isArray(r) ||
        !isNumber(r.low) ||
        !isNumber(r.high) ||
        r.low > r.high
      ) {
        problems.push(
          `${name}: range ${JSON.stringify(f.range)} — write {"low": <number>, "high": <number>}, low ≤ high`,
        );
      }
    }
  }
  for (const [i, raw] of (Array.isArray(t.traps) ? t.traps : []).entries()) {
    const at = `traps[${i}]`;
    const x = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    if (!isText(x.text)) problems.push(`${at}.text: the number's words as the text writes them`);
    if (!isOffset(x.start) || !isOffset(x.end) || (x.end as number) <= (x.start as number)) {
      problems.push(`${at}: start and end must be code-point offsets, 0 ≤ start < end`);
    }
    if (!isText(x.why)) problems.push(`${at}.why: say why this number must not be proposed`);
  }
  return problems;
}

/**
 * Matches candidates to truth by overlapping stated words and counts what agrees.
 * @example scoreDocument('doc', candidates, truth).tally // { figures: 6, candidates: 6, matched: 6, … }
 */
export function scoreDocument(name: string, candidates: Candidate[], truth: Truth): DocumentScore {
  const tally: Tally = {
    ...emptyTally(),
    figures: truth.figures.length,
    candidates: candidates.length,
  };
  const problems: string[] = [];
  const overlaps = (c: Candidate, s: number, e: number) => c.stated.start < e && c.stated.end > s;
  const used = new Set<Candidate>();
  for (const f of truth.figures) {
    // The candidate with the very same words first, so of two nested figures ("down $40 million
    // (0.8 percent" and its "$40 million") each is scored against its own.
    const c =
      candidates.find(
        (x) => !used.has(x) && x.stated.start === f.start && x.stated.end === f.end,
      ) ?? candidates.find((x) => !used.has(x) && overlaps(x, f.start, f.end));
    if (!c) {
      problems.push(`missed "${f.stated}" at ${f.start}`);
      continue;
    }
    used.add(c);
    tally.matched++;
    const wrong: string[] = [];
    if (c.kind === f.kind) tally.kind++;
    else wrong.push(`kind ${c.kind}, not ${f.kind}`);
    if (sameValue(c, f)) tally.value++;
    else wrong.push(`value ${show(c)}, not ${show(f)}`);
    if (c.unit === f.unit) tally.unit++;
    else wrong.push(`unit ${c.unit}, not ${f.unit}`);
    if (c.status === f.status) tally.status++;
    else wrong.push(`status ${c.status}, not ${f.status}`);
    if (wrong.length > 0) problems.push(`"${c.stated.text}": ${wrong.join('; ')}`);
  }
  for (const c of candidates) {
    // A candidate wider than one truth span ("went up by 14 % and 9.5 %") still counts as found.
    if (used.has(c) || truth.figures.some((f) => overlaps(c, f.start, f.end))) {
      tally.matchedCandidates++;
      continue;
    }
    const trap = truth.traps.find((t) => overlaps(c, t.start, t.end));
    if (trap) {
      tally.traps++;
      problems.push(`TRAP proposed: "${c.stated.text}" (${trap.why})`);
    } else {
      problems.push(`false: "${c.stated.text}" at ${c.stated.start} (${c.kind} ${show(c)})`);
    }
  }
  return { name, publisher: truth.publisher, tally, problems };
}

/** Sums tallies. @example sumTallies([a, b]).figures // a.figures + b.figures */
export function sumTallies(tallies: Tally[]): Tally {
  const total = emptyTally();
  for (const t of tallies) {
    for (const k of Object.keys(total) as (keyof Tally)[]) total[k] += t[k];
  }
  return total;
}

/**
 * Recall, precision and accuracies from counts.
 * @example rates({ figures: 4, candidates: 4, matched: 4, matchedCandidates: 4, kind: 3, value: 4, unit: 4, status: 4, traps: 0 }).kind // 0.75
 */
export function rates(t: Tally): Rates {
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    recall: ratio(t.matched, t.figures),
    precision: ratio(t.matchedCandidates, t.candidates),
    kind: ratio(t.kind, t.matched),
    value: ratio(t.value, t.matched),
    unit: ratio(t.unit, t.matched),
    status: ratio(t.status, t.matched),
    traps: t.traps,
  };
}

/**
 * A rate to two decimals, rounded down: 1.00 only when nothing is wrong, and 0.95 only when the
 * rate reaches 0.95 (rounding showed 2,096 right of 2,097 as 1.00, and 0.946 as a target met).
 * @example twoDecimalsDown(2096 / 2097) // '0.99'
 */
export function twoDecimalsDown(rate: number): string {
  return (Math.floor(rate * 100 + 1e-9) / 100).toFixed(2);
}

/**
 * The counts behind the overall rates, so one miss in thousands is still seen.
 * @example formatCounts(tally) // 'counts   recall 2096/2097  precision 2098/2098  traps 0  kind 2091/2096 …'
 */
export function formatCounts(t: Tally): string {
  const parts = [
    `recall ${t.matched}/${t.figures}`,
    `precision ${t.matchedCandidates}/${t.candidates}`,
    `traps ${t.traps}`,
    ...(['kind', 'value', 'unit', 'status'] as const).map((k) => `${k} ${t[k]}/${t.matched}`),
  ];
  return `counts   ${parts.join('  ')}`;
}

/**
 * A plain-text table: one row per document, then the overall row (micro-averaged) and the
 * overall counts. Rates are rounded down to two decimals.
 * @example formatScoreTable([score]) // 'document  figures  recall …\nministry-…  12  1.00 …'
 */
export function formatScoreTable(scores: DocumentScore[], overallLabel = 'overall'): string {
  const head = ['document', 'publisher', 'figures', 'found', 'recall', 'precision', 'traps'];
  const tail = ['kind', 'value', 'unit', 'status'];
  const row = (name: string, publisher: string, t: Tally): string[] => {
    const r = rates(t);
    return [
      name,
      publisher,
      String(t.figures),
      String(t.candidates),
      twoDecimalsDown(r.recall),
      twoDecimalsDown(r.precision),
      String(t.traps),
      twoDecimalsDown(r.kind),
      twoDecimalsDown(r.value),
      twoDecimalsDown(r.unit),
      twoDecimalsDown(r.status),
    ];
  };
  const total = sumTallies(scores.map((s) => s.tally));
  const rows = [
    [...head, ...tail],
    ...scores.map((s) => row(s.name, s.publisher, s.tally)),
    row(overallLabel, `${scores.length} documents`, total),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => codePointLength(r[i]!))));
  return rows
    .map((r) =>
      r
        .map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
        .join('  ')
        .trimEnd(),
    )
    .concat(formatCounts(total))
    .join('\n');
}

function emptyTally(): Tally {
  return {
    figures: 0,
    candidates: 0,
    matched: 0,
    matchedCandidates: 0,
    kind: 0,
    value: 0,
    unit: 0,
    status: 0,
    traps: 0,
  };
}

function sameValue(c: Candidate, f: TruthFigure): boolean {
  // Percentages are written to 2 decimals (33.33); amounts must agree to the unit.
  const near = (a: number, b: number) => Math.abs(a - b) <= 0.005 + 1e-9 * Math.abs(b);
  if (f.range) {
    return (
      c.range !== undefined && near(c.range.low, f.range.low) && near(c.range.high, f.range.high)
    );
  }
  return c.value !== undefined && c.range === undefined && near(c.value, f.value!);
}

function show(x: { value?: number; range?: { low: number; high: number } }): string {
  return x.range ? `${x.range.low}…${x.range.high}` : String(x.value);
}
