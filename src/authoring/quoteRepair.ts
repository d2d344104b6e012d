// Plans repairs for quotes whose source text changed: re-anchors every quote, stated span and
// context quote of the raw data files, and computes the edited file texts for `check --fix`.
// Pure: it reads nothing from disk and writes nothing; a quote it cannot find is reported, never dropped.

import type { QuoteSelector, StatedSpan } from '../model/figure.ts';
import type { DataError } from '../data/dataError.ts';
import { parseJsonWithPositions, type Position } from '../data/jsonPositions.ts';
import {
  prepareText,
  reanchorQuote,
  reanchorStated,
  type AnchorStatus,
  type AnchorText,
} from './reanchor.ts';
import type { RawFigureFile, RawSource } from '../data/validate.ts';

/** One quote (or stated span) that does not stand where its file says. */
export interface QuoteFinding {
  file: string;
  position?: Position;
  figureId: string;
  /** quote, context.0.quote or stated */
  field: string;
  sourceId: string;
  status: Exclude<AnchorStatus, 'ok'>;
  before: { start: number; end: number; text: string };
  after?: { start: number; end: number; text: string };
  distance: number;
}

export interface RepairPlan {
  findings: QuoteFinding[];
  /** New full text of each file that --fix would rewrite (figure files and source metadata). */
  edits: Map<string, string>;
  /** Sources whose sha256 --fix would update, because every quote of theirs re-anchored. */
  rehashed: { sourceId: string; metaPath: string; position?: Position }[];
  /** Sources whose sha256 is stale but stays, because some quote of theirs was not found. */
  blocked: { sourceId: string; metaPath: string; position?: Position; missing: number }[];
}

interface Edit {
  path: string;
  value: string | number;
}

/**
 * Re-anchors every quote in the raw files and plans the edits `--fix` would write.
 * @example planQuoteRepairs(readDataDir('data').raw).findings // [] when every quote stands where it says
 */
export function planQuoteRepairs(raw: {
  sources: RawSource[];
  figureFiles: RawFigureFile[];
}): RepairPlan {
  const texts = new Map<string, AnchorText>();
  for (const s of raw.sources) texts.set(baseName(s.textPath), prepareText(s.text));

  const findings: QuoteFinding[] = [];
  const edits = new Map<string, string>();
  const missing = new Map<string, number>();

  for (const file of raw.figureFiles) {
    let parsed;
    try {
      parsed = parseJsonWithPositions(file.text);
    } catch {
      continue; // validation reports the syntax error
    }
    const figures = (parsed.value as { figures?: unknown } | null)?.figures;
    if (!Array.isArray(figures)) continue;
    const fileEdits: Edit[] = [];

    figures.forEach((f: unknown, i: number) => {
      const fig = f as { id?: unknown; quote?: unknown; stated?: unknown; context?: unknown };
      const id = typeof fig.id === 'string' ? fig.id : `figures[${i}]`;
      const base = `figures.${i}`;
      const find = (field: string, q: QuoteSelector) => {
        const text = texts.get(q.sourceId);
        if (!text) return undefined; // a missing source is reported by validation
        const result = reanchorQuote(text, q);
        if (result.status === 'ok') return result;
        findings.push({
          file: file.path,
          position: parsed.positions.get(`${base}.${field}`),
          figureId: id,
          field,
          sourceId: q.sourceId,
          status: result.status,
          before: { start: q.start, end: q.end, text: q.exact },
          after:
            result.status === 'not-found'
              ? undefined
              : {
                  start: result.selector.start,
                  end: result.selector.end,
                  text: result.selector.exact,
                },
          distance: result.distance,
        });
        if (result.status === 'not-found') {
          missing.set(q.sourceId, (missing.get(q.sourceId) ?? 0) + 1);
        } else {
          for (const key of ['exact', 'prefix', 'suffix', 'start', 'end'] as const) {
            if (result.selector[key] !== q[key]) {
              fileEdits.push({ path: `${base}.${field}.${key}`, value: result.selector[key] });
            }
          }
        }
        return result;
      };

      if (isQuote(fig.quote)) {
        const quote = find('quote', fig.quote);
        if (quote && quote.status !== 'not-found' && isStated(fig.stated)) {
          const stated = reanchorStated(fig.stated, fig.quote, quote.selector);
          if (stated.status !== 'ok') {
            findings.push({
              file: file.path,
              position: parsed.positions.get(`${base}.stated`),
              figureId: id,
              field: 'stated',
              sourceId: fig.quote.sourceId,
              status: stated.status,
              before: { start: fig.stated.start, end: fig.stated.end, text: fig.stated.text },
              after:
                stated.status === 'not-found'
                  ? undefined
                  : {
                      start: stated.stated.start,
                      end: stated.stated.end,
                      text: stated.stated.text,
                    },
              distance: stated.distance,
            });
          }
          if (stated.status === 'not-found') {
            missing.set(fig.quote.sourceId, (missing.get(fig.quote.sourceId) ?? 0) + 1);
          } else {
            for (const key of ['text', 'start', 'end'] as const) {
              if (stated.stated[key] !== fig.stated[key]) {
                fileEdits.push({ path: `${base}.stated.${key}`, value: stated.stated[key] });
              }
            }
          }
        }
      }
      if (Array.isArray(fig.context)) {
        fig.context.forEach((c: unknown, j: number) => {
          const q = (c as { quote?: unknown } | null)?.quote;
          if (isQuote(q)) find(`context.${j}.quote`, q);
        });
      }
    });
    if (fileEdits.length > 0) edits.set(file.path, applyJsonEdits(file.text, fileEdits));
  }

  const rehashed: RepairPlan['rehashed'] = [];
  const blocked: RepairPlan['blocked'] = [];
  for (const s of raw.sources) {
    let meta;
    try {
      meta = parseJsonWithPositions(s.metaText);
    } catch {
      continue;
    }
    const value = meta.value as { id?: unknown; sha256?: unknown } | null;
    if (typeof value?.sha256 !== 'string' || value.sha256 === s.textSha256) continue;
    const id = baseName(s.textPath);
    const lost = missing.get(id) ?? 0;
    if (lost > 0) {
      blocked.push({
        sourceId: id,
        metaPath: s.metaPath,
        position: meta.positions.get('sha256'),
        missing: lost,
      });
    } else {
      // Every quote of this source was found again, so the new text has been checked.
      rehashed.push({ sourceId: id, metaPath: s.metaPath, position: meta.positions.get('sha256') });
      edits.set(s.metaPath, applyJsonEdits(s.metaText, [{ path: 'sha256', value: s.textSha256 }]));
    }
  }
  return { findings, edits, rehashed, blocked };
}

