// The dev page's side of the write path: reads the token the dev server injected, reads a figure
// file with its sha256 and saves a figure against that sha256. Imported only behind
// `import.meta.env.DEV`, so the built site contains neither the endpoint nor this module.

import { AUTHORING_PREFIX, TOKEN_HEADER, TOKEN_META } from './authoringRequest.ts';
import type { Figure } from '../model/figure.ts';

/** The token from the dev page's meta element, or undefined (no write path here).
 * @example authoringToken(document) // 'f3c1…' on `npm start`, undefined on the built site */
export function authoringToken(page: Pick<Document, 'querySelector'>): string | undefined {
  const meta = page.querySelector<HTMLMetaElement>(`meta[name="${TOKEN_META}"]`);
  return meta?.content || undefined;
}

export interface FigureFileRead {
  /** The file's text, or null when the source has no figure file yet. */
  text: string | null;
  sha256: string | null;
}

async function call<T>(token: string, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${AUTHORING_PREFIX}${path}`, {
    method,
    headers: {
      [TOKEN_HEADER]: token,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
  });
  const json = (await res.json().catch(() => ({}))) as T & { error?: string };
  if (!res.ok) throw new Error(json.error ?? `the dev server answered ${res.status}`);
  return json;
}

/** @example await readFigureFile(token, 'mofa-2002-10-14-kawaguchi-putin') // { text, sha256 } */
export function readFigureFile(token: string, sourceId: string): Promise<FigureFileRead> {
  return call(token, 'GET', `figures/${sourceId}`);
}

/** Saves against the sha256 read; the server refuses (409) when the file changed since.
 * @example await saveFigure(token, read.sha256, figure, { id: 'growth-2001' }) */
export function saveFigure(
  token: string,
  baseSha256: string | null,
  figure: Figure,
  chart: { id: string; title?: string; description?: string },
): Promise<{ path: string; sha256: string }> {
  return call(token, 'POST', `figures/${figure.quote.sourceId}`, { baseSha256, figure, chart });
}
