// Reads the published index (data/index.json) and per-source chunks (data/chunks/<id>.json) in
// the browser, checks their shape as fetchDataset checks figures.json, and keeps what was read:
// a view asks for the sources or figures it draws and gets the dataset loaded so far. No Svelte,
// no Chart.js, no zod; a failed load is forgotten, so asking again fetches again.

import { DATASET_VERSION, type Dataset } from '../model/figure.ts';
import {
  chunkPath,
  lookupPath,
  sourcePagePath,
  type DataIndex,
  type IndexSource,
  type LookupFile,
  type SourcePage,
} from '../model/dataIndex.ts';
import type { Route } from '../model/route.ts';
import { checkPublished, DataLoadError, fetchJson } from './fetchDataset.ts';

type Fetch = (url: string) => Promise<Response>;

/** What the page's data block says about the corpus its first view was cut from. */
export interface CorpusSummary {
  /** Figures in the whole corpus. */
  figures: number;
  /** Sources in the whole corpus that have at least one figure. */
  sources: number;
  /**
   * How many lookup files (data/lookup/<n>.json) find a figure's or chart's source; when set, a
   * link to a figure reads one of them instead of the whole index.
   */
  lookup?: number;
}

/**
 * A chunk's content checked like figures.json and sources.json, with problems named after the
 * chunk's own file.
 * @example checkChunk(JSON.parse(text), 'data/chunks/mofa.json').figures.length // 6
 * @throws DataLoadError naming the chunk file and the record.
 */
export function checkChunk(chunk: unknown, path: string): Dataset {
  const c = chunk as { version?: unknown; source?: unknown; figures?: unknown; charts?: unknown };
  if (!c || typeof c !== 'object' || c.version !== DATASET_VERSION || !c.source) {
    throw new DataLoadError(
      `${path} is not a Cited Figures chunk (version ${DATASET_VERSION} with "source", "figures" and "charts").`,
      'Rebuild the site with npm run build and deploy the whole dist/ folder, including dist/data/chunks/.',
    );
  }
  return checkPublished(
    { version: c.version, figures: c.figures, charts: c.charts },
    { version: c.version, sources: [c.source] },
    { figures: path, sources: path },
  );
}

/**
 * The index's shape: its version and the three lists, each entry with a string id.
 * @example checkIndex(JSON.parse(text)).figures.length // 10000
 * @throws DataLoadError naming data/index.json.
 */
export function checkIndex(index: unknown): DataIndex {
  const i = index as Partial<Record<keyof DataIndex, unknown>> | null;
  const ok = (list: unknown, keys: readonly string[]) =>
    Array.isArray(list) &&
    list.every(
      (e: unknown) =>
        !!e && keys.every((k) => typeof (e as Record<string, unknown>)[k] === 'string'),
    );
  if (
    !i ||
    i.version !== DATASET_VERSION ||
    !ok(i.sources, ['id', 'title', 'chunk']) ||
    !ok(i.charts, ['id', 'sourceId']) ||
    !ok(i.figures, ['id', 'label', 'sourceId'])
  ) {
    throw new DataLoadError(
      `data/index.json is not a Cited Figures index (version ${DATASET_VERSION} with "sources", "charts" and "figures", each entry with its id).`,
      'Rebuild the site with npm run build and deploy the whole dist/ folder.',
    );
  }
  return i as DataIndex;
}

/**
 * A lookup file's shape: its version and the two maps of id → source id.
 * @example checkLookup(JSON.parse(text), 'data/lookup/7.json').figures['synthetic-fig-00042'] // 'synthetic-source-00005'
 * @throws DataLoadError naming the lookup file.
 */
export function checkLookup(lookup: unknown, path: string): LookupFile {
  const l = lookup as Partial<Record<keyof LookupFile, unknown>> | null;
  const map = (m: unknown) =>
    !!m &&
    typeof m === 'object' &&
    !Array.isArray(m) &&
    Object.values(m).every((v) => typeof v === 'string');
  if (!l || l.version !== DATASET_VERSION || !map(l.figures) || !map(l.charts)) {
    throw new DataLoadError(
      `${path} is not a Cited Figures lookup file (version ${DATASET_VERSION} with "figures" and "charts", each mapping an id to its source id).`,
      'Rebuild the site with npm run build and deploy the whole dist/ folder, including dist/data/lookup/.',
    );
  }
  return l as LookupFile;
}

/**
 * A page of the source list checked for its shape: version, page numbers and sources with ids.
 * @example checkSourcePage(JSON.parse(text), 'data/source-pages/0.json').sources.length // 100
 * @throws DataLoadError naming the file.
 */
