// The three ways a publisher's page may hold a source text, for checking text-fragment links
// against independent matchers: one <pre>, one <p> per line, and bullet lines as <ul><li>.
// Test infrastructure only; it builds HTML strings and never fetches anything.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractCandidates } from '../../src/authoring/extract.ts';
import type { QuoteSelector } from '../../src/model/figure.ts';

export type Rendering = 'pre' | 'p' | 'li';
export const RENDERINGS: readonly Rendering[] = ['pre', 'p', 'li'];

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const BULLET = /^\s*•\s+/;

/**
 * The body HTML of one rendering of `text`.
 * @example renderSource('a\n\n  • b', 'li') // '<p>a</p>\n<ul><li>b</li></ul>'
 */
export function renderSource(text: string, rendering: Rendering): string {
  if (rendering === 'pre') return `<pre>${escapeHtml(text)}</pre>`;
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (rendering === 'p') return lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n');
  const out: string[] = [];
  let inList = false;
  for (const line of lines) {
    const bullet = BULLET.test(line);
    if (bullet && !inList) out.push('<ul>');
    if (!bullet && inList) out.push('</ul>');
    inList = bullet;
    out.push(
      bullet ? `<li>${escapeHtml(line.replace(BULLET, ''))}</li>` : `<p>${escapeHtml(line)}</p>`,
    );
  }
  if (inList) out.push('</ul>');
  return out.join('\n');
}

export interface LinkCase {
  /** Where the quote comes from, e.g. "japan-exports-to-russia-2001 context 0". */
  name: string;
  documentId: string;
  text: string;
  quote: QuoteSelector;
}

const root = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(resolve(root, path), 'utf8');

/**
 * Every quote a link is made for: each figure's quote and context quotes in data/, and the
 * quotes extract proposes for the fixture documents under test/fixtures/documents.
 * @example linkCases().length // 6 figures + 6 context quotes + fixture quotes
 */
export function linkCases(): LinkCase[] {
  const cases: LinkCase[] = [];
  const mofaId = 'mofa-2002-10-14-kawaguchi-putin';
  const mofa = read(`data/sources/${mofaId}.txt`);
  const file = JSON.parse(read(`data/figures/${mofaId}.json`)) as {
    figures: { id: string; quote: QuoteSelector; context?: { quote: QuoteSelector }[] }[];
  };
  const seenQuotes = new Set<string>(); // figures of one sentence share a quote: link it once
  const add = (name: string, quote: QuoteSelector) => {
    const key = `${quote.start}:${quote.end}`;
    if (seenQuotes.has(key)) return;
    seenQuotes.add(key);
    cases.push({ name, documentId: mofaId, text: mofa, quote });
  };
  for (const f of file.figures) {
    add(f.id, f.quote);
    (f.context ?? []).forEach((c, i) => add(`${f.id} context ${i}`, c.quote));
  }
  for (const doc of ['northshore-harbour-board-2031', 'valley-rail-annual-report-2030']) {
    const text = read(`test/fixtures/documents/${doc}.txt`);
    const seen = new Set<string>();
    for (const c of extractCandidates(text, doc)) {
      if (seen.has(`${c.quote.start}`)) continue;
      seen.add(`${c.quote.start}`);
      cases.push({ name: `${doc} ${c.id}`, documentId: doc, text, quote: c.quote });
    }
  }
  return cases;
}
