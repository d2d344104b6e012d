// Proposes candidate figures (percentages, currency amounts, multipliers, "from X to Y") from a
// document's text, with exact code-point offsets, as drafts in the figure-file format.
// Pure: no file system, no Svelte. It never decides what is true — a person checks every draft.

import type { ChartGroup, Figure, FigureKind, FigureStatus, Unit } from '../model/figure.ts';
import { readStatedValue, relativeChange } from '../model/statedValue.ts';
import {
  CONTEXT_LENGTH,
  codePointText,
  firstCodePoints,
  lastCodePoints,
} from '../model/codePoints.ts';

/** A proposed figure: exactly the figure-file format, so a draft validates as it is. */
export type Candidate = Figure;

export interface ExtractOptions {
  /** Speaker used where the document's structure names none. */
  defaultSpeaker?: string;
  /** Called every `progressEvery` UTF-16 units (and at the end) with how far extraction got. */
  onProgress?: (done: number, total: number) => void;
  progressEvery?: number;
}

/** The note every draft carries until a person has checked it. */
export const DRAFT_NOTE = 'Draft proposed by extract; check before use.';
/** Prefix and suffix length in code points (W3C TextQuoteSelector context). */
export const UNKNOWN_SPEAKER = 'Unknown speaker (set from the source)';

// ---------------------------------------------------------------------------------------------
// Vocabulary. Regex sources are composed so each pattern reads like the phrase it finds.

const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const SCALE = String.raw`thousand|million|billion|trillion|mn|bn`;
const CUR_SIGN = String.raw`US\$|\$|USD\s?|¥|JPY\s?|€|EUR\s?|₽|RUB\s?`;
const CUR_WORD = String.raw`US dollars|dollars|USD|yen|JPY|euros?|EUR|roubles?|rubles?|RUB`;
const PCT = String.raw`\s?(?:%|percent\b|per cent\b)`;
const APPROX = String.raw`about|around|some|nearly|almost|roughly|approximately|over|more than|less than|just over|just under|up to`;
const UP_VERB = String.raw`increased|rose|risen|grew|grown|expanded|climbed|jumped|gained|surged|soared|increase|rise|grow`;
const DOWN_VERB = String.raw`decreased|declined|fell|fallen|dropped|shrank|shrunk|contracted|slipped|slid|plunged|plummeted|reduced|cut|lost|decrease|decline|fall|drop|shrink|reduce`;
const VERB = `${UP_VERB}|${DOWN_VERB}`;
const CHANGE_NOUN = String.raw`increase|rise|growth|gain|jump|decline|decrease|drop|fall|reduction`;
const AUX = String.raw`had|has|have|was|were|is|are|will|would|could|to|been|be`;

const PERCENT_RE = new RegExp(String.raw`(?<![\w.,/$€¥₽-])(${NUM})${PCT}`, 'gi');
const AMOUNT_SIGN_RE = new RegExp(
  String.raw`(?<![\w$])(?:${CUR_SIGN})(?:${NUM})(?:\s*(?:${SCALE})\b)?`,
  'gi',
);
const AMOUNT_WORD_RE = new RegExp(
  String.raw`(?<![\w.,$/-])(?:${NUM})(?:\s*(?:${SCALE})\b)?\s*(?:${CUR_WORD})\b`,
  'gi',
);
const MULTIPLIER_RE = new RegExp(
  String.raw`\b(?:(?:${AUX})\s+)?(?:(?:${APPROX})\s+)?(?:doubled|tripled|trebled|quadrupled|halved)\b` +
    String.raw`|\b(?:to|will|would|could|may|might|should)\s+(?:(?:${APPROX})\s+)?(?:double|triple|treble|quadruple)\b` +
    String.raw`|\b(?:(?:${UP_VERB})\s+)?(?:an?\s+)?(?:twofold|two-fold|2-fold|threefold|three-fold|3-fold|fourfold|four-fold|4-fold)(?:\s+(?:${CHANGE_NOUN}|expansion))?\b` +
    String.raw`|\b(?:${VERB})\s+by\s+(?:(?:a|one|two|three)[- ]?)?(?:half|thirds?|quarters?|fifths?|tenths?)\b`,
  'gi',
);
const FOLD_RE = /twofold|two-fold|2-fold|threefold|three-fold|3-fold|fourfold|four-fold|4-fold/i;
const SIDE = String.raw`(?:${CUR_SIGN})?(?:${NUM})(?:\s*(?:${SCALE})\b)?(?:${PCT})?`;
const FROM_TO_RE = new RegExp(
  String.raw`(?:\b(?:${VERB}|doubled|tripled|halved)\s+(?:by\s+\S+\s+)?)?\bfrom\s+(${SIDE})\s+to\s+(${SIDE})`,
  'gi',
);

