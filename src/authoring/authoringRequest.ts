// The rules of the dev server's write path, as pure functions: who may call it (loopback host,
// own origin, per-start token), what a request may ask for (kebab-case ids only, so no path from
// a request reaches the file system unchecked) and how a figure or a document becomes file text.
// No I/O and no HTTP here: src/build/authoringServer.ts reads, validates and writes.

import { figureSchema, kebabPattern, sourceFileSchema } from '../data/schema.ts';
import type { ChartGroup, Figure, Source } from '../model/figure.ts';

/** Where the dev page sends its requests; the built site has no such path. */
export const AUTHORING_PREFIX = '/__cited-authoring/';
/** The header that carries the per-start token (a custom header also forces a CORS preflight). */
export const TOKEN_HEADER = 'x-cited-authoring-token';
/** The meta element through which the dev page learns the token. */
export const TOKEN_META = 'cited-authoring-token';

/** A refusal: the HTTP status and a message that says what was wrong and how to fix it. */
export interface Refusal {
  status: number;
  message: string;
}

export interface RequestFacts {
  method: string;
  /** The Host header. */
  host: string | undefined;
  /** The Origin header (browsers send it on every POST). */
  origin: string | undefined;
  /** Sec-Fetch-Site, when the browser sends it. */
  fetchSite: string | undefined;
  token: string | undefined;
  /** The peer's address. */
  remoteAddress: string | undefined;
}

const LOOPBACK_ADDRESSES = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '[::1]'];

/**
 * Refuses a request that does not come from the dev page itself: another address, another Host
 * (a DNS-rebound name), another Origin (another site open in the same browser) or a missing or
 * wrong token. Returns undefined when the request may proceed.
 * @example checkCaller({ method: 'POST', host: '127.0.0.1:5173', origin: 'https://evil.test', … }, 5173, token)
 * // { status: 403, message: 'Origin https://evil.test is not this dev server …' }
 */
export function checkCaller(r: RequestFacts, port: number, token: string): Refusal | undefined {
  if (!r.remoteAddress || !LOOPBACK_ADDRESSES.has(r.remoteAddress)) {
    return refuse(
      403,
      `requests from ${r.remoteAddress ?? 'an unknown address'} are refused; the authoring endpoints answer this machine only`,
    );
  }
  const hosts = LOOPBACK_HOSTS.map((h) => `${h}:${port}`);
  if (!r.host || !hosts.includes(r.host.toLowerCase())) {
    return refuse(
      403,
      `Host ${r.host ?? '(none)'} is not this dev server; open the dashboard at http://127.0.0.1:${port}/`,
    );
  }
  const own = `http://${r.host.toLowerCase()}`;
  if (r.origin !== undefined && r.origin !== own) {
    return refuse(
      403,
      `Origin ${r.origin} is not this dev server (${own}); only its own page may write data/`,
    );
  }
  if (r.method !== 'GET' && r.origin === undefined) {
    return refuse(
      403,
      `a ${r.method} without an Origin header is refused; send it from the dashboard page`,
    );
  }
  if (r.fetchSite !== undefined && r.fetchSite !== 'same-origin') {
    return refuse(
      403,
      `a ${r.fetchSite} request is refused; only the dashboard page itself may write data/`,
    );
  }
  if (!r.token || !sameToken(r.token, token)) {
    return refuse(
      403,
      'the authoring token is missing or out of date; reload the page (the dev server makes a new token each start)',
    );
  }
  return undefined;
}

