// Parses and writes the dashboard's hash routes. Never throws and never evaluates anything from
// the URL: every input gives either a valid route or a typed error with a plain message.

export type Route =
  | { view: 'dashboard' }
  | { view: 'figure'; id: string }
  | { view: 'source'; sourceId: string; figure?: string }
  | { view: 'compare'; figures: string[] };

export interface RouteError {
  kind: 'unknown-route' | 'bad-id';
  message: string;
}

export type RouteResult =
  { ok: true; route: Route } | { ok: false; error: RouteError; route: Route };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ID = 200;

/**
 * @example parseRoute('#/figure/japan-fdi-to-russia-2001') // { ok: true, route: { view: 'figure', id: 'japan-fdi-to-russia-2001' } }
 * @example parseRoute('#/nope') // { ok: false, error: { kind: 'unknown-route', … }, route: { view: 'dashboard' } }
 */
export function parseRoute(hash: string): RouteResult {
  const dashboard: Route = { view: 'dashboard' };
  const raw = hash.replace(/^#/, '');
  if (raw === '' || raw === '/') return { ok: true, route: dashboard };
  const [pathPart = '', query = ''] = splitOnce(raw, '?');
  const segments = pathPart.split('/').filter(Boolean).map(safeDecode);
  const params = new URLSearchParams(query);
  const [head, arg, ...extra] = segments;

  if (head === 'figure' && extra.length === 0) {
    const id = checkId(arg);
    if (!id.ok) return { ok: false, error: id.error, route: dashboard };
    return { ok: true, route: { view: 'figure', id: id.id } };
  }
  if (head === 'source' && extra.length === 0) {
    const id = checkId(arg);
    if (!id.ok) return { ok: false, error: id.error, route: dashboard };
    const figure = params.get('figure');
    if (figure !== null) {
      const f = checkId(figure);
      if (!f.ok) return { ok: false, error: f.error, route: { view: 'source', sourceId: id.id } };
      return { ok: true, route: { view: 'source', sourceId: id.id, figure: f.id } };
    }
    return { ok: true, route: { view: 'source', sourceId: id.id } };
  }
  if (head === 'compare' && arg === undefined) {
    const ids = parseIdList(params.get('figures') ?? '');
    if (ids.bad.length > 0) {
      return {
        ok: false,
        error: {
          kind: 'bad-id',
          message: `Ignored ${ids.bad.length} malformed id(s) in "figures": ${ids.bad.map(show).join(', ')}. Ids are lowercase words joined by hyphens.`,
        },
        route: { view: 'compare', figures: ids.good },
      };
    }
    return { ok: true, route: { view: 'compare', figures: ids.good } };
  }
  return {
    ok: false,
    error: {
      kind: 'unknown-route',
      message: `There is no page at "#${show(raw)}". Showing the dashboard instead; links look like #/figure/<id>, #/source/<id> or #/compare?figures=<id>,<id>.`,
    },
    route: dashboard,
  };
}

/** @example routeToHash({ view: 'source', sourceId: 's', figure: 'f' }) // '#/source/s?figure=f' */
export function routeToHash(route: Route): string {
  switch (route.view) {
    case 'dashboard':
      return '#/';
    case 'figure':
      return `#/figure/${encodeURIComponent(route.id)}`;
    case 'source':
      return (
        `#/source/${encodeURIComponent(route.sourceId)}` +
        (route.figure ? `?figure=${encodeURIComponent(route.figure)}` : '')
      );
    case 'compare':
      return `#/compare?figures=${route.figures.map(encodeURIComponent).join(',')}`;
  }
}

/** Splits "a,b,,a" into unique well-formed ids, keeping order. @example parseIdList('a,b,a').good // ['a', 'b'] */
export function parseIdList(value: string): { good: string[]; bad: string[] } {
  const good: string[] = [];
  const bad: string[] = [];
  for (const part of value.split(',').slice(0, 100)) {
    const id = safeDecode(part.trim());
    if (id === '') continue;
    if (id.length <= MAX_ID && ID.test(id)) {
      if (!good.includes(id)) good.push(id);
    } else bad.push(id);
  }
  return { good, bad };
}

function checkId(
  value: string | undefined,
): { ok: true; id: string } | { ok: false; error: RouteError } {
  if (value !== undefined && value.length <= MAX_ID && ID.test(value))
    return { ok: true, id: value };
  const message =
    value === undefined || value === ''
      ? 'The link is missing an id. Ids are lowercase words joined by hyphens, e.g. japan-exports-to-russia-2001.'
      : `"${show(value)}" is not a valid id. Ids are lowercase words joined by hyphens, e.g. japan-exports-to-russia-2001.`;
  return { ok: false, error: { kind: 'bad-id', message } };
}

function splitOnce(s: string, sep: string): [string, string] {
  const i = s.indexOf(sep);
  return i < 0 ? [s, ''] : [s.slice(0, i), s.slice(i + 1)];
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** A short, printable version of user input for messages (rendered as text, never as HTML). */
export function show(s: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = s.replace(/[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '�');
  return clean.length > 80 ? `${clean.slice(0, 77)}…` : clean;
}

/**
 * The one message for figure ids that name nothing (URL, embed query, compare list); `fix` says
 * what to do on the page that shows it.
 * @example unknownFigureMessage(['x', 'y'], 'Pick a bar below.') // 'There is no figure "x", "y". Pick a bar below.'
 */
export function unknownFigureMessage(ids: readonly string[], fix: string): string {
  const names = ids.map((id) => `"${show(id)}"`).join(', ');
  return `There is no figure ${names}. ${fix}`;
}