const VERB_BEFORE_RE = new RegExp(
  String.raw`\b(?:(?:${VERB})(?:\s+[\w'’-]+){0,3}?\s+by|(?:${VERB})|(?:${CHANGE_NOUN})\s+of|up|down)\s+(?:(?:${APPROX})\s+)?$`,
  'i',
);
const NOUN_AFTER_RE = new RegExp(String.raw`^\s+(?:${CHANGE_NOUN}|higher|lower)\b`, 'i');
const DOWN_RE = new RegExp(String.raw`\b(?:${DOWN_VERB}|down|halved)\b`, 'i');
const FOLD_CHANGE_RE = new RegExp(String.raw`\b(?:${UP_VERB}|${CHANGE_NOUN}|expansion)\b`, 'i');
const SIDE_NUMBER_RE = new RegExp(String.raw`(${NUM})(?:\s*(${SCALE})\b)?`, 'i');
const CUR_START_RE = new RegExp(String.raw`^(?:${CUR_SIGN})`);
const MONTH = String.raw`January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec`;
const DATE_AFTER_RE = new RegExp(
  String.raw`^\s*(?:${MONTH}|a\.m\.|p\.m\.|am\b|pm\b|o'clock|th\b|st\b|nd\b|rd\b)`,
  'i',
);
const EXPECTED_RE =
  /\b(?:expected|expects?|projected|projections?|forecasts?|forecasted|will|shall|is set to|are set to|plans? to|planned|aims? to|targets?|targeted|estimated to|anticipated|likely to|would|next year|in the future)\b/i;
const YEAR_RE = /\b(?:in|during|for|of)\s+((?:19|20)\d\d)\b/i;
const PREVIOUS_RE = /\b(?:previous year|year before|a year earlier|prior year|last year)\b/i;

const TOPICS: [string, RegExp][] = [
  ['trade', /\b(?:exports?|imports?|trade|exported|imported|shipments?)\b/i],
  ['investment', /\b(?:invest\w*|capital|FDI|stakes?|shareholdings?|shareholders?)\b/i],
  ['energy', /\b(?:oil|gas|LNG|energy|pipelines?|electricity|power|fuel)\b/i],
  ['aid', /\b(?:aid|assistance|grants?|loans?|lent|lending|donations?)\b/i],
  ['budget', /\b(?:budget|spending|spent|revenues?|tax\w*|debt|deficit|fiscal)\b/i],
  ['employment', /\b(?:jobs?|employ\w*|unemploy\w*|workers?|wages?|staff)\b/i],
  ['economy', /\b(?:GDP|economy|economic|output|growth|inflation|prices?)\b/i],
  ['transport', /\b(?:cargo|freight|passengers?|port|harbou?r|rail\w*|traffic|containers?)\b/i],
];

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
  'mr mrs ms dr prof st no nos co corp inc ltd jr sr vs e.g i.e approx jan feb mar apr jun jul aug sep sept oct nov dec gov gen col lt rep sen mt fig art sec vol pp p u.s u.k u.n e.u'.split(
    ' ',
  ),
);

// ---------------------------------------------------------------------------------------------

interface Paragraph {
  start: number; // UTF-16 index of the body (after any list marker)
  end: number;
  level: number; // 0 = no marker
  speaker?: string;
}

interface Match {
  start: number; // UTF-16, relative to the sentence
  end: number;
  kind: FigureKind;
  value?: number; // set when the matcher computes it (from-to); else read back from the words
  prefer?: 'up' | 'down';
  object?: string;
  notes: string[];
}

