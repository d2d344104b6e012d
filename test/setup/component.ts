// Setup for the jsdom component project: a mocked 2d canvas for Chart.js, jest-dom matchers, and
// stubs for the browser APIs jsdom lacks (ResizeObserver, matchMedia). It must not render anything;
// per-test DOM cleanup is added by svelteTesting() from @testing-library/svelte/vite.
import 'vitest-canvas-mock';
import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/svelte';

// findBy*/waitFor poll for a positive condition; their 1 s default is shorter than a lazy
// import() (QuotePanel) takes on a loaded 2-core machine. A wrong result still fails, later.
configure({ asyncUtilTimeout: 10_000 });

/** Never fires: jsdom has no layout, so there are no sizes to report. */
class ResizeObserverStub implements ResizeObserver {
  observe(_target: Element, _options?: ResizeObserverOptions): void {}
  unobserve(_target: Element): void {}
  disconnect(): void {}
}

if (typeof globalThis.ResizeObserver === 'undefined') {
  globalThis.ResizeObserver = ResizeObserverStub;
}

/**
 * A MediaQueryList that never matches (light theme, motion allowed, wide screen).
 * Tests that need a match can replace it: `window.matchMedia = vi.fn(() => ({ matches: true, … }))`.
 *
 * @example
 * window.matchMedia('(prefers-color-scheme: dark)').matches // false
 */
function matchMediaStub(query: string): MediaQueryList {
  return {
    matches: false,
    media: query,
    onchange: null,
    addEventListener: () => {},
    removeEventListener: () => {},
    addListener: () => {},
    removeListener: () => {},
    dispatchEvent: () => false,
  };
}

Object.defineProperty(window, 'matchMedia', {
  configurable: true,
  writable: true,
  value: matchMediaStub,
});
