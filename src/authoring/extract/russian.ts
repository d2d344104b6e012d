// Percents in a sentence of Russian official prose, written with a decimal comma ("1,3%"): growth
// ("рост ВВП … в 1,3%", "замедлился до 1,3%") is a change, a range "1,3–1,5%" one figure, and an
// index level against 100 ("индекс … составил 101,3%") no figure. Amounts with a scale and a
// currency ("40,3 трлн рублей", "412 млрд долл. США") are amounts; the price of one currency in
// another ("94,2 рубля за доллар США") is an exchange rate, no figure. Pure; it knows nothing of
// English sentences (matching.ts). What a sentence supposes ("составил бы", an adverse scenario)
// is no figure.

import { RUSSIAN_AMOUNT, RUSSIAN_DECREASE } from '../../model/numberVocabulary.ts';
import type { Match } from './matching.ts';

/** Cyrillic letters: a sentence this module reads. */
export const CYRILLIC_RE = /[\u0400-\u04ff]/;

/** A number with a decimal comma or point: "1,3", "0,7", "101,3", "2.5". */
const NUM = String.raw`\d+(?:[.,]\d+)?`;
/** A percent written as a sign (the words "процента", "п.п." are not read). */
const PERCENT = String.raw`\s?%`;
/** Two ends joined by a dash: "1,3–1,5%", "2-3%" ("от 1,3 до 1,5%" is not read). */
const RANGE_RE = new RegExp(
  String.raw`(?<![\d,.])(${NUM})(?:${PERCENT})?\s?[–—-]\s?(${NUM})${PERCENT}`,
  'g',
);
/** One percent, with its own sign: "1,3%", "-0,4%", "(+10,2%)"; a written sign makes it a change. */
const VALUE_RE = new RegExp(
  String.raw`(?:(?<=^|[\s(])[-−+](?=\d))?(?<![\d,.])${NUM}${PERCENT}`,
  'gi',
);
/** An amount with its scale and currency, not glued to a word or number before it. */
const AMOUNT_RE = new RegExp(String.raw`(?<![\d,.а-яё])${RUSSIAN_AMOUNT}`, 'gi');
/** After an amount, the currency it is the price of: "рубля за доллар США", "за 1 евро". */
const PER_CURRENCY_AFTER_RE = /^\s+за\s+(?:1\s+)?(?:долл|доллар|евро|юан|рубл)/i;
/** One unit of a currency an exchange rate is quoted for: "за 1 евро", "за 100 рублей". */
const PER_ONE_BEFORE_RE = /(?<![а-яё])за\s+1(?:00)?\s[а-яё.]+(?:\s?США)?$/i;
/** What a sentence supposes rather than reports or forecasts: the conditional particle "бы"
 *  ("составил бы 0,6%", "если бы цены выросли"; not "чтобы", "so that"); an adverse scenario
 *  ("в стрессовом сценарии", "рисковый сценарий", as "the adverse scenario" in English); or
 *  another variant than the base one with what it assumes ("консервативный вариант исходит из …").
 *  The figures after it are its path or result, no figure. A variant's forecast stated as one ("в
 *  консервативном варианте рост ожидается на уровне 1,1%") stays a forecast, as "in the
 *  conservative scenario, growth is expected at 1.1%" does in English. */
const SUPPOSED_RE =
  /(?<![а-яё])бы(?![а-яё])|(?<![а-яё])(?:стрессов|пессимистичн|рисков|неблагоприятн)[а-яё]*\s+(?:вариант|сценари)|(?<![а-яё])(?:консервативн|оптимистичн|альтернативн)[а-яё]*\s+(?:вариант|сценари)[а-яё]*(?=[^.;]*?(?<![а-яё])(?:исход|предполага|допуска|заложен))/i;
/** After a percent, "ниже" or "выше" than the same measure at an earlier time: "на 3,1% ниже
 *  уровня 2030 года", "на 2% выше, чем годом ранее" is a change, its stated words run on to the
 *  word ("выше, чем в среднем по стране" compares two places and keeps its old reading). */
const THAN_AFTER_RE =
  /^\s+(?:ниже|выше)(?=\s+(?:уровня|показател[яей]|прошлогодн|аналогичн|соответствующ|предыдущ|прошл)|,?\s+чем\s+(?:годом|месяцем|кварталом|в\s+(?:прошлом|предыдущем|аналогичном)|за\s+(?:прошлый|предыдущий|аналогичный)))/i;
/** Words of growth or a change of pace in the figure's clause: рост, прирост, снижение, замедлился,
 *  вырос, инфляция, "по сравнению с" (against a base). */
const CHANGE_CUE_RE =
  /(?:при)?рост|сниж|сниз|сократ|сокращ|паден|увелич|уменьш|спад|замедл|ускор|вырос|снизил|сократил|упал|подорож|подешев|инфляц|дефляц|по\s+сравнению/i;
/** Words of a level in the clause: доля ("share"), ставка ("rate"), уровень, безработица. */
const LEVEL_CUE_RE = /дол[яиюей]|ставк|уровен|уровн|безработ/i;
/** Right after a number, the whole it is a part of: "от ВВП", "ВВП". */
const OF_GDP_AFTER_RE = /^\s*(?:от\s+)?ВВП/;
/** An index named before the number: a level against a base of 100, not a rate. */
const INDEX_BEFORE_RE = /индекс/i;
/** Words that make a figure a forecast: прогноз, ожидается, планируется, цель, будет, составит, and
 *  the perfective future of a change, singular or plural ("вырастет", "снизятся", "увеличатся"). */
