// Held sentences of the v259 class (test/fixtures/prose/README.md, "The calls": the bare cells of
// a pipe table are read in the unit its header cell or title gives): rows whose label ends in a
// bracket that names the row's band by a sum of money ("Upper (above $82,400 a month)") or
// qualifies it in many words ("Special account (minors and persons lacking capacity)") keep their
// column's percent; columns headed by the day a rate took effect or last held ("Up to 30.06.2034",
// "From 01.07.2034") under a title in percent are read; rows that number a past order under a
// "| Order |" head are read; a "pay trend indicator (%)" is a change. Seen in ho309, ho310 and
// ho312. Written in voices other than the sets' pay, rent and court-funds notices: a port tariff,
// a pension scheme, a farm levy, a water utility and a central bank. Near-misses keep their
// reading: a label whose bracket names its own unit ("(number)", "($ per tonne)", a scale "($000)"), a bare number labelled under a head that numbers nothing, and a column
// headed by a bare date with no "from" or "up to".
// Before v259 the extractor read 12 of the 13 held cells wrong (all but one band's change, which a
// price basis rule already read); the rule's first version missed 2: a band priced "per call",
// whose "per" the label's own-unit words caught, and a band in rand written with the one-letter
// sign "R500,000".

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';
import type { Source } from './readingOf.ts';

const SOURCE: Source = {
  date: '2035-07-20',
  publisher: 'Arland Office',
  title: 'Notice',
  url: 'https://example.org/notice',
};

/** "kind value" of each figure read, by its stated words. */
function cells(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of extractCandidates(text, 'doc', { source: SOURCE }))
    out.set(`${c.stated.text}@${c.stated.start}`, `${c.kind} ${c.value} ${c.unit}`);
  return out;
}

/** The reading of the first figure whose stated words are `number`. */
function readingOf(text: string, number: string): string {
  const found = extractCandidates(text, 'doc', { source: SOURCE }).filter(
    (c) => c.stated.text === number,
  );
  const c = found[0];
  return c ? `${c.kind} ${c.value} ${c.unit}` : 'none';
}

const PORT = `Berth dues by vessel band, increase from 1 July 2035

| Vessel band | Dues increase (%) | Rebate (% of dues) |
|---|---|---|
| Small (below $12,000 a call) | 3.2 | 0.5 |
| Large (KSh 90,000 to KSh 240,000 per call) | 4.1 | 0.8 |
`;

const PENSION = `Table 2: Contribution rates (per cent of pensionable salary)

| Member group | Up to 31.03.2035 | From 01.04.2035 |
|---|---|---|
| Officers | 7.5 | 8 |
| Support staff | 6 | 6.5 |
`;

const WATER = `Past tariff increases approved by the Water Regulator (%)
| Determination | Year approved | Increase |
| 14 | May 2032 | 4.6 |
| 15 | May 2033 | 3.9 |
`;

const BANK = `The Central Bank has set the rates on its deposit accounts as follows:
| Account | Rate to 30 June 2035 (% a year) | Rate from 1 July 2035 (% a year) |
|---|---|---|
| Farm savings account (young farmers and persons under twenty-five) | 1.95 | 2.15 |
`;

const LEVY = `| Grower group | Farm wage trend indicator (%) |
|---|---|
| Dairy (turnover above R500,000 a year) | 2.7 |
`;

const held: [name: string, text: string, number: string, want: string][] = [
  ['port tariff band', PORT, '3.2', 'change 3.2 percent'],
  ['port tariff band', PORT, '0.5', 'share 0.5 percent'],
  ['port tariff band', PORT, '4.1', 'change 4.1 percent'],
  ['port tariff band', PORT, '0.8', 'share 0.8 percent'],
  ['pension dated heads', PENSION, '7.5', 'share 7.5 percent'],
  ['pension dated heads', PENSION, '8', 'share 8 percent'],
  ['pension dated heads', PENSION, '6', 'share 6 percent'],
  ['pension dated heads', PENSION, '6.5', 'share 6.5 percent'],
  ['water numbered orders', WATER, '4.6', 'change 4.6 percent'],
  ['water numbered orders', WATER, '3.9', 'change 3.9 percent'],
  ['bank long qualifier', BANK, '1.95', 'share 1.95 percent'],
  ['bank long qualifier', BANK, '2.15', 'share 2.15 percent'],
  ['farm wage trend', LEVY, '2.7', 'change 2.7 percent'],
];

describe('v259: bare percent cells of pipe tables whose rows are banded, dated or numbered', () => {
  it.each(held)('%s, case %#', (_name, text, number, want) => {
    expect(readingOf(text, number)).toBe(want);
  });
});

describe('v259 near-misses keep their reading', () => {
  it('a label whose bracket names its own unit keeps no percent', () => {
    const text = `| Item | Change (%) |
|---|---|
| Inspectors (number) | 42 |
| Feed price ($ per tonne) | 318 |
| Receipts ($000) | 912 |
`;
    expect([...cells(text).keys()]).toEqual([]);
  });
  it('a bare number labelled under a head that numbers nothing is no row of the table', () => {
    const text = `Tariff increases by zone (%)
| Zone | Year approved | Increase |
| 14 | May 2032 | 4.6 |
`;
    expect(readingOf(text, '4.6')).toBe('none');
  });
  it('a column headed by a bare year under a title in percent is left to the readers of years', () => {
    const text = `Contribution rates (per cent of salary)

| Member group | 31.03.2035 | 01.04.2035 |
|---|---|---|
| Officers | 7.5 | 8 |
`;
    expect(readingOf(text, '7.5')).toBe('none');
  });
  it('a bracket of a few words that names a count still states the row’s own unit', () => {
    const text = `| Scheme | Uptake (%) |
|---|---|
| Grants (persons) | 640 |
`;
    expect(readingOf(text, '640')).toBe('none');
  });
  it('a pay trend named in prose stays the sentence’s reading', () => {
    const text = 'The net pay trend indicator for the middle band came to 3.9% this year.';
    expect(readingOf(text, '3.9%')).toBe('share 3.9 percent');
  });
});
