// Parses and writes the dashboard's hash routes. Never throws and never evaluates anything from
// the URL: every input gives either a valid route or a typed error with a plain message.

import { ID, MAX_ID, parseIdList, safeDecode, show } from './idList.ts';

export { parseIdList, show, unknownFigureMessage } from './idList.ts';

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
