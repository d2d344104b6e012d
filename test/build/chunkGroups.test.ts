import { describe, expect, it } from 'vitest';
import { CHUNK_GROUPS } from '../../src/build/chunkGroups.ts';

const groupOf = (id: string) => CHUNK_GROUPS.find((g) => g.test.test(id))?.name;

describe('CHUNK_GROUPS', () => {
  it.each([
    ['/p/src/charts/amountChart.ts', 'startup'],
    ['C:\\p\\src\\charts\\rangeChart.ts', 'startup'],
    ['/p/src/charts/buildChart.ts', 'startup'],
    ['/p/src/charts/chartHost.ts', 'startup'],
    ['/p/node_modules/chart.js/dist/chart.js', 'startup'],
    ['/p/node_modules/@kurkle/color/dist/color.esm.js', 'startup'],
    ['/p/src/model/axisGroup.ts', 'startup'],
    ['/p/src/export/figureTitle.ts', 'startup'],
    ['/p/src/components/chartLegend.ts', 'startup'],
    ['/p/src/data/inlineDataset.ts', 'startup'],
    // The share chart's rest and builderKind's "no part of a whole": the charts' only share arithmetic.
    ['/p/src/model/shareRemainder.ts', 'startup'],
    ['\0vite/preload-helper.js', 'startup'],
    // Only lazy views and image downloads import these: never in the startup chunk.
    ['/p/src/charts/chartStill.ts', undefined],
    ['/p/src/model/answeredStatements.ts', undefined],
    ['/p/src/model/rangeRefusal.ts', undefined],
    // What a chart did to each value, in words (captions, the quote panel, compare), and the
    // ratio and rate checks the validator and the extractor read: the pages draw validated data
    // without them, and load them on demand in one chunk, so the readers add no lazy file.
    ['/p/src/model/indexSeries.ts', 'indexSeries'],
    ['/p/src/model/ratioDenominator.ts', 'indexSeries'],
    ['C:\\p\\src\\model\\rateOfInterest.ts', 'indexSeries'],
    ['/p/src/data/validate.ts', undefined],
    // The comparison planner: the compare view, and an embed whose figures need two axes.
    ['/p/src/model/compare.ts', undefined],
    ['/p/src/model/route.ts', undefined],
    ['/p/src/data/fetchDataset.ts', undefined],
    ['/p/src/views/Compare.svelte', undefined],
    ['/p/src/views/embedDetails.ts', undefined],
  ])('%s → %s', (id, name) => {
    expect(groupOf(id)).toBe(name);
  });
});
