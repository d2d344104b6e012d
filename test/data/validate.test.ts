// One case per failure mode of validateData, each breaking the tiny valid dataset in one place,
// plus the real data/ folder validating cleanly and the one-line error format.

import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateData } from '../../src/data/validate.ts';
import { loadDataset } from '../../src/data/loadDataset.ts';
import { formatDataError, DataValidationError, type DataError } from '../../src/data/dataError.ts';
import {
  QUOTE_SENTENCE,
  SOURCE_ID,
  chartGroup,
  columnOf,
  exportsFigure,
  figureFileText,
  lineOf,
  quoteOf,
  sha256,
  sourceMetaText,
  span,
  tinyData,
  toRawInput,
  type TinyData,
} from '../support/fixtures.ts';
import { RANGE_SOURCE_ID, rangeRawInput, type RangeFigureFile } from '../fixtures/rangeData.ts';
import { ratioRawInput, ratioSourceText } from '../fixtures/ratioData.ts';

const FIGURES = 'data/figures/tiny.json';
const META = `data/sources/${SOURCE_ID}.json`;

interface Case {
  name: string;
  /** Breaks the valid dataset in one place. */
  breakIt: (d: TinyData) => void;
  file: string;
  figureId: string | undefined;
  field: string | undefined;
  /** Picks the error among those reported (some mistakes also trip a later rule). */
  message: RegExp;
  /** The fix must say how to fix this mistake. */
  fix: RegExp;
  /** Expected line (and column) given the bad file's text; omitted where no line is meaningful. */
  line?: (text: string) => number;
  column?: (text: string) => number;
}

const fig = (d: TinyData, i = 0) => d.figureFiles[0]!.content.figures[i]!;
const chart = (d: TinyData, i = 0) => d.figureFiles[0]!.content.charts[i]!;
const meta = (d: TinyData) => d.sources[0]!.meta;
const after = (id: string) => `"id": "${id}"`;

