// The record beside the claim in every export, from the real data/ through the build's own
// comparisons: caption lines, CSV columns, JSON downloads (checked with ajv against their
// published schema), share-page sections and citation notes (read back by @retorquere/bibtex-parser
// and citation-js).

import { resolve } from 'node:path';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/loadDataset.ts';
import { publishedJsonSchemas } from '../../src/data/jsonSchema.ts';
import { chartCaption } from '../../src/export/caption.ts';
import {
  chartCitationBibtex,
  chartCitationCsl,
  chartCitationInput,
} from '../../src/export/chartCitation.ts';
import { citationBibtex, citationCsl } from '../../src/export/citation.ts';
import { figuresToCsv } from '../../src/export/csv.ts';
import { figureToJson } from '../../src/export/figureExport.ts';
import {
  carriedRecords,
  claimSections,
  FIGURE_RECORD_COLUMNS,
  lastWords,
  publishedClaimsOf,
  recordCitations,
  recordColumns,
  recordLines,
} from '../../src/export/recordLines.ts';
import { claimRecordHtml } from '../../src/export/sharePage.ts';

const root = resolve(import.meta.dirname, '../..');
const { dataset } = loadDataset(resolve(root, 'data'), root);
const published = publishedClaimsOf(dataset);
const fig = (id: string) => dataset.figures.find((f) => f.id === id)!;
const source = dataset.sources[0]!;
const chart = (id: string) => dataset.charts.find((c) => c.id === id)!;
const chartFigures = (id: string) => chart(id).figures.map(fig);
/** Numbers are formatted with a narrow no-break space before "%"; the tables below type a space. */
const spaced = (s: string) => s.replace(/\u202f/g, ' ');

describe('recordLines', () => {
  it.each([
    {
      figures: ['japan-exports-to-russia-2001'],
      starts: [
        "Record: Russia's imports from Japan (Japan's exports to Russia), 2001 over 2000: 719.3 / 571.4 − 1 = +25.9 %, against the claimed +40 %. The record is 14.1 percentage points lower than the claim.",
        'Record for President Vladimir Putin, “… trade between the two countries is not increasing.”: Trade between Russia and Japan, both directions, 2001 over 2000: 4,592 / 5,168.2 − 1 = −11.1 %.',
      ],
    },
    {
      figures: ['sakhalin-2-japanese-capital-share'],
      starts: [
        'Record: Japanese interest in Sakhalin Energy (Sakhalin-2), before the December 2006 deal: 25 + 20 = 45 %, against the claimed 45 %.',
        'Record for President Vladimir Putin',
      ],
    },
    // No record for the figure itself: only the statement it answers has one.
    { figures: ['japan-investment-so-far'], starts: ['Record for President Vladimir Putin'] },
    // The figures' own records first, then the statement they answer.
    {
      figures: chart('sakhalin-capital-shares').figures,
      starts: [
        'Record: Japanese interest in the Sakhalin-1',
        'Record: Japanese interest in Sakhalin Energy',
        'Record for President',
      ],
    },
    // A chart of two figures that answer the same statement states its record once.
    { figures: chart('growth-2001').figures, starts: ['Record: Russia', 'Record for President'] },
  ])('$figures', ({ figures, starts }) => {
    const lines = recordLines(figures.map(fig), published);
    expect(lines).toHaveLength(starts.length);
    lines.forEach((l, i) => {
      expect(spaced(l.text).startsWith(starts[i]!), l.text).toBe(true);
      expect(l.citation).toMatch(/^Record source: .+; consulted \d+ \w+ \d{4}\.$/);
      expect(l.url).toMatch(/^https:\/\//);
    });
  });

  it('gives nothing without the published comparisons', () => {
    expect(recordLines([fig('japan-exports-to-russia-2001')], undefined)).toEqual([]);
  });

  it('goes into the caption after the source line', () => {
    const figures = [fig('japan-exports-to-russia-2001')];
    const caption = chartCaption('T', [], figures, [source], recordLines(figures, published));
    expect(caption.records?.map((r) => r.claimId)).toEqual([
      'japan-exports-to-russia-2001',
      expect.stringMatching(/@\d+-\d+$/),
    ]);
    expect(chartCaption('T', [], figures, [source]).records).toBeUndefined();
  });

  it.each([
    { text: 'a b c', count: 8, expected: 'a b c' },
    { text: 'a b c d e', count: 2, expected: '… d e' },
  ])('lastWords($text, $count)', ({ text, count, expected }) => {
    expect(lastWords(text, count)).toBe(expected);
  });
});

describe('record columns of the figure CSV (read back by csv-parse)', () => {
  const csv = figuresToCsv(dataset.figures, dataset.sources, recordColumns(published));
  const [header, ...rows] = parseCsv(csv) as string[][];
  const row = (id: string) =>
    Object.fromEntries(header!.map((h, i) => [h, spaced(rows.find((r) => r[0] === id)![i]!)]));

  it('appends the record columns to the header', () => {
    expect(header!.slice(-FIGURE_RECORD_COLUMNS.length)).toEqual([...FIGURE_RECORD_COLUMNS]);
  });
  it.each([
    {
      id: 'japan-exports-to-russia-2001',
      record_status: 'recorded',
      // The formula guard quotes a cell that starts with "+" and is not a plain number.
      recorded: "'+25.9 %",
      record_arithmetic: '719.3 / 571.4 − 1 = +25.9 %',
    },
    {
      id: 'sakhalin-1-japanese-capital-share',
      record_status: 'recorded',
      recorded: '30 %',
      record_arithmetic: '30 % as recorded',
    },
    {
      id: 'japan-fdi-to-russia-2001',
      record_status: 'no record found',
      recorded: '',
      record_arithmetic: '',
    },
  ])('$id: $record_status', ({ id, ...expected }) => {
    expect(row(id)).toMatchObject(expected);
  });
  it('names where a record was searched for when none was found', () => {
    expect(row('japan-fdi-to-russia-2001').record_searched).toMatch(/Interfax/);
    expect(row('japan-exports-to-russia-2001').record_url).toBe(
      'https://www.erina.or.jp/en/columns-opinion/4789/',
    );
  });
});

describe('JSON download with its records (ajv 2020-12 strict against figure-download.schema.json)', () => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  const schema = JSON.parse(publishedJsonSchemas()['figure-download.schema.json']!) as object;
  const validate = ajv.compile(schema);
  it.each(dataset.figures.map((f) => f.id))('%s', (id) => {
    const body = JSON.parse(
      figureToJson(fig(id), source, '../index.html', carriedRecords([fig(id)], published)),
    );
    expect(validate(body), ajv.errorsText(validate.errors)).toBe(true);
    expect(body.$schema).toBe('../data/figure-download.schema.json');
    const recordIds = body.records.map((r: { id: string }) => r.id);
    for (const c of body.claims)
      for (const x of c.comparisons) expect(recordIds).toContain(x.recordId);
  });
});

