// Entry of index.html: starts the dashboard. A built page carries its first view as HTML and the
// dataset as a data block: hydrate that; otherwise (dev server, large corpora) mount and fetch.
import { hydrate, mount } from 'svelte';
import type { Dataset } from './model/figure.ts';
import { readInlineDataset } from './data/inlineDataset.ts';
import App from './views/App.svelte';
import './styles/app.css';
import './styles/print.css';

const target = document.getElementById('app')!;
let initial: Dataset | undefined;
try {
  initial = readInlineDataset(document);
} catch (e) {
  // A damaged data block: fetch data/ instead, which reports its own problems on the page.
  console.warn((e as Error).message);
}
if (initial && target.firstChild) hydrate(App, { target, props: { initial } });
else {
  target.replaceChildren();
  mount(App, { target, props: { initial } });
}