const cases: Case[] = [
  {
    name: 'invalid JSON syntax (missing comma) names line and column',
    breakIt: (d) => {
      d.figureFiles[0]!.editText = (t) => t.replace('"value": 40,', '"value": 40');
    },
    file: FIGURES,
    figureId: undefined,
    field: undefined,
    message: /not valid JSON: Expected ',' or '}'/,
    fix: /fix the JSON syntax at this line and column/,
    line: (t) => lineOf(t, '"unit"', after('tiny-exports')),
    column: (t) => columnOf(t, '"unit"', after('tiny-exports')),
  },
  {
    name: 'duplicate JSON key',
    breakIt: (d) => {
      d.figureFiles[0]!.editText = (t) =>
        t.replace('"value": 40,', '"value": 40,\n      "value": 45,');
    },
    file: FIGURES,
    figureId: undefined,
    field: undefined,
    message: /Duplicate property "value"/,
    fix: /fix the JSON syntax/,
    line: (t) => lineOf(t, '"value": 45'),
    column: (t) => columnOf(t, '"value": 45'),
  },
  {
    name: 'schema: missing field',
    breakIt: (d) => {
      delete (fig(d) as Partial<ReturnType<typeof exportsFigure>>).label;
    },
    file: FIGURES,
    figureId: 'tiny-exports',
    field: 'label',
    message: /expected string, received undefined/i,
    fix: /add the required field "label"/,
    // The field is absent, so the error points at the figure's opening brace.
    line: (t) => lineOf(t, '"id": "tiny-exports"') - 1,
  },
  {
    name: 'schema: wrong type',
    breakIt: (d) => {
      (fig(d) as unknown as Record<string, unknown>).value = '40';
    },
    file: FIGURES,
    figureId: 'tiny-exports',
    field: 'value',
    message: /expected number/i,
    fix: /write "value" as a number/,
    line: (t) => lineOf(t, '"value": "40"'),
  },
  {
    name: 'schema: bad enum',
    breakIt: (d) => {
      (fig(d) as unknown as Record<string, unknown>).kind = 'ratio';
    },
    file: FIGURES,
    figureId: 'tiny-exports',
    field: 'kind',
    message: /invalid option/i,
    fix: /use one of: "change", "share", "amount"/,
    line: (t) => lineOf(t, '"kind": "ratio"'),
  },
  {
    name: 'schema: unknown field',
    breakIt: (d) => {
      (fig(d) as unknown as Record<string, unknown>).colour = 'red';
    },
    file: FIGURES,
    figureId: 'tiny-exports',
    field: 'colour',
    message: /unrecognized key/i,
    fix: /remove or rename "colour"/,
    line: (t) => lineOf(t, '"colour"'),
  },
  {
    name: 'schema: non-kebab id',
    breakIt: (d) => {
      fig(d).id = 'Tiny_Exports';
      chart(d).figures = ['tiny-exports'];
    },
    file: FIGURES,
    figureId: 'Tiny_Exports',
    field: 'id',
    message: /kebab-case/,
    fix: /correct "id"/,
    line: (t) => lineOf(t, '"id": "Tiny_Exports"'),
  },
  {
    name: 'schema: bad date format',
    breakIt: (d) => {
      meta(d).date = 'October 14, 2002';
    },
    file: META,
    figureId: SOURCE_ID,
    field: 'date',
    message: /YYYY-MM-DD/,
    fix: /correct "date"/,
    line: (t) => lineOf(t, '"date"'),
  },
  {
    name: 'schema: date that is not on the calendar',
    breakIt: (d) => {
      fig(d, 1).asOf = '2002-02-30';
    },
    file: FIGURES,
    figureId: 'tiny-share',
    field: 'asOf',
    message: /"2002-02-30" is not a real calendar date: February 2002 has 28 days/,
    fix: /correct the day \(01–28\)/,
    line: (t) => lineOf(t, '"asOf": "2002-02-30"'),
  },
  {
    name: 'schema: a source month that does not exist',
    breakIt: (d) => {
      meta(d).date = '2017-13';
    },
    file: META,
    figureId: SOURCE_ID,
    field: 'date',
    message: /"2017-13" has month 13; months run from 01 to 12/,
    fix: /correct the month/,
    line: (t) => lineOf(t, '"date"'),
  },
  {
    name: 'schema: a source date in another shape',
    breakIt: (d) => {
      meta(d).date = '11/2017';
    },
    file: META,
    figureId: SOURCE_ID,
    field: 'date',
    message: /YYYY, YYYY-MM or YYYY-MM-DD/,
    fix: /correct "date"/,
    line: (t) => lineOf(t, '"date"'),
  },
  {
    name: 'schema: asOf needs a full date',
    breakIt: (d) => {
      fig(d, 1).asOf = '2017-11';
    },
    file: FIGURES,
    figureId: 'tiny-share',
    field: 'asOf',
    message: /full date, YYYY-MM-DD/,
    fix: /correct "asOf"/,
    line: (t) => lineOf(t, '"asOf": "2017-11"'),
  },
  {
    name: 'schema: bad url',
    breakIt: (d) => {
      meta(d).url = 'ftp://example.org/talks.html';
    },
    file: META,
    figureId: SOURCE_ID,
    field: 'url',
    message: /http\(s\) URL/,
    fix: /correct "url"/,
    line: (t) => lineOf(t, '"url"'),
  },
  {
    name: 'schema: bad sha256 format',
    breakIt: (d) => {
      meta(d).sha256 = 'ABC123';
    },
    file: META,
    figureId: SOURCE_ID,
    field: 'sha256',
    message: /64 lowercase hex digits/,
    fix: /correct "sha256"/,
    line: (t) => lineOf(t, '"sha256"'),
  },
  {
    name: 'source id differs from its file name',
    breakIt: (d) => {
      meta(d).id = 'other-talks';
    },
    file: META,
    figureId: 'other-talks',
    field: 'id',
    message: /file is named tiny-talks\.json/,
    fix: /rename the file or set "id": "tiny-talks"/,
    line: (t) => lineOf(t, '"id"'),
  },
  {
    name: 'duplicate source id',
    breakIt: (d) => {
      d.sources.push({ ...d.sources[0]!, dir: 'data/sources/archive', meta: { ...meta(d) } });
    },
    file: `data/sources/archive/${SOURCE_ID}.json`,
    figureId: SOURCE_ID,
    field: 'id',
    message: /used twice/,
    fix: /give each source its own id/,
    line: (t) => lineOf(t, '"id"'),
  },
  {
    name: 'sha256 mismatch: the text changed',
    breakIt: (d) => {
      d.sources[0]!.text = d.sources[0]!.text.replace('An aide', 'A aide');
    },
    file: META,
    figureId: SOURCE_ID,
    field: 'sha256',
    message: /does not match data\/sources\/tiny-talks\.txt/,
    fix: /restore the verbatim text/,
    line: (t) => lineOf(t, '"sha256"'),
  },
  {
    name: 'duplicate figure id across files',
    breakIt: (d) => {
      d.figureFiles.push({
        name: 'more',
        content: {
          charts: [chartGroup('more', ['tiny-exports'])],
          figures: [{ ...exportsFigure(), chart: 'more' }],
        },
      });
    },
    file: 'data/figures/more.json',
    figureId: 'tiny-exports',
    field: 'id',
    message: /already used in data\/figures\/tiny\.json/,
    fix: /choose another id/,
    line: (t) => lineOf(t, '"id": "tiny-exports"', '"figures": [\n    {'),
  },
  {
    name: 'duplicate chart id across files',
    breakIt: (d) => {
      d.figureFiles.push({
        name: 'more',
        content: { charts: [chartGroup('growth', ['tiny-exports'])], figures: [] },
      });
    },
    file: 'data/figures/more.json',
    figureId: 'growth',
    field: 'id',
    message: /chart id "growth" is already used in data\/figures\/tiny\.json/,
    fix: /unique id/,
    line: (t) => lineOf(t, '"id": "growth"'),
  },
  {
    name: 'chart id equal to a figure id',
    breakIt: (d) => {
      d.figureFiles.push({
        name: 'more',
        content: { charts: [chartGroup('tiny-exports', ['tiny-exports'])], figures: [] },
      });
    },
    file: 'data/figures/more.json',
    figureId: 'tiny-exports',
    field: 'id',
    message: /chart id "tiny-exports" is also a figure id \(in data\/figures\/tiny\.json\)/,
    fix: /rename the chart group/,
    line: (t) => lineOf(t, '"id": "tiny-exports"'),
  },
  {
    name: 'quote.sourceId names no source',
    breakIt: (d) => {
      fig(d).quote.sourceId = 'nowhere';
    },
    file: FIGURES,
    figureId: 'tiny-exports',
    field: 'quote.sourceId',
    message: /names source "nowhere"/,
    fix: /add data\/sources\/nowhere\.txt/,
    line: (t) => lineOf(t, '"sourceId": "nowhere"'),
  },
  {
    name: 'quote offsets out of range',
    breakIt: (d) => {
      fig(d).quote.end = 10_000;
    },
    file: FIGURES,
    figureId: 'tiny-exports',
    field: 'quote.end',
    message: /do not fit the source \(\d+ code points\)/,
    fix: /end at most the length of the text/,
    line: (t) => lineOf(t, '"end": 10000'),
  },
  {
    name: 'exact text that the source does not contain',
    breakIt: (d) => {
      fig(d).quote.exact = QUOTE_SENTENCE.replace('increased', 'rose');
    },
    file: FIGURES,
    figureId: 'tiny-exports',
    field: 'quote.exact',
    message: /does not match the source between/,
    fix: /copy the exact text from the source/,
    line: (t) => lineOf(t, '"exact"', after('tiny-exports')),
  },
  {
    name: 'exact text at the wrong offsets: the hint gives the right start',
    breakIt: (d) => {
      fig(d).quote.start = 0;
      fig(d).quote.end = [...QUOTE_SENTENCE].length;
    },
    file: FIGURES,
    figureId: 'tiny-exports',
    field: 'quote.exact',
    message: /does not match the source between 0 and/,
    fix: new RegExp(`stands at start ${span(QUOTE_SENTENCE).start}: fix start and end`),
    line: (t) => lineOf(t, '"exact"', after('tiny-exports')),
  },
  {
    name: 'UTF-16 offsets instead of code points fail (the emoji counts twice)',
    breakIt: (d) => {
      const utf16Start = 'Talks 🤝 went well, but trade is not increasing. '.length;
      fig(d).quote.start = utf16Start;
      fig(d).quote.end = utf16Start + QUOTE_SENTENCE.length;
      expect(utf16Start).toBe(span(QUOTE_SENTENCE).start + 1);
    },
    file: FIGURES,
    figureId: 'tiny-exports',
    field: 'quote.exact',
    message: /\(code points\)/,
    fix: new RegExp(`stands at start ${span(QUOTE_SENTENCE).start}`),
    line: (t) => lineOf(t, '"exact"', after('tiny-exports')),
  },
  {
    name: 'prefix mismatch',
    breakIt: (d) => {
      fig(d).quote.prefix = 'is rising. ';
    },
    file: FIGURES,
    figureId: 'tiny-exports',
    field: 'quote.prefix',
    message: /is not the text just before the quote/,
    fix: /copy the prefix from the source/,
    line: (t) => lineOf(t, '"prefix": "is rising. "'),
  },
  {
    name: 'suffix mismatch',
    breakIt: (d) => {
      fig(d).quote.suffix = ' A minister';
    },
    file: FIGURES,
    figureId: 'tiny-exports',
    field: 'quote.suffix',
    message: /is not the text just after the quote/,
    fix: /copy the suffix from the source/,
    line: (t) => lineOf(t, '"suffix": " A minister"'),
  },
  {
    name: 'stated words outside the quote',
    breakIt: (d) => {
      fig(d).stated = { text: 'not increasing', ...span('not increasing') };
    },
    file: FIGURES,
    figureId: 'tiny-exports',
    field: 'stated.start',
    message: /lie outside the quote/,
    fix: /must be inside the quote/,
    line: (t) => lineOf(t, '"start"', '"text": "not increasing"'),
  },
  {
    name: 'stated text differs from the source at its offsets',
    breakIt: (d) => {
      fig(d).stated.text = 'increased 45%';
    },
    file: FIGURES,
    figureId: 'tiny-exports',
    field: 'stated.text',
    message: /the source has "increased 40%"/,
    fix: /set the offsets to where "increased 45%" stands/,
    line: (t) => lineOf(t, '"text": "increased 45%"'),
  },
  {
    name: 'value disagrees with the stated words',
    breakIt: (d) => {
      fig(d).value = 45;
    },
    file: FIGURES,
    figureId: 'tiny-exports',
    field: 'value',
    message: /is 45 percent but the stated words "increased 40%" say 40 percent/,
    fix: /set "value" to 40/,
    line: (t) => lineOf(t, '"value": 45'),
  },
  {
    name: 'stated words that state no number',
    breakIt: (d) => {
      fig(d).stated = { text: 'Exports', ...span('Exports') };
    },
    file: FIGURES,
    figureId: 'tiny-exports',
    field: 'stated.text',
    message: /does not state a change this checker can read/,
    fix: /make "stated" the value's own words/,
    line: (t) => lineOf(t, '"text": "Exports"'),
  },
  {
    // "… and 1.8 billion was earned" reads in the one currency its sentence named before it; here
    // the only currency is the "$" of this very amount, which the stated words leave out.
    name: 'a bare amount whose sentence names no currency before it',
    breakIt: (d) => {
      fig(d, 2).stated = { text: '1 billion', ...span('1 billion') };
    },
    file: FIGURES,
    figureId: 'tiny-invested',
    field: 'stated.text',
    message: /"1 billion" does not state a amount this checker can read/,
    fix: /make "stated" the value's own words/,
    line: (t) => lineOf(t, '"text": "1 billion"'),
  },
  {
    name: 'share measured in USD',
    breakIt: (d) => {
      fig(d, 1).unit = 'USD';
    },
    file: FIGURES,
    figureId: 'tiny-share',
    field: 'unit',
    message: /a share is measured in percent/,
    fix: /set "unit": "percent"/,
    line: (t) => lineOf(t, '"unit": "USD"', after('tiny-share')),
  },
  {
    name: 'amount measured in percent',
    breakIt: (d) => {
      fig(d, 2).unit = 'percent';
    },
    file: FIGURES,
    figureId: 'tiny-invested',
    field: 'unit',
    message: /an amount needs a currency/,
    fix: /use a currency code such as "USD"/,
    line: (t) => lineOf(t, '"unit": "percent"', after('tiny-invested')),
  },
  {
    // "Exports increased 40% and Japan holds 30% of the project": the "of" after 40% is the next
    // number's, so nothing is named that 140 would be a ratio to.
    name: 'share above 100 whose quote names nothing it is a ratio to and no rate',
    breakIt: (d) => {
      fig(d, 1).value = 140;
      fig(d, 1).stated = { text: '40%', ...span('40%') };
    },
    file: FIGURES,
    figureId: 'tiny-share',
    field: 'value',
    message:
      /is 140, outside 0–100 for a share, and its quote names neither what it is a ratio to nor a rate of interest/,
    fix: /a share above 100 is a ratio whose quote names what it is a ratio to \("of GDP", "debt-to-GDP ratio"\) or a rate of interest its quote names \("the policy rate … 118%", "209% EAR"\); a part of a whole stays within 0–100/,
    line: (t) => lineOf(t, '"value": 140'),
  },
  {
    name: 'share below 0 whose stated words write no minus',
    breakIt: (d) => {
      fig(d, 1).value = -30;
    },
    file: FIGURES,
    figureId: 'tiny-share',
    field: 'value',
    message: /is -30, outside 0–100 for a share, and the stated words "[^"]+" write no minus/,
    fix: /below 0 only as a rate whose stated words write the minus/,
    line: (t) => lineOf(t, '"value": -30'),
  },
  {
    name: 'negative amount',
    breakIt: (d) => {
      fig(d, 2).value = -1e9;
    },
    file: FIGURES,
    figureId: 'tiny-invested',
    field: 'value',
    message: /is -1000000000, but the stated words "\$1 billion" write no minus/,
    fix: /negative only when its stated words write the minus/,
    line: (t) => lineOf(t, '"value": -1000000000'),
  },
  {
    name: 'change of −100 % or less',
    breakIt: (d) => {
      fig(d).value = -100;
    },
    file: FIGURES,
    figureId: 'tiny-exports',
    field: 'value',
    message: /cannot fall by 100 % or more/,
    fix: /check the stated words/,
    line: (t) => lineOf(t, '"value": -100'),
  },
  {
    name: 'context quote that does not match the source',
    breakIt: (d) => {
      fig(d).context![0]!.quote.exact = 'Talks 🤝 went well, and trade is increasing.';
    },
    file: FIGURES,
    figureId: 'tiny-exports',
    field: 'context.0.quote.exact',
    message: /does not match the source/,
    fix: /copy the exact text from the source/,
    line: (t) => lineOf(t, '"exact": "Talks'),
  },
  {
    name: 'figure names a chart that does not exist',
    breakIt: (d) => {
      fig(d).chart = 'nope';
    },
    file: FIGURES,
    figureId: 'tiny-exports',
    field: 'chart',
    message: /names chart "nope", which no file defines/,
    fix: /add \{"id": "nope", …\} to "charts", or use one of: growth, shares, amounts/,
    line: (t) => lineOf(t, '"chart": "nope"'),
  },
  {
    name: 'figure names a chart that does not list it',
    breakIt: (d) => {
      fig(d).chart = 'shares';
    },
    file: FIGURES,
    figureId: 'tiny-exports',
    field: 'chart',
    message: /names chart "shares", which does not list it/,
    fix: /add "tiny-exports" to that chart's "figures"/,
    line: (t) => lineOf(t, '"chart": "shares"', after('tiny-exports')),
  },
  {
    name: 'chart lists an unknown figure',
    breakIt: (d) => {
      chart(d).figures.push('ghost');
    },
    file: FIGURES,
    figureId: 'growth',
    field: 'figures.1',
    message: /lists "ghost", which is not a figure id/,
    fix: /fix the id or remove it from the chart/,
    line: (t) => lineOf(t, '"ghost"'),
  },
  {
    name: 'chart lists a figure that names another chart',
    breakIt: (d) => {
      chart(d).figures.push('tiny-share');
    },
    file: FIGURES,
    figureId: 'growth',
    field: 'figures.1',
    message: /lists "tiny-share", but that figure names chart "shares"/,
    fix: /set the figure's "chart" to "growth" or remove it here/,
    line: (t) => lineOf(t, '"tiny-share"'),
  },
  {
    name: 'chart mixes kinds',
    breakIt: (d) => {
      fig(d, 1).chart = 'growth';
      chart(d).figures.push('tiny-share');
      d.figureFiles[0]!.content.charts.splice(1, 1);
    },
    file: FIGURES,
    figureId: 'growth',
    field: 'figures',
    message: /mixes change in percent \("tiny-exports"\) with share in percent \("tiny-share"\)/,
    fix: /chart group of their own/,
    line: (t) => lineOf(t, '"figures": ['),
  },
];

