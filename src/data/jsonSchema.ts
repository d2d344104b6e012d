// Generates the published JSON Schemas from the zod schemas, so editors validate and
// autocomplete figure and source files. Pure; writing the files is the CLI's job.

import { z } from 'zod';
import { figureFileSchema, sourceFileSchema } from './schema.ts';
import { recordFileSchema } from './recordSchema.ts';

/** Both schemas as pretty-printed JSON text keyed by file name.
 * @example Object.keys(jsonSchemas()) // ['figures.schema.json', 'source.schema.json'] */
export function jsonSchemas(): Record<string, string> {
  const make = (schema: z.ZodType, id: string, title: string) =>
    JSON.stringify({ ...z.toJSONSchema(schema, { io: 'input' }), $id: id, title }, null, 2) + '\n';
  return {
    'figures.schema.json': make(
      figureFileSchema,
      'figures.schema.json',
      'Cited Figures: figure annotation file',
    ),
    'source.schema.json': make(
      sourceFileSchema,
      'source.schema.json',
      'Cited Figures: source metadata file',
    ),
    'record.schema.json': make(
      recordFileSchema,
      'record.schema.json',
      'Cited Figures: statistical record file',
    ),
  };
}
