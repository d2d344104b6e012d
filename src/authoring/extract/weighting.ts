// One reader of the weights award criteria carry: how a buyer scores tenders or proposals ("with
// quality weighted 70% and price 30%", "Award criteria: price 60%, quality 40% (of which
// sustainability 15%)", "evaluated against price (40%), relevant experience (25%) …", "assigned
// technical approach a weight of 50 percent, past performance 30 percent"). Each percent is a rule
// of deciding, no economic measure (README, The calls: award criteria weightings), so no figure.
// The reader is grammar: a word of weighting or of criteria, then a list whose members are a
// criterion's bare name and its percent, joined by commas, "and", brackets or "at". So are the
// weights a rating agency's scorecard gives its factors ("The CVS weighs domestic economic risk
// at 30%, public finance risk at 25%"; v187). Pure; it reads only the sentence around the number
// and the sentence before it.

/** A word that opens a list of weighted criteria: a weight or weighting ("weighted", "a weighting
 *  of"), the criteria themselves, or a verb of scoring against or on them ("evaluated against",
 *  "assessed on", "scored with"). */
const OPENER_RE =
  /\b(?:weigh(?:t(?:ed|ings?|s)?|s|ed)?|criteri(?:a|on)|(?:evaluated|assessed|scored|marked|judged|ranked)\s+(?:against|on|with|under|by))\b/gi;

/** A word of buying by tender and scoring: the award, the tenders, bids or proposals, their
 *  evaluation, assessment or score, the quality set against price. */
const SCORING_RE =
  /\b(?:ratings?|award(?:s|ed)?|tender(?:s|ed|ing)?|bid(?:s|ders?)?|proposals?|submissions?|offers?|evaluat\w*|assess\w*|scor\w*|procure\w*|solicitation|quality)\b/i;

/** A percent as stated: "70%", "30 per cent", "12.5 percent". */
const PERCENT_RE = /\d+(?:\.\d+)?\s?(?:%|per\s?cent\b|percent\b)/gi;

/** Words that join the list's members or introduce a weight: no criterion of their own. */
const JOINERS = new Set([
  'and',
  'or',
  'with',
  'at',
  'the',
  'a',
  'an',
  'of',
  'which',
  'its',
  'their',
  'for',
  'each',
  'weight',
  'weights',
  'weighted',
  'weighting',
  'weightings',
  'respectively',
]);

/** A word that makes the run a clause rather than a criterion's name: a finite or modal verb, a
 *  verb of movement or a preposition of comparison ("came in", "rose", "was", "fell to"). */
const CLAUSE_WORD_RE =
  /^(?:is|are|was|were|be|been|being|has|have|had|will|would|shall|should|may|might|can|could|did|does|do|rose|fell|grew|came|stood|went|made|took|won|saw|met|reached|to|by|from|than|in|into|below|above|over|under|up|down|more|less|higher|lower|between|about|around|some|nearly|almost)$/i;

/** Right after the percent: the end of the member (a separator, "and", a bracket, the clause's
 *  end), the weight's own noun, or the score it is a part of ("5 per cent of the total score"). A whole ("60% of the value"), a comparison ("8% below") or a
 *  verb says the percent measures something. */
const MEMBER_END_RE =
  /^\s*(?:$|[,;:.)(]|(?:and|or)\b|weight(?:ing)?s?\b|each\b|respectively\b|(?:in|of)\s+the\s+(?:\w+\s+)?(?:evaluation|assessment|scores?|marks|points)\b)/i;

/**
 * True when a percent is the weight of an award criterion: after a word of weighting or criteria,
 * each member between it and the number is a criterion's bare name and its percent.
 * @example awardWeighting('Award criteria: price 60%, quality ', '40% (of which sustainability 15%)') // true
 * @example awardWeighting('Under the published award criteria, the winning bid came in ', '8% below the estimate.') // false
 * A rating methodology's scorecard weighs its factors by the same grammar ("The scorecard weights
 * institutional factors at 20% and fiscal factors at 30%"); `context`, the sentence before, may
 * carry the word of scoring or rating ("Aurelia's CVS … signals an indicative rating of 'a+'. The
 * CVS weighs domestic economic risk at 30%, …"; v187).
 * @example awardWeighting('The scorecard weights institutional factors at ', '20% and fiscal factors at 30%.') // true
 */
export function awardWeighting(before: string, from: string, context = ''): boolean {
  const own = /^\d+(?:\.\d+)?\s?(?:%|per\s?cent\b|percent\b)/i.exec(from);
  if (!own) return false;
  if (!MEMBER_END_RE.test(from.slice(own[0].length))) return false;
  const opener = [...before.matchAll(OPENER_RE)].at(-1);
  if (!opener) return false;
  const list = before.slice(opener.index + opener[0].length);
  // A weight names the first member's percent right after it ("weighted 70%", "weighted at 60 per
  // cent", "a weighting of 70 per cent", "Weighting: 65%"); "a weighted average margin of 27.4%"
  // and "the weight of food … fell to 18.5%" name a statistic, no criterion.
  // The verb names its first criterion before the percent ("The scorecard weights institutional
  // factors at 20%", "weighs domestic economic risk at 30%"; v187).
  if (
    /^weight/i.test(opener[0]) &&
    !/^\s*(?:(?:at|of)\s+)?(?:\d|$)/.test(list) &&
    !(/^weights$/i.test(opener[0]) && /^\s+[\p{L}][\p{L}\s'’-]{0,60}?\s+at\s+(?:\d|$)/u.test(list))
  )
    return false;
  // A weight or criteria with no word of scoring tenders is an index's weight or a test's bound
  // ("Steel output (weight: 17.9 per cent) fell", "Energy, with a weight of 8%, fell 2%", "the
  // convergence criteria: inflation 2.9%"): a share or a level, no rule of scoring.
  if (
    !/^(?:evaluated|assessed|scored|marked|judged|ranked)/i.test(opener[0]) &&
    !SCORING_RE.test(before + from) &&
    !SCORING_RE.test(context)
  )
    return false;
  if (list.length > 240 || /[.!?](?:\s|$)/.test(list.replace(PERCENT_RE, ''))) return false;
  const rest = list.replace(PERCENT_RE, ' , ');
  // Any other number (a sum, a count, a year) is no member of a list of weights.
  if (/\d/.test(rest)) return false;
  const runs = rest.split(/[,;:()]|\s[–—-]\s/);
  return runs.every((run) => {
    const words = run.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
    const named = words.filter((w) => !JOINERS.has(w.toLowerCase()));
    if (named.length > 4) return false;
    return named.every((w, i) => {
      if (CLAUSE_WORD_RE.test(w)) return false;
      // "proposed methodology" names a criterion; a run that ends in a participle ("… came
      // in", "prices increased") is a clause.
      return !(/ed$/i.test(w) && !w.includes('-') && i === named.length - 1);
    });
  });
}
