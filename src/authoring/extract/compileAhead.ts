// Compiles the extractor's largest patterns (vocabulary.ts, and the readers' in model/) straight to
// machine code before the first extraction in a process runs them. It must never change what a
// pattern matches: each runs once on filler, and its `lastIndex` is put back.
//
// Why: V8 (Chrome, Node) compiles a pattern first to bytecode for its interpreter, optimising that
// bytecode in a pass whose cost grows faster than the pattern's size, then again to machine code
// on its second run. The patterns of 3,000 to 46,000 characters that hold every currency sign,
// scale or verb of change made ~1.2 MB of bytecode each; that first tier cost about two thirds of
// the ~1.1 s a first extraction of the seed document took (--trace-regexp-tier-up; the same run
// with --no-regexp-tier-up took ~0.36 s), where later extractions take ~30 ms. V8 skips the
// bytecode when a pattern's first subject has 1,000 characters or more, so one run on such filler
// compiles each pattern once, to machine code only (a copy made by matchAll shares that code).
// In another engine the run is one failed match on filler.

import * as vocabulary from './vocabulary.ts';
import { NAMED_CURRENCY_RE } from '../../model/numberVocabulary.ts';
import { LONG_PATTERNS as RANGE_READER_PATTERNS } from '../../model/statedRange.ts';
import { LONG_PATTERNS as VALUE_READER_PATTERNS } from '../../model/statedValue.ts';

/** Patterns at least this long (in source characters) are compiled ahead: below it, the bytecode
 *  tier costs less than machine code would. */
export const COMPILE_AHEAD_MIN_SOURCE = 3_000;
/** V8's subject length from which a pattern's first run compiles it to machine code directly. */
const NATIVE_SUBJECT_LENGTH = 1_000;
/** A pattern compiles for one-byte (Latin-1) and two-byte subjects apart; filler of each kind. */
const ONE_BYTE_FILLER = '\u0000'.repeat(NATIVE_SUBJECT_LENGTH);
const TWO_BYTE_FILLER = '\u2028' + '\u0000'.repeat(NATIVE_SUBJECT_LENGTH - 1);

/**
 * Runs each pattern once on filler of `subjectKind`'s encoding, from the filler's end when it is
 * global or sticky (one failed attempt), and puts its `lastIndex` back.
 * @example const re = /a+/g; re.lastIndex = 3; compileAhead([re], 'one-byte'); re.lastIndex // 3
 */
export function compileAhead(
  patterns: Iterable<RegExp>,
  subjectKind: 'one-byte' | 'two-byte',
): void {
  const filler = subjectKind === 'one-byte' ? ONE_BYTE_FILLER : TWO_BYTE_FILLER;
  for (const re of patterns) {
    const lastIndex = re.lastIndex;
    re.lastIndex = filler.length;
    re.exec(filler);
    re.lastIndex = lastIndex;
  }
}

/** The patterns of at least COMPILE_AHEAD_MIN_SOURCE characters among every one the vocabulary
 *  exports and those the value and range readers list as long. */
export const LARGE_PATTERNS: readonly RegExp[] = [
  ...Object.values(vocabulary),
  ...VALUE_READER_PATTERNS,
  ...RANGE_READER_PATTERNS,
  NAMED_CURRENCY_RE,
].filter((v): v is RegExp => v instanceof RegExp && v.source.length >= COMPILE_AHEAD_MIN_SOURCE);

/**
 * How V8 stores `text` and the strings cut from it: two bytes a character if any is above U+00FF.
 * @example subjectKindOf('Exports rose 4–5% in 2001.') // 'two-byte'
 */
export function subjectKindOf(text: string): 'one-byte' | 'two-byte' {
  return /[\u0100-\uffff]/.test(text) ? 'two-byte' : 'one-byte';
}

const compiled = new Set<'one-byte' | 'two-byte'>();

/**
 * Compiles LARGE_PATTERNS ahead for subjects of `kind` (subjectKindOf the text), once per process
 * and kind. Called when the first sentence that may hold a figure is about to be matched, so a text
 * with none ("Talks on the treaty went on.", ~10 ms) does not pay ~0.25 s for patterns it never runs.
 * @example compileLargePatterns(subjectKindOf('Exports rose 4% in 2001.')) // compiles for one-byte subjects
 */
export function compileLargePatterns(kind: 'one-byte' | 'two-byte'): void {
  if (compiled.has(kind)) return;
  compiled.add(kind);
  compileAhead(LARGE_PATTERNS, kind);
}

const compiledRare = new WeakMap<RegExp, Set<'one-byte' | 'two-byte'>>();

/**
 * `re`, compiled ahead for subjects of `kind` the first time it is asked for with that kind: for a
 * large pattern made only when a text needs it (a pattern as written behind a loose one,
 * looseSign.ts), whose bytecode would cost several times its machine code.
 * @example compiledAhead(/a+/g, 'one-byte').exec('aa')?.[0] // 'aa'
 */
export function compiledAhead(re: RegExp, kind: 'one-byte' | 'two-byte'): RegExp {
  let kinds = compiledRare.get(re);
  if (!kinds) compiledRare.set(re, (kinds = new Set()));
  if (!kinds.has(kind)) {
    kinds.add(kind);
    compileAhead([re], kind);
  }
  return re;
}
