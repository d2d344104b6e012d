// The embed's data when its page does not carry it whole (jsdom): the dev server's path reads
// data/figures.json and data/sources.json from the real build output; a failed read draws the
// message with "Try again", and trying again reads afresh and draws.

import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadDataset } from '../../src/data/loadDataset.ts';
import { publishDataset } from '../../src/build/publish.ts';
import type { Dataset } from '../../src/model/figure.ts';
import { loadEmbedData } from '../../src/views/embedData.ts';
import { parseEmbedQuery } from '../../src/views/embedQuery.ts';

const root = resolve(import.meta.dirname, '../..');
const { dataset, texts } = loadDataset(resolve(root, 'data'), root);
const files = publishDataset(dataset, texts);

afterEach(() => vi.unstubAllGlobals());

/** Renders like views/embedPage.ts does on failure: a notice the retry button joins. */
function drawInto(main: HTMLElement) {
  const drawn: (Dataset | string)[] = [];
  const draw = (d: Dataset | undefined, failure?: string) => {
    drawn.push(d ?? failure!);
    const p = document.createElement('p');
    p.className = 'notice';
    p.textContent = failure ?? `${d!.figures.length} figures`;
    main.replaceChildren(p);
  };
  return { drawn, draw };
}

describe('loadEmbedData', () => {
  it('reads data/ when the page carries no data block, showing that it loads meanwhile', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (u: string) => new Response(files[u.replace('./', '')]!, { status: 200 })),
    );
    const main = document.createElement('main');
    const { drawn, draw } = drawInto(main);
    loadEmbedData(main, parseEmbedQuery('?chart=growth-2001'), undefined, draw);
    expect(main.querySelector('[aria-busy="true"]')?.textContent).toBe('Loading the figure…');
    await vi.waitFor(() => expect(drawn).toHaveLength(1));
    expect((drawn[0] as Dataset).figures.map((f) => f.id)).toEqual(
      dataset.figures.map((f) => f.id),
    );
  });

  it('says what failed with "Try again", which reads again and draws', async () => {
    let up = false;
    const fetchMock = vi.fn(async (u: string) =>
      up
        ? new Response(files[u.replace('./', '')]!, { status: 200 })
        : new Response('', { status: 503 }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const main = document.createElement('main');
    const { drawn, draw } = drawInto(main);
    loadEmbedData(main, parseEmbedQuery('?figure=japan-exports-to-russia-2001'), undefined, draw);
    await vi.waitFor(() => expect(drawn).toHaveLength(1));
    expect(drawn[0]).toMatch(/data\/(figures|sources)\.json/);
    const retry = main.querySelector('button')!;
    expect(retry.textContent).toBe('Try again');
    up = true;
    retry.click();
    await vi.waitFor(() => expect(drawn).toHaveLength(2));
    expect(typeof drawn[1]).toBe('object');
    expect(fetchMock.mock.calls.length).toBe(4);
  });
});
