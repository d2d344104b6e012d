// Builds URL text-fragment links (#:~:text=[prefix-,]textStart[,textEnd][,-suffix]) that open the
// original publication scrolled to the quote, by the rules of the URL Fragment Text Directives
// spec: textStart alone when it is unique; context only to disambiguate, and only words of the
// quote's own block (never across a blank line or a list item, never a list marker). Pure strings.

export interface FragmentQuote {
  exact: string;
  prefix: string;
  suffix: string;
  /** Code-point offset of `exact` in the document, when known (finds the right occurrence). */
  start?: number;
}

/** The parts of one text directive, unencoded. */
export interface TextDirective {
  prefix?: string;
  textStart: string;
  textEnd?: string;
  suffix?: string;
}

/** Most words a context term carries; the spec advises short context. */
const CONTEXT_WORDS = 3;
/** A quote longer than twice this many words is linked as textStart,textEnd. */
const RANGE_WORDS = 5;

/** A list marker at the start of a line: "•", "-", "*", "1.", "1)", "(1)", "(a)". */
const LIST_MARKER = /^[^\S\n]*(?:[•‣◦▪*-]|\d{1,3}[.)]|\(\w{1,3}\))[^\S\n]+/;

/** Encodes a text directive term: encodeURIComponent plus '-', which the syntax reserves.
 * @example encodeTerm('Sakhalin-1, 30%') // 'Sakhalin%2D1%2C%2030%25' */
export function encodeTerm(s: string): string {
  return encodeURIComponent(s).replace(/-/g, '%2D');
}

/**
 * The text directive for a quote. With the document's text, context words are added only until
 * the directive matches the quote's occurrence first and alone; without it (the browser holds only
 * the quote), the whole words of prefix and suffix that lie in the quote's block are used.
 * @example textDirective({ exact: 'increased 40%', prefix: '', suffix: '' }, 'Exports increased 40%.')
 * // { textStart: 'increased 40%' }
 */
