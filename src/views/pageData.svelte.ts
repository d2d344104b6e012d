// The dashboard page's data as runes state: the dataset the page carried, or the whole one from
// data/ (pages without a data block), or, for a large corpus, the first view plus the chunks each
// route draws (data/fetchChunks.ts). Loading, failure and retry live here; App only shows them.

import type { Dataset } from '../model/figure.ts';
import type { Route } from '../model/route.ts';
import { fetchDataset } from '../data/fetchDataset.ts';
import { ChunkedCorpus, type CorpusSummary } from '../data/fetchChunks.ts';
import type { DataIndex } from '../model/dataIndex.ts';

/** A load that failed: what, and how to fix it; `retry` runs the same load again. */
export interface LoadFailure {
  message: string;
  fix: string;
  retry: () => void;
}

export class PageData {
  dataset = $state.raw<Dataset | undefined>();
  failure = $state<LoadFailure | undefined>();
  /** A route's chunks are on their way: views wait rather than call its ids unknown. */
  pending = $state(false);
  /** Sources the dashboard has not read yet (large corpora only). */
  sourcesLeft = $state(0);
  /** A large corpus's whole index, once a search asked for it (searchCorpus). */
  index = $state.raw<DataIndex | undefined>();
  readonly #corpus: ChunkedCorpus | undefined;
  #asked = 0;

  constructor(initial: Dataset | undefined, corpus: CorpusSummary | undefined) {
    this.dataset = initial;
    this.#corpus = initial && corpus ? new ChunkedCorpus(initial, corpus) : undefined;
    this.sourcesLeft = this.#corpus?.sourcesLeft ?? 0;
    if (!initial) this.load();
  }

  /** Whether the dataset is a large corpus read in chunks. */
  get chunked(): boolean {
    return this.#corpus !== undefined;
  }

  /** Reads the whole dataset from data/ (pages without a data block; after adding a document). */
  load(): Promise<unknown> {
    return this.#run(
      () => fetchDataset(),
      () => void this.load(),
    );
  }

  /**
   * Reads the chunks `route` draws that are not here yet (large corpora; nothing otherwise).
   * @example $effect(() => data.follow(router.route))
   */
  follow(route: Route): void {
    const corpus = this.#corpus;
    if (!corpus || corpus.hasRoute(route)) {
      this.pending = false;
      return;
    }
    this.pending = true;
    void this.#run(
      () => corpus.loadRoute(route),
      () => this.follow(route),
    );
  }

  /** Reads the next `count` sources for the dashboard's "Show more sources". */
  more(count: number): Promise<unknown> {
    const corpus = this.#corpus;
    if (!corpus) return Promise.resolve();
    return this.#run(
      () => corpus.loadMoreSources(count),
      () => void this.more(count),
    );
  }

  /**
   * Reads data/index.json for a search across the whole corpus (the compare picker), once, and
   * only when asked: the first view never reads it. Nothing to do for a corpus the page carries.
   * @example $effect(() => { if (route.view === 'compare') data.searchCorpus(); })
   */
  searchCorpus(): void {
    const corpus = this.#corpus;
    if (!corpus || this.index) return;
    corpus.index().then(
      (index) => (this.index = index),
      (e: Error & { fix?: string }) =>
        (this.failure = {
          message: e.message,
          fix: e.fix ?? 'Reload the page to try again.',
          retry: () => {
            this.failure = undefined;
            this.searchCorpus();
          },
        }),
    );
  }

  /** Runs one load; only the latest one asked for sets the state (a route left is not shown). */
  #run(read: () => Promise<Dataset>, retry: () => void): Promise<unknown> {
    const asked = ++this.#asked;
    this.failure = undefined;
    return read().then(
      (d) => {
        // Chunks only add up: what an earlier load read is kept even when a later one was asked.
        this.dataset = this.#corpus?.dataset ?? (asked === this.#asked ? d : this.dataset);
        if (asked !== this.#asked) return;
        this.pending = false;
        this.sourcesLeft = this.#corpus?.sourcesLeft ?? 0;
      },
      (e: Error & { fix?: string }) => {
        if (asked !== this.#asked) return;
        this.pending = false;
        this.failure = {
          message: e.message,
          fix: e.fix ?? 'Reload the page to try again.',
          retry,
        };
      },
    );
  }
}
