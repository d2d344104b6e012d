// Reads a claim (a figure, or a statement that asserts only a direction) against a statistical
// record: computes the recorded value from the record's own numbers, states the arithmetic, the
// difference a reader can check, and every way the two are not alike (period, currency, side,
// scope). Pure: no I/O; it never converts currencies and never calls a claim true or false.

import type { Figure, Unit } from './figure.ts';
import type { ClaimDirection, Observation, RecordLink, RecordLinks, StatRecord } from './record.ts';
import { formatAmount, formatDate, formatPercent } from './format.ts';
import type { FigureMagnitude } from './figure.ts';
import { rangeRefusal } from './rangeRefusal.ts';

export { linksRecords } from './recordLinks.ts';

/** A record comparison needs one claimed number; a range says why not instead of picking an end.
 * @example singleValue(exports, 'c') // exports */
function singleValue<F extends FigureMagnitude & { label: string }>(
  f: F,
  claimId: string,
): F & { value: number } {
  if (!f.range && typeof f.value === 'number') return f as F & { value: number };
  throw new Error(`${claimId}: ${rangeRefusal([f]) ?? 'the figure states no value'}`);
}

/** A claim as the comparison needs it: a figure's value, or a statement's direction. */
export type Claim =
  | {
      type: 'figure';
      figure: Pick<
        Figure,
        'id' | 'label' | 'kind' | 'value' | 'unit' | 'status' | 'period' | 'basePeriod' | 'asOf'
      >;
      /** The date the claim was made (the source's date), for share and level periods. */
      madeOn: string;
    }
  | { type: 'direction'; id: string; label: string; direction: ClaimDirection; madeOn: string };

export interface ClaimRecordComparison {
  /** The figure id, or `<figure-id>#context-<n>` for a context statement. */
  claimId: string;
  recordId: string;
  compare: RecordLink['compare'];
  /** The claim in words ("+40 %", or "not increasing"). */
  claimed: string;
  /** The claim's number on the comparison's scale (percent, or the amount), when it has one. */
  claimedValue?: number;
  /** The recorded value on the same scale (percent change, percent share, or the amount). */
  recordedValue: number;
  recorded: string;
  /** The record's period in words ("2001 over 2000", "March 2003"). */
  recordPeriod: string;
  /** The arithmetic from the record's own numbers: "719.3 / 571.4 − 1 = +25.9 %". */
  arithmetic: string;
  /** The difference in words, or the direction's reading; never a verdict. */
  difference: string;
  /** True when claim and record can share one axis (same kind and unit). */
  sameAxis: boolean;
  /** Every way the two differ that a reader must weigh (period, currency, side, scope). */
  caveats: string[];
}

const DIRECTION_WORDS: Record<ClaimDirection, string> = {
  increase: 'increasing',
  decrease: 'decreasing',
  'no-increase': 'not increasing',
  'no-decrease': 'not decreasing',
};

/** Every currency's name in words (the `satisfies` keeps the list whole when a currency is added). */
const CURRENCY_NAMES: Partial<Record<Unit, string>> = {
  USD: 'US dollars',
  JPY: 'yen',
  EUR: 'euros',
  RUB: 'roubles',
  CNY: 'yuan',
  KRW: 'won',
  GBP: 'pounds sterling',
  CHF: 'Swiss francs',
  CAD: 'Canadian dollars',
  AUD: 'Australian dollars',
  NZD: 'New Zealand dollars',
  SGD: 'Singapore dollars',
  HKD: 'Hong Kong dollars',
  TWD: 'New Taiwan dollars',
  INR: 'Indian rupees',
  IDR: 'rupiah',
  THB: 'baht',
  MYR: 'ringgit',
  PHP: 'Philippine pesos',
  VND: 'dong',
  PKR: 'Pakistani rupees',
  BDT: 'taka',
  LKR: 'Sri Lankan rupees',
  SEK: 'Swedish kronor',
  NOK: 'Norwegian kroner',
  DKK: 'Danish kroner',
  ISK: 'Icelandic krónur',
  PLN: 'złoty',
  CZK: 'Czech koruna',
  HUF: 'forint',
  RON: 'Romanian lei',
  UAH: 'hryvnias',
  KZT: 'tenge',
  TRY: 'Turkish lira',
  BRL: 'Brazilian reais',
  MXN: 'Mexican pesos',
  ARS: 'Argentine pesos',
  CLP: 'Chilean pesos',
  COP: 'Colombian pesos',
  PEN: 'soles',
  ZAR: 'rand',
  NGN: 'naira',
  KES: 'Kenyan shillings',
  GHS: 'cedis',
  EGP: 'Egyptian pounds',
  MAD: 'Moroccan dirhams',
  SAR: 'Saudi riyals',
  AED: 'UAE dirhams',
  QAR: 'Qatari riyals',
  KWD: 'Kuwaiti dinars',
  ILS: 'shekels',
} satisfies Record<Exclude<Unit, 'percent' | 'percentage-points'>, string>;