/** The text of the file an error names, as the validator saw it. */
function fileText(d: TinyData, file: string): string {
  const raw = toRawInput(d);
  const text =
    raw.figureFiles.find((f) => f.path === file)?.text ??
    raw.sources.find((s) => s.metaPath === file)?.metaText;
  if (text === undefined) throw new Error(`no file ${file} in the fixture`);
  return text;
}

describe('validateData', () => {
  it('accepts the tiny valid dataset', () => {
    const { errors, dataset } = validateData(toRawInput(tinyData()));
    expect(errors).toEqual([]);
    expect(dataset.figures.map((f) => f.id)).toEqual([
      'tiny-exports',
      'tiny-share',
      'tiny-invested',
    ]);
    expect(dataset.charts.map((c) => c.id)).toEqual(['growth', 'shares', 'amounts']);
    expect(dataset.sources).toEqual([
      expect.objectContaining({ id: SOURCE_ID, path: `data/sources/${SOURCE_ID}.txt` }),
    ]);
    expect(dataset.sources[0]).not.toHaveProperty('$schema');
  });

  it.each(['2017', '2017-11', '2024-02-29'])(
    'accepts the source date %s (a year, a month or a day)',
    (date) => {
      const data = tinyData();
      meta(data).date = date;
      expect(validateData(toRawInput(data)).errors).toEqual([]);
    },
  );

  it.each(cases)('$name', (c) => {
    const data = tinyData();
    c.breakIt(data);
    const { errors, dataset } = validateData(toRawInput(data));
    const error = errors.find((e) => c.message.test(e.message));
    expect(
      error,
      `no error matching ${c.message} in:\n${errors.map(formatDataError).join('\n')}`,
    ).toBeDefined();
    const e = error!;
    expect(e.file).toBe(c.file);
    expect(e.figureId).toBe(c.figureId);
    expect(e.field).toBe(c.field);
    expect(e.message.trim()).not.toBe('');
    expect(e.fix.trim()).not.toBe('');
    expect(e.fix).toMatch(c.fix);
    if (c.line) expect(e.line).toBe(c.line(fileText(data, c.file)));
    if (c.column) expect(e.column).toBe(c.column(fileText(data, c.file)));
    // A figure with a problem never reaches the published dataset.
    if (c.figureId) {
      expect(dataset.figures.map((f) => f.id)).not.toContain(c.figureId);
      expect(dataset.charts.map((ch) => ch.id)).not.toContain(c.figureId);
    }
  });

  it('reports every broken file, not just the first', () => {
    const data = tinyData();
    data.sources[0]!.meta.url = 'not a url';
    data.figureFiles[0]!.content.figures[0]!.value = 45;
    const files = new Set(validateData(toRawInput(data)).errors.map((e) => e.file));
    // The source fails, so its quotes cannot be checked: both files report.
    expect([...files].sort()).toEqual([FIGURES, META]);
  });

  it('keeps the other figures when one fails', () => {
    const data = tinyData();
    data.figureFiles[0]!.content.figures[1]!.value = 31;
    const { dataset } = validateData(toRawInput(data));
    expect(dataset.figures.map((f) => f.id)).toEqual(['tiny-exports', 'tiny-invested']);
  });

  it('allows $schema at the top of a file but not inside a figure', () => {
    expect(sourceMetaText(tinyData().sources[0]!)).toContain('"$schema"');
    const data = tinyData();
    (data.figureFiles[0]!.content.figures[0] as unknown as Record<string, unknown>).$schema = 'x';
    expect(figureFileText(data.figureFiles[0]!)).toContain('"$schema": "x"');
    const errors = validateData(toRawInput(data)).errors;
    expect(errors.map((e) => [e.figureId, e.field])).toEqual([['tiny-exports', '$schema']]);
  });
});

