// The props every chart card takes from its page (the dashboard's FigureCard, the comparison's
// CompareChart): the sources its quotes cite, the page's environment, the colour slots and the
// selection. Types only: no Svelte runtime, no values.
import type { ColorSlots } from '../charts/palette.ts';
import type { PublishedSource } from '../model/figure.ts';
import type { Environment } from './environment.svelte.ts';

export interface ChartCardProps {
  sources: ReadonlyMap<string, PublishedSource>;
  env: Environment;
  /** Each figure's colour slot in the dataset (palette.colorSlots). */
  colors?: ColorSlots | undefined;
  /** The figure whose quote is open, if any. */
  selected?: string | undefined;
  onselect: (figureId: string) => void;
  onclose: () => void;
}
