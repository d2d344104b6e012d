// How the build groups modules into chunks, so each page's startup loads few files (every file
// costs a request and gzip restarts its dictionary): the four chart builders in one chunk (the
// dashboard draws with all of them; the embed loads it on demand), and the embed's own helpers
// that dashboard views share in one more. Only names chunks; it never changes what a module does.

/** One Rolldown `output.codeSplitting` group: modules whose id `test` matches share one chunk. */
export interface ChunkGroup {
  name: string;
  test: RegExp;
  priority: number;
  /** false: the group holds only what `test` names; its imports stay where they were. */
  includeDependenciesRecursively: false;
}

const SRC = String.raw`[\\/]src[\\/]`;

/**
 * The chunk groups, highest priority first. A module in no group is chunked automatically
 * (Chart.js and the code both pages draw with land in the pages' one shared chunk).
 * @example CHUNK_GROUPS.find((g) => g.test.test('/app/src/charts/rangeChart.ts'))?.name // 'builders'
 */
export const CHUNK_GROUPS: readonly ChunkGroup[] = [
  {
    // buildChart imports all four statically; charts/loadChartBuilder.ts imports them one by one.
    name: 'builders',
    test: new RegExp(`${SRC}charts[\\\\/](amount|change|range|share)Chart\\.ts$`),
    priority: 20,
    includeDependenciesRecursively: false,
  },
  {
    // The embed draws its title, legend and comparison with these at startup; dashboard views
    // import them on demand, so without a group each is a file of its own.
    name: 'embedStart',
    test: new RegExp(
      `${SRC}(model[\\\\/]compare|export[\\\\/]figureTitle|components[\\\\/]chartLegend)\\.ts$`,
    ),
    priority: 10,
    includeDependenciesRecursively: false,
  },
];