describe('the real data/ folder', () => {
  it('validates with zero errors and holds the six seed figures', () => {
    const root = resolve(import.meta.dirname, '../..');
    const { errors, dataset, texts } = loadDataset(resolve(root, 'data'), root);
    expect(errors.map(formatDataError)).toEqual([]);
    expect(dataset.figures).toHaveLength(6);
    expect(dataset.charts.map((c) => c.id)).toEqual([
      'growth-2001',
      'sakhalin-capital-shares',
      'investment-so-far-vs-expected',
    ]);
    expect([...texts.keys()]).toEqual(['mofa-2002-10-14-kawaguchi-putin']);
  });
});

describe('formatDataError', () => {
  const base: DataError = {
    file: 'data/figures/a.json',
    line: 3,
    column: 5,
    figureId: 'x',
    field: 'value',
    message: 'must be a number',
    fix: 'write 40, not "40"',
  };
  it.each([
    {
      name: 'all parts',
      error: base,
      expected: 'data/figures/a.json:3:5 — x — value — must be a number — write 40, not "40"',
    },
    {
      name: 'no column → 1',
      error: { ...base, column: undefined },
      expected: 'data/figures/a.json:3:1 — x — value — must be a number — write 40, not "40"',
    },
    {
      name: 'no line, id or field → file and dashes',
      error: { file: 'data/sources', message: 'folder is missing', fix: 'create it' },
      expected: 'data/sources — - — - — folder is missing — create it',
    },
  ])('$name', ({ error, expected }) => {
    expect(formatDataError(error)).toBe(expected);
  });

  it('DataValidationError lists every problem, one a line', () => {
    const err = new DataValidationError([base, { ...base, figureId: 'y' }]);
    expect(err.message).toBe(
      'Data validation failed with 2 problems:\n' +
        `  ${formatDataError(base)}\n  ${formatDataError({ ...base, figureId: 'y' })}`,
    );
    expect(new DataValidationError([base]).message).toMatch(
      /^Data validation failed with 1 problem:/,
    );
  });
});