const recordNumber = new Intl.NumberFormat('en', { maximumFractionDigits: 3 });
const oneDecimal = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });

/**
 * Compares one claim with the record a link names. Throws (with what to fix) when the link does
 * not fit the record; validation reports the same problems with file and line first.
 * @example compareClaim(exportsClaim, medtImports, { record: 'medt…', compare: 'growth', from: '2000', to: '2001' })
 * // { recorded: '+25.9 %', arithmetic: '719.3 / 571.4 − 1 = +25.9 %',
 * //   difference: 'The record is 14.1 percentage points lower than the claim.', … }
 */
export function compareClaim(
  claim: Claim,
  record: StatRecord,
  link: RecordLink,
): ClaimRecordComparison {
  const claimId = claim.type === 'figure' ? claim.figure.id : claim.id;
  const base = { claimId, recordId: record.id, compare: link.compare };
  const caveats: string[] = [];
  caveats.push(`Whose figures: the record is ${record.side}; the claim does not say whose.`);
  if (link.scope) caveats.push(`Scope: ${link.scope}`);

  if (link.compare === 'growth') {
    const from = observation(record, link.from);
    const to = observation(record, link.to);
    const a = valueOf(from);
    const b = valueOf(to);
    const pct = (b.value / a.value - 1) * 100;
    const recorded = formatPercent(round1(pct), true);
    const arithmetic = `${b.text} / ${a.text} − 1 = ${recorded}`;
    const recordPeriod = `${formatPeriod(to.period)} over ${formatPeriod(from.period)}`;
    const currency = CURRENCY_NAMES[record.unit];
    if (currency)
      caveats.push(
        `Currency: the record is measured in ${currency}; the claim does not say in which ` +
          'currency. A change in another currency differs when exchange rates move; no rate is applied here.',
      );
    if (claim.type === 'direction') {
      return {
        ...base,
        claimed: DIRECTION_WORDS[claim.direction],
        recordedValue: round1(pct),
        recorded,
        recordPeriod,
        arithmetic,
        difference: directionReading(claim.direction, round1(pct), from.period, to.period),
        sameAxis: false,
        caveats,
      };
    }
    const f = singleValue(claim.figure, claimId);
    if (f.basePeriod !== from.period || f.period !== to.period)
      caveats.push(
        `Periods: the claim compares ${f.period ?? 'an unstated period'} with ${f.basePeriod ?? 'an unstated base'}; the record, ${recordPeriod}.`,
      );
    return {
      ...base,
      claimed: formatPercent(f.value, true),
      claimedValue: f.value,
      recordedValue: round1(pct),
      recorded,
      recordPeriod,
      arithmetic,
      difference: pointsDifference(f.value, round1(pct)),
      sameAxis: true,
      caveats,
    };
  }

  if (claim.type === 'direction')
    throw new Error(
      `${claimId}: a statement without a number can only be read against growth; set "compare": "growth" with "from" and "to"`,
    );
  const f = singleValue(claim.figure, claimId);
  const at = observation(record, link.at);
  const { value, text, sum } = valueOf(at);
  const claimPeriod = f.asOf ?? f.period ?? claim.madeOn;
  if (claimPeriod !== at.period)
    caveats.push(
      `Periods: the claim dates from ${formatPeriod(claimPeriod)}; the record's period is ` +
        `"${formatPeriod(at.period)}". The value may have changed in between.`,
    );

  if (link.compare === 'share') {
    const recorded = formatPercent(value);
    return {
      ...base,
      claimed: formatPercent(f.value),
      claimedValue: f.value,
      recordedValue: value,
      recorded,
      recordPeriod: formatPeriod(at.period),
      arithmetic: sum ? `${text} = ${recorded}` : `${recorded} as recorded`,
      difference: pointsDifference(f.value, value, 'share'),
      sameAxis: true,
      caveats,
    };
  }

  const scale = record.scale ?? 1;
  const amount = value * scale;
  const recorded = formatAmount(amount, record.unit);
  const sameUnit = f.unit === record.unit;
  if (!sameUnit)
    caveats.push(
      `Units: the claim is in ${f.unit}, the record in ${record.unit}; they are not converted without a cited exchange rate.`,
    );
  return {
    ...base,
    claimed: formatAmount(f.value, f.unit),
    claimedValue: f.value,
    recordedValue: amount,
    recorded,
    recordPeriod: formatPeriod(at.period),
    arithmetic:
      scale === 1
        ? `${recorded} as recorded`
        : `${sum ? `(${text})` : text} × ${recordNumber.format(scale)} = ${recorded}`,
    difference: sameUnit
      ? relativeDifference(f.value, amount)
      : 'Not compared: the units differ and no exchange rate is cited.',
    sameAxis: sameUnit,
    caveats,
  };
}

