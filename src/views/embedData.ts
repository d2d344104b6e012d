// The embed's data when its page does not carry it whole: a large corpus's page carries only its
// counts, so the one chunk the embed draws is read (data/lookup/, then data/chunks/); the dev
// server has no data block, so data/ is fetched. Loaded on demand by src/embed.ts: a built
// small corpus never needs this code. A failure says what failed, with "Try again".

import type { Dataset } from '../model/figure.ts';
import type { CorpusSummary } from '../data/fetchChunks.ts';
import type { EmbedQuery } from './embedQuery.ts';

/**
 * Reads the embed's figures and hands them to `draw`; on failure, draws the message and adds a
 * "Try again" button that reads again (a failed read is not kept).
 * @example loadEmbedData(main, parseEmbedQuery('?chart=c-17'), { dataset, corpus }, draw)
 */
export function loadEmbedData(
  main: HTMLElement,
  query: EmbedQuery,
  inline: { dataset: Dataset; corpus?: CorpusSummary } | undefined,
  draw: (dataset: Dataset | undefined, failure?: string) => void,
): void {
  const loading = document.createElement('p');
  loading.setAttribute('aria-busy', 'true');
  loading.textContent = 'Loading the figure…';
  main.append(loading);
  const load = (): Promise<Dataset> => {
    if (inline?.corpus) {
      const { dataset, corpus } = inline;
      return import('../data/fetchChunks.ts').then(({ ChunkedCorpus }) => {
        const chunks = new ChunkedCorpus(dataset, corpus);
        return query.chart ? chunks.loadCharts([query.chart]) : chunks.loadFigures(query.ids);
      });
    }
    return import('../data/fetchDataset.ts').then((m) => m.fetchDataset());
  };
  const start = (): void =>
    void load().then(
      (dataset) => draw(dataset),
      (e: Error & { fix?: string }) => {
        draw(undefined, `${e.message} ${e.fix ?? ''}`.trim());
        const retry = document.createElement('button');
        retry.type = 'button';
        retry.textContent = 'Try again';
        retry.addEventListener('click', start);
        main.querySelector('.notice')?.append(retry);
      },
    );
  start();
}
