// What the browser says about the reader: a dark colour scheme, reduced motion. Read and watched
// only here (the dashboard's Environment, the embed page, the bench's bare page); knows nothing
// about figures or charts, and touches no storage.
import type { Theme } from '../charts/palette.ts';

export interface ReaderPreferences {
  theme: Theme;
  /** Reduced motion: draw charts without animation. */
  still: boolean;
}

const DARK = '(prefers-color-scheme: dark)';
const REDUCE = '(prefers-reduced-motion: reduce)';

function query(q: string): MediaQueryList | undefined {
  return typeof matchMedia === 'function' ? matchMedia(q) : undefined;
}

/**
 * The reader's system preferences now (light and animated where the browser cannot tell).
 * @example readerPreferences() // { theme: 'dark', still: false } on a dark system
 */
export function readerPreferences(): ReaderPreferences {
  return { theme: query(DARK)?.matches ? 'dark' : 'light', still: query(REDUCE)?.matches ?? false };
}

/**
 * Calls `onChange` with the new preferences whenever the system's change; returns a stop function.
 * @example const stop = watchReaderPreferences((p) => (document.documentElement.dataset.theme = p.theme))
 */
export function watchReaderPreferences(onChange: (p: ReaderPreferences) => void): () => void {
  const lists = [query(DARK), query(REDUCE)].filter((l) => l !== undefined);
  const listener = () => onChange(readerPreferences());
  for (const l of lists) l.addEventListener('change', listener);
  return () => {
    for (const l of lists) l.removeEventListener('change', listener);
  };
}
