// What a percent is of: a change of some level over time, or a part of a whole (a level such as a
// rate, a ratio or a share). The one reader the extractor asks when no cue on the number itself
// decided, and when a cue bound to the number outranks one further away.
// Pure text work on the words before and after one number; it knows nothing of other figures.

import { CHANGE_NOUN, CHANGED_NOUNS, VERB } from './vocabulary.ts';
import { DOWN_NOUN, RATIO_BASE_AFTER_RETURN, UP_VERB } from '../../model/numberVocabulary.ts';
import { measureKind } from './measure.ts';

export type PercentOf = 'change' | 'share';

/** A reading of what a percent is of: its kind, whether a noun bound to the number gave it (which
 *  outranks any cue further away), and for a fall named by a subject, where its noun starts (the
 *  stated words run from there, so the number reads negative). */
export interface KindReading {
  kind: PercentOf;
  bound: boolean;
  fallAt?: number;
  /** For a fall whose word comes after the number ("um 1,7 % zurückgingen"), how far into the
   *  text after it the stated words run, so the validator reads the fall back. */
  fallEnd?: number;
}

/**
 * What a percent is of, from the words around it: the noun bound to it ("a fare adjustment of
 * 9.8%", "the 12.5% rate"), else a change noun heading its subject ("increases in council tax
 * averaged 6.8%"), else a verb that raised something "by" it ("fees were uprated by 4%").
 * Undefined when none says.
 * @example percentOf('a coupon of ', ' on the notes')?.kind // 'share'
 * @example percentOf('Pay rises across the sector averaged ', ' in 2031')?.kind // 'change'
 */
export function percentOf(
  before: string,
  after: string,
  acronyms: readonly string[] = [],
): KindReading | undefined {
  const read = percentOfWords(before, after);
  if (read?.kind === 'change' || acronyms.length === 0) return read;
  // "the AAWI was 3.8%", "an AAWI of 4.1%", after "the average annualised wage increase (AAWI)":
  // an acronym the text gave a change noun is read as that noun.
  const named = spellAcronyms(before, acronyms);
  if (named === before) return read;
  const spelled = percentOfWords(named, after);
  return spelled?.kind === 'change' && spelled.fallAt === undefined ? spelled : read;
}

/** A change noun and the acronym the text gives it in brackets right after: "average annualised
 *  wage increase (AAWI)", "cost-of-living adjustment (COLA)". Group 1 is the acronym. */
const CHANGE_ACRONYM_RE = new RegExp(
  String.raw`\b(?:${CHANGE_NOUN}|indexations?|escalations?|adjustments?|awards?|upratings?|uplifts?)\s*\(([A-Z]{2,8})\)`,
  'gi',
);

/**
 * The acronyms a text gives a noun of change, rising or none, in brackets right after it (a fall's
 * noun, whose sign the reader would have to carry, is left out).
 * @example changeAcronyms('The average annualised wage increase (AAWI) was 3.9%.') // ['AAWI']
 * @example changeAcronyms('The unemployment rate (UR) was 5%.') // []
 */
export function changeAcronyms(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(CHANGE_ACRONYM_RE)) {
    const noun = /^\S+/.exec(m[0])![0];
    if (!/^[A-Z]+$/.test(m[1]!) || new RegExp(String.raw`^(?:${DOWN_NOUN})$`, 'i').test(noun))
      continue;
    found.add(m[1]!);
  }
  return [...found];
}

/** The words with each acronym of a change written as "increase", and its bracket after the noun
 *  it names dropped. */
function spellAcronyms(words: string, acronyms: readonly string[]): string {
  let out = words;
  for (const a of acronyms) {
    out = out
      .replace(new RegExp(String.raw`\s*\(${a}\)`, 'g'), '')
      .replace(new RegExp(String.raw`\b${a}\b`, 'g'), 'increase');
  }
  return out;
}

/** percentOf on the words as they stand. */
function percentOfWords(before: string, after: string): KindReading | undefined {
  const noun = boundNoun(before, after);
  if (noun) return { kind: noun, bound: true };
  if (labelChange(before)) return { kind: 'change', bound: false };
  const subject = changeSubject(before);
  if (subject) return { kind: 'change', bound: false, fallAt: subject.at };
  if (raisedBy(before, after)) return { kind: 'change', bound: false };
  if (capOnRise(before, after)) return { kind: 'change', bound: false };
  if (indexedAt(before, after)) return { kind: 'change', bound: false };
  if (GERMAN_BY_BEFORE_RE.test(before)) return germanBy(before, after);
  return undefined;
}