describe('share page "Claim and record"', () => {
  it('shows each claim once, with arithmetic, caveats and a link, or "No record found"', () => {
    const html = spaced(
      String(claimRecordHtml(claimSections(chartFigures('growth-2001'), published))),
    );
    expect(html.match(/<section class="claim" /g)).toHaveLength(3);
    expect(html).toContain('<code>719.3 / 571.4 − 1 = +25.9 %</code>');
    expect(html).toContain('<strong>No record found.</strong> Searched:');
    expect(html).toContain('href="https://www.erina.or.jp/en/columns-opinion/4789/"');
    expect(html.split('4,592 / 5,168.2').length - 1).toBe(1);
  });
  it('escapes what it prints', () => {
    const [section] = claimSections([fig('japan-exports-to-russia-2001')], published);
    const html = String(claimRecordHtml([{ ...section!, heading: '<b>x</b>' }]));
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
  });
  it('is empty when no claim is linked', () => {
    expect(String(claimRecordHtml([]))).toBe('');
  });
});

describe('citations name the record (read back by the BibTeX parser and citation-js)', () => {
  const exports = fig('japan-exports-to-russia-2001');
  const records = recordCitations([exports], published);
  // The same function the page's "Copy BibTeX" uses (CardActions) makes the chart's input.
  const chartInput = chartCitationInput(
    {
      chart: chart('growth-2001'),
      figures: chartFigures('growth-2001'),
      source,
      pageUrl: 'https://cf.test/chart/growth-2001.html',
    },
    published,
  );
  it('names the records the build names (recordCitations), and none without them', () => {
    expect(chartInput.records).toEqual(recordCitations(chartFigures('growth-2001'), published));
    expect(chartInput.records?.length).toBeGreaterThan(0);
    expect(chartCitationInput(chartInput, undefined).records).toEqual([]);
  });
  it.each([
    {
      what: 'figure',
      bib: citationBibtex({ figure: exports, source, chartUrl: 'https://cf.test/', records }),
    },
    { what: 'chart', bib: chartCitationBibtex(chartInput) },
  ])('$what BibTeX parses with no errors and its note names the record', async ({ bib }) => {
    const lib = parseBibtex(bib);
    expect(lib.errors).toEqual([]);
    expect(lib.entries).toHaveLength(1);
    const note = String(lib.entries[0]!.fields.note);
    expect(note).toContain('Read against the record');
    expect(note).toContain('Ministry of Economic Development and Trade');
    const cited = (await Cite.async(bib)).data as { note?: string }[];
    expect(cited[0]!.note).toContain('Ministry of Economic Development and Trade');
  });
  it.each([
    {
      what: 'figure',
      csl: JSON.stringify(
        citationCsl({ figure: exports, source, chartUrl: 'https://cf.test/', records }),
      ),
    },
    { what: 'chart', csl: chartCitationCsl(chartInput) },
  ])('$what CSL-JSON is read by citation-js with the record in its note', async ({ csl }) => {
    const cited = (await Cite.async(csl)).data as { note: string; title: string }[];
    expect(cited[0]!.title).toBe(source.title);
    expect(cited[0]!.note).toMatch(
      /Read against the records?: Ministry of Economic Development and Trade/,
    );
    expect(cited[0]!.note).toContain('https://www.erina.or.jp/en/columns-opinion/4789/');
  });
  it('adds nothing for a figure with no record and no answered statement', () => {
    const plain = { ...fig('japan-investment-so-far'), context: [] };
    expect(recordCitations([plain], published)).toEqual([]);
  });
});
