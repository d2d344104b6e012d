// One-off check (not committed): ajv 2020 strict on the 100k build's index, source pages, lookups and a sample of chunks.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
const dist = process.argv[2]!;
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const read = (p: string) => JSON.parse(readFileSync(join(dist, p), 'utf8'));
const check = (files: string[], schema: string) => {
  const validate = ajv.compile(read(`data/${schema}`));
  let bad = 0;
  for (const f of files) if (!validate(read(f))) { bad++; if (bad < 3) console.log(f, ajv.errorsText(validate.errors)); }
  console.log(`${schema}: ${files.length} files, ${bad} invalid`);
};
check(['data/index.json'], 'published-index.schema.json');
check(readdirSync(join(dist, 'data/source-pages')).map((f) => `data/source-pages/${f}`), 'published-source-page.schema.json');
check(readdirSync(join(dist, 'data/lookup')).map((f) => `data/lookup/${f}`), 'published-lookup.schema.json');
check(readdirSync(join(dist, 'data/chunks')).filter((_, i) => i % 50 === 0).map((f) => `data/chunks/${f}`), 'published-chunk.schema.json');
const coll = read('data/annotations.jsonld');
console.log('annotations.jsonld total', coll.total, 'items', coll.first.items.length);
const figs = read('data/figures.json');
console.log('figures.json figures', figs.figures.length, 'charts', figs.charts.length);
// every source with figures appears once across the pages, in index order
const index = read('data/index.json');
const pages = readdirSync(join(dist, 'data/source-pages')).length;
const listed = Array.from({ length: pages }, (_, n) => read(`data/source-pages/${n}.json`).sources.map((s: { id: string }) => s.id)).flat();
console.log('source pages', pages, 'list equals index order:', JSON.stringify(listed) === JSON.stringify(index.sources.filter((s: { figureCount: number }) => s.figureCount > 0).map((s: { id: string }) => s.id)));
