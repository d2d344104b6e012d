// What `npm run build` publishes, read by the independent programs its users' tools run: every
// JSON validated with ajv (draft 2020-12, strict) against the schema it names, the W3C Web
// Annotations checked against the MUSTs of the Web Annotation Data Model, BibTeX through
// @retorquere/bibtex-parser, the Data Package by the Frictionless library and its official profiles
// (ajv draft-04) with every CSV read by csv-parse, and no file naming a local address.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import Ajv2020 from 'ajv/dist/2020.js';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import datapackage from 'datapackage';
import { describe, expect, it } from 'vitest';
import { annotationProblems, IRI } from '../support/webAnnotationModel.ts';

const dist = resolve(process.env.CITED_DIST || resolve(import.meta.dirname, '../../dist'));
if (!existsSync(resolve(dist, 'index.html'))) {
  throw new Error(`${dist}/index.html is missing: run \`npm run build\` first.`);
}
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [relative(dist, path)];
  });
const files = walk(dist).sort();
const read = (path: string) => readFileSync(resolve(dist, path), 'utf8');
const readJson = (path: string) => JSON.parse(read(path)) as Record<string, unknown>;
/** Whether the build had CITED_SITE_URL (only then are oEmbed files published). */
const withSiteUrl = existsSync(resolve(dist, 'oembed'));

/** JSON whose format fixes its shape, so it cannot carry `$schema`, and why. */
const NO_SCHEMA: { pattern: RegExp; why: string }[] = [
  { pattern: /\.csl\.json$/, why: 'CSL-JSON is a bare array of items (citation-js checks it)' },
  { pattern: /^oembed\//, why: 'an oEmbed response has the fields oembed.com lists' },
  { pattern: /^datapackage\.json$/, why: 'a Data Package names its profile (checked below)' },
];

describe('every published JSON file validates against the schema it names (ajv 2020-12, strict)', () => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  const jsonFiles = files.filter((f) => f.endsWith('.json') && !f.startsWith('assets/'));

  it('finds the dataset, its schemas and the source list', () => {
    expect(jsonFiles).toEqual(
      expect.arrayContaining([
        'data/figures.json',
        'data/sources.json',
        'data/published-figures.schema.json',
        'data/published-sources.schema.json',
        'data/records.json',
        'data/index.json',
        'charts/growth-2001.json',
        'charts/japan-exports-to-russia-2001.json',
      ]),
    );
    expect(jsonFiles.some((f) => f.startsWith('data/chunks/'))).toBe(true);
  });

  it.each(jsonFiles)('%s', (path) => {
    const data = readJson(path);
    const exempt = NO_SCHEMA.find((n) => n.pattern.test(path));
    if (exempt) {
      expect(Array.isArray(data) || typeof data === 'object', exempt.why).toBe(true);
      return;
    }
    expect(typeof data.$schema, `${path} names no $schema`).toBe('string');
    const named = String(data.$schema);
    if (/^https:\/\/json-schema\.org\/draft\/2020-12\/schema$/.test(named)) {
      expect(ajv.validateSchema(data), ajv.errorsText(ajv.errors)).toBe(true);
      return;
    }
    const schemaPath = relative(dist, resolve(dist, dirname(path), named));
    expect(files, `${path} names ${named}, which is not published`).toContain(schemaPath);
    const schema = readJson(schemaPath);
    const validate = ajv.getSchema(String(schema.$id)) ?? ajv.compile(schema);
    expect(validate(data), `${path}: ${ajv.errorsText(validate.errors)}`).toBe(true);
  });

  it('the footer links the schema figures.json names', () => {
    const js = files.filter((f) => f.startsWith('assets/') && f.endsWith('.js')).map(read).join('\n');
    expect(readJson('data/figures.json').$schema).toBe('published-figures.schema.json');
    expect(js).toContain('./data/published-figures.schema.json');
  });
});

