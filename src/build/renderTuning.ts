// Process settings for the image build. src/cli/renderImages.ts runs itself again, once, with
// them: a V8 flag and a mimalloc option are read only when a process starts (setting V8's GC
// flags at run time crashed the running heap). They change how memory is reused and collected,
// never what is drawn; CITED_IMAGES_TUNING=off leaves the process as it is, to compare or debug.

/** The V8 flags the image build runs with. */
export const IMAGE_V8_FLAGS = ['--single-threaded-gc'];

/** The environment the image build runs with (a variable already set is kept). */
export const IMAGE_ENV = {
  MIMALLOC_PURGE_DELAY: '-1',
};

/** Set in the relaunched process, so it does not relaunch again. */
const TUNED = 'CITED_IMAGES_TUNED';

export interface Relaunch {
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
}

/**
 * The command that runs this same script with the image build's settings, or undefined when this
 * process already has them (or CITED_IMAGES_TUNING=off). The settings:
 * - `MIMALLOC_PURGE_DELAY=-1`: @napi-rs/canvas allocates through mimalloc, which gives freed
 *   memory back to the kernel after 10 ms; each image's 7 MB pixel copy (`canvas.data()`) then
 *   lands on fresh transparent huge pages that the kernel zeroes again, 1–20 ms of system time an
 *   image on this VM depending on the host's load. Kept, the memory is reused.
 * - `--single-threaded-gc`: with a worker a core, V8's concurrent marking and sweeping threads
 *   only compete with the renderers for the same cores, and cost more CPU in all than collecting
 *   on the rendering thread.
 * @example imageProcessRelaunch() // { command: '/usr/bin/node', args: ['--single-threaded-gc', '--import', '…tsx…', 'src/cli/renderImages.ts', 'dist'], env: { …, MIMALLOC_PURGE_DELAY: '-1', CITED_IMAGES_TUNED: '1' } }
 */
export function imageProcessRelaunch(
  proc: Pick<NodeJS.Process, 'env' | 'execArgv' | 'argv' | 'execPath'> = process,
): Relaunch | undefined {
  if (proc.env[TUNED] || proc.env.CITED_IMAGES_TUNING === 'off') return undefined;
  return {
    command: proc.execPath,
    args: [...IMAGE_V8_FLAGS, ...proc.execArgv, ...proc.argv.slice(1)],
    env: { ...IMAGE_ENV, ...proc.env, [TUNED]: '1' },
  };
}
