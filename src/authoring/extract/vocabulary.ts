// The extractor's phrases, composed from the shared number vocabulary (model/numberVocabulary.ts):
// what makes a number a change, a level, a hedge or a forecast, and what a date or time looks like.
// Regex sources only; no matching logic here and nothing the validator needs.

import {
  AMOUNT_NUMBER,
  CURRENCY_SIGN,
  CURRENCY_WORD,
  HUNDREDTH_WORD,
  DOWN_COMPARATIVE,
  DOWN_NOUN,
  DOWN_PHRASE,
  DOWN_VERB,
  AMOUNT_DECREASE,
  FOLD,
  DIGIT_TIMES_RE,
  PART_NUMBER_WORD,
  FRACTION,
  FRACTION_CHANGE_NOUN,
  FRACTION_SCALE_AMOUNT,
  FRACTION_DIGITS,
  FRACTION_OF_A,
  FRACTION_OF_EARLIER,
  EARLIER_PERIOD_AFTER,
  AFTER_EARLIER_WHAT,
  HALF_AGAIN,
  HALF_THE,
  WHOLE_FEE,
  PEOPLE_WHOLE,
  NOT_OF_A_PERCENT,
  OF_A_PERCENT,
  NAMED_PERCENT_CHANGE,
  NUMBER,
  NUMBER_WORD,
  HUNDREDS_NUMBER_WORD,
  PERCENT,
  PLUS_MINUS,
  POINTS,
  WRITTEN_MINUS,
  MINUS_AFTER_SIGN,
  SCALE,
  SCALE_AFTER_SIGN,
  TIMES,
  WIDER_AVERAGE,
  LIST_NUMBER,
  UP_COMPARATIVE,
  UP_NOUN,
  UP_PHRASE,
  UP_VERB,
  GERMAN_FRACTION,
} from '../../model/numberVocabulary.ts';
import { signedPattern } from '../../model/looseSign.ts';

export { FOLD, FRACTION, FRACTION_DIGITS, NUMBER, NUMBER_WORD, PERCENT, POINTS };

/** Words that qualify a number without changing it ("about", "as much as", "an average of", "even"). */
export const APPROX = String.raw`about|around|some|nearly|almost|roughly|approximately|close to|over|more than|less than|just over|just under|up to|as much as|as little as|at least|at most|only|just|even|fully|an average of|a total of|a further|an estimated|an additional|a record|an?\s+(?:higher|lower|slower|faster|stronger|weaker|high|low|slow|fast|strong|weak|robust|modest|healthy|solid|brisk|moderate|sluggish|steady|rapid|mere|respectable|impressive)|a nominal|a real|an annuali[sz]ed|a seasonally[- ]adjusted|an annual|a year-on-year|a quarterly|a monthly|a revised|an upwardly revised|a downwardly revised|a preliminary|a provisional|another|(?:well|slightly|somewhat|a\s+little)\s+(?:over|under|more\s+than|less\s+than)|upwards\s+of`;
const FILLER = String.raw`(?:(?:${APPROX})\s+)*`;

export const VERB = `${UP_VERB}|${DOWN_VERB}`;
/** Verbs that raise something by an amount ("raise the rate by"), with up-verbs; a charge or
 *  benefit "indexed by 2.5%" or "uprated by 3.1%" is raised by that much, as prices moved. */
const RAISE = String.raw`rais(?:e|es|ed|ing)|(?:up)?lift(?:s|ed|ing)?|hik(?:e|es|ed|ing)|boost(?:s|ed|ing)?|index(?:ed|ing)(?=\s+by\b)|uprat(?:e|es|ed|ing)`;
export const CHANGE_NOUN = `${UP_NOUN}|${DOWN_NOUN}`;
/** The bare "lower" is a comparative unless an object follows it: "decided to lower the Bank's
 *  interest rates by", "lower its key rate by" (never "lower than"). */
const LOWER_VERB = String.raw`lower(?=\s+(?:the|its|their|our|interest|policy|key)\b)`;
const CHANGE_WORD = String.raw`${VERB}|${RAISE}|${LOWER_VERB}|${UP_PHRASE}|${DOWN_PHRASE}`;
/** The period a change is measured over, between its verb and "by": "decreased from July to September
 *  by three per cent", "grew between July and September by". */
const SPAN_BETWEEN = String.raw`(?:\s+(?:from|between)\s+[\w'’-]+\s+(?:to|and)\s+[\w'’-]+)?`;
/** A stretch of time between a change's verb and "by": "increased during the first nine months of
 *  2031 by", "fell over the past two quarters by", a run of periods ("will shrink for a second year
 *  running in 2033, by"); no other words after it ("increased during the
 *  first half of 2031 as reported by 62% of firms" names no change). */
const TIME_BETWEEN = String.raw`\s+(?:during|over|in|throughout)\s+(?:the\s+(?:[\w-]+\s+){0,3}?(?:months?|quarters?|half|weeks?|years?|period)(?:\s+of\s+(?:19|20)\d\d)?|(?:the\s+)?Q[1-4]\s+(?:19|20)\d\d)|\s+for\s+(?:(?:a|the|two|three|four|five|[a-z]+th|second|third)\s+){1,2}(?:consecutive\s+|straight\s+)?(?:years?|quarters?|months?)(?:\s+in\s+a\s+row|\s+running)?(?:\s+in\s+(?:19|20)\d\d)?`;
/** After the verb (and its time), the source of an estimate set off by commas: "rose in Q1 2031,
 *  according to a flash estimate, by"; the verb still gives the change. */
const SOURCE_ASIDE_BETWEEN = String.raw`(?:,\s+according\s+to\s+[^.,;:\d%()]{1,50}(?=,))?`;
/** The day a decision was taken, between its verb and the object it changes: "lowered on Friday
 *  the deposit rate by", "raised yesterday its key rate by", "cut on 4 June the repo rate by". */