describe('W3C Web Annotations (Web Annotation Data Model MUSTs)', () => {
  const { figures } = readJson('data/figures.json') as {
    figures: { id: string; value: number; unit: string; kind: string; quote: { sourceId: string; exact: string; start: number; end: number } }[];
  };
  const texts = new Map(
    (readJson('data/sources.json').sources as { id: string; path: string }[]).map((s) => [s.id, read(s.path)]),
  );

  it.each(figures.map((f) => f.id))('data/annotations/%s.jsonld', (id) => {
    const path = `data/annotations/${id}.jsonld`;
    expect(files).toContain(path);
    const a = readJson(path);
    expect(annotationProblems(a, false)).toEqual([]);
    const f = figures.find((x) => x.id === id)!;
    const body = a.body as { value: string };
    for (const word of [String(f.value), f.unit, f.kind]) expect(body.value).toContain(word);
    const [text, original] = a.target as { source: { id: string }; selector: unknown }[];
    // The first target's TextPositionSelector picks the exact quote out of the published text,
    // counted in code points; its source resolves to that text inside the site.
    const selectors = text!.selector as { type: string; exact?: string; start?: number; end?: number }[];
    const position = selectors.find((s) => s.type === 'TextPositionSelector')!;
    const quote = selectors.find((s) => s.type === 'TextQuoteSelector')!;
    const points = Array.from(texts.get(f.quote.sourceId)!);
    expect(points.slice(position.start, position.end).join('')).toBe(quote.exact);
    expect(quote.exact).toBe(f.quote.exact);
    const sourceUrl = new URL(text!.source.id, `https://site.test/${path}`);
    if (sourceUrl.hostname === 'site.test') expect(files).toContain(sourceUrl.pathname.slice(1));
    expect(original!.source.id).toMatch(/^https?:\/\//);
    expect((original!.selector as { type: string }).type).toBe('TextQuoteSelector');
  });

  it('data/annotations.jsonld is an AnnotationCollection whose first page lists them all', () => {
    const c = readJson('data/annotations.jsonld') as {
      '@context': string;
      type: string;
      id: string;
      total: number;
      first: { type: string; id: string; items: Record<string, unknown>[] };
    };
    expect(c['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(c.type).toBe('AnnotationCollection');
    expect(c.id).toMatch(IRI);
    expect(c.total).toBe(figures.length);
    expect(c.first.type).toBe('AnnotationPage');
    expect(c.first.id).toMatch(IRI);
    expect(c.first.items).toHaveLength(figures.length);
    for (const a of c.first.items) expect(annotationProblems(a, true)).toEqual([]);
  });
});

describe('citations', () => {
  const bibs = files.filter((f) => f.endsWith('.bib'));
  it('publishes BibTeX and CSL-JSON for every figure', () => {
    const { figures } = readJson('data/figures.json') as { figures: { id: string }[] };
    for (const f of figures) {
      expect(files).toContain(`charts/${f.id}.bib`);
      expect(files).toContain(`charts/${f.id}.csl.json`);
    }
  });
  it.each(bibs)('%s parses with no errors and a bare month', (path) => {
    const bib = read(path);
    const lib = parseBibtex(bib);
    expect(lib.errors).toEqual([]);
    expect(lib.entries).toHaveLength(1);
    expect(bib).toMatch(/^ {2}month = [a-z]{3},$/m);
  });
});

describe('datapackage.json (Frictionless Data Package v1)', () => {
  interface Resource {
    name: string;
    path: string;
    format: string;
    mediatype: string;
    schema?: { fields: { name: string; type: string; description?: string }[] };
  }
  const pkg = readJson('datapackage.json') as {
    name: string;
    licenses: { name: string }[];
    sources: unknown[];
    resources: Resource[];
  };
  it('names itself, its licence and its sources as the spec asks', () => {
    expect(pkg.name).toMatch(/^[a-z0-9._-]+$/);
    expect(pkg.licenses[0]).toMatchObject({ name: 'CC-BY-4.0' });
    expect(pkg.sources.length).toBeGreaterThan(0);
  });
  it('lists resources with unique names, published paths, format and media type', () => {
    const names = pkg.resources.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const r of pkg.resources) {
      expect(r.name).toMatch(/^[a-z0-9._-]+$/);
      expect(files).toContain(r.path);
      expect(r.format).toBeTruthy();
      expect(r.mediatype).toMatch(/^[a-z]+\/[a-z0-9.+-]+$/);
    }
  });
  it('is valid under the official Frictionless profiles (ajv draft-04, the profiles the datapackage library ships)', () => {
    const profiles = resolve(import.meta.dirname, '../../node_modules/datapackage/lib/profiles');
    const profile = (name: string) =>
      JSON.parse(readFileSync(resolve(profiles, `${name}.json`), 'utf8')) as object;
    // strict: false, since the profiles carry presentation keywords (propertyOrder, options).
    const ajv = new AjvDraft04({ strict: false, allErrors: true });
    addFormats(ajv);
    const check = (name: string, data: unknown) => {
      const validate = ajv.getSchema(name) ?? (ajv.addSchema(profile(name), name), ajv.getSchema(name)!);
      expect(validate(data), `${name}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    };
    check('data-package', pkg);
    for (const r of pkg.resources) check(r.schema ? 'tabular-data-resource' : 'data-resource', r);
  });
  it('loads with the Frictionless datapackage library, which reads and casts every CSV row by its table schema', async () => {
    const loaded = await datapackage.Package.load(resolve(dist, 'datapackage.json'), { strict: false });
    expect(loaded.errors.map(String)).toEqual([]);
    expect(loaded.valid).toBe(true);
    const tabular = loaded.resources.filter((r) => r.tabular);
    expect(tabular.map((r) => r.descriptor.path).sort()).toEqual(['data/figures.csv', 'data/records.csv']);
    for (const r of tabular) {
      const rows = await r.read({ keyed: true, cast: true });
      const csvRows = parseCsv(read(r.descriptor.path), { bom: true }) as string[][];
      expect(rows.length, r.descriptor.path).toBe(csvRows.length - 1);
    }
  });
  it.each(['data/figures.csv', 'data/records.csv'])('%s: csv-parse reads a header equal to its table schema, and every row as wide', (path) => {
    const resource = pkg.resources.find((r) => r.path === path)!;
    const [header, ...rows] = parseCsv(read(path), { bom: true, relax_column_count: false }) as string[][];
    expect(header).toEqual(resource.schema!.fields.map((f) => f.name));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toHaveLength(header!.length);
  });
  it('gives the CSV a table schema whose fields equal its header', () => {
    const csv = pkg.resources.find((r) => r.path === 'data/figures.csv')!;
    const header = read('data/figures.csv').split('\r\n')[0]!.split(',');
    expect(csv.schema!.fields.map((f) => f.name)).toEqual(header);
    const start = csv.schema!.fields.find((f) => f.name === 'quote_start');
    expect(start).toMatchObject({ type: 'integer', description: expect.stringMatching(/code points/) });
  });
});

describe('nothing local in what is published', () => {
  it.each(files)('%s names no loopback address', (path) => {
    const body = readFileSync(resolve(dist, path)).toString('latin1');
    expect(body).not.toMatch(/127\.0\.0\.1|localhost|\[::1\]|site-url-not-set\.invalid/i);
  });

  it.runIf(!withSiteUrl)('a build without CITED_SITE_URL leaves out what needs an absolute URL', () => {
    const html = read('index.html');
    expect(html).not.toMatch(/og:url|og:image"|twitter:image|application\/json\+oembed/);
    expect(html).toContain('<script type="application/ld+json">');
  });

  describe.runIf(withSiteUrl)('with CITED_SITE_URL, every absolute URL starts with it or is an address the data cites', () => {
    const site = withSiteUrl
      ? /<meta property="og:url" content="([^"]+)index\.html"/.exec(read('index.html'))![1]!
      : '';
    // Outside addresses the published files may name: the sources and records the data cites,
    // licences and terms, and the vocabularies the formats require (W3C, schema.org, JSON Schema).
    const cited = new Set<string>([
      ...(readJson('data/sources.json').sources as { url: string }[]).map((s) => new URL(s.url).origin),
      ...(readJson('data/records.json').records as { provenance: { url: string } }[]).map(
        (r) => new URL(r.provenance.url).origin,
      ),
      ...(readJson('datapackage.json').licenses as { path: string }[]).map((l) => new URL(l.path).origin),
      ...(readJson('datapackage.json').sources as { terms?: { path: string } }[]).flatMap((s) =>
        s.terms ? [new URL(s.terms.path).origin] : [],
      ),
      'http://www.w3.org',
      'https://www.w3.org',
      'https://schema.org',
      'https://json-schema.org',
    ]);
    // Our own files (verbatim source texts and bundled libraries are not ours to rewrite).
    const ours = files.filter(
      (f) => /\.(html|json|jsonld|bib|csv)$/.test(f) && !f.startsWith('assets/') && !f.startsWith('data/sources/'),
    );
    it('the build names its site URL in og:url', () => {
      expect(site).toMatch(/^https?:\/\/[^/]+\/(?:.*\/)?$/);
    });
    it.each(ours)('%s', (path) => {
      const urls = [...read(path).matchAll(/https?:\/\/[^\s"'<>)\\}]+/g)].map((m) => m[0]);
      const stray = urls.filter((u) => !u.startsWith(site) && !cited.has(new URL(u).origin));
      expect(stray).toEqual([]);
    });
    it('oEmbed, og: and citations point into the site', () => {
      const html = read('index.html');
      for (const m of html.matchAll(/<(?:meta|link)[^>]+(?:og:url|og:image"|twitter:image"|json\+oembed)[^>]+>/g))
        expect(m[0]).toContain(site);
      expect(read('charts/growth-2001.bib')).toContain(`\\url{${site}chart/growth-2001.html}`);
    });
  });

});
