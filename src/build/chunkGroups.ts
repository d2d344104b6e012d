// How the build groups modules into chunks, so each page's startup loads few files (every file
// costs a request and gzip restarts its dictionary): everything both pages draw their first
// charts with (Chart.js, the chart host, the four builders, the embed's title, legend and
// axis helpers, the data block's check) in one chunk. Only names chunks; it never changes
// what a module does.

/** One Rolldown `output.codeSplitting` group: modules whose id `test` matches share one chunk. */
export interface ChunkGroup {
  name: string;
  test: RegExp;
  priority: number;
  /** false: the group holds only what `test` names; its imports stay where they were. */
  includeDependenciesRecursively: false;
}

const SRC = String.raw`[\\/]src[\\/]`;
const NM = String.raw`[\\/]node_modules[\\/]`;

/**
 * Modules in the startup chunk: both pages import every one of them statically before their first
 * draw (src/main.ts, src/embed.ts), so grouping them adds nothing to either page's startup. A
 * module that only a lazy view imports must never match, or it would load at startup.
 */
const STARTUP_MODULES = [
  `${NM}(chart\\.js|@kurkle[\\\\/]color)[\\\\/]`,
  // All of charts/ but the still-image painter (image downloads and the Node renderer only).
  `${SRC}charts[\\\\/](?!chartStill\\.ts$)`,
  `${SRC}model[\\\\/](figure|format|shareRemainder|valueRange|idList|axisGroup|recordLinks)\\.ts$`,
  `${SRC}export[\\\\/]figureTitle\\.ts$`,
  `${SRC}components[\\\\/](chartLegend|readerPreferences)\\.ts$`,
  `${SRC}data[\\\\/](checkPublished|inlineDataset)\\.ts$`,
  // Vite's helper behind import() (both entries load their views and details with it).
  String.raw`vite[\/]preload-helper\.js$`,
];

/**
 * The chunk groups, highest priority first. A module in no group is chunked automatically.
 * @example CHUNK_GROUPS.find((g) => g.test.test('/app/src/charts/rangeChart.ts'))?.name // 'startup'
 */
export const CHUNK_GROUPS: readonly ChunkGroup[] = [
  {
    name: 'startup',
    test: new RegExp(STARTUP_MODULES.join('|')),
    priority: 20,
    includeDependenciesRecursively: false,
  },
  {
    // The words on what a chart did to each value and the readers of what a share above 100 is (a
    // ratio, a rate): compare, captions and the validator load them on demand, together, so the
    // readers add no chunk (and no file name to each page's list of lazy chunks) of their own.
    name: 'indexSeries',
    test: new RegExp(`${SRC}model[\\\\/](indexSeries|rateOfInterest|ratioDenominator)\\.ts$`),
    priority: 10,
    includeDependenciesRecursively: false,
  },
];
