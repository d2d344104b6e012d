// `npm run schema`: writes data/schema/*.schema.json from the zod schemas. A test fails when the
// committed files fall behind, so editors always validate against the real contract.

import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { jsonSchemas } from '../data/jsonSchema.ts';

const dir = resolve('data/schema');
mkdirSync(dir, { recursive: true });
for (const [name, text] of Object.entries(jsonSchemas())) {
  writeFileSync(resolve(dir, name), text);
  console.log(`wrote data/schema/${name}`);
}
