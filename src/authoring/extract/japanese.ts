// Figures in a sentence of Japanese official prose: amounts with 万 / 億 / 兆 and a currency word,
// percents whose 増 / 減 or マイナス makes them changes, multiples (倍) and a fall to half. Years
// (年), counts (社, 人, 件) and ranks (位) carry no percent or currency, so they are never read.
// Pure; it knows nothing of English sentences, which matching.ts reads.

import {
  JAPANESE_CURRENCY,
  JAPANESE_DOWN,
  JAPANESE_HALVED,
  JAPANESE_MINUS,
  JAPANESE_NUMBER,
  JAPANESE_PERCENT,
  JAPANESE_UP,
  halfWidth,
} from '../../model/numberVocabulary.ts';
import { readStatedRange } from '../../model/statedRange.ts';
import type { Match } from './matching.ts';

export { JAPANESE_SCRIPT_RE } from '../../model/numberVocabulary.ts';

/** A hedge before the number: 約 ("about"), およそ, 概ね. Part of the stated words. */
const HEDGE_BEFORE = String.raw`(?:約|およそ|概ね)`;
/** A hedge after an amount: 近く ("nearly"), 余り, 超, 強, 弱, 程度, 前後. */
const HEDGE_AFTER = String.raw`(?:近く|余り|あまり|超|強|弱|程度|前後)`;

/** An amount: "約300億ドル", "181億5600万ドル", "100億円近く減少", "42億1200万ドル増". */
const AMOUNT_RE = new RegExp(
  String.raw`${HEDGE_BEFORE}?(?:${JAPANESE_MINUS})?(?:${JAPANESE_NUMBER})\s?(?:${JAPANESE_CURRENCY})${HEDGE_AFTER}?(?:${JAPANESE_UP}|${JAPANESE_DOWN})?`,
  'g',
);
/** An amount range with a wave dash between its ends, the first end's currency (and scale) left
 *  out or written: "3兆円～4.5兆円", "10〜20億ドル", "概ね181億~200億ドル". */
const AMOUNT_RANGE_RE = new RegExp(
  String.raw`${HEDGE_BEFORE}?(?:${JAPANESE_NUMBER})\s?(?:${JAPANESE_CURRENCY})?\s?[～〜~]\s?(?:${JAPANESE_NUMBER})\s?(?:${JAPANESE_CURRENCY})${HEDGE_AFTER}?`,
  'g',
);
/** A percent with its written minus and a 増 / 減 after it: "マイナス7.8%", "6.6%増", "13.3%減". */
const PERCENT_RE = new RegExp(
  String.raw`${HEDGE_BEFORE}?(?:${JAPANESE_MINUS}|[-−])?\d+(?:\.\d+)?(?:${JAPANESE_PERCENT})(?:${JAPANESE_UP}|${JAPANESE_DOWN})?`,
  'g',
);
/** A multiple: "約5倍" (not 倍率, a ratio's name). */
const TIMES_RE = new RegExp(String.raw`${HEDGE_BEFORE}?\d+(?:\.\d+)?倍(?!率)`, 'g');
const HALVED_RE = new RegExp(JAPANESE_HALVED, 'g');

/** Right before "半分となった", a fall it restates: "51.3%減と", "減少し、". */
const FALL_BEFORE_HALF_RE = new RegExp(String.raw`(?:${JAPANESE_DOWN})(?:し)?[とで、,]\s*$`);
const MARKED_RE = new RegExp(String.raw`(?:${JAPANESE_UP}|${JAPANESE_DOWN})$`);
/** In a bracket after a percent, the amount of the same change and its 増 / 減: "(27.9%、107億3500万
 *  ドル増)". Group 1 is the stated words from the percent's end to the marker. */
const BRACKET_AMOUNT_AFTER_RE = new RegExp(
  String.raw`^([、,]\s*${HEDGE_BEFORE}?(?:${JAPANESE_NUMBER})\s?(?:${JAPANESE_CURRENCY})(?:${JAPANESE_UP}|${JAPANESE_DOWN}))\s*[)）]`,
);
/** Right before a percent in its clause, a rate of change: 成長率 ("growth rate"), 伸び率, 上昇率,
 *  増加率, インフレ率, 前年比 ("on the year before"), 同期比. */
const CHANGE_RATE_BEFORE_RE =
  /(?:成長率|伸び率|上昇率|増加率|増減率|インフレ率|物価上昇|前年比|前期比|同期比|同月比)[^、。,]*$/;
/** A rate of decrease (減少率, 下落率, 低下率) or the second end of a range ("2～3%", "10～20億ドル"):
 *  the words the validator cannot read back with their sign or both ends, so no figure. */
