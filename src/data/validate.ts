// Validates raw data files (already read into memory) and turns them into a typed Dataset:
// JSON syntax, schema, unique ids, source hashes, quote integrity, stated value, chart groups.
// It never reads files and never throws for bad data: every problem becomes a DataError.

import type { z } from 'zod';
import type {
  ChartGroup,
  Dataset,
  Figure,
  PublishedSource,
  QuoteSelector,
  ValueRange,
} from '../model/figure.ts';
import { isCurrency } from '../model/figure.ts';
import {
  codePointIndex,
  codePointLength,
  sliceCodePoints,
  toCodePoints,
} from '../model/codePoints.ts';
import { hasWrittenMinus, readStatedValue } from '../model/statedValue.ts';
import { namedCurrency } from '../model/numberVocabulary.ts';
import { readStatedRange } from '../model/statedRange.ts';
import { aboveWhole } from '../model/rateOfInterest.ts';
import { quoteParts } from '../model/quoteParts.ts';
import type { DataError } from './dataError.ts';
import {
  JsonSyntaxError,
  parseJson,
  parseJsonWithPositions,
  type Position,
} from './jsonPositions.ts';
import { figureFileSchema, sourceFileSchema } from './schema.ts';

export interface RawSource {
  /** data/sources/<id>.json */
  metaPath: string;
  metaText: string;
  /** data/sources/<id>.txt, decoded as UTF-8 */
  textPath: string;
  text: string;
  /** sha256 hex of the .txt file's bytes, computed by the caller. */
  textSha256: string;
}

export interface RawFigureFile {
  path: string;
  text: string;
}

export interface ValidationResult {
  dataset: Dataset;
  errors: DataError[];
}

export interface Located {
  file: string;
  positions: Map<string, Position>;
}

/**
 * Validates every file and returns the dataset built from the parts that passed, with all errors.
 * The build must refuse to publish when `errors` is not empty.
 * @example validateData({ sources: [], figureFiles: [] }) // { dataset: {figures:[],charts:[],sources:[]}, errors: [] }
 */