/**
 * Proposes every figure the text states with a unit the model knows (percent or a currency), as
 * drafts: offsets in code points, the sentence as quote, a guessed label, topic, kind and status.
 * Dates, years, list numbers, ordinals and numbers in names are never proposed.
 * @example extractCandidates('Exports increased 40% in 2001.', 'doc').map((c) => [c.stated.text, c.value])
 * // [['increased 40%', 40]]
 */
export function extractCandidates(
  text: string,
  sourceId: string,
  opts: ExtractOptions = {},
): Candidate[] {
  const { toCp } = codePointText(text);
  const names = fullNames(text);
  const every = opts.progressEvery ?? 100_000;
  let nextReport = every;
  const candidates: Candidate[] = [];
  const usedIds = new Map<string, number>();

  for (const para of paragraphs(text, names)) {
    if (opts.onProgress && para.start >= nextReport) {
      opts.onProgress(para.start, text.length);
      nextReport = (Math.floor(para.start / every) + 1) * every;
    }
    let previousLabel: string | undefined;
    for (const [sStart, sEnd] of sentences(text, para.start, para.end)) {
      const sentence = text.slice(sStart, sEnd);
      // Most sentences hold no figure; skip them before running a dozen patterns.
      if (
        !/\d|doubl|tripl|trebl|quadrupl|fold|half|halved|third|quarter|fifth|tenth/i.test(sentence)
      ) {
        continue;
      }
      for (const m of matchFigures(sentence)) {
        const candidate = buildCandidate(text, sourceId, sentence, sStart, sEnd, m, para, {
          toCp,
          previousLabel,
          defaultSpeaker: opts.defaultSpeaker,
        });
        if (!candidate) continue;
        previousLabel = candidate.label;
        candidate.id = uniqueId(candidate.id, usedIds);
        candidates.push(candidate);
      }
    }
  }
  opts.onProgress?.(text.length, text.length);
  return candidates;
}

/**
 * Wraps candidates in a figure file with one draft chart group for each chart id they name,
 * ready to be written as JSON and edited by a person.
 * @example draftFigureFile(extractCandidates(text, 'doc'), '../schema/figures.schema.json')
 * // { $schema: '../schema/figures.schema.json', charts: [{ id: 'trade-change', … }], figures: [ … ] }
 */
export function draftFigureFile(
  candidates: Candidate[],
  schemaPath?: string,
): { $schema?: string; charts: ChartGroup[]; figures: Candidate[] } {
  const charts = new Map<string, ChartGroup>();
  for (const c of candidates) {
    let group = charts.get(c.chart);
    if (!group) {
      const unit = c.kind === 'amount' ? ` in ${c.unit}` : ' in percent';
      const kindWords = { change: 'changes', share: 'shares', amount: 'amounts' }[c.kind];
      group = {
        id: c.chart,
        title: `${capitalise(c.topic.replace(/-/g, ' '))}: ${kindWords}${unit}`,
        description: `Draft group proposed by extract: ${kindWords}${unit} about ${c.topic.replace(/-/g, ' ')}. Rename, split or merge before use.`,
        topic: capitalise(c.topic.replace(/-/g, ' ')),
        figures: [],
      };
      charts.set(c.chart, group);
    }
    group.figures.push(c.id);
  }
  return {
    ...(schemaPath ? { $schema: schemaPath } : {}),
    charts: [...charts.values()],
    figures: candidates,
  };
}

// ---------------------------------------------------------------------------------------------
// Document structure: paragraphs, list markers, speakers, sentences.