describe('ranges (the Lakeside fixture)', () => {
  const FILE = `data/figures/${RANGE_SOURCE_ID}.json`;
  const byId = (file: RangeFigureFile, id: string) => file.figures.find((f) => f.id === id)!;

  it('validates: every range figure with both ends in its stated words', () => {
    const { errors, dataset } = validateData(rangeRawInput());
    expect(errors.map(formatDataError)).toEqual([]);
    expect(dataset.figures.filter((f) => f.range).map((f) => [f.id, f.range])).toEqual([
      ['lakeside-gdp-growth-2033', { low: 1, high: 1.5 }],
      ['lakeside-inflation-2033', { low: 2, high: 3 }],
      ['lakeside-household-debt-2032', { low: -3, high: -2.5 }],
      ['lakeside-small-firm-loans-2031', { low: 20, high: 25 }],
      ['lakeside-port-investment-2033', { low: 1e9, high: 2e9 }],
    ]);
  });

  it.each<{
    name: string;
    edit: (file: RangeFigureFile) => void;
    id: string;
    field: string;
    message: RegExp;
    fix: RegExp;
    /** The line the error points at: the first `needle` after the figure's id… */
    needle: string;
    /** …plus this many lines (-1: the figure's opening brace, where a missing field is). */
    lineDelta?: number;
  }>([
    {
      name: 'stated words give one end only',
      edit: (file) => {
        const f = byId(file, 'lakeside-gdp-growth-2033');
        const q = f.quote as { start: number };
        const at = (f.quote as { exact: string }).exact.indexOf('grow 1%') + q.start;
        f.stated = { text: 'grow 1%', start: at, end: at + 7 };
      },
      id: 'lakeside-gdp-growth-2033',
      field: 'stated.text',
      message: /"grow 1%" states one number \(1 percent\), not both ends of the range 1 to 1\.5/,
      fix: /widen "stated" to the words that give both ends, e\.g\. "1 % to 1\.5 %"/,
      needle: '"text": "grow 1%"',
    },
    {
      name: 'range ends disagree with the words',
      edit: (file) => {
        byId(file, 'lakeside-inflation-2033').range = { low: 2, high: 3.5 };
      },
      id: 'lakeside-inflation-2033',
      field: 'range',
      message: /is 2 to 3\.5 percent but the stated words "between 2 and 3 per cent" say 2 to 3/,
      fix: /set "range" to \{ "low": 2, "high": 3 \}/,
      needle: '"range"',
    },
    {
      name: 'low not smaller than high',
      edit: (file) => {
        byId(file, 'lakeside-small-firm-loans-2031').range = { low: 25, high: 20 };
      },
      id: 'lakeside-small-firm-loans-2031',
      field: 'range.high',
      message: /must have "low" smaller than "high"/,
      fix: /put the smaller end in "low" and the larger in "high"/,
      needle: '"high"',
    },
    {
      name: 'both value and range',
      edit: (file) => {
        byId(file, 'lakeside-port-investment-2033').value = 1e9;
      },
      id: 'lakeside-port-investment-2033',
      field: 'range',
      message: /is given together with "value"/,
      fix: /remove "value" when the words give two ends/,
      needle: '"range"',
    },
    {
      name: 'neither value nor range',
      edit: (file) => {
        delete byId(file, 'lakeside-bond-purchases-2031').value;
      },
      id: 'lakeside-bond-purchases-2031',
      field: 'value',
      message: /is missing: a figure states either "value" \(one number\) or "range"/,
      fix: /add "value": <number>, or "range": \{ "low": <number>, "high": <number> \}/,
      needle: '"id"',
      lineDelta: -1,
    },
    {
      name: 'one value where the words give a range',
      edit: (file) => {
        const f = byId(file, 'lakeside-port-investment-2033');
        delete f.range;
        f.value = 1e9;
      },
      id: 'lakeside-port-investment-2033',
      field: 'value',
      message:
        /is one number, but the stated words "\$1–2 billion" give a range \(1000000000 to 2000000000 USD\)/,
      fix: /replace "value" with "range": \{ "low": 1000000000, "high": 2000000000 \}/,
      needle: '"value"',
    },
    {
      // "Household debt fell 2.5–3 % over the past year": no "of …" and no "ratio".
      name: 'a share range end above 100 whose quote names nothing it is a ratio to',
      edit: (file) => {
        Object.assign(byId(file, 'lakeside-household-debt-2032'), {
          kind: 'share',
          range: { low: 2.5, high: 125 },
        });
      },
      id: 'lakeside-household-debt-2032',
      field: 'range.high',
      message:
        /is 125, outside 0–100 for a share, and its quote names neither what it is a ratio to/,
      fix: /a share above 100 is a ratio/,
      needle: '"high"',
    },
  ])('$name: file:line, field, message and fix', (c) => {
    const input = rangeRawInput(c.edit);
    const { errors } = validateData(input);
    const error = errors.find((e) => c.message.test(e.message));
    expect(error, errors.map(formatDataError).join('\n')).toBeDefined();
    expect(error).toMatchObject({ file: FILE, figureId: c.id, field: c.field });
    expect(error!.fix).toMatch(c.fix);
    const text = input.figureFiles[0]!.text;
    expect(error!.line).toBe(lineOf(text, c.needle, `"id": "${c.id}"`) + (c.lineDelta ?? 0));
  });
});

