// `npm run figures -- <command>`: extract candidate figures from a document into a draft file,
// or check (and with --fix re-anchor) the data files. File I/O and messages only; the work is
// done by src/authoring/extract.ts, quoteRepair.ts and runCheck.ts. It never overwrites without --force.

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { draftFigureFile, extractCandidates, kebab, type Candidate } from '../authoring/extract.ts';
import { runCheck } from '../authoring/runCheck.ts';
import type { SourceMeta } from '../model/numberVocabulary.ts';
import { checkTruth, formatScoreTable, scoreDocument, type Truth } from '../authoring/evaluate.ts';

const USAGE = `Cited Figures — add a document, check the data

Usage:
  npm run figures -- extract <file.txt> --out <draft.json> [--source-id <id>] [--source <record.json>] [--speaker <name>] [--force] [--verbose]
      Proposes candidate figures (percentages, currency amounts, "doubled", "from X to Y") from a
      UTF-8 text file, with exact quote offsets, into a draft figure file for you to edit.
      --source-id  id of the source (default: the file name in kebab-case)
      --source     the source's record (publisher, url, title, date), default <file>.json beside
                   the text when there is one (data/sources/<id>.json): its publisher or URL says
                   whose dollar a bare "$" is ("Stats NZ", a .nz address: New Zealand dollars)
      --speaker    speaker for figures whose speaker the document's structure does not show
      --force      overwrite --out if it exists
      --verbose    list every candidate on stdout (by default the first 20, then a summary)
      Ids of figures and draft chart groups start with the source id, so drafts of several
      documents can share one data folder. An empty or binary-looking file is refused (exit 2).

  npm run figures -- check [--fix] [dataDir]
      Validates every data file as the build does (default dataDir: data). When a source text
      changed, looks each quote up again and reports its new offsets; --fix rewrites them (and
      the source's sha256 once every quote of that source is found). A quote that cannot be
      found stays an error.

  npm run figures -- eval <dir> [--verbose]
      Scores the extractor on every <name>.txt in <dir> that has a <name>.truth.json beside it:
      recall, precision, traps proposed (years, dates, page or phone numbers that must never be
      proposed), and kind/value/unit/status accuracy, per document and overall. A truth file's
      optional "source" ({ "publisher", "url", "title", "date" }) is given to the extractor as
      extract gets a source record.
      --verbose    also list what was missed, proposed falsely or read wrongly

  npm run figures -- help
      Prints this text.

Exit codes: 0 success, 1 data problems, 2 usage or input errors.`;

/** A problem with the command line or an input file: printed as one line, exit code 2. */
class UsageError extends Error {}

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  if (command === 'extract') return extract(rest);
  if (command === 'eval') return evaluate(rest);
  if (command === 'check') {
    const { flags, positional } = parseArgs(rest, ['fix'], []);
    if (positional.length > 1)
      throw new UsageError(`check takes one data folder, got ${positional.join(' ')}`);
    const dataDir = positional[0] ?? 'data';
    if (!existsSync(dataDir))
      throw new UsageError(
        `data folder "${dataDir}" does not exist — pass the folder that holds sources/ and figures/`,
      );
    return runCheck({ dataDir, fix: Boolean(flags.fix) });
  }
  throw new UsageError(`unknown command "${command}" — use extract, check, eval or help`);
}