const DAY_MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)`;
const DAY_BETWEEN = String.raw`(?:\s+(?:on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d{1,2}\s+${DAY_MONTH}|${DAY_MONTH}\s+\d{1,2}(?:st|nd|rd|th)?)|today|yesterday),?)?`;
/** The base a change is measured against, between its verb and "by": "fell on a yearly basis by",
 *  "declined from a year earlier by", "rose compared with March 2030 by". */
const BASE_BETWEEN = String.raw`\s+(?:on\s+an?\s+(?:[\w-]+\s+){1,2}?basis|(?:from|on|over|against|compared\s+(?:with|to)|relative\s+to)\s+(?:(?:a|one|the)\s+(?:year|month|quarter)\s+(?:earlier|ago|before)|the\s+(?:same|previous|preceding|prior|corresponding)\s+(?:[\w-]+\s+){0,2}?(?:year|month|quarter|period)(?:\s+of\s+(?:19|20)\d\d)?|(?:${DAY_MONTH}\s+)?(?:19|20)\d\d))`;

/** A rate of growth: "grew at 32.9 per cent", "grew at an average yearly rate of 14 per cent",
 *  "rose at an annual pace of 3%" (not "stood at", a level), with up to three words between the
 *  verb and "at": "grew faster at 5.9 percent", "will grow slowly at a rate of 1.3 percent",
 *  "is projected to grow in 2034 at 4 percent"; another verb of change with what it changes in
 *  between: "fell in number at a rate of 6% a year", "rose in real terms at an annual pace of". */
const GROW_AT = String.raw`(?:grow|grows|grew|grown|growing|expand(?:s|ed|ing)?|contract(?:s|ed|ing)?)(?:\s+(?!(?:and|but|while|with|to|by|from|is|are|was|were|will)\b)[A-Za-z'’-]+){0,3}?\s+at(?:\s+(?:an?|the)\s+(?:[A-Za-z-]+\s+){0,3}?(?:rate|pace)\s+of)?|(?:${VERB})\s+(?:at\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?|in\s+(?:numbers?|value|volume|(?:real|nominal|value|volume)\s+terms)\s+at\s+(?:an?|the)\s+(?:(?!(?:an?|the)\b)[\w-]+\s+){0,3}?)(?:rate|pace)\s+of`;
/** A comparative before its noun, with the year it is measured against and "by": "a lower growth
 *  forecast than 2029 by", "a higher deficit path than in 2029 by" (up to three words between; the
 *  comparative right before "than" is read in CHANGE_BEFORE_RE's first words). */
const COMPARED_TO_YEAR_BY = String.raw`(?:higher|lower|greater|smaller)(?:\s+[A-Za-z'’-]+){1,3}?\s+than\s+(?:in\s+)?(?:19|20)\d\d\s+by`;
/** One of a list of objects a verb of change moves by one size: "the repo rate", "the rate on
 *  overnight loans with collateral" (an article, then up to seven words that start no clause). */
const LISTED_OBJECT = String.raw`(?:its|the|their|our)(?:\s+(?!(?:${CHANGE_WORD}|and|or|but|while|whereas|as|after|when|since|which|that|who|is|are|was|were|has|have|had|will|would|by|to)\b)[A-Za-z'’-]+){1,7}`;
/** Before a number, the words that make it a change: "rose by", "went up", "an increase of", a
 *  policy move whose rate has a long name ("lowered its target for the overnight rate by"), a rise
 *  in price after its verb ("turned costlier by", "became dearer by"; not "costlier imports were
 *  offset by"), a
 *  rate cut over the instruments it applies to, with no article before the rate ("cut interest rates
 *  on all its standing facilities by"; no verb or clause word among those words), a
 *  verb with its object ("raise the quota share of emerging members by", "reduced the value of
 *  claims submitted in 2032 by": a year may stand in it; also with a bracketed
 *  abbreviation: "lift the gross regional product (GRP) by", or a bare noun with its "of" or
 *  "from" phrases: "cut purchase of maize and rice from Cestia by"), and a "by" set in brackets after its
 *  verb ("fell slightly (by 0.2%)"), an adverb of size between the verb and its number ("dipped
 *  marginally 0.3%"), or "back" ("fell back 2.2%"), and a noun with a comma and "at" ("showed year-on-year
 *  decreases, at 5.9% and 4.6% respectively"). A comparative whose "by" a verb of change
 *  after it takes is no change of its own ("the charges below have been indexed by"). */
/** After "by", an article and up to two words that only describe the size: "declined by a
 *  sizeable 22.3%", "rose by a very modest 0.4%". Not a word that starts another phrase ("by a third
 *  to 4%", "by a margin of"). */
const BY_ADJECTIVE = String.raw`(?<=\bby)\s+an?(?:\s+(?!(?:to|of|from|in|on|at|for|than|and|or|the|a|an|its|their|with|as)\b)[a-z][a-z-]*[a-z]){1,2}?`;
/** Right after a comparative, not the adjective of a noun after an article or a preposition,
 *  alone or joined to another: "in the middle and lower salary bands by 4.21%" names the bands,
 *  and the "by" is an elided verb's (v266); "prices were lower by 2%", "imports lower in 2031 by"
 *  and a verb joined to another, "would raise receipts … and lower consumption by", keep theirs. */
const ATTRIBUTIVE_NOT_AFTER = String.raw`(?!(?<=\b(?:the|an?|its|their|our|in|of|for|with|from|on|at)\s+(?:[a-z]+\s+(?:and|or)\s+)?[a-z]+)\s+(?!by\b|in\b|on\b|at\b|over\b|during\b|than\b)[a-z])`;
/** After a change word or comparative, what may stand before its "by": a span, a time or base, up to
 *  three words, a source set off by commas ("rose in Q1 2031, according to a flash estimate, by"). */
const SPAN_TO_BY = String.raw`${SPAN_BETWEEN}(?:${TIME_BETWEEN}|${BASE_BETWEEN}|(?:\s+[\w'’-]+){0,3}?)${SOURCE_ASIDE_BETWEEN},?\s+\(?\s*by`;
/** What follows a verb of change before its number, each reading of CHANGE_BEFORE_RE that starts
 *  with one: the verb is written once before them all, so the pattern holds its long list once. */
const BY_AFTER_CHANGE_WORD = String.raw`${SPAN_TO_BY}|\s+(?:of\s+)?(?:its|the|their|our)\s+(?:[\w'’-]+\s+){0,5}?(?:rates?|target|range)(?:\s+(?:under|on|for|of)\s+[^.;%\d]{1,40}?)?\s+by|\s+(?:interest|policy|key|benchmark)\s+rates?\s+on\s+(?:(?!(?:${VERB}|but|while|whereas|as|after|when|since|is|are|was|were|has|have|had|will|would)\b)[\w'’-]+\s+){1,8}?by|(?:\s+(?:again|further|once\s+(?:again|more)))?${DAY_BETWEEN}\s+(?:its|the|their|our)\s+(?:(?:[A-Za-z'’-]+|\d{1,3}(?![\d.,%])|(?:19|20)\d\d(?![\d.,%])|\([A-Za-z'’.-]{2,12}\))\s+){0,13}?by|${DAY_BETWEEN}\s+${LISTED_OBJECT}(?:,\s+${LISTED_OBJECT}){0,4},?\s+and\s+${LISTED_OBJECT}\s+by|\s+(?:(?:annual|monthly|quarterly|yearly|total|overall|average|daily|net|gross)\s+)?[a-z]+(?:\s+(?!(?:is|are|was|were|has|have|had|will|would|and|or|but|by|of|from|to|in|for|between|on|at|across|the|its|their|our|a|an)\b)[a-z]+){0,2}\s+(?:of|from|to|in|for|between|on|at|across)\s+(?:(?!(?:${VERB}|but|while|whereas|as|after|when|since|which|that|who|is|are|was|were|has|have|had|will|would|by)\b)[A-Za-z'’-]+\s+){1,8}?by|\s+(?:[a-z]+\s+){1,5}?(?:on|for)\s+(?:the\s+)?(?:first|top|next|last|lowest|highest)\s+(?:[A-Z]{0,3}[$€£¥₹]|[A-Z]{3}\s)\d[\d,]*(?:\.\d+)?(?:\s+(?:of|in)\s+[a-z]+(?:\s+[a-z]+)?)?\s+by|(?:\s+back)?(?:\s+(?:slightly|marginally|sharply|strongly|markedly|modestly|significantly|somewhat|steeply|further|again))?`;
export const CHANGE_BEFORE_RE = new RegExp(
  String.raw`\b(?:(?:${CHANGE_WORD})(?:${BY_AFTER_CHANGE_WORD})|(?:higher|lower|greater|smaller|ahead|behind|above|below|up|down)${ATTRIBUTIVE_NOT_AFTER}(?!(?:\s+[\w'’-]+){0,3}?\s+(?:index(?:ed|ing)|uprat(?:ed|ing)|rais(?:ed|ing)|increas(?:ed|ing)|reduc(?:ed|ing)|cut|lower(?:ed|ing)|adjust(?:ed|ing))\s)${SPAN_TO_BY}|${COMPARED_TO_YEAR_BY}|(?:exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|outpac(?:e|es|ed|ing)|outperform(?:s|ed|ing)?|overshot|overshoot(?:s|ing)?|beat|beats|topped|tops)(?:\s+[\w'’-]+){0,4}?\s+by|(?<=\b(?:turned|turns|became|becomes|become|got|gets|grew|were|was|is|are)\s)(?:costlier|dearer)\s+by|${GROW_AT}|(?:${CHANGE_NOUN})(?:(?:\s+in\s+[^\d%,;:]{1,50}?)?\s+of|s?,\s+at)|(?!growths?\b)(?:${CHANGE_NOUN})\s+by|up|down|(?<=,\s?)off)(?:${BY_ADJECTIVE})?\s+${FILLER}$`,
  'i',
);
/** A rise in money then its size in percent: "increased by A$4.2 billion, or about 35%" (the
 *  caller leaves "or 35% of the total", a share, alone). A fall's percent, stated alone, could not
 *  carry its minus, so only a rise. */
export const AMOUNT_OR_RISE_BEFORE_RE = new RegExp(
  String.raw`\b(?:${UP_VERB}|${RAISE}|${UP_PHRASE})\s+by\s+(?:[A-Z]{0,3}\s?[$€£¥]?\s?)\d[\d.,]*\s?(?:trillion|billion|million|tn|bn|mn|m)?(?:\s+[a-z]+)?,\s+or\s+${FILLER}$`,
  'i',
);
/** A rise's amount after its "by", hedged or not: "approximately €4 billion", "$1.2 bn". */
const AMOUNT_AFTER_BY = String.raw`${FILLER}(?:[A-Z]{0,3}\s?[$€£¥]?\s?)\d[\d.,]*\s?(?:trillion|billion|million|tn|bn|mn|m)?\b`;
/** As AMOUNT_OR_RISE_BEFORE_RE with a hedge before the amount and "or" with no comma, also in a
 *  list that leaves out the rise's verb after its first item ("increase by about €3 billion or 7%,
 *  fees by roughly €0.5 billion or around 9% and duties by just over €2 billion or "): each item's
 *  percent is its own rise. */
export const AMOUNT_OR_RISE_LIST_BEFORE_RE = new RegExp(
  String.raw`\b(?:${UP_VERB}|${RAISE}|${UP_PHRASE})\s+by\s+${AMOUNT_AFTER_BY}(?:,?\s+or\s+${FILLER}\d[\d.,]*\s?(?:%|per\s?cent|percent)(?:,\s+|,?\s+and\s+)(?:[a-z]+\s+){1,3}?by\s+${AMOUNT_AFTER_BY})*,?\s+or\s+${FILLER}$`,
  'i',
);
/** A change verb whose "by" comes after an aside set off by a comma and a dash: "has contracted
 *  slightly, for the first time after seven years of growth – by 2 percent", by a pair of dashes
 *  after its object ("to lower the key rate – the one it steers with – by 25 basis points"), or by a comma alone:
 *  "grew at their fastest pace in a decade, by 11.4%", also with the turn it names between ("lowered
 *  its key rate again, this time by 50 basis points"), or by unspaced dashes right after the verb,
 *  with or without "by" ("sales have grown—in real terms—31.2%"), or by an aside in commas or
 *  brackets that names no other change ("contracted, in real terms, by 3.3%", "fell (seasonally
 *  adjusted) by"; a year may stand in the comma's aside: "fell again in 2031, this time by"). The
 *  verb, not a noun inside the aside, gives the direction. */
/** A word of an aside between a verb of change and its "by" that names no other change and starts
 *  no clause: "in real terms", "year on year", "on a seasonally adjusted basis". */
const ASIDE_WORD = String.raw`(?!(?:${VERB}|${CHANGE_NOUN}|and|but|or|while|whereas|which|that|who|where|when|although|though|by|higher|lower|up|down|more|less|above|below)\b)[\w'’-]+`;
export const ASIDE_VERB_BY_BEFORE_RE = new RegExp(
  String.raw`\b(?:${CHANGE_WORD})(?:\b[^.;:()\d%]{0,80}?(?:\s[–—-]|,)\s+(?:that\s+is|i\.e\.|in\s+other\s+words)\s*,?\s+by\s+${FILLER}$|(?:\s+[\w-]+){0,2}?\s*,[^.;:()–—\d%]{1,100}?\s[–—-]\s+by\s+${FILLER}$|(?:\s+[\w'’-]+){0,6}?\s+([–—-])\s[^.;:()–—\d%]{1,120}?\s\1\s+by\s+${FILLER}$)|\b(?:${VERB})(?:\s*,\s+(?:${ASIDE_WORD}(?:\s+|(?=\s*,))){1,6}\s*,\s+by\s+${FILLER}$|\s+\((?:${ASIDE_WORD}(?:\s+(?=[\w'’-])|(?=\)))){1,5}\)\s+(?:by\s+)?${FILLER}$|\b(?:[^.;:()–—\d%,]|\b(?:19|20)\d\d\b){1,80},\s+(?:(?:this|that)\s+time\s+|once\s+(?:again|more)\s+|again\s+)?by\s+${FILLER}$|([–—])[^.;:()–—\d%]{1,40}?\2(?:by\s+)?${FILLER}$)`,
  'i',
);
/** French words of change before "de" and the number: a noun ("une baisse de", "en repli de", "une
 *  progression de", "la croissance de"), a past participle or present verb ("s'est replié de",
 *  "a progressé de", "recule de"), with an adverb or an aside set off by commas ("s'est replié, en
 *  glissement annuel, de") or the base without them ("a progressé en glissement annuel de"). The
 *  words of a fall are in DECREASE, so the number reads negative. */
export const FRENCH_CHANGE_BEFORE_RE =
  /(?<![A-Za-zÀ-ÿ])(?:(?:hausse|baisse|augmentation|diminution|progression|repli|recul|croissance|contraction|chute|accroissement)s?(?:\s+(?:annuelle|mensuelle|trimestrielle|moyenne|réelle|nominale|légère|forte|nette|sensible))?|(?:progress|recul|augment|diminu|baiss|chut|repli|contract)(?:ée?s?|e|ent)|accrue?s?)(?:\s+(?:légèrement|fortement|nettement|sensiblement|encore|respectivement))?(?:\s*,[^,.;:\d%]{1,40},|\s+en\s+glissement\s+(?:annuel|mensuel|trimestriel))?\s+de\s+(?:(?:près|plus|moins)\s+de\s+|environ\s+)?$/i;
/** Spanish words of change right before the number: a noun before "de" or "del" ("una caída del",
 *  "un aumento interanual de"), a gerund, a verb in the past or the conditional ("descendiendo",
 *  "cayó", "creció un", "aumentó en un", "creció en", "crecería en promedio", "se expandiría"). The
 *  words of a fall are in DECREASE, so the number reads negative. */
export const SPANISH_CHANGE_BEFORE_RE =
  /(?<![A-Za-zÀ-ÿ])(?:(?:caída|alza|suba|aumento|incremento|disminución|descenso|reducción|crecimiento|contracción|expansión|retroceso|variación)s?(?:\s+(?:interanual|anual|mensual|trimestral|real|nominal|promedio))?\s+(?:del?|de\s+un)|(?:descendiendo|cayendo|creciendo|aumentando|subiendo|disminuyendo|retrocediendo|descendió|cayó|creció|aumentó|subió|disminuyó|retrocedió|descendieron|cayeron|crecieron|aumentaron|subieron|disminuyeron|retrocedieron|bajó|bajaron|bajando|se\s+(?:redujo|contrajo|expandió|incrementó)|(?:se\s+(?:reduc|contra|expand|increment)|crec|aument|sub|baj|disminu|retroced|descend|ca)(?:ar|er|ir)ían?)(?:\s+(?:en\s+promedio|en\s+(?:un|el)|en|un|el))?)\s+(?:(?:casi|cerca\s+del?|alrededor\s+del?|más\s+del?|menos\s+del?|unos|unas)\s+)?$/i;
/** Portuguese words of change right before the number: a noun of change with its optional
 *  qualifier before "de" or "entre" ("crescimento real de", "queda nominal de", "alta média de",
 *  "expansão de", "entre" for a range), whatever verb carries it ("com", "teve", "registrou"), or a
 *  verb of change in the past, singular or plural ("cresceu", "avançaram", "recuou", "caíram"),
 *  with an optional "em" or "de". A level reached ("subiu para 15%") takes "para" and is not read. */
export const PORTUGUESE_CHANGE_BEFORE_RE =
  /(?<![A-Za-zÀ-ÿ])(?:(?:crescimentos?|altas?|quedas?|aumentos?|reduç(?:ão|ões)|expans(?:ão|ões)|retraç(?:ão|ões)|contraç(?:ão|ões)|recuos?|elevaç(?:ão|ões)|avanços?|baixas?|variaç(?:ão|ões))(?:\s+(?:real|reais|nominal|nominais|anual|anuais|interanual|mensal|trimestral|média|médio|acumulada|acumulado))?\s+(?:de|entre)|(?:cresc|retroced|encolh)(?:eu|eram)|(?:avanç|recu|aument|desaceler|aceler)(?:ou|aram)|(?:diminu|retra|expand|sub|ca)(?:iu|iram|íram)|(?:se\s+)?(?:expandiu|retraiu|contraiu)(?:-se)?)(?:\s+(?:em|de))?\s+(?:(?:cerca\s+de|quase|mais\s+de|menos\s+de)\s+)?$/i;
/** Before a number, with no other number between, a Spanish forecast: a verb in the conditional
 *  ("crecería", "se mantendría en", "podría ser", never a noun such as "la minería" after an
 *  article, preposition or "y", nor "habría alcanzado", an estimate of what happened), or a verb of projection ("prevé", "se proyecta que", "proyectada
 *  en", "el rango previsto", "se estima que"; not "como estaba previsto", a comparison). */
export const SPANISH_FORECAST_BEFORE_RE =
  /(?:(?<![A-Za-zÀ-ÿ])(?<!\b(?:la|las|el|los|lo|un|una|unos|unas|de|del|al|y|e|o|u|en|su|sus|con|por|para|sin|sobre|entre)\s+)[a-zñ]+(?:[aei]r|dr|br|rr)ían?(?<!\bhabrían?)|(?<![A-Za-zÀ-ÿ])(?<!\bcomo\s+(?:(?:estaba|era|fue|había|habíamos|se\s+había)\s+)?)prev(?:é|én|ista|isto|istas|istos)|(?<![A-Za-zÀ-ÿ])proyect(?:a|an|ó|aron|ado|ada|ados|adas)|\bse\s+estima\s+que)(?![A-Za-zÀ-ÿ])(?:[^\d.;:]|(?:19|20)\d\d)*$/i;
/** A cheap test before SPANISH_FORECAST_BEFORE_RE. */
export const SPANISH_FORECAST_NEAR_RE = /ía|prev|proyect|estima/i;
/** Before a number, with no other number between (a year aside), a German forecast: a verb or noun
 *  of expectation or projection ("erwartet für 2027", "rechnet mit", "prognostiziert", "Prognose",
 *  "voraussichtlich", "dürfte", a plan's "soll" or "geplant"), never "wie erwartet" nor "als
 *  erwartet", a comparison with what was expected. A dot of "Mrd." or "Mio." is no stop. */
export const GERMAN_FORECAST_BEFORE_RE =
  /(?<![\p{L}])(?<!\b(?:[Ww]ie|[Aa]ls)\s+)(?:erwarte[tn]|erwartete[tn]?|rechne[tn]\s+(?:[^\d.;:]{0,60}?\s)?mit|prognostizier(?:t|en|te|ten)|Prognosen?|Projektion(?:en)?|voraussichtlich|dürften?|sollen|soll|geplanten?|geplant)(?![\p{L}])(?:[^\d.;:]|\.(?!\s+\p{Lu})|(?:19|20)\d\d)*$/u;
/** After a number, up to its clause's end, a German verb of planning that closes the clause: "sieht
 *  … Ausgaben von 502,5 Mrd. € vor", "ist mit 81,8 Mrd. € veranschlagt", "… vorgesehen". Group 1 is
 *  the word; a bare "vor" counts only after "sieht" or "sehen" (caller). */
export const GERMAN_PLAN_AFTER_RE =
  /^[^\d;:]{0,60}?(?<![\p{L}])(vor|veranschlagt|vorgesehen|eingeplant|geplant)(?![\p{L}])\s*(?:[;,]|\.(?:\s|$)|$)/u;
/** "make up 22 percent", "take up": "up" that is not a change. */
export const NOT_CHANGE_UP_RE = /\b(?:make|makes|made|making|take|takes|took|taking)\s+up\b[^]*$/i;
/** Before a number, the words that make it a level: "eased to", "averaged", "reached", "stood at",
 *  and a change as a noun with the level it reaches ("a slight deceleration to around 2%"). */
export const LEVEL_BEFORE_RE = new RegExp(
  String.raw`\b(?:(?:${CHANGE_WORD}|${CHANGE_NOUN}|picking up|pick up|picks up|picked up)\s+to(?:\s+between)?|averag(?:e|es|ed|ing)|reach(?:es|ed|ing)?|total(?:s|led|led|ling|ed|ing)?|st(?:and|ands|ood)\s+at|amount(?:s|ed)?\s+to|unchanged\s+at|(?:is|are|was|were|be)\s+forecast\s+at|at)\s+${FILLER}$`,
  'i',
);
/** Words between a number and its change noun: the period it is measured over or what kind of
 *  change it is ("the 4.1% year-on-year growth", "2 per cent additional collective growth"). */
const PERIOD_ADJECTIVE = String.raw`(?:(?:year-on-year|year-over-year|month-on-month|month-over-month|quarter-on-quarter|quarter-over-quarter|on-year|on-month|on-quarter|[ymq]-o-[ymq]|annual(?:ised|ized)?|yearly|monthly|quarterly|y\/y|yoy|additional|further|extra|cumulative|collective|real|nominal)\s+){0,2}`;
/** After a number, words that make it a change: "12 % greater", "a 15% increase", "the 4.1%
 *  year-on-year growth", "1.6% YoY lower", "a 2.0 percent on-year loss". */
/** After a number, the base a change is measured against: "4.2% year on year", "3.1% on the
 *  previous month", "2% y/y", "1.2% from a year earlier", "3.6% from twelve months back", and in
 *  French "3,1% en glissement annuel". A level states no base. */
const BASE_AFTER = String.raw`(?:year|month|quarter)[- ](?:on|over)[- ](?:year|month|quarter)|en\s+glissement\s+(?:annuel|mensuel|trimestriel)|[ymq]\/[ymq]|[ymq]-o-[ymq]|on-(?:year|month|quarter)|yoy|mom|qoq|on\s+(?:the|a)\s+(?:(?:previous|preceding|prior|same|corresponding)\s+)?(?:year|month|quarter|period)\b(?!\s+(?:to|of)\b)|(?:over|from|against)\s+the\s+(?:previous|preceding|prior|same|corresponding)\s+(?:year|month|quarter|period)|(?:from|on|over|against|compared\s+(?:with|to))\s+(?:a|an|one|two|three|four|six|nine|twelve|eighteen|\d{1,2})\s+(?:months?|quarters?|years?)\s+(?:earlier|ago|before|back)|over\s+(?:(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:quarter|half)\s+(?:of\s+)?|Q[1-4]\s+|H[12]\s+)(?:19|20)\d\d\b`;
/** Up to two nouns that name what changed, between a number and its change noun: "a 5.4% traffic
 *  increase", "the 3% export volume growth". Words that start another phrase are none of them, nor
 *  the verb of a share of people asked, or its participle: "31% expect deterioration" and "4.2%
 *  anticipating staff cuts" are shares answering. */
export const CHANGED_NOUNS = String.raw`(?:(?!(?:of|in|on|at|to|for|from|by|with|as|than|and|or|but|nor|the|a|an|its|their|this|that|these|those|which|who|while|whereas|since|after|before|over|under|during|between|among|amid|despite|due|against|compared|versus|is|are|was|were|be|been|being|has|have|had|will|would|could|may|might|should|must|can|year|years|month|months|quarter|quarters|last|next|per|cent|percent|points?|so|then|also|still|only|even|not|expect|anticipate|foresee|predict|see|saw|report|plan|intend|say|said|believe|fear|expecting|anticipating|foreseeing|predicting|seeing|reporting|planning|intending|saying|believing|fearing)\b)[a-z][a-z-]*[a-z]\s+){1,2}`;
/** What a plan set for an outturn, as the base "over" or "under" measures it from: a budget, a
 *  plan, a target, a forecast, a projection, an estimate, guidance or what was budgeted. */
const PLANNED_BASE = String.raw`(?:(?:available|approved|original|originally\s+approved|planned|allocated|agreed|initial|revised|official|budgeted|projected|forecast|targeted)\s+)?(?:budgets?|plans?|targets?|forecasts?|projections?|estimates?|expectations?|guidance|(?:amounts?|levels?|figures?|sums?|totals?)\s+(?:budgeted|planned|forecast|projected|targeted))\b(?!\s+(?:periods?|horizons?|years?|terms?|windows?|spans?|cycles?|rounds?|documents?|process|ranges?)\b)`;
/** "over" before the sum a cost is set against: "40% over available funding", "12% over its
 *  budget", "9 per cent over the approved costs" (a cost overrun, a change), and "over" or "under"
 *  the plan an outturn is measured from, "18 percent over forecast", "3 per cent under plan",
 *  "7 percent under projections", "5% under its budget", "4% over what was budgeted" (a distance
 *  from the plan, a change, as "above budget" is). "over the forecast period" is a span; "under"
 *  with "the" and a bare noun ("30% under the plan") names the plan's terms and keeps its reading;
 *  an estimate named with words of its own is a plan either way ("6.2% under the appraisal
 *  estimate", "12% over the engineer's cost estimate"; v128); and so "over" or "under" a price
 *  set beforehand as the sale's bound ("41% over the upset price", "9% under the floor price"; v156). */
const OVER_FUNDING = String.raw`(?:over(?=\s+(?:(?:(?:the|its|their|our)\s+)?(?:(?:available|approved|original|originally\s+approved|planned|allocated|agreed)\s+)?(?:funding|costs?)\b|(?:(?:the|its|their|our)\s+)?${PLANNED_BASE}|what\s+(?:was|had\s+been)\s+(?:budgeted|planned|forecast|projected|expected|targeted)\b))|(?:over|under)(?=\s+(?:the|its|their|our)\s+(?:[a-z][\w'’-]*\s+){1,3}?estimates?\b(?!\s+(?:periods?|horizons?|years?)\b))|(?:over|under)(?=\s+(?:the|its|their|our)\s+(?:[\w'’-]+\s+){0,3}?(?:reserve|floor|upset|minimum|asking|guide|opening|starting|indicative)\s+(?:(?:bid|bidding|sale|selling|auction|lot|offer|issue)\s+)?prices?\b)|under(?=\s+(?:(?:its|their|our)\s+)?${PLANNED_BASE}|\s+the\s+(?:budgeted|planned|forecast|projected|targeted|approved|original)\s+|\s+what\s+(?:was|had\s+been)\s+(?:budgeted|planned|forecast|projected|expected|targeted)\b))`;
/** A "respectively" between a number and the comparative or change word it shares with the list
 *  before it: "4.2% and 3.3% respectively below their 2029 peaks", "…, respectively, above". */
const RESPECTIVELY = String.raw`\s+respectively|\s*,\s*respectively\s*,`;
export const CHANGE_AFTER_RE = new RegExp(
  String.raw`^(?:${RESPECTIVELY})?\s+(?:(?:(?:${BASE_AFTER})\s+)?(?:${UP_COMPARATIVE}|${DOWN_COMPARATIVE})|${OVER_FUNDING}|${PERIOD_ADJECTIVE}(?:${CHANGED_NOUNS})?(?:${CHANGE_NOUN})|${PERIOD_ADJECTIVE}loss|(?:(?:${BASE_AFTER})\s+)?(?:up|down)\b(?!\s+(?:to|until|till)\b))\b`,
  'i',
);
/** Right after a number, its sampling margin in brackets, maybe with a footnote star, before the
 *  comparative that makes it a change: "0.6 percent (±1.2 percent)* below", "2.9% (+/- 1.4%) above". */
export const MARGIN_BRACKET_AFTER_RE = new RegExp(
  String.raw`^\s*\(\s*${PLUS_MINUS}(?:${NUMBER})(?:${PERCENT}|${POINTS})?\s*\)\*?(?=\s+(?:${UP_COMPARATIVE}|${DOWN_COMPARATIVE})\b)`,
  'i',
);
/** "With 9.5 percent, the growth of exports was well above that": a number fronted by
 *  "with" takes its kind from the main clause after it. */
export const FRONTED_WITH_BEFORE_RE =
  /(?:^|[,;:]\s*|\bbut\s+)with\s+(?:(?:about|around|some|nearly|almost|just over|just under|only)\s+)?$/i;
/** The main clause after a fronted number, up to its first stop: a change if it names one. */
export const FRONTED_CHANGE_AFTER_RE = new RegExp(
  String.raw`^[^.;:]{0,120}?\b(?:${VERB}|${CHANGE_NOUN}|${UP_COMPARATIVE}|${DOWN_COMPARATIVE}|up|down|changes?)\b`,
  'i',
);
export const BASE_AFTER_RE = new RegExp(
  String.raw`^\s*(?:\(\s*)?(?<=\s|\()(?:${BASE_AFTER})\b`,
  'i',
);
/** Between a change and the next number, a participle of a change verb that reaches a level: "grow
 *  3.5% in 2022 before slowing to 1.0%", "rose 2%, easing to". Its subject is the change's. */
export const PARTICIPLE_TO_BETWEEN_RE = new RegExp(
  String.raw`^(?:\s+(?:in|for|during|over)\s+[\w-]+)*\s*,?\s+(?:(?:before|then|and|after)\s+)?(?=\w+ing\b)(?:${VERB})\s+to\s+${FILLER}$`,
  'i',
);
/** Between a change and a later number, words that start another statement, so the later number
 *  does not continue the change ("rose 5%, while unemployment was 6%", "rose 5%, which made up").
 *  The month is no modal: "in May 2030", "15 May", "May 2030" ("may fall" still stops it). */
export const GAP_BARRIER_RE =
  /\b(?:is|are|was|were|be|been|being|has|have|had|(?<!\b(?:in|since|until|through|of|from|to|by|during|end|mid|early|late)[\s-]+|\d\s*)may(?![\s,]+\d)|might|will|would|could|should|can|stood|stands?|reach(?:es|ed|ing)?|remain(?:s|ed|ing)?|account(?:s|ed|ing)?|represent(?:s|ed|ing)?|made|make|makes|making|total(?:s|led|ed|ling|ing)?|amount(?:s|ed|ing)?|contribut(?:e|es|ed|ing)|compris(?:e|es|ed|ing)|equal(?:s|led|ed|ling|ing)?|hold|holds|held|keep|keeps|kept|maintain(?:s|ed|ing)?|stay(?:s|ed|ing)?|set|sets|which|who|whose|that|when|where)\b/i;
/** A list's lead-in that names a change: "Traffic increases by region were as follows:". */
export const CHANGE_LEAD_IN_RE = new RegExp(
  String.raw`\b(?:${CHANGE_NOUN}|${VERB}|changes?\s+(?:in|of|to)\b)\b`,
  'i',
);
/** A lead-in about levels ("Interest rates were lowered as follows:") and one that names a change
 *  as a noun ("Traffic increases by region", "Changes in the key rates", "the rise"), whose items
 *  are changes even when the lead-in is about rates. */
export const LEVEL_LEAD_IN_RE = /\b(?:rates?|yields?|ratios?)\b/i;
export const CHANGE_NOUN_LEAD_IN_RE = new RegExp(
  String.raw`\b(?:growth|inflation|(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}?(?:${CHANGE_NOUN}|changes?)\b|(?:${CHANGE_NOUN}|changes?)\s+(?:in|of|to|by|were|are|was|is)\b)`,
  'i',
);
/** A sentence whose subject is a bare forecast noun that names no quantity ("The forecasts for 2031
 *  and 2032 have decreased to", "Expectations for 2031 remain unchanged at"): it goes on with what
 *  the sentence before forecast, so its numbers take that figure's kind. */
export const BARE_FORECAST_SUBJECT_RE =
  /^\s*(?:(?:the|these|those|its|their|our)\s+)?(?:forecasts?|projections?|expectations?|estimates?|outlooks?)(?:\s+(?:for|in)\s+(?:(?:19|20)\d\d|the\s+(?:current|next|coming)\s+year|(?:this|next)\s+year|and|,|\s)+)?\s+(?:is|are|was|were|have|has|had|remain(?:s|ed)?|stay(?:s|ed)?|(?:[a-z]+ed)|(?:also|now)\s+[a-z]+)\b/i;
/** The same, for the forecast of a place named with a capital: "The forecast for Valmora remains
 *  unchanged … at 5.2%". Case-sensitive, so "the forecast for inflation" is not one. */
export const NAMED_FORECAST_SUBJECT_RE =
  /^\s*(?:[Tt]he\s+|[Ii]ts\s+|[Oo]ur\s+)?(?:[Ff]orecasts?|[Pp]rojections?|[Oo]utlook)\s+for\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}(?:is|are|was|were|remains?|remained|stays?|stayed|has|have|had|[a-z]+ed)\b/;
/** Just before a number, a bracket with the value a figure was revised from ("lower at 4.2% (down
 *  from 4.3%)", "(from 0.6%)") or is set against ("to grow by 1.7% in 2032 (against 2.3%)"): an
 *  earlier reading of the same figure, so it shares that figure's status, a forecast's earlier
 *  forecast being a forecast. */
export const REVISED_FROM_BRACKET_BEFORE_RE =
  /\(\s*(?:(?:(?:up|down|revised(?:\s+(?:up|down|upwards?|downwards?))?)\s+)?from|against|compared\s+(?:to|with)|versus|vs\.?)\s+(?:(?:a|an|the)\s+)?(?:(?:previous|earlier|prior)\s+[\w-]+\s+(?:of\s+)?)?$/i;

/** A sentence that opens by referring back to the figure before: "It is 3.2% for core products",
 *  "This was 2.1% in the capital region". */
export const REFERS_BACK_LEAD_RE =
  /^\s*(?:(?:in|for|during|over|by|at|among)\s+[^,.;:\d%]{0,40}?(?:\b(?:19|20)\d\d)?\s*,?\s+)?(?:it|this|that|the figure|the rate)\s+(?:is|was|stands at|stood at|comes to|came to)\s+(?:(?:about|around|some|nearly|almost|just over|just under)\s+)?$/i;
/** Just before a number, a verb of effect with no whole after it: "our commitments will deliver
 *  2.3 per cent", "would add an extra 0.4 percent". After a sentence that ended on a change, the
 *  number is that change's effect. */
export const EFFECT_BEFORE_RE =
  /\b(?:deliver|add|generate|bring|yield)(?:s|ed|ing)?\s+(?:(?:an?\s+)?(?:additional|further|extra)\s+)?(?:(?:about|around|some|nearly|almost|roughly|over|more than|at least)\s+)?[\s\n]*$/i;
/** A contribution named with its direction: "downward contributions", "a negative contribution". */
const DIRECTED_CONTRIBUTION = String.raw`(?:upward|downward|positive|negative)\s+contributions?`;
/** A change verb that governs a list of bracketed percents, one per name: "sales grew in
 *  Africa (9.4 percent), Oceania (4.0 percent), and …", "is likewise down with A (34.7%),
 *  B (12%)", and a comparative, then the part it is said of, in a clause that says the comparison
 *  is in percent ("in percentage terms, duties were higher for tobacco (8%) and lower for fuel
 *  (2%)"; "turnout was higher among the old (71%)" compares levels). No number stands between the verb and
 *  the bracket, so "rose 5%, with China (35%)" is no such list. A contribution that names its
 *  direction governs so too ("offset by downward contributions from fishing (3.2%) and forestry
 *  (", "the largest upward contribution ("), and a clause after a semicolon that says what led the
 *  change continues its list past a count of the parts ("negative contributions from 7 of the 11
 *  branches; this was led by timber (").
 *  Group 1 is the verb or the contribution. */
export const VERB_LIST_BRACKET_BEFORE_RE = new RegExp(
  String.raw`\b(${CHANGE_WORD}|${DIRECTED_CONTRIBUTION}|(?:is|are|was|were|be|been)\s+(?:(?:also|likewise|similarly|equally|again|sharply|strongly|slightly|significantly|markedly)\s+)?(?:up|down)|(?<=\bin\s+(?:percentage|percent|relative)\s+terms\b[^.;]{0,120}?)(?:(?:is|are|was|were|be|been)\s+)?(?:higher|lower)(?=\s+(?:for|in|on|among|at|from)\s))\b(?:(?:[^.;()\d%]|\b\d+\s+(?:of|out\s+of)\s+(?:the\s+|its\s+)?\d+\b)*?;\s+(?:this|these|it)\s+(?:was|were)\s+led\s+by\b)?(?:[^.;()\d%]|\([^()]*\))*\(\s*$`,
  'i',
);
/** A lead-in that names growth or performance with a noun or participle, then a copula and a list of
 *  names with bracketed percents: "the economies forecast to grow fastest are A (6.1%), B (",
 *  "the strongest performers were A (". The list's numbers are growth rates, changes. Not a share
 *  of growth ("the contributions to growth were A (") nor a source ("Growth was driven by A (").
 *  The first name after the copula starts with a capital or a quote; "grow the fastest" leads in too. */
const GROWTH_LEAD_IN = String.raw`(?<!\b(?:to|of|in|from)\s+(?:the\s+)?)\b(?:fastest[- ]growing|fastest[- ]expanding|grow(?:s|ing)?\s+(?:the\s+)?fastest|expand(?:s|ing)?\s+(?:the\s+)?fastest|(?:economic\s+)?performance|(?:best|top|strongest)\s+performers?|growth(?:\s+rates?)?|expansions?)\b[^.;:()\d%]{0,80}?\b(?:are|were|will\s+be|would\s+be|include[sd]?|including|namely)\s+(?=[A-Z“"‘'])`;
export const GROWTH_LIST_BRACKET_BEFORE_RE = new RegExp(
  String.raw`${GROWTH_LEAD_IN}(?:[^.;()\d%]|\([^()]*\))*\(\s*$`,
);
/** The same lead-in before a list whose items give their numbers after "at" or "with": "the
 *  economies that will grow the fastest in 2035 are Arland, at 6.4 percent, Brova, at 6 percent,
 *  and ", "the strongest performers included Arland with 6.2%, Brova with ". */
export const GROWTH_LIST_AT_BEFORE_RE = new RegExp(
  String.raw`${GROWTH_LEAD_IN}(?:(?:the\s+)?[A-Z“"‘'][^.;:()\d%]{0,40}?,?\s+(?:at|with)\s+(?:about\s+|around\s+)?\d[\d.,]*\s?(?:%|per\s?cent|percent)\s*,?\s*(?:and\s+)?)*(?:the\s+)?[A-Z“"‘'][^.;:()\d%]{0,40}?,?\s+(?:at|with)\s+(?:about\s+|around\s+)?$`,
);
/** Between two items of such a list: ", Brova, at ", ", and Cedar at ", " and Cedar with ". */
export const LIST_ITEM_AT_BETWEEN_RE =
  /^\s*(?:%|per\s?cent|percent)?\s*,?\s*(?:and\s+)?(?:the\s+)?[A-Z“"‘'][^.;:()\d%]{0,40}?,?\s+(?:at|with)\s+(?:about\s+|around\s+)?$/;
/** Between a bracketed item of a list and the next number, its last item written with "at": ")
 *  and Cedar at ", "), and the Republic of Elm at ". The number is an item of the same list. */
export const LIST_TAIL_AT_BETWEEN_RE =
  /^\s*\)\s*,?\s*(?:and|or)\s+(?:the\s+)?[A-Z“"‘'][^()\d%.;,:]{0,50}?\s+at\s+(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?$/;
/** Right before a number, the average it is compared with: "exceeding the global average of ",
 *  "above the regional average of about ", "than the world average of ". */
export const COMPARED_AVERAGE_BEFORE_RE =
  /\b(?:exceed\w*|above|below|under|outpac\w*|surpass\w*|beat\w*|than|over|ahead\s+of)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?averages?\s+(?:of\s+)?(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?$/i;
/** Before a compared average, the last thing the sentence names that has a rate: growth (a change)
 *  or a level (unemployment, debt, a share). Group "growth" is set for growth. */
export const MEASURE_BEFORE_RE =
  /\b(?:(?<growth>growth|growing|grow|grew|grown|expan(?:sion|sions|ding|ded|d)|inflation)|unemployment|jobless|debt|deficit|surplus|shares?|ratios?|rates?)\b/gi;

/** After a number, a second number of the same list and then the comparative or change noun both
 *  share: "exports were 0.6% and imports 2.3% lower", "after 1.2% and 0.8% growth". */
export const LIST_THEN_COMPARATIVE_AFTER_RE = new RegExp(
  String.raw`^\s+and\s+(?:(?:[^\d%.;,]{1,40}?\s)?[-–−‑+]?\d[\d.,]*(?:${PERCENT})(?:${RESPECTIVELY})?\s+(?:${UP_COMPARATIVE}|${DOWN_COMPARATIVE})|[-–−‑+]?\d[\d.,]*(?:${PERCENT})\s+${PERIOD_ADJECTIVE}(?:${CHANGE_NOUN}))\b`,
  'i',
);
/** After a bracketed number, the rest of a list of names with a bracketed number each and then
 *  the predicate they share: "Rice (12.1%), cotton (8.4%) and spices (6.2%) also recorded strong
 *  export growth", "A (3%) and B (2%) fell", "A (6.1%) and B (5.2%) were the fastest growing". The
 *  predicate's change gives them their kind. */
export const BRACKET_LIST_PREDICATE_AFTER_RE = new RegExp(
  String.raw`^\s*\)(?:\s*,?\s*(?:and\s+)?[^()\d%.;:]{1,40}\(\s*[-–−‑+]?\d[\d.,]*(?:${PERCENT})\s*\)){0,12}\s+(?:(?:also|all|both|each|together|respectively)\s+)*(?:(?:recorded|posted|registered|saw|showed|reported|had|witnessed|logged|enjoyed|suffered)\s+(?:[\w-]+\s+){0,3}?(?:${CHANGE_NOUN})|(?:were|are|was|is|remain(?:ed)?)\s+(?:among\s+)?(?:the\s+)?(?:fastest[- ](?:growing|expanding)|(?:best|top|strongest)\s+performers?)|(?:led|drove|dominated|headed)\s+(?:the\s+)?(?:${CHANGE_NOUN})|${VERB})\b`,
  'i',
);
/** A percent in brackets after a changed amount: "rose by $117 billion (7.6 percent)". */
export const CHANGE_BRACKET_BEFORE_RE = new RegExp(
  String.raw`\b(?:${CHANGE_WORD})(?:\s+by)?\s+[^()]{1,30}\(\s*$`,
  'i',
);
/** A percent in brackets that restates a change in index points: "down 6 points (2.3 percent)",
 *  "fell by 4 points (1.7 percent)". The change word is captured, so the percent takes its sign. */
export const POINTS_BRACKET_BEFORE_RE = new RegExp(
  String.raw`\b(${CHANGE_WORD}|up|down)(?:\s+by)?\s+(?:${NUMBER})\s+(?:index\s+)?points?\s*\(\s*(?:(?:nearly|almost|about|around|roughly|some|approximately|close\s+to|just\s+(?:over|under)|over|under|(?:more|less)\s+than)\s+)?$`,
  'i',
);
/** A quantity of energy, power, mass or oil a volume is told in, with its number: "8TWh", "3.2
 *  GW", "1.4 million tonnes", "20,000 barrels". */
const QUANTITY = String.raw`\d[\d.,]*\s?(?:(?:thousand|million|billion)\s+)?(?:[kMGT]Wh|[kMG]W|tonnes|barrels)\b`;
/** A percent in brackets that restates a changed amount after a bare "up" or "down" or a verb of
 *  change: "drove the gain, up $48 million (17 percent)", "imports, down €30 million (2.1%)", "fell
 *  EUR 48 million (17 percent)", also with a hedge in the bracket ("fell $2 billion (nearly 3.6%)"),
 *  and a changed quantity ("output fell by 6TWh (2.9%)"). The change word is captured, so the
 *  percent takes its sign. */
export const AMOUNT_BRACKET_BEFORE_RE = new RegExp(
  String.raw`\b(${VERB}|up|down)(?:\s+by)?\s+(?:(?:${CURRENCY_SIGN})(?:${NUMBER})(?:\s*(?:${SCALE})\b)?|(?:${NUMBER})\s*(?:${SCALE})?\s*(?:${CURRENCY_WORD})(?!\w)|${QUANTITY})\s*\(\s*(?:(?:nearly|almost|about|around|roughly|some|approximately|close\s+to|just\s+(?:over|under)|over|under|(?:more|less)\s+than)\s+)?$`,
  'i',
);
/** A percent in brackets after an amount that a "by" gives the next part of a change whose verb
 *  is left out: "will rise by about $24 (2.2 per cent) in the metropolitan area and by about $71
 *  (", "fell by R12 million (5.5%) for roads and by R4 million (". The "by" follows a conjunction
 *  or a comma, so "by law $90 (" and "backed by $5 million (" are no such part. */
export const ELIDED_BY_AMOUNT_BRACKET_BEFORE_RE = new RegExp(
  String.raw`(?:,|\b(?:and|or|while|but))\s+by\s+(?:(?:about|around|some|nearly|almost|roughly|approximately|just|only|up\s+to)\s+){0,2}(?:(?:${CURRENCY_SIGN})(?:${NUMBER})(?:\s*(?:${SCALE})\b)?|(?:${NUMBER})\s*(?:${SCALE})?\s*(?:${CURRENCY_WORD})(?!\w)|${QUANTITY})\s*\(\s*(?:(?:nearly|almost|about|around|roughly|some|approximately)\s+)?$`,
  'i',
);
/** A percent that restates a changed amount after "or": "a decrease of 131 million dollars or
 *  6.9%", "up €655 million or 7.6%", also when a bracket opens right before the "by" ("climbed
 *  sharply (by $75 million or 9.1%)"). The change word is captured, so the percent takes its
 *  direction. */
export const CHANGE_OR_BEFORE_RE = new RegExp(
  String.raw`\b(${CHANGE_WORD}|${CHANGE_NOUN}|(?<!\b(?:make|makes|made|making|take|takes|took|taking)\s)up|down)(?:\s+(?:by|of))?\s+(?:[^()%;]|\([^()%;]{1,40}\)|\((?=\s*by\s)){1,70}?\s(?:\(\s*)?or\s+(?:(?:about|around|roughly|some|nearly|almost|approximately)\s+)?$`,
  'i',
);
/** Before a percent, a verb of passing or missing a target, plan or estimate, the sum "by" which,
 *  and ", or ": the percent restates that distance from the plan, a change ("exceeding its target
 *  of P93.860 billion for the month by P3.552 billion, or 3.8 percent", "fell short of the
 *  estimate by R2.1 billion, or 1.9 per cent", "exceeding its allowance of €290 million by €22
 *  million, or 7.6 percent"; v128). Group 1 is the verb, which gives the sign. */
export const PLAN_DISTANCE_OR_BEFORE_RE = new RegExp(
  String.raw`\b(exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|overshot|overshoot(?:s|ing)?|outstrip(?:s|ped|ping)?|beat(?:s|ing)?|(?:fell|falls?|falling|fallen)\s+short\s+of|missed|miss(?:es|ing)?|undershot|undershoot(?:s|ing)?)\s+(?:the\s+|its\s+|their\s+|our\s+)?(?:[^.;%()\d]{0,40}?)?(?:${PLANNED_BASE}|allowances?\b|allocations?\b|quotas?\b|ceilings?\b)(?:[^.;%()]|\.\d){0,60}?\s+by\s+${AMOUNT_AFTER_BY}(?:\s+[a-z]+)?,?\s+or\s+(?:(?:about|around|roughly|some|nearly|almost|approximately)\s+)?$`,
  'i',
);
/** After a percent, the amount it restates and then the comparative both share: "was 1.8% or €118
 *  million below profile", "2.1% (€40 million) ahead of profile". The comparative gives the percent
 *  its kind and sign. */
/** Before a percent, an amount and then "(or " or ", or ": the percent restates that amount in
 *  percent ("about NOK 0.7 billion (or 5.3%) higher than", "€2.6 billion, or 4%, below"). */
export const AMOUNT_OR_BEFORE_RE = /\d(?:[\d.,]*\d)?(?:\s*[A-Za-z$€£¥]+){0,2}\s*(?:\(|,)\s*or\s+$/;
/** Before a percent, an amount with its currency or scale and the bracket the percent restates it
 *  in, with no "or": "$4.2 billion (", "EUR 310 million (", "2.4 billion euros (", and a quantity
 *  ("4.1TWh ("). */
export const AMOUNT_ONLY_BRACKET_BEFORE_RE = new RegExp(
  String.raw`(?:(?:[$€£¥₹₩]|\b[A-Z]{1,3}\$|\b[A-Z]{3}\s?|\bRs\.?\s?)\d[\d.,]*(?:\s*(?:${SCALE})\b)?|\d[\d.,]*\s*(?:${SCALE})\b(?:\s+[A-Za-z]+)?|${QUANTITY})\s*\(\s*$`,
  'i',
);
/** After a percent that restates an amount, the end of its bracket or comma and the comparative
 *  that both share: ") lower than a year earlier", ", higher year-on-year". */
export const RESTATED_COMPARATIVE_AFTER_RE = new RegExp(
  String.raw`^\s*[),]\s+(?:(?:${BASE_AFTER})\s+)?(?:${UP_COMPARATIVE}|${DOWN_COMPARATIVE})\b`,
  'i',
);
/** After a percent, the amount it restates, after "or" or in brackets, and the comparative both
 *  share: " or €118 million below profile", " (NOK 0.7 billion) higher than". `sign` reads the
 *  sign before each number: the list itself, or LOOSE_SIGN (looseSign.ts). */
const orAmountThenComparativeSource = (sign: string): string =>
  String.raw`^\s+(?:(?:or|oder)\s+${sign}?(?:${NUMBER})(?:\s*(?:${SCALE})\b\.?)?(?:\s*(?:${CURRENCY_WORD}|${CURRENCY_SIGN})(?!\w))?|\(\s*${sign}?(?:${NUMBER})(?:\s*(?:${SCALE})\b)?(?:\s*(?:${CURRENCY_WORD})(?!\w))?\s*\))\s+(?:${UP_COMPARATIVE}|${DOWN_COMPARATIVE}|ahead\s+of|short\s+of)\b`;
/** That, with the sign before each number read loosely (12,000 characters, where the list
 *  written out each time made 22,000): read it with signedExec (looseSign.ts) and
 *  orAmountThenComparativeAsWritten. */
export const [OR_AMOUNT_THEN_COMPARATIVE_AFTER_RE, orAmountThenComparativeAsWritten] =
  signedPattern(orAmountThenComparativeSource, 'i');
/** Just before a number, a bracket that gives the earlier estimate or reading of the figure before
 *  it: "1.1 per cent on the quarter before (was 0.9%)", "(previously 2.1%)", "(revised from 3%)",
 *  "(January: 2.7%)", "(1Q 2031: 0.8%)", "(H1 2031: 2.2%)", or the same figure otherwise adjusted,
 *  "(unadjusted – 2.9%)". It is the same measure, so it takes that figure's kind. */
export const EARLIER_VALUE_BRACKET_BEFORE_RE =
  /\(\s*(?:was|were|previously|earlier|prev\.|revised\s+from|first\s+estimate|preliminary(?:\s+estimate)?|initially|(?:seasonally\s+)?(?:un)?adjusted\s*[-–—:]|(?:not\s+)?seasonally\s+adjusted\s*[-–—:]|(?:January|February|March|April|May|June|July|August|September|October|November|December|Q[1-4]|[1-4]Q|H[12]|[12]H|(?:19|20)\d\d)(?:\s*(?:19|20)\d\d)?\s*:)\s*:?\s*$/i;
/** The next bracketed percent of a list: "by $15.7 billion (7.0 percent) and $12.4 billion (", a
 *  last item with a long name, "… and the Western Highlands and Islands Region (", and a middle
 *  item after a comma whose short name holds no digit, comma, colon or semicolon: "), the Midlands (". */
export const LISTED_BRACKET_BEFORE_RE =
  /\)\s*(?:,?\s*(?:and|or)\s+[^()]{1,60}|,\s*[^(),;:\d]{1,40})\(\s*$/i;
/** Numbers that name a period, not an amount: years, fiscal years, quarters, halves and days of a
 *  month ("2018", "2034-35", "FY2035", "Q1", "H2", "3rd quarter", the "20" of "February 20" or "20
 *  February"). */
const PERIOD_NUMBER_RE =
  /\b(?:1[89]|20)\d\d(?:[-–/](?:(?:1[89]|20)\d\d|\d\d))?\b|\bFY\s?\d{2,4}\b|\b[QH][1-4]\b|\b[1-4](?:st|nd|rd|th)\s+(?:quarter|half)\b|(?<=\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s)[0-3]?\d(?:st|nd|rd|th)?\b|\b[0-3]?\d(?:st|nd|rd|th)?(?=\s+(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b)/gi;
/**
 * The words with every period number blanked, length for length, so a rule that stops at a
 * digit is not stopped by a year.
 * @example withoutPeriods('increases since May 2031 were') // 'increases since May      were'
 */
export function withoutPeriods(words: string): string {
  return words.replace(PERIOD_NUMBER_RE, (p) => ' '.repeat(p.length));
}
/** A verb left out in a list: "consumption increased by 5.1%, investment by 2.8%"; a vote's
 *  margin is none ("which members rejected by 91%", "ratified by 78%", v260). */
export const ELIDED_BY_RE =
  /(?<!\b(?:rejected|approved|accepted|endorsed|ratified|carried|backed|supported|adopted)\s+)\bby\s+$/i;
/** Right before a number in points, the equal steps a change is made in, with the change's verb
 *  before them: "decided to lower the reserve ratio to 3.5%, in two equal tranches of ",
 *  "will cut the rate in three steps of ". Group 1 runs from the verb (the last before the
 *  steps), group 2 is the verb. */
export const STEPS_OF_BEFORE_RE = new RegExp(
  String.raw`^[\s\S]*\b((${CHANGE_WORD})\b(?:[^.;:]|\.\d){0,200}?\bin\s+(?:(?:two|three|four|five|six|several|\d)\s+)?(?:(?:equal|successive|separate|consecutive)\s+)?(?:tranches|steps|stages|instal?lments|phases|increments)\s+of\s+)$`,
  'i',
);
/** Words that say a rate is measured as a change: "the month-on-month rate", "the annual growth
 *  rate", "the year-on-year pace". */
export const CHANGE_QUALIFIER = String.raw`growth|inflation|deflation|core|headline|annual(?:ised|ized)?|yearly|monthly|quarterly|year-on-year|year-over-year|month-on-month|month-over-month|quarter-on-quarter|quarter-over-quarter|y\/y|yoy|average\s+annual`;
/** A price index named by its acronym, in English or another language ("CPI", "HICP", "IPCA",
 *  "INPC", "IPC", "PCE"): its rate is a change. "IPC Phase 3" is a food-security class, no index. */
export const PRICE_INDEX_ACRONYM = String.raw`CPIH?|HICP|PPI|RPIX?|IPCA|INPC|IPC(?!\s+phase)|PCE`;
/** What the subject of a number's clause names, when no verb or comparative beside the number
 *  does: a change ("growth", "the month-on-month rate", "the rate of change"), a change as an
 *  event, with its article ("the year-on-year increase", so the verb "to rise" is none), or a level
 *  ("the unemployment rate", "the ratio", "the share"). The noun nearest the number decides, so
 *  "growth slowed and the policy rate was 4%" reads the rate as a level. The Spanish "inflación" and
 *  "crecimiento" are changes as "inflation" and "growth" are, and so are "inflationary expectations"
 *  as "inflation expectations" are. */
export const SUBJECT_KIND_RE = new RegExp(
  String.raw`\b(?:(?<change>(?:${CHANGE_QUALIFIER})(?:\s+(?:growth|inflation))?\s+(?:rates?|changes?|pace)|rates?\s+of\s+(?:change|increase|decrease|growth|inflation|decline|expansion|contraction)|growth|inflation|deflation|inflationary\s+expectations|inflación|crecimiento|(?<!\bof\s+)(?:economic\s+activity|activity(?=\s+(?:in|across)\s))(?!\s+(?:rates?|ratios?|levels?|index)\b)|(?:GDP|output)\)?\s+(?:forecasts?|projections?|outlook|estimates?)|price[\s-]+stability\s+(?:targets?|goals?|objectives?)|(?<!climate\s)(?:changes?|variations?)|movements?(?=\s+(?:of|was|were|is|are)\s+(?:(?:about|around|only|just)\s+)?$)|(?:consumer|producer|retail|import|export|harmoni[sz]ed)\s+price(?:s|\s+index(?:es)?)|(?:consumer|producer|retail|import|export|wholesale)\s+(?:[A-Za-z]+\s+){0,2}?price\s+ind(?:ex|exes|ices)|harmoni[sz]ed\s+index|${PRICE_INDEX_ACRONYM})|(?<event>(?:the|a|an|this|that|its|their|our|total)\s+(?:(?!(?:will|would|may|might|could|should|shall|can|to|is|are|was|were|has|have|had)\b)[\w-]+\s+){0,2}?(?:(?<!climate\s)(?:changes?|variations?)|${CHANGE_NOUN})(?!\s+(?:rates?|pace)\b))|(?<level>(?:cash|interest|policy|key|bank|lending|deposit|repo|refinancing|overnight|funds|discount|mortgage|unemployment|jobless|employment|exchange|tax|tariff|duty|excise|levy|savings|participation|vacancy|occupancy)\s+rates?|(?:tax\s+\([A-Z]{2,5}\)|VAT|GST)\s+rates?|Bank Rate|ratios?|proportions?|(?:import\s+)?dependen(?:ce|cy)|self-sufficiency|yields?|(?:net\s+interest|profit|operating|gross)\s+margins?|unemployment|(?:budget\s+|fiscal\s+|government\s+)?(?:deficits?|surplus(?:es)?)|(?:public|government|national)\s+debt))\b`,
  'gi',
);
/** A growth or inflation rate named after its number: "the 2% inflation target", "a 0.4% CPI
 *  inflation rate" (the index's acronym before "inflation"), "its 3.2% estimate of second-quarter growth", "the staff estimate is 2.4% for growth" (a target of "2% for
 *  inflation" stays a level). */
export const RATE_AFTER_RE = new RegExp(
  String.raw`^\s+(?:${PERIOD_ADJECTIVE}(?:(?:${PRICE_INDEX_ACRONYM})\s+(?=inflation\b))?(?:inflation|growth|rate\s+of\s+(?:inflation|growth|increase|change))|for\s+(?:(?:real|GDP|economic|output|annual)\s+){0,2}growth(?![\w-])|(?:estimate|forecast|projection|target|outlook|figure)s?\s+(?:of|for)\s+(?:[\w'’-]+\s+){0,3}?(?:inflation|growth)\b)\b`,
  'i',
);
/** A flow judged by its pace, with no whole named: "Passenger traffic starts the year off strong
 *  at 5%", "sales remained robust at 4%", "exports are projected at 4.0%". A quantity that flows (traffic, sales, exports) has no
 *  level in percent, so the percent is its change. */
export const FLOW_PACE_BEFORE_RE =
  /\b(?:traffic|passengers?|freight|cargo|exports?|imports?|sales|output|production|volumes?|arrivals|registrations|revenues?|earnings|turnover|orders|shipments|demand|consumption|spending|wages)\b[^.;:%\d]{0,60}?\b(?:strong|stronger|robust|solid|healthy|weak|weaker|modest|sluggish|buoyant|positive|negative|projected|forecast|expected|estimated|seen)\s+at\s+(?:(?:about|around|some|nearly|almost|roughly|just over|just under)\s+)?$/i;
/** A rate's or yield's level named before a number, not a rate of change ("the deposit facility
 *  rate stays at -0.5%", "the 10-year yield fell to -0.2%"; not "the rate of inflation"). A level
 *  below zero of such a rate is still a level. */
export const RATE_LEVEL_LEAD_RE =
  /\b(?:rates?|yields?)\b(?!\s+of\s+(?:inflation|growth|change|increase|decrease|decline|expansion|contraction))/i;
/** Just before a number, an item's weight in an index or basket: "with a weight of 25.5 percent",
 *  "a weighting of 18.2%" is a share of the whole, whatever the change the sentence is about. A
 *  label does the same ("weight: 7.4%", "Weightage = 3.1%"), and so does a bracket that labels its
 *  subject's part ("Steel output (share: 17.9 per cent) fell by …"): not the verb's change. */
export const WEIGHT_BEFORE_RE = new RegExp(
  String.raw`(?:\b(?:weights?|weighting|weightage)\s+(?:of|at|is|was|stands\s+at|stood\s+at)\s+|\b(?:weights?|weighting|weightage)\s*[:=]\s*|\(\s*(?:shares?|weights?)\s*(?:in\s+(?:the\s+)?(?:index|basket|total))?\s*[:=]\s*)${FILLER}$`,
  'i',
);
/** Words before a share: "accounts for", "a stake". */
export const SHARE_CUE_RE =
  /\b(?:share|stake|accounts? for|accounted for|accounting for|makes? up|made up|represents?|represented|portion|proportion)\b/i;

/** Just before a number, the words that name a comparison base: "from last year's rate of 12%", "up from -0.1%", "to slow to 4.0
 *  percent, from 4.3 percent last year", "compared with 1.4% in September", "against 2.1% a year earlier". The base is what already happened, so the
 *  hedge of the figure it is compared with ("is expected to be 0.0%, up from …") does not reach it. */
export const BASE_BEFORE_RE =
  /\bfrom\s+(?:last|the\s+previous|the\s+prior|the\s+preceding)\s+(?:year|quarter|month)['’]s\s+(?:[\w-]+\s+){0,2}?(?:rate|level|pace|figure|total)\s+of\s+(?:about\s+|around\s+|some\s+)?$|\b(?<!\brevised\s)(?:(?:up|down|higher|lower|rising|falling|easing)\s+from|(?<=[^\d\s],\s{1,2})from|compared\s+(?:with|to)|as against|against|versus|vs\.?)\s+(?:(?:a|an|the)\s+)?(?:(?:revised|upwardly revised|downwardly revised|estimated|current|present|existing)\s+)?$/i;
/** Between two numbers, words that compare the second with the first ("well below long-run
 *  averages of around", "after reaching a peak of", "slowing from"): like is compared with like, so the second
 *  takes the first's kind. */
/** A revision of an estimate, before the value it was revised from: "raising the estimate from",
 *  "an upward revision from", "lowered its forecast from". */
const REVISED_ESTIMATE = String.raw`(?:(?:rais|lower|lift|upgrad|downgrad)(?:e|es|ed|ing|s)?\s+(?:the|its|their|our)\s+(?:[\w-]+\s+)?(?:estimates?|forecasts?|projections?|ranges?)|(?:upward|downward)\s+revisions?|revisions?)`;
/** Just before a range, the value it was revised from: "an upward revision from its earlier range
 *  of 1.5 to 2.5 per cent". The range is the same measure as the figure revised. */
export const REVISED_FROM_BEFORE_RE = new RegExp(
  String.raw`\b${REVISED_ESTIMATE}\s+from\s+(?:(?:an?|the|its|their)\s+)?(?:(?:previous|earlier|prior|initial|original|first)\s+)?(?:(?:estimates?|forecasts?|projections?|ranges?)\s+(?:of\s+)?)?$`,
  'i',
);
/** Just before a range, after a comma, the interval a prediction carries: ", with a prediction
 *  interval of 0.4 to 1.9 percent", ", within a forecast range of". Its ends bound the same
 *  measure as the figure predicted just before it. */
export const PREDICTION_INTERVAL_BEFORE_RE =
  /,\s*(?:with(?:in)?\s+)?(?:an?|the|its|their)\s+(?:prediction|forecast|projection)\s+(?:interval|range)\s+of\s+$/i;
export const COMPARED_BETWEEN_RE = new RegExp(
  String.raw`\b(?:from\s+(?:last|the\s+previous|the\s+prior|the\s+preceding)\s+(?:year|quarter|month)['’]s|(?:slow|eas|decelerat|accelerat|moderat|pick|quicken|rebound|recover)(?:ing|ed)\s+(?:up\s+)?from|below|above|than|compared\s+(?:with|to)|against|versus|exceed(?:s|ed|ing)?|(?:up|down|higher|lower)(?:\s+[\w-]+)?\s+from|revis(?:e|es|ed|ing)(?:\s+(?:up|down)(?:wards?)?)?(?:\s+[\w'’-]+){0,4}?\s+from|${REVISED_ESTIMATE}\s+from|(?:previous|earlier|prior|initial|original|first)\s+(?:[\w-]+\s+)?(?:estimates?|forecasts?|projections?|ranges?)|(?:an?|the|its|their)\s+(?:[\w-]+\s+)?(?:peak|high|low|record|trough|maximum|minimum)\s+of)\b[^\d%;]*$`,
  'i',
);
/** Between a change's level and the next number, "from" alone: "decelerated to 3.1 percent from 4.5
 *  percent", "to 2.0% in May from". The number it came from is the same rate's earlier level. */
export const FROM_BETWEEN_RE =
  /^(?:\s+(?:in|for|during|over)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+(?:\s+of)?(?:\s+(?:19|20)\d\d)?)?\s+from\s+(?:(?:a|an|the|its)\s+)?(?:(?:revised|previous|earlier)\s+)?$/i;
/** Before a level, a verb of pace: "tapered off to 1.1 percent", "slowed to 2%", "accelerated to",
 *  "picked up to", "rebounded to". Only a rate of change has a pace, so with no level noun as subject ("the policy
 *  rate") and no whole ("of GDP") the level it reaches is that rate of change. */
export const PACE_TO_BEFORE_RE = new RegExp(
  String.raw`\b(?:slow(?:s|ed|ing)?(?:\s+down)?|rebound(?:s|ed|ing)?|accelerat(?:e|es|ed|ing)|decelerat(?:e|es|ed|ing)|taper(?:s|ed|ing)?\s+off|moderat(?:e|es|ed|ing)|quicken(?:s|ed|ing)?|pick(?:s|ed|ing)?\s+up|picked\s+up|power(?:s|ed|ing)?\s+up|surg(?:e|es|ed|ing)|jump(?:s|ed|ing)?|climb(?:s|ed|ing)?|augment(?:s|ed|ing)?)(?:\s+(?:further|again|sharply|strongly|markedly|slightly|marginally|somewhat))?\s+to\s+${FILLER}$`,
  'i',
);
/** A hedge just before the number: "as much as 24%", "up to $5 billion" (not "went up to", nor
 *  "came up to", which means "amounted to"). */
export const HEDGE_BEFORE_RE = /\b(?:as much as|up to)\s+$/i;
export const MOTION_UP_TO_RE =
  /\b(?:c(?:ame|ome|omes|oming)|go|goes|went|gone|going|r(?:ose|isen|ises|ising)|climb(?:s|ed|ing)?|mov(?:es|ed|ing)|jump(?:s|ed|ing)?|pick(?:s|ed|ing)|edg(?:es|ed|ing)|inch(?:es|ed|ing)|tick(?:s|ed|ing)|creep(?:s|ing)?|crept)(?:\s+(?:slightly|marginally|further|again))?\s+up to\s+$/i;
/** Words that make a figure a forecast, plan or possibility ("may" apart: the month is "May"). */
export const MAY_RE = /\bmay\b/;
/** Words that make a figure a forecast, plan or possibility. "Anticipated" only as a forecast
 *  ("is anticipated", "anticipated to", "an anticipated rise"), not of a thing that was due ("as
 *  a result of anticipated payments of $338 million"); "projects" with its subject and a
 *  participle ("the report projects growth slowing from …"); a recommended level ("called for a
 *  carbon price of $60 a ton", "the recommended fee is", "recommends that lenders be paid"; not
 *  "recommends that the rate stay at"), and a change named by its size first, "proposed a 6% rate
 *  increase"). "Agreed to" and "resolved to" commit, but not a rate decision a
 *  board took ("agreed to lower its reference rate by 25 basis points to 4.25%", "resolved to widen,
 *  as an exception, the spread … by 500 basis points"), nor a settlement, where what a party
 *  "agreed to pay" is paid "to settle" or "to resolve" a claim ("has agreed to pay $7,412,500 to
 *  settle its potential civil liability"): the settlement is made, its sum actual, and the
 *  "potential" liability it settles is what was settled, no hedge on the sum (v121). A plan with its "is" left out, as a decree
 *  or a list writes it ("Customs receipts to be estimated at", "Outlays to be approved at"), is
 *  "is to be"; "was to be set at" is not. "’ll" is "will" ("We’ll have", "they'll"). A plan named
 *  in the present plans what follows it ("The plan is to make a 25 basis points cut in June");
 *  "The plan was to" is not. "Budgeting for" plans, and so does a sum "over the
 *  forward estimates" (the budget year and the years after it; also "across the four years of the
 *  forward estimates"), and one "over (across) the next
 *  decade". "Ultimately" before a present verb of cost ("but ultimately raises costs by") tells
 *  the end result still to come. "Projects" after a count ("pushed two projects out to 2031") or
 *  before a verb of its own ("housing projects rose to") is the noun, no forecaster's verb.
 *  "Potentially" before a cause ("is potentially linked to", "potentially
 *  due to") hedges the cause of what happened, not the figure. An agreement or commitment "to
 *  double" plans, and so does a decision awaited ("a decision by the Board to", "pending the
 *  decision of"); a decision its maker took ("the decision of the Board to raise", "Korea's
 *  decision to double") has been made, no plan. "On track for" or "on course for" a level, in the
 *  present ("are on course for a record €14.2 billion this year", "remains on track for 2.5%"),
 *  forecasts it as "on course to" does, when a number follows "for" within four words; a past
 *  "was on track for" and one for an event ("on track for completion in 2033") do not. A change a
 *  body "is considering" or "is weighing whether to" make ("is also considering whether to raise
 *  the motorcycle toll to PLN 9", "are considering raising the airport tax to £15") is not yet
 *  decided. */
const EXPECTED_WORDS_RE =
  /\b(?:expected|projected|(?<!\b(?:to|in|into|for|of|the|on|with|at|from|by|and|or|new|these|those|such|its|their|our|all|other|more|many|several|some|\d+|two|three|four|five|six|seven|eight|nine|ten|few|both|approved|funded|financed|signed|completed|selected|supported|awarded|committed|implemented|launched)\s+)projects\s+(?!(?:aimed|designed|intended|meant|targeted|rose|fell|grew|were|was|had|have|are|got|cost|came|went)\b)[\w'’]+(?:\s+[\w'’]+){0,4}\s+to|\b(?:[Ii]t|[Ww]e|[Tt]hey|report|outlook|update|bank|fund|staff|ministry|government|survey|IMF|OECD)\s+(?:now\s+|also\s+)?projects\s+(?:[\w'’-]+\s+){1,3}?[a-z]{3,}ing\b|(?:call(?:s|ed|ing)?\s+for|recommend(?:s|ed|ing)?|urg(?:e|es|ed|ing))\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:price|rate|tax|levy|level|floor|ceiling|minimum|increase|rise|cut|reduction)\s+of|(?:the|a|its|their)\s+recommended\s+(?:[\w-]+\s+){0,3}?(?:price|rate|tax|levy|level|floor|ceiling|fee|charge|tariff|cap)s?\s+(?:is|are|of)\b|recommend(?:s|ed)?\s+that\b(?=[^.;:]{0,80}?\bbe\b)|(?:call(?:s|ed|ing)?\s+for|recommend(?:s|ed|ing)?|urg(?:e|es|ed|ing)|propos(?:e|es|ed|ing))\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?\d[\d.,]*\s?(?:%|per\s?cent|percent)\s+(?:[\w-]+\s+)?(?:increase|rise|hike|cut|reduction)\b|(?:call(?:s|ed|ing)?\s+for|urg(?:e|es|ed|ing))\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:doubling|tripling|trebling|quadrupling|halving)|envisag(?:e|es|ed|ing)|pencil(?:s|led|ed|ling|ing)?\s+in|(?:for|in)\s+the\s+current\s+(?:calendar\s+|fiscal\s+)?year\b[^.;]{0,40}?\b(?:is|are|has\s+been|have\s+been)\s+(?:now\s+)?(?:revised|raised|lowered|upgraded|downgraded|lifted)|earmark(?:s|ing)?|\bbills?\s+to\s+(?:[\w'’()-]+\s+){0,14}?(?:investments?|funds?|financing|capital|spending)\s+of|assum(?:es|ing)|projections?|prognos[ie]s|forecasts?|forecasted|forecasting|now-?cast(?:s|ing)?|foreseen|(?<!\bthan\s+)budgeted|budgeting\s+for|(?:over|across)\s+the\s+(?:(?:[\w-]+\s+)?years?\s+of\s+the\s+)?forward\s+estimates|(?:over|in)\s+the\s+(?:longer|long|medium)[- ](?:run|term)|(?:the|its|their|our)\s+outlook\s+for|(?:(?:the|its|their|our)\s+(?:(?:[\w-]+\s+)?[\w-]+(?:'s|’s)\s+)?|\b[A-Z][\w-]*(?:'s|’s)\s+)(?:growth|inflation|GDP|economic)\s+outlook\b|^[^.;]{0,60}?\b(?:keeps|kept|maintains|maintained|holds|held|raises|raised|lowers|lowered|cuts|trims|lifts|sets|set|puts|pegs|pegged)\s+(?:its\s+|their\s+)?(?:(?:19|20)\d\d\s+|next\s+year['’]s\s+)?(?:economic\s+)?(?:growth|inflation|GDP|economic)\s+outlook\b|will|(?<=[A-Za-z]['’])ll|shall|(?:is|are|looks?|seems?|appears?)\s+set\s+to|(?:is|are)\s+(?:well\s+)?(?:on\s+(?:track|course)|poised|assumed)\s+to|(?:is|are|remains?|looks?|seems?|appears?|stays?)\s+(?:still\s+|well\s+|firmly\s+|now\s+)?on\s+(?:track|course)\s+for\s+(?=(?:[A-Za-z'’-]+\s+){0,4}?(?:[A-Z]{1,3}\$|[$€£¥₹]|(?!(?:19|20)\d\d\b)\d))|plans? to|had\s+(?:(?:earlier|previously|initially|originally)\s+)?estimated\b|planned(?!\s+(?:[\w-]+\s+)?(?:maintenance|turnarounds?|outages?|shutdowns?|stoppages?|overhauls?|downtime|inspections?)\b)|target(?:s|ing)\s+to|target(?:s|ing)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}?(?:of|at)\s|(?:an?|the|its|their|our)\s+assumed|assumptions?|aims? (?:to|at|for)|aiming\s+(?:to|at|for)|with\s+the\s+aim\s+(?:of|to)|aimed|estimated to(?!\s+have\b)|(?:assessed|judged|deemed)\s+(?:likely\s+)?to(?!\s+have\b)|(?:is|are|was|were|be|been|being)\s+(?:now\s+|also\s+|still\s+)?anticipated|anticipated\s+(?:to|at|for)\b|(?:is|are|was|were|be|been|being)\s+(?:now\s+|also\s+|still\s+|widely\s+)?predicted\s+(?:to|at)\b|(?:had|have|has)\s+been\s+predicting\b|(?:is|are|am|was|were)\s+(?:now\s+|also\s+|still\s+)?(?:anticipating|predicting|projecting)\b|(?:an?|the|its|their)\s+anticipated\s+(?:growth|increases?|rises?|declines?|decreases?|falls?|expansion|contraction|inflation|recovery|slowdown|rebound)|(?:un)?likely to|(?:is|are)\s+to\s+(?:rise|fall|grow|increase|decrease|decline|reach|double|triple|expand|climb|drop|shrink|contract|total|average)\b|would|could|might|must|should|potentially(?!\s+(?:linked|related|connected|attributable|due|explained|caused|driven)\b)|(?<!\b(?:above|below|near|over|under|beyond|toward|towards|at|to|than|exceed(?:s|ed|ing)?)\s+)(?<!\b(?:settl|resolv)(?:e|es|ed|ing)\s+(?:(?:its|their|his|her|the|any|all|a)\s+)?)potential|intends? to|intended|intentions?\s+(?:is|are|was|were)\s+to|(?:the|our|its|their)\s+(?:[\w'’-]+\s+)?plans?\s+(?:is|are)\s+(?:now\s+)?to\s+(?!be\b|have\b)[a-z]+|intention\s+to|proposed|proposes?\s+to|(?:is|are|was|were)\s+(?:(?:also|now|still|currently|actively)\s+)?(?:considering|weighing|studying|examining|exploring|debating|discussing|contemplating|mulling|reviewing)\s+(?:whether\s+(?:or\s+not\s+)?to\s+[a-z]+|(?:raising|lifting|cutting|lowering|increasing|reducing|setting|introducing|imposing|extending|doubling|halving|capping|freezing|adjusting)\b)|proposes?\s+(?!(?:no|some|any|every)thing\b)[a-z]+ing\b|scheduled\s+to|slated\s+to|agreed to(?!\s+(?:[\w-]+\s+){1,8}?and\s+to\s+(?:widen|narrow)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:margins?|spreads?|corridors?)\b)(?!\s+(?:reduce|raise|lower|cut|increase|lift|hike|keep|hold|maintain|leave|widen|narrow)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:rates?|ratios?|margins?|spreads?|corridors?)\b)(?!\s+pay\b(?:[^.;:?!]|\.\d){1,100}?\b(?:to\s+(?:settle|resolve)|in\s+(?:full\s+)?settlement\s+of)\b)|agree to|pledged? to|(?<!\bbeen\s+)commit(?:s|ted)? to|(?:is|are) to be|(?<!\b(?:was|were|had|has|have|been|being)\s+)(?<=[A-Za-z]\s)to\s+be\s+(?:estimated|approved|allocated|appropriated|budgeted|set|fixed)\s+at|next year|(?:during|over|in|within|across)\s+(?:the\s+)?(?:next|coming)\s+(?:[\w-]+\s+)?(?:years|months|decades?|weeks|quarters)|(?:determination|determined|resolve|readiness|ready|prepared|(?:is|are|am|was|were|be|been|remains?|remained)\s+(?:\w+\s+)?resolved)\s+to\s+(?!have\b)[a-z]+|resolved\s+to\s+(?!(?:reduce|raise|lower|cut|increase|lift|hike|keep|hold|maintain|leave|widen|narrow)(?:\s*,[^,.;]{1,40},)?\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:rates?|ratios?|margins?|spreads?|corridors?|coefficients?)\b)[a-z]+|call(?:s|ed|ing)?\s+for\b[^.;]{0,60}?\bto\s+(?:double|treble|triple|halve|increase|raise|reach|reduce|cut|boost|expand|grow|rise|fall|decline|climb|average|exceed|lower|lift|narrow|widen)|in the future|ultimately\s+(?:increases|raises|reduces|cuts|saves|adds|costs|lowers|boosts)|(?:agreements?|commitments?|(?<!['’]s\s)decisions?(?!\s+(?:of|by)\s)|(?<=\b(?:a|(?:pending|awaiting|awaits?|before|until|without|to)\s+the)\s)decisions?)\b[^.;:]{0,40}?\bto\s+(?:double|treble|triple|support|ensure|provide|increase|raise|make|reduce|cut|mobili[sz]e|deliver|spend|invest|lend|allocate|boost|expand)|decided\s+to\s+(?:provide|allocate|mobili[sz]e|lend|spend|invest|contribute|disburse)|seeks?\s+to|seeking\s+to|^\s*to\s+(?:reach|raise|mobili[sz]e|meet|achieve|secure)(?=\s[^.;]*,)|call(?:s|ed|ing)?\s+for\s+at\s+least|\bneed(?:s|ed)?\s+(?:for\s+(?:[\w'’-]+\s+){1,4}?)?to\s+(?:grow|expand|rise|increase|reach|average|fall|decline|cut|reduce|raise|lower)\b|(?<!\b(?:helped|managed|failed|needed|track|course)\s+)to\s+achieve|hop(?:e|es|ed|ing)\s+to|(?:is|are|was|were)\s+seen\s+(?:at|to|rising|falling|growing|reaching|averaging|easing|slowing|shrinking|contracting|declining|expanding|increasing|decreasing|dropping|climbing|recovering|rebounding|accelerating|moderating))\b/i;
/** "We project growth at 4.8 percent", "The Bank projects the growth rate of its members at 2.7%",
 *  "We project growth of 3.2%": a forecaster that projects a measure at or of a level (not "the
 *  bank's projects at the port"); "staff projects a rebound of 3.5 percent" ("projects" before an
 *  article is a verb, never the noun); prospects cut to a number ("diminished growth prospects to
 *  0.6 percent", not "as growth prospects improved, exports rose 3%"); and "with expectations of
 *  reaching around 3.9%". A range it projects counts as a level: "staff projects a growth rate
 *  between 1.5% and 3.5%". A percent right after "projects a" is projected too ("the office projects
 *  a mere 0.4% CPI inflation rate"). */
const PROJECTS_AT = String.raw`\b(?:growth|GDP|economic|inflation)\s+prospects\s+(?:to|at|of)\s+(?:(?:about|around|some|only|just)\s+)?[-–−]?\d|\bprojects?\s+an?\s+(?:[\w-]+\s+){0,2}?[-–−]?\d[\d.,]*\s?(?:%|per\s?cent\b|percent\b)|\bprojects?\s+an?\s+(?:[\w-]+\s+){0,3}?(?:rebound|recovery|growth|rise|increase|decline|decrease|fall|drop|gain|contraction|expansion|slowdown|deceleration|acceleration|deficit|surplus)\s+(?:of|to)\b|\b(?:it|we|they|report|outlook|bank|fund|staff|ministry|government|IMF|OECD)\s+(?:now\s+|also\s+)?projects?\s+(?:[\w'’-]+\s+){0,8}?(?:growth|inflation|GDP|deficit|rates?|output)\b(?:[^.;:]{0,60}?\bat\b|\s+of\b|(?:\s+in\s+(?:a|the)\s+range)?\s+between\b)|\bwith\s+(?:the\s+)?expectations?\s+(?:of|that)\b`;
/** What is scheduled but not yet done: "is due to reach", "are due to be disbursed", "a further $2
 *  billion is in the pipeline", "seats are scheduled at 88% of last winter's". Not "due to" as a
 *  cause ("fell due to lower prices"). */
const SCHEDULED = String.raw`\b(?:is|are)\s+due\s+to\s+(?!(?:the|a|an|lower|higher|weak|strong|its|their)\b)[a-z]+|\bin\s+the\s+pipeline\b|\b(?:is|are)\s+(?:now\s+|currently\s+)?scheduled\s+(?:at|to\s+(?:be|reach|rise|fall|grow|total))\b`;
/** A sum or level a plan or a costing puts on something, in the present passive or perfect of a
 *  verb of programming or costing before "at", "for" or "to reach": "Infrastructure spending is
 *  programmed at P1.54 trillion", "net domestic financing is programmed at 1.2 percent of GDP",
 *  "$2.3 billion has been programmed for road maintenance", "The new scheme is costed at £2.4
 *  billion", "Capital spending is penciled at $4.2 billion": the level a budget or a programme
 *  states for what is still to be spent, planned as "budgeted at" and "pegged at" are (README:
 *  money in a budget goes by the verb). A past "was programmed at" and the adjective ("programmed
 *  maintenance") keep their reading. */
export const PLANNED_AT = String.raw`\b(?:is|are|has\s+been|have\s+been)\s+(?:(?:now|currently|also|provisionally|tentatively|initially|only)\s+)?(?:programmed|costed|pencil(?:l)?ed)\s+(?:(?:in\s+)?at|for|to\s+(?:reach|total|be|come\s+to))\b`;
/** A modal of advice that is written as a verb and "to": "the central bank ought to lift the
 *  policy rate to 12%", "councils ought not to cut", also across an aside ("ought, at its next
 *  meeting, to lift"): what someone advises is not yet done, as with "should" (v75). The unreal
 *  past "ought to have" and a bare "as it ought to" (no verb after) keep their reading. */
export const OUGHT_TO = String.raw`\bought(?:\s+not|\s*,[^,.;:]{1,80},)?\s+to\s+(?!have\b)[a-z]`;
export const EXPECTED_RE = new RegExp(
  `${EXPECTED_WORDS_RE.source}|${PROJECTS_AT}|${SCHEDULED}|${PLANNED_AT}|${OUGHT_TO}`,
  'i',
);

/** A purpose after a noun ("projects aimed at cleaner transport", "loans designed to raise",
 *  "schemes intended for"), not a predicate ("the plan is aimed at"), or after a clause ("cut the
 *  ratio to 10%, with the aim of providing liquidity"): what a thing is for. Global, so every one
 *  can be blanked. */
export const PURPOSE_RE =
  /\b(?<!\b(?:is|are|was|were|be|been|being)\s+)(?:aimed|designed|intended|meant|targeted)\s+(?:at|to|for)\b|\bwith\s+the\s+(?:aim|objective|purpose)\s+of\b/gi;

/** A target, goal or objective named as a noun ("its target of 2%", "the goal is to", "an inflation
 *  aim", "the task of achieving", "the goal, agreed by all members, of mobilising"): unlike a forecast verb it reaches only the number it names, not
 *  every number of the sentence (see TARGET_VERB_BETWEEN_RE and TARGET_AFTER_RE). Global, so the
 *  last one before a number can be found. */
export const TARGET_NOUN_RE =
  /\b(?:targets?|targeted|objectives?|nationally\s+determined\s+contributions?|NDCs?|commit(?:s|ting)?\s+(?:[\w'’-]+\s+){1,4}?to\s+(?:cut|reduce|lower|limit|curb|halve|reach|achieve|bring|keep|hold|raise|increase)|(?:ambitions?|aims?|goals?)(?:,\s+(?:set|defined|agreed|adopted|endorsed|announced)\s[^,.;]{0,40},)?\s+(?:of|to|is|was)|(?:tasks?|missions?)\s+of\s+(?:achieving|reaching|attaining|hitting)|(?:inflation|growth|emissions?|exports?|investment|price[- ]stability)\s+(?:goals?|ambitions?|aims?))\b/gi;
/** Between a target noun and a later number, a verb that states what happened: "its target of 2%
 *  is still some way off and wages rose 4.1%". The number is that verb's, not the target's. A
 *  revision of the target itself ("the growth target was revised to 7.1%") still names it, and so
 *  does its size changed in the passive ("the export target has been increased by 1.5 points",
 *  "has been escalated, with 6% growth by June"); "the target was missed by 1.2 points" does not. */
export const TARGET_VERB_BETWEEN_RE =
  /\b(?:rose|fell|grew|shrank|stood|held|kept|came\s+in|picked\s+up|(?!(?:expected|projected|targeted|planned|estimated|forecasted|anticipated|intended|scheduled|proposed|aimed|assumed|needed|required|committed|pledged|agreed|based|related|linked|adjusted|weighted|defined|set|fixed|pegged|seed|need|feed|speed|indeed|exceed|proceed|succeed|revised|raised|lowered|lifted|trimmed|upgraded|downgraded|reaffirmed)\b)(?!(?<=\b(?:been|was|were|is|are)\s+)(?:increased|escalated|reduced|decreased|enhanced|expanded|hiked|stepped)\b)[a-z]{2,}ed)\b/i;
/** After a number that follows a target noun, a finite verb of another statement: "the inflation
 *  target is 2 per cent and inflation was 3.4 per cent". The target named the first number. */
export const FINITE_VERB_RE = /\b(?:is|are|was|were|has|have|had|stands|stood|remains|remained)\b/i;
/** Right after a number, the goal it is: "a 50 percent goal", "the 2% inflation target", "a 40%
 *  reduction objective" (not "80% of the target": a share of it). */
export const TARGET_AFTER_RE =
  /^\s+(?!(?:as\s+)?(?:against|versus|compared\s+(?:with|to)|relative\s+to)\s)(?:(?!of\b)[\w-]+\s+){0,2}?(?:targets?|goals?|objectives?|ambitions?)\b/i;
/** A minority's preference, which the decision did not adopt: "two members preferred to raise Bank
 *  Rate to 4.5%", "one member would have preferred a cut", "dissented in favour of", a member named
 *  by title who "voted for" (the majority is "the Committee" or a count of members). */
export const MINORITY_PREFERENCE_RE =
  /\b(?:prefer(?:s|red|ring)?|favou?r(?:ed|ing)|dissent(?:s|ed|ing)?|argued\s+(?:for|in\s+favou?r\s+of)|wanted|wished\s+to|(?:Mr|Ms|Mrs|Dr)\.?\s+[A-Z][\w'’-]+(?:\s+and\s+(?:Mr|Ms|Mrs|Dr)\.?\s+[A-Z][\w'’-]+)?\s+(?:[\w'’-]+\s+){0,2}?vot(?:ed|ing)\s+(?:instead\s+)?(?:for|to|in\s+favou?r\s+of)|(?:one|two|three|four|five|a\s+minority\s+of|several)\s+(?:of\s+the\s+(?:[\w-]+\s+)?)?(?:other\s+)?(?:members?|directors?|governors?|policymakers?)\s+(?:[\w'’-]+\s+){0,2}?vot(?:ed|ing)\s+(?:instead\s+)?(?:for|to|in\s+favou?r\s+of))\b/i;
/** A sentence about a committee's vote, where a preference is a minority's: "members", "voted",
 *  "dissent", a member named by title. "Households favoured saving" is no such preference. */
export const COMMITTEE_RE =
  /\b(?:members?|minority|dissent\w*|vot(?:e|es|ed|ing)|Governor|(?:Mr|Ms|Mrs|Dr)\.?\s+[A-Z]|board|committee|council)\b/i;
/** A nowcast: an estimate of a period not yet reported, read from early data ("the nowcast for the
 *  first quarter points to growth of 1%"). Of a period not over it is a forecast; of one that is over,
 *  an estimate of what happened. Global, so every one can be blanked. */
export const NOWCAST_RE = /\bnow-?cast(?:s|ing)?\b/gi;
/** The words of an estimate, which is no forecast when its period is over: "GDP growth for 2032 is
 *  estimated to be 1.2%" in a release of 2033 states what happened, and so does a forecast word
 *  with a perfect infinitive ("is expected to have risen 3.2% in 2032", "likely to have slowed"). */
export const ESTIMATE_WORDS_RE =
  /\bestimated\s+to\b|\b(?:expected|projected|forecast|likely|thought|believed|seen|anticipated|predicted)\s+to\s+have\b/gi;
/** A forecast for a named year that the document keeps or revises: "the forecast of growth for
 *  2030 was unchanged at", "the projection for 2030 has been revised to". Once that year is over it
 *  is the latest estimate of what happened, so it counts as an estimate. A forecast quoted beside
 *  the outturn ("the forecast for 2030 was 3%, but growth came in at 2%") has no verb of keeping
 *  and stays a forecast. */
export const KEPT_FORECAST_RE =
  /\b(?:forecasts?|projections?)\s+(?:of\s+(?:[\w-]+\s+){1,3}?)?for\s+(?:19|20)\d\d\s+(?:was|were|is|are|has\s+been|have\s+been|remains?|remained|stays?|stayed)\s+(?:(?:kept|left|held)\s+)?(?:unchanged|maintained|revised|raised|lowered|kept)\b/gi;
/** A period that is over by the time of writing, named without its year: "last year". Not "the last
 *  quarter of 2033" or "the last month of the year": the final one of a year named. */
export const FINISHED_PERIOD_RE =
  /\b(?:last|past|previous|preceding)\s+(?:year|quarter|month)\b(?!\s+of\s+(?:the\s+)?(?:year|(?:19|20)\d\d)\b)/i;
/** A date a document is published on, near its top: "9 March 2033", "March 9, 2033", "2033-03-09",
 *  "09.03.2033", "10/21/2033", and a month abbreviated or in capitals as news wires and press offices post them
 *  ("15 DEC 2026", "4 Jun. 2031", "Sept. 2, 2030"). Groups 1 to 4: the year, whichever form matched. */
export const DATELINE_RE =
  /\b(?:[0-3]?\d\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)\.?)\s+((?:19|20)\d\d)|(?:January|February|March|April|May|June|July|August|September|October|November|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)\.?)\s+[0-3]?\d,?\s+((?:19|20)\d\d)|((?:19|20)\d\d)-[01]\d-[0-3]\d|[0-3]?\d[./][0-3]?\d[./]((?:19|20)\d\d))\b/;
/** A month and year near the top, when no whole date is there: "Harbourtown, July 2034", or a
 *  title page's "FEBRUARY 2034" in capitals (never a lower-case "may 2034"). Group 1 is the year. */
export const MONTH_DATELINE_RE =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\s+((?:19|20)\d\d)\b/;
/** After a number (and the numbers listed with it), the earlier forecast it comes from: "the 3.0
 *  percent forecast in its previous report", "1.1 per cent and 2.4 per cent, respectively, in Budget
 *  2034", "in the previous outlook", "(against 74 per cent estimated in the Spring Fiscal
 *  Statement)", "2.1% projected in the September 2030 forecast", and a base the forecast it was
 *  made in names by its month, season or year ("down from 4.2 percent in our June forecast",
 *  "against 3.1% in its spring outlook", "from 3.1% in its October World Economic Outlook", "in its
 *  February guidance"; v84: a forecast, projection, outlook or guidance dated so is an earlier
 *  forecast, while "in our June survey" and "in the June quarter" name outturns). */
export const EARLIER_FORECAST_AFTER_RE =
  /^(?:\s*(?:,\s*(?:and\s+)?|and\s+)[-–−‑]?\d[\d.,]*\s?(?:%|per\s?cent|percent))*(?:\s*,?\s*respectively\s*,?)?\s+(?:(?:forecast|projected|predicted)\s+)?(?:in|from)\s+(?:(?:the|its|their|our)\s+)?(?:(?:previous|earlier|prior|last|preceding)\s+(?:[A-Z][a-z]+\s+)?(?:reports?|outlooks?|updates?|forecasts?|projections?|budgets?|Budgets?)\b|Budget\s+(?:19|20)\d\d\b)|^\s+(?:forecast|projected|predicted|estimated)\s+in\s+(?:the|its|their|our)\s+(?:[\w-]+\s+){0,3}?(?:reports?|outlooks?|updates?|projections?|forecasts?|[Ss]tatements?)\b|^\s+(?:in|from)\s+(?:the|its|their|our|his|her)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter|(?:19|20)\d\d)\s+(?:[A-Z][\w-]*\s+){0,3}?(?:[Ff]orecasts?|[Pp]rojections?|[Oo]utlooks?|guidance)\b/;

/** Right after a number, the publication a forecast of it was made in, named with up to five
 *  words: " forecast in the March 2031 Energy Quarterly", " projected in its previous report". */
export const FORECAST_MADE_IN_AFTER_RE =
  /^\s+(?:forecast|projected|predicted)\s+in\s+(?:the|its|their|our)\s+(?:[\w-]+\s+){0,5}?(?:reports?|outlooks?|updates?|projections?|forecasts?|statements?|quarterly|reviews?|bulletins?)\b/i;

/** A body named after the forecast word right after the number: "the -31% forecast by the
 *  association", "the 2.2% predicted by Banxico" (a capital after "by", not a month or a quarter). */
export const PREDICTED_BY_AFTER_RE =
  /^\s+(?:forecast(?:ed)?|projected|predicted|anticipated)\s+by\s+(?:(?:the|its|their)\s+)?(?:[A-Z](?!(?:an|eb|ar|pr|ay|un|ul|ug|ep|ct|ov|ec)[a-z]*\b)|[a-z]+\s+(?:association|bank|fund|ministry|government|agency|office|institute|federation|council|board|commission|survey|analysts|economists)\b|(?:association|bank|fund|ministry|government|agency|office|institute|federation|council|board|commission|industry|analysts|economists|markets?)\b)(?!\d)/;
/** After a number, the forecast it was: "the 3.9% and 4.1% it predicted in its autumn report",
 *  "the 2% that we had projected", "2.9% forecasted earlier", "the 7.5 percent targeted for 2030",
 *  "the 3.6 percent growth projected in April" (a forecast dated by the month it was made). An
 *  earlier forecast or a target is one, whatever verb compares it. */
export const PREDICTED_AFTER_RE =
  /^(?:\s*,?\s+(?:and|or)\s+(?:the\s+)?[-–−‑]?\d[\d.,]*\s?(?:%|per\s?cent|percent))*\s+(?:that\s+|which\s+)?(?:it|we|they|the\s+(?:bank|fund|ministry|government|staff|agency|office|commission))\s+(?:(?:had|has|have|previously|earlier|initially|originally)\s+)*(?:predicted|forecast|projected|expected|anticipated)\b|^\s+(?:expected|forecast|projected|anticipated|predicted)(?=\s*(?:[.,;:)]|$)|\s+by\s+(?:analysts|economists|markets?|the\s+market|forecasters|a\s+(?:Reuters|Bloomberg)\s+poll|(?:(?:the|its|their)\s+)?(?:[\w'’-]+\s+){0,4}?(?:analysts|economists|forecasters|staff)\b))|^\s+(?:forecast(?:ed)?|projected|predicted|anticipated|targeted|budgeted|programmed)\s+(?:earlier|previously|initially|originally)\b|^\s+(?:targeted|budgeted|programmed)\s+for\s+(?:(?:the\s+)?(?:fiscal\s+|financial\s+)?year\s+)?(?:19|20)\d\d\b|^\s+(?:(?:growth|inflation)\s+)?(?:forecast(?:ed)?|projected|predicted)\s+(?:in|last)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/i;
/** A noun of estimate ("estimates of an increase of flows to $82 billion in 2034"), the verb
 *  with its object ("the agency estimates inflows at") or the passive ("is estimated at"): a
 *  forecast when its period is the document's year or later (see candidates.ts). */
export const ESTIMATE_NOUN_RE =
  /\bestimates?\s+(?:of|for|that|put|see|show|by|moved|were|are)\b|\b(?:is|are)\s+(?:now\s+)?estimated\s+(?:at|to\s+be)\b|\bestimates\s+(?:[\w'’-]+\s+){1,4}?(?:at|to\s+(?:reach|be|rise|grow|fall|increase|decline))\b/i;

/** Expectations as the subject of the number's clause: "median inflation expectations eased from
 *  6.1% to 5.2%", "price expectations of firms eased to 4.2%": what people expect is a forecast,
 *  though a survey measured it. Not a figure compared with expectations ("came in below
 *  expectations at 4.2%", "in line with market expectations"), nor a projection for a named year
 *  ("Expectations for 2034 remain unchanged at 4.5%"), which its year dates (EXPECTATIONS_FOR_YEAR_RE). */
export const EXPECTATIONS_SUBJECT_RE = new RegExp(
  String.raw`\bexpectations?\b(?!\s+for\s+(?:19|20)\d\d)(?:\s+(?:of|for|among|on)\s+[\w-]+(?:\s+[\w-]+){0,4}?)?\s+(?:(?:have|has|had|were|was|are|is|also)\s+)*(?:[a-z]+ly\s+)?(?:${UP_VERB}|${DOWN_VERB}|held|holds?|stood|stands?|remain(?:s|ed)?|stay(?:s|ed)?|edged\s+(?:up|down)|moved|were|was|are|is|at|points?\s+to|pointed\s+to|averages?|averaged)\b(?:[^;:.]|\.\d)*$`,
  'i',
);
/** Expectations for a named year as the subject of the number's clause: "Expectations for 2034
 *  remain unchanged at 4.5% and eased from 4.7% to 4.6% for 2035". Group 1 is the year, which
 *  tells what people still expect (a year not over) from what they expected of a year that is. */
export const EXPECTATIONS_FOR_YEAR_RE = new RegExp(
  String.raw`\bexpectations\s+for\s+((?:19|20)\d\d)\s+(?:(?:growth|inflation|GDP|wage|price|pay)\s+)?(?:(?:have|has|had|were|was|are|is|also)\s+)*(?:[a-z]+ly\s+)?(?:${UP_VERB}|${DOWN_VERB}|held|holds?|stood|stands?|remain(?:s|ed)?|stay(?:s|ed)?|edged\s+(?:up|down)|moved|were|was|are|is|at|points?\s+to|pointed\s+to|averages?|averaged)\b(?:[^;:.]|\.\d)*$`,
  'i',
);
/** "Pledged to" naming whom a pledge went to ("investment pledged to Arland", "funds pledged to the
 *  programme") is no promise to do something, as "pledged to double" is: a name in capitals or a
 *  determiner after "to", in case as written. Taken out before the clause is searched for a
 *  forecast. */
export const PLEDGED_TO_RECIPIENT_RE =
  /\bpledged\s+to(?=\s+(?:[A-Z][a-z]|(?:the|its|their|our|an?|this|these)\s))/g;
/** A policy rate's "target" is the rate the bank sets, not a goal: "holding its target for the
 *  overnight rate at 2 1/2 per cent", "the target range for the federal funds rate", and a rate
 *  named after its target ("the Target Overnight Repo (TOR) Rate", "the target cash rate"). These
 *  words are taken out before the clause is searched for a forecast. */
export const POLICY_TARGET_RE =
  /\btarget(?:\s+range)?\s+for\s+the\s+(?:[\w-]+\s+){0,3}rate\b|\b(?:overnight|policy|cash|funds|interest)\s+rate\s+target\b|\btarget\s+(?:(?:overnight|cash|federal|fed|funds|reverse|repurchase|repo|interbank|call|money|lending|deposit|policy|refinancing|discount|\([A-Z]{2,6}\))\s+){1,4}rates?\b/gi;
/** A setting the speaker holds or applies now, though written with "will": "the rates will remain
 *  unchanged at 2.5%, 3.5% and 1.5%", "will maintain their amounts outstanding at about 2.2 trillion
 *  yen", "will apply a negative rate of minus 0.2 percent", "will continue to allow yields
 *  to fluctuate in a range of", "will offer to purchase bonds at 0.5 percent" (a standing
 *  operation's rate), "will purchase … with upper limits of about 4 trillion yen",
 *  "will purchase … so that their amount outstanding will increase at an annual pace of about 80
 *  trillion yen" (a purchase guideline in force). Only for an instrument (a rate,
 *  a yield, an amount outstanding, a target): "inflation will remain at 2%" stays a forecast. The
 *  tail lets the later numbers of a list ("2.5%, 3.5% and") share the verb. */
export const HELD_SETTING_BEFORE_RE =
  /\b(?:(?:offer(?:s|ed|ing)?\s+to\s+(?:purchase|buy|sell|lend)|continu(?:e|es|ed|ing)\s+to\s+(?:allow|keep|maintain|hold|apply|conduct|purchase|buy))\b[^.;:]{0,100}?\b(?:at|of)|(?:remain|remains|remained|maintain|maintains|maintained|maintaining|keep|keeps|kept|keeping|hold|holds|held|holding|leave|leaves|left|leaving|stay|stays|stayed)\b[^.;:]{0,80}?\bat|(?:apply|applies|applied|applying|set|sets|setting)\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){0,3}?(?:rates?|yields?)\s+(?:of|at)|(?:purchas(?:e|es|ing)|buy(?:s|ing)?)\b[^.;:]{0,120}?\b(?:upper\s+limits?\b[^.;:\d]{0,60}?\bof|(?:at\s+)?(?:an?\s+)?(?:annual|yearly)\s+paces?\s+of))\s+(?:[\d.,%\s–-]|\b(?:and|or|about|around|approximately|some|roughly|minus|plus|negative|zero|per\s+cent|percent|trillion|billion|million|bn|yen|euros?|dollars?)\b)*$/i;
/** A decision to hold a setting told in reported speech: "announced it would hold the repo rate
 *  unchanged at", "would leave the repo rate unchanged": the "would" is the announcement's "will",
 *  no hedge. Only with a holder acting on its instrument and "unchanged"; "the rate would remain
 *  unchanged" and "could keep" stay hedged. Global, so it can be blanked. */
export const REPORTED_HOLD_WOULD_RE =
  /\bwould(?=\s+(?:keep|hold|maintain|leave)\s+(?:its|the|their|our)\s+(?:[\w-]+\s+){0,3}?(?:rates?|yields?)\s+unchanged\b)/gi;
/** After a number, a condition on what the sentence says: "if inflation eased", "unless", "provided that". */
export const CONDITION_AFTER_RE = /\b(?:if|unless|provided)\b/i;
/** The instrument a held setting names (see HELD_SETTING_BEFORE_RE). */
export const HELD_INSTRUMENT_RE =
  /\b(?:offer(?:s|ed|ing)?\s+to\s+(?:purchase|buy|sell|lend)|upper\s+limits?|(?:annual|yearly)\s+paces?|(?:interest|policy|deposit|lending|repo|refinancing|overnight|cash|bank|discount|funds)\s+rates?|rates?\s+on\b|yields?|amounts?\s+outstanding|balances?|(?<!\b(?:inflation|the|its|their|our)\s)target)\b/i;
/** A decision the document has announced: "has decided to lower the Bank's interest rates",
 *  "the Committee decided to keep", "voted to hold", "at today's meeting the Board reduced its
 *  policy rate" (a rate moved that day). The rates it sets are in force from then on, even where
 *  the statement lists them with "will be". */
export const DECISION_RE =
  /\b(?:ha(?:s|ve|d)\s+(?:\w+\s+)?decided|decided\s+to|(?:voted|agreed)\s+to\s+(?:lower|raise|keep|hold|cut|increase|leave|maintain|reduce))\b|\btoday\b[^.;]{0,120}?\b(?:reduced|lowered|cut|raised|increased)\s+(?:its|the)\s+(?:[\w-]+\s+){0,3}?rates?\b/i;
/** In the clause before a number, the rate a decision sets, named with "will be", "will
 *  (therefore) remain" or "will be increased to", and no later time or forecast ("next year", "by
 *  the end of", "expected"): "The deposit rate will be 4.0%", "the key rate will therefore remain
 *  3%", and a list under one verb ("will be 5.5% and the overnight lending rate", "will be:
 *  Overnight lending:", "will be increased to 4.50%, 4.75% and"). */
export const DECIDED_SETTING_BEFORE_RE =
  /\bwill\s+(?:(?:therefore|thus|then|now|also|accordingly|consequently)\s+)?(?:be\s+(?:increased|raised|lowered|reduced|cut|set|adjusted|changed)\s+to|be|remain|stand)\b(?!(?:[^.;]|\.(?=\d))*\b(?:to|by|from|raised|lowered|increased|reduced|cut|changed|next|coming|future|until|end|expected|projected|forecast)\b)(?:[^.;]|\.(?=\d)){0,120}$/i;
/** After a decided rate, words that put it later than the decision: "from March", "next year",
 *  "until the end of", "as expected" ("with effect from 20 September" is the decision's own date). */
export const LATER_AFTER_RE =
  /\b(?:next|coming|future|until|later|expected|projected|forecasts?|by\s+(?:the\s+)?end)\b|(?<!\beffect\s)\bfrom\s+[A-Z\d]/;
/** A policy instrument's rate ("deposit rate", "interest rates", "overnight lending"), not a rate
 *  that measures the economy ("the growth rate", "the unemployment rate"). */
export const DECIDED_RATE_RE =
  /\b(?<!\b(?:inflation|growth|unemployment|jobless|employment|exchange|participation|vacancy|occupancy|tax|savings|birth|death|mortality|saving|poverty)\s)rates?\b|\b(?:overnight|lending|deposits?)\b/i;
/** After an amount, the instrument it is and a word of approval: "EUR 1.5 billion of new financing
 *  approved for lending". What is approved exists now, whatever the sentence says it will do. */
export const APPROVED_INSTRUMENT_AFTER_RE =
  /^\s+(?:of\s+)?(?:[\w-]+\s+){0,3}?(?:loans?|grants?|credits?|financing|funding|package|facility|guarantees?|investments?)\s+(?:(?:already|recently|newly|now)\s+)?(?:approved|signed|granted|disbursed|committed)\b/i;
/** A whole that is a goal: "a third of the final goal of mobilising …". The share of it reached
 *  is measured; only the goal itself is a target. */
export const GOAL_OBJECT_RE = /\b(?:goals?|targets?|objectives?|ambitions?|aims?)\b/i;

/** A forecast (or target) the number is compared with, not one it is: "$16 billion less than
 *  forecast", "1.8%, has been below target", "18% of GDP, above the forecast of", "ahead of the projections made in 2001", "more than expected",
 *  "EUR 0.3 billion in excess of the projection",
 *  "reaching the upper range of the forecast", "near the August Inflation Report projection"
 *  (a forecast named after its report), and a decision that came "as expected" (it matched
 *  what was expected: it happened), and a percent's distance "over" or "under" one ("18 percent
 *  over forecast", "7 percent under projections"; "over the forecast period" is a span), and a
 *  plan set beside an outturn ("physical progress reached 64%, compared with 58% planned", "rose
 *  6.2 percent instead of the planned 8.5 percent"; v145), but not a plan
 *  told by its own finite verb ("below the $99 million the council had budgeted").
 *  These words are taken out before the clause is searched for a forecast. A comma ends the words
 *  compared with: in "Similar to other provinces, growth is expected", "expected" is the clause's own.
 */
export const COMPARED_FORECAST_RE =
  /-than-(?:expected|forecast(?:ed)?|anticipated|projected|predicted)\b|\bas\s+(?:(?:had\s+been|was|were|widely|largely|generally|markets?|analysts|economists)\s+)?expected\b|\b(?:was|were|had\s+been)\s+(?:widely|largely|generally|fully|broadly)\s+(?:expected|anticipated)\b|\b(?:than|above|below|in\s+excess\s+of|ahead\s+of|behind|compared\s+(?:with|to)|instead\s+of|in\s+(?:line|accord|accordance|keeping)\s+with|consistent\s+with|(?:close|similar)\s+to|against|versus|exceed(?:s|ed|ing)?|beat(?:s|ing)?|miss(?:es|ed|ing)|top(?:s|ped|ping)|outpac(?:e|es|ed|ing)|surpass(?:es|ed|ing)?|(?:upper|lower|top|bottom|high|low)\s+(?:end|range|half|bound)s?\s+of)\s+(?:[\w'’$.,%-]*[\w'’$.%-]\s+){0,6}?(?:forecasts?|forecasted|projections?|projected|expected|expectations?|estimates?|predicted|predictions?|targets?|(?<!\b(?:had|has|have|was|were|is|are|been|be)\s)planned)\b|(?<=\d\s?(?:%|per\s?cent|percent|percentage\s+points?|points?)\s+)(?:over|under)\s+(?:(?:the|its|their|our)\s+)?(?:[\w-]+\s+)?(?:forecasts?|projections?|estimates?|expectations?|targets?)\b(?!\s+(?:periods?|horizons?|years?|terms?|windows?|spans?|ranges?)\b)/gi;
/** Just before a number, the forecast or target it is: "Goldman Sachs's forecast of 14,2%", "against a
 *  target of 2%", "compared with an anticipated $5.5 billion". */
export const FORECAST_OBJECT_BEFORE_RE =
  /\b(?:(?:forecasts?|projections?|estimates?|expectations?|predictions?|targets?(?:\s+(?:bands?|ranges?|corridors?|levels?))?|(?<=\binflation\s)target\s+rate|goals?|objectives?)\s+(?:of|at|was|is)(?:\s+an?\s+(?:deficit|surplus)\s+of|\s+an?(?=\s))?|(?:forecasts?|expectations?|predictions?|consensus)\s+(?:for|of)\s+(?:an?|the)|(?:an?|the|its|their)\s+(?:anticipated|expected|projected|predicted|forecast))\s+(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?$/i;
/** Just before a number, the participle of planning or forecasting that names it as the plan an
 *  outturn is set against: "instead of the planned ", "against a budgeted ", "rather than the
 *  projected " (v145). */
export const PLAN_PARTICIPLE_BEFORE_RE =
  /\b(?:an?|the|its|their)\s+(?:(?:originally|initially)\s+)?(?:planned|budgeted|targeted|projected|forecast|expected|anticipated)\s+$/i;
/** Just before a number in its clause, the middle answer of a poll of forecasters named by its
 *  noun, or a noun a participle of forecasting marks, linked to the number by "of", "for", "was",
 *  "at": "versus the median estimate for a", "against a market consensus of", "The median estimate
 *  of 17 economists in a Bloomberg survey was", "compared with a forecast shortfall of". Wire copy
 *  sets an outturn beside what the poll expected; the number is that expectation, whatever period
 *  it is of. No comma between: "beat the consensus, rising 0.6%" is the outturn. A survey's median
 *  "expectation" measures what people expect, read by its own period (expectationsSubject). */
export const POLL_CONSENSUS_BEFORE_RE =
  /(?:\b(?:median|mean|average|consensus|market)\s+(?:[\w'’-]+\s+)?(?:estimates?|forecasts?|projections?|predictions?|consensus)|\bconsensus|\b(?:an?|the)\s+forecast\s+(?!of\b|for\b)[a-z-]+)\b(?:(?!\b(?:than|while|whereas|but|and)\b)[^.;,%])*?\b(?:was|is|were|had\s+been|stood\s+at|came\s+in\s+at|of|for|at)\s+(?:an?\s+)?(?:(?:about|around|roughly|some|nearly)\s+)?$/i;
/** A forecaster named in a sentence: a poll's middle "estimate" is theirs, not a statistics
 *  office's ("the median estimate of household wealth"). */
export const FORECASTER_NAMED_RE =
  /\b(?:economists?|analysts?'?|forecasters?|strategists?|traders|polls?|polled|consensus|markets?)\b/i;
/** A forecast word other than the bare "will"/"shall" of a setting; "may" only in lower case, since
 *  "13 May 2032" is a date. */
export const FORECAST_WORD_RE =
  /\b(?:[Ee]xpected|[Pp]rojected|[Pp]rojections?|[Ff]orecasts?|[Ff]orecasted|[Ll]ikely|[Aa]nticipated|[Ee]stimated|[Cc]ould|[Mm]ight|[Ww]ould|may|EXPECTED|PROJECTED|FORECASTS?)\b/;
/** The next sentence says an approved change is not yet in force: "The changes will become
 *  effective once …", "This measure requires legislative or other domestic approvals". An approved
 *  figure in the sentence before is then expected. */
export const NOT_YET_EFFECTIVE_NEXT_RE =
  /^\s*(?:the|these|this|those|such|it|they)\b[^.;]{0,60}?\b(?:(?:will|shall|would)\s+(?:only\s+)?(?:become\s+effective|take\s+effect|enter\s+into\s+(?:force|effect)|come\s+into\s+(?:force|effect))|requires?\s+(?:[\w-]+\s+){0,4}?(?:approvals?|ratification|consents?))\b/i;
/** Just before a number, the level that holds now: "from the current SDR 182.4 billion (about". */
export const CURRENT_BEFORE_RE =
  /\b(?:current|present|existing)\s+(?!accounts?\b)(?:(?!\bto\b)(?:[^.;]|\.(?=\d))){0,40}$/i;
/** A word of approval in the sentence: "approved", "gave its approval", "agreed", "adopted". */
export const APPROVAL_RE =
  /\b(?:approv(?:e|es|ed|al|ing)|agreed|adopted|endorsed|authori[sz]ed)\b/i;

/** What an amount pays for, named right after it ("a $2 million grant will support …"): the
 *  instrument exists now, so a "will" about what it does later does not make its size a forecast. */
export const INSTRUMENT_AFTER_RE =
  /^\s+(?:[\w-]+\s+){0,3}?(?:loans?|grants?|credits?|financing|package|facility|guarantees?|equity investments?|bonds?)\b/i;

/** After an amount, a clause that says it is paid or spent year after year: "the EUR 2 billion of
 *  tariffs paid every year", "USD 3 billion spent annually". It is a level that holds now, so a
 *  "will" about what happens to it ("will remove most of …") is not its status. */
export const STANDING_AFTER_RE =
  /^\s+(?:of\s+)?(?:[\w-]+\s+){0,3}?(?:paid|spent|collected|levied|charged|earned|received|lost|incurred)\s+(?:(?:every|each|per|a)\s+year|annually|yearly)\b/i;

/** Before a number, a cap or a rate a scheme sets: "will be capped at", "a cap of", "will be paid
 *  at". A cap or rate set is in force from the decision, so a "will" about when it applies is no
 *  hedge of it. */
export const CAP_SET_BEFORE_RE =
  /(?:\bcapped\s+at|\b(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?cap\s+of|\bpaid\s+at)\s+(?:about\s+|around\s+)?$/i;

/** Before a number, what a rule lets someone do, up to a bound: "may borrow up to ", "may not sell
 *  more than ", "may deduct a rebate of up to ", "have been allowed to use offsets to cover up
 *  to ", "can apply for grants of up to ", "can obtain guarantees of up to ". The verb is an act of a holder or payer, so "prices may rise by up to" is no permission. */
export const PERMITTED_BOUND_BEFORE_RE =
  /\b(?:may(?:\s+not)?|(?:is|are|was|were|has\s+been|have\s+been)\s+(?:allowed|permitted)\s+to|(?:can|cannot|must\s+not)(?:\s+not)?)\s+(?:(?:[\w'’-]+\s+){0,6}?to\s+)?(?:claim|appropriate|buy|purchase|borrow|spend|withdraw|hold|invest|offset|use|surrender|deduct|draw|issue|sell|bid|own|retain|carry|bank|lend|acquire|transfer|emit|import|export|receive|keep|obtain|apply\s+for)\s+(?:[\w'’-]+\s+){0,5}?(?:up\s+to|no\s+more\s+than|more\s+than|as\s+much\s+as|at\s+most)\s+(?:[^\s\d]{1,4}\s?)?$/i;

/** Before a sum, the most a grant or a subsidy pays ("grants of up to "); with the one it is paid per
 *  after the sum or "each" before, a cap set (see rateCap). */
export const GRANT_UP_TO_BEFORE_RE =
  /\b(?:grants?|loans?|support|aid|subsid(?:y|ies)|assistance|payments?)\s+of\s+up\s+to\s+(?:[^\s\d]{1,4}\s?)?$/i;

/** Before a sum, one payment a scheme makes ("a management payment of "); with what it is paid per
 *  after the sum (EACH_UNIT_AFTER_RE), it is a rate set. */
export const PAYMENT_BEFORE_RE = /\b(?:a|an|the|each)\s+(?:[\w-]+\s+){0,2}?payment\s+of\s+$/i;
/** After a sum, the one it is paid for or per: " a year", " per hectare", " per business", " each". */
export const EACH_UNIT_AFTER_RE =
  /^\s+(?:(?:a|per|each)\s+(?:year|month|week|day|hectare|acre|head|farm|business|holding|agreement|tonne|person)\b|each\b)/i;

/** Where approved money goes: "Uganda will benefit from US$ 120 million", "US$ 19.8 million will go
 *  to a water project". After an approval earlier in the paragraph, this "will" allocates what is
 *  approved now; it is no forecast of the amount. */
export const ALLOCATION_WILL_RE =
  /\bwill\s+(?:benefit\s+from|go\s+to(?:wards?)?|be\s+(?:used|allocated|channell?ed|directed|earmarked)\s+(?:to|for))\b/i;

/** What an amount pays for, named right before it ("the credit of US$ 31 million will pay for …", "a
 *  credit line of up to €2 billion", "a loan agreement amounting to"). */
export const INSTRUMENT_BEFORE_RE =
  /\b(?:loans?|grants?|credits?|financing|package|facility|guarantees?|equity investments?|bonds?)\s+(?:(?:agreements?|lines?|contracts?|facilit(?:y|ies))\s+)?(?:of|worth|totall?ing|amounting to)\s+(?:(?:about|some|nearly|almost|around|over|more than|up to)\s+)?$|\b(?:loans?|grants?|credits?|financing|package|facility|guarantees?|bonds?)\b[^.;\d$€£]{0,40}?\bin\s+the\s+amount\s+of\s+(?:(?:about|some|nearly|almost|around|over|more than|up to)\s+)?$/i;

/** A hedge word after a verb in the past: "they made up as much as 47 per cent … in 2003" is what
 *  was, not what may be. (A forecast participle such as "expected" is no past; see
 *  FORECAST_WORD_RE.) */
export const PAST_HEDGE_BEFORE_RE =
  /\b(?:was|were|had|made|rose|fell|grew|reached|stood|totall?ed|amounted|[a-z]{3,}ed)(?:\s+(?:up|by|to|at|for))?\s+(?:as much as|up to)\s+$/i;

/** A speaker's forecast verb, which counts only before the number: "the Bank expects inflation to
 *  average 2.4%", "the Fund projects global growth at 3.2 percent", "sees growth at 3.0%", "sees the
 *  deficit deepening to $16.9b", "it still saw annual GDP growth rising to 3.3%" (a speaker's past
 *  forecast; "the year saw exports rising" is what happened), "members
 *  see output rising 2½ to 3 percent", "the Fund predicted 3.8% growth" are forecasts, "95% of firms expect prices to rise" is a survey's actual result.
 *  v74: an active "see" whose object is any noun phrase standing "at" the number or moving to it
 *  ("They see the Selic falling to 12.50 percent", "We see the policy rate at 29%", "Strategists see
 *  the 10-year yield at 4.1%"): wire copy gives forecasters' views so; a period that "sees" something
 *  ("the second quarter sees") tells what happened, and the number must follow the "at" or "to".
 *  v132: "projects" with an article or a year's span, then a noun phrase and "of" or "at" right
 *  before the number, forecasts that noun's level ("The Treasury projects a closing balance of COP
 *  36.5 trillion", "the office projects full-year collection of about Rp 96.1 trillion"); after a
 *  determiner or a count ("14 projects of over $50 million", "the projects at a cost of") it is a noun. */
export const EXPECTS_BEFORE_RE =
  /(?<!\b(?:the|these|those|its|their|our|all|other|such|many|several|new|of|and|\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten)\s+)\bprojects\s+(?:an?|the|its|their|our|(?:full|whole)[-\s]year|year[-\s]end|end[-\s]year|annual)\s+(?:[\w'’-]+\s+){0,3}?(?:of|at)\s+(?:(?:about|around|some|nearly|almost|roughly|just|close\s+to)\s+)?(?=[-+−]?\d|[$€£¥₹]|[A-Z]{1,3}\$|[A-Z]{2,3}\s?\d)|\b(?:expects?|expecting|anticipates?|foresees?|predicts?|prognosticates?|(?:predicted|forecast|forecasted|projected)\s+(?:an?\s+)?[-+−]?\d[\d.,]*\s?(?:%|per\s?cent|percent)\s+(?:growth|expansion|contraction|inflation|rise|increase|decline|fall|drop)|(?<!\b(?:(?:19|20)\d\d|year|years|quarter|quarters|month|months|period|half|week|decade)\s+)(?:saw|seeing)\s+(?:[\w'’()-]+\s+){0,6}?(?:growth|inflation|output|GDP|deficit|surplus|prices|demand|exports|imports|investment|revenues?|spending|unemployment)\s+(?:rising|falling|growing|increasing|declining|expanding|contracting|slowing|easing|averaging|reaching|recovering|returning|moderating|picking\s+up)|\bsees?\s+(?:an?\s+(?:[\w-]+\s+){0,2}?(?:improvement|increase|rise|decline|fall|slowdown|acceleration|pickup|pick-up|recovery|rebound|contraction|expansion|deceleration)\s+(?:to|of)\s+)?[-+−]?\d|(?:projects|sees?|pegs|pegged)\s+(?:[\w'’-]+\s+){0,3}?(?:growth|inflation|output|GDP|deficit|surplus|prices|demand|exports|imports|investment|revenues?|spending|unemployment)\s+(?:(?:in|across|for|among)\s+(?:[\w'’-]+\s+){1,3}?)?(?:at|to|of|(?:rising|falling|growing|increasing|declining|expanding|contracting|slowing|easing|averaging|reaching|holding|staying|remaining|deepening|widening|narrowing|improving|worsening|shrinking|climbing))|(?<!\b(?:(?:19|20)\d\d|year|years|quarter|quarters|month|months|period|half|week|decade|season)\s+)\bsees?\s+(?:(?:[A-Za-z]|\d+-[a-z])[\w'’-]*\s+){1,6}?(?:at|[a-z]{3,}ing\s+(?:[A-Za-z][\w'’-]*\s+){0,2}?(?:at|to|by|around|near))\s+(?=(?:(?:about|around|some|nearly|almost|roughly|just|close\s+to)\s+)?(?:[-+−]?\d|[$€£¥₹]|[A-Z]{1,3}\$)))\b/i;

/** A plan or intention before the number, which a decision is not yet: "plans to", "intends to", "aims to". */
export const PLANS_TO_RE =
  /\b(?:plans?|intends?|aims?|hopes?|proposes?|(?:is|are)\s+planned)\s+to\b/i;

const SIGNED = String.raw`(?:[-–−‑]\s?)?`;
/** Two ends in percent or points: "1.2% to 1.6%", "between 5 % and 6 %", "36–38 percent", "4‒5%" (a
 *  figure dash, U+2012, as a hyphen or an en dash). */
const END = String.raw`${SIGNED}(?:${FRACTION_DIGITS}|${NUMBER}|\b(?:${NUMBER_WORD})\b(?!-))(?:${PERCENT})?`;
/** After "between" and its "and" an end may carry a written plus too ("between +1.5% and +2.2%").
 *  "in the range of 1% and 2%" is a range as "between" is; its stated words start at "range".
 *  Two ends each with its percent, parted by the replacement character a page put for its lost
 *  dash, U+FFFD ("40% ? 45%" on the page), are a range too. */
const BETWEEN_END = String.raw`(?:\+\s?)?${END}`;
/** Two ends each with its written sign and its own unit, alike, parted by "to": "-0.2% to +1.4%",
 *  "-0.3 percentage point to +1.1 percentage points" (a plus after "to" only here). */
const SIGNED_ENDS = [PERCENT, POINTS]
  .map(
    (unit) =>
      String.raw`[-–−‑+]\s?(?:${NUMBER})(?:${unit})\s+to\s+(?:\+\s?|(?=[-–−‑]))(?=[-–−‑]?\s?(?:${NUMBER})(?:${unit}))`,
  )
  .join('|');
/** After a verb of ranging, two ends across places, each end with its percent and the first its
 *  place: "range from 9.44 percent in Niigata to 10.78 percent in Saga", "varied from 3% in Ontario
 *  to" (one range; the place names what the end is the level of, no time: "from 3% in 2031 to" is
 *  two levels). */
const ACROSS_PLACES = String.raw`(?<=\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+from\s+)${SIGNED}(?:${NUMBER})(?:${PERCENT})\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}?\s+to`;
export const RANGE_RE = new RegExp(
  String.raw`(?<![\w.,/$€¥₽₩-])(?:${SIGNED_ENDS}|between\s+${BETWEEN_END}\s+and|range\s+of\s+${END}\s+and|(?<=\brang(?:e|es|ed|ing)\s+)from\s+${BETWEEN_END}\s+and|${ACROSS_PLACES}|${END}\s*(?:to|[-–‒])|${SIGNED}(?:${NUMBER})(?:${PERCENT})\s*\uFFFD)\s*(?:(?<=\band\s*)\+\s?|${SIGNED})(?:${FRACTION_DIGITS}|${NUMBER}|\b(?:${NUMBER_WORD})\b)(?:${PERCENT}|${POINTS})`,
  'gi',
);
/** A band around a level: "plus and minus 0.5 percentage points", "± 1 %", "+/- 2 per cent". */
export const PLUS_MINUS_RE = new RegExp(
  String.raw`${PLUS_MINUS}(?:${FRACTION_DIGITS}|${NUMBER})(?:${PERCENT}|${POINTS})`,
  'gi',
);
/** Before a band, the level it is the tolerance of: "3% +/- 1 pp", "a 2 % target, plus or minus 1
 *  percentage point", "3 per cent with a tolerance band of plus or minus 1.5 per cent". The band's half-width
 *  is then no figure of its own (the level is), also after "annually" or "with a permitted deviation
 *  of" ("4 percent a year with a possible deviation of ± 1 percentage point"); a band with no number before it ("fluctuate in a
 *  range of around plus and minus 0.75 percentage points either side of the target level") still is. */
export const BAND_CENTRE_BEFORE_RE = new RegExp(
  String.raw`(?:${FRACTION_DIGITS}|${NUMBER}|${NUMBER_WORD})(?:${PERCENT})(?:\s+of\s+(?:GDP|output|[\w-]+\s+[\w-]+))?(?:\s+(?:annually|a\s+year|per\s+annum|year-on-year|y\/y))?(?:\s+(?:inflation\s+)?(?:target|objective|goal|mid-?point))?\s*,?\s*(?:(?:with(?:in)?|in|inside|and)\s+(?:a|an|the|its)\s+(?:(?:possible|permitted|permissible|allowed|acceptable|admissible)\s+)?(?:(?:tolerance|fluctuation|variation|target)\s+)?(?:band|range|margin|interval|corridor|deviations?|fluctuations?|variations?)\s+of\s+)?(?:around\s+|about\s+)?$`,
  'i',
);
/** A level with no percent of its own right before its tolerance band: "the projected 4 ±1.5%",
 *  "a target tolerance band of 4±1.5%". The level borrows the band's percent (group 1 its number,
 *  group 2 the band); the half-width stays no figure. */
export const BAND_BARE_LEVEL_RE = new RegExp(
  String.raw`(?<![\w.,/$€¥£₽₩%-])(${NUMBER})\s*(${PLUS_MINUS}(?:${FRACTION_DIGITS}|${NUMBER})(?:${PERCENT}))`,
  'gi',
);
/** A band's half-width in digits or words: "+/- 1 pp", "plus or minus one percentage point". */
export const TOLERANCE_RE = new RegExp(
  String.raw`${PLUS_MINUS}(?:${FRACTION_DIGITS}|${NUMBER}|${NUMBER_WORD})(?:${PERCENT}|${POINTS})`,
  'gi',
);
/** Two ends of an amount with one scale and currency: "US$1.3-1.5 trillion", "about 60-70 trillion
 *  yen", "$2 to 3 billion", "$2 billion to $3 billion", "between $2 billion and $3 billion". The
 *  currency stands before the first end or after the scale; a hundredth's word after each end
 *  ("between 118p and 126p", and with "to" or a dash, "15 sen to 25 sen": v266). Two ends with no scale, each with its own sign: "between €40,000
 *  and €90,000", "R12 500 to R30 000", "$2.10 – $3.40" (a bare second end, "$2 to 3", may count
 *  anything), with no scale after the second; a bare second end glued by a dash before the unit
 *  both ends price, "Tk 54-58 per kilogram", "€12–15 a passenger" (v207). After "between", two bare ends with the currency's
 *  word once after the second: "between 390 billion and 430 billion kroner".
 *  The first sign is written once for the readings with no scale and with one ("between" and a
 *  sign, a sign then a dash): the sign list is ~5,000 characters, and it takes no digit, so
 *  whichever sign reads first ends where the number starts, and each reading is tried in the same
 *  order as when each wrote its own sign. `sign` reads every other sign (after "between", and the
 *  second end's): the list itself, or LOOSE_SIGN (looseSign.ts). */
const amountRangeSource = (sign: string): string => {
  const unscaledSecondEnd = String.raw`\s*${sign}(?:${AMOUNT_NUMBER})(?![\d.,]*\d|\s*(?:${SCALE}|m|bn)\b)`;
  // After a currency sign "m" glued to the digits is a scale ("$270m to $300m", "between £5m and
  // £8m": v274), as SCALE_AFTER_SIGN reads one end.
  const signedScale = String.raw`(?:\s*(?:${SCALE})|m)\b`;
  return String.raw`(?<![\w.,/$€¥₽₩-])(?:(?:${NUMBER})\s*(?:${HUNDREDTH_WORD})(?!\w)\s*(?:[-–‒]|to)\s*(?:${NUMBER})\s*(?:${HUNDREDTH_WORD})(?!\w)|between\s+(?:(?:${NUMBER})\s*(?:${HUNDREDTH_WORD})(?!\w)\s+and\s+(?:${NUMBER})\s*(?:${HUNDREDTH_WORD})(?!\w)|(?:${NUMBER})(?:\s*(?:${SCALE})\b)?\s+and\s+(?:${NUMBER})(?:\s*(?:${SCALE})\b)?\s+(?:${CURRENCY_WORD})(?!\w)|${sign}(?:(?:${AMOUNT_NUMBER})\s+and${unscaledSecondEnd}|(?:${NUMBER})(?:${signedScale})?\s+and\s+${sign}?(?:${NUMBER})${signedScale}))|(?:${CURRENCY_SIGN})(?:(?:${AMOUNT_NUMBER})\s*(?:[-–‒]|to)${unscaledSecondEnd}|(?:${NUMBER})[-–‒](?:${NUMBER})(?![\d.,]*\d)(?=\s+(?:per|an?|each)\s+[a-z])|(?:${NUMBER})(?:${signedScale})?\s*(?:[-–‒]|to)\s*${sign}?(?:${NUMBER})${signedScale}(?:\s*(?:${CURRENCY_WORD})(?!\w))?)|(?:${NUMBER})\s*(?:[-–‒]|to)\s*(?:${NUMBER})\s*(?:${SCALE})\s+(?:${CURRENCY_WORD})(?!\w)|(?:${NUMBER})\s*(?:[-–‒]|to)\s*(?:${NUMBER})\s+(?:${CURRENCY_WORD})(?!\w))`;
};
/** The ranges of amounts with each sign but the first read loosely (18,000 characters, where the
 *  list written out each time made 43,000): read its matches with signedMatches (looseSign.ts),
 *  which checks the loose signs and reads again with amountRangeAsWritten where one is none. */
export const [AMOUNT_RANGE_RE, amountRangeAsWritten] = signedPattern(amountRangeSource, 'gi');
/** Bare numbers that share the percent written once after the last ("X, or Y percent" restates X
 *  instead): "increases of 10.9, 10.2 and
 *  7.7 percent respectively". Group 1 is the first number; the list runs to the unit. */
export const SHARED_PERCENT_LIST_RE = new RegExp(
  String.raw`(?<![\w.,/$€¥₽₩–−‑+-])(${LIST_NUMBER})(?=((?:\s*,\s*(?:${LIST_NUMBER}))*\s*,?\s+and\s+(?:${LIST_NUMBER})(?:${PERCENT}|${POINTS})))`,
  'gi',
);
/** Before the last number of such a list, the bare numbers it shares its unit with: "increases of
 *  10.9, 10.2 and ". */
export const SHARED_PERCENT_LIST_BEFORE_RE = new RegExp(
  String.raw`(?<![\w.,/$€¥₽₩–−‑+-])(?:${LIST_NUMBER})(?:\s*,\s*(?:${LIST_NUMBER}))*\s*,?\s+and\s+$`,
);
/** Before a list of numbers, words that make them names or references, not values: "Articles 3,
 *  4 and", "Nos. 2, 5 and". */
export const REFERENCE_BEFORE_RE =
  /\b(?:nos?|articles?|tables?|figures?|charts?|paragraphs?|sections?|items?|annex(?:es)?|between|from)\.?\s+$/i;
/** A percent or points, with the sign it carries ("up from -0.1%", "(–8.7%", "(+2.5%)", a spaced "(+ 2.5 percent)", "minus 0.1 percent", "the negative 0.4
 *  per cent", and a spaced "to – 0.5 %" after a word that needs a number), also the number of a band
 *  named by its part ("the lower-2% level", "the mid-1% range": never a minus): a sign
 *  only where no word or number stands before it, so "36–38%" stays a range. A number glued to
 *  "to", "of", "at" or "from" is read ("equivalent to12.4 per cent", a typesetting slip), and so is
 *  one glued to a verb of being ("while it was58.2%", where a page lost the space) or to a past verb
 *  of change ("exports rose14.8 per cent"): only these words, so a code glued to its digits ("CO2",
 *  "G20", "Q3", "H1") stays no number. */
export const PERCENT_RE = new RegExp(
  String.raw`(?:(?<=\b(?:lower|low|mid|middle|upper|high)-)|(?<![\w.,/$€¥₽₩–−‑+-])|(?<=\b(?:to|of|at|from|was|were|is|are|rose|fell|grew|increased|decreased|declined)(?=\d))|(?<=\b(?:to|of|at|from)(?=[-–−‑]\d)))(?:\(\s?[-–−‑]\s?\)\s?(?=\d)|[-–−‑+](?=\d)|(?<=\(\s?)[-–−‑+]\s(?=\d)|\b(?:minus|negative)\s(?=\d)|(?<=\b(?:to|at|of|from|between|by|was|were|is|are)\s+)[-–−‑]\s(?=\d))?(${FRACTION_DIGITS}|${NUMBER}|${NUMBER_WORD}|${FRACTION_OF_A})(${PERCENT}|${POINTS}|${OF_A_PERCENT})`,
  'gi',
);
/** A minus written before an amount, which the stated words keep: "(–2.8 billion euros)". */
const AMOUNT_MINUS = String.raw`(?:${WRITTEN_MINUS})?`;
/** Right after a scale word, a footnote's mark of one or two digits glued to it, then no word or
 *  decimal: "billion2." in "S$389 billion2. Marking …". The mark is no part of the number. */
const FOOTNOTE_AFTER_SCALE = String.raw`(?=\d{1,2}(?![\w]|[.,]\d))`;
/** An amount's sign, with no word before it, or glued where a page lost the space to a preposition
 *  or verb of being that needs a number ("worth$63 billion", "rising to$9.8 billion"): only a sign
 *  that is no letter, so "flat$5" and a code stay no amount; a code only glued to "to" or "from"
 *  ("toUSD 0.07", upper case, which matching checks: "tousd" stays none). A footnote's mark glued to the scale
 *  ("S$389 billion2.") leaves the scale its own. */
export const AMOUNT_SIGN_RE = new RegExp(
  String.raw`(?:(?<![\w$])|(?<=\b(?:to|of|at|from|worth|was|were|is|are)(?=[$£€¥₹₩₱]))|(?<=\b(?:to|from)(?=[A-Z]{3}\s?\d)))${AMOUNT_MINUS}(?:${CURRENCY_SIGN})(?:${MINUS_AFTER_SIGN})?(?:${AMOUNT_NUMBER})(?:\s*(?:${SCALE_AFTER_SIGN})(?:\b|${FOOTNOTE_AFTER_SCALE}))?`,
  'gi',
);
/** After the first end of "from US$ 27 to 276 billion", the second end with the scale both share.
 *  `sign` reads its sign: the list itself, or LOOSE_SIGN (looseSign.ts). */
const sharedScaleAfterSource = (sign: string): string =>
  String.raw`^\s+to\s+${sign}?\s?(?:${NUMBER})\s*(?:${SCALE})\b`;
/** That, with the sign read loosely (500 characters, not 5,400): read it with signedExec and
 *  sharedScaleAfterAsWritten, a space allowed after the sign. */
export const [SHARED_SCALE_AFTER_RE, sharedScaleAfterAsWritten] = signedPattern(
  sharedScaleAfterSource,
  'i',
);
/** After the first end of "from 18 billion to 41 billion rand", the second end with the currency
 *  word both share (written once, after the second scale). */
export const SHARED_CURRENCY_AFTER_RE = new RegExp(
  String.raw`^\s+to\s+(?:${NUMBER})\s*(?:${SCALE})\b\.?\s*(?:${CURRENCY_WORD})(?!\w)`,
  'i',
);
/** Where a page lost the spaces of a stacked amount, a group of a larger scale right before the
 *  number ("2 billion" of "2 billion86 million dollars") and a currency word right after the scale
 *  ("milliondollars"): only these known words, so a code such as "G20" or "CO2" stays no number. */
const GLUED_GROUP_BEFORE = String.raw`(?<=\d[^\S\n]*(?:trillion|billion|million))`;
const GLUED_CURRENCY_AFTER = String.raw`(?=(?:${CURRENCY_WORD})(?!\w))`;
/** "120 billion yen", "1 741.9 billion euros" (spaced thousands), "30,4 mln. USD" (a stop after
 *  the scale, as agencies abbreviate), "five billion dollars" (a number in words before its scale),
 *  "a 450-million-dollar credit line" (the amount as an adjective, hyphenated). */
export const AMOUNT_WORD_RE = new RegExp(
  String.raw`(?:(?<![\w.,$/-])|${GLUED_GROUP_BEFORE})${AMOUNT_MINUS}(?:${AMOUNT_NUMBER}|\b(?:${HUNDREDS_NUMBER_WORD})(?=\s+(?:${SCALE})\b))(?:(?:\s*|-)(?:${SCALE})(?:\b|${GLUED_CURRENCY_AFTER})\.?)?(?:\s*|-)(?:${CURRENCY_WORD})(?!\w)`,
  'gi',
);
/** "half a trillion US dollars", "a quarter of a billion euros". */
export const AMOUNT_FRACTION_RE = new RegExp(FRACTION_SCALE_AMOUNT, 'gi');
/** "33.00 USD billion": the code between the number and its scale. */
export const AMOUNT_CODE_SCALE_RE = new RegExp(
  String.raw`(?<![\w.,$/-])(?:${NUMBER})\s*(?:${CURRENCY_WORD})\s+(?:${SCALE})\b`,
  'gi',
);
/** A scaled number without a currency ("and 1.7599 billion was earned"), followed by a word that
 *  is no counted noun ("tons", "units", "people" make it a count). */
export const AMOUNT_BARE_RE = new RegExp(
  String.raw`(?<![\w.,$€¥₽₩/-])(?:${NUMBER})\s*(?:${SCALE})\b(?=\s*[,.;:)]|\s*$|\s+(?:was|were|is|are|has|had|have|in|by|from|to|for|during|and|or|last|this|next|compared|against|versus|than|previously|earlier|respectively|while|which)\b)`,
  'gi',
);
/** The noun phrase of a bare scaled number names what it counts: "and a total population of 291
 *  million", "with 45 million inhabitants" before it, or trips made ("daily rides climbed to 3.1
 *  million"). Such a number borrows no currency. */
export const COUNTED_NOUN_RE =
  /\b(?:population|people|persons|inhabitants|residents|citizens|passengers|visitors|tourists|arrivals|travell?ers|workers|employees|jobs|households|users|customers|subscribers|members|students|children|consumers|vehicles|cars|units|barrels|tonnes|tons|doses|homes|dwellings|hectares|votes|voters|trips|journeys|rides|boardings|flights|containers)\b/i;
/** The start of a bare number's own phrase: the last "and", "or", comma, semicolon or "with". */
export const OWN_PHRASE_START_RE =
  /(?:\band\b|\bor\b|\bwith\b|[,;:(])(?![^]*(?:\band\b|\bor\b|\bwith\b|[,;:(]))/i;
/** Just before an amount, the words that make it a fall in money: "a decrease of", "fell by",
 *  "a downward revision in change of". The stated words run from them, so the minus is read back. */
export const AMOUNT_DOWN_BEFORE_RE = new RegExp(
  String.raw`(?:${AMOUNT_DECREASE.source})(?:\s+revision)?(?:\s+in\s+[\w-]+)?\s+(?:of|by)\s+${FILLER}$`,
  'i',
);
/** Right before an amount, the word that writes its minus after a verb of being: "the balance is
 *  negative by ISK 4.1bn", "stood at minus EUR 2 billion" (a level below zero, as a dash writes it). */
export const AMOUNT_MINUS_WORD_BEFORE_RE =
  /(?<=\b(?:is|was|were|are|be|been|remains?|remained|stands?|stood|turned|turns|at)\s+)(?:minus|negative)\s+(?:by\s+)?$/i;
/** A fraction of an earlier value, with the period a "level recorded" names after it: "half of
 *  the level recorded in 2030" (not "half of the level recorded by banks"). */
const FRACTION_OF_NAMED_EARLIER = String.raw`${FRACTION_OF_EARLIER}(?:(?<=(?:recorded|seen|reached|registered|posted))(?=${EARLIER_PERIOD_AFTER})|(?<!(?:recorded|seen|reached|registered|posted)))`;
export const MULTIPLIER_RE = new RegExp(
  String.raw`\b(?:(?:had|has|have|was|were|is|are|will|would|could|to|been|be)\s+)?(?:(?:${APPROX})\s+)?(?:doubled|tripled|trebled|quadrupled|halved)\b` +
    // "aims to halve the number of zero-dose children", "will halve its coal-fired capacity": the
    // infinitive and the modal halve as they double (−50), a plan's or a target's change; the
    // purpose a requirement is for ("growth of 6 per cent is needed to halve poverty") is none.
    String.raw`|\b(?<!\b(?:needed|necessary|enough|sufficient)\s+)(?:to|will|would|could|can|may|might|should)\s+(?:(?:${APPROX})\s+)?(?:double|triple|treble|quadruple|halve)\b(?!\s+as\s+(?:a|an|the)\b)` +
    // A participle after a change, from the old level: ", more than halving from 6.1% in 2035".
    String.raw`|(?<=,\s+)(?:(?:${APPROX})\s+)?(?:doubling|tripling|trebling|quadrupling|halving)(?=\s+from\b)` +
    // The second verb of the same modal: "will triple renewable capacity by 2030 and double …".
    String.raw`|(?<=\b(?:to|will|would|could|shall|should)\s[^.;:]{1,80}\band\s+(?:then\s+)?)(?:double|triple|treble|quadruple|halve)\b(?=\s+(?:the|its|their|our|[a-z]+\s))` +
    // A bound a rise reached between its verb and the multiple: "grew more than fourfold" (+300).
    String.raw`|\b(?:(?:${UP_VERB})\s+(?:(?:more\s+than|nearly|almost|about|around|roughly|some|over|approximately)\s+)?)?(?:an?\s+)?(?:${FOLD})(?:\s+(?:${CHANGE_NOUN}))?\b` +
    // "was lower by a quarter": a comparative after a verb of being, as a verb of change.
    String.raw`|\b(?:${VERB}|up|down|(?<=\b(?:is|are|was|were|be|been)\s+)(?:lower|higher))\s+by\s+(?:(?:${APPROX})\s+)?(?:${FRACTION})\b${NOT_OF_A_PERCENT}` +
    // The same with no "by": "Output fell one fourth in 2020", "exports rose a third last year",
    // when what follows closes the change (a stop, a time, a clause); not an ordinal ("rose a
    // third time", "a third year running"), a fraction of a whole, nor "a quarter earlier".
    String.raw`|\b(?:${VERB})\s+(?:(?:${APPROX})\s+)?(?:${FRACTION})\b${NOT_OF_A_PERCENT}(?=\s*(?:[,.;:)]|$)|\s+(?:in|between|from|since|during|over|last|this|year[- ]on[- ]year|compared|against|and|while|as|when|after|before|to)\b)(?<!\bquarters?(?=\s+(?:on|after|before|to|over)\b))` +
    // The same past the verb's object: "reducing fees and forms by half", "cut the toll on the
    // young in half" (−50; a third party is no fraction).
    String.raw`|\b(?:${VERB})\s+(?:[a-z][\w'’-]*\s+){1,6}?by\s+(?:(?:${APPROX})\s+)?(?:${FRACTION})\b${NOT_OF_A_PERCENT}(?![- ]part(?:y|ies)\b)` +
    // The same for a verb that raises ("raise the number of industrial projects by half", "lift
    // exports by a third") or past a longer object ("reduce the share of herder households without
    // access to veterinary services by half"), read so far only when no clause opens between the
    // verb and "by" ("rose in the regions that were hit by half of the storms" is none) and the
    // fraction is no fraction of a whole or of a point after it ("by half of", "by half a point").
    String.raw`|\b(?:${VERB}|${RAISE})\s+(?:(?!(?:that|which|who|whose|where|when|while|after|before|because|as|but|is|are|was|were|be|been|has|have|had|hit)\b)[a-z][\w'’-]*\s+){1,12}?by\s+(?:(?:${APPROX})\s+)?(?:${FRACTION})\b${NOT_OF_A_PERCENT}(?![- ]part(?:y|ies)\b)(?!\s+(?:of|an?|one)\b)` +
    String.raw`|\b(?:cut|cuts|cutting|reduc(?:e|es|ed|ing)|slash(?:es|ed|ing)?)\s+(?:[^.;:()\d%]{1,60}?\s+)?in\s+half\b` +
    // A participle after a change, hedged, however it goes on: ", more than doubling as a share".
    String.raw`|(?<=,\s+)(?:more\s+than|nearly|almost|roughly|about|around|over|close\s+to)\s+(?:doubling|tripling|trebling|quadrupling|halving)\b(?!\s+(?:down|up|back)\b)` +
    // A fraction of its value a currency or an asset lost: "the lira lost about a third of its value".
    String.raw`|\b(?:lost|loses|lose|losing|shed|sheds)\s+(?:(?:${APPROX})\s+)?(?:${FRACTION})\s+(?:of\s+)?(?:its|their)\s+value\b` +
    // A fraction before a comparative: "one fifth more cars", "about one fourth less than in 2019"
    // (not "a third higher than that of Chile", nor "than the EU average": another group's level).
    String.raw`|\b(?:by\s+)?(?:${FRACTION})\s+(?:more|less|higher|lower|greater|smaller|fewer)\b(?!\s+than\s+(?:(?:that|those)\s+of\s+(?!(?:the\s+)?(?:previous|preceding|prior|last|same|year|month|quarter)\b|(?:19|20)\d\d\b|(?:a|one)\s+(?:year|decade)\b)|the${WIDER_AVERAGE}))` +
    // A fraction after a noun of change: "growth of one quarter compared with 2030".
    String.raw`|${FRACTION_CHANGE_NOUN}` +
    // The noun: "a doubling of the credit lines", "a rapid doubling of adaptation finance".
    String.raw`|\b(?:an?|the)\s+(?:(?!of\b)[a-z]+\s+)?(?:doubling|tripling|trebling|quadrupling|halving)(?=\s+of\b)` +
    // The verb with its object: "doubling the 2009 level", "Ex-Im Bank Triples Financing", "a goal
    // of doubling farm exports … and then doubling them again" (not the noun: "the doubling time").
    String.raw`|\b(?:doubling|tripling|trebling|quadrupling|halving)(?=\s+(?:the|its|their|our)\b)` +
    String.raw`|(?<=\b(?:of|to|by|and|then|on|at|through|towards?|for|is|are|was|were|be|been|about)\s+)(?:doubling|tripling|trebling|quadrupling|halving)(?=\s+(?!(?:of|time|times|down|up|rate|rates|period|effect|point|points|in|from|since|and|or|as|with)\b)[a-z])` +
    String.raw`|\b(?:doubles|triples|trebles|quadruples)(?=\s+[A-Za-z])` +
    // The comparative with what it is compared to: "more than double the US$49 million approved a
    // year before", "nearly triple its 2019 level" (not "double-digit", "a double dip"; nor "more
    // than double the OECD average", which compares one group's level with a wider group's).
    String.raw`|\b(?:(?:${APPROX})\s+)(?:double|triple|treble|quadruple)(?=\s+(?:the(?!${WIDER_AVERAGE})|its|their|our|that|those)\b)` +
    // The gerund that opens a headline or sentence: "Doubling GDP, deepening integration pledged".
    String.raw`|^(?:doubling|tripling|trebling|quadrupling|halving)(?=\s+(?!(?:of|time|times|down|up|rate|rates|period|effect|point|points|in|from|since|and|or|as|with|is|was|has|will)\b)[A-Za-z])` +
    // A multiple of what the same measure was at a time named earlier, "nearly twice what it cost
    // in 2019", or of the level just stated, "half again as much" (+50).
    String.raw`|\b(?:(?:${APPROX})\s+)?(?:twice|double|triple|treble|quadruple)\s+what(?=${AFTER_EARLIER_WHAT})` +
    String.raw`|\b(?:(?:${APPROX}|(?:almost\s+)?exactly)\s+)?${HALF_AGAIN}` +
    // A fraction of the same measure's earlier value: "about half of what it was a year ago".
    String.raw`|(?:\b(?:${APPROX})\s+)?${FRACTION_OF_NAMED_EARLIER}` +
    // A multiple: "more than three times the $3.28 billion authorized".
    String.raw`|\b(?:(?:${APPROX})\s+)?${TIMES}` +
    // A multiple with decimals before what it multiplies: "around 1.8 times the level of 2029"
    // (whole numbers are TIMES's, which a count of events may not pass).
    // "two and a half times the level of 2019": a multiple in words with its part, as a decimal.
    String.raw`|\b(?:(?:${APPROX})\s+)?(?:(?<![\d.,])\d+\.\d+|\b${PART_NUMBER_WORD})\s+times\s+(?:the(?!${WIDER_AVERAGE})|its|their|(?:that|those)(?=\s+of\b))\b` +
    // A multiple in digits after "or" or "by": "up by EUR 14 mln or 2.2 times".
    String.raw`|(?<=\b(?:or|by)\s+)${DIGIT_TIMES_RE.source}` +
    // A decimal multiple that ends an item after a dash, in a list of growth: "Growth came from
    // tools by 8.2 percent, toys - 1.6 times" (a whole number there may count events).
    String.raw`|(?<=\b(?:growth|grew|increased|rose)\b(?:[^.;()]|\.(?=\d)){0,300}\s[-–—]\s+)(?<![\d.,])\d+\.\d+\s+times(?=\s*[,.;]|\s*$)` +
    // Right after a verb of growth, a multiple of the whole: "Trade Increased 25 Times", "exports
    // grew 12 times since 1995"; a count of events in a period ("increased 3 times this year",
    // "rose 4 times in 2031") is no multiple.
    // "over 3 decades" after it is the span the whole grew over, not a count's period.
    // A decimal multiple there is never a count, whatever follows it, "by" or not: "rose 2.5 times
    // in March", "increased by 2.5 times in 2031" (not "2.5 times faster", which compares paces).
    // v213: the perfect's participle and an approximation too, "has risen about 3.1 times".
    String.raw`|(?<=\b(?:increased|grew|grown|rose|risen|expanded|jumped|surged|soared|multiplied)\s+(?:(?:about|around|roughly|nearly|almost|some)\s+)?(?:by\s+)?)(?:(?<![\d.,])\d+\.\d+|\b${PART_NUMBER_WORD})\s+times\b(?!\s+(?:as|more|less|higher|lower|larger|greater|bigger|smaller|faster|slower)\b)` +
    String.raw`|(?<=\b(?:increased|grew|rose|expanded|jumped|surged|soared|multiplied)\s+)(?:${DIGIT_TIMES_RE.source}|(?<![\d.,])\d+(?:\.\d+)?\s+times(?=\s+over\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several)\s+(?:decades|years)\b))(?!\s+(?:this|last|during|so|that|already|each|every|within|throughout|between|before|after|under|a\s+year)\b)`,
  'gi',
);
/** Right at a fraction, the earlier value of the same measure it is of ("half of what it was"):
 *  a change, which the multipliers read, no share. */
export const FRACTION_OF_EARLIER_AT_RE = new RegExp(FRACTION_OF_NAMED_EARLIER, 'iy');
/** "a third of world output", "Half of the adults", "half the world's jobless": a share in words. */
export const FRACTION_OF_RE = new RegExp(
  String.raw`\b(?:${FRACTION})${NOT_OF_A_PERCENT}(?=\s+of\b)|\b${HALF_THE}`,
  'gi',
);
/** A fraction that ends its clause after "to", "reached", "at" or a verb of a part ("made up",
 *  "accounted for"), its whole left out because the sentence named it before: "… accounts for half
 *  of global flows, while others rose to over one fifth.", "of which grants made up about a third";
 *  so too after a verb of paying a part ("of which the EU contributes about two thirds", "of which
 *  donors fund roughly half", "of which the municipalities cover a quarter").
 *  Group 1 is the fraction. */
export const ELIDED_WHOLE_FRACTION_RE = new RegExp(
  String.raw`(?:\b(?:to|reach(?:ed|es|ing)?|at|(?:made|makes?|making)\s+up|account(?:s|ed|ing)?\s+for|represent(?:s|ed|ing)?|comprised|constitut(?:e|es|ed|ing)|receiv(?:e|es|ed|ing)|absorb(?:s|ed|ing)?|attract(?:s|ed|ing)?|contribut(?:e|es|ed|ing)|provid(?:e|es|ed|ing)|cover(?:s|ed|ing)?|fund(?:s|ed|ing)?|financ(?:e|es|ed|ing)|bears?|bore|suppl(?:y|ies|ied|ying)))\s+(?:(?:${APPROX})\s+)?(${FRACTION})${NOT_OF_A_PERCENT}(?=\s*(?:[.;)]|,\s|$))`,
  'gi',
);
/** A fraction that is the subject of its clause, its whole left out because the sentence or the
 *  one before named it: "Thirty percent of firms plan to invest. A third intend to hire", "EUR 59.8
 *  billion …; about two-thirds had been paid out", "Of the R3.1 billion collected, a quarter is
 *  paid to provinces". The clause opens the sentence, follows a semicolon, a colon, "and", "but",
 *  "while" or a fronted "Of …,", and a finite verb comes right after the fraction (an adverb
 *  between), so "A third round of talks", "A quarter later" and "the first half saw" are none.
 *  Group 1 is the fraction. */
export const SUBJECT_FRACTION_RE = new RegExp(
  String.raw`(?:^\s*(?:of\s+[^,;:]{1,80},\s+)?|[;:]\s+|,?\s+(?:and|but|while|whereas)\s+)(?:(?:${APPROX})\s+)?(${FRACTION})${NOT_OF_A_PERCENT}(?=\s+(?:(?:also|still|only|already|now|then|each|reportedly)\s+)?(?:is|was|are|were|has|had|have|will|would|could|may|might|should|must|can|went|goes|go|came|comes|come|took|takes|saw|sees|see|got|gets|gave|plans?|intends?|expects?|says?|said|reports?|wants?|anticipates?|hopes?|thinks?|believes?|cites?|faces?|remains?|rose|fell|grew|paid|spent|lent|held|kept|[a-z]{3,}ed)\b)`,
  'gi',
);
/** A fraction opening a "with" clause of what its part goes to, its whole the sum or share the
 *  sentence named before: "capital spending of US$5.8 billion in 2033, with about two-thirds
 *  directed to upstream", "loans of €2 billion, with half going to small firms". Group 1 is the
 *  fraction. */
export const WITH_PART_FRACTION_RE = new RegExp(
  String.raw`\bwith\s+(?:(?:${APPROX})\s+)?(${FRACTION})${NOT_OF_A_PERCENT}(?=\s+(?:(?:to\s+be|being)\s+)?(?:going|directed|allocated|earmarked|destined|channell?ed|spent|invested|devoted|set\s+aside|reserved|coming|lent|disbursed|targeted|targeting)\b)`,
  'gi',
);
/** A German fraction of a whole, with its hedge: "Rund ein Drittel der Unternehmen", "fast die
 *  Hälfte der Ausgaben", or its whole left out at the end of a clause ("davon rund 40 %, auf die
 *  Länder gut ein Drittel."); not a span of time ("ein Drittel des Jahres"). Group 1 is the hedge
 *  and the fraction. */
export const GERMAN_FRACTION_SHARE_RE = new RegExp(
  String.raw`(?<![\wäöüß])((?:(?:rund|etwa|gut|knapp|fast|nahezu|annähernd|ungefähr|mehr\s+als|über|weniger\s+als)\s+)?${GERMAN_FRACTION})(?:(?=\s+(?:der|des|aller)\s+(?!(?:Jahres|Monats|Quartals|Jahrzehnts|Jahrhunderts|Zeit)(?![\wäöüß])))|(?=\s*(?:[.;)]|,\s|$)))`,
  'gi',
);
/** Before a fraction that leaves out its whole, a sum of money or a percent that names it: "EUR 11
 *  billion in 2026, with own funds making up", "rose 5%, with manufactures accounting for". */
export const WHOLE_SUM_BEFORE_RE =
  /\d\s?(?:%|per\s?cent\b|percent\b|(?:million|billion|trillion|bn|mn|crore|lakh)\b)|(?:[$€£¥₹₦]|\b(?:[A-Z]{2})?[$€£¥₹₦]|\b[A-Z]{3}\s?)\d/;
/** The whole of "half the world's jobless": the possessive and the noun after it, or the people
 *  counted and where they live ("the adults on the island", "the population of the region"), or
 *  the whole fee ("the ordinary passport fee", v239). */
export const POSSESSIVE_WHOLE_RE = new RegExp(
  String.raw`^\s+the\s+(?:[\w-]+['’]s(?:\s+[a-z][\w-]*)?|${PEOPLE_WHOLE}(?:\s+(?:on|in|of)\s+the\s+[a-z][\w-]*)?|${WHOLE_FEE})\b`,
  'i',
);
/** "in the period January-March the percentage change was +3.4": a percent change without a sign
 *  of percent after its number. */
export const NAMED_PERCENT_CHANGE_RE = new RegExp(NAMED_PERCENT_CHANGE, 'gi');
/** "the first half of 2031", "a quarter of a century", "from the quarter of the previous year",
 *  "a third consecutive quarter of negative growth":
 *  time, not a share; "the upper half of the
 *  band": a position in a band, not a share of a whole. */
export const FRACTION_TIME_BEFORE_RE =
  /\b(?:first|second|third|fourth|last|next|final|latter|former|past|same|corresponding|preceding|previous|following|current|each|every|upper|lower|top|bottom|middle|early|earlier|late|later|northern|southern|eastern|western|\d(?:st|nd|rd|th))\s+(?:(?:consecutive|successive|straight|full|calendar)\s+)?$/i;
export const FRACTION_TIME_AFTER_RE =
  /^\s+(?:of\s+)?(?:the\s+)?(?:(?:19|20)\d\d|a century|the (?:year|decade|century|month)|(?:the\s+)?(?:this|last|next|previous|preceding|current|following|same|financial|fiscal|calendar)\s+year)\b(?!['’])/i;
export const FOLD_RE = new RegExp(FOLD, 'i');
export const FOLD_CHANGE_RE = new RegExp(String.raw`\b(?:${UP_VERB}|${CHANGE_NOUN})\b`, 'i');
export const YEAR_RE = /\b(?:in|during|for|of)\s+((?:19|20)\d\d)\b/i;
export const PREVIOUS_RE = /\b(?:previous year|year before|a year earlier|prior year|last year)\b/i;

export const TOPICS: [string, RegExp][] = [
  ['trade', /\b(?:exports?|imports?|trade|exported|imported|shipments?)\b/i],
  ['investment', /\b(?:invest\w*|capital|FDI|stakes?|shareholdings?|shareholders?)\b/i],
  ['energy', /\b(?:oil|gas|LNG|energy|pipelines?|electricity|power|fuel)\b/i],
  ['aid', /\b(?:aid|assistance|grants?|loans?|lent|lending|donations?)\b/i],
  ['budget', /\b(?:budget|spending|spent|revenues?|tax\w*|debt|deficit|fiscal)\b/i],
  ['employment', /\b(?:jobs?|employ\w*|unemploy\w*|workers?|wages?|staff)\b/i],
  ['economy', /\b(?:GDP|economy|economic|output|growth|inflation|prices?)\b/i],
  ['transport', /\b(?:cargo|freight|passengers?|port|harbou?r|rail\w*|traffic|containers?)\b/i],
];