/** A German change "um" a percent and its direction: a fall when its verb is before "um" ("sanken
 *  um 2,3 %", "verringerten sich im Jahresverlauf um 3 %") or its verb or comparative comes after
 *  the number in the same clause ("um 1,7 % zurückgingen", "ist um 4,5 % gesunken", "gingen um
 *  0,8 % zurück", "um 2,4 % niedriger"); a rise otherwise ("legten um 5,1 % zu").
 *  @example germanBy('während die Bundessteuern um ', ' zurückgingen.').fallEnd // 13
 *  @example germanBy('Die Einnahmen sanken um ', ' auf 41 Mrd. €').fallAt // 14 */
function germanBy(before: string, after: string): KindReading {
  const verb = GERMAN_FALL_BEFORE_RE.exec(before);
  if (verb) return { kind: 'change', bound: false, fallAt: verb.index + verb[0].indexOf(verb[1]!) };
  const word = GERMAN_FALL_AFTER_RE.exec(after);
  if (word) return { kind: 'change', bound: false, fallEnd: word[0].length };
  return { kind: 'change', bound: false };
}

/** Before "um" and its number in the same clause, a German verb of falling: "sanken um ",
 *  "verringerten sich im Oktober um ". Group 1 is the verb. */
const GERMAN_FALL_BEFORE_RE =
  /(?:^|\s)(sanken|sank|fielen|fiel|verringerten|verringerte|verminderten|verminderte)(?:\s+sich)?(?:\s+[^\s.;,:]+){0,4}?\s+um\s+(?:(?:rund|etwa|knapp|gut|fast|nahezu|mehr\s+als|weniger\s+als|über|unter)\s+)?$/;
/** After a number "um", up to three words of its clause and a German word of falling: a verb at
 *  the clause's end ("zurückgingen", "gesunken", "zurück") or a comparative ("niedriger",
 *  "geringer", "weniger"), or "unter" right after the unit and an earlier level it is below ("um
 *  2,4 % unter dem Vorjahresniveau", "unter den Werten des Vorjahres", "unter dem Niveau von"). */
const GERMAN_FALL_AFTER_RE =
  /^(?:(?:\s+[^\s.;,:]+){0,3}?\s+(?:zurückgegangen|zurückgingen|zurückging|zurück|gesunken|gefallen|abgenommen|verringert|vermindert|niedriger|geringer|weniger)|\s*(?:%|Prozent)?\s+unter(?=\s+(?:dem|den|der|das)\s))(?![\p{L}\d])/u;

/** Right before a number, the German "um" of a change's size ("stiegen um 4,2 %", "legten um
 *  5,1 % zu", "um rund 2 % über dem Vorjahr"), with a hedge; in lower case only, and not "um die"
 *  ("about", before a level). */
const GERMAN_BY_BEFORE_RE =
  /(?:^|\s)um\s+(?:(?:rund|etwa|knapp|gut|fast|nahezu|mehr\s+als|weniger\s+als|über|unter)\s+)?$/;

/** Hedges between a noun's "of" and its number: "of about ", "of an estimated ", "of up to ". */
const HEDGE = String.raw`(?:(?:about|around|some|nearly|almost|roughly|approximately|just|only|over|under|up\s+to|at\s+(?:least|most)|(?:more|less)\s+than|close\s+to|an?\s+(?:estimated|further|additional))\s+){0,2}`;

/** Nouns that name a change of a level, beyond the verbs' nouns: a pay award, an indexation, a fare
 *  adjustment, cost escalation, an uprating, a revision, a fund's return over a period, a
 *  cost-of-living adjustment (COLA). A return "on" equity or assets, and an internal rate of
 *  return, are ratios and are left out; a return on a holding ("the return on the reserves") is
 *  what it earned over the period (v106), and so is a fund's performance named as its return is ("a
 *  net performance of 6.4%", "an investment performance of", v141); a bare "a performance of 96.0
 *  per cent" against a target is a ratio; a return assumed, targeted or expected is that return
 *  still ("the long-term real return assumption of 3.5 per cent a year", v151). */