function extract(args: string[]): number {
  const { flags, positional } = parseArgs(
    args,
    ['force', 'verbose'],
    ['out', 'source-id', 'source', 'speaker'],
  );
  const input = positional[0];
  if (!input || positional.length > 1) {
    throw new UsageError(
      'extract needs exactly one input file: npm run figures -- extract <file.txt> --out <draft.json>',
    );
  }
  const out = flags.out;
  if (typeof out !== 'string')
    throw new UsageError('extract needs --out <draft.json>: where to write the draft');
  const sourceId =
    typeof flags['source-id'] === 'string'
      ? flags['source-id']
      : kebab(basename(input).replace(/\.[^.]+$/, ''));
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(sourceId)) {
    throw new UsageError(
      `--source-id "${sourceId}" must be kebab-case (lowercase letters, digits, hyphens)`,
    );
  }
  if (existsSync(out) && !flags.force) {
    throw new UsageError(
      `${out} already exists — choose another --out, or pass --force to overwrite it`,
    );
  }
  if (!existsSync(dirname(resolve(out)))) {
    throw new UsageError(`the folder of --out (${dirname(out)}) does not exist — create it first`);
  }

  const { bytes, text } = readUtf8(input);
  checkPlainText(input, bytes, text);
  const source = readSourceRecord(input, flags.source);
  const started = performance.now();
  const big = bytes.length > 100_000;
  const candidates = extractCandidates(text, sourceId, {
    defaultSpeaker: typeof flags.speaker === 'string' ? flags.speaker : undefined,
    source,
    progressEvery: 100_000,
    // UTF-16 units track bytes closely enough for a progress line.
    onProgress: big
      ? (done, total) =>
          process.stderr.write(
            `extract: ${kb(Math.round((done / total) * bytes.length))} of ${kb(bytes.length)} (${Math.round((done / total) * 100)}%)\n`,
          )
      : undefined,
  });
  const ms = Math.round(performance.now() - started);

  const schema = relative(dirname(resolve(out)), resolve('data/schema/figures.schema.json'))
    .split('\\')
    .join('/');
  const draft = draftFigureFile(candidates, schema);
  writeFileSync(out, `${JSON.stringify(draft, null, 2)}\n`, { flag: flags.force ? 'w' : 'wx' });

  const count = (pred: (c: (typeof candidates)[number]) => boolean) =>
    candidates.filter(pred).length;
  const sha = createHash('sha256').update(bytes).digest('hex');
  console.log(
    [
      `extract: ${candidates.length} candidate figure${candidates.length === 1 ? '' : 's'} in ${input} (${kb(bytes.length)}, ${ms} ms) → ${out}`,
      `  kinds: ${count((c) => c.kind === 'change')} change, ${count((c) => c.kind === 'share')} share, ${count((c) => c.kind === 'amount')} amount; ${count((c) => c.range !== undefined)} range(s); ${count((c) => c.status === 'expected')} expected; ${draft.charts.length} draft chart group(s)`,
      // A long list helps nobody on a terminal: the draft file holds every candidate.
      ...(flags.verbose || candidates.length <= LIST_LIMIT
        ? candidates.map(candidateLine)
        : [
            ...candidates.slice(0, LIST_LIMIT).map(candidateLine),
            `  … and ${candidates.length - LIST_LIMIT} more in ${out} (--verbose lists them all here)`,
          ]),
      'Next:',
      `  1. Review every candidate in ${out}: label, topic, kind, value, status, speaker, notes and chart groups; delete what is not a figure.`,
      `  2. Copy the text verbatim to data/sources/${sourceId}.txt and add data/sources/${sourceId}.json with "sha256": "${sha}".`,
      '  3. Move the draft into data/figures/ and run: npm run figures -- check',
    ].join('\n'),
  );
  return 0;
}

function evaluate(args: string[]): number {
  const { flags, positional } = parseArgs(args, ['verbose'], []);
  const dir = positional[0];
  if (!dir || positional.length > 1) {
    throw new UsageError('eval needs exactly one folder: npm run figures -- eval <dir>');
  }
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new UsageError(
      `${dir} is not a folder — pass the folder that holds <name>.txt and <name>.truth.json`,
    );
  }
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.txt') && existsSync(join(dir, f.replace(/\.txt$/, '.truth.json'))))
    .map((f) => f.replace(/\.txt$/, ''))
    .sort();
  if (names.length === 0) {
    throw new UsageError(`${dir} holds no <name>.txt with a <name>.truth.json beside it`);
  }
  const scores = names.map((name) => {
    const { text } = readUtf8(join(dir, `${name}.txt`));
    const truthPath = join(dir, `${name}.truth.json`);
    let truth: Truth;
    try {
      truth = JSON.parse(readFileSync(truthPath, 'utf8')) as Truth;
    } catch (e) {
      throw new UsageError(
        `${truthPath} is not valid JSON (${(e as Error).message}) — fix its syntax`,
      );
    }
    const problems = checkTruth(text, truth);
    if (problems.length > 0) throw new UsageError(`${truthPath}: ${problems.join('; ')}`);
    return scoreDocument(
      name,
      extractCandidates(text, kebab(name), { source: truth.source }),
      truth,
    );
  });
  console.log(formatScoreTable(scores));
  if (flags.verbose) {
    for (const s of scores) {
      if (s.problems.length === 0) continue;
      console.log(`\n${s.name}:`);
      for (const p of s.problems) console.log(`  ${p}`);
    }
  }
  return 0;
}

/**
 * The source's record: the file --source names, or <file>.json beside the text (as
 * data/sources/<id>.json stands beside <id>.txt); only its publisher, url, title and date are read.
 */
function readSourceRecord(
  input: string,
  flag: string | boolean | undefined,
): SourceMeta | undefined {
  const path = typeof flag === 'string' ? flag : input.replace(/\.[^./\\]+$/, '') + '.json';
  if (typeof flag !== 'string' && (path === input || !existsSync(path))) return undefined;
  if (!existsSync(path))
    throw new UsageError(
      `--source ${path} does not exist — pass the source's record (a JSON file)`,
    );
  let record: unknown;
  try {
    record = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new UsageError(
      `${path} is not valid JSON (${(e as Error).message}) — fix its syntax or leave --source out`,
    );
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    throw new UsageError(
      `${path} is not a source record — it must be an object like data/sources/<id>.json`,
    );
  }
  const r = record as Record<string, unknown>;
  const meta: SourceMeta = {};
  for (const key of ['publisher', 'url', 'title', 'date'] as const) {
    if (typeof r[key] === 'string') meta[key] = r[key];
  }
  return meta;
}