const FALL_RATE_BEFORE_RE = /(?:減少率|下落率|低下率)[^、。,]*$/;
const RANGE_END_BEFORE_RE = /\d\s?[～〜~]\s?$/;
/** A percent that sorts members into a group: "5%以上の企業" ("firms with 5% or more"). */
const GROUP_BOUND_AFTER_RE =
  /^(?:以上|以下|超|未満)の(?:企業|会社|国|地域|世帯|人|品目|業種|銀行|社)/;
/** Words that make the figure a forecast, a target or a plan: 見込み, 予測, 見通し, 目標, 予定,
 *  する方針, 計画, 目指す. */
const FORECAST_RE = /見込|予測|予想|見通し|目標|予定|方針|計画|目指/;
/** An exchange rate: "1ドル=150円", never an amount. */
const EXCHANGE_RE = /[=＝]\s*$|^\s*[=＝]/;

/**
 * Every figure of a Japanese sentence, in reading order. A percent is a change when 増 / 減 follows
 * it, when a bracket after it holds the same change as an amount with 増 / 減, or when a rate of
 * change (成長率, 前年比) or a written マイナス names it; otherwise a level, a share.
 * @example japaneseFigures('輸出は196億ドル(26.7%増)。').map((m) => m.kind) // ['amount', 'change']
 */
export function japaneseFigures(sentence: string): Match[] {
  const t = halfWidth(sentence);
  const found: Match[] = [];
  const taken = (s: number, e: number) => found.some((m) => s < m.end && e > m.start);
  for (const r of t.matchAll(AMOUNT_RANGE_RE)) {
    const range = readStatedRange(r[0], 'amount');
    if (!range) continue;
    const start = r.index;
    found.push({
      start,
      end: start + r[0].length,
      kind: 'amount',
      range: { low: range.low, high: range.high },
      notes: [],
    });
  }
  for (const a of t.matchAll(AMOUNT_RE)) {
    const start = a.index;
    const end = start + a[0].length;
    if (EXCHANGE_RE.test(t.slice(0, start)) || EXCHANGE_RE.test(t.slice(end))) continue;
    if (RANGE_END_BEFORE_RE.test(t.slice(0, start)) || taken(start, end)) continue;
    found.push({ start, end, kind: 'amount', notes: [] });
  }
  for (const p of t.matchAll(PERCENT_RE)) {
    const start = p.index;
    const own = start + p[0].length;
    if (taken(start, own) || GROUP_BOUND_AFTER_RE.test(t.slice(own))) continue;
    const clause = t.slice(Math.max(0, t.slice(0, start).search(/[^、。,(（]*$/)), start);
    if (FALL_RATE_BEFORE_RE.test(clause) || RANGE_END_BEFORE_RE.test(t.slice(0, start))) continue;
    const bracket = BRACKET_AMOUNT_AFTER_RE.exec(t.slice(own));
    if (bracket) {
      // "(1.8%、5億8400万ドル減)": the stated words run on to the 減 that signs the percent; the
      // amount in between is a figure of its own.
      found.push({ start, end: own + bracket[1]!.length, ownEnd: own, kind: 'change', notes: [] });
      continue;
    }
    const change = MARKED_RE.test(p[0]) || CHANGE_RATE_BEFORE_RE.test(clause);
    // Points are a change's ("0.5ポイント上昇"); a level is never written in them.
    const points = p[0].includes('ポイント');
    found.push({ start, end: own, kind: change || points ? 'change' : 'share', notes: [] });
  }
  for (const re of [TIMES_RE, HALVED_RE]) {
    for (const x of t.matchAll(re)) {
      const start = x.index;
      const end = start + x[0].length;
      // "半分となった" ("came to half") is a halving only right after a fall ("51.3%減とほぼ半分と
      // なった"); after anything else it may be a part of a whole ("輸出全体の半分となった").
      if (/なっ(?:た|て)?$/.test(x[0]) && !FALL_BEFORE_HALF_RE.test(t.slice(0, start))) continue;
      if (!taken(start, end)) found.push({ start, end, kind: 'change', notes: [] });
    }
  }
  found.sort((a, b) => a.start - b.start);
  return found.map((m, i) => {
    // The figure's own stretch of the sentence, from the figure before to the one after: a
    // forecast word there (見込み, 予定) makes it expected; elsewhere the sentence says nothing.
    const from = i > 0 ? (found[i - 1]!.ownEnd ?? found[i - 1]!.end) : 0;
    const to = i + 1 < found.length ? found[i + 1]!.start : t.length;
    return FORECAST_RE.test(t.slice(from, to)) ? { ...m, status: 'expected' as const } : m;
  });
}