const FORECAST_RE =
  /прогноз|ожида|планир|цел[ьие]|целев|будет|состав[ия]т|выраст[еу]т|возраст[еу]т|(?:сниз|замедл|ускор|сократ|повыс|пониз)[ия]тся|увелич[иа]тся/i;

/** Between two figures, a new period whose verb a dash stands for (the verb gapped): ", в 2027 году – ",
 *  "; в 2028–2029 годах – в среднем ", ", а в 2028 году – на ". No verb of its own. */
const GAPPED_VERB_RE =
  /^\s*[,;]\s*(?:а\s+)?(?:в|во|на)\s+(?:[^,;:.()–—]|(?<=\d)[–—-](?=\d)){1,40}?\s[–—-]\s+(?:(?:в\s+среднем|около|порядка|примерно|до|на)\s+)*$/i;

/**
 * Every percent of a Russian sentence, in reading order: a change where its clause names growth
 * (or, with nothing of its own, where the figure before was one: "а в марте — до 0,7%"), else a
 * level, a share. A fall "на" ("снизился на 2%") starts at its verb, so its words carry the sign.
 * @example russianFigures('Рост ВВП составил 1,3%.').map((m) => m.kind) // ['change']
 */
export function russianFigures(sentence: string): Match[] {
  const found: Match[] = [];
  for (const r of sentence.matchAll(RANGE_RE)) {
    const low = Number(r[1]!.replace(',', '.'));
    const high = Number(r[2]!.replace(',', '.'));
    if (!(low < high)) continue;
    found.push({
      start: r.index,
      end: r.index + r[0].length,
      kind: 'change',
      range: { low, high },
      notes: [],
    });
  }
  const taken = (s: number, e: number) => found.some((m) => s < m.end && e > m.start);
  for (const v of sentence.matchAll(VALUE_RE)) {
    if (!taken(v.index, v.index + v[0].length))
      found.push({ start: v.index, end: v.index + v[0].length, kind: 'share', notes: [] });
  }
  found.sort((a, b) => a.start - b.start);
  const out: Match[] = amounts(sentence);
  let previous: Match | undefined;
  for (const m of found) {
    const before = sentence.slice(0, m.start);
    const from = Math.max(before.search(/[^,;:—(]*$/), previous?.end ?? 0);
    const clause = sentence.slice(from, m.start);
    const stated = sentence.slice(m.start, m.end);
    const value = Number(/\d+(?:[.,]\d+)?/.exec(stated)![0].replace(',', '.'));
    // "Индекс … составил 101,3%": the year before is 100; the level is no change of anything.
    if (
      !m.range &&
      INDEX_BEFORE_RE.test(before) &&
      value >= 50 &&
      !/(?<![а-яё])на\s+$/i.test(before)
    )
      continue;
    // "на 3,1% ниже уровня": a change against the level named after; "(+10,2%)": a signed change.
    const on = m.range ? null : /(?<![а-яё])на\s+$/i.exec(before);
    const than = on ? THAN_AFTER_RE.exec(sentence.slice(m.end)) : null;
    const plus = /^\+/.test(stated) && !LEVEL_CUE_RE.test(clause) && !/сальдо|баланс/i.test(clause);
    const change =
      than !== null ||
      (!OF_GDP_AFTER_RE.test(sentence.slice(m.end)) &&
        (plus ||
          CHANGE_CUE_RE.test(clause) ||
          (!LEVEL_CUE_RE.test(clause) && previous?.kind === 'change')));
    let figure: Match = { ...m, kind: change ? 'change' : 'share' };
    if (on && than)
      figure = {
        ...figure,
        start: on.index,
        end: m.end + than[0].length,
        own: m.start,
        ownEnd: m.end,
      };
    // "снизился на 2%": the stated words start at the verb of decrease, which signs them.
    const fall =
      change && !m.range ? new RegExp(`${RUSSIAN_DECREASE.source}$`, 'i').exec(clause) : null;
    if (fall && !than) figure = { ...figure, start: from + fall.index, own: m.start };
    const segment = sentence.slice(previous?.end ?? 0, m.start);
    // "ожидается на уровне 1,3%, в 2027 году – 2,0%": a dash in place of the verb repeats the verb
    // before it, and with it that figure's forecast.
    if (
      FORECAST_RE.test(segment) ||
      (previous?.status === 'expected' && GAPPED_VERB_RE.test(segment))
    )
      figure = { ...figure, status: 'expected' };
    out.push(figure);
    previous = figure;
  }
  const supposed = SUPPOSED_RE.exec(sentence);
  return out
    .filter((m) => supposed === null || m.start < supposed.index)
    .sort((a, b) => a.start - b.start);
}

/**
 * The amounts of a Russian sentence, expected where a word of forecast comes before them in
 * their sentence; a price of another currency (an exchange rate) is left out.
 * @example amounts('Доходы составят 40,3 трлн рублей.').map((m) => m.status) // ['expected']
 */
function amounts(sentence: string): Match[] {
  const out: Match[] = [];
  for (const a of sentence.matchAll(AMOUNT_RE)) {
    const end = a.index + a[0].length;
    const before = sentence.slice(0, a.index);
    if (PER_CURRENCY_AFTER_RE.test(sentence.slice(end)) || PER_ONE_BEFORE_RE.test(before + a[0]))
      continue;
    const m: Match = { start: a.index, end, kind: 'amount', notes: [] };
    // "По прогнозу, доходы составят 431 млрд рублей, а расходы – 445 млрд рублей": a word of
    // forecast anywhere before in the sentence dates every sum after it, as it does a percent.
    out.push(FORECAST_RE.test(before) ? { ...m, status: 'expected' } : m);
  }
  return out;
}