/** Candidates listed one a line on stdout before the summary takes over. */
const LIST_LIMIT = 20;

function candidateLine(c: Candidate): string {
  const value = c.range ? `${c.range.low}…${c.range.high}` : String(c.value);
  return `  ${c.id}: ${value} ${c.unit} (${c.kind}, ${c.status}) — "${c.stated.text}" at [${c.stated.start}, ${c.stated.end})`;
}

/**
 * Refuses input with nothing to read or that looks binary (NUL bytes, many control characters):
 * a PDF or a word-processor file passed by mistake, not a text.
 */
function checkPlainText(path: string, bytes: Buffer, text: string): void {
  if (text.trim() === '') {
    throw new UsageError(
      `${path} is empty${bytes.length > 0 ? ' (only whitespace)' : ''} — nothing to extract; pass the document's text`,
    );
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const count = bytes.filter((b) => b === 0).length;
    const lineNo = bytes.subarray(0, nul).filter((b) => b === 0x0a).length + 1;
    throw new UsageError(
      `${path} looks binary: ${count} NUL byte${count === 1 ? '' : 's'}, the first at byte ${nul} (line ${lineNo}) — pass plain text, e.g. pdftotext file.pdf file.txt`,
    );
  }
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for
  const controls = text.match(/[\u0001-\u0008\u000e-\u001f\u007f]/g)?.length ?? 0;
  if (controls > 0 && controls / text.length > 0.01) {
    throw new UsageError(
      `${path} looks binary: ${controls} control characters in ${text.length} — pass plain text, e.g. pdftotext file.pdf file.txt`,
    );
  }
}

/** Reads a file as strict UTF-8; says what is wrong and where when it cannot. */
function readUtf8(path: string): { bytes: Buffer; text: string } {
  let bytes: Buffer;
  try {
    if (statSync(path).isDirectory())
      throw new UsageError(`${path} is a folder — pass a .txt file`);
    bytes = readFileSync(path);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'does not exist'
        : code === 'EACCES'
          ? 'is not readable (permission denied)'
          : `cannot be read (${(e as Error).message})`;
    throw new UsageError(`${path} ${why} — check the path and permissions`);
  }
  try {
    return { bytes, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    const line = bytes.subarray(0, at).filter((b) => b === 0x0a).length + 1;
    throw new UsageError(
      `${path} is not valid UTF-8 (first bad byte 0x${bytes[at]?.toString(16).padStart(2, '0')} at byte ${at}, line ${line}) — re-save it as UTF-8, e.g. iconv -f windows-1252 -t utf-8`,
    );
  }
}

/** Byte offset of the first byte that does not start a valid UTF-8 sequence (RFC 3629). */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const n =
      c < 0x80
        ? 0
        : c >= 0xc2 && c <= 0xdf
          ? 1
          : c >= 0xe0 && c <= 0xef
            ? 2
            : c >= 0xf0 && c <= 0xf4
              ? 3
              : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) {
      if (i + k >= b.length || (b[i + k]! & 0xc0) !== 0x80) return i;
    }
    const next = b[i + 1] ?? 0;
    // Overlong forms, UTF-16 surrogates and code points above U+10FFFF are not UTF-8.
    if ((c === 0xe0 && next < 0xa0) || (c === 0xed && next > 0x9f)) return i;
    if ((c === 0xf0 && next < 0x90) || (c === 0xf4 && next > 0x8f)) return i;
    i += n + 1;
  }
  return Math.max(0, b.length - 1);
}

function parseArgs(
  args: string[],
  booleans: string[],
  values: string[],
): { flags: Record<string, string | boolean>; positional: string[] } {
  const flags: Record<string, string | boolean> = {};
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    const [name, inline] = a.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (booleans.includes(name)) flags[name] = true;
    else if (values.includes(name)) {
      const v = inline ?? args[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`--${name} needs a value`);
      flags[name] = v;
    } else {
      throw new UsageError(`unknown option --${name} — see: npm run figures -- help`);
    }
  }
  return { flags, positional };
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toLocaleString('en', { maximumFractionDigits: 1 })} KB`;
}

/**
 * Runs one `npm run figures` command line and returns its exit code; a usage error is printed as
 * one line (exit 2). Messages go to the console, as when run from the shell.
 *
 * @example runFigures(['check', 'data']) // 0 when every data file is valid
 */
export function runFigures(argv: string[]): number {
  try {
    return main(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`figures: ${e.message}`);
    return 2;
  }
}

// Run as a program (tsx src/cli/figures.ts), not when imported (the tests call runFigures).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // `npm run figures -- help | head` closes the pipe early; that is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  process.exitCode = runFigures(process.argv.slice(2));
}