/** The observation for a period, or an error that names the periods the record has. */
function observation(record: StatRecord, period: string | undefined): Observation {
  const found = record.observations.find((o) => o.period === period);
  if (!found)
    throw new Error(
      `record ${record.id} has no observation for period "${period ?? ''}"; it has ${record.observations.map((o) => `"${o.period}"`).join(', ')}`,
    );
  return found;
}

/** An observation's value with the arithmetic text a reader can redo ("25 + 20"). */
function valueOf(o: Observation): { value: number; text: string; sum: boolean } {
  if (o.parts && o.parts.length > 0) {
    const value = o.parts.reduce((s, p) => s + p.value, 0);
    return {
      value,
      text: o.parts.map((p) => recordNumber.format(p.value)).join(' + '),
      sum: o.parts.length > 1,
    };
  }
  return { value: o.value ?? NaN, text: recordNumber.format(o.value ?? NaN), sum: false };
}

const monthFormat = new Intl.DateTimeFormat('en-GB', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/**
 * A period as a reader says it; periods that are not dates stay as the record names them.
 * @example formatPeriod('2002-10-14') // '14 October 2002'
 * @example formatPeriod('2015-11') // 'November 2015'
 */
export function formatPeriod(period: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(period)) return formatDate(period);
  if (/^\d{4}-\d{2}$/.test(period)) {
    const d = new Date(`${period}-01T00:00:00Z`);
    return Number.isNaN(d.getTime()) ? period : monthFormat.format(d);
  }
  return period;
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

function pointsDifference(claimed: number, recorded: number, what = 'change'): string {
  const d = round1(recorded - claimed);
  if (d === 0) return `The record gives the same ${what} as the claim.`;
  const points = `${oneDecimal.format(Math.abs(d))} percentage point${Math.abs(d) === 1 ? '' : 's'}`;
  return `The record is ${points} ${d < 0 ? 'lower' : 'higher'} than the claim.`;
}

function relativeDifference(claimed: number, recorded: number): string {
  const pct = round1((recorded / claimed - 1) * 100);
  if (pct === 0) return 'The record gives the same amount as the claim.';
  return `The record is ${oneDecimal.format(Math.abs(pct))} % ${pct < 0 ? 'lower' : 'higher'} than the claim.`;
}

function directionReading(
  direction: ClaimDirection,
  pct: number,
  from: string,
  to: string,
): string {
  const rose = pct > 0;
  const fell = pct < 0;
  const agrees =
    (direction === 'increase' && rose) ||
    (direction === 'decrease' && fell) ||
    (direction === 'no-increase' && !rose) ||
    (direction === 'no-decrease' && !fell);
  const size = formatPercent(Math.abs(pct));
  const moved = rose ? `rose ${size}` : fell ? `fell ${size}` : 'did not change';
  return `The record ${moved} from ${formatPeriod(from)} to ${formatPeriod(to)}, which ${agrees ? 'matches' : 'does not match'} "${DIRECTION_WORDS[direction]}".`;
}

/** One claim of a figure (its own value, or a context statement) with the links it names. */
export interface LinkedClaim {
  claim: Claim;
  links: RecordLinks | undefined;
  /** Set for a context statement: its index in `figure.context`. */
  contextIndex?: number;
}

/**
 * The claims a figure makes that records can speak to: its value, and each context statement.
 * A context statement's id is its quote's place in the source, so two figures answering the same
 * statement share one comparison.
 * @example claimsOf(exportsFigure, '2002-10-14').map((c) => c.claim.type) // ['figure', 'direction']
 */
export function claimsOf(figure: Figure, madeOn: string): LinkedClaim[] {
  const claims: LinkedClaim[] = [
    { claim: { type: 'figure', figure, madeOn }, links: figure.records },
  ];
  figure.context?.forEach((c, contextIndex) => {
    const direction = c.records?.links.find((l) => l.direction)?.direction;
    claims.push({
      claim: {
        type: 'direction',
        id: contextClaimId(c.quote),
        label: `${c.speaker}: "${c.quote.exact}"`,
        direction: direction ?? 'no-increase',
        madeOn,
      },
      links: c.records,
      contextIndex,
    });
  });
  return claims;
}

/** @example contextClaimId({ sourceId: 'mofa', start: 4015, end: 4177 }) // 'mofa@4015-4177' */
export function contextClaimId(q: { sourceId: string; start: number; end: number }): string {
  return `${q.sourceId}@${q.start}-${q.end}`;
}

/** What the published claims file says for one claim: its comparisons, or where we looked. */
export interface ClaimRecords {
  claimId: string;
  comparisons: ClaimRecordComparison[];
  /** Set when no record speaks to the claim: where one was looked for. */
  searched?: string;
}

/**
 * Every claim of the dataset read against its records, once per claim (context statements that
 * several figures answer appear once). Claims that name no records and no search are left out.
 * @example claimRecordsOf(dataset).find((c) => c.claimId === 'japan-exports-to-russia-2001')
 * // { comparisons: [{ recorded: '+25.9 %', … }] }
 */
export function claimRecordsOf(dataset: {
  figures: Figure[];
  sources: { id: string; date: string }[];
  records?: StatRecord[];
}): ClaimRecords[] {
  const records = new Map((dataset.records ?? []).map((r) => [r.id, r]));
  const dates = new Map(dataset.sources.map((s) => [s.id, s.date]));
  const out = new Map<string, ClaimRecords>();
  for (const figure of dataset.figures) {
    for (const { claim, links } of claimsOf(figure, dates.get(figure.quote.sourceId) ?? '')) {
      if (!links) continue;
      const claimId = claim.type === 'figure' ? claim.figure.id : claim.id;
      if (out.has(claimId)) continue;
      const comparisons = links.links.flatMap((link) => {
        const record = records.get(link.record);
        return record ? [compareClaim(claim, record, link)] : [];
      });
      out.set(claimId, {
        claimId,
        comparisons,
        ...(links.searched ? { searched: links.searched } : {}),
      });
    }
  }
  return [...out.values()];
}
