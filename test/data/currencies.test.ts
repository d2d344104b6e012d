// An amount in a currency the contract charts since round 12 goes the whole way: the extractor
// drafts it from an invented document, the validator accepts the draft as written, the chart
// labels it with its sign, compare keeps two currencies apart, the CSV names its code and the
// image draws its sign (DejaVu Sans has every sign format.ts writes). The real data/ holds only
// the Kawaguchi document, so the document here is invented and lives in the test.

import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../src/authoring/extract.ts';
import { registerFont, renderImage } from '../../src/build/renderImage.ts';
import { buildChart } from '../../src/charts/buildChart.ts';
import { validateData } from '../../src/data/validate.ts';
import { figuresToCsv } from '../../src/export/csv.ts';
import { canShareAxis } from '../../src/model/compare.ts';
import { CURRENCIES, type Figure } from '../../src/model/figure.ts';
import { formatAmount } from '../../src/model/format.ts';
import { stillLight } from '../charts/fixtures.ts';

const ID = 'harbourtown-treasury-2031';
const TEXT = `Harbourtown Treasury: Budget Outturn 2031 (invented for the tests)

Harbourtown, 14 March 2032

Revenue from the port levy reached £2.1 billion in 2031. The rail fund lent ₹450 billion to the
coastal line, bonds worth ₺45 billion were placed with foreign banks, and a ₦2.5 trillion
programme for roads was approved. Farm exports to the south earned R$ 3 billion.
`;

/** The document as validateData reads it, with the extractor's drafts as its figure file: one
 *  chart group a figure, since two currencies never share an axis. */
function rawInput(figures: Figure[]) {
  const meta = {
    id: ID,
    title: 'Budget Outturn 2031',
    publisher: 'Harbourtown Treasury (invented for the tests)',
    date: '2032-03-14',
    url: 'https://example.org/harbourtown/outturn-2031.html',
    language: 'en',
    sha256: createHash('sha256').update(TEXT, 'utf8').digest('hex'),
  };
  const charts = figures.map((f) => ({
    id: `${f.id}-chart`,
    title: f.label,
    description: `${f.label}, in ${f.unit}.`,
    topic: 'Budget',
    figures: [f.id],
  }));
  const file = { charts, figures: figures.map((f) => ({ ...f, chart: `${f.id}-chart` })) };
  return {
    sources: [
      {
        metaPath: `data/sources/${ID}.json`,
        metaText: JSON.stringify(meta, null, 2),
        textPath: `data/sources/${ID}.txt`,
        text: TEXT,
        textSha256: meta.sha256,
      },
    ],
    figureFiles: [{ path: `data/figures/${ID}.json`, text: JSON.stringify(file, null, 2) }],
  };
}

const drafts = extractCandidates(TEXT, ID);
const { dataset, errors } = validateData(rawInput(drafts));
const byUnit = (unit: string) => dataset.figures.find((f) => f.unit === unit)!;

describe('an amount in a newly charted currency, end to end', () => {
  it('is drafted with its currency by the extractor', () => {
    expect(drafts.map((c) => [c.stated.text, c.value, c.unit])).toEqual([
      ['£2.1 billion', 2.1e9, 'GBP'],
      ['₹450 billion', 4.5e11, 'INR'],
      ['₺45 billion', 4.5e10, 'TRY'],
      ['₦2.5 trillion', 2.5e12, 'NGN'],
      ['R$ 3 billion', 3e9, 'BRL'],
    ]);
  });

  it('validates as drafted', () => {
    expect(errors).toEqual([]);
    expect(dataset.figures.map((f) => f.unit)).toEqual(['GBP', 'INR', 'TRY', 'NGN', 'BRL']);
  });

  it('is refused with another currency in one chart group, saying why', () => {
    const [gbp, inr] = drafts;
    const input = rawInput([gbp!, { ...inr!, chart: `${gbp!.id}-chart` }]);
    const file = JSON.parse(input.figureFiles[0]!.text) as {
      charts: { figures: string[] }[];
      figures: { chart: string }[];
    };
    file.charts[0]!.figures.push(inr!.id);
    file.charts.pop();
    file.figures[1]!.chart = file.figures[0]!.chart;
    input.figureFiles[0]!.text = JSON.stringify(file);
    const messages = validateData(input).errors.map((e) => e.message);
    expect(messages.join('\n')).toMatch(/mixes amount in GBP .* with amount in INR/);
  });

  it('is charted with its own sign, and compare keeps two currencies apart', () => {
    const spec = buildChart([byUnit('GBP')], stillLight);
    const labels = (spec.config.options!.plugins!.valueLabels as { labels: string[][] }).labels;
    expect(labels[0]).toEqual([['£2.1 billion']]);
    expect(spec.table.rows[0]!.cells).toContain('£2.1 billion');
    expect(() => buildChart([byUnit('GBP'), byUnit('INR')], stillLight)).toThrow(
      /\(amount, GBP\) and .* \(amount, INR\) on one axis/,
    );
    expect(canShareAxis(byUnit('GBP'), byUnit('INR'))).toEqual({
      shared: false,
      reason:
        'Amounts in GBP and INR would need an exchange rate the sources do not give, so they are drawn apart.',
    });
  });

  it('is exported with its code', () => {
    const csv = figuresToCsv([byUnit('NGN')], dataset.sources);
    expect(csv).toMatch(/,amount,2500000000000,,,NGN,actual,/);
  });

  it('is drawn in the chart image with its sign', async () => {
    const figure = byUnit('INR');
    const r = await renderImage({
      id: figure.id,
      title: figure.label,
      figures: [figure],
      sources: dataset.sources,
    });
    expect(r.png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(r.svg).toContain('₹');
    if (process.env.CURRENCY_PNG) writeFileSync(process.env.CURRENCY_PNG, r.png);
  });
});

describe('every currency sign format.ts writes is in the images font', () => {
  // A glyph the font lacks is drawn as the same empty box whatever the character: two different
  // missing characters measure the same, a real sign measures differently from that box.
  it.each(CURRENCIES.map((unit) => [unit, formatAmount(1e9, unit).replace(/1 billion$/, '')]))(
    '%s: "%s"',
    (_unit, sign) => {
      registerFont();
      const ctx = createCanvas(8, 8).getContext('2d');
      ctx.font = '20px "DejaVu Sans"';
      const missing = ctx.measureText('\u{10FFFD}').width;
      for (const ch of sign.trim()) expect(ctx.measureText(ch).width, ch).not.toBe(missing);
    },
  );
});
