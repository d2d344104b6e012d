// The static share page of a chart group or one figure (chart/<id>.html, figure/<id>.html): its
// headline, image with alt text, quoted sentences with stated words in <mark>, source line, links
// and the interactive chart, plus its own link-preview meta. Pure HTML strings, escaped by
// construction (export/html.ts); no inline script or style, so the site's CSP holds.

import type { Figure, Source } from '../model/figure.ts';
import { formatDate } from '../model/format.ts';
import { quotedSentences } from '../model/quoteParts.ts';
import { sentenceHtml } from './captionHtml.ts';
import type { DownloadLink } from './figureExport.ts';
import { markup } from './html.ts';
import type { ClaimSection } from './recordLines.ts';
import { textFragmentUrl } from './textFragment.ts';

export interface SharePageInput {
  /** 'chart' → chart/<id>.html, 'figure' → figure/<id>.html. */
  kind: 'chart' | 'figure';
  id: string;
  headline: string;
  description: string;
  alt: string;
  note?: string;
  figures: readonly Figure[];
  source: Source;
  /** How the page reaches the site's root: the absolute CITED_SITE_URL, or "../". */
  base: string;
  /** True when `base` is the public address (then canonical and og: URLs are absolute). */
  absolute: boolean;
  /** embed.html?… for the interactive chart, relative to the site root. */
  embedPath: string;
  embedHeight: number;
  /** index.html#/… relative to the site root. */
  dashboardPath: string;
  downloads: readonly DownloadLink[];
  /** The Content-Security-Policy the page carries as its first <meta>. */
  csp: string;
  /** "Claim and record": each claim the page's figures make (export/recordLines.ts). */
  claims?: readonly ClaimSection[];
}

/**
 * The "Claim and record" section: each claim once, the record's reading with its arithmetic,
 * caveats and citation, or "No record found" with where we looked; empty when no claim is linked.
 * @example String(claimRecordHtml([{ heading: "Japan's exports to Russia", comparisons: [{ recorded: '+25.9 %', … }], … }]))
 * // '<section class="claim-record" …><h2 …>Claim and record</h2>…'
 */
export function claimRecordHtml(claims: readonly ClaimSection[] = []) {
  if (claims.length === 0) return '';
  return markup`<section class="claim-record" aria-labelledby="claim-record-h">
<h2 id="claim-record-h">Claim and record</h2>
${claims.map(
  (c) => markup`<section class="claim" data-claim="${c.claimId}">
<h3>${c.heading}</h3>
<p class="said">${c.said.speaker}: “${c.said.words}”</p>
${c.comparisons.map(
  (
    x,
  ) => markup`<p class="values">Claimed: <strong>${x.claimed}</strong> · Recorded (${x.recordPeriod}): <strong>${x.recorded}</strong></p>
<p class="difference">${x.difference}</p>
<p class="arithmetic">Computed from the record: <code>${x.arithmetic}</code></p>
<ul class="caveats">${x.caveats.map((k) => markup`<li>${k}</li>`)}</ul>
<p class="cite">Record: ${x.record}. ${x.citation} <a href="${x.url}" rel="noopener noreferrer">${x.url}</a></p>
`,
)}${
    c.searched
      ? markup`<p class="none"><strong>No record found.</strong> Searched: ${c.searched}</p>
`
      : ''
  }</section>
`,
)}</section>
`;
}

/**
 * @example sharePageHtml({ kind: 'chart', id: 'growth-2001', headline: 'Exports rose', … })
 * // '<!doctype html>\n<html lang="en">…<h1>Exports rose</h1>…'
 */
export function sharePageHtml(p: SharePageInput): string {
  const self = `${p.absolute ? `${p.base}${p.kind}/` : ''}${encodeURIComponent(p.id)}.html`;
  const image = `${p.base}charts/${encodeURIComponent(p.id)}.png`;
  const sentences = quotedSentences(p.figures);
  const quote = sentences.map((s) => s.parts.map((x) => x.text).join('')).join(' ');
  const first = p.figures[0];
  const original = first ? textFragmentUrl(p.source.url, first.quote) : p.source.url;
  // The Twitter card says again what Open Graph says: one list of its values.
  const twitterCard = [
    ['title', p.headline],
    ['image', image],
    ['image:alt', p.alt],
  ] as const;
  const page = markup`<!doctype html>
<html lang="en">
<head>
<meta http-equiv="Content-Security-Policy" content="${p.csp}">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${p.headline} — Cited Figures</title>
<meta name="description" content="${`“${quote}” — ${first?.speaker ?? ''}`}">
<link rel="canonical" href="${self}">
<link rel="alternate" type="application/json+oembed" href="${p.base}oembed/${encodeURIComponent(p.id)}.json" title="${p.headline}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Cited Figures">
<meta property="og:title" content="${p.headline}">
<meta property="og:description" content="${`“${quote}” — ${first?.speaker ?? ''}, ${p.source.publisher}`}">
<meta property="og:url" content="${self}">
<meta property="og:image" content="${image}">
<meta property="og:image:alt" content="${p.alt}">
<meta name="twitter:card" content="summary_large_image">
${twitterCard.map(
  ([k, v]) => markup`<meta name="twitter:${k}" content="${v}">
`,
)}<link rel="stylesheet" href="${p.base}share.css">
</head>
<body>
<header class="site"><a href="${p.base}index.html">Cited Figures</a> <span>every number links to the sentence it comes from</span></header>
<main>
<article data-share="${p.kind}" data-id="${p.id}">
<h1>${p.headline}</h1>
<p class="description">${p.description}</p>
<figure class="chart-image"><img src="${image}" alt="${p.alt}" width="800"></figure>
${p.note ? markup`<p class="note">${p.note}</p>` : ''}
<section class="quotes" aria-labelledby="quotes-h">
<h2 id="quotes-h">${p.figures.length > 1 ? 'The sentences behind it' : 'The sentence behind it'}</h2>
${sentences.map((s) => markup`<figure class="quote"><blockquote cite="${p.source.url}"><p>${sentenceHtml(s)}</p></blockquote><figcaption>— ${s.speaker}</figcaption></figure>\n`)}
<p class="source">Source: ${p.source.publisher}, <cite>${p.source.title}</cite>, ${formatDate(p.source.date)}. <a href="${original}" rel="noopener noreferrer">Read it in the original ↗</a></p>
</section>
${claimRecordHtml(p.claims)}<p class="actions"><a class="primary" href="${p.base}${p.dashboardPath}">Open in dashboard</a>
<span class="downloads">Download: ${p.downloads.map((d, i) => markup`${i ? ' · ' : ''}<a href="${p.base}${d.file}" download="${d.file.slice('charts/'.length)}">${d.label}</a>`)}</span></p>
<details class="interactive">
<summary>Interactive chart: select a bar to read its sentence</summary>
<iframe src="${p.base}${p.embedPath}" title="${`Interactive chart: ${p.headline}`}" width="100%" height="${Math.round(p.embedHeight)}" data-cited-figures></iframe>
</details>
</article>
</main>
<script src="${p.base}embed-resize.js" async></script>
</body>
</html>
`;
  return String(page);
}
