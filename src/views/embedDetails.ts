// The embed's text below its chart: each quoted sentence with the stated words marked, the note,
// the source line with its links, the claim-and-record lines and the download links. Loaded on
// demand by embedPage.ts, so the chart is not kept waiting for it. Plain DOM through dom.ts: no
// Svelte, no Chart.js.

import type { ChartGroup, Dataset, Figure, PublishedSource } from '../model/figure.ts';
import { quotedSentences, type QuotedSentence } from '../model/quoteParts.ts';
import { linksRecords } from '../model/claimRecord.ts';
import { sourceLineParts } from '../export/caption.ts';
import { dashboardUrl } from '../export/embedSnippet.ts';
import { figureFiles } from '../export/figureExport.ts';
import { textFragmentUrl } from '../export/textFragment.ts';
import { h } from './dom.ts';
import { fillRecords } from './embedRecords.ts';

export interface EmbedDetailsInput {
  /** The figures the embed draws (at least one). */
  figures: Figure[];
  dataset: Pick<Dataset, 'sources'>;
  /** The chart group of ?chart=, if that is what is shown. */
  chart: ChartGroup | undefined;
  /** Show the quoted sentences (quote=1, the default). */
  quote: boolean;
  siteUrl: string;
  /** Filled with each figure's quote block, so selecting a bar can focus it. */
  quoteOf: Map<string, HTMLElement>;
}

/**
 * The elements that go below the embed's chart, in order, once the claim-and-record lines are in
 * (data/records.json, fetched once the chart has drawn): appended in one piece, nothing on the page moves
 * when they arrive.
 * @example main.append(...(await embedDetails({ figures: [exports], dataset, chart: undefined, quote: true, siteUrl, quoteOf: new Map() })))
 */
export async function embedDetails(input: EmbedDetailsInput): Promise<HTMLElement[]> {
  const { figures, chart, siteUrl, quoteOf } = input;
  const one = figures.length === 1 ? figures[0] : undefined;
  const sources = input.dataset.sources.filter((s) =>
    figures.some((f) => f.quote.sourceId === s.id),
  );
  const linkBack = dashboardUrl(
    siteUrl,
    figures.map((f) => f.id),
  );
  const out: HTMLElement[] = [];
  // Each sentence once, with every figure's stated words marked in it.
  if (input.quote) {
    for (const sentence of quotedSentences(figures)) {
      const block = quoteBlock(sentence, sources);
      sentence.figures.forEach((f) => quoteOf.set(f.id, block));
      out.push(block);
    }
  }
  const note = chart?.note ?? one?.note;
  if (note) out.push(h('p', { class: 'muted note' }, note));
  for (const s of sources) out.push(sourceLine(s, figures, linkBack));
  // Claim and record, when any claim names a record or a search; filled before anything is
  // appended (a box filled later would push the downloads line down: a layout shift).
  let records: Promise<void> | undefined;
  if (linksRecords(figures)) {
    const box = h('div', { class: 'records muted', 'aria-label': 'Claim and record' });
    out.push(box);
    records = fillRecords(box, figures, siteUrl);
  }
  const downloadId = chart?.id ?? one?.id;
  if (downloadId) out.push(downloads(downloadId, siteUrl));
  await records;
  return out;
}

function quoteBlock(sentence: QuotedSentence, sources: PublishedSource[]): HTMLElement {
  const cite = sources.find((s) => s.id === sentence.quote.sourceId)?.url;
  const runs = sentence.parts.map((p) =>
    p.figureId ? h('mark', { 'data-figure': p.figureId }, p.text) : p.text,
  );
  const first = sentence.figures[0]!;
  return h(
    'figure',
    {
      class: 'quote',
      id: `quote-${first.id}`,
      tabindex: -1,
      'data-quote': sentence.figures.map((f) => f.id).join(' '),
    },
    h('blockquote', { cite }, h('p', {}, '“', ...runs, '”')),
    h('figcaption', {}, `— ${sentence.speaker}`),
  );
}

function sourceLine(s: PublishedSource, figures: Figure[], dashboardUrl: string): HTMLElement {
  const first = figures.find((f) => f.quote.sourceId === s.id);
  return h(
    'p',
    { class: 'source' },
    ...sourceLineParts(s).map((part, i) => (i === 1 ? h('cite', {}, part) : part)),
    '. ',
    h(
      'a',
      {
        href: first ? textFragmentUrl(s.url, first.quote) : s.url,
        target: '_blank',
        rel: 'noopener noreferrer',
      },
      'Original ↗',
    ),
    ' · ',
    h('a', { href: dashboardUrl, target: '_blank', rel: 'noopener' }, 'Quote on Cited Figures ↗'),
  );
}

function downloads(id: string, siteUrl: string): HTMLElement {
  const files = figureFiles(id);
  const kinds = ['png', 'svg', 'pdf', 'csv', 'json'] as const;
  const links = kinds.flatMap((kind) => [
    h(
      'a',
      {
        href: `${siteUrl}${files[kind]}`,
        target: '_blank',
        rel: 'noopener',
        'data-download': kind,
      },
      kind.toUpperCase(),
    ),
    ' ',
  ]);
  return h('p', { class: 'downloads' }, 'Download: ', ...links);
}
