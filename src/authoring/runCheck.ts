// The data check shared by `npm run figures -- check` and `npm run check:data`: validates data/
// as the build does, re-anchors quotes that moved, and with `fix` rewrites their offsets.
// It never deletes a figure or a quote; anything it cannot repair stays an error (exit code 1).

import { writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { formatDataError } from '../data/dataError.ts';
import { loadDataset, readDataDir } from '../data/loadDataset.ts';
import { findingToError, planQuoteRepairs, type RepairPlan } from './quoteRepair.ts';

export interface CheckOptions {
  dataDir: string;
  /** Folder that error paths are relative to; defaults to the current folder, or the data
   *  folder's parent when the data lives elsewhere (a temp copy). */
  root?: string;
  fix?: boolean;
  out?: (line: string) => void;
  err?: (line: string) => void;
}

/**
 * Runs the check and returns the process exit code (0 = every file valid).
 * @example process.exitCode = runCheck({ dataDir: 'data', fix: false })
 */
export function runCheck(opts: CheckOptions): number {
  const out = opts.out ?? ((line: string) => console.log(line));
  const err = opts.err ?? ((line: string) => console.error(line));
  const dataDir = resolve(opts.dataDir);
  const cwd = process.cwd();
  const inside = !relative(cwd, dataDir).startsWith('..') && !isAbsolute(relative(cwd, dataDir));
  const root = opts.root ?? (inside ? cwd : dirname(dataDir));
  const started = performance.now();

  const { raw } = readDataDir(dataDir, root);
  const plan = planQuoteRepairs(raw);

  if (opts.fix && plan.edits.size > 0) {
    for (const [path, text] of plan.edits) writeFileSync(resolve(root, path), text);
    for (const f of plan.findings) {
      if (f.status !== 'not-found') out(formatDataError(findingToError(f, true)));
    }
    for (const r of plan.rehashed) {
      out(
        sha256Line(
          r,
          'updated to the new text: every quote of this source was found again',
          'nothing more to do; review the changes with git diff',
        ),
      );
    }
    out(`fixed ${plan.edits.size} file${plan.edits.size === 1 ? '' : 's'}; checking again…`);
  }

  const { dataset, errors } = loadDataset(dataDir, root);
  const ms = Math.round(performance.now() - started);
  const repairs = opts.fix ? plan.findings.filter((f) => f.status === 'not-found') : plan.findings;

  if (errors.length === 0 && repairs.length === 0) {
    out(
      `data OK: ${dataset.sources.length} source(s), ${dataset.figures.length} figure(s), ${dataset.charts.length} chart(s); every quote matches its source (${ms} ms)`,
    );
    return 0;
  }
  for (const e of errors) err(formatDataError(e));
  if (repairs.length > 0) {
    err(`\nRe-anchoring (quotes looked up again in the current source text):`);
    for (const f of repairs) err(formatDataError(findingToError(f)));
  }
  for (const b of plan.blocked) {
    err(
      sha256Line(
        b,
        `not updated: ${b.missing} quote${b.missing === 1 ? '' : 's'} of this source could not be found in the new text`,
        'repair those quotes first (see above), then run "npm run figures -- check --fix" again',
      ),
    );
  }
  const total = errors.length || repairs.length;
  err(
    `\n${total} problem${total === 1 ? '' : 's'} in ${relative(root, dataDir) || dataDir} — nothing was published.` +
      (!opts.fix && plan.edits.size > 0
        ? ` ${plan.findings.length - plan.findings.filter((f) => f.status === 'not-found').length} quote(s) can be re-anchored with --fix.`
        : ''),
  );
  return 1;
}

/**
 * One line about a source's sha256 (updated, or why not), located at its field in the metadata.
 * @example sha256Line({ sourceId: 'doc', metaPath: 'data/sources/doc.json' }, 'updated …', 'nothing more to do')
 * // 'data/sources/doc.json — doc — sha256 — updated … — nothing more to do'
 */
function sha256Line(source: RepairPlan['rehashed'][number], message: string, fix: string): string {
  return formatDataError({
    file: source.metaPath,
    line: source.position?.line,
    column: source.position?.column,
    figureId: source.sourceId,
    field: 'sha256',
    message,
    fix,
  });
}
