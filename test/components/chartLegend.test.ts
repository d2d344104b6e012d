// The one HTML legend (dashboard cards through ChartLegend.svelte, and the embed page): one item
// per series with its swatch, labels as text only, nothing at all without items.
import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { LegendItem } from '../../src/charts/chartSpec.ts';
import ChartLegend from '../../src/components/ChartLegend.svelte';
import { legendList } from '../../src/components/chartLegend.ts';

const ITEMS: LegendItem[] = [
  { label: 'Actual', color: 'rgb(31, 119, 180)', style: 'solid' },
  { label: 'Expected <b>x</b>', color: 'rgb(255, 127, 14)', style: 'hatched' },
];

/** What a reader and a stylesheet see: label, swatch class and colour per item. */
const read = (root: ParentNode) =>
  [...root.querySelectorAll('ul.chart-legend[aria-label="Legend"] li')].map((li) => {
    const swatch = li.querySelector<HTMLElement>('.swatch')!;
    return [li.textContent, swatch.className, swatch.style.getPropertyValue('--swatch')];
  });

const EXPECTED = [
  ['Actual', 'swatch solid', 'rgb(31, 119, 180)'],
  ['Expected <b>x</b>', 'swatch hatched', 'rgb(255, 127, 14)'],
];

describe('chart legend', () => {
  it.each([
    { where: 'legendList (embed page)', mount: (items: LegendItem[]) => wrap(legendList(items)) },
    {
      where: 'ChartLegend.svelte (dashboard)',
      mount: (items: LegendItem[]) => render(ChartLegend, { items }).container,
    },
  ])('$where: one item per series, labels as text, nothing when empty', ({ mount }) => {
    const root = mount(ITEMS);
    expect(read(root)).toEqual(EXPECTED);
    expect(root.querySelector('b')).toBeNull();
    expect(mount([]).querySelector('ul')).toBeNull();
  });
});

function wrap(node: Node): HTMLElement {
  const div = document.createElement('div');
  div.append(node);
  return div;
}
