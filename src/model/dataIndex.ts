// The published index and per-source chunks as types, and where a chunk lives: shared by the
// build that writes them (build/dataChunks.ts) and the pages that read them (data/fetchChunks.ts).
// Types and paths only; no I/O.

import type { ChartGroup, Figure, PublishedSource } from './figure.ts';

/** Where a source's chunk is published, relative to dist/. @example chunkPath('mofa') // 'data/chunks/mofa.json' */
export function chunkPath(sourceId: string): string {
  return `data/chunks/${sourceId}.json`;
}

/** One figure in the index: enough to list, search and route to it, not to draw it. */
export interface IndexFigure {
  id: string;
  label: string;
  topic: string;
  kind: Figure['kind'];
  unit: Figure['unit'];
  status: Figure['status'];
  /** The number (or range) as the picker prints it, and the value's own words to search. */
  value?: number;
  range?: Figure['range'];
  stated: string;
  speaker: string;
  chart: string;
  sourceId: string;
  /** The figure's period or as-of date, when it has one. */
  date?: string;
}

/** One source in the index, with the chunk that holds its figures. */
export interface IndexSource {
  id: string;
  title: string;
  publisher: string;
  date: string;
  chunk: string;
  figureCount: number;
}

export interface DataIndex {
  version: number;
  sources: IndexSource[];
  charts: { id: string; title: string; topic: string; sourceId: string }[];
  figures: IndexFigure[];
}

/** What one chunk holds: its source, and that source's figures and charts in full. */
export interface SourceChunk {
  version: number;
  source: PublishedSource;
  figures: Figure[];
  charts: ChartGroup[];
}

/**
 * Ids a lookup file holds on average at most: a figure or chart link finds its source in one
 * small file (data/lookup/<n>.json, a few kB) instead of the whole index (megabytes at scale).
 */
export const LOOKUP_IDS_PER_FILE = 128;

/**
 * How many lookup files a corpus of `ids` figure and chart ids is split into: a power of two,
 * so each holds at most about LOOKUP_IDS_PER_FILE ids. @example lookupBuckets(15000) // 128
 */
export function lookupBuckets(ids: number): number {
  let n = 1;
  while (n * LOOKUP_IDS_PER_FILE < ids) n *= 2;
  return n;
}

/**
 * The lookup file an id is in: FNV-1a (32-bit) of its UTF-16 code units, modulo `buckets`.
 * The build and the pages must agree, so both call this. @example lookupPath('japan-exports-to-russia-2001', 1) // 'data/lookup/0.json'
 */
export function lookupPath(id: string, buckets: number): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return lookupFilePath((h >>> 0) % buckets);
}

/** The n-th lookup file. @example lookupFilePath(7) // 'data/lookup/7.json' */
export function lookupFilePath(n: number): string {
  return `data/lookup/${n}.json`;
}

/** One lookup file: the source of each figure and chart whose id falls into it. */
export interface LookupFile {
  version: number;
  /** How many lookup files the corpus has (the page must use the same number). */
  buckets: number;
  figures: Record<string, string>;
  charts: Record<string, string>;
}

/**
 * Sources a page of the source list holds: "Show more sources" reads the next sources from one
 * of these (a few kB) instead of the whole index (35 MB at 100,000 figures).
 */
export const SOURCE_PAGE_SIZE = 100;

/** The n-th page of the source list. @example sourcePagePath(0) // 'data/source-pages/0.json' */
export function sourcePagePath(n: number): string {
  return `data/source-pages/${n}.json`;
}

/** One page of the list of sources that have figures, in index order. */
export interface SourcePage {
  version: number;
  /** This page's number, from 0. */
  page: number;
  /** How many pages the list has (at least 1, so page 0 always exists). */
  pages: number;
  sources: IndexSource[];
}
