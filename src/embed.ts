// Entry of embed.html: renders the embed (plain DOM, no Svelte) and reports the page's height to
// the host page. Imports no dashboard-only code and touches no storage or cookies.
import type { Theme } from './charts/palette.ts';
import type { Dataset } from './model/figure.ts';
import { fetchDataset } from './data/fetchDataset.ts';
import { readInlinePage } from './data/inlineDataset.ts';
import { heightMessage, heightTarget } from './export/embedHeight.ts';
import { readerPreferences, watchReaderPreferences } from './components/readerPreferences.ts';
import { renderEmbed, type EmbedEnv } from './views/embedPage.ts';
import { parseEmbedQuery } from './views/embedQuery.ts';
import './styles/app.css';
import './styles/chart.css';
import './styles/embed.css';

const query = parseEmbedQuery(location.search);
const siteUrl = new URL('./', location.href).href;
const app = document.getElementById('app')!;
const main = document.createElement('main');
main.className = 'embed';
main.dataset.embed = '';
app.replaceChildren(main);

const env = (): EmbedEnv => {
  const system = readerPreferences();
  const theme: Theme = query.theme === 'auto' ? system.theme : query.theme;
  return { theme, still: system.still };
};
document.documentElement.dataset.theme = env().theme;

if (query.problem) {
  renderEmbed(main, query, undefined, env(), siteUrl);
} else {
  const loading = document.createElement('p');
  loading.setAttribute('aria-busy', 'true');
  loading.textContent = 'Loading the figure…';
  main.append(loading);
  // A built page carries the dataset (no round trip); a large corpus's page carries only its
  // counts, and the chunk this embed draws is read (data/lookup/, then data/chunks/; code loaded
  // on demand, as only large corpora need it); the dev server fetches data/.
  const load = (): Promise<Dataset> => {
    try {
      const inline = readInlinePage(document);
      if (inline?.corpus) {
        const { dataset, corpus } = inline;
        return import('./data/fetchChunks.ts').then(({ ChunkedCorpus }) => {
          const chunks = new ChunkedCorpus(dataset, corpus);
          return query.chart ? chunks.loadCharts([query.chart]) : chunks.loadFigures(query.ids);
        });
      }
      if (inline) return Promise.resolve(inline.dataset);
    } catch (e) {
      console.warn((e as Error).message);
    }
    return fetchDataset();
  };
  const start = (): void =>
    void load().then(
      (dataset) => {
        const page = renderEmbed(main, query, dataset, env(), siteUrl);
        const rethemed = () => {
          document.documentElement.dataset.theme = env().theme;
          page.retheme(env());
        };
        watchReaderPreferences(rethemed);
      },
      (e: Error & { fix?: string }) => {
        renderEmbed(main, query, undefined, env(), siteUrl, `${e.message} ${e.fix ?? ''}`.trim());
        // What failed is said above; "Try again" reads it again (a failed read is not kept).
        const retry = document.createElement('button');
        retry.type = 'button';
        retry.textContent = 'Try again';
        retry.addEventListener('click', start);
        main.querySelector('.notice')?.append(retry);
      },
    );
  start();
}

// Only inside a frame: post the height whenever the content's height changes.
if (window.parent !== window) {
  const { targetOrigin, withId } = heightTarget(query.origin, document.referrer);
  let last = 0;
  const post = () => {
    const height = Math.ceil(app.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage(heightMessage(height, query.ids.join(','), withId), targetOrigin);
  };
  new ResizeObserver(post).observe(app);
}
