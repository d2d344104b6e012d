// Describes the published dataset for data tools and search engines: a Frictionless Data Package
// (v1, tabular) listing each published data file with its format and media type, the CSV with a
// table schema, and a schema.org Dataset for index.html. Pure; licences are stated here once.

import type { PublishedSource } from '../model/figure.ts';
import { CSV_COLUMNS } from './csv.ts';
import { RECORD_CSV_COLUMNS } from './recordsCsv.ts';
import { FIGURE_RECORD_COLUMNS } from './recordLines.ts';

/** Our annotations (figures, offsets, notes, citations) are CC BY 4.0; the code is MIT (LICENSE). */
export const DATA_LICENSE = {
  name: 'CC-BY-4.0',
  path: 'https://creativecommons.org/licenses/by/4.0/',
  title: 'Creative Commons Attribution 4.0 (the figure annotations, offsets, notes and citations)',
};

/** The quoted source texts stay under their publishers' terms, which sources must state. */
export const SOURCE_TERMS: Record<string, { title: string; path: string }> = {
  'Ministry of Foreign Affairs of Japan': {
    title:
      'Ministry of Foreign Affairs of Japan, Legal Notices: site content under the Public Data License 1.0 unless otherwise indicated; cite the source and mark edits',
    path: 'https://www.mofa.go.jp/about/legalmatters.html',
  },
};

const MEDIA_TYPES: Record<string, [format: string, mediatype: string]> = {
  csv: ['csv', 'text/csv'],
  json: ['json', 'application/json'],
  jsonld: ['jsonld', 'application/ld+json'],
  txt: ['txt', 'text/plain'],
  bib: ['bib', 'application/x-bibtex'],
};

const COLUMN_TYPES: Partial<Record<string, [string, string]>> = {
  value: ['number', 'The value: percent for changes and shares, the currency unit for amounts.'],
  quote_start: ['integer', 'Start of the quote in the source text, in Unicode code points.'],
  quote_end: [
    'integer',
    'End (exclusive) of the quote in the source text, in Unicode code points.',
  ],
  source_date: ['date', 'Date of the source (ISO 8601).'],
  source_url: ['string', 'The original publication.'],
  record_status: [
    'string',
    '"recorded" when a statistical record speaks to the figure, "no record found" when one was looked for and none found, else empty.',
  ],
  recorded: ['string', "The record's value on the claim's scale, computed by the build."],
  record_arithmetic: ['string', "The arithmetic from the record's own numbers."],
  record_searched: ['string', 'Where a record was looked for, when none was found.'],
};

/** Each published CSV's columns, in order (its table schema's fields), and its primary key. */
const TABLES: Record<string, { fields: readonly string[]; primaryKey: string[] }> = {
  'data/figures.csv': { fields: [...CSV_COLUMNS, ...FIGURE_RECORD_COLUMNS], primaryKey: ['id'] },
  'data/records.csv': { fields: RECORD_CSV_COLUMNS, primaryKey: ['record_id', 'period'] },
};

/** Columns of data/records.csv whose type is not a string. */
const RECORD_COLUMN_TYPES: Partial<Record<string, [string, string]>> = {
  value: ['number', 'The observation, in unit × scale; empty when given as parts.'],
  scale: ['number', 'Observations are in units of this (1000000 for "US$ million").'],
  consulted: ['date', 'When the copy of the record was consulted (ISO 8601).'],
};

/** A resource name: lowercase letters, digits, ".", "_" and "-" only. */
const resourceName = (path: string) => path.toLowerCase().replace(/[^a-z0-9._-]+/g, '-');

/**
 * datapackage.json for the given published paths (relative to the site root).
 * @example dataPackage(['data/figures.csv'], sources).resources[0].schema.fields[0].name // 'id'
 */
export function dataPackage(paths: readonly string[], sources: readonly PublishedSource[]) {
  const resources = paths
    .filter((p) => MEDIA_TYPES[p.split('.').pop() ?? ''])
    .sort()
    .map((path) => {
      const [format, mediatype] = MEDIA_TYPES[path.split('.').pop()!]!;
      const base = { name: resourceName(path), path, format, mediatype, encoding: 'utf-8' };
      const table = TABLES[path];
      if (format !== 'csv' || !table) return base;
      const types = path === 'data/records.csv' ? RECORD_COLUMN_TYPES : COLUMN_TYPES;
      return {
        ...base,
        profile: 'tabular-data-resource',
        dialect: { delimiter: ',', doubleQuote: true, lineTerminator: '\r\n', header: true },
        schema: {
          fields: table.fields.map((name) => {
            const [type, description] = types[name] ?? ['string', undefined];
            return description ? { name, type, description } : { name, type };
          }),
          primaryKey: table.primaryKey,
        },
      };
    });
  return {
    profile: 'data-package',
    name: 'cited-figures',
    title: 'Cited Figures: economic figures with the sentences they come from',
    description:
      'Figures cited in source documents, each with its quote, speaker and code-point offsets into the verbatim source text.',
    licenses: [DATA_LICENSE],
    sources: sources.map((s) => ({
      title: `${s.publisher}: ${s.title} (${s.date})`,
      path: s.url,
      ...(SOURCE_TERMS[s.publisher] ? { terms: SOURCE_TERMS[s.publisher] } : {}),
    })),
    resources,
  };
}

/**
 * The most sources the page's JSON-LD names in `isBasedOn`: every page carries it, so with 1,000
 * sources it would be 220 KB of the first view; past this, data/sources.json lists them all.
 */
export const JSON_LD_MAX_SOURCES = 20;

/**
 * schema.org Dataset JSON-LD for the dashboard page; `contentUrl`s are absolute under the site
 * URL when known, else relative to the page. Names the first `maxSources` sources; with more,
 * adds data/sources.json (every source) to the downloads.
 * @example datasetJsonLd(undefined, sources)['@type'] // 'Dataset'
 */
export function datasetJsonLd(
  siteUrl: string | undefined,
  sources: readonly PublishedSource[],
  maxSources = JSON_LD_MAX_SOURCES,
) {
  const at = (path: string) => `${siteUrl ?? './'}${path}`;
  const more = sources.length > maxSources;
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: 'Cited Figures',
    description:
      'Economic figures cited in source documents, each linked to the exact sentence it comes from, with code-point offsets.',
    license: DATA_LICENSE.path,
    creator: { '@type': 'Organization', name: 'Cited Figures' },
    isBasedOn: sources.slice(0, maxSources).map((s) => ({
      '@type': 'CreativeWork',
      name: s.title,
      url: s.url,
      publisher: { '@type': 'Organization', name: s.publisher },
      datePublished: s.date,
    })),
    distribution: [
      { '@type': 'DataDownload', contentUrl: at('data/figures.csv'), encodingFormat: 'text/csv' },
      {
        '@type': 'DataDownload',
        contentUrl: at('data/figures.json'),
        encodingFormat: 'application/json',
      },
      {
        '@type': 'DataDownload',
        contentUrl: at('data/annotations.jsonld'),
        encodingFormat: 'application/ld+json',
      },
      ...(more
        ? [
            {
              '@type': 'DataDownload',
              contentUrl: at('data/sources.json'),
              encodingFormat: 'application/json',
            },
          ]
        : []),
    ],
  };
}
