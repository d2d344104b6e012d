// The dashboard's Svelte part, loaded after the charts have drawn (src/main.ts imports it on
// demand): hydrates the prerendered first view, or mounts afresh where the page carries none.
// Draws no chart itself; the hydrated ChartCanvas takes over the charts already drawn.

import { hydrate, mount } from 'svelte';
import type { Dataset } from '../model/figure.ts';
import type { CorpusSummary } from '../data/fetchChunks.ts';
import { parseRoute } from '../model/route.ts';
import { readinessView } from '../charts/readiness.ts';
import App from './App.svelte';

/**
 * Hydrates `target` when it holds the prerendered view and `initial` is the page's dataset;
 * otherwise empties it and mounts App, which fetches data/. `corpus` is set when `initial` is only
 * a large corpus's first view. Marks `app-ready` when done.
 * @example startApp(document.getElementById('app')!, readInlineDataset(document), undefined)
 */
export function startApp(
  target: HTMLElement,
  initial: Dataset | undefined,
  corpus: CorpusSummary | undefined,
): void {
  // The page's predraw marked the dashboard's charts; a reader who went to another view before
  // the app loaded gets that view's own mark once its charts draw (App marks only when none is).
  if (readinessView(parseRoute(location.hash).route) !== 'dashboard')
    performance.clearMarks('charts-ready');
  if (initial && target.firstChild) hydrate(App, { target, props: { initial, corpus } });
  else {
    target.replaceChildren();
    mount(App, { target, props: { initial, corpus } });
  }
  // The page answers input from here on (routes, alerts, menus); the charts may have drawn and
  // marked charts-ready before this.
  performance.mark('app-ready');
}