export function checkSourcePage(page: unknown, path: string): SourcePage {
  const p = page as Partial<Record<keyof SourcePage, unknown>> | null;
  const whole = (n: unknown, min: number) => Number.isInteger(n) && (n as number) >= min;
  if (
    !p ||
    p.version !== DATASET_VERSION ||
    !whole(p.page, 0) ||
    !whole(p.pages, 1) ||
    !Array.isArray(p.sources) ||
    !p.sources.every(
      (s: Partial<IndexSource> | null) =>
        !!s && typeof s.id === 'string' && typeof s.figureCount === 'number',
    )
  ) {
    throw new DataLoadError(
      `${path} is not a page of a Cited Figures source list (version ${DATASET_VERSION} with "page", "pages" and "sources", each with its id and figureCount).`,
      'Rebuild the site with npm run build and deploy the whole dist/ folder, including dist/data/source-pages/.',
    );
  }
  return p as SourcePage;
}

/**
 * `add` appended to `base`, skipping what `base` already holds (by id), so colours and order of
 * what was drawn first never change.
 * @example mergeDatasets(firstView, chunk).figures.length // firstView's + the chunk's new ones
 */
export function mergeDatasets(base: Dataset, add: Dataset): Dataset {
  const fresh = <T extends { id: string }>(old: readonly T[], next: readonly T[]) => {
    const have = new Set(old.map((x) => x.id));
    return next.filter((x) => !have.has(x.id));
  };
  return {
    figures: [...base.figures, ...fresh(base.figures, add.figures)],
    charts: [...base.charts, ...fresh(base.charts, add.charts)],
    sources: [...base.sources, ...fresh(base.sources, add.sources)],
  };
}

/**
 * The corpus as far as it has been read: starts from the page's first view and adds one
 * source's chunk at a time, each fetched once (a failed fetch is forgotten, so a retry fetches).
 * @example const corpus = new ChunkedCorpus(firstView, { figures: 10000, sources: 1000 });
 * await corpus.loadFigures(['synthetic-fig-09999']); corpus.dataset.figures.length // first view + one source
 */
export class ChunkedCorpus {
  #dataset: Dataset;
  #index: Promise<DataIndex> | undefined;
  /** The index once read (a search asked for it): ids are then found without a lookup file. */
  #indexRead: DataIndex | undefined;
  readonly #chunks = new Map<string, Promise<void>>();
  readonly #sourcePages = new Map<number, Promise<SourcePage>>();
  /** Pages of the source list before this one hold no source left to read. */
  #sourcePageCursor = 0;
  readonly #base: string;
  readonly #fetch: Fetch;
  /** Every URL this corpus has fetched, in order (what tests and the bench count). */
  readonly fetched: string[] = [];