describe('shares above 100: a ratio needs a named denominator (the Varnland fixture)', () => {
  it('accepts ratios whose stated words or the words right after them name what they are to', () => {
    const { errors, dataset } = validateData(ratioRawInput());
    expect(errors.map(formatDataError)).toEqual([]);
    expect(dataset.figures.map((f) => f.value)).toEqual([131.5, 112, 130, 104, 38]);
  });

  it.each([
    {
      name: '"131.5 percent", "of GDP" right after it in the quote',
      stated: '131.5 percent',
      ok: true,
    },
    { name: '"130%", "of their 2019 level" right after it', stated: '130%', ok: true },
    { name: '"104%" in a sentence naming a "loan-to-deposit ratio"', stated: '104%', ok: true },
    {
      // "… reached 131.5 percent of GDP at the end of 2031." keeps "of GDP" out of the stated
      // words; a quote cut before it leaves nothing named.
      name: 'a quote cut before the denominator',
      stated: '131.5 percent',
      exact: 'Gross general government debt reached 131.5 percent',
      ok: false,
    },
  ])('$name', ({ stated, exact, ok }) => {
    const input = ratioRawInput((file) => {
      const f = file.figures.find((g) => g.stated.text.startsWith(stated))!;
      const at = f.stated.start;
      f.stated = { text: stated, start: at, end: at + Array.from(stated).length };
      if (exact) {
        const cut = f.quote.start + Array.from(exact).length;
        const points = Array.from(ratioSourceText());
        f.quote = {
          ...f.quote,
          exact,
          end: cut,
          suffix: points.slice(cut, cut + 10).join(''),
        };
      }
    });
    const errors = validateData(input).errors.filter((e) => /ratio/.test(e.message));
    expect(errors.length === 0, errors.map(formatDataError).join('\n')).toBe(ok);
  });
});

