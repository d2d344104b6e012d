// Printing a card shows its claim and record: the records are read once the browser is idle
// (never where it has no idle callback, as in jsdom), and printing opens the folded disclosures
// and afterprint folds the same ones again.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { resolve } from 'node:path';
import { loadDataset } from '../../src/data/loadDataset.ts';
import { publishDataset } from '../../src/build/publish.ts';
import { forgetRecords } from '../../src/data/fetchRecords.ts';
import {
  openWhilePrinting,
  preloadForPrint,
  printRecords,
} from '../../src/components/printRecords.svelte.ts';

const root = resolve(import.meta.dirname, '../..');
const { dataset, texts } = loadDataset(resolve(root, 'data'), root);
const recordsJson = publishDataset(dataset, texts)['data/records.json']!;

afterEach(() => {
  vi.unstubAllGlobals();
  forgetRecords();
  document.body.replaceChildren();
});

describe('preloadForPrint', () => {
  it('does nothing where the browser has no idle callback', () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    preloadForPrint({} as Window);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('reads data/records.json once when idle, however many cards ask', async () => {
    const fetchMock = vi.fn(async () => new Response(recordsJson, { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    const idle: (() => void)[] = [];
    const win = Object.assign(new EventTarget(), {
      document,
      requestIdleCallback: (f: () => void) => idle.push(f),
    }) as unknown as Window;
    preloadForPrint(win);
    preloadForPrint(win);
    expect(fetchMock).not.toHaveBeenCalled();
    expect(idle).toHaveLength(1);
    idle[0]!();
    await vi.waitFor(() => expect(printRecords.published).toBeDefined());
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock).toHaveBeenCalledWith('./data/records.json');
    expect(printRecords.published?.claims.map((c) => c.claimId)).toContain(
      'japan-exports-to-russia-2001',
    );
  });
});

describe('openWhilePrinting', () => {
  it('opens the folded claim-and-record disclosures for print and folds the same ones after', () => {
    document.body.innerHTML = `
      <details class="claim-record" id="a"><summary>a</summary></details>
      <details class="claim-record" id="b" open><summary>b</summary></details>
      <details id="table"><summary>Data table</summary></details>`;
    const win = Object.assign(new EventTarget(), { document }) as unknown as Window;
    openWhilePrinting(win);
    const open = () =>
      [...document.querySelectorAll('details')].map((d) => `${d.id}:${d.open ? 'open' : 'shut'}`);
    win.dispatchEvent(new Event('beforeprint'));
    expect(open()).toEqual(['a:open', 'b:open', 'table:shut']);
    win.dispatchEvent(new Event('afterprint'));
    expect(open()).toEqual(['a:shut', 'b:open', 'table:shut']);
  });
});