function* paragraphs(text: string, names: Map<string, string>): Generator<Paragraph> {
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
      yield* flush();
    } else {
      const marker = MARKER_RE.exec(line);
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

/** "Given Surname" pairs the document names, so "President Putin" becomes "President Vladimir Putin". */
function fullNames(text: string): Map<string, string> {
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

/** Sentence ranges (UTF-16) inside a paragraph body, trimmed of surrounding whitespace. */
function sentences(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  const body = text.slice(start, end);
  let from = 0;
  for (const m of body.matchAll(/[.!?]+["'”’)\]]*(?=\s|$)/g)) {
    const stop = m.index + m[0].length;
    const next = /\S/.exec(body.slice(stop))?.[0];
    if (next !== undefined && !/[A-Z0-9"“‘'(•·▪◦\-–]/.test(next)) continue;
    if (m[0][0] === '.' && m[0].length === 1) {
      const word = /([\w.]+)$/.exec(body.slice(from, m.index))?.[1]?.toLowerCase() ?? '';
      // "Mr. Sato", "U.S. exports", "J. Smith": the period ends a word, not the sentence.
      if (ABBREVIATIONS.has(word) || /^[a-z]$/.test(word)) continue;
    }
    pushTrimmed(out, body, start, from, stop);
    from = stop;
  }
  pushTrimmed(out, body, start, from, body.length);
  return out;
}

function pushTrimmed(out: [number, number][], body: string, base: number, a: number, b: number) {
  const piece = body.slice(a, b);
  const lead = piece.length - piece.trimStart().length;
  const trail = piece.length - piece.trimEnd().length;
  if (b - trail > a + lead) out.push([base + a + lead, base + b - trail]);
}

// ---------------------------------------------------------------------------------------------
// Finding figures inside one sentence.

/** Every figure in a sentence, longest span first wins where two overlap. */
function matchFigures(sentence: string): Match[] {
  const found: Match[] = [...fromTo(sentence), ...multipliers(sentence), ...amounts(sentence)];
  found.push(...percentages(sentence));
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Match[] = [];
  for (const m of found) {
    if (kept.every((k) => m.end <= k.start || m.start >= k.end)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function* fromTo(s: string): Generator<Match> {
  for (const m of s.matchAll(FROM_TO_RE)) {
    const [x, y] = [side(m[1]!), side(m[2]!)];
    if (x.cls !== y.cls || x.scaled !== y.scaled) continue; // "from 2 to 3 billion": unclear base
    const after = s.slice(m.index + m[0].length);
    if (x.cls === 'bare') {
      // "from 2001 to 2005", "from 9 to 11 January", "from 3 to 5 p.m." are dates and times.
      if (isYear(m[1]!) || isYear(m[2]!)) continue;
      if (DATE_AFTER_RE.test(after)) continue;
      if (!/^\s+[a-z]/i.test(after)) continue; // a count needs its noun: "from 120 to 180 projects"
    }
    if (/^(?:[-–]\d|\s*(?:st|nd|rd|th)\b)/.test(after)) continue;
    const change = relativeChange(x.value, y.value);
    if (change === undefined) continue;
    const notes = [
      `Relative change computed from the two levels the source states (${m[1]!.trim()} → ${m[2]!.trim()}); you may prefer two separate figures.`,
    ];
    if (x.cls === 'percent') {
      notes.push(
        `Both levels are percentages: the change is ${round2(y.value - x.value)} percentage points, a relative change of ${change} %.`,
      );
    }
    yield { start: m.index, end: m.index + m[0].length, kind: 'change', value: change, notes };
  }
}

function side(t: string): { cls: 'percent' | 'currency' | 'bare'; value: number; scaled: boolean } {
  const n = SIDE_NUMBER_RE.exec(t)!;
  const scales: Record<string, number> = {
    thousand: 1e3,
    million: 1e6,
    mn: 1e6,
    billion: 1e9,
    bn: 1e9,
    trillion: 1e12,
  };
  const value = Number(n[1]!.replace(/,/g, '')) * (n[2] ? scales[n[2].toLowerCase()]! : 1);
  const cls = /%|per ?cent/i.test(t) ? 'percent' : CUR_START_RE.test(t) ? 'currency' : 'bare';
  return { cls, value, scaled: Boolean(n[2]) };
}

function* multipliers(s: string): Generator<Match> {
  for (const m of s.matchAll(MULTIPLIER_RE)) {
    let start = m.index;
    let end = m.index + m[0].length;
    const words = m[0];
    if (FOLD_RE.test(words)) {
      // "twofold" needs a change beside it: "grew twofold", "a twofold increase", not "a twofold aim".
      if (!FOLD_CHANGE_RE.test(words)) continue;
      if (/^an?\s/i.test(words)) start += words.indexOf(' ') + 1; // drop the article
    }
    // Keep "had/has/have" ("had doubled", as annotators quote it); drop other auxiliaries.
    const aux = /^(?:was|were|is|are|will|would|could|to|been|be|may|might|should)\s+/i.exec(
      s.slice(start, end),
    );
    if (aux) start += aux[0].length;
    end = start + s.slice(start, end).trimEnd().length;
    const notes = /more than|over|nearly|almost|roughly|about|approximately|up to/i.test(words)
      ? ['The words qualify the number ("more than", "nearly", …): the value is not exact.']
      : [];
    const prefer = DOWN_RE.test(words) ? 'down' : 'up';
    yield { start, end, kind: 'change', prefer, notes };
  }
}

function* amounts(s: string): Generator<Match> {
  for (const re of [AMOUNT_SIGN_RE, AMOUNT_WORD_RE]) {
    for (const m of s.matchAll(re)) {
      const after = s.slice(m.index + m[0].length);
      if (/^(?:\s*[-–]\s*\d|\s*(?:st|nd|rd|th)\b)/.test(after)) continue; // "$1-2 billion": a range
      if (re === AMOUNT_WORD_RE && isYear(m[0].replace(/\D+$/, ''))) continue;
      yield { start: m.index, end: m.index + m[0].length, kind: 'amount', notes: [] };
    }
  }
}

function* percentages(s: string): Generator<Match> {
  for (const m of s.matchAll(PERCENT_RE)) {
    let start = m.index;
    let end = m.index + m[0].length;
    const after = s.slice(end);
    if (/^\s*[-–]\s*\d/.test(after) || /^\s*points?\b/i.test(after)) continue; // range or points
    const before = s.slice(0, start);
    const notes: string[] = [];
    let kind: FigureKind | undefined;
    let object: string | undefined;
    let prefer: Match['prefer'];

    const verb = VERB_BEFORE_RE.exec(before.slice(-80));
    const noun = NOUN_AFTER_RE.exec(after);
    if (verb) {
      kind = 'change';
      start = m.index - verb[0].length;
      prefer = DOWN_RE.test(verb[0]) ? 'down' : 'up';
    } else if (noun) {
      kind = 'change';
      end += noun[0].length;
      if (/^an?\s$/i.test(before.slice(-2)) || /\ban?\s$/i.test(before)) start = m.index;
    }
    if (!kind) {
      const of = /^\s+of\s+((?:[\w'’&.-]+\s*){1,5})/.exec(after);
      if (of) {
        const words = of[1]!.split(/\s+/).filter(Boolean);
        const kept: string[] = [];
        for (const w of words) {
          const clean = w.replace(/[.,;:]+$/, '');
          if (
            /^(?:and|or|but|while|in|by|from|for|over|since|compared|with|at|as|on|to|than|which|that|who|was|were|is|are)$/i.test(
              clean,
            )
          )
            break;
          kept.push(clean);
          if (clean !== w) break; // punctuation ends the phrase
        }
        if (kept.length > 0) {
          kind = 'share';
          object = kept.join(' ');
          const phrase = after.slice(
            0,
            after.indexOf(kept[kept.length - 1]!) + kept[kept.length - 1]!.length,
          );
          end += phrase.length;
        }
      }
    }
    if (!kind) {
      kind = 'share';
      const cue =
        /\b(?:share|stake|accounts? for|accounted for|makes? up|made up|represents?|represented|portion|proportion)\b/i;
      if (!cue.test(before)) {
        notes.push('Kind guessed: the words do not say whether this is a share or a change.');
      }
    }
    const value = Number(m[1]!.replace(/,/g, ''));
    if (kind === 'share' && value > 100) kind = 'change';
    yield { start, end, kind, object, prefer, notes };
  }
}

// ---------------------------------------------------------------------------------------------
// From a match to a draft figure.

interface BuildContext {
  toCp: (utf16: number) => number;
  previousLabel?: string;
  defaultSpeaker?: string;
}

function buildCandidate(
  text: string,
  sourceId: string,
  sentence: string,
  sStart: number,
  sEnd: number,
  m: Match,
  para: Paragraph,
  ctx: BuildContext,
): Candidate | undefined {
  const statedText = sentence.slice(m.start, m.end);
  const readings = readStatedValue(statedText, m.kind);
  let reading = readings[0];
  if (m.value !== undefined) reading = readings.find((r) => r.value === m.value);
  else if (m.prefer === 'up') reading = readings.find((r) => r.value > 0) ?? reading;
  else if (m.prefer === 'down') reading = readings.find((r) => r.value < 0) ?? reading;
  // Propose only what the checker can read back, so every draft passes validation as written.
  if (!reading) return undefined;
  const value = reading.value;
  const unit: Unit = reading.unit;

  const clause = clauseAround(sentence, m.start);
  const clauseText = sentence.slice(clause[0], clause[1]);
  const status: FigureStatus = EXPECTED_RE.test(clauseText) ? 'expected' : 'actual';
  const lead = sentence.slice(clause[0], m.start);
  const topic =
    TOPICS.find(([, re]) => re.test(lead))?.[0] ??
    TOPICS.find(([, re]) => re.test(clauseText))?.[0] ??
    TOPICS.find(([, re]) => re.test(sentence))?.[0] ??
    'general';
  const label = guessLabel(lead, m, status, ctx.previousLabel, statedText);
  const notes = [DRAFT_NOTE, ...m.notes];

  const figure: Candidate = {
    id: kebab(label),
    label,
    topic,
    kind: m.kind,
    value,
    unit,
    status,
    speaker: para.speaker ?? ctx.defaultSpeaker ?? UNKNOWN_SPEAKER,
    stated: { text: statedText, start: ctx.toCp(sStart + m.start), end: ctx.toCp(sStart + m.end) },
    quote: {
      sourceId,
      exact: sentence,
      prefix: lastCodePoints(text.slice(Math.max(0, sStart - 2 * CONTEXT_LENGTH), sStart)),
      suffix: firstCodePoints(text.slice(sEnd, sEnd + 2 * CONTEXT_LENGTH)),
      start: ctx.toCp(sStart),
      end: ctx.toCp(sEnd),
    },
    notes,
    chart: kebab(`${topic}-${m.kind}${m.kind === 'amount' ? `-${unit}` : ''}`),
  };
  const year = YEAR_RE.exec(clauseText) ?? YEAR_RE.exec(sentence);
  if (year && (m.kind === 'change' || status === 'actual')) {
    figure.period = year[1]!;
    if (m.kind === 'change' && PREVIOUS_RE.test(clauseText)) {
      figure.basePeriod = String(Number(year[1]) - 1);
    }
    if (!YEAR_RE.test(clauseText))
      notes.push(`Period ${year[1]} guessed from elsewhere in the sentence.`);
  }
  if (!para.speaker && !ctx.defaultSpeaker) {
    notes.push('No speaker found in the document structure: set "speaker".');
  }
  // Reorder keys as the figure files write them (period/basePeriod before speaker).
  return orderKeys(figure);
}

function clauseAround(sentence: string, at: number): [number, number] {
  const cuts = [0];
  // "Although A, B …": the subordinate clause before the first comma is not the figure's clause.
  const subordinate = /^(?:Although|Though|While|Whereas|As|Since|If|When|Despite)\b[^,]*,\s+/.exec(
    sentence,
  );
  if (subordinate) cuts.push(subordinate[0].length);
  for (const m of sentence.matchAll(
    /;\s*|,\s+(?=(?:and|but|while|whereas|although|though)\b)|\s+(?=(?:but|whereas)\s)/g,
  )) {
    cuts.push(m.index + m[0].length);
  }
  cuts.push(sentence.length);
  let i = 0;
  while (i + 1 < cuts.length - 1 && cuts[i + 1]! <= at) i++;
  return [cuts[i]!, cuts[i + 1]!];
}

const LEADING_WORDS =
  /^(?:and|but|while|whereas|although|though|so far|in addition|also|however|meanwhile|overall|moreover|furthermore|thus|therefore|as a result|in total|in all|by contrast|this year|last year|in (?:19|20)\d\d)\s*,?\s+/i;
const MAIN_VERB =
  /\b(?:is|are|was|were|has|have|had|will|would|shall|could|may|might|increased|rose|grew|fell|decreased|declined|dropped|doubled|tripled|halved|reached|reaches|totall?ed|totals|stood|stands|amounted|amounts|accounts?|accounted|made up|makes up|represents?|represented|holds?|held|owns?|owned|expanded|climbed|jumped|shrank|contracted|invested|spent|lent|pledged|provided|allocated|received|exported|imported|rise|rises|increase|increases|fall|falls)\b/i;
const ACTION_VERB =
  /^(?:(?:has|have|had|will|would|is|are|was|were)\s+(?:been\s+)?)?(?:invested|spent|lent|pledged|provided|allocated|received|exported|imported|invest|spend|lend|pledge|provide|allocate|receive)\b/i;
const PRONOUN =
  /^(?:the (?:number|figure|amount|total|sum|share|rate|level)|it|this|that|this (?:figure|amount|number)|which)$/i;

function guessLabel(
  lead: string,
  m: Match,
  status: FigureStatus,
  previous: string | undefined,
  stated: string,
): string {
  let text = lead
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  // "The minister said that exports rose": the figure's subject follows the reporting verb.
  text = text.replace(
    /^.*\b(?:said|says|stated|noted|reported|announced|explained|added)(?:\s+that)?(?:\s+|$)/i,
    '',
  );
  for (let i = 0; i < 3; i++) text = text.replace(LEADING_WORDS, '');
  const verb = MAIN_VERB.exec(text);
  let subject = verb ? text.slice(0, verb.index) : text;
  subject = subject
    .replace(
      /\s+(?:in|during|for|by|over|since|as of|at the end of)\s+(?:the\s+)?(?:(?:fiscal|financial|calendar)\s+(?:year\s+)?)?(?:19|20)\d\d(?:[-–/]\d{2,4})?$/i,
      '',
    )
    .replace(/[\s,;:]+$/, '')
    .trim();
  if (verb) {
    const action = ACTION_VERB.exec(text.slice(verb.index));
    if (action && subject) subject = `${subject} ${action[0]}`;
  }
  let label: string;
  if (PRONOUN.test(subject) && previous) {
    label =
      status === 'expected' ? `${previous.replace(/ \(expected\)$/, '')} (expected)` : previous;
  } else if (subject.length >= 3 && !PRONOUN.test(subject)) {
    label = subject;
  } else {
    label = stated;
  }
  if (m.object && m.kind === 'share' && label !== stated) {
    label = /^[A-Z]/.test(m.object) ? `${label} in ${m.object}` : `${label}, share of ${m.object}`;
  }
  if (label.length > 80) label = `${label.slice(0, 80).replace(/\s+\S*$/, '')}…`;
  return capitalise(label);
}

function orderKeys(f: Candidate): Candidate {
  const {
    id,
    label,
    topic,
    kind,
    value,
    unit,
    status,
    period,
    basePeriod,
    speaker,
    stated,
    quote,
    notes,
    chart,
  } = f;
  return {
    id,
    label,
    topic,
    kind,
    value,
    unit,
    status,
    ...(period !== undefined ? { period } : {}),
    ...(basePeriod !== undefined ? { basePeriod } : {}),
    speaker,
    stated,
    quote,
    notes,
    chart,
  };
}

// ---------------------------------------------------------------------------------------------
// Small text helpers.

function isYear(t: string): boolean {
  return /^(?:1[89]|20)\d\d$/.test(t.trim());
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * A stable kebab-case id from a label.
 * @example kebab("Japan's exports to Russia") // 'japans-exports-to-russia'
 */
export function kebab(label: string): string {
  const id = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const short = id.length > 60 ? id.slice(0, 60).replace(/-[^-]*$/, '') : id;
  return short || 'figure';
}

function uniqueId(id: string, used: Map<string, number>): string {
  if (!used.has(id)) {
    used.set(id, 1);
    return id;
  }
  // Remember the last suffix per id so a thousand "sales" figures stay linear, not quadratic.
  let n = used.get(id)!;
  let candidate: string;
  do candidate = `${id}-${++n}`;
  while (used.has(candidate));
  used.set(id, n);
  used.set(candidate, 1);
  return candidate;
}
