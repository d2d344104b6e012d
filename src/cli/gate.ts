// `npm test`: the one gate. Runs every stage (typecheck, lint, format check, unit and component
// tests, build, dist tests, browser tests) as `npm run <stage>`, in lanes side by side where the
// stages share no output, and prints each stage's time. It never skips a stage: a failure stops
// the next phase from starting, and the gate exits 1 naming the stages that failed.

import { spawn } from 'node:child_process';

/**
 * Phases run in order; the lanes of a phase run side by side, the stages of a lane in order.
 * The first phase has three lanes on two cores: svelte-check, ESLint and Prettier are each
 * single-threaded and the unit tests, with one module graph per worker, are now about as long as
 * one of them, so a lane waiting on its own core would leave the other idle. Nothing reads what
 * another lane writes: the build writes dist/ (and the image cache), which only the last phase
 * reads; no check or unit test reads dist/.
 */
const PHASES: readonly (readonly (readonly string[])[])[] = [
  [['typecheck', 'build'], ['lint', 'format:check'], ['test:unit']],
  [['test:build'], ['test:browser']],
];

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

/** Runs a lane's stages in order, stopping at the first failure. */
async function runLane(stages: readonly string[]): Promise<StageResult[]> {
  const results: StageResult[] = [];
  for (const stage of stages) {
    const result = await runStage(stage);
    results.push(result);
    if (result.code !== 0) break;
  }
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
  const results: StageResult[] = [];
  for (const phase of PHASES) {
    const lanes = await Promise.all(phase.map(runLane));
    results.push(...lanes.flat());
    if (results.some((r) => r.code !== 0)) break;
  }
  const wall = (performance.now() - started) / 1000;
  console.log(`\n${formatTimes(results, wall)}`);
  const failed = results.filter((r) => r.code !== 0).map((r) => r.stage);
  if (failed.length > 0) {
    const skipped = PHASES.flat(2).filter((s) => !results.some((r) => r.stage === s));
    console.error(
      `\nThe gate failed at: ${failed.join(', ')}.` +
        (skipped.length ? ` Not run: ${skipped.join(', ')}.` : '') +
        ' Run the failing stage alone (e.g. `npm run ' +
        failed[0] +
        '`) to see its output without the other lane.',
    );
    return 1;
  }
  return 0;
}

process.exitCode = await main();
