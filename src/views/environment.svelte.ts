// What the browser tells us about the reader: colour scheme and reduced-motion preference, as
// reactive runes state. Knows nothing about figures or charts.

import type { Theme } from '../charts/palette.ts';

function query(q: string): MediaQueryList | undefined {
  return typeof matchMedia === 'function' ? matchMedia(q) : undefined;
}

export class Environment {
  theme = $state<Theme>('light');
  still = $state(false);
  #forced: Theme | undefined;

  /** @param forced a theme chosen by the page (embed `theme=dark`), else the system's. */
  constructor(forced?: Theme) {
    this.#forced = forced;
    const dark = query('(prefers-color-scheme: dark)');
    const reduce = query('(prefers-reduced-motion: reduce)');
    this.theme = forced ?? (dark?.matches ? 'dark' : 'light');
    this.still = reduce?.matches ?? false;
    dark?.addEventListener('change', (e) => {
      if (!this.#forced) this.theme = e.matches ? 'dark' : 'light';
    });
    reduce?.addEventListener('change', (e) => (this.still = e.matches));
  }
}