  constructor(
    first: Dataset,
    readonly summary: CorpusSummary,
    base = './',
    fetchFn: Fetch = (u) => fetch(u),
  ) {
    this.#dataset = first;
    this.#base = base;
    this.#fetch = (url) => {
      this.fetched.push(url);
      return fetchFn(url);
    };
  }

  /** What has been read so far. */
  get dataset(): Dataset {
    return this.#dataset;
  }

  /** Whether the source's figures are all here (its chunk, or the first view). */
  hasSource(sourceId: string): boolean {
    return this.#dataset.sources.some((s) => s.id === sourceId);
  }

  /** The index, fetched once. @example (await corpus.index()).figures.length // 10000 */
  index(): Promise<DataIndex> {
    this.#index ??= fetchJson(`${this.#base}data/index.json`, this.#fetch).then((json) => {
      this.#indexRead = checkIndex(json);
      return this.#indexRead;
    });
    this.#index.catch(() => (this.#index = undefined));
    return this.#index;
  }

  /**
   * Reads the chunks of `sourceIds` not read yet; resolves to the dataset with them.
   * @example await corpus.loadSources(['synthetic-source-00042'])
   */
  async loadSources(sourceIds: readonly string[]): Promise<Dataset> {
    await Promise.all(sourceIds.filter((id) => !this.hasSource(id)).map((id) => this.#chunk(id)));
    return this.#dataset;
  }

  /**
   * Reads a source's chunk; a source the index does not list is left for the view to report
   * ("There is no source …"), any other failure is thrown.
   * @example await corpus.loadSource('synthetic-source-00042')
   */
  async loadSource(sourceId: string): Promise<Dataset> {
    try {
      return await this.loadSources([sourceId]);
    } catch (e) {
      if ((await this.index()).sources.some((s) => s.id === sourceId)) throw e;
      return this.#dataset;
    }
  }

  /**
   * Reads what a route draws: a figure's or the compared figures' chunks (through the index),
   * or a source's chunk (and its focused figure's). The dashboard draws the first view.
   * @example await corpus.loadRoute({ view: 'compare', figures: ['a', 'b'] })
   */
  async loadRoute(route: Route): Promise<Dataset> {
    if (route.view === 'figure') return this.loadFigures([route.id]);
    if (route.view === 'compare') return this.loadFigures(route.figures);
    if (route.view === 'source') {
      await this.loadSource(route.sourceId);
      return route.figure ? this.loadFigures([route.figure]) : this.#dataset;
    }
    return this.#dataset;
  }

  /** Whether everything `route` draws is here already (nothing to fetch). */
  hasRoute(route: Route): boolean {
    const have = (ids: readonly string[]) =>
      ids.every((id) => this.#dataset.figures.some((f) => f.id === id));
    if (route.view === 'figure') return have([route.id]);
    if (route.view === 'compare') return have(route.figures);
    if (route.view === 'source')
      return this.hasSource(route.sourceId) && (!route.figure || have([route.figure]));
    return true;
  }

  /**
   * Reads the chunks holding `figureIds` (through their lookup files, or the index when the page
   * names no lookup; nothing when all are here already). Ids the corpus does not know are left
   * for the view to report.
   * @example await corpus.loadFigures(['synthetic-fig-00042', 'synthetic-fig-09000'])
   */
  async loadFigures(figureIds: readonly string[]): Promise<Dataset> {
    const have = new Set(this.#dataset.figures.map((f) => f.id));
    const missing = figureIds.filter((id) => !have.has(id));
    if (missing.length === 0) return this.#dataset;
    return this.loadSources(await this.#sourcesOf('figures', missing));
  }

  /**
   * Reads the chunks holding the chart groups `chartIds` (an embed's `?chart=`), as loadFigures.
   * @example await corpus.loadCharts(['synthetic-source-00042-chart-1'])
   */
  async loadCharts(chartIds: readonly string[]): Promise<Dataset> {
    const have = new Set(this.#dataset.charts.map((c) => c.id));
    const missing = chartIds.filter((id) => !have.has(id));
    if (missing.length === 0) return this.#dataset;
    return this.loadSources(await this.#sourcesOf('charts', missing));
  }

  /**
   * The sources of `ids` (figure or chart ids) the corpus knows: from the index when it is read
   * already or the page names no lookup files, else from the ids' lookup files.
   */
  async #sourcesOf(what: 'figures' | 'charts', ids: readonly string[]): Promise<string[]> {
    const buckets = this.summary.lookup;
    if (!buckets || this.#indexRead) {
      const wanted = new Set(ids);
      const index = await this.index();
      const entries: { id: string; sourceId: string }[] = index[what];
      return [...new Set(entries.filter((e) => wanted.has(e.id)).map((e) => e.sourceId))];
    }
    const paths = [...new Set(ids.map((id) => lookupPath(id, buckets)))];
    const files = await Promise.all(
      paths.map((p) => fetchJson(`${this.#base}${p}`, this.#fetch).then((j) => checkLookup(j, p))),
    );
    const found = ids.flatMap((id) => files.flatMap((f) => f[what][id] ?? []));
    return [...new Set(found)];
  }

  /**
   * Reads the next `count` sources (index order, those with figures) not read yet: from the pages
   * of the source list (data/source-pages/<n>.json, a few kB each), or from the index when a
   * search has read it already.
   * @example await corpus.loadMoreSources(5)
   */
  async loadMoreSources(count: number): Promise<Dataset> {
    const unread = (list: readonly IndexSource[], taken: readonly string[]) =>
      list.filter((s) => s.figureCount > 0 && !this.hasSource(s.id) && !taken.includes(s.id));
    if (this.#indexRead) {
      const next = unread(this.#indexRead.sources, []).slice(0, count);
      return this.loadSources(next.map((s) => s.id));
    }
    const next: string[] = [];
    let cursor = this.#sourcePageCursor;
    for (let n = cursor; next.length < count; n++) {
      const page = await this.#sourcePage(n);
      const left = unread(page.sources, next);
      const taken = left.slice(0, count - next.length);
      next.push(...taken.map((s) => s.id));
      // A page whose sources are all read once these are is not asked for again.
      if (taken.length === left.length && cursor === n) cursor = n + 1;
      if (n + 1 >= page.pages) break;
    }
    const dataset = await this.loadSources(next);
    this.#sourcePageCursor = Math.max(this.#sourcePageCursor, cursor);
    return dataset;
  }

  /** A page of the source list, fetched once (a failed fetch is forgotten, so a retry fetches). */
  #sourcePage(n: number): Promise<SourcePage> {
    let pending = this.#sourcePages.get(n);
    if (!pending) {
      const path = sourcePagePath(n);
      pending = fetchJson(`${this.#base}${path}`, this.#fetch).then((j) =>
        checkSourcePage(j, path),
      );
      pending.catch(() => this.#sourcePages.delete(n));
      this.#sourcePages.set(n, pending);
    }
    return pending;
  }

  /** Sources with figures not read yet (from the page's summary until the index is here). */
  get sourcesLeft(): number {
    const loaded = new Set(this.#dataset.figures.map((f) => f.quote.sourceId));
    return Math.max(0, this.summary.sources - loaded.size);
  }

  #chunk(sourceId: string): Promise<void> {
    let pending = this.#chunks.get(sourceId);
    if (!pending) {
      const path = chunkPath(sourceId);
      pending = fetchJson(`${this.#base}${path}`, this.#fetch).then((json) => {
        this.#dataset = mergeDatasets(this.#dataset, checkChunk(json, path));
      });
      pending.catch(() => this.#chunks.delete(sourceId));
      this.#chunks.set(sourceId, pending);
    }
    return pending;
  }
}
