// Hash routes: a table of hashes → routes or typed errors, and routeToHash ∘ parseRoute round trips.

import { describe, expect, it } from 'vitest';
import {
  parseIdList,
  parseRoute,
  routeToHash,
  show,
  unknownFigureMessage,
  type Route,
} from '../../src/model/route.ts';

const dashboard: Route = { view: 'dashboard' };

describe('parseRoute', () => {
  it.each<{ hash: string; route: Route }>([
    { hash: '', route: dashboard },
    { hash: '#', route: dashboard },
    { hash: '#/', route: dashboard },
    {
      hash: '#/figure/japan-fdi-to-russia-2001',
      route: { view: 'figure', id: 'japan-fdi-to-russia-2001' },
    },
    { hash: '#/figure/a/', route: { view: 'figure', id: 'a' } },
    { hash: '#/source/mofa-2002', route: { view: 'source', sourceId: 'mofa-2002' } },
    {
      hash: '#/source/mofa-2002?figure=x-1',
      route: { view: 'source', sourceId: 'mofa-2002', figure: 'x-1' },
    },
    { hash: '#/source/mofa%2D2002', route: { view: 'source', sourceId: 'mofa-2002' } },
    { hash: '#/compare?figures=a,b,a', route: { view: 'compare', figures: ['a', 'b'] } },
    { hash: '#/compare?figures=a,,b', route: { view: 'compare', figures: ['a', 'b'] } },
    { hash: '#/compare', route: { view: 'compare', figures: [] } },
  ])('$hash → $route.view', ({ hash, route }) => {
    expect(parseRoute(hash)).toEqual({ ok: true, route });
  });

  it.each<{ hash: string; kind: 'unknown-route' | 'bad-id'; route: Route; message: RegExp }>([
    {
      hash: '#/nope',
      kind: 'unknown-route',
      route: dashboard,
      message: /There is no page at "#\/nope"/,
    },
    {
      hash: '#/figure/a/b',
      kind: 'unknown-route',
      route: dashboard,
      message: /links look like #\/figure\/<id>/,
    },
    { hash: '#/figure', kind: 'bad-id', route: dashboard, message: /missing an id/ },
    {
      hash: '#/figure/Bad_Id',
      kind: 'bad-id',
      route: dashboard,
      message: /"Bad_Id" is not a valid id/,
    },
    {
      hash: '#/figure/%3Cimg%20src%3Dx%3E',
      kind: 'bad-id',
      route: dashboard,
      message: /"<img src=x>" is not a valid id/,
    },
    {
      hash: `#/figure/${'a'.repeat(201)}`,
      kind: 'bad-id',
      route: dashboard,
      message: /is not a valid id/,
    },
    {
      hash: '#/source/s?figure=NO',
      kind: 'bad-id',
      route: { view: 'source', sourceId: 's' },
      message: /"NO" is not a valid id/,
    },
    {
      hash: '#/compare?figures=a,B%20C,b',
      kind: 'bad-id',
      route: { view: 'compare', figures: ['a', 'b'] },
      message: /Ignored 1 malformed id\(s\) in "figures": B C/,
    },
    { hash: '#/figure/%E0%A4%A', kind: 'bad-id', route: dashboard, message: /is not a valid id/ },
  ])('$hash → $kind error, showing $route.view', ({ hash, kind, route, message }) => {
    const result = parseRoute(hash);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe(kind);
    expect(result.error.message).toMatch(message);
    expect(result.route).toEqual(route);
  });
});

describe('routeToHash', () => {
  it.each<{ route: Route; hash: string }>([
    { route: dashboard, hash: '#/' },
    { route: { view: 'figure', id: 'a-1' }, hash: '#/figure/a-1' },
    { route: { view: 'source', sourceId: 's' }, hash: '#/source/s' },
    { route: { view: 'source', sourceId: 's', figure: 'f' }, hash: '#/source/s?figure=f' },
    { route: { view: 'compare', figures: ['a', 'b'] }, hash: '#/compare?figures=a,b' },
  ])('$hash', ({ route, hash }) => {
    expect(routeToHash(route)).toBe(hash);
    // Round trip: parsing what we write gives the route back.
    expect(parseRoute(routeToHash(route))).toEqual({ ok: true, route });
  });
});

describe('parseIdList and show', () => {
  it('keeps unique well-formed ids in order and reports the rest', () => {
    expect(parseIdList(' a , b ,a,Nope,c%2Dd')).toEqual({ good: ['a', 'b', 'c-d'], bad: ['Nope'] });
  });

  it('show replaces control and bidi characters and shortens long input', () => {
    expect(show('a\u202eb\nc')).toBe('a�b�c');
    expect(show('x'.repeat(100))).toBe(`${'x'.repeat(77)}…`);
  });
});

describe('unknownFigureMessage', () => {
  it.each([
    { ids: ['x'], fix: 'Pick a bar below.', expected: 'There is no figure "x". Pick a bar below.' },
    { ids: ['x', 'y'], fix: 'Fix it.', expected: 'There is no figure "x", "y". Fix it.' },
    { ids: ['a\u202eb'], fix: 'Fix it.', expected: 'There is no figure "a�b". Fix it.' },
  ])('$ids → $expected', ({ ids, fix, expected }) => {
    expect(unknownFigureMessage(ids, fix)).toBe(expected);
  });
});
