// Tracks which charts on screen have drawn their final frame and calls back when all have —
// the page turns that into performance.mark('charts-ready'). Pure; no DOM, no Chart.js.

import type { Route } from '../model/route.ts';

export interface Readiness {
  /** A chart appeared and will draw. */
  add(key: string): void;
  /** That chart drew its final frame (or went away). */
  done(key: string): void;
  /** That chart is off screen and draws only when scrolled near: do not wait for it. */
  skip(key: string): void;
  /** A new view replaces the charts on screen: forget them and fire again once the new ones drew. */
  reset(): void;
}

/**
 * Which view a route shows, for readiness: selecting a bar (figure route) keeps the dashboard's
 * charts, so it is the same view; a source or the compare page is another.
 * @example readinessView({ view: 'figure', id: 'a' }) // 'dashboard'
 * @example readinessView({ view: 'source', sourceId: 'mofa' }) // 'source:mofa'
 */
export function readinessView(route: Route): string {
  if (route.view === 'source') return `source:${route.sourceId}`;
  return route.view === 'compare' ? 'compare' : 'dashboard';
}

/**
 * @example const r = createReadiness(() => performance.mark('charts-ready')); r.add('a'); r.done('a') // fires
 */
export function createReadiness(onAllReady: () => void): Readiness {
  const pending = new Set<string>();
  let seen = false;
  const done = (key: string) => {
    if (!pending.delete(key)) return;
    if (seen && pending.size === 0) onAllReady();
  };
  return {
    add(key) {
      pending.add(key);
      seen = true;
    },
    done,
    // Same bookkeeping as done: "every chart ON SCREEN has drawn" no longer waits for it.
    skip: done,
    reset() {
      pending.clear();
      seen = false;
    },
  };
}