export function textDirective(q: FragmentQuote, documentText?: string): TextDirective {
  const lines = q.exact
    .trim()
    .split(/\n/)
    .map((l) => l.replace(LIST_MARKER, '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const first = lines[0] ?? '';
  const last = lines[lines.length - 1] ?? '';
  const words = first.split(' ');
  const target: TextDirective =
    lines.length > 1
      ? { textStart: headWords(first, RANGE_WORDS), textEnd: tailWords(last, RANGE_WORDS) }
      : words.length > RANGE_WORDS * 2
        ? { textStart: headWords(first, RANGE_WORDS), textEnd: tailWords(first, RANGE_WORDS) }
        : { textStart: first };
  const at = documentText === undefined ? -1 : locate(documentText, q);
  if (documentText === undefined || at < 0) {
    return withContext(target, blockPrefix(q.prefix, false), blockSuffix(q.suffix, false));
  }
  const end = at + q.exact.length;
  const lineStart = documentText.lastIndexOf('\n', at - 1) + 1;
  const nextBreak = documentText.indexOf('\n', end);
  const before = blockPrefix(documentText.slice(lineStart, at), true);
  const after = blockSuffix(documentText.slice(end, nextBreak < 0 ? undefined : nextBreak), true);
  // Fewest context words first; on a tie, a prefix (it also narrows where textStart may begin).
  const tries: [number, number][] = [];
  for (let total = 0; total <= CONTEXT_WORDS * 2; total++) {
    for (let p = Math.min(total, CONTEXT_WORDS); p >= 0 && total - p <= CONTEXT_WORDS; p--) {
      if (p <= before.length && total - p <= after.length) tries.push([p, total - p]);
    }
  }
  let firstMatch: TextDirective | undefined;
  for (const [p, s] of tries) {
    const d = withContext(target, before.slice(before.length - p), after.slice(0, s));
    const starts = matchStarts(documentText, d);
    if (starts[0] !== at) continue;
    if (starts.length === 1) return d;
    firstMatch ??= d; // the spec highlights the first match: right, though not alone
  }
  return firstMatch ?? withContext(target, before, after);
}

/** The directive as it appears after `#:~:text=`, every term percent-encoded.
 * @example formatTextDirective({ prefix: 'in 2001', textStart: 'increased 40%' }) // 'in%202001-,increased%2040%25' */
export function formatTextDirective(d: TextDirective): string {
  return [
    d.prefix ? `${encodeTerm(d.prefix)}-` : '',
    encodeTerm(d.textStart),
    d.textEnd ? encodeTerm(d.textEnd) : '',
    d.suffix ? `-${encodeTerm(d.suffix)}` : '',
  ]
    .filter(Boolean)
    .join(',');
}

/**
 * The original's URL with a text fragment that scrolls to and highlights the quote.
 * @example textFragmentUrl('https://x.test/p.html', { exact: 'increased 40%', prefix: ' in 2001 ', suffix: ' over ' })
 * // 'https://x.test/p.html#:~:text=in%202001-,increased%2040%25,-over'
 * @example textFragmentUrl('https://x.test/p.html', { exact: 'increased 40%', prefix: 'Exports ', suffix: '.', start: 8 }, 'Exports increased 40%.')
 * // 'https://x.test/p.html#:~:text=increased%2040%25'
 */
export function textFragmentUrl(url: string, q: FragmentQuote, documentText?: string): string {
  return `${url.replace(/#.*$/, '')}#:~:text=${formatTextDirective(textDirective(q, documentText))}`;
}

function headWords(line: string, n: number): string {
  return line.split(' ').slice(0, n).join(' ');
}

function tailWords(line: string, n: number): string {
  return line.split(' ').slice(-n).join(' ');
}

function withContext(
  target: TextDirective,
  prefixWords: readonly string[],
  suffixWords: readonly string[],
): TextDirective {
  const d: TextDirective = { ...target };
  const prefix = prefixWords.slice(-CONTEXT_WORDS).join(' ');
  const suffix = suffixWords.slice(0, CONTEXT_WORDS).join(' ');
  if (prefix) d.prefix = prefix;
  if (suffix) d.suffix = suffix;
  return d;
}

/** Whole words of the text before the quote that lie in its block, list marker removed. When
 * `wholeLine` is false the text may start mid-word (a stored prefix), so a first word without a
 * line break before it is dropped. */
function blockPrefix(text: string, wholeLine: boolean): string[] {
  const lineBreak = text.lastIndexOf('\n');
  const fromLineStart = wholeLine || lineBreak >= 0;
  let block = text.slice(lineBreak + 1);
  if (fromLineStart) block = block.replace(LIST_MARKER, '');
  const words = block.split(/\s+/).filter(Boolean);
  return !fromLineStart && /^\S/.test(block) ? words.slice(1) : words;
}

/** Whole words of the text after the quote up to the end of its line. */
function blockSuffix(text: string, wholeLine: boolean): string[] {
  const lineBreak = text.indexOf('\n');
  const block = lineBreak < 0 ? text : text.slice(0, lineBreak);
  const words = block.split(/\s+/).filter(Boolean);
  return !wholeLine && lineBreak < 0 && /\S$/.test(block) ? words.slice(0, -1) : words;
}

/** The UTF-16 index of the quote in the document: at its code-point start when that holds it. */
function locate(text: string, q: FragmentQuote): number {
  if (q.start !== undefined) {
    let units = 0;
    let points = 0;
    for (const ch of text) {
      if (points === q.start) break;
      units += ch.length;
      points++;
    }
    if (points === q.start && text.startsWith(q.exact, units)) return units;
  }
  return text.indexOf(q.exact);
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** A term as a pattern: case-insensitive, any run of spaces (not a line break) between words. */
function termPattern(term: string): string {
  return term
    .split(' ')
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^\\S\\n]+');
}

/** Start indices of every word-bounded occurrence of `term` in `text` from `from`. */
function occurrences(text: string, term: string, from = 0): { start: number; end: number }[] {
  const re = new RegExp(termPattern(term), 'giu');
  re.lastIndex = from;
  const found: { start: number; end: number }[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const bounded =
      !(WORD_CHAR.test(text[start - 1] ?? '') && WORD_CHAR.test(text[start] ?? '')) &&
      !(WORD_CHAR.test(text[end - 1] ?? '') && WORD_CHAR.test(text[end] ?? ''));
    if (bounded) found.push({ start, end });
    re.lastIndex = start + 1;
  }
  return found;
}

/** Where the directive matches in plain text, in document order, as the spec's algorithm finds
 * matches: prefix then only whitespace then textStart; textEnd the first one after textStart
 * that the suffix follows. A model for choosing context; tests check links with real matchers. */
function matchStarts(text: string, d: TextDirective): number[] {
  const followedBy = (end: number, term: string) => {
    const rest = /^\s*/.exec(text.slice(end))![0].length + end;
    return occurrences(text, term, rest)[0]?.start === rest;
  };
  const starts: number[] = [];
  for (const s of occurrences(text, d.textStart)) {
    if (d.prefix) {
      const before = text.slice(0, s.start).replace(/\s*$/, '');
      const p = occurrences(before, d.prefix).pop();
      if (!p || p.end !== before.length) continue;
    }
    const ends = d.textEnd ? occurrences(text, d.textEnd, s.end) : [s];
    if (ends.some((e) => !d.suffix || followedBy(e.end, d.suffix))) starts.push(s.start);
  }
  return starts;
}