/**
 * One line per finding, in the data-error format, saying what re-anchoring found and what to do.
 * @example findingToError({ status: 'moved', … }).fix // 'run "npm run figures -- check --fix" to rewrite …'
 */
export function findingToError(f: QuoteFinding, fixed = false): DataError {
  const where = {
    file: f.file,
    line: f.position?.line,
    column: f.position?.column,
    figureId: f.figureId,
  };
  const range = (r: { start: number; end: number }) => `[${r.start}, ${r.end})`;
  const field = f.field === 'stated' ? 'stated' : f.field;
  if (f.status === 'not-found' || !f.after) {
    return {
      ...where,
      field,
      message: `"${clip(f.before.text)}" cannot be found in source "${f.sourceId}", not even approximately (was at ${range(f.before)})`,
      fix: 'copy the sentence from the source text (typos included) and set start and end, or remove the figure by hand; it is kept until you do',
    };
  }
  const was = `(was ${range(f.before)})`;
  const edits = `${f.distance} edit${f.distance === 1 ? '' : 's'}`;
  const what =
    f.status === 'moved'
      ? fixed
        ? `moved to ${range(f.after)} ${was}; offsets rewritten`
        : `no longer stands at ${range(f.before)}; the same text stands at ${range(f.after)}`
      : fixed
        ? `re-anchored to ${range(f.after)} with ${edits} ${was}; text rewritten to "${clip(f.after.text)}"`
        : `the source text changed; the closest match is at ${range(f.after)} with ${edits} ${was}: "${clip(f.after.text)}"`;
  return {
    ...where,
    field,
    message: what,
    fix: fixed
      ? 'nothing more to do; review the change with git diff'
      : `run "npm run figures -- check --fix" to rewrite the offsets${f.status === 'fuzzy' ? ' and exact text (check the new wording first)' : ''}`,
  };
}

/**
 * Replaces the JSON values at the given paths in the file text, keeping every other byte, so
 * formatting, key order and unrelated escapes survive.
 * @example applyJsonEdits('{\n  "a": 1\n}', [{ path: 'a', value: 2 }]) // '{\n  "a": 2\n}'
 */
export function applyJsonEdits(text: string, edits: Edit[]): string {
  const { positions } = parseJsonWithPositions(text);
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const spans = edits.map((e) => {
    const pos = positions.get(e.path);
    if (!pos) throw new Error(`applyJsonEdits: no value at "${e.path}"`);
    const start = lineStarts[pos.line - 1]! + pos.column - 1;
    return { start, end: tokenEnd(text, start), value: JSON.stringify(e.value) };
  });
  spans.sort((a, b) => b.start - a.start);
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + s.value + out.slice(s.end);
  return out;
}

function tokenEnd(text: string, start: number): number {
  if (text[start] === '"') {
    let i = start + 1;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    return i + 1;
  }
  const m = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|^true|^false|^null/.exec(
    text.slice(start, start + 400),
  );
  if (!m) throw new Error(`applyJsonEdits: only strings, numbers and literals can be replaced`);
  return start + m[0].length;
}

function isQuote(q: unknown): q is QuoteSelector {
  const o = q as Partial<QuoteSelector> | null;
  return (
    typeof o?.sourceId === 'string' &&
    typeof o.exact === 'string' &&
    typeof o.prefix === 'string' &&
    typeof o.suffix === 'string' &&
    Number.isInteger(o.start) &&
    Number.isInteger(o.end)
  );
}

function isStated(s: unknown): s is StatedSpan {
  const o = s as Partial<StatedSpan> | null;
  return typeof o?.text === 'string' && Number.isInteger(o.start) && Number.isInteger(o.end);
}

function baseName(path: string): string {
  return path.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
}

function clip(s: string): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}