/** Constant-time comparison, so the token cannot be guessed a character at a time. */
function sameToken(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

export type AuthoringRoute =
  | { kind: 'read-figures'; sourceId: string }
  | { kind: 'save-figure'; sourceId: string }
  | { kind: 'add-source' };

/**
 * The route a request names, or a refusal. Ids must be kebab-case, so "..", "/" and "%2f" never
 * reach a path.
 * @example routeOf('POST', '/__cited-authoring/figures/mofa-2002') // { kind: 'save-figure', sourceId: 'mofa-2002' }
 * @example routeOf('POST', '/__cited-authoring/figures/..%2fetc') // { status: 400, … }
 */
export function routeOf(method: string, url: string): AuthoringRoute | Refusal {
  const path = url.split('?')[0]!;
  if (!path.startsWith(AUTHORING_PREFIX))
    return refuse(404, `${path} is not an authoring endpoint`);
  const rest = path.slice(AUTHORING_PREFIX.length);
  if (rest === 'sources') {
    return method === 'POST' ? { kind: 'add-source' } : refuse(405, 'use POST to add a document');
  }
  const m = /^figures\/([^/]*)$/.exec(rest);
  if (!m)
    return refuse(404, `${path} is not an authoring endpoint; use figures/<source-id> or sources`);
  const sourceId = m[1]!;
  if (!kebabPattern.test(sourceId)) {
    return refuse(
      400,
      `"${sourceId.slice(0, 80)}" is not a source id; ids are kebab-case (lowercase letters, digits and hyphens)`,
    );
  }
  if (method === 'GET') return { kind: 'read-figures', sourceId };
  if (method === 'POST') return { kind: 'save-figure', sourceId };
  return refuse(405, `use GET to read or POST to save figures, not ${method}`);
}

/** What the page sends to save one figure. */
export interface SaveFigureRequest {
  /** sha256 of the figure file as the page read it; null when the file did not exist. */
  baseSha256: string | null;
  figure: Figure;
  /** An existing chart group of the file, or a new one (then with title and description). */
  chart: { id: string; title?: string; description?: string; topic?: string };
}

/**
 * Checks the request body's shape (the figure against the schema) before anything is read.
 * @example parseSaveFigure({ baseSha256: null, figure, chart: { id: 'c' } }, 'doc') // { request }
 */
export function parseSaveFigure(
  body: unknown,
  sourceId: string,
): { request: SaveFigureRequest } | Refusal {
  const b = body as Partial<SaveFigureRequest> | null;
  if (!b || typeof b !== 'object') return refuse(400, 'the body must be a JSON object');
  if (
    b.baseSha256 !== null &&
    !(typeof b.baseSha256 === 'string' && /^[0-9a-f]{64}$/.test(b.baseSha256))
  ) {
    return refuse(
      400,
      '"baseSha256" must be the sha256 (64 hex digits) of the file as read, or null for a new file',
    );
  }
  const figure = figureSchema.safeParse(b.figure);
  if (!figure.success) {
    const issue = figure.error.issues[0]!;
    return refuse(422, `figure.${issue.path.join('.')}: ${issue.message}`);
  }
  if (figure.data.quote.sourceId !== sourceId) {
    return refuse(
      422,
      `the figure quotes "${figure.data.quote.sourceId}" but is saved to data/figures/${sourceId}.json; save it with its own source`,
    );
  }
  const chart = b.chart;
  if (!chart || typeof chart.id !== 'string' || !kebabPattern.test(chart.id)) {
    return refuse(422, '"chart.id" must be a kebab-case chart group id');
  }
  for (const key of ['title', 'description', 'topic'] as const) {
    if (chart[key] !== undefined && (typeof chart[key] !== 'string' || chart[key]!.trim() === '')) {
      return refuse(422, `"chart.${key}" must be non-empty text when given`);
    }
  }
  return {
    request: {
      baseSha256: b.baseSha256,
      figure: figure.data as Figure,
      chart: {
        id: chart.id,
        title: chart.title,
        description: chart.description,
        topic: chart.topic,
      },
    },
  };
}

interface FileShape {
  $schema?: string;
  charts: ChartGroup[];
  figures: Figure[];
}

/**
 * The figure file with the figure added (and listed in its chart group, new or existing), as
 * JSON text; formatting to the project's style is the caller's job. Refuses a duplicate id.
 * @example mergeFigure(undefined, request).text // '{"$schema":"../schema/figures.schema.json","charts":[…],"figures":[…]}'
 */
export function mergeFigure(
  current: string | undefined,
  r: SaveFigureRequest,
): { text: string } | Refusal {
  let file: FileShape;
  try {
    file =
      current === undefined
        ? { $schema: '../schema/figures.schema.json', charts: [], figures: [] }
        : (JSON.parse(current) as FileShape);
  } catch {
    return refuse(
      409,
      'the figure file on disk is not valid JSON; fix it (npm run check:data says where) and save again',
    );
  }
  if (!Array.isArray(file.charts) || !Array.isArray(file.figures)) {
    return refuse(
      409,
      'the figure file on disk has no "charts" and "figures" lists; fix it and save again',
    );
  }
  if (file.figures.some((f) => f.id === r.figure.id)) {
    return refuse(
      409,
      `a figure with id "${r.figure.id}" is already in this file; choose another id`,
    );
  }
  const figure = { ...r.figure, chart: r.chart.id };
  const existing = file.charts.find((c) => c.id === r.chart.id);
  let charts: ChartGroup[];
  if (existing) {
    charts = file.charts.map((c) =>
      c === existing ? { ...c, figures: [...c.figures, figure.id] } : c,
    );
  } else {
    if (!r.chart.title || !r.chart.description) {
      return refuse(422, `chart group "${r.chart.id}" is new: give it a title and a description`);
    }
    charts = [
      ...file.charts,
      {
        id: r.chart.id,
        title: r.chart.title,
        description: r.chart.description,
        topic: r.chart.topic ?? r.figure.topic,
        figures: [figure.id],
      },
    ];
  }
  return { text: JSON.stringify({ ...file, charts, figures: [...file.figures, figure] }) };
}

/** What the page sends to add a document: its metadata (the server computes the sha256) and text. */
export interface AddSourceRequest extends Omit<Source, 'sha256'> {
  /** The document, verbatim. */
  text: string;
}

/**
 * Checks a new document's metadata against the source schema; the text must be non-empty and
 * free of NUL bytes (a binary file pasted by mistake).
 * @example parseAddSource({ id: 'doc', title: 'T', …, text: 'Exports rose 5%.' }) // { request }
 */
export function parseAddSource(body: unknown): { request: AddSourceRequest } | Refusal {
  const b = body as Partial<AddSourceRequest> | null;
  if (!b || typeof b !== 'object') return refuse(400, 'the body must be a JSON object');
  if (typeof b.text !== 'string' || b.text.trim() === '') {
    return refuse(422, '"text" is empty: paste or drop the document');
  }
  if (b.text.includes('\u0000')) {
    return refuse(422, '"text" contains NUL bytes: it looks like a binary file, not a text');
  }
  const { text, ...fields } = b;
  const meta = sourceFileSchema.safeParse({ ...fields, sha256: '0'.repeat(64) });
  if (!meta.success) {
    const issue = meta.error.issues[0]!;
    return refuse(422, `${issue.path.join('.') || 'metadata'}: ${issue.message}`);
  }
  const { id, title, publisher, date, url, language } = meta.data;
  return { request: { id, title, publisher, date, url, language, text } };
}

/**
 * The metadata file of a new document, with the sha256 of its text's UTF-8 bytes.
 * @example sourceMetaText(request, 'ab…') // '{"$schema":"../schema/source.schema.json","id":"doc",…}'
 */
export function sourceMetaText(r: AddSourceRequest, sha256: string): string {
  const { text: _text, ...meta } = r;
  return JSON.stringify({ $schema: '../schema/source.schema.json', ...meta, sha256 });
}

function refuse(status: number, message: string): Refusal {
  return { status, message };
}

/** True for a refusal. @example isRefusal({ status: 403, message: 'no' }) // true */
export function isRefusal(x: unknown): x is Refusal {
  return (
    typeof (x as Refusal | null)?.status === 'number' && typeof (x as Refusal).message === 'string'
  );
}
