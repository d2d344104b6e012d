// A chart's legend as HTML (one swatch and label per series): it wraps on narrow screens and is
// read by screen readers. Plain DOM shared by ChartLegend.svelte and the Svelte-free embed page;
// labels go in as text only, colours through CSSOM. Styles live in styles/chart.css.
import type { LegendItem } from '../charts/chartSpec.ts';

/**
 * Fills a `<ul class="chart-legend">` with one item per series (replacing what it held).
 * @example fillLegend(ul, [{ label: 'Actual', color: '#1f77b4', style: 'solid' }])
 */
export function fillLegend(list: HTMLElement, items: readonly LegendItem[]): void {
  const doc = list.ownerDocument;
  list.replaceChildren(
    ...items.map((item) => {
      const swatch = doc.createElement('span');
      swatch.className = `swatch ${item.style}`;
      swatch.setAttribute('aria-hidden', 'true');
      swatch.style.setProperty('--swatch', item.color);
      const li = doc.createElement('li');
      li.append(swatch, item.label);
      return li;
    }),
  );
}

/**
 * The legend list for `items`, or an empty text node when there is nothing to explain.
 * @example document.body.append(legendList(spec.legend))
 */
export function legendList(items: readonly LegendItem[], doc: Document = document): Node {
  if (items.length === 0) return doc.createTextNode('');
  const list = doc.createElement('ul');
  list.className = 'chart-legend';
  list.setAttribute('aria-label', 'Legend');
  fillLegend(list, items);
  return list;
}
