// Checks the shape of the published dataset in the browser (figures.json and sources.json, or the
// same parts from a page's data block or a chunk) before anything is drawn. Full validation ran at
// build time; this guards against a stale, truncated or hand-edited deployment. No fetch, no zod.

import {
  DATASET_VERSION,
  FIGURE_KINDS,
  FIGURE_STATUSES,
  UNIT_SHAPE_RE,
  type ChartGroup,
  type Dataset,
  type Figure,
  type PublishedSource,
} from '../model/figure.ts';

export class DataLoadError extends Error {
  constructor(
    message: string,
    readonly fix: string,
  ) {
    super(message);
    this.name = 'DataLoadError';
  }
}

/** The files a problem is reported against: the whole-corpus files, or one chunk for both. */
export interface PublishedNames {
  figures: string;
  sources: string;
}

/**
 * Checks the shape of the two published files; every problem names the file and the record.
 * `names` says which files they came from (a per-source chunk carries both parts).
 * @example checkPublished(figuresJson, sourcesJson).figures.length // 6
 */
export function checkPublished(
  figuresFile: unknown,
  sourcesFile: unknown,
  names: PublishedNames = { figures: 'data/figures.json', sources: 'data/sources.json' },
): Dataset {
  const f = figuresFile as { version?: unknown; figures?: unknown; charts?: unknown } | null;
  const s = sourcesFile as { version?: unknown; sources?: unknown } | null;
  if (
    !f ||
    f.version !== DATASET_VERSION ||
    !Array.isArray(f.figures) ||
    !Array.isArray(f.charts)
  ) {
    throw new DataLoadError(
      `${names.figures} is not a Cited Figures dataset (version ${DATASET_VERSION} with "figures" and "charts").`,
      'Rebuild the site with npm run build and deploy the whole dist/ folder.',
    );
  }
  if (!s || s.version !== DATASET_VERSION || !Array.isArray(s.sources)) {
    throw new DataLoadError(
      `${names.sources} is not a Cited Figures source list (version ${DATASET_VERSION} with "sources").`,
      'Rebuild the site with npm run build and deploy the whole dist/ folder.',
    );
  }
  const fix = 'Run npm run check:data, fix the reported problem, and rebuild.';
  const figures = each(
    f.figures,
    isFigure,
    (i, fig) =>
      `${names.figures}: figure ${i + 1} (${String((fig as { id?: unknown } | null)?.id)}) is incomplete.`,
    fix,
  );
  const charts = each(
    f.charts,
    isChartGroup,
    (i) => `${names.figures}: chart ${i + 1} is incomplete.`,
    fix,
  );
  const sources = each(
    s.sources,
    isPublishedSource,
    (i) => `${names.sources}: source ${i + 1} is incomplete or has an unexpected path.`,
    'Rebuild the site with npm run build.',
  );
  return { figures, charts, sources };
}

const oneOf = <T extends string>(list: readonly T[], v: unknown): v is T => list.includes(v as T);

/** The fields the pages read, with the schema's vocabularies (full checks ran at build time). */
/** The items, each of the expected shape; the first that is not is named by `problem`. */
function each<T>(
  items: unknown[],
  is: (v: unknown) => v is T,
  problem: (i: number, item: unknown) => string,
  fix: string,
): T[] {
  items.forEach((item, i) => {
    if (!is(item)) throw new DataLoadError(problem(i, item), fix);
  });
  return items as T[];
}

function isFigure(v: unknown): v is Figure {
  const fig = v as Partial<Record<keyof Figure, unknown>> | null;
  return (
    !!fig &&
    typeof fig.id === 'string' &&
    typeof fig.label === 'string' &&
    (fig.range === undefined ? isFiniteNumber(fig.value) : isRange(fig.range)) &&
    oneOf(FIGURE_KINDS, fig.kind) &&
    UNIT_SHAPE_RE.test(fig.unit as string) &&
    oneOf(FIGURE_STATUSES, fig.status) &&
    typeof (fig.quote as { exact?: unknown } | undefined)?.exact === 'string' &&
    typeof (fig.stated as { text?: unknown } | undefined)?.text === 'string' &&
    Array.isArray(fig.notes) &&
    typeof fig.chart === 'string'
  );
}

function isFiniteNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

function isRange(v: unknown): boolean {
  const r = v as { low?: unknown; high?: unknown } | null;
  return !!r && isFiniteNumber(r.low) && isFiniteNumber(r.high);
}

function isChartGroup(v: unknown): v is ChartGroup {
  const c = v as Partial<Record<keyof ChartGroup, unknown>> | null;
  return !!c && typeof c.id === 'string' && Array.isArray(c.figures);
}

function isPublishedSource(v: unknown): v is PublishedSource {
  const src = v as Partial<Record<keyof PublishedSource, unknown>> | null;
  return (
    !!src &&
    typeof src.id === 'string' &&
    typeof src.path === 'string' &&
    /^data\/sources\/[a-z0-9-]+\.txt$/.test(src.path)
  );
}
