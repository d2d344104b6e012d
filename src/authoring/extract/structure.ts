// Document structure for the extractor: paragraphs (wrapped lines joined), list markers and their
// levels, speaker headings ("X made the following statements:") with full names, and sentences.
// Pure text work on UTF-16 indexes; it knows nothing of numbers or figures.

import { CURRENCY_CODES } from '../../model/units.ts';

const TITLE_WORDS = new Set(
  'President Prime Minister Foreign Secretary Chancellor Ambassador Director General Governor Mr Mrs Ms Dr Vice Deputy Chief Finance State Affairs Chairman Chair Chairwoman King Queen Premier Senator Mayor Commissioner Russian Japanese American Chinese The A An In On At Of For And But Foreign Trade Economy Minister’s Council Board Head Mayor’s Spokesperson Speaker Treasurer Secretary Director Manager Mayor Chief Officer Professor Judge Justice Representative Delegate Envoy Harbour Valley'.split(
    ' ',
  ),
);

const SPEAKER_HEAD_RE =
  /^(?:(?:In response|In reply|Then|Next|Finally|Subsequently|In turn|Meanwhile|Later),?\s+)?((?:[A-Z][\w.'’-]*\s+){0,6}?[A-Z][\w'’-]+)\s+(?:also\s+|then\s+|further\s+|briefly\s+)?(?:made|gave|delivered|conveyed|expressed|stated|said|responded|replied|noted|explained|remarked|added|commented|answered)\b(.*)$/s;

// List markers: "1." (level 1), "(1)" (2), "(a)" or "a)" (3), bullets (4).
const MARKER_RE =
  /^[ \t]*(?:(\d{1,3})\.|\((\d{1,3})\)|\(([a-z]{1,4})\)|([a-z])\)|([•·▪◦‣∙*–-]))[ \t]+/;
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof st no nos co corp inc ltd jr sr vs e.g i.e approx jan feb mar apr jun jul aug sep sept oct nov dec gov gen col lt rep sen mt fig art sec vol pp p u.s u.k u.n e.u l.e rs rp'.split(
    ' ',
  ),
);

export interface Paragraph {
  start: number; // UTF-16 index of the body (after any list marker)
  end: number;
  level: number; // 0 = no marker
  speaker?: string;
}

/**
 * Paragraphs of a text with list levels and the speaker whose turn they belong to.
 * @example [...paragraphs('1. Exports rose 5%.', new Map())][0] // { start: 3, end: 19, level: 1 }
 */
export function* paragraphs(text: string, names: Map<string, string>): Generator<Paragraph> {
  let speaker: string | undefined;
  let speakerLevel = 0;
  let current: Paragraph | undefined;
  const flush = function* (): Generator<Paragraph> {
    if (!current) return;
    const body = text.slice(current.start, current.end).trim();
    const heading = speakerHeading(body);
    if (heading) {
      speaker = expandName(heading, names);
      // An unmarked heading ("X made the following statements:") governs only the bullets below.
      speakerLevel = current.level === 0 ? 3.5 : current.level;
    } else if (speaker && current.level > speakerLevel) {
      current.speaker = speaker;
    } else {
      speaker = undefined; // a new heading or numbered item ends the speaker's turn
    }
    yield current;
    current = undefined;
  };

  let pos = 0;
  while (pos <= text.length) {
    let lineEnd = text.indexOf('\n', pos);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(pos, lineEnd);
    if (line.trim() === '') {
      // A hard-wrapped sentence broken by an empty line goes on in the same paragraph.
      if (
        !current ||
        !continuesAcrossBlank(text.slice(current.start, current.end), text, lineEnd)
      ) {
        yield* flush();
      }
    } else {
      // A dash before a number after a line broken mid-sentence is a minus, not a bullet: "the
      // deposit rate was cut to" + "– 0.5 %".
      const marker =
        current && minusNotMarker(text.slice(current.start, current.end), line)
          ? null
          : MARKER_RE.exec(line);
      if (marker || !current) {
        yield* flush();
        const level = !marker ? 0 : marker[1] ? 1 : marker[2] ? 2 : marker[3] || marker[4] ? 3 : 4;
        const lead = marker ? marker[0].length : line.length - line.trimStart().length;
        current = { start: pos + lead, end: lineEnd, level };
      } else {
        current.end = lineEnd; // a wrapped line continues the paragraph
      }
    }
    if (lineEnd >= text.length) break;
    pos = lineEnd + 1;
  }
  yield* flush();
}

