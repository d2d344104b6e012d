// Held sentences of the v224 class (test/fixtures/prose/README.md, "The calls": the currency of
// official prose outside the dollar world): a bare "$" in a document whose opening names a country
// that writes its peso "$" (Chile, Mexico, Colombia, Argentina) is that peso; "centavos" beside a
// peso's or the real's own sign ("₱28.40", "R$ 4.90") are that currency's; and a bare "R" before
// an unscaled sum ("R38.75 per metre", "plus R450") is the rand in a document that writes its other
// rand sums with the bare sign, scaled or grouped ("R14.2 billion", "R1 250 000"), also after a
// percent of a whole and "plus". Written in voices other than ho283, ho285 and ho286 (tolls, rail
// audits, medical schemes): a water utility, a port tariff, a pension notice, a farm scheme, a bus
// operator and a harbour board. Near-misses keep their reading: a US release about Mexico, a New
// Mexico authority, an IMF report on Chile, "dollars" and "US$" in a Chilean notice, a bare "R" in
// a document with no rand sums, and a road's or model's name. Before v224 the extractor missed all
// 10 held sentences.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';
import { NEUTRAL } from './readingOf.ts';

/** Each figure's stated words, kind, value and unit, read under a neutral record. */
const read = (text: string): string[] =>
  extractCandidates(text, 'doc', { source: NEUTRAL }).map(
    (c) => `${c.stated.text} | ${c.kind} ${c.value} ${c.unit}`,
  );

describe('v224: a peso country\'s "$", the centavos of the document\'s peso and a bare "R" in a rand document', () => {
  it.each([
    // A water utility in Mexico: "$" is the peso.
    [
      'Comisión Estatal del Agua, Mexico\n\nThe fixed domestic charge rises to $96.50 a month.',
      ['$96.50 | amount 96.5 MXN'],
    ],
    // A port tariff in Colombia.
    [
      'Port Authority of Buenaventura, Colombia\n\nThe wharfage fee is $4,850 per tonne of bulk cargo.',
      ['$4,850 | amount 4850 COP'],
    ],
    // A pension notice in Argentina.
    [
      'Social Security Administration of Argentina\n\nThe minimum pension is $412,300 a month.',
      ['$412,300 | amount 412300 ARS'],
    ],
    // A farm scheme in Chile.
    [
      'Ministry of Agriculture of Chile\n\nThe irrigation bonus pays $185 per hectare.',
      ['$185 | amount 185 CLP'],
    ],
    // A Philippine water district: centavos beside the peso's sign.
    [
      'Metro Water District notice\n\nThe basic charge rises from ₱28.40 to ₱29.15 per cubic metre, an increase of 75 centavos.',
      ['₱28.40 | amount 28.4 PHP', '₱29.15 | amount 29.15 PHP', '75 centavos | amount 0.75 PHP'],
    ],
    // A bus operator writing the real's sign.
    [
      'Companhia Metropolitana de Transportes\n\nThe bus fare rises from R$ 4.90 to R$ 5.20, a rise of 30 centavos.',
      ['R$ 4.90 | amount 4.9 BRL', 'R$ 5.20 | amount 5.2 BRL', '30 centavos | amount 0.3 BRL'],
    ],
    // A harbour board whose other sums are rand with the bare sign, scaled.
    [
      'Harbour Board tariff book\n\nThe capital programme totals R14.2 billion. Berth dues rise to R38.75 per metre.',
      ['R14.2 billion | amount 14200000000 ZAR', 'R38.75 | amount 38.75 ZAR'],
    ],
    // A water board: a rise from one unscaled rand sum to another.
    [
      'Water Board tariff notice\n\nBulk revenue was R2.3 billion. The bulk tariff rises from R9.82 to R10.61 per kilolitre.',
      [
        'R2.3 billion | amount 2300000000 ZAR',
        'R9.82 | amount 9.82 ZAR',
        'R10.61 | amount 10.61 ZAR',
      ],
    ],
    // A pension fund: a percent of a whole plus a rand sum.
    [
      'Pension Fund rules\n\nThe fund holds R61 billion. The disability benefit is 12% of pensionable salary plus R450.',
      [
        'R61 billion | amount 61000000000 ZAR',
        '12% of pensionable salary | share 12 percent',
        'R450 | amount 450 ZAR',
      ],
    ],
    // A farm scheme whose budget is grouped by spaces.
    [
      'Grain Producers Support Scheme\n\nThe scheme has a budget of R1 250 000 and pays R85 a tonne delivered.',
      ['R1 250 000 | amount 1250000 ZAR', 'R85 | amount 85 ZAR'],
    ],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    // A central bank's release naming the United States before Mexico: the US dollar.
    [
      'U.S. Department of Agriculture\n\nImports from Mexico rose to $4.2 billion.',
      ['$4.2 billion | amount 4200000000 USD'],
    ],
    // New Mexico is a US state.
    [
      'New Mexico Finance Authority\n\nThe loan fund lent $12 million.',
      ['$12 million | amount 12000000 USD'],
    ],
    // An international organisation's "$" is the US dollar.
    [
      'IMF Staff Report: Chile\n\nThe program provides $2.1 billion.',
      ['$2.1 billion | amount 2100000000 USD'],
    ],
    // "dollars" and "US$" in a Chilean notice stay the US dollar.
    [
      'Ministry of Agriculture of Chile\n\nFruit exports reached 12 billion dollars, and copper US$3.4 billion.',
      ['12 billion dollars | amount 12000000000 USD', 'US$3.4 billion | amount 3400000000 USD'],
    ],
    // Centavos with no peso sign nor country: the first peso, as before.
    ['Water notice\n\nThe charge rose by 40 centavos.', ['40 centavos | amount 0.4 MXN']],
    // A bare "R" with no rand sums in the document: no sum.
    ['Harbour Board\n\nThe R40 tug was replaced in 2033.', []],
    // A road's and a model's name in a rand document: no sum.
    [
      'Roads Agency\n\nThe programme totals R3.1 billion, including the R40 road and the R5 model grader.',
      ['R3.1 billion | amount 3100000000 ZAR'],
    ],
  ])('near-miss: %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});