export function validateData(input: {
  sources: RawSource[];
  figureFiles: RawFigureFile[];
}): ValidationResult {
  const errors: DataError[] = [];
  const sources: PublishedSource[] = [];
  const sourceText = new Map<string, string[]>();

  for (const raw of input.sources) {
    const parsed = parseFile(raw.metaPath, raw.metaText, errors);
    if (!parsed) continue;
    const meta = checkSchema(sourceFileSchema, parsed, errors);
    if (!meta) continue;
    const problem = sourceProblem(meta, raw, sourceText);
    if (problem) {
      const [field, message, fix] = problem;
      errors.push(at(parsed, field, meta.id, field, message, fix));
      continue;
    }
    const { $schema: _ignored, ...source } = meta;
    sources.push({ ...source, path: `data/sources/${meta.id}.txt` });
    sourceText.set(meta.id, toCodePoints(raw.text));
  }

  const figures: Figure[] = [];
  const charts: ChartGroup[] = [];
  const figureFile = new Map<string, { loc: Located; index: number }>();
  const chartFile = new Map<string, { loc: Located; index: number }>();

  for (const raw of input.figureFiles) {
    const parsed = parseFile(raw.path, raw.text, errors);
    if (!parsed) continue;
    const file = checkSchema(figureFileSchema, parsed, errors);
    if (!file) continue;
    const loc = parsed;

    file.charts.forEach((chart, index) => {
      const seen = chartFile.get(chart.id);
      if (seen) {
        errors.push(
          at(
            loc,
            `charts.${index}.id`,
            chart.id,
            'id',
            `chart id "${chart.id}" is already used in ${seen.loc.file}`,
            'give each chart group a unique id',
          ),
        );
        return;
      }
      chartFile.set(chart.id, { loc, index });
      charts.push(chart);
    });

    file.figures.forEach((f, index) => {
      const figure: Figure = f;
      const base = `figures.${index}`;
      const seen = figureFile.get(figure.id);
      if (seen) {
        errors.push(
          at(
            loc,
            `${base}.id`,
            figure.id,
            'id',
            `figure id "${figure.id}" is already used in ${seen.loc.file}`,
            'ids are used in URLs and must be unique: choose another id',
          ),
        );
        return;
      }
      const before = errors.length;
      checkFigure(figure, loc, base, sourceText, errors);
      figureFile.set(figure.id, { loc, index });
      if (errors.length === before) figures.push(figure);
    });
  }

  // Chart groups and figures publish files side by side (charts/<id>.png): one id, one file.
  for (const [id, { loc, index }] of chartFile) {
    const figure = figureFile.get(id);
    if (!figure) continue;
    errors.push(
      at(
        loc,
        `charts.${index}.id`,
        id,
        'id',
        `chart id "${id}" is also a figure id (in ${figure.loc.file}); both would publish charts/${id}.png`,
        `rename the chart group, e.g. "${id}-chart", and update its figures' "chart"`,
      ),
    );
  }

  // Chart groups: every figure names an existing chart that lists it back; one kind and unit a chart.
  const byId = new Map(figures.map((f) => [f.id, f]));
  for (const chart of charts) {
    const { loc, index } = chartFile.get(chart.id)!;
    const err = (field: string, message: string, fix: string) =>
      errors.push(at(loc, `charts.${index}.${field}`, chart.id, field, message, fix));
    const members: Figure[] = [];
    chart.figures.forEach((id, j) => {
      if (!figureFile.has(id)) {
        err(
          `figures.${j}`,
          `lists "${id}", which is not a figure id`,
          'fix the id or remove it from the chart',
        );
        return;
      }
      const f = byId.get(id);
      if (!f) return; // the figure itself failed validation and was reported
      if (f.chart !== chart.id) {
        err(
          `figures.${j}`,
          `lists "${id}", but that figure names chart "${f.chart}"`,
          `set the figure's "chart" to "${chart.id}" or remove it here`,
        );
      }
      members.push(f);
    });
    const first = members[0];
    for (const f of members) {
      if (first && (f.kind !== first.kind || f.unit !== first.unit)) {
        err(
          'figures',
          `mixes ${first.kind} in ${first.unit} ("${first.id}") with ${f.kind} in ${f.unit} ("${f.id}"); one axis cannot show both`,
          'put figures of another kind or unit in a chart group of their own',
        );
        break;
      }
    }
  }
  // A map, not charts.find per figure: at 10,000 figures the scan made validation quadratic.
  const chartById = new Map(charts.map((c) => [c.id, c]));
  for (const f of figures) {
    const { loc, index } = figureFile.get(f.id)!;
    const chart = chartById.get(f.chart);
    const unlisted: readonly [string, string] | undefined = !chart
      ? [
          'which no file defines',
          `add {"id": "${f.chart}", …} to "charts", or use one of: ${charts.map((c) => c.id).join(', ') || '(none yet)'}`,
        ]
      : !chart.figures.includes(f.id)
        ? ['which does not list it', `add "${f.id}" to that chart's "figures"`]
        : undefined;
    if (unlisted) {
      const [why, fix] = unlisted;
      errors.push(
        at(loc, `figures.${index}.chart`, f.id, 'chart', `names chart "${f.chart}", ${why}`, fix),
      );
    }
  }

  const failed = new Set(errors.map((e) => e.figureId));
  return {
    dataset: {
      figures: figures.filter((f) => !failed.has(f.id)),
      charts: charts.filter((c) => !failed.has(c.id)),
      sources,
    },
    errors,
  };
}

