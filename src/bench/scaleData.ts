// Synthetic data sets at scale for `npm run scale` and the bench: writes data/-shaped folders of
// 1,000 figures / 100 sources and 10,000 figures / 1,000 sources (or the sizes asked for) and
// times their validation.
// It writes only into the folder it is given, never into the repository.

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataset } from '../data/loadDataset.ts';
import { generateSyntheticData } from './syntheticData.ts';

/** The sizes the issue asks for: figures and the sources they are spread over. */
export const SCALE_SIZES: readonly { figures: number; sources: number }[] = [
  { figures: 1_000, sources: 100 },
  { figures: 10_000, sources: 1_000 },
];

/** `npm run scale -- --help`. */
export const SCALE_USAGE = `Usage: npm run scale -- [--sizes <figures>,<figures>…] [--runs <n>] [<outDir>]

Writes synthetic data sets (ten figures a source) into <outDir>/<figures>/, by default
$TMPDIR/cited-figures-scale/1000 and …/10000, and prints how long validating each takes.

  --sizes <list>  figure counts, each a whole number of at least 10 (default 1000,10000;
                  e.g. --sizes 100000 for the 100,000-figure build)
  --runs <n>      validations to time per size, the median printed (default 3; 0 skips them)
  --help          print this and exit

Then build one: CITED_DATA_DIR=<outDir>/10000 CITED_IMAGES=none npm run build`;

/** What `npm run scale` was asked to do. */
export interface ScaleArgs {
  help: boolean;
  outDir?: string;
  sizes: { figures: number; sources: number }[];
  runs: number;
}

/**
 * Reads `npm run scale`'s arguments; anything it does not know is an error that says what to type.
 * @example parseScaleArgs(['--sizes', '100000', '/tmp/s']) // { help: false, outDir: '/tmp/s', sizes: [{ figures: 100000, sources: 10000 }], runs: 3 }
 * @throws Error naming the argument and how to fix it.
 */
export function parseScaleArgs(argv: readonly string[]): ScaleArgs {
  const args: ScaleArgs = { help: false, sizes: [...SCALE_SIZES], runs: 3 };
  const fail = (message: string): never => {
    throw new Error(`npm run scale: ${message}. Run \`npm run scale -- --help\` for the options.`);
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg];
    const value = (): string =>
      inline ??
      argv[++i] ??
      fail(`${flag} needs a value, e.g. ${flag} ${flag === '--runs' ? '3' : '1000,10000'}`);
    if (flag === '--help' || flag === '-h') args.help = true;
    else if (flag === '--sizes') {
      args.sizes = value()
        .split(',')
        .map((part) => {
          const figures = Number(part);
          if (!Number.isInteger(figures) || figures < 10 || !/^\d+$/.test(part.trim()))
            fail(
              `--sizes takes figure counts of at least 10 separated by commas; "${part}" is not one`,
            );
          return { figures, sources: Math.floor(figures / 10) };
        });
    } else if (flag === '--runs') {
      const text = value();
      const runs = Number(text);
      if (!Number.isInteger(runs) || runs < 0 || !/^\d+$/.test(text))
        fail(`--runs takes a whole number of at least 0; "${text}" is not one`);
      args.runs = runs;
    } else if (arg.startsWith('-')) fail(`unknown option "${arg}"`);
    else if (args.outDir !== undefined)
      fail(`one output folder only; got "${args.outDir}" and "${arg}"`);
    else args.outDir = arg;
  }
  return args;
}

/**
 * Writes one synthetic data set as `<dir>/sources/*.{txt,json}` and `<dir>/figures/*.json`,
 * replacing whatever was in `dir`. @example writeScaleData('/tmp/scale/1000', 1000, 100)
 */
export function writeScaleData(dir: string, figures: number, sources: number): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'sources'), { recursive: true });
  mkdirSync(join(dir, 'figures'), { recursive: true });
  const data = generateSyntheticData({ figures, sources });
  for (const s of data.sources) {
    writeFileSync(join(dir, 'sources', `${s.id}.txt`), s.text);
    writeFileSync(join(dir, 'sources', `${s.id}.json`), s.metaJson);
  }
  for (const f of data.figureFiles) writeFileSync(join(dir, 'figures', f.name), f.text);
}

/** Median of loadDataset's wall time over `runs` runs, with the error count of the last run. */
export function timeValidation(
  dir: string,
  runs = 3,
): { medianMs: number; errors: number; figures: number } {
  const times: number[] = [];
  let errors = 0;
  let figures = 0;
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    const result = loadDataset(dir, dir);
    times.push(performance.now() - t);
    errors = result.errors.length;
    figures = result.dataset.figures.length;
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)]!, errors, figures };
}
