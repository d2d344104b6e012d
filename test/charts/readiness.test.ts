// The charts-ready tracker: fires once every added chart is done, never before, and once.

import { describe, expect, it, vi } from 'vitest';
import { createReadiness, readinessView } from '../../src/charts/readiness.ts';
import type { Route } from '../../src/model/route.ts';

describe('createReadiness', () => {
  it('fires once all added charts are done, not before', () => {
    const ready = vi.fn();
    const r = createReadiness(ready);
    r.add('a');
    r.add('b');
    r.done('a');
    expect(ready).not.toHaveBeenCalled();
    r.done('b');
    expect(ready).toHaveBeenCalledTimes(1);
  });

  it('does not fire before any chart was added, nor for unknown or repeated done', () => {
    const ready = vi.fn();
    const r = createReadiness(ready);
    r.done('ghost');
    expect(ready).not.toHaveBeenCalled();
    r.add('a');
    r.done('a');
    r.done('a');
    expect(ready).toHaveBeenCalledTimes(1);
  });

  it('a chart added after the others finished holds readiness back until it is done', () => {
    const ready = vi.fn();
    const r = createReadiness(ready);
    r.add('a');
    r.done('a');
    r.add('b');
    expect(ready).toHaveBeenCalledTimes(1);
    r.done('b');
    expect(ready).toHaveBeenCalledTimes(2);
  });
});

describe('createReadiness: off-screen charts', () => {
  it('skip stops waiting for a chart that stays off screen; its later done changes nothing', () => {
    const ready = vi.fn();
    const r = createReadiness(ready);
    r.add('on-screen');
    r.add('far-below');
    r.skip('far-below');
    expect(ready).not.toHaveBeenCalled();
    r.done('on-screen');
    expect(ready).toHaveBeenCalledTimes(1);
    r.done('far-below');
    expect(ready).toHaveBeenCalledTimes(1);
  });
});

describe('reset (a new view)', () => {
  it('forgets the old charts and fires again once the new ones drew', () => {
    const ready = vi.fn();
    const r = createReadiness(ready);
    r.add('a');
    r.done('a');
    r.add('old');
    r.reset();
    r.done('old');
    expect(ready).toHaveBeenCalledTimes(1);
    r.add('b');
    r.done('b');
    expect(ready).toHaveBeenCalledTimes(2);
  });
});

describe('readinessView', () => {
  it.each<{ route: Route; expected: string }>([
    { route: { view: 'dashboard' }, expected: 'dashboard' },
    { route: { view: 'figure', id: 'x' }, expected: 'dashboard' },
    { route: { view: 'compare', figures: ['a', 'b'] }, expected: 'compare' },
    { route: { view: 'source', sourceId: 's' }, expected: 'source:s' },
  ])('$route.view → $expected', ({ route, expected }) => {
    expect(readinessView(route)).toBe(expected);
  });
});
