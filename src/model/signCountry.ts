import type { Unit } from './figure.ts';

/**
 * The signs a document's country writes that another currency shares, read by the sums and the
 * country the document itself shows (v224): the peso countries' "$", the centavos of the peso a
 * document writes its sums in, and the rand's bare "R" in a document that writes rand sums.
 */

/** The pesos whose countries write their sign "$" ("$7,600" in a Chilean notice). */
export const PESO_DOLLARS: readonly Unit[] = ['MXN', 'CLP', 'COP', 'ARS'];

/** The countries that write their peso "$", by name ("New Mexico" and "the Gulf of Mexico" are
 *  no country). */
const PESO_SIGN_COUNTRIES: readonly (readonly [RegExp, Unit])[] = [
  [/(?<!\bNew\s|\bGulf\sof\s)\bM[eé]xic(?:o|an)\b|\bBanxico\b/, 'MXN'],
  [/\bChile(?:an)?\b/, 'CLP'],
  [/\bColombia(?:n)?\b|\bBanco de la República\b/, 'COP'],
  [/\bArgentin(?:a|e|ian)\b/, 'ARS'],
];

/**
 * The peso a bare "$" is in when the words (a record, or a document's opening) name a country that
 * writes its peso "$" before anything else that says whose dollar it is (`before`: the United
 * States, an international organisation, a country with a dollar of its own).
 * @example pesoOfDollarSign('Superintendency of Road Concessions — Republic of Chile', []) // 'CLP'
 * @example pesoOfDollarSign('U.S. imports from Mexico rose $2 billion', [/\bU\.S\./]) // undefined
 */
export function pesoOfDollarSign(words: string, before: readonly RegExp[]): Unit | undefined {
  const [first] = PESO_SIGN_COUNTRIES.map(([re, unit]) => [words.search(re), unit] as const)
    .filter(([at]) => at >= 0)
    .sort((x, y) => x[0] - y[0]);
  if (!first) return undefined;
  const other = before.map((re) => words.search(re)).filter((at) => at >= 0);
  return other.some((at) => at < first[0]) ? undefined : first[1];
}

/** A peso's or the real's own sign before a number: whose centavos the document counts. */
const PESO_SIGNS: readonly (readonly [RegExp, Unit])[] = [
  [/₱\s?\d/, 'PHP'],
  [/\bR\$\s?\d/, 'BRL'],
  [/\b(?:Mex|MX)\$\s?\d/, 'MXN'],
  [/\bCh\$\s?\d/, 'CLP'],
  [/\bCOL\$\s?\d/, 'COP'],
  [/\bAR\$\s?\d/, 'ARS'],
];

/**
 * The pesos (and the real) a document writes its sums in by their own signs, first written first:
 * a bare "29 centavos" beside "₱3.41" is the Philippine peso's.
 * @example pesosOfSums('rises from ₱3.12 to ₱3.41, an increase of 29 centavos') // ['PHP']
 */
export function pesosOfSums(document: string): Unit[] {
  return PESO_SIGNS.map(([re, unit]) => [document.search(re), unit] as const)
    .filter(([at]) => at >= 0)
    .sort((x, y) => x[0] - y[0])
    .map(([, unit]) => unit);
}

/** A rand sum written with its sign and a scale or grouped thousands: "R21.6 billion", "R4.7bn",
 *  "R318-billion", "R4 850" (not "R40 road", "R&D", "R2"). */
const RAND_SUM_RE =
  /(?<![\w$])R\d[\d.,]*(?:[\s\u00a0-]?(?:thousand|million|billion|trillion|bn|mn|m)\b(?!-))|(?<![\w$])R\d{1,3}(?:[\s\u00a0\u202f]\d{3})+(?![\d,]|[.,]\d{4})/;

/**
 * Whether a document writes rand sums with the bare sign, scaled or grouped: then its bare "R"
 * before an unscaled number ("rose from R29.46 to R42.96", "plus R16.86") is the rand too, as in a
 * document that names South Africa.
 * @example writesRandSums('a subsidy of R21.6 billion; fares rose from R29.46 to R42.96') // true
 * @example writesRandSums('the R40 road and R&D spending') // false
 */
export function writesRandSums(document: string): boolean {
  return RAND_SUM_RE.test(document);
}

/** After a bare "R" and its number, a noun that makes them a name: "the R40 road", "the R5 model". */
const NAME_NOUN_AFTER_RE =
  /^[\s\u00a0-]*(?:roads?|routes?|highways?|freeways?|motorways?|models?|series|class(?:es)?|codes?|variants?|versions?|engines?|ratings?|grades?|types?|categor(?:y|ies)|forms?|schedules?)\b/i;
/** Before a bare "R" and its number, a noun that makes them a code: "code R2", "category R12". */
const CODE_NOUN_BEFORE_RE =
  /\b(?:codes?|categor(?:y|ies)|class(?:es)?|grades?|types?|forms?|schedules?|items?|models?|routes?|roads?|rules?)\s+$/i;

/**
 * Whether a bare "R" and its unscaled number are a name or a code, not a rand sum: a noun of road,
 * model or class after it, or a noun of code before it.
 * @example bareRandIsName('upgrade of the ', ' road is complete') // true
 * @example bareRandIsName('fares rose to ', ' a trip') // false
 */
export function bareRandIsName(before: string, after: string): boolean {
  return NAME_NOUN_AFTER_RE.test(after) || CODE_NOUN_BEFORE_RE.test(before);
}
