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