function checkFigure(
  f: Figure,
  loc: Located,
  base: string,
  sourceText: Map<string, string[]>,
  errors: DataError[],
): void {
  const err = (field: string, message: string, fix: string) =>
    errors.push(at(loc, `${base}.${field}`, f.id, field, message, fix));

  if (f.kind === 'share' && f.unit !== 'percent') {
    err('unit', `is "${f.unit}" but a share is measured in percent`, 'set "unit": "percent"');
  }
  if (f.kind === 'change' && f.unit !== 'percent' && f.unit !== 'percentage-points') {
    err(
      'unit',
      `is "${f.unit}" but a change is measured in percent or percentage points`,
      'set "unit": "percent" (relative change) or "percentage-points" (a change between two percentages)',
    );
  }
  if (f.kind === 'amount' && !isCurrency(f.unit)) {
    err(
      'unit',
      `is "${f.unit}" but an amount needs a currency`,
      'use a currency code such as "USD"',
    );
  }
  // A range is checked end by end, so each message names the end that is wrong.
  const magnitude = f.range ? 'range' : 'value';
  const ends: [string, number][] = f.range
    ? [
        ['range.low', f.range.low],
        ['range.high', f.range.high],
      ]
    : [[magnitude, f.value ?? Number.NaN]];
  // A share above 100 is a ratio to something its quote names ("255 percent of GDP", "a
  // loan-to-deposit ratio of 104%") or a rate of interest its quote names ("the policy rate …
  // 118%", "209% EAR"); a part of a whole never is, and grammar alone cannot tell the two apart,
  // so the rule is that above 100 needs a named denominator or a named rate.
  const ratio =
    f.kind === 'share' && ends.some(([, v]) => v > 100)
      ? aboveWhole({ ...quoteParts(f), stated: f.stated.text })
      : undefined;
  for (const [field, v] of ends) {
    // A level in percent is below zero only as a rate's level whose stated words write the minus
    // ("the deposit rate at -0.5%", "minus 0.1 percent"); a part of a whole never is.
    if (f.kind === 'share' && ((v > 100 && !ratio) || (v < 0 && !hasWrittenMinus(f.stated.text)))) {
      err(
        field,
        v > 100
          ? `is ${v}, outside 0–100 for a share, and its quote names neither what it is a ratio to nor a rate of interest`
          : `is ${v}, outside 0–100 for a share, and the stated words "${f.stated.text}" write no minus`,
        v > 100
          ? 'a share above 100 is a ratio whose quote names what it is a ratio to ("of GDP", "debt-to-GDP ratio") or a rate of interest its quote names ("the policy rate … 118%", "209% EAR"); a part of a whole stays within 0–100'
          : 'a share is below 0 only as a rate whose stated words write the minus ("-0.5%", "minus 0.1 percent"); otherwise use a value from 0 to 100, or state a fall as a change',
      );
    }
    // A balance may be below zero ("services (–2.8 billion euros)"), but only when the stated
    // words write the minus; "a decrease of US$2 billion" states the size of a fall.
    if (f.kind === 'amount' && v < 0 && !hasWrittenMinus(f.stated.text)) {
      err(
        field,
        `is ${v}, but the stated words "${f.stated.text}" write no minus`,
        'an amount is negative only when its stated words write the minus ("–2.8 billion euros"); state a decrease as a change, or give the size as a positive amount',
      );
    }
    if (f.kind === 'change' && v <= -100) {
      err(field, `is ${v}; a change cannot fall by 100 % or more`, 'check the stated words');
    }
  }

  const quoteOk = checkQuote(f.quote, `quote`, loc, base, f.id, sourceText, errors);
  for (const [i, c] of (f.context ?? []).entries()) {
    checkQuote(c.quote, `context.${i}.quote`, loc, base, f.id, sourceText, errors);
  }
  if (!quoteOk) return;

  const s = f.stated;
  if (s.start < f.quote.start || s.end > f.quote.end || s.start >= s.end) {
    err(
      'stated.start',
      `stated words [${s.start}, ${s.end}) lie outside the quote [${f.quote.start}, ${f.quote.end})`,
      'the stated words must be inside the quote: fix the offsets or widen the quote',
    );
    return;
  }
  const points = sourceText.get(f.quote.sourceId)!;
  const actual = sliceCodePoints(points, s.start, s.end);
  if (actual !== s.text) {
    err(
      'stated.text',
      `is "${s.text}" but the source has "${actual}" at [${s.start}, ${s.end})`,
      `set the offsets to where "${s.text}" stands (code points), or copy the text from the source`,
    );
    return;
  }
  // A bare cell of a table in the unit of its column's header, at the quote's top.
  const lead = sliceCodePoints(points, f.quote.start, s.start);
  if (f.range) {
    checkStatedRange(f.range, f, lead, err);
    return;
  }
  const statedRange = readStatedRange(s.text, f.kind);
  if (statedRange) {
    err(
      'value',
      `is one number, but the stated words "${s.text}" give a range (${statedRange.low} to ${statedRange.high} ${statedRange.unit})`,
      `replace "value" with "range": { "low": ${statedRange.low}, "high": ${statedRange.high} }`,
    );
    return;
  }
  // A bare "1.7599 billion" is counted in the one currency its sentence named before it; a bare
  // cell of a table in the unit of its column's header, at the quote's top.
  // "SEK 512.6 (478.3) billion": the quote's words after the stated ones give a pair's unit.
  const after = sliceCodePoints(points, s.end, f.quote.end);
  const readings = readStatedValue(s.text, f.kind, {
    currency: namedCurrency(lead),
    lead,
    after,
  });
  if (readings.length === 0) {
    err(
      'stated.text',
      `"${s.text}" does not state a ${f.kind} this checker can read`,
      'make "stated" the value\'s own words, e.g. "increased 40%", "doubled", "$1 billion"',
    );
  } else if (!readings.some((r) => r.value === f.value && r.unit === f.unit)) {
    const said = readings.map((r) => `${r.value} ${r.unit}`).join(' or ');
    err(
      'value',
      `is ${f.value} ${f.unit} but the stated words "${s.text}" say ${said}`,
      `set "value" to ${readings[0]!.value} and "unit" to "${readings[0]!.unit}", or fix the stated words`,
    );
  }
}

