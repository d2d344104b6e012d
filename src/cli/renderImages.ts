// `tsx src/cli/renderImages.ts [outDir]`, the second half of `npm run build`: publishes every
// figure's and chart group's images, downloads and oEmbed files into the built site (default
// $CITED_DIST or dist/). Entry point only: the work is src/build/renderImages.ts. It first runs
// itself again with the image build's process settings (build/renderTuning.ts), then exits as
// that run did.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { imageProcessRelaunch } from '../build/renderTuning.ts';

const relaunch = imageProcessRelaunch();
if (relaunch) {
  const run = spawnSync(relaunch.command, relaunch.args, { stdio: 'inherit', env: relaunch.env });
  if (run.error)
    console.error(`renderImages: could not start ${relaunch.command}: ${run.error.message}`);
  process.exitCode = run.status ?? 1;
} else {
  const { renderImages } = await import('../build/renderImages.ts');
  const outDir = resolve(
    process.argv[2] ?? process.env.CITED_DIST ?? resolve(import.meta.dirname, '../../dist'),
  );
  const started = performance.now();
  try {
    const r = await renderImages(outDir);
    console.log(
      `renderImages: published ${r.written.length} files to ${outDir} (${r.changed} new or changed, ${r.removed} removed) in ${Math.round(performance.now() - started)} ms ` +
        `(${r.rendered} images rendered, ${r.cached} from the cache, ${r.pruned} stale cache files removed)`,
    );
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  }
}
