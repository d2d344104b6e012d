// Entry of index.html: draws the prerendered dashboard's charts from the page's data block (in its
// evaluation with a mouse, one chart a task on a touch screen: views/predraw.ts), then loads
// Svelte and the app (own chunks) and hydrates around them in a task of its own. Only what the first charts need is imported statically here; everything else
// is behind import().
import type { Dataset } from './model/figure.ts';
import type { CorpusSummary } from './data/fetchChunks.ts';
import { readInlinePage } from './data/inlineDataset.ts';
import { readerPreferences } from './components/readerPreferences.ts';
import { nextTask, predrawCharts } from './views/predraw.ts';
import './styles/app.css';
import './styles/print.css';

const target = document.getElementById('app')!;
let initial: Dataset | undefined;
// Set when the page carries only the first view of a large corpus (the rest is in data/chunks/).
let corpus: CorpusSummary | undefined;
try {
  ({ dataset: initial, corpus } = readInlinePage(document) ?? {});
} catch (e) {
  // A damaged data block: fetch data/ instead, which reports its own problems on the page.
  console.warn((e as Error).message);
}
const predrawn =
  initial && target.firstChild
    ? predrawCharts(target, initial, readerPreferences(), () => performance.mark('charts-ready'))
    : Promise.resolve(0);
// Requested once the charts have drawn (its chunks' evaluation would otherwise run between the
// charts' tasks and hold charts-ready back); hydrates in a task of its own, and its mounts keep
// the drawn charts.
predrawn
  .catch(console.warn)
  .then(() => import('./views/startApp.ts'))
  .then(
    async ({ startApp }) => {
      await nextTask();
      startApp(target, initial, corpus);
    },
    (e: Error) => {
      // The charts stay readable; only selecting, menus and views need the app.
      console.error(e);
      const alert = document.createElement('p');
      alert.className = 'error';
      alert.setAttribute('role', 'alert');
      alert.textContent =
        'The interactive part of this page could not be loaded. Check your connection, then reload the page.';
      target.prepend(alert);
    },
  );
