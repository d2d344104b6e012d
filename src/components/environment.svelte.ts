// What the browser tells us about the reader (colour scheme, reduced motion) as reactive runes
// state for the dashboard; reading the system lives in readerPreferences.ts. Knows nothing about
// figures or charts.

import type { Theme } from '../charts/palette.ts';
import { readerPreferences, watchReaderPreferences } from './readerPreferences.ts';

export class Environment {
  theme = $state<Theme>('light');
  still = $state(false);

  constructor() {
    this.#set(readerPreferences());
    watchReaderPreferences((p) => this.#set(p));
  }

  #set(p: { theme: Theme; still: boolean }): void {
    this.theme = p.theme;
    this.still = p.still;
  }
}
