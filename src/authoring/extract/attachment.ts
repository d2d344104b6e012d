// Says what a bound right before a number hangs on: the verb of its clause ("rose above 3%", "must
// rent at or below 30%"), a noun it modifies ("transfers of up to KSh 100", "debtors owing more
// than R10 000") or a where/if/unless clause it sits in. A bound on a verb states a level; one on a
// noun sorts what the noun names. Pure; it reads the words of one sentence before the number and
// knows nothing of kinds, units, status or which readings the callers give.

/** The bound right before the number, with a leading "of" ("of up to", "of at least"): group 1 is
 *  the "of", group 2 the bound. Hedges and a currency sign may stand between it and the digits. */
const BOUND_BEFORE_NUMBER_RE =
  /(?<![\w-])(of\s+)?((?:(?:no|not)\s+(?:more|less|greater|higher|lower)\s+than|at\s+(?:least|most)|up\s+to|(?:not\s+)?exceeding|in\s+excess\s+of|(?:more|less|fewer|greater|higher|lower|faster|slower|larger|smaller|bigger)\s+than|(?:at\s+or\s+)?(?:above|below|over|under)))\s+(?:[^\s\d]{1,4}\s?)?$/i;

/** Where a clause starts: a stop, a semicolon, a colon, a bracket or a dash set off by spaces. */
const CLAUSE_START_RE = /(?:[.;:!?(]|\s[–—-]\s)(?=[^.;:!?(]*$)/;

/** A word that opens a clause that states when something holds. */
const CONDITION_OPENER_RE =
  /(?:^|[\s,])(where|wherever|if|unless|provided(?:\s+that)?|when|whenever|once|as\s+long\s+as)\s/gi;

/** A relative that opens a clause of its own inside a sentence: "in which", "under which", "where"
 *  after a noun is read as a condition above. */
const RELATIVE_OPENER_RE = /(?:^|\s)(?:(?:in|under|for|on|at|by)\s+which|which|whose|who|that)\s/gi;

/** A phrase set before the subject and its comma: "Under the directive, ", "In 2031, ", "Even so, ",
 *  "For the second year running, ". It opens with a preposition or an adverb and holds no verb of
 *  its own, so the subject starts after its comma. */
const FRONTED_PHRASE_RE =
  /^\s*(?:under|in|for|from|with|after|since|as|at|by|on|following|according\s+to|even\s+so|however|meanwhile|moreover|also|overall|today|now|currently|this\s+year|last\s+year|next\s+year|from\s+\w+)\b[^,]*,\s+/i;

/** Auxiliaries, copulas and modals: a finite verb group starts with one of them. */
const AUXILIARY = String.raw`is|are|was|were|be|been|being|am|has|have|had|do|does|did|will|would|shall|should|can|could|may|might|must|need|needs|ought`;
/** Modals and phrases of obligation: what a rule requires of those it binds. */
const OBLIGATION_RE =
  /\b(?:must|shall|(?:has|have|had|need|needs|needed|ought)\s+to|(?:is|are|was|were|be)\s+(?:required|obliged|expected)\s+to)\s+(?:(?:not|also|still|each|all|first)\s+)?$/i;
/** Verbs that state where a level is or how it moved, in any form: "rose", "stood", "remained",
 *  "climbed", "fell", "held", "kept", "came in", "traded", "topped". */
const LEVEL_VERB = String.raw`(?:ris(?:e|es|en|ing)|rose|f(?:all|alls|ell|allen|alling)|gr(?:ow|ows|ew|own|owing)|st(?:and|ands|ood|anding)|stay(?:s|ed|ing)?|remain(?:s|ed|ing)?|hold(?:s|ing)?|held|k(?:eep|eeps|ept)|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|drop(?:s|ped|ping)?|increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|expand(?:s|ed|ing)?|contract(?:s|ed|ing)?|mov(?:e|es|ed|ing)|edg(?:e|es|ed|ing)|surg(?:e|es|ed|ing)|slid(?:e|es|ing)?|slipp?(?:ed|s|ing)?|trad(?:e|es|ed|ing)|clos(?:e|es|ed|ing)|settl(?:e|es|ed|ing)|end(?:s|ed|ing)?|finish(?:es|ed|ing)?|hover(?:s|ed|ing)?|ran|run(?:s|ning)?|came|come|comes|total(?:s|led|ed|ling|ing)?|amount(?:s|ed|ing)?|reach(?:es|ed|ing)?|exceed(?:s|ed)?|top(?:s|ped)?|peak(?:s|ed)?|averag(?:e|es|ed|ing)|lie|lies|lay|sit|sits|sat)`;

/** Past forms that end in no "-ed": "spent more than", "paid over", "sold above". */
const IRREGULAR_PAST_RE =
  /^(?:spent|paid|made|took|won|lost|sold|bought|gave|got|saw|brought|drew|lent|sent|kept|met|left|went|grew|fell|rose|stood|held|ran|came)$/i;

/** Adverbs of degree or time that may stand between a word and the bound it governs. */
const ADVERB_RE =
  /\s+(?:just|slightly|well|far|still|now|already|firmly|comfortably|consistently|significantly|marginally|somewhat|even|again|only|also|effectively|currently|generally|typically|each|all|often|usually|normally|both)$/i;

/** What a bound hangs on:
 *  - 'verb': a verb or a copula, alone or after a modal or "to" ("rose above", "will stay below",
 *    "had to score at least"): the number is a level the verb states, or, after a modal of
 *    obligation (`obliged`), what a rule requires;
 *  - 'noun': a noun it modifies, right before it ("income up to"), through "of" ("transfers of up
 *    to", "consignments of a value not exceeding"), through "with", "whose" or "having" ("homeowners
 *    … with household income below") or through a participle ("debtors owing more than");
 *  - 'clause': a where/if/unless/provided/when clause, whatever else its clause holds ("where
 *    capital delivery falls more than"). */
export interface BoundAttachment {
  to: 'verb' | 'noun' | 'clause';
  /** The verb, the noun the bound's phrase modifies, or the clause's opening word, lower-cased. */
  word: string;
  /** For a noun: the plural noun of members or items the phrase sorts, when a with/whose/having
   *  phrase, an "of a value" phrase or a participle links the bound to them ("homeowners",
   *  "consignments", "debtors"); else the noun itself when it is plural. */
  members?: string;
  /** The bound sits in its clause's subject: no finite verb between the clause's start and it. */
  inSubject: boolean;
  /** For a verb: a modal of obligation governs it ("must rent", "had to score"). */
  obliged?: boolean;
}

/** Words that end a noun phrase's run backwards: articles, prepositions, conjunctions and such. */
const FUNCTION_WORD_RE =
  /^(?:the|a|an|of|in|on|at|to|for|from|by|with|whose|having|and|or|but|than|as|that|which|who|its|their|his|her|our|this|these|those|any|each|every|all|some|no)$/i;

/** A plural count noun: "-s" but not "-ss", "-us", "-is" nor a verb of the third person we know. */
function pluralNoun(word: string): boolean {
  return /^[a-z][a-z'’-]{2,}s$/i.test(word) && !/(?:ss|us|is|ous)$/i.test(word);
}

/** The finite verbs a clause's words hold: an auxiliary, a copula or a verb of level or change
 *  that a noun or pronoun stands right before ("Exports rose", "it stood"). */
function hasFiniteVerb(words: string): boolean {
  if (new RegExp(String.raw`(?:^|\s)(?:${AUXILIARY})(?:\s|$)`, 'i').test(words)) return true;
  return new RegExp(
    String.raw`[a-z]\s+(?:rose|fell|grew|stood|stayed|remained|held|kept|climbed|jumped|dropped|increased|decreased|declined|expanded|contracted|reached|exceeded|topped|came|ran|totalled|totaled|amounted|averaged|rises|falls|grows|stands|stays|remains|holds|keeps|climbs|reaches|exceeds|tops|totals|amounts|averages)(?:\s|$)`,
    'i',
  ).test(words);
}

/**
 * What the bound right before the number hangs on, from the words before the number (`before`
 * ends where the number's digits or currency sign start), or undefined when no bound stands there.
 * @example boundAttachment('Under the directive, transfers of up to KSh ') // { to: 'noun', word: 'transfers', members: 'transfers', inSubject: true }
 * @example boundAttachment('Exports rose by more than ') // undefined ("by" stands between: a change, no bound's head)
 * @example boundAttachment('Inflation held above ') // { to: 'verb', word: 'held', inSubject: false }
 */
export function boundAttachment(before: string): BoundAttachment | undefined {
  const bound = BOUND_BEFORE_NUMBER_RE.exec(before);
  if (!bound) return undefined;
  const viaOf = bound[1] !== undefined;
  let lead = before.slice(0, bound.index);
  // The clause the bound stands in: from the last stop, semicolon, colon or bracket.
  const stop = CLAUSE_START_RE.exec(lead);
  let clause = stop ? lead.slice(stop.index + 1) : lead;
  // A condition's opener anywhere in the clause: the bound is in its clause.
  const openers = [...clause.matchAll(CONDITION_OPENER_RE)];
  const opener = openers[openers.length - 1];
  // A relative opens a clause of its own: "in which income up to", "debtors who owe more than".
  const relatives = [...clause.matchAll(RELATIVE_OPENER_RE)];
  const relative = relatives[relatives.length - 1];
  if (opener && (!relative || opener.index >= relative.index)) {
    return { to: 'clause', word: opener[1]!.toLowerCase().split(/\s+/)[0]!, inSubject: false };
  }
  const fronted = FRONTED_PHRASE_RE.exec(clause);
  if (!relative && fronted && !hasFiniteVerb(fronted[0])) clause = clause.slice(fronted[0].length);
  const own = relative ? clause.slice(relative.index + relative[0].length) : clause;
  // A participle set off by a comma after its clause ("households are cost-burdened, spending more
  // than") hangs on that clause's subject: the words after the comma are its own phrase.
  const commaParticiple = /,\s+([a-z]{3,}ing)\s+$/i.exec(clause.trimEnd() + ' ');
  lead = clause.replace(/\s+$/, '');
  while (ADVERB_RE.test(lead)) lead = lead.replace(ADVERB_RE, '');
  const words = lead.split(/\s+/).filter(Boolean);
  const last = (words[words.length - 1] ?? '').replace(/[,'"“”‘’]+$/, '').toLowerCase();
  const inSubject = !hasFiniteVerb(own);
  if (!last) return undefined;
  if (commaParticiple) {
    const head = clause.slice(0, clause.length - commaParticiple[0].length + 1);
    const subject = head
      .split(/\s+(?:is|are|was|were|has|have|had)\s/i)[0]!
      .trim()
      .split(/\s+/);
    const noun = subject[subject.length - 1]?.toLowerCase();
    return {
      to: 'noun',
      word: last,
      ...(noun && pluralNoun(noun) ? { members: noun } : {}),
      inSubject: false,
    };
  }
  // A verb of the third person after a singular subject its clause opens with a determiner ("The
  // grant provides up to", "Each scheme offers up to", "Our fund pays up to"): the "-s" word is the
  // clause's verb, not a plural noun of members, which stands with no determiner or after a plural
  // ("Land values below", "Household incomes below", "The firms with turnover above").
  if (!viaOf && thirdPersonVerb(own)) return { to: 'verb', word: last, inSubject: false };
  // A verb: after a modal or "to" ("must rent", "to score"), a copula, or a verb of level.
  const beforeLast = lead.slice(0, lead.length - last.length);
  const obliged = OBLIGATION_RE.test(beforeLast);
  if (
    !viaOf &&
    (obliged ||
      new RegExp(String.raw`(?:^|\s)(?:${AUXILIARY}|to)\s+$`, 'i').test(beforeLast) ||
      new RegExp(String.raw`^(?:${AUXILIARY}|${LEVEL_VERB})$`, 'i').test(last))
  ) {
    if (!/ing$/.test(last) || new RegExp(String.raw`^(?:${LEVEL_VERB})$`, 'i').test(last))
      return { to: 'verb', word: last, inSubject: false, ...(obliged ? { obliged } : {}) };
  }
  // A participle right after a plural noun: "debtors owing more than", "firms earning over",
  // "homes valued at over". A word in -ed after one ("exporters earned more than") may as well be
  // the clause's past verb, and is read so.
  const participle = last === 'at' ? words.length - 2 : words.length - 1;
  const verbal = (words[participle] ?? '').toLowerCase();
  if (
    !viaOf &&
    (/^[a-z]{2,}ing$/.test(verbal) || (last === 'at' && /^[a-z]{2,}ed$/.test(verbal)))
  ) {
    const noun = (words[participle - 1] ?? '').toLowerCase();
    if (pluralNoun(noun)) return { to: 'noun', word: noun, members: noun, inSubject };
  }
  if (!viaOf && (/^[a-z]{2,}ed$/.test(last) || IRREGULAR_PAST_RE.test(last)))
    return { to: 'verb', word: last, inSubject: false };
  // A noun: the members it belongs to, through "with", "whose", "having" or "of a value".
  return { to: 'noun', word: last, ...membersOf(words), inSubject };
}

/** The plural noun of members a noun phrase's bound sorts: the noun itself when plural, or the
 *  plural noun before a "with", "whose", "having" or "of" that links the measured noun to it
 *  ("homeowners aged 65 or older with household income", "consignments of a value"). */
function membersOf(words: string[]): { members?: string } {
  const noun = (words[words.length - 1] ?? '').toLowerCase();
  for (let i = words.length - 2, seen = 0; i >= 0 && seen < 10; i--, seen++) {
    const w = words[i]!.toLowerCase().replace(/[,]+$/, '');
    if (/^(?:with|whose|having|of)$/.test(w)) {
      // The members: the nearest plural noun before the link, past a short criterion of its own
      // ("aged 65 or older", "in the zone").
      for (let j = i - 1, k = 0; j >= 0 && k < 6; j--, k++) {
        const m = words[j]!.toLowerCase().replace(/[,]+$/, '');
        if (new RegExp(String.raw`^(?:${AUXILIARY})$`, 'i').test(m)) break;
        if (pluralNoun(m)) return { members: m };
      }
      break;
    }
    if (new RegExp(String.raw`^(?:${AUXILIARY})$`, 'i').test(w)) break;
    if (FUNCTION_WORD_RE.test(w) && !/^(?:a|an|the)$/.test(w)) break;
  }
  return pluralNoun(noun) ? { members: noun } : {};
}

/** Verbs that take a sum or a share as their object, in the third person: what a scheme, a fund or
 *  a rule gives, pays, charges, needs or allows ("provides up to", "pays up to", "caps at"). */
const AMOUNT_VERB_3RD_RE =
  /^(?:provides|offers|pays|covers|gives|grants|funds|lends|allows|permits|charges|costs|requires|needs|caps|limits|sets|takes|earns|receives|brings|adds|allocates|awards|contributes|guarantees|finances|subsidi[sz]es|reimburses|refunds|raises|spends|invests|seeks|targets|expects|carries|attracts|generates|saves|collects|levies|imposes|reserves|earmarks|includes|exempts|insures|matches|secures|supports|delivers|returns|yields)$/i;

/** Determiners that open a singular subject: "The grant", "Each scheme", "Our fund". */
const SINGULAR_DETERMINER_RE = /^(?:the|a|an|this|that|each|every|its|our|their|his|her|my|your)$/i;

/**
 * True when the clause's words end on a verb of the third person ("provides", "offers", "pays")
 * after a subject the clause opens with a determiner and whose last word is singular, with no
 * linking word ("of", "with", "whose", "having") between: subject and verb agree, so the "-s" word
 * is no plural noun.
 * @example thirdPersonVerb('The Vacant Property Refurbishment Grant provides') // true
 * @example thirdPersonVerb('Firms with turnover') // false
 */
function thirdPersonVerb(clause: string): boolean {
  const words = clause.trim().split(/\s+/).filter(Boolean);
  if (words.length < 3 || words.length > 8) return false;
  const last = words[words.length - 1]!.toLowerCase();
  const prev = words[words.length - 2]!.replace(/[,'"“”‘’]+$/, '');
  if (!AMOUNT_VERB_3RD_RE.test(last)) return false;
  if (!SINGULAR_DETERMINER_RE.test(words[0]!)) return false;
  if (!/^[a-z][a-z'’-]+$/i.test(prev) || pluralNoun(prev) || /s$/i.test(prev)) return false;
  if (FUNCTION_WORD_RE.test(prev) || /(?:ing|ed)$/i.test(prev)) return false;
  return !words.slice(1, -1).some((w) => /^(?:of|with|whose|having|and|or)$/i.test(w));
}

// v72: what a comparative, a multiple or a percent's "of" sets a number against: the level of another
// group or party at the same time ("53% above the England average", "nearly double the provincial
// rate", "2.9 times the price paid to farmers"), or the subject's own level at another time.

/** A noun that names a level one group or measure stands at: its average, mean or median, its rate,
 *  level, figure or ratio, or a price ("the England average", "the provincial rate", "the 'B'
 *  median", "the price paid to farmers"). */
const LEVEL_HEAD = String.raw`(?:averages?|means?|medians?|rates?|levels?|figures?|ratios?|prices?)`;

/** A word before the head that names a time or a plan: a standard so named is the same measure at
 *  another time or as planned ("the pre-crisis level", "the five-year average", "the budgeted
 *  rate"), a change or an outturn, not another group's level. */
const TIME_OR_PLAN_RE =
  /^(?:(?:19|20)\d\d\S*|ago|earlier|previous|preceding|prior|last|former|original|initial|historical|historic|long[-–](?:term|run)|seasonal|budget(?:ed)?|plann?ed|forecast|projected|target(?:ed)?|expected|assumed|estimated|current|existing|present|old|new|same|peak|January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|winter|FY\S*|Q[1-4]|H[12]|(?:pre|post)-\S+|\S+-(?:year|month|quarter|week|day))$/i;

/** A month, a quarter, a half or a fiscal year: a capital word that names a time. */
const MONTH_OR_PERIOD_RE =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|FY\S*|Q[1-4]|H[12])$/;

/** A word before the head that names a kind of measure or of level, no group: "the neutral rate",
 *  "the inflation rate", "the average price". A standard so named is another measure of the same
 *  subject, whose gap the README keeps a figure ("2 percentage points above the neutral rate"). */
const MEASURE_KIND_RE =
  /^(?:average|mean|median|overall|total|typical|general|net|gross|inflation|interest|policy|neutral|exchange|tax|unemployment|jobless|growth|savings?|deposit|lending|borrowing|repo|base|prime|discount|mortgage|poverty|vacancy|occupancy|employment|participation|nominal|real|spot|futures?|forward|market|effective|headline|core|underlying|natural|equilibrium|official|key|benchmark|reference|bank|money|cash|price|wage|pay|income|yield|return|hurdle|statutory|legal|minimum|maximum|standard|normal|usual|going|prevailing|break-?even|threshold|target)$/i;

/** After a percent's "of", the heads that name a level, not a whole or a price a part is paid
 *  of: "83 per cent of the statewide level", "73% of the EU average"; "12% of the purchase price"
 *  and "75% of the adult rate" are what a buyer puts down or a trainee receives, and keep their
 *  reading. */
const OF_LEVEL_HEAD = String.raw`(?:averages?|means?|medians?|levels?)`;

/** A modifier before the head: a word, or a rating class in quotes ("'B'", "“AA”"); no function
 *  word, verb or number, which would carry the phrase past its noun ("over the year and consumer
 *  prices"). */
const MODIFIER = String.raw`(?:['‘’"“”][A-Za-z+-]{1,4}['’"”]|(?!(?:and|or|but|of|in|on|at|to|for|from|by|with|as|than|that|which|who|is|are|was|were|be|been|has|have|had|will|would|its|their|his|her|our|this|these|those|a|an|the)\b)[A-Za-z][\w.&-]*)`;

/** Right after the head, the time it is taken at: " of 2022", " of a year earlier", " from the
 *  previous quarter". */
const STANDARD_TIME_AFTER_RE =
  /^\s+(?:of|from|for)\s+(?:the\s+)?(?:(?:19|20)\d\d|a\s+(?:year|decade|month|quarter)|(?:previous|preceding|prior|last|past|same)\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)/i;
/** After a head no modifier owns, a year or a period it is taken in: " in 2019", " in March", " in
 *  the previous quarter" (with an owner, "the UK average in April 2031" dates the comparison). */
const BARE_TIME_AFTER_RE =
  /^\s+(?:in|at|during)\s+(?:the\s+)?(?:(?:19|20)\d\d|(?:January|February|March|April|May|June|July|August|September|October|November|December|previous|preceding|prior|last|past|same|first|second|third|fourth)\b)/i;
/** In the standard's clause, a word that puts it earlier: "a decade ago", "a year earlier". */
const EARLIER_IN_CLAUSE_RE = /\b(?:ago|earlier|before|previously|pre-[\w-]+)\b/i;

/** After the head, a phrase that names another party or group the level is taken for: a
 *  participle of what is paid, charged or earned and who by or to ("paid to farmers", "received by
 *  growers", "charged by Asian rivals"), or "on", "for", "among" or "across" and other members
 *  named by a plural ("on other owner-occupier loans", "for all workers", "on loans held by other
 *  banks"). */
const OTHER_PARTY_AFTER_RE =
  /^\s+(?:(?:paid|charged|received|earned|obtained|fetched|offered|quoted|applied|levied)\s+(?:to|by|from)\s+(?:the\s+)?[\w'’-]+|(?:on|for|among|across)\s+(?:the\s+)?(?:(?:other|all|peer|comparable|comparator|similar|neighbou?ring|rival|competing)\b|(?:[\w'’-]+\s+){0,3}?[a-z][\w'’-]*[^\Ws]s\b))/i;

/** Right after a comparative, "the" and the least price a seller or the rules set beforehand for
 *  the same sale: a reserve, floor, upset, minimum, asking, guide, opening, starting or indicative
 *  price, with up to three words before it and a word of the sale between it and "price" (" the
 *  reserve price of £30,000,000 per lot", " the auction floor price", " the minimum bid price set
 *  by the ministry"). The sale's distance from it is a change, as from a plan (v156), no other
 *  party's level. A ceiling price a reverse auction's bids come in under and a support price
 *  markets trade against stay two prices at one time (" lower than the ceiling price", " below the
 *  minimum support price": opened sets ho246, ho247). */
const SET_PRICE_AFTER_RE =
  /^\s*the\s+(?:[\w'’-]+\s+){0,3}?(?:reserve|floor|upset|minimum|asking|guide|opening|starting|indicative)\s+(?:(?:bid|bidding|sale|selling|auction|lot|offer|issue)\s+)?prices?\b/i;

/**
 * True when the words right after a comparative (`after` opens on them) name a price set
 * beforehand as the bound of the same sale ({@link SET_PRICE_AFTER_RE}): the gap to it is the
 * sale's distance from it, a change, not another party's level at the same time.
 * @example setPriceStandard(' the reserve price of £30,000,000 per lot.') // true
 * @example setPriceStandard(' the price paid to farmers.') // false
 */
export function setPriceStandard(after: string): boolean {
  return SET_PRICE_AFTER_RE.test(after);
}

/**
 * True when the words right after a comparative, a multiple or a percent's "of" (`after` opens on
 * them: " the England average", " the price paid to farmers") name the level of another group or
 * another party at the same time, the standard the number sets its own level against: "the" and a
 * level noun ({@link LEVEL_HEAD}) owned by another, through a modifier that names a group, a place
 * or a class before it or a party after it, with no time or plan. The subject's own level ("their
 * 2019 level", "the pre-crisis level"), a whole it is a share of ("of GDP", "of the national
 * budget"), an earlier or planned standard ("the level of a year earlier", "the budgeted rate") and
 * another measure of the same subject ("the neutral rate", "the inflation rate") are none.
 * @example comparedStandard(' the England average.') // true
 * @example comparedStandard(' their 2019 level.') // false
 * @example comparedStandard(' the purchase price', true) // false (after "of": a price a part is paid of)
 */
export function comparedStandard(after: string, of = false): boolean {
  const np = new RegExp(
    String.raw`^\s*the\s+((?:${MODIFIER}\s+){0,4}?)${of ? OF_LEVEL_HEAD : LEVEL_HEAD}\b(?![\w'’-])`,
    'i',
  ).exec(after);
  if (!np) return false;
  const rest = after.slice(np[0].length);
  const clause = rest.slice(0, /[.;:!?]|,\s|\s[–—]\s|$/.exec(rest)!.index);
  const modifiers = np[1]!.trim().split(/\s+/).filter(Boolean);
  // A capital names a place or a body ("New Zealand", "Old Mutual"), a time only as a month, a
  // quarter or a fiscal year.
  const timeWord = (w: string) =>
    TIME_OR_PLAN_RE.test(w) && (!/^[A-Z]/.test(w) || MONTH_OR_PERIOD_RE.test(w));
  if (modifiers.some(timeWord)) return false;
  // Whose level it is: a modifier that names a group, a place or a class ("England", "provincial",
  // "residential", "'B'"), or a party named after the head.
  const owner = modifiers.some(
    (w) => /^['‘’"“”]/.test(w) || !MEASURE_KIND_RE.test(w.replace(/[,'‘’"“”]/g, '')),
  );
  if (STANDARD_TIME_AFTER_RE.test(clause) || EARLIER_IN_CLAUSE_RE.test(clause)) return false;
  if (!owner && BARE_TIME_AFTER_RE.test(clause)) return false;
  // A party after the head with a year in its clause is the party's level then ("the rate for all
  // children in 2020"), an earlier time as likely as another group's: it keeps its reading.
  if (!owner && /\b(?:19|20)\d\d\b/.test(clause)) return false;
  return owner || OTHER_PARTY_AFTER_RE.test(rest);
}
