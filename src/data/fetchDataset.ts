// Loads the published dataset in the browser (same origin, relative to the page) and checks its
// shape (data/checkPublished.ts) before anything is drawn. No Svelte, no Chart.js, and no zod (it
// would triple the startup JS). Pages that carry their data inline import this only on demand.

import type { Dataset, PublishedSource } from '../model/figure.ts';
import { checkPublished, DataLoadError } from './checkPublished.ts';

// Re-exported for the modules that load files and report against them.
export { checkPublished, DataLoadError };

type Fetch = (url: string) => Promise<Response>;

/**
 * @example const dataset = await fetchDataset('./data/') // { figures, charts, sources }
 * @throws DataLoadError saying which file failed and what to do.
 */
export async function fetchDataset(
  base = './data/',
  fetchFn: Fetch = (u) => fetch(u),
): Promise<Dataset> {
  const [figuresFile, sourcesFile] = await Promise.all([
    fetchJson(`${base}figures.json`, fetchFn),
    fetchJson(`${base}sources.json`, fetchFn),
  ]);
  return checkPublished(figuresFile, sourcesFile);
}

/** Fetches a source document's text. @example await fetchSourceText(source) // 'Foreign Minister…' */
export async function fetchSourceText(
  source: PublishedSource,
  fetchFn: Fetch = (u) => fetch(u),
): Promise<string> {
  const url = `./${source.path}`;
  const res = await safeFetch(url, fetchFn);
  return res.text();
}

async function safeFetch(url: string, fetchFn: Fetch): Promise<Response> {
  let res: Response;
  try {
    res = await fetchFn(url);
  } catch {
    throw new DataLoadError(`Could not reach ${url}.`, 'Check your connection and try again.');
  }
  if (!res.ok) {
    let detail = '';
    try {
      const body = (await res.json()) as { error?: unknown };
      if (typeof body.error === 'string') detail = ` ${body.error}`;
    } catch {
      // not a JSON error body: the status says enough
    }
    throw new DataLoadError(
      `Loading ${url} failed (HTTP ${res.status}).${detail}`,
      res.status === 404
        ? 'Deploy the whole dist/ folder, including dist/data/.'
        : 'Try again; if it keeps failing, run npm run check:data.',
    );
  }
  return res;
}

/** Fetches and parses one JSON file; a DataLoadError names the URL. @example await fetchJson('./data/index.json', fetch) */
export async function fetchJson(url: string, fetchFn: Fetch): Promise<unknown> {
  const res = await safeFetch(url, fetchFn);
  try {
    return await res.json();
  } catch {
    throw new DataLoadError(
      `${url} is not valid JSON.`,
      'Rebuild the site with npm run build and deploy it again.',
    );
  }
}