/** The stated words of a range figure must say both ends, and say the same ends as `range`. */
function checkStatedRange(
  range: ValueRange,
  f: Figure,
  lead: string,
  err: (field: string, message: string, fix: string) => void,
): void {
  const said = readStatedRange(f.stated.text, f.kind, lead);
  if (!said) {
    const one = readStatedValue(f.stated.text, f.kind)[0];
    err(
      'stated.text',
      one
        ? `"${f.stated.text}" states one number (${one.value} ${one.unit}), not both ends of the range ${range.low} to ${range.high}`
        : `"${f.stated.text}" does not state both ends of the range ${range.low} to ${range.high}`,
      'widen "stated" to the words that give both ends, e.g. "1 % to 1.5 %", "between 2 and 3 per cent", "2.5–3 %"; or use "value" if the source gives one number',
    );
    return;
  }
  if (said.low !== range.low || said.high !== range.high || !said.units.includes(f.unit)) {
    err(
      'range',
      `is ${range.low} to ${range.high} ${f.unit} but the stated words "${f.stated.text}" say ${said.low} to ${said.high} ${said.unit}`,
      `set "range" to { "low": ${said.low}, "high": ${said.high} } and "unit" to "${said.unit}", or fix the stated words`,
    );
  }
}

function checkQuote(
  q: QuoteSelector,
  field: string,
  loc: Located,
  base: string,
  figureId: string,
  sourceText: Map<string, string[]>,
  errors: DataError[],
): boolean {
  const err = (sub: string, message: string, fix: string) =>
    errors.push(at(loc, `${base}.${field}.${sub}`, figureId, `${field}.${sub}`, message, fix));
  const points = sourceText.get(q.sourceId);
  if (!points) {
    err(
      'sourceId',
      `names source "${q.sourceId}", which is missing or failed its own checks`,
      `add data/sources/${q.sourceId}.txt and .json, or use an existing source id`,
    );
    return false;
  }
  if (q.end <= q.start || q.end > points.length) {
    err(
      'end',
      `offsets [${q.start}, ${q.end}) do not fit the source (${points.length} code points)`,
      'start must be below end, and end at most the length of the text',
    );
    return false;
  }
  const actual = sliceCodePoints(points, q.start, q.end);
  if (actual !== q.exact) {
    const found = points.join('').indexOf(q.exact);
    const hint =
      found >= 0
        ? `the exact text stands at start ${codePointIndex(points.join(''), found)}: fix start and end`
        : 'copy the exact text from the source, typos included; never edit the source';
    err(
      'exact',
      `does not match the source between ${q.start} and ${q.end} (code points); the source has "${clip(actual)}"`,
      hint,
    );
    return false;
  }
  // The prefix must end where the quote starts and the suffix begin where it ends.
  const sides = [
    ['prefix', q.prefix, 'before', q.start - codePointLength(q.prefix), q.start],
    ['suffix', q.suffix, 'after', q.end, q.end + codePointLength(q.suffix)],
  ] as const;
  for (const [side, given, where, from, to] of sides) {
    const found = sliceCodePoints(points, from, to);
    if (found !== given) {
      err(
        side,
        `"${clip(given)}" is not the text just ${where} the quote ("${clip(found)}")`,
        `copy the ${side} from the source, or leave it empty`,
      );
      return false;
    }
  }
  return true;
}

/**
 * The first problem of a source's metadata beyond its schema, as [field, message, fix]: its id
 * must match its file name and be unused, and its sha256 must be that of its text.
 * @example sourceProblem({ id: 'a', sha256: 'x', … }, { metaPath: 'data/sources/b.json', … }, new Map())
 * // ['id', 'is "a" but the file is named b.json', 'rename the file or set "id": "b"']
 */
