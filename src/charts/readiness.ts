// Tracks which charts on screen have drawn their final frame and calls back when all have —
// the page turns that into performance.mark('charts-ready'). Pure; no DOM, no Chart.js.

export interface Readiness {
  /** A chart appeared and will draw. */
  add(key: string): void;
  /** That chart drew its final frame (or went away). */
  done(key: string): void;
  /** That chart is off screen and draws only when scrolled near: do not wait for it. */
  skip(key: string): void;
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
  };
}
