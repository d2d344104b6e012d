// Validates statistical record files (data/records/*.json) and the links by which figures and
// their context quotes name them: schema, ids, observations, and that every link can be read
// (the right kind of comparison, periods the record has). Never reads files; never throws for
// bad data: every problem becomes a DataError with file, line and a fix.

import type { Dataset, Figure } from '../model/figure.ts';
import type { RecordLinks, StatRecord } from '../model/record.ts';
import { compareClaim, claimsOf, linksRecords } from '../model/claimRecord.ts';
import type { DataError } from './dataError.ts';
import { recordFileSchema } from './recordSchema.ts';
import { at, baseName, checkSchema, parseFile, type RawFigureFile } from './validate.ts';

export interface RawRecordFile {
  path: string;
  text: string;
}

/**
 * Validates the record files, then every figure's and context quote's record links against them.
 * Returns the records that passed and all errors; links are checked only for figures in `dataset`.
 * @example validateRecords([], [], dataset) // { records: [], errors: [] } when no figure links a record
 */
export function validateRecords(
  recordFiles: RawRecordFile[],
  figureFiles: RawFigureFile[],
  dataset: Dataset,
): { records: StatRecord[]; errors: DataError[] } {
  const errors: DataError[] = [];
  const records = new Map<string, StatRecord>();

  for (const raw of recordFiles) {
    const parsed = parseFile(raw.path, raw.text, errors);
    if (!parsed) continue;
    const file = checkSchema(recordFileSchema, parsed, errors);
    if (!file) continue;
    const problem = (path: string, field: string, message: string, fix: string) =>
      errors.push(at(parsed, path, file.id, field, message, fix));
    const expected = baseName(raw.path);
    if (file.id !== expected) {
      problem(
        'id',
        'id',
        `is "${file.id}" but the file is named ${expected}.json`,
        `set "id": "${expected}" or rename the file`,
      );
      continue;
    }
    if (records.has(file.id)) {
      problem('id', 'id', `record id "${file.id}" is used twice`, 'give each record its own id');
      continue;
    }
    const before = errors.length;
    const periods = new Set<string>();
    file.observations.forEach((o, i) => {
      const path = `observations.${i}`;
      if ((o.value === undefined) === (o.parts === undefined))
        problem(
          path,
          `observations.${i}`,
          'must have either "value" or "parts", not both or neither',
          'give the value as recorded, or list the parts (shareholders) whose sum it is',
        );
      if (periods.has(o.period))
        problem(
          `${path}.period`,
          `observations.${i}.period`,
          `period "${o.period}" is listed twice`,
          'keep one observation per period',
        );
      periods.add(o.period);
      if (file.measure === 'share') {
        const total = o.parts ? o.parts.reduce((s, p) => s + p.value, 0) : (o.value ?? 0);
        if (total < 0 || total > 100)
          problem(
            path,
            `observations.${i}`,
            `adds up to ${total}, outside 0–100 %`,
            'check the shares against the source',
          );
      }
    });
    if (file.measure === 'share' && file.unit !== 'percent')
      problem(
        'unit',
        'unit',
        `is "${file.unit}" but a share is measured in percent`,
        'set "unit": "percent"',
      );
    if (errors.length > before) continue;
    const { $schema: _ignored, ...record } = file;
    records.set(file.id, record as StatRecord);
  }

  const figures = new Map(dataset.figures.map((f) => [f.id, f]));
  const sourceDates = new Map(dataset.sources.map((s) => [s.id, s.date]));
  // Links are located in their figure file, which is parsed again for that: only when some
  // figure has links at all (at 100,000 figures without any, that second parse was 4 s).
  const linked = linksRecords(dataset.figures);
  for (const raw of linked ? figureFiles : []) {
    const errorsBefore = errors.length;
    const parsed = parseFile(raw.path, raw.text, errors);
    // Syntax errors in figure files are reported by validateData already.
    errors.length = errorsBefore;
    if (!parsed) continue;
    const list = (parsed.value as { figures?: unknown[] } | null)?.figures;
    if (!Array.isArray(list)) continue;
    list.forEach((item, index) => {
      const figure = figures.get((item as { id?: string } | null)?.id ?? '');
      if (!figure) return;
      const madeOn = sourceDates.get(figure.quote.sourceId) ?? '';
      for (const claim of claimsOf(figure, madeOn)) {
        const base =
          claim.contextIndex === undefined
            ? `figures.${index}.records`
            : `figures.${index}.context.${claim.contextIndex}.records`;
        const field = base.replace(/^figures\.\d+\./, '');
        const before = errors.length;
        checkLinks(claim.links, base, field, figure, (path, fieldName, message, fix) =>
          errors.push(at(parsed, path, figure.id, fieldName, message, fix)),
        );
        if (errors.length > before) continue;
        claim.links?.links.forEach((link, i) => {
          const record = records.get(link.record);
          if (!record) return;
          try {
            compareClaim(claim.claim, record, link);
          } catch (e) {
            errors.push(
              at(
                parsed,
                `${base}.links.${i}`,
                figure.id,
                `${field}.links.${i}`,
                (e as Error).message,
                'name a period the record has, or a comparison that fits the claim',
              ),
            );
          }
        });
      }
    });
  }

  function checkLinks(
    links: RecordLinks | undefined,
    base: string,
    field: string,
    figure: Figure,
    problem: (path: string, field: string, message: string, fix: string) => void,
  ) {
    if (!links) return;
    if (links.links.length === 0 && !links.searched)
      problem(
        base,
        field,
        'names no record and does not say where one was looked for',
        'add "searched": where you looked, so the page can say "No record found" honestly',
      );
    links.links.forEach((link, i) => {
      const path = `${base}.links.${i}`;
      const f = `${field}.links.${i}`;
      const record = records.get(link.record);
      if (!record) {
        const known = [...records.keys()].join(', ') || 'none';
        problem(
          `${path}.record`,
          `${f}.record`,
          `names record "${link.record}", which is not in data/records/ (known: ${known})`,
          'add data/records/<id>.json or correct the id',
        );
        return;
      }
      const isContext = base.includes('.context.');
      if (isContext && !link.direction)
        problem(
          path,
          f,
          'a context statement has no number, so its link needs "direction"',
          'set "direction" to what the statement asserts, e.g. "no-increase"',
        );
      if (!isContext && link.direction)
        problem(
          `${path}.direction`,
          `${f}.direction`,
          'is for statements without a number; this figure has a value',
          'remove "direction"',
        );
      if (!isContext && figure.status === 'expected')
        problem(
          path,
          f,
          'links a projection to a record of what happened',
          'remove the link and say in "searched" why no record can confirm a projection',
        );
      const fits =
        link.compare === 'growth'
          ? record.measure === 'level' && (isContext || figure.kind === 'change')
          : link.compare === 'share'
            ? record.measure === 'share' && figure.kind === 'share'
            : record.measure === 'level' && figure.kind === 'amount';
      if (!isContext && !fits)
        problem(
          `${path}.compare`,
          `${f}.compare`,
          `"${link.compare}" does not fit a ${figure.kind} figure read against a ${record.measure} record`,
          'use growth for a change (against a level record), share for a share, level for an amount',
        );
      const need = link.compare === 'growth' ? ['from', 'to'] : ['at'];
      for (const key of need)
        if (!link[key as 'from' | 'to' | 'at'])
          problem(
            path,
            f,
            `needs "${key}" for a ${link.compare} comparison`,
            `set "${key}" to one of the record's periods: ${record.observations.map((o) => `"${o.period}"`).join(', ')}`,
          );
    });
  }

  return { records: [...records.values()], errors };
}
