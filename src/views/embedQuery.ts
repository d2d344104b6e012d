// Reads embed.html's query string: which figures, theme, whether to show the quote, and the
// host origin for height messages. Pure; unknown ids are found later against the dataset.

import { parseIdList, show, unknownFigureMessage } from '../model/idList.ts';

export type EmbedTheme = 'light' | 'dark' | 'auto';

export interface EmbedQuery {
  ids: string[];
  /** `?chart=<chart-id>`: a chart group as displayed on its card (ids are then found from it). */
  chart?: string;
  theme: EmbedTheme;
  quote: boolean;
  /** The `origin` parameter as given (embedHeight.ts checks it). */
  origin: string | null;
  /** A problem with the query a reader must see, with how to fix it. */
  problem?: string;
}

export const HOW_TO_FIND_IDS =
  'Valid ids are listed in data/figures.json; the dashboard\'s "Embed" button gives a ready link.';

export const HOW_TO_FIND_CHARTS =
  'Valid chart ids are the "charts" in data/figures.json; the dashboard\'s Share → Embed gives a ready link.';

/**
 * @example parseEmbedQuery('?chart=growth-2001&quote=0') // { ids: [], chart: 'growth-2001', theme: 'auto', quote: false, origin: null }
 * @example parseEmbedQuery('?figure=a&theme=dark&quote=0') // { ids: ['a'], theme: 'dark', quote: false, origin: null }
 * @example parseEmbedQuery('').problem // 'No figure given: add ?figure=<id> to the address. Valid ids …'
 */
export function parseEmbedQuery(search: string): EmbedQuery {
  const params = new URLSearchParams(search);
  const themeParam = params.get('theme');
  const theme: EmbedTheme = themeParam === 'light' || themeParam === 'dark' ? themeParam : 'auto';
  const base = { theme, quote: params.get('quote') !== '0', origin: params.get('origin') };
  const chart = params.get('chart');
  if (chart !== null) {
    const { good, bad } = parseIdList(chart);
    if (bad.length > 0 || good.length !== 1) {
      return {
        ...base,
        ids: [],
        problem: `"${show(bad[0] ?? chart)}" is not a chart id. ${HOW_TO_FIND_CHARTS}`,
      };
    }
    return { ...base, ids: [], chart: good[0]! };
  }
  const raw = params.get('figures') ?? params.get('figure');
  if (raw === null || raw.trim() === '') {
    return {
      ...base,
      ids: [],
      problem: `No figure given: add ?figure=<id> to the address. ${HOW_TO_FIND_IDS}`,
    };
  }
  const { good, bad } = parseIdList(raw);
  if (bad.length > 0 || good.length === 0) {
    return {
      ...base,
      ids: good,
      problem: `"${show(bad[0] ?? raw)}" is not a figure id. ${HOW_TO_FIND_IDS}`,
    };
  }
  return { ...base, ids: good };
}

/** @example unknownIdsMessage(['x']) // 'There is no figure "x". Valid ids …' */
export function unknownIdsMessage(ids: readonly string[]): string {
  return unknownFigureMessage(ids, HOW_TO_FIND_IDS);
}

/** @example unknownChartMessage('x') // 'There is no chart "x". Valid chart ids …' */
export function unknownChartMessage(id: string): string {
  return `There is no chart "${show(id)}". ${HOW_TO_FIND_CHARTS}`;
}