describe('shares above 100: a rate of interest its quote names is a level too', () => {
  // The tiny statement with one more sentence, which the share figure quotes instead.
  const withSentence = (sentence: string, statedText: string, value: number) => {
    const data = tinyData();
    const text = `${data.sources[0]!.text} ${sentence}`;
    data.sources[0]!.text = text;
    meta(data).sha256 = sha256(text);
    Object.assign(fig(data, 1), {
      value,
      stated: { text: statedText, ...span(statedText, text) },
      quote: quoteOf(sentence, text),
    });
    return validateData(toRawInput(data)).errors;
  };

  it.each([
    { sentence: 'Then the policy rate was raised to 118% in May.', stated: '118%', value: 118 },
    { sentence: 'Notes paid 118% (209% EAR) from then on.', stated: '209%', value: 209 },
    { sentence: 'Banks lent at 133 percent per annum.', stated: '133 percent', value: 133 },
  ])('"$sentence": $value validates', ({ sentence, stated, value }) => {
    expect(withSentence(sentence, stated, value).map(formatDataError)).toEqual([]);
  });

  it.each([
    { sentence: 'Then sales were raised to 118% in May.', stated: '118%', value: 118 },
    { sentence: 'The inflation rate reached 211% in May.', stated: '211%', value: 211 },
    { sentence: 'The exchange rate moved to 150% in May.', stated: '150%', value: 150 },
  ])(
    '"$sentence": $value is still refused, and the fix names both ways',
    ({ sentence, stated, value }) => {
      const errors = withSentence(sentence, stated, value).filter((e) => e.field === 'value');
      expect(errors.map((e) => e.message)).toEqual([
        `is ${value}, outside 0–100 for a share, and its quote names neither what it is a ratio to nor a rate of interest`,
      ]);
      expect(errors[0]!.fix).toMatch(
        /a ratio whose quote names what it is a ratio to .* or a rate of interest its quote names/,
      );
    },
  );
});