const CHANGE_HEAD = String.raw`${CHANGE_NOUN}|indexations?|escalations?|adjustments?|awards?|upratings?|uplifts?|revisions?|(?<!\binternal\s+rate\s+of\s+)returns?(?:\s+(?:assumptions?|targets?|objectives?|expectations?))?(?!${RATIO_BASE_AFTER_RETURN})|(?<=\b(?:net|gross|investment|portfolio|fund(?:['’]s)?|annual|annuali[sz]ed|total)\s+)performances?|COLAs?`;

/** A cost of finance, the return its providers require and a regulator allows, a level: "a cost
 *  of capital of ", "a post-tax cost of equity of ", "a cost of debt of ", "a WACC estimate of ",
 *  "the 6.98% WACC" (v192). Not after a change noun that takes it as its object ("an increase in
 *  the cost of capital of": the increase is bound). */
const COST_OF_FUNDS_HEAD = String.raw`(?<!\b(?:${CHANGE_NOUN})\s+(?:in|of|to)\s+(?:[\w()'’-]+\s+){0,5})(?:costs?\s+of\s+(?:capital|equity|debt)|WACCs?(?:\s+(?:estimates?|figures?|values?))?)`;
/** Nouns that name a level or a part of a whole: a rate (of interest, tax, a levy), a ratio, a
 *  coupon, a yield, a margin or mark-up, a weight or relative importance, a share, stake or proportion, a
 *  capital requirement, a royalty or levy; v284: and the rate of a tax relief, a part of the cost
 *  or of the tax it gives back ("a credit of 25%", "a depreciation allowance of 10%", "an
 *  additional deduction of 50%"), and a stake held as a participating or working interest ("a 26%
 *  participating interest"); a change's noun before it keeps the change ("a cut in the tax of"),
 *  and a comparative before it names a gap to it ("4.1% above our allowance"). */
const LEVEL_HEAD = String.raw`${COST_OF_FUNDS_HEAD}|rates?|ratios?|coupons?|yields?|margins?|mark-?ups?|weights?|weightings?|importance|shares?|stakes?|proportions?|requirements?|royalt(?:y|ies)|lev(?:y|ies)|(?<!\b(?:${CHANGE_NOUN})\s+(?:in|of|to)\s+(?:the\s+)?(?:[\w-]+\s+)?|\b(?:above|below|over|under|within|than|beyond)\s+(?:[\w'’-]+\s+){0,2})(?:credits?|allowances?|deductions?)|(?:participating|working|controlling)\s+interests?`;

/** Right before a number, the noun whose size it is and "of": "a fare adjustment of ", "the
 *  indexation of ", "a coupon of ", "a headline rate of about ", "a rate of interest of ". Group
 *  `pre` holds up to three words before the noun, which may make a rate one of change ("the
 *  inflation rate of "); group `of` what a rate is of. */
const NOUN_OF_BEFORE_RE = new RegExp(
  String.raw`(?<pre>(?:[\w'’-]+\s+){0,3})(?<noun>\b(?:${CHANGE_HEAD}|${LEVEL_HEAD}))(?<of>\s+of\s+(?:return|interest|inflation|growth))?\s+of\s+${HEDGE}$`,
  'i',
);
/** The same noun with an earlier number of its own and "and of" before this one: "an increase of
 *  15% over the budget and of ". */
const NOUN_OF_LISTED_BEFORE_RE = new RegExp(
  String.raw`(?<pre>(?:[\w'’-]+\s+){0,3})(?<noun>\b(?:${CHANGE_HEAD}|${LEVEL_HEAD}))\s+of\s+${HEDGE}\d[\d.,]*\s?(?:%|per\s?cent|percent)[^;:%]{0,80}?,?\s+and\s+of\s+${HEDGE}$`,
  'i',
);
/** Right after a number, the noun it qualifies, up to two nouns between (no verb: "12% predict
 *  contraction" is no such noun), and no other noun after it that would be the head ("a 5.5%
 *  award", "the 12.5% rate", "a 3% inflation rate"; not "a 5% rate rise", whose head is the rise). */
const NOUN_AFTER_RE = new RegExp(
  String.raw`^\s+(?<pre>${CHANGED_NOUNS})?(?<noun>(?:${CHANGE_HEAD}|${LEVEL_HEAD}))\b(?!-|\s+(?:${CHANGE_NOUN}|changes?|cuts?|hikes?|index|indices)\b)`,
  'i',
);
/** The words before "rate of return" that make it the return a regulator allows on the assets it
 *  regulates, a level as a return on capital is: "a nominal vanilla ", "the allowed ", "an
 *  authorised post-tax ", "a weighted average " (v128). */
