// The JSON Schemas generated from the zod schemas: committed copies are up to date, and the real
// figure and source files satisfy them structurally, and a file of ratios above 100 under ajv.

import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { jsonSchemas } from '../../src/data/jsonSchema.ts';
import { ratioFigures } from '../fixtures/ratioData.ts';

const root = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(resolve(root, path), 'utf8');

type Schema = {
  type?: string;
  required?: string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  enum?: unknown[];
  pattern?: string;
  additionalProperties?: boolean;
  minimum?: number;
  oneOf?: Schema[];
};

/** A small structural check: types, required fields, enums, patterns, no extra keys. */
function violations(value: unknown, schema: Schema, path = '$'): string[] {
  const out: string[] = [];
  const type = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
  if (schema.type === 'integer') {
    if (!Number.isInteger(value)) out.push(`${path}: expected integer`);
  } else if (schema.type && schema.type !== type)
    out.push(`${path}: expected ${schema.type}, got ${type}`);
  if (schema.enum && !schema.enum.includes(value))
    out.push(`${path}: ${String(value)} not in enum`);
  if (schema.pattern && typeof value === 'string' && !new RegExp(schema.pattern).test(value)) {
    out.push(`${path}: "${value}" does not match ${schema.pattern}`);
  }
  if (schema.minimum !== undefined && typeof value === 'number' && value < schema.minimum)
    out.push(`${path}: below minimum`);
  // A oneOf branch may be only { required } (no properties): check it on any object.
  if (type === 'object' && !schema.properties && schema.required) {
    const obj = value as Record<string, unknown>;
    for (const key of schema.required)
      if (!(key in obj)) out.push(`${path}: missing required "${key}"`);
  }
  if (type === 'object' && schema.properties) {
    const obj = value as Record<string, unknown>;
    for (const key of schema.required ?? [])
      if (!(key in obj)) out.push(`${path}: missing required "${key}"`);
    for (const [key, v] of Object.entries(obj)) {
      const sub = schema.properties[key];
      if (sub) out.push(...violations(v, sub, `${path}.${key}`));
      else if (schema.additionalProperties === false) out.push(`${path}: unknown field "${key}"`);
    }
  }
  if (schema.oneOf) {
    const matching = schema.oneOf.filter((alt) => violations(value, alt, path).length === 0);
    if (matching.length !== 1) {
      const alts = schema.oneOf.map((alt) => alt.required?.join('+') ?? '?').join(' | ');
      out.push(`${path}: matches ${matching.length} of oneOf [${alts}]`);
    }
  }
  if (type === 'array' && schema.items) {
    (value as unknown[]).forEach((v, i) =>
      out.push(...violations(v, schema.items!, `${path}[${i}]`)),
    );
  }
  return out;
}

describe('jsonSchemas', () => {
  it.each(Object.keys(jsonSchemas()))('data/schema/%s equals the generated schema', (name) => {
    expect(
      read(`data/schema/${name}`),
      `data/schema/${name} is stale: run \`npm run schema\``,
    ).toBe(jsonSchemas()[name]);
  });

  it('no other schema files lie in data/schema/', () => {
    expect(readdirSync(resolve(root, 'data/schema')).sort()).toEqual(
      Object.keys(jsonSchemas()).sort(),
    );
  });

  it('the figure schema lists required fields, enums and forbids unknown keys', () => {
    const schema = JSON.parse(jsonSchemas()['figures.schema.json']!);
    expect(schema.$id).toBe('figures.schema.json');
    expect(schema.title).toMatch(/figure annotation file/);
    const figure: Schema = schema.properties.figures.items;
    expect(figure.required).toEqual(
      expect.arrayContaining([
        'id',
        'label',
        'kind',
        'unit',
        'status',
        'speaker',
        'stated',
        'quote',
        'notes',
        'chart',
      ]),
    );
    expect(figure.required).not.toContain('context');
    // Exactly one magnitude: one number or both ends of a range.
    // Each branch defines what it requires, as ajv's strict mode (strictRequired) asks.
    expect(figure.oneOf).toEqual([
      { required: ['value'], properties: { value: { type: 'number' } } },
      { required: ['range'], properties: { range: { type: 'object' } } },
    ]);
    expect(figure.properties!.range!.required).toEqual(['low', 'high']);
    expect(figure.properties!.kind!.enum).toEqual(['change', 'share', 'amount']);
    expect(figure.additionalProperties).toBe(false);
    expect(figure.properties!.quote!.required).toEqual([
      'sourceId',
      'exact',
      'prefix',
      'suffix',
      'start',
      'end',
    ]);
  });

  it.each(readdirSync(resolve(root, 'data/figures')))(
    'data/figures/%s satisfies the JSON Schema',
    (name) => {
      const schema = JSON.parse(jsonSchemas()['figures.schema.json']!) as Schema;
      const file = JSON.parse(read(`data/figures/${name}`));
      expect(violations(file, schema)).toEqual([]);
    },
  );

  it('a figure file of ratios above 100 satisfies the schema (ajv 2020-12 strict), whose kind says when', () => {
    const schema = JSON.parse(read('data/schema/figures.schema.json'));
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const file = { $schema: '../schema/figures.schema.json', ...ratioFigures() };
    expect(validate(file), ajv.errorsText(validate.errors)).toBe(true);
    expect(schema.properties.figures.items.properties.kind.description).toMatch(
      /above 100 only as a ratio whose quote names what it is a ratio to .* or a rate of interest its quote names/,
    );
  });

  it.each(readdirSync(resolve(root, 'data/sources')).filter((n) => n.endsWith('.json')))(
    'data/sources/%s satisfies the JSON Schema',
    (name) => {
      const schema = JSON.parse(jsonSchemas()['source.schema.json']!) as Schema;
      expect(violations(JSON.parse(read(`data/sources/${name}`)), schema)).toEqual([]);
    },
  );

  it('the structural check can fail: a figure without "value" and with an extra key', () => {
    const schema = JSON.parse(jsonSchemas()['figures.schema.json']!) as Schema;
    const file = JSON.parse(read('data/figures/mofa-2002-10-14-kawaguchi-putin.json'));
    delete file.figures[0].value;
    file.figures[0].colour = 'red';
    file.figures[0].kind = 'ratio';
    expect(violations(file, schema)).toEqual([
      '$.figures[0].kind: ratio not in enum',
      '$.figures[0]: unknown field "colour"',
      '$.figures[0]: matches 0 of oneOf [value | range]',
    ]);
  });

  it('the structural check can fail: a figure with both "value" and "range"', () => {
    const schema = JSON.parse(jsonSchemas()['figures.schema.json']!) as Schema;
    const file = JSON.parse(read('data/figures/mofa-2002-10-14-kawaguchi-putin.json'));
    file.figures[0].range = { low: 30, high: 50 };
    expect(violations(file, schema)).toEqual(['$.figures[0]: matches 2 of oneOf [value | range]']);
    delete file.figures[0].value;
    expect(violations(file, schema)).toEqual([]);
  });
});
