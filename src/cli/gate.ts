// `npm test`: the one gate. Runs every stage (typecheck, lint, format check, unit and component
// tests, build, dist tests, browser tests) as `npm run <stage>` in two lanes side by side, each
// stage waiting only for the stages whose output it reads, and prints each stage's time. A failure
// stops its own lane and whatever needs it; the gate exits 1 naming failed and unrun stages.

import { spawn } from 'node:child_process';

/**
 * Two lanes, each run in order. The browser lane is the longest (its two test workers leave part
 * of a core idle while Chromium waits), so the build goes first and the browser tests start as
 * soon as dist/ exists; the other lane fills the cores with the checks that read only src/ and
 * test/ (svelte-check, ESLint and Prettier are single-threaded), then the dist tests.
 */
const LANES: readonly (readonly string[])[] = [
  ['build', 'test:browser'],
  ['typecheck', 'lint', 'format:check', 'test:unit', 'test:build'],
];

/** Stages that read another stage's output (dist/ from the build) wait for it to pass. */
const NEEDS: Readonly<Record<string, readonly string[]>> = {
  'test:browser': ['build'],
  'test:build': ['build'],
};

interface StageResult {
  stage: string;
  seconds: number;
  code: number;
}

/** Runs `npm run <stage>`, prefixing every output line with the stage's name. */
function runStage(stage: string): Promise<StageResult> {
  const started = performance.now();
  return new Promise((resolveStage) => {
    const child = spawn('npm', ['run', '--silent', stage], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' },
    });
    const prefix = (stream: NodeJS.ReadableStream, out: NodeJS.WritableStream) => {
      let rest = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const lines = (rest + chunk).split('\n');
        rest = lines.pop() ?? '';
        for (const line of lines) out.write(`[${stage}] ${line}\n`);
      });
      stream.on('end', () => rest && out.write(`[${stage}] ${rest}\n`));
    };
    prefix(child.stdout, process.stdout);
    prefix(child.stderr, process.stderr);
    child.on('close', (code) =>
      resolveStage({ stage, seconds: (performance.now() - started) / 1000, code: code ?? 1 }),
    );
  });
}

/** Each stage's result as soon as it has run (undefined if it never will); read by its needs. */
const finished = new Map<string, Promise<StageResult | undefined>>();
const settle = new Map<string, (result: StageResult | undefined) => void>();
for (const stage of LANES.flat()) {
  finished.set(stage, new Promise((resolveStage) => settle.set(stage, resolveStage)));
}

/**
 * Runs a lane's stages in order, stopping at the first failure or at a stage whose needs did not
 * pass (it is left unrun, and so are the lane's later stages, so nothing waiting on them hangs).
 */
async function runLane(stages: readonly string[]): Promise<StageResult[]> {
  const results: StageResult[] = [];
  for (const stage of stages) {
    const needs = await Promise.all((NEEDS[stage] ?? []).map((need) => finished.get(need)));
    if (needs.some((need) => need?.code !== 0)) break;
    const result = await runStage(stage);
    results.push(result);
    settle.get(stage)!(result);
    if (result.code !== 0) break;
  }
  for (const stage of stages) settle.get(stage)!(results.find((r) => r.stage === stage));
  return results;
}

/**
 * The timing table printed at the end.
 *
 * @example
 * formatTimes([{ stage: 'lint', seconds: 12.3, code: 0 }], 12.3)
 * // 'stage          seconds  result\nlint              12.3  ok\ntotal (wall)      12.3'
 */
function formatTimes(results: readonly StageResult[], wall: number): string {
  const lines = ['stage          seconds  result'];
  for (const r of results) {
    lines.push(
      `${r.stage.padEnd(14)}${r.seconds.toFixed(1).padStart(8)}  ${r.code === 0 ? 'ok' : `FAILED (exit ${r.code})`}`,
    );
  }
  lines.push(`${'total (wall)'.padEnd(14)}${wall.toFixed(1).padStart(8)}`);
  return lines.join('\n');
}

async function main(): Promise<number> {
  const started = performance.now();
  const results = (await Promise.all(LANES.map(runLane))).flat();
  const wall = (performance.now() - started) / 1000;
  console.log(`\n${formatTimes(results, wall)}`);
  const failed = results.filter((r) => r.code !== 0).map((r) => r.stage);
  const skipped = LANES.flat().filter((s) => !results.some((r) => r.stage === s));
  if (failed.length > 0 || skipped.length > 0) {
    console.error(
      `\nThe gate failed at: ${failed.join(', ') || '(none)'}.` +
        (skipped.length ? ` Not run: ${skipped.join(', ')}.` : '') +
        ' Run the failing stage alone (e.g. `npm run ' +
        (failed[0] ?? skipped[0]) +
        '`) to see its output without the other lane.',
    );
    return 1;
  }
  return 0;
}

process.exitCode = await main();