const REGULATED_RETURN_RE =
  /\b(?:allowed|authori[sz]ed|approved|regulated|regulatory|permitted|vanilla|pre-tax|post-tax|weighted(?:\s+average)?)\s+(?:[\w-]+\s+){0,2}$/i;
/** After a rate, what it is the rate of when that is a change: " of return", " of inflation". */
const RATE_OF_CHANGE_AFTER_RE =
  /^\s+of\s+(?:return|inflation|growth|increase|change|decline|price\s+increases?)\b/i;

/** The words of a rate's phrase that name no measure: an article, a possessive period, a word of
 *  period or average ("the annualised ", "last year's ", "an average "). */
const GENERIC_RATE_WORDS_RE =
  /^(?:(?:the|a|an|its|their|this|that|same|last|previous|current|annual|annuali[sz]ed|average|yearly|monthly|quarterly|[\w-]+['’]s?)\s+)*$/i;
/** A verb of change, an adverb at most, "at" and a rate's first words: "have grown at a compound
 *  annual ", "rose steadily at an ". */
const AT_RATE_AFTER_VERB_RE = new RegExp(
  String.raw`\b(?:${VERB})(?:\s+[a-z]+ly)?\s+at\s+(?:[\w'’-]+\s+){0,3}$`,
  'i',
);
/** A verb of change anywhere before. */
const CHANGE_VERB_RE = new RegExp(String.raw`\b(?:${VERB})\b`, 'i');

/** Right after a return's number, the base that makes it a ratio, a period at most between: " on
 *  the regulatory asset base", " a year on equity" (v192). */
const RATIO_BASE_AFTER_NUMBER_RE = new RegExp(
  String.raw`^(?:\s+(?:a|per)\s+(?:year|annum))?,?${RATIO_BASE_AFTER_RETURN}`,
  'i',
);

/**
 * What the noun a percent is bound to says it is of: the noun right before its "of" ("a fare
 * adjustment of 9.8%", "a coupon of 4.1%") or the noun it qualifies ("a 5.5% award", "the 12.5%
 * rate"). A return is a change, unless it is a return on equity, assets or capital. A rate is a
 * level unless it is of a change: a rate of return, inflation or growth, a rate its own words name
 * as one ("the inflation rate of 3%"), or a rate whose words name no measure in a clause whose
 * verb is a change ("grew at an annual rate of 3.2%", "lending grows … from last year's rate of
 * 12%"; "firms remain on the 12.5% rate" is a level). Undefined when no such noun is bound.
 * @example boundNoun('the maximum fare adjustment of ', ' computed under the formula') // 'change'
 * @example boundNoun('remain on the ', ' rate.') // 'share'
 * @example boundNoun('Real GDP rose at an annualized rate of ', ' in the quarter') // 'change'
 * @example boundNoun('exports rose ', ' in May') // undefined
 */
function boundNoun(before: string, after: string): PercentOf | undefined {
  const of = NOUN_OF_BEFORE_RE.exec(before) ?? NOUN_OF_LISTED_BEFORE_RE.exec(before);
  const qualified = of ? null : NOUN_AFTER_RE.exec(after);
  const found = of ?? qualified;
  if (!found) return undefined;
  const noun = found.groups!.noun!;
  // "a target return of 7.42% on the regulatory asset base", "a return of 11.5% on equity": the
  // base written after the number makes the return a ratio, as "a return on equity of" is (v192).
  if (of && /returns?\b/i.test(noun) && RATIO_BASE_AFTER_NUMBER_RE.test(after)) return 'share';
  if (!new RegExp(String.raw`^(?:${LEVEL_HEAD})$`, 'i').test(noun)) return 'change';
  if (!/^rates?$/i.test(noun)) return 'share';
  // "a rate of interest of", "a rate of return of" ("an internal rate of return" is a ratio, and
  // so is a rate of return a regulator allows on the assets it regulates: "a nominal vanilla rate
  // of return of 5.87%", "the allowed rate of return of 8.2%"; v128).
  if (of?.groups!.of)
    return RATE_OF_CHANGE_AFTER_RE.test(of.groups.of) &&
      !/\binternal\s+$/i.test(of.groups.pre!) &&
      !(/^\s+of\s+return\b/i.test(of.groups.of) && REGULATED_RETURN_RE.test(of.groups.pre!))
      ? 'change'
      : 'share';
  if (qualified && RATE_OF_CHANGE_AFTER_RE.test(after.slice(qualified[0].length))) return 'change';
  // The rate's own words: those before "rate" in its phrase, or before and after the number.
  const clause = (of ? before.slice(0, of.index) : before).split(/[;:]/).at(-1)!;
  const own = of
    ? of.groups!.pre!
    : `${/(?:\S+\s+){0,3}$/.exec(clause)![0]}${qualified!.groups!.pre ?? ''}`;
  const named = measureKind(`${own}${noun}`);
  if (named) return named;
  // "grew at a compound annual rate of 9.6%": the pace a verb of change runs at.
  if (AT_RATE_AFTER_VERB_RE.test(`${clause}${of ? of.groups!.pre! : ''}`)) return 'change';
  const phrase = own.split(/\b(?:at|from|to|on|in|by|with|for|than|and|or)\s+/i).at(-1)!;
  return GENERIC_RATE_WORDS_RE.test(phrase) && CHANGE_VERB_RE.test(clause) ? 'change' : 'share';
}

/** A label line's label right before its number, on the number's line: an optional list marker, a
 *  label with no verb of a sentence and no stop, a colon and a hedge ("Price increase: ", "- Salary
 *  increases: ", "Real rate of return, base plan (average 2025-2099): "). Group `label`. */
const LABEL_BEFORE_RE = new RegExp(
  String.raw`^\s*(?:[-•*–]\s+)?(?<label>[A-Z][^\n:;.!?]{0,90}?)\s*:\s+${HEDGE}$`,
);
/** A label's head that names a rise or a return over a period: its last word a rise, growth or
 *  return (not one "on" capital), or a rate of return, increase, growth or inflation ("Rate of
 *  salary increase", "Fund rate of return"); not an internal rate of return. An adjustment of a
 *  price or a payment is its change ("Pension adjustment", "Maximum applicable price adjustment";
 *  v156). */
const LABEL_CHANGE_HEAD_RE = new RegExp(
  String.raw`(?:\b(?:increases?|rises?|growth|gains?|indexations?|upratings?|uplifts?|(?<!\binternal\s+rate\s+of\s+)returns?|(?<=\b(?:price|prices|pension|pensions|tariff|tariffs|rent|rents|fee|fees|fare|fares|toll|tolls|charge|charges|wage|wages|pay|salary|salaries|benefit|benefits|cost-of-living)\s+)adjustments?)|\brates?\s+of\s+(?:[\w'’-]+\s+){0,2}?(?:increases?|growth|inflation))$`,
  'i',
);

/** A label's head that opens with a noun of change and names what changed after "of" or "in", up
 *  to two words of what kind before it: "Increase in employment", "Growth of exports", "Real growth
 *  in wages", "Annual gain in productivity" (the change of the measure named, as "Export growth"
 *  is). */
const LABEL_CHANGE_OPENS_RE =
  /^(?:[\w'’-]+\s+){0,2}?(?:increases?|rises?|growth|gains?|changes?)\s+(?:of|in)\s+\S/i;

/**
 * True when the number is the value of a label line whose head names a change: the label's words
 * before any bracket or qualifier after a comma ("Real rate of return, base plan (average
 * 2025-2099): " is a rate of return; "Price increase: " a rise), as actuaries, budget offices and
 * rating agencies list their assumptions (v95). A rate, a ratio, a share or a return on capital
 * heading the label names no change.
 * @example labelChange('Rate of salary increase: ') // true
 * @example labelChange('Discount rate: ') // false
 */
function labelChange(before: string): boolean {
  const line = before.slice(before.lastIndexOf('\n') + 1);
  const label = LABEL_BEFORE_RE.exec(line)?.groups!.label;
  if (!label) return false;
  // The period or the outcome a head is qualified by after it ("Maximum price adjustment for the
  // period", "Price adjustment earned", "Tariff increase for 2034-35") leaves its head (v156).
  const head = label
    .replace(/\s*\([^)]*\)/g, '')
    .split(',')[0]!
    .trim()
    .replace(/\s+(?:earned|granted|applied|awarded|allowed|approved)$/i, '')
    .replace(
      /\s+(?:for|in|over)\s+(?:the\s+)?(?:(?:current|coming|next|whole|same)\s+)?(?:period|year|quarter|month|(?:19|20)\d\d(?:[-–/]\d{2,4})?)$/i,
      '',
    );
  return (
    (LABEL_CHANGE_HEAD_RE.test(head) || LABEL_CHANGE_OPENS_RE.test(head)) &&
    !/\bshares?\s+of\b/i.test(head)
  );
}

/** Before a change noun heading a subject: no "of" that would make it the object of another head
 *  ("the share of increases"); the "of" of what a whole is made up of names its parts ("made up of
 *  general round increases totalling 8.5 per cent", v274). */
const NOT_OBJECT = String.raw`(?<!(?<!\b(?:made\s+up|consisting|composed)\s+)\bof\s+(?:[\w'’-]+\s+){0,3})`;
/** A change noun as the head of a clause's subject, what it is of or when (a phrase with a
 *  preposition, or an aside between commas), then a verb that gives its size, right before the
 *  number: "increases in council tax averaged ", "cost escalation in the state ran at ", "last
 *  year's gain on the fund came to ", "the next COLA, payable from January, will be ", "tariff
 *  increases since 2030 now exceed ", "cuts averaging almost ", "the maximum fare adjustment allowed
 *  this year was ", "the maximum adjustment of the price … for 2033 shall be " (v271), "increases
 *  totalling " (v274). Group `noun`
 *  is the noun. */
const CHANGE_SUBJECT_BEFORE_RE = new RegExp(
  String.raw`${NOT_OBJECT}\b(?<noun>${CHANGE_HEAD}|(?<!\binternal\s+)rates?\s+of\s+return(?!${RATIO_BASE_AFTER_RETURN}))(?:\s+(?:in|of|on|for|since|across|over|to|at|among|under|paid|granted|awarded|applied|approved|agreed|allowed|permitted)\b[^;:%,]{0,80}?|\s*,[^;:%]{1,60}?,)?\s+(?:(?:has|have|had|will|would|shall|is|are|was|were|now|also|then|still|only|generally|typically)\s+){0,2}(?:averag(?:e|es|ed|ing)|r[au]n(?:s|ning)?\s+at|c(?:ame|omes?)\s+(?:in\s+)?(?:to|at)|amount(?:s|ed|ing)?\s+to|total(?:s|led|ed|ling|ing)?|st(?:ood|ands?)\s+at|be|is|are|was|were|reach(?:es|ed)?|exceed(?:s|ed)?|capped\s+at|limited\s+to|range[sd]?\s+from|rang(?:e|ed)\s+between)\s+${HEDGE}$`,
  'i',
);
/** A verb that sets a limit on a change noun, then "at" or "to": "capped increases at ", "keeps
 *  the average rate increase to ", "limit pay awards to ". */
const CHANGE_LIMITED_BEFORE_RE = new RegExp(
  String.raw`\b(?:capp(?:ed|ing|s)?|cap|limit(?:s|ed|ing)?|keep(?:s|ing)?|kept|hold(?:s|ing)?|held|restrict(?:s|ed|ing)?)\s+(?:(?:the|its|their|any|all|an?|average|annual|general|yearly)\s+){0,3}(?:[\w-]+\s+){0,2}?(?<noun>${CHANGE_HEAD})\s+(?:at|to)\s+${HEDGE}$`,
  'i',
);

/** What a change noun that heads the number's subject, or a limit set on it, says: a change, and
 *  where the noun starts when it is a fall ("cuts averaging 17 per cent a year" is −17).
 *  @example changeSubject('Last year, increases in council tax averaged ') // { at: undefined }
 *  @example changeSubject('would require cuts averaging almost ') // { at: 14 }
 *  @example changeSubject('the share of rises in pay was ') // undefined */
function changeSubject(before: string): { at?: number } | undefined {
  const clause = before.slice(before.lastIndexOf(';') + 1);
  const found = CHANGE_SUBJECT_BEFORE_RE.exec(clause) ?? CHANGE_LIMITED_BEFORE_RE.exec(clause);
  if (!found) return undefined;
  const noun = found.groups!.noun!;
  const at = before.length - clause.length + found.index + found[0].indexOf(noun);
  return new RegExp(String.raw`^(?:${DOWN_NOUN})$`, 'i').test(noun) ? { at } : {};
}

/** Right before a number, "by" and a hedge: "by ", "by about ", "by no more than ", "by an
 *  estimated ". */
const BY_BEFORE_RE =
  /(?:^|[\s—–-])by\s+(?:(?:about|around|some|nearly|almost|roughly|approximately|just|only|up\s+to|at\s+(?:least|most)|no\s+(?:more|less)\s+than|(?:more|less)\s+than|close\s+to|something\s+like|an?\s+(?:estimated|further|additional))\s+){0,2}$/i;
/** A word that makes "by" name who or what, or an operation, not the size of a change: "backed
 *  by", "held by", "divided by", "followed by", "driven by". */
const AGENT_BY_RE =
  /\b(?:backed|supported|held|owned|approved|opposed|favou?red|followed|led|driven|explained|offset|accounted\s+for|covered|divided|multiplied|weighted|measured|matched|shared|used|reported|cited|named|chosen|preferred|rejected)(?:\s+[\w-]+ly)?\s*[—–-]?\s*$/i;
/** A word of going down or falling short, which this reading leaves to the readers of falls. */
const SHORT_RE = new RegExp(
  String.raw`\b(?:${DOWN_NOUN})\b|\b(?:short|behind|below|under|beneath|less|lower|down|downwards?|reduc\w*|cut|cuts|fell|fall\w*|declin\w*|decreas\w*|dropp?\w*|lost|los(?:e|es|ing)|shr[iau]nk\w*|narrow\w*|eas(?:e|ed|es|ing)|slow\w*|trimm?\w*|lower\w*)\b`,
  'i',
);

/** A verb that raised something by the number, with no fall in its clause: "payment rates have
 *  been uprated by 4%", "to vary the rate upwards by 10%", "may raise fees by no more than 5%",
 *  "still grew—by about 2 percent". "Backed by 60%" names who; "cut by 3%" is a fall, read
 *  elsewhere. The verb is the clause's, so the clause must have one: a participle or a finite verb
 *  of change, or a word of raising.
 *  A number that qualifies a noun after it ("hit by 3% tariffs") is that noun's, not the verb's.
 *  @example raisedBy('Hardship grants were uprated by ', ' in May') // true
 *  @example raisedBy('The motion was backed by ', ' of members') // false */
function raisedBy(before: string, after: string): boolean {
  const by = BY_BEFORE_RE.exec(before);
  if (!by || QUALIFIED_NOUN_AFTER_RE.test(after)) return false;
  const clause = before
    .slice(0, by.index + 1)
    .split(/[;:.]\s/)
    .at(-1)!
    .replace(UNDER_INSTRUMENT_RE, ' ');
  if (AGENT_BY_RE.test(clause) || SHORT_RE.test(clause)) return false;
  return RAISED_RE.test(clause);
}
/** A phrase that names the rule a clause acts under, set off by its comma: "Under the province's
 *  Tuition Fee Framework for 2030-31 to 2033-34, ", "4.2 Under the Act, " (no shortfall: "under"
 *  here is no "under budget"; v211). */
const UNDER_INSTRUMENT_RE =
  /(?:^|,)\s*(?:\(?[\d.a-z]{1,6}\)?\s+)?under\s+(?:the|a|an|its|their|this|these|those|[\w'’-]+['’]s)\s+[^,;]{1,120},/gi;

/** A cap, limit or ceiling on a rise, or on what a price, rent, fee or pay may rise by, with its
 *  size after "to", "at", "of" or a copula: "lower the cap on tuition increases … to ", "the ceiling
 *  on annual fare rises is ", "the 2031/32 rent cap of ", "a pay limit of " (v211). A cap named on
 *  a level or a share ("a cap on borrowing of 3% of GDP", "the interest rate cap of 8%") is none. */
const CAP_ON_RISE_BEFORE_RE = new RegExp(
  String.raw`\b(?:caps?|ceilings?|limits?|maximums?|maxima)\s+on\s+(?:(?:the|any|all|annual|yearly|average|general|individual|their|its)\s+){0,3}(?:(?!(?:be|is|are|was|were|been|being|will|would|should|shall|must|may|to)\b)[\w'’-]+\s+){0,3}?(?:increases?|rises?|hikes?|uplifts?|upratings?|indexations?|adjustments?)\b(?:\s+(?:in|on|for|to|from|of)\b[^;:%,.]{0,80}?)?\s+(?:(?:to|at|of|is|was|are|were|will\s+be|stands?\s+at|remains?\s+at)\s+)(?:(?:no\s+more\s+than|up\s+to|about|around)\s+)?$`,
  'i',
);
/** A price, rent, fee or pay, then a cap, limit or ceiling and "of": "the 2031/32 rent cap of ",
 *  "a tuition cap of ", "the pay ceiling of " (the cap on its rise, v211). Group 1 is the price. */
const PRICE_CAP_OF_BEFORE_RE =
  /\b(rents?|fees?|tuition|fares?|tariffs?|tolls?|charges?|pay|wages?|salar(?:y|ies)|pensions?|premiums?)\s+(?:increase\s+|rise\s+)?(?:caps?|ceilings?|limits?)\s+(?:(?:for|in)\s+[^;:%,.]{1,30}?\s+)?of\s+(?:(?:about|around|just)\s+)?$/i;
/** Right after the percent of a price's cap, what it is a share of (" of income", " of the
 *  average wage"): the cap is a level then. */
const SHARE_OF_AFTER_RE = /^\s*(?:%|per\s?cent|percent)?\s+of\s+(?!(?:19|20)\d\d)\S/i;

/** A cap on a rise, whose size is the largest rise it lets through (v211).
 *  @example capOnRise('plans to lower the cap on tuition increases for other students to ', ' in 2035') // true
 *  @example capOnRise('the 2031/32 rent cap of ', ' had cost') // true
 *  @example capOnRise('a rent cap of ', ' of household income') // false */
function capOnRise(before: string, after: string): boolean {
  if (SHARE_OF_AFTER_RE.test(after)) return false;
  return CAP_ON_RISE_BEFORE_RE.test(before) || PRICE_CAP_OF_BEFORE_RE.test(before);
}

/** A verb of indexing or uprating a payment, then "at" and the number, in one clause with no fall:
 *  "tariffs were indexed at 4%", "pensions are uprated at 3.1 per cent", "wages will be readjusted
 *  at 5%" (the indexation's size, a change, as "indexed by" is). A margin over an index ("indexed
 *  at 1.5% above inflation", "at 2% plus CPI") and what the payment is indexed "to" are no size.
 *  @example indexedAt('Port tariffs were indexed at ', ' for 2031') // true
 *  @example indexedAt('The coupon is indexed at ', ' above inflation') // false */
function indexedAt(before: string, after: string): boolean {
  const at = INDEXED_AT_RE.exec(before);
  if (!at || MARGIN_AFTER_RE.test(after)) return false;
  return !SHORT_RE.test(at[0]);
}
/** A verb of indexing in the number's clause, then "at" and a hedge right before the number. */
const INDEXED_AT_RE =
  /\b(?:(?:re)?index(?:es|ed|ing)?|uprat(?:e|es|ed|ing)|(?:re)?adjust(?:s|ed|ing)?|revalu(?:e|es|ed|ing)|revalori[sz](?:e|es|ed|ing))\b(?:\s+(?!(?:to|with|on|against|in\s+line)\b)[\w'’-]+){0,4}?\s+at\s+(?:(?:about|around|some|nearly|almost|roughly|approximately|just|only|an?\s+(?:estimated|rate\s+of))\s+)?$/i;
/** Right after a number, a margin over a reference: " above inflation", " plus CPI", " over the
 *  index". */
const MARGIN_AFTER_RE =
  /^\s*(?:%|per\s?cent|percent|percentage\s+points?|points?)?\s*(?:above|below|over|under|plus|minus|less|on\s+top\s+of)\b/i;
/** Right after a number, a noun it qualifies: " tariffs", " wage rises" (not " in 2031", " to
 *  reflect", " next year"). */
const QUALIFIED_NOUN_AFTER_RE =
  /^\s+(?!(?:in|on|for|to|from|over|at|by|of|and|or|but|a|an|the|this|that|since|between|compared|against|than|per|each|every|year|years|annually|last|next|while|with|as|after|before|during|across|respectively)\b)[a-z]{3,}/i;
/** A word of raising or growing: a verb of change upward, "uprated", "upwards", "raise", "lift";
 *  or of readjusting, revaluing or indexing a benefit, wage or pension, "readjusted by 4.71%",
 *  "revalued by 1.9%", "indexed by 2.6%", as social-security funds and labour ministries write it. */
const RAISED_RE = new RegExp(
  String.raw`\b(?:${UP_VERB}|(?:re)?adjust(?:s|ed|ing)?|revalu(?:e|es|ed|ing)|revalori[sz](?:e|es|ed|ing)|index(?:es|ed|ing)|uprat(?:e|es|ed|ing)|upwards?|rais(?:e|es|ed|ing)|lift(?:s|ed|ing)?|hik(?:e|es|ed|ing)|boost(?:s|ed|ing)?|gone\s+up|went\s+up|go(?:es)?\s+up|push(?:es|ed)?\s+up)\b`,
  'i',
);