/**
 * True when a paragraph's last line breaks off mid-sentence and the next non-empty line (after
 * `from`) carries on: in lower case ("inflation is expected to" + "" + "average 2.4% next year"),
 * or after a word that cannot end a sentence ("exports to" + "" + "China"). A line that ends in a
 * stop, a colon or a number, and a list marker (not a minus), end the paragraph as before.
 * @example continuesAcrossBlank('Exports rose by', 'x\n\n4% in May.', 1) // true
 * @example continuesAcrossBlank('a buy-back, with USD', 'x\n\n6 billion for 2031', 1) // true
 * @example continuesAcrossBlank('Our plans, if fully implemented, will deliver', 'x\n\n2.3 per cent, and more.', 1) // true
 */
export function continuesAcrossBlank(body: string, text: string, from: number): boolean {
  const tail = body.trimEnd();
  const next = /\n[ \t]*(\S[^\n]*)/.exec(text.slice(from).replace(/^(?:[ \t]*\n)*/, '\n'));
  // "70%" + "" + "of the fleet is to be replaced by 2040": a key figure set on its own, whose
  // caption runs on from it in lower case, is one sentence with it.
  if (next && CALLOUT_RE.test(tail.trim()) && /^[a-z]/.test(next[1]!)) return true;
  if (tail === '' || /[.!?:;)\]"”’'%]$/.test(tail)) return false;
  if (!next) return false;
  const line = next[1]!;
  if (MARKER_RE.test(line) && !minusNotMarker(tail, line)) return false;
  const last = /([\w'’-]+)[ \t]*$/.exec(tail)?.[1] ?? '';
  // A lower-case continuation; after a comma or a word that cannot end a sentence ("rose by",
  // "exports to"), anything ("by" + "4% in May", "to" + "China"); after a dash, a number; after a
  // sentence broken off at a lower-case verb ("… if fully implemented, will deliver"), a number
  // with its unit that runs on in lower case ("2.3 per cent, and we will …").
  return (
    /^[a-z]/.test(line) ||
    /,$/.test(tail) ||
    WRAP_WORDS.has(last.toLowerCase()) ||
    (/[(\u2013\u2014-]$/.test(tail) && /^(?:[-–−‑]\s?)?[\d½¼¾]/.test(line)) ||
    (/^[a-z]{3,}$/.test(last) && brokenSentence(tail) && NUMBER_RUNS_ON_RE.test(line)) ||
    // "… with USD" + "6 billion for 2031": a currency code the layout parted from its sum.
    (CURRENCY_CODES.includes(last as never) &&
      brokenSentence(tail) &&
      SCALED_NUMBER_LINE_RE.test(line))
  );
}

/** A key figure alone on its line, a percent or a sum with its sign: "70%", "$134.1 bn". */
export const CALLOUT_RE =
  /^(?:[$€£]\s?)?\d[\d.,]*\s?(?:%|per\s?cent|(?:thousand|million|billion|trillion|bn|m)\b)$/i;

/** A line that opens with a sum's scaled number: "6 billion for 2031", "2.5bn". */
const SCALED_NUMBER_LINE_RE = /^\d[\d.,]*\s?(?:thousand|million|billion|trillion|bn)\b/i;

/** A line that opens with a number and its unit and runs on in lower case: "2.3 per cent, and". */
const NUMBER_RUNS_ON_RE =
  /^\d[\d.,]*\s?(?:%|per\s?cent|percent|percentage\s+points?|(?:thousand|million|billion|trillion)\s+[a-z]+)[\s,;]+[a-z]/i;

/** The paragraph's last sentence is under way: it opens with a capital and has six words or more. */
function brokenSentence(tail: string): boolean {
  const last = tail.split(/[.!?:;]\s+/).pop() ?? '';
  return /^[A-Z"“]/.test(last.trim()) && last.trim().split(/\s+/).length >= 6;
}

/**
 * True when a line that opens with a dash and a number continues the text before it, which broke
 * off after a word that needs what follows ("to", "at", "by", a comma): the dash is a minus.
 * @example minusNotMarker('the deposit rate was cut to', '– 0.5 % in June.') // true
 * @example minusNotMarker('Rates were changed as follows:', '- 0.5 % for deposits') // false
 */
export function minusNotMarker(body: string, line: string): boolean {
  if (!/^[ \t]*[-–−‑][ \t]*\d/.test(line)) return false;
  const tail = body.trimEnd();
  const last = /([\w'’-]+)[ \t]*$/.exec(tail)?.[1] ?? '';
  return /,$/.test(tail) || WRAP_WORDS.has(last.toLowerCase());
}

/**
 * True when a numbered paragraph ("4. Contributions", "(2) Quotas") is a section of the document
 * rather than an item of the list above it: a blank line stands before its marker, its first line
 * is a short title (a capital, up to six words, no stop, colon, digit or comma) and its body runs on
 * to the lines below it (v99). Reports, valuations, statements and annual reviews number their
 * sections so; a list's items run on from their lead-in ("We expect:\n1. Revenue\nRevenue to
 * rise 4%.") and carry their figure on their own first line.
 * @example sectionHeading('- Salary increases: 3.5%\n\n4. Contributions\nContributors pay 6.5%.', { start: 29, end: 70, level: 1 }) // true
 * @example sectionHeading('The targets are:\n1. growth of 3%;', { start: 20, end: 35, level: 1 }) // false
 */
export function sectionHeading(text: string, para: Paragraph): boolean {
  if (para.level !== 1 && para.level !== 2) return false;
  const lineStart = text.lastIndexOf('\n', para.start - 1) + 1;
  if (!/(?:^|\n)[ \t]*\n[ \t]*$/.test(text.slice(0, lineStart))) return false;
  const body = text.slice(para.start, para.end);
  const br = body.indexOf('\n');
  if (br < 0 || body.slice(br).trim() === '') return false;
  return (
    /^[A-Z][\w'’&-]*(?:[ \t]+[\w'’&()-]+){0,5}[ \t]*$/.test(body.slice(0, br)) &&
    !/\d/.test(body.slice(0, br))
  );
}

function speakerHeading(body: string): string | undefined {
  if (body.length > 220) return undefined;
  const m = SPEAKER_HEAD_RE.exec(body);
  if (!m) return undefined;
  const rest = m[2]!;
  if (!/:\s*$/.test(body) && !/\b(?:the following|as follows)\b/i.test(rest)) return undefined;
  const who = m[1]!.trim();
  if (/^(?:I|We|He|She|They|It|This|The following)$/.test(who)) return undefined;
  return who;
}

/**
 * "Given Surname" pairs the document names, so "President Putin" becomes "President Vladimir Putin".
 * @example fullNames('President Vladimir Putin met. Putin said.').get('Putin') // 'Vladimir Putin'
 */
export function fullNames(text: string): Map<string, string> {
  const found = new Map<string, Set<string>>();
  // Lookahead so overlapping pairs count: in "Treasurer Oskar Lindqvist" both pairs are seen.
  for (const m of text.matchAll(/\b([A-Z][a-z]{2,})\s+(?=([A-Z][a-z]{2,})\b)/g)) {
    const [, given, surname] = m as unknown as [string, string, string];
    if (TITLE_WORDS.has(given) || TITLE_WORDS.has(surname)) continue;
    const set = found.get(surname) ?? new Set<string>();
    set.add(given);
    found.set(surname, set);
  }
  const names = new Map<string, string>();
  for (const [surname, givens] of found) {
    if (givens.size === 1) names.set(surname, `${[...givens][0]} ${surname}`);
  }
  return names;
}

function expandName(who: string, names: Map<string, string>): string {
  const words = who.split(/\s+/);
  const surname = words[words.length - 1]!;
  const before = words[words.length - 2];
  const full = names.get(surname);
  // Only expand "Title Surname"; a speaker already named in full stays as written.
  if (!full || (before !== undefined && !TITLE_WORDS.has(before))) return who;
  return [...words.slice(0, -1), full].join(' ');
}

/**
 * Sentence ranges (UTF-16) inside a paragraph body, trimmed of surrounding whitespace.
 * @example sentences('Mr. Sato came. Exports rose.', 0, 28) // [[0, 14], [15, 28]]
 */
export function sentences(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  const body = text.slice(start, end);
  let from = 0;
  for (const m of body.matchAll(
    /[.!?]+["'”’)\]]*(?:\[\d{1,3}\]|\(\d{1,2}\)(?=\s+[A-Z])|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)?(?=\s|$)|(?<=[a-z\d%])\.(?=[A-Z][a-z])|[ \t]*\n(?=[ \t]*[A-Z*])|[ \t]{3,}(?=[A-Z])|。[」』）)]*/g,
  )) {
    // A Japanese full stop ends its sentence, with no space after it, unless it stands inside a
    // bracket ("(輸出は1.5%。輸入は2.8%)" is one aside).
    if (m[0][0] === '。') {
      const piece = body.slice(from, m.index);
      if (bracketDepth(piece) > 0) continue;
      pushTrimmed(out, body, start, from, m.index + m[0].length);
      from = m.index + m[0].length;
      continue;
    }
    // "is forecast for 2031.Responsible for …": pages that run sentences together without a space
    // still end one at a period between a word or year and a capitalised word.
    const stop = m.index + m[0].length;
    // A wide gap before a capital ("3.3 percent    Oilseeds …") is a lost line break or cell edge.
    if (/^[ \t]{3,}$/.test(m[0])) {
      pushTrimmed(out, body, start, from, m.index);
      from = stop;
      continue;
    }
    if (m[0].endsWith('\n')) {
      // A line that ends without a stop ends its sentence (a title, a dateline) unless the text is
      // hard-wrapped mid-sentence: then the line ends in a word that needs what follows.
      if (!lineEndsSentence(body.slice(from, m.index))) continue;
      pushTrimmed(out, body, start, from, m.index);
      from = stop;
      continue;
    }
    const next = /\S/.exec(body.slice(stop))?.[0];
    // A capital opens the next sentence, in Latin or Cyrillic ("… в 1,3%. В апреле …").
    if (next !== undefined && !/[A-Z0-9"“‘'(•·▪◦\-–*А-ЯЁ]/.test(next)) continue;
    if (m[0][0] === '.' && m[0].length === 1) {
      const word = /([\w.]+)$/.exec(body.slice(from, m.index))?.[1]?.toLowerCase() ?? '';
      // "Mr. Sato", "U.S. exports", "J. Smith": the period ends a word, not the sentence.
      if (ABBREVIATIONS.has(word) || /^[a-z]$/.test(word)) continue;
      // "Ps. 241.62", "Tk. 120": the peso's and the taka's abbreviation before its number (v192,
      // v207).
      if (/(?<![\w.])(?:Ps|Tk)$/.test(body.slice(from, m.index)) && /^\s?\d/.test(body.slice(stop)))
        continue;
      // "54.1% y.o.y. (3.2 p.p. over …)": a bracket after a dotted abbreviation in lower case
      // is an aside on the figure before it, not a new sentence.
      if (/^(?:[a-z]\.){1,3}[a-z]$/.test(word) && next === '(') continue;
      // "58 долл. США": the Russian dollar's abbreviation before the country that names it.
      if (/(?<![а-яё])долл$/i.test(body.slice(from, m.index)) && /^\s*США/.test(body.slice(stop)))
        continue;
      // "Sh. 158.42", "Kshs. 900 million": the shilling's abbreviation before its number (v213).
      if (/(?<![\w.])K?[Ss]hs?$/.test(body.slice(from, m.index)) && /^\s?\d/.test(body.slice(stop)))
        continue;
      // "30,4 mln. USD", "88 bn. DKK", "412 Mio. Euro": a scale abbreviated before its currency.
      if (
        /^(?:mln|bln|mn|bn|thous|ths|trln|mrd|mio)$/.test(word) &&
        SCALE_STOP_CODE_AFTER_RE.test(body.slice(stop))
      )
        continue;
    }
    pushTrimmed(out, body, start, from, stop);
    from = stop;
  }
  pushTrimmed(out, body, start, from, body.length);
  return out;
}

/** After an abbreviated scale's stop, any charted currency's code, or the euro's German name
 *  ("Mrd. Euro"): no new sentence. */
const SCALE_STOP_CODE_AFTER_RE = new RegExp(
  String.raw`^\s*(?:(?:${CURRENCY_CODES.join('|')}|RMB|Euro)(?![A-Za-z])|US\$)`,
);

/** Words a hard-wrapped line can end in mid-sentence: "rose 5 per cent in" + "Japan". */
const WRAP_WORDS = new Set(
  'a an the of in on at to for by with from and or nor but as than that which who whose will would shall should can could may might must is are was were be been being has have had its their our his her per into over under between about around against via vs mr mrs ms dr president minister prime foreign'.split(
    ' ',
  ),
);

function lineEndsSentence(line: string): boolean {
  // A closing quote after the last word ("Firms expect a “profit deficit”") ends the line as the
  // word would.
  // A line closed by its own bracket ("… (2030: 81.2 pence)") ends as an item of a list with no
  // stops does, before a capital that opens the next line.
  if (/\)[ \t]*$/.test(line) && bracketDepth(line) === 0) return true;
  const last = /([\w'’%-]+)["”]?[ \t]*$/.exec(line)?.[1];
  if (!last || /[,;:(\u2013\u2014-]\s*$/.test(line)) return false;
  // A capitalised last word may be a name that runs on ("the Bank of" + "England"; "Mr Sato" +
  // "Taro"); a number, a percent or a lower-case content word closes a title or a dateline.
  return /^(?:\d[\d.,]*%?|[a-z][\w'’-]*)$/.test(last) && !WRAP_WORDS.has(last.toLowerCase());
}

/** How many brackets the words leave open, Latin or full-width: "(輸出は1.5%" leaves 1. */
function bracketDepth(words: string): number {
  return (words.match(/[(（]/g)?.length ?? 0) - (words.match(/[)）]/g)?.length ?? 0);
}

function pushTrimmed(out: [number, number][], body: string, base: number, a: number, b: number) {
  const piece = body.slice(a, b);
  const lead = piece.length - piece.trimStart().length;
  const trail = piece.length - piece.trimEnd().length;
  if (b - trail > a + lead) out.push([base + a + lead, base + b - trail]);
}

/** A whole date glued to what follows it, as scraped headline lists store them ("2023-03-147%
 *  more", "15.07.2021By one sixth"): ISO year-month-day or day.month.year, followed at once by a
 *  letter or digit. The date ends where its day (or year) digits end. */
const GLUED_DATE_RE =
  /(?<![\d.-])(?:(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])|(?:0[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2])\.(?:19|20)\d\d)(?=[\p{L}\d])/gu;

/**
 * The text with every date glued to the next word blanked out, length for length, so offsets
 * still point into the original and the word or number after the date starts a new token.
 * @example unglueDates('2023-03-147% more part-time workers') // '          7% more part-time workers'
 * @example unglueDates('Published 2023-03-14.') // 'Published 2023-03-14.' (not glued: kept)
 */
export function unglueDates(text: string): string {
  return text.replace(GLUED_DATE_RE, (date) => ' '.repeat(date.length));
}

// Lines.

/**
 * The line holding offset `at` (UTF-16) of `text`, without its line break.
 * @example lineAt('Fees\n(a) passport: US$75;\n(b) visa: US$40;', 10) // '(a) passport: US$75;'
 */
export function lineAt(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(start, end < 0 ? text.length : end);
}

/**
 * The line holding offset `at` (UTF-16) of `text`, and the lines above it, top first (the line
 * break that ends the last of them dropped, so a text's first line has `['']` above it).
 * @example linesTo('The fees shall be:\n\n(a) passport: US$75;', 25) // { line: '(a) passport: US$75;', above: ['The fees shall be:', ''] }
 */
export function linesTo(text: string, at: number): { line: string; above: string[] } {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  return { line: lineAt(text, at), above: text.slice(0, Math.max(0, start - 1)).split('\n') };
}
