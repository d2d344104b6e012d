// `npm test`: the one gate. Runs every stage (typecheck, lint, format check, unit, component and
// integration tests, build, dist tests, browser tests) as `npm run <stage>`, each as soon as the
// stages it depends on have passed, side by side with the rest, and prints each stage's time. It
// never skips a stage for speed: a stage whose dependency failed is not started, and the gate
// exits 1 naming the stages that failed and the ones not run.

import { spawn } from 'node:child_process';

import { failureExcerpt } from './gateOutput.ts';

/**
 * Every stage, in start order, with the stages whose output it reads. The build goes first, so
 * the dist and browser tests (the longest stage, mostly waiting on Chromium) start as soon as
 * dist/ exists, beside svelte-check, ESLint, Prettier and the unit tests. Nothing reads what
 * another stage writes except through these edges: the build writes dist/ (and the image cache),
 * which only test:build and test:browser read; no check or unit test reads dist/.
 */
const STAGES: readonly { stage: string; after: readonly string[] }[] = [
  { stage: 'build', after: [] },
  { stage: 'test:browser', after: ['build'] },
  { stage: 'test:build', after: ['build'] },
  { stage: 'test:unit', after: [] },
  { stage: 'test:integration', after: [] },
  { stage: 'typecheck', after: [] },
  { stage: 'lint', after: [] },
  { stage: 'format:check', after: ['lint'] },
];

interface StageResult {
  stage: string;
  seconds: number;
  code: number;
  /** The stage's output lines (both streams, in arrival order), kept to show why it failed. */
  lines: string[];
}

/** Runs `npm run <stage>`, prefixing every output line with the stage's name. */
function runStage(stage: string): Promise<StageResult> {
  const started = performance.now();
  const lines: string[] = [];
  return new Promise((resolveStage) => {
    const child = spawn('npm', ['run', '--silent', stage], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' },
    });
    const prefix = (stream: NodeJS.ReadableStream, out: NodeJS.WritableStream) => {
      let rest = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const parts = (rest + chunk).split('\n');
        rest = parts.pop() ?? '';
        for (const line of parts) {
          lines.push(line);
          out.write(`[${stage}] ${line}\n`);
        }
      });
      stream.on('end', () => {
        if (!rest) return;
        lines.push(rest);
        out.write(`[${stage}] ${rest}\n`);
      });
    };
    prefix(child.stdout, process.stdout);
    prefix(child.stderr, process.stderr);
    child.on('close', (code) =>
      resolveStage({
        stage,
        seconds: (performance.now() - started) / 1000,
        code: code ?? 1,
        lines,
      }),
    );
  });
}

/**
 * Starts every stage once its dependencies have passed; a stage after a failed one is not run.
 * Resolves with the results in finishing order.
 *
 * @example
 * await runStages([{ stage: 'lint', after: [] }]) // [{ stage: 'lint', seconds: 12.3, code: 0 }]
 */
async function runStages(
  stages: readonly { stage: string; after: readonly string[] }[],
): Promise<StageResult[]> {
  const results: StageResult[] = [];
  const done = new Map<string, Promise<boolean>>();
  for (const { stage, after } of stages) {
    const deps = after.map((name) => {
      const dep = done.get(name);
      if (!dep)
        throw new Error(`gate.ts: ${stage} waits for ${name}, which is not listed before it`);
      return dep;
    });
    done.set(
      stage,
      Promise.all(deps).then(async (passed) => {
        if (!passed.every(Boolean)) return false;
        const result = await runStage(stage);
        results.push(result);
        return result.code === 0;
      }),
    );
  }
  await Promise.all(done.values());
  return results;
}

/**
 * The timing table printed at the end.
 *
 * @example
 * formatTimes([{ stage: 'lint', seconds: 12.3, code: 0 }], 12.3)
 * // 'stage          seconds  result\nlint              12.3  ok\ntotal (wall)      12.3'
 */
function formatTimes(
  results: readonly Pick<StageResult, 'stage' | 'seconds' | 'code'>[],
  wall: number,
): string {
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
  const results = await runStages(STAGES);
  const wall = (performance.now() - started) / 1000;
  for (const r of results.filter((result) => result.code !== 0)) {
    console.log(`\n--- why ${r.stage} failed (from its output above) ---`);
    for (const line of failureExcerpt(r.lines)) console.log(`[${r.stage}] ${line}`);
  }
  console.log(`\n${formatTimes(results, wall)}`);
  const failed = results.filter((r) => r.code !== 0).map((r) => r.stage);
  if (failed.length > 0) {
    const skipped = STAGES.map((s) => s.stage).filter((s) => !results.some((r) => r.stage === s));
    console.error(
      `\nThe gate failed at: ${failed.join(', ')}.` +
        (skipped.length ? ` Not run: ${skipped.join(', ')}.` : '') +
        ' Run the failing stage alone (e.g. `npm run ' +
        failed[0] +
        '`) to see its output without the other stages.',
    );
    return 1;
  }
  return 0;
}

process.exitCode = await main();
