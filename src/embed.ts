// Entry of embed.html: renders the embed (plain DOM, no Svelte) as its modules evaluate (in the
// task after them on a touch screen: two shorter tasks, not one long one) and, inside a frame,
// reports the page's height to the host page (views/frameHeight.ts, loaded then). Imports no
// dashboard-only code and touches no storage or cookies.
import type { Theme } from './charts/palette.ts';
import type { Dataset } from './model/figure.ts';
import { readInlinePage } from './data/inlineDataset.ts';
import { drawsInTasks } from './charts/chartHost.ts';
import { readerPreferences, watchReaderPreferences } from './components/readerPreferences.ts';
import { embedIds, renderEmbed, type EmbedEnv, type EmbedPlanner } from './views/embedPage.ts';
import { planOneAxis } from './model/axisGroup.ts';
import { parseEmbedQuery } from './views/embedQuery.ts';
import './styles/app.css';
import './styles/chart.css';
import './styles/embed.css';

const query = parseEmbedQuery(location.search);
const CODE_FAILURE = 'The embed could not load its code. Check your connection, then reload.';
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
  const draw = (dataset: Dataset | undefined, failure?: string): void => {
    // Figures on more than one axis (a comparison): compare.ts plans them and says why they are
    // drawn apart, loaded now; one chart group or one figure (most embeds) needs none of it.
    if (dataset && !query.problem && !planOneAxis(embedIds(query, dataset), dataset.figures)) {
      import('./model/compare.ts').then(
        (m) => drawPlanned(dataset, failure, m.planComparison),
        () => drawPlanned(undefined, CODE_FAILURE),
      );
      return;
    }
    drawPlanned(dataset, failure);
  };
  const drawPlanned = (
    dataset: Dataset | undefined,
    failure?: string,
    planner?: EmbedPlanner,
  ): void => {
    // The first frame at once (no entrance animation, as a hand-written page); later redraws
    // for a new theme follow the reader's motion setting.
    const page = renderEmbed(
      main,
      query,
      dataset,
      { ...env(), still: true },
      siteUrl,
      failure,
      planner,
    );
    if (!dataset) return;
    watchReaderPreferences(() => {
      document.documentElement.dataset.theme = env().theme;
      page.retheme(env());
    });
  };
  // A built page carries the dataset: drawn at once, no round trip. A large corpus's page
  // carries only its counts and the dev server none: views/embedData.ts (loaded on demand)
  // reads what this embed draws.
  let inline: ReturnType<typeof readInlinePage>;
  try {
    inline = readInlinePage(document);
  } catch (e) {
    console.warn((e as Error).message);
  }
  // At once with a mouse, as a hand-written page draws; on a touch screen in a task of its own,
  // since evaluating Chart.js and drawing would block input there as one long task (drawsInTasks).
  if (inline && !inline.corpus) {
    if (drawsInTasks()) setTimeout(draw, 0, inline.dataset);
    else draw(inline.dataset);
  } else
    import('./views/embedData.ts').then(
      (m) => m.loadEmbedData(main, query, inline, draw),
      () => draw(undefined, CODE_FAILURE),
    );
}

// Only inside a frame: post the height whenever the content's height changes. Without that
// module the frame keeps the host's own height; the embed itself still works.
if (window.parent !== window)
  import('./views/frameHeight.ts').then((m) => m.postFrameHeight(app, query), console.warn);