function sourceProblem(
  meta: { id: string; sha256: string },
  raw: RawSource,
  known: ReadonlyMap<string, unknown>,
): readonly [field: string, message: string, fix: string] | undefined {
  const expectedId = baseName(raw.metaPath);
  const checks = [
    [
      meta.id !== expectedId,
      'id',
      `is "${meta.id}" but the file is named ${expectedId}.json`,
      `rename the file or set "id": "${expectedId}"`,
    ],
    [
      known.has(meta.id),
      'id',
      `source id "${meta.id}" is used twice`,
      'give each source its own id',
    ],
    [
      meta.sha256 !== raw.textSha256,
      'sha256',
      `does not match ${raw.textPath} (its sha256 is ${raw.textSha256}); the text changed since it was checked`,
      `restore the verbatim text, or re-check every quote of this source and then set "sha256": "${raw.textSha256}"`,
    ],
  ] as const;
  const failed = checks.find(([bad]) => bad);
  return failed && [failed[1], failed[2], failed[3]];
}

export function parseFile(file: string, text: string, errors: DataError[]) {
  try {
    // Positions only locate errors, so a file is parsed again to record them on first use: at
    // 10,000 figures recording every value's position up front doubled validation time.
    const value = parseJson(text);
    let positions: Map<string, Position> | undefined;
    return {
      file,
      value,
      get positions() {
        return (positions ??= parseJsonWithPositions(text).positions);
      },
    };
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    errors.push({
      file,
      line: e.position.line,
      column: e.position.column,
      message: `is not valid JSON: ${e.message}`,
      fix: 'fix the JSON syntax at this line and column (a missing comma or quote is the usual cause)',
    });
    return undefined;
  }
}

export function checkSchema<T>(
  schema: z.ZodType<T>,
  parsed: Located & { value: unknown },
  errors: DataError[],
): T | undefined {
  // reportInput: fixFor tells a missing field (input undefined) from one of the wrong type.
  const result = schema.safeParse(parsed.value, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues.slice(0, 50)) {
    // An unknown key is reported on its object; point at the key itself instead.
    const keys = issue.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : [];
    const path = [...issue.path.map(String), ...keys];
    const recordId = recordIdOf(parsed.value, path);
    const field =
      path[0] === 'figures' || path[0] === 'charts' ? path.slice(2).join('.') : path.join('.');
    errors.push(
      at(parsed, path.join('.'), recordId, field || '(file)', issue.message, fixFor(issue, path)),
    );
  }
  return undefined;
}

function fixFor(issue: z.core.$ZodIssue, path: string[]): string {
  const name = path[path.length - 1] ?? 'this field';
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `add the required field "${name}" (see data/schema/ for every field)`
        : `write "${name}" as ${issue.expected === 'array' ? 'an' : 'a'} ${issue.expected}`;
    case 'invalid_value':
      return `use one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `remove or rename ${issue.keys.map((k) => `"${k}"`).join(', ')}; the schema in data/schema/ lists the allowed fields`;
    case 'custom':
      // Refinements in schema.ts carry their own fix; others read like the default.
      if (typeof issue.params?.fix === 'string') return issue.params.fix;
    // falls through
    default:
      return `correct "${name}" so that it ${issue.message.replace(/^must /, 'can ')}`.replace(
        'can be',
        'is',
      );
  }
}

function recordIdOf(value: unknown, path: string[]): string | undefined {
  if (path.length < 2 || (path[0] !== 'figures' && path[0] !== 'charts')) {
    const id = (value as { id?: unknown } | null)?.id;
    return typeof id === 'string' ? id : undefined;
  }
  const list = (value as Record<string, unknown>)[path[0]!];
  const item = Array.isArray(list)
    ? (list[Number(path[1])] as { id?: unknown } | undefined)
    : undefined;
  return typeof item?.id === 'string' ? item.id : `${path[0]}[${path[1]}]`;
}

/** Builds an error located at the nearest recorded position of `path` in the file. */
export function at(
  loc: Located,
  path: string,
  figureId: string | undefined,
  field: string,
  message: string,
  fix: string,
): DataError {
  let p = path;
  let pos = loc.positions.get(p);
  while (!pos && p.includes('.')) {
    p = p.slice(0, p.lastIndexOf('.'));
    pos = loc.positions.get(p);
  }
  pos ??= loc.positions.get('');
  return { file: loc.file, line: pos?.line, column: pos?.column, figureId, field, message, fix };
}

export function baseName(path: string): string {
  return path.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}
