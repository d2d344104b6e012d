import { describe, expect, it } from 'vitest';
import { CHUNK_GROUPS } from '../../src/build/chunkGroups.ts';

const groupOf = (id: string) => CHUNK_GROUPS.find((g) => g.test.test(id))?.name;

describe('CHUNK_GROUPS', () => {
  it.each([
    ['/p/src/charts/amountChart.ts', 'builders'],
    ['/p/src/charts/changeChart.ts', 'builders'],
    ['C:\\p\\src\\charts\\rangeChart.ts', 'builders'],
    ['/p/src/charts/shareChart.ts', 'builders'],
    ['/p/src/charts/buildChart.ts', undefined],
    ['/p/src/charts/chartHost.ts', undefined],
    ['/p/src/model/compare.ts', 'embedStart'],
    ['/p/src/export/figureTitle.ts', 'embedStart'],
    ['/p/src/components/chartLegend.ts', 'embedStart'],
    ['/p/src/views/Compare.svelte', undefined],
    ['/p/node_modules/chart.js/dist/chart.js', undefined],
  ])('%s → %s', (id, name) => {
    expect(groupOf(id)).toBe(name);
  });
});
