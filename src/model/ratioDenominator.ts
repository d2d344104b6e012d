// Whether a level in percent above 100 is a ratio to something its quote names ("255 percent of
// GDP", "130% of their 2019 level", "a loan-to-deposit ratio of 104%"), read from the stated words,
// the quote's words right after them and the sentence they stand in. Pure; no I/O, no Svelte.
// It cannot tell a part of a whole from a ratio by grammar: it only finds a named denominator.

/** How far after the stated words a denominator may stand, in code points. */
export const RATIO_REACH = 60;

/** The first percent's own word or sign. */
const PERCENT_RE_ALL = /%|\bper\s?cent\b|\bpercent\b|\bpct\b/giu;
/** Right after it, "of …"/"to GDP" naming what it is a ratio to (not a later number's "of"). */
const DENOMINATOR_RE =
  /^\s+(?:(?:of|to)\s+(?:the\s+)?(?:GDP|gross\s+domestic\s+product)\b|of\s+(?!which\b|whom\b|those\b|them\b|these\b)[\p{L}])/iu;
/** "a ratio", "the debt-to-GDP ratio", or a compound that names one ("loan-to-deposit"). */
const RATIO_WORD_RE = /\bratios?\b|\b[\p{L}]+-to-[\p{L}]+\b/iu;
/** A sentence's end: a stop, "!", "?" or ";" before a space or the end (not a decimal point,
 *  nor the stop that closes "p.a."). */
const SENTENCE_END_RE = /(?<!\bp\.\s?a|\bp)[.!?;](?=\s|$)/u;
/** The same ends before a space, for the last one before the stated words. */
const SENTENCE_STOP_RE = /(?<!\bp\.\s?a|\bp)[.!?;](?=\s)/gu;

/**
 * What a share above 100 is a ratio to, in the quote's own words, or undefined when the quote
 * names none. `before` and `after` are the quote's text on either side of the stated words.
 * @example ratioDenominator({ stated: '255 percent', after: ' of GDP at the end of 2031.' }) // 'of GDP'
 * @example ratioDenominator({ stated: '104%', before: 'a loan-to-deposit ratio of ' }) // 'ratio'
 * @example ratioDenominator({ stated: '45%', after: ' of Sakhalin 2' }) // 'of Sakhalin 2' (the words alone cannot tell a part from a ratio)
 * @example ratioDenominator({ stated: '130%', after: ' higher. Exports of GDP' }) // undefined
 * @example ratioDenominator({ stated: '140%', after: ' and 30% of the project' }) // undefined (that "of" is the next number's)
 */
export function ratioDenominator(words: {
  stated: string;
  before?: string;
  after?: string;
}): string | undefined {
  const after = sameSentenceAfter(words.after ?? '');
  const text = `${words.stated}${after}`;
  // The stated words' last percent ("120% to 130% of GDP": the range's high end), else the first
  // after them ("255" then " percent of GDP").
  const percents = [...text.matchAll(PERCENT_RE_ALL)];
  const percent =
    percents.filter((m) => m.index < words.stated.length).pop() ?? percents[0] ?? undefined;
  const rest = percent ? text.slice(percent.index + percent[0].length) : '';
  if (DENOMINATOR_RE.test(rest)) {
    return rest
      .trim()
      .split(
        /[,;:()]|\s+(?:in|at|by|from|and|as|on|since|for|while|which|after|before|last|this|over|during|compared)\s/i,
      )[0]!
      .trim();
  }
  const sentence = `${sameSentenceBefore(words.before ?? '')}${text}`;
  return RATIO_WORD_RE.exec(sentence) ? 'ratio' : undefined;
}

/**
 * The words after the stated ones up to the sentence's end, at most `reach` code points.
 * @example sameSentenceAfter(' of GDP. Exports rose', 60) // ' of GDP'
 */
export function sameSentenceAfter(after: string, reach = RATIO_REACH): string {
  const near = [...after].slice(0, reach).join('');
  const end = SENTENCE_END_RE.exec(near);
  return end ? near.slice(0, end.index) : near;
}

/**
 * The words before the stated ones back to the sentence's start.
 * @example sameSentenceBefore('Trade fell. The policy rate rose to ') // ' The policy rate rose to '
 */
export function sameSentenceBefore(before: string): string {
  let start = 0;
  for (const m of before.matchAll(SENTENCE_STOP_RE)) start = m.index + 1;
  return before.slice(start);
}
