// The caption that travels with a chart as HTML: each quoted sentence once with its stated words
// in <mark>, the speaker and the source line. Used by embed fallbacks and share pages. Pure strings.

import type { Figure, Source } from '../model/figure.ts';
import { quotedSentences, type QuotedSentence } from '../model/quoteParts.ts';
import { sourceLine } from './caption.ts';
import { markup, type SafeHtml } from './html.ts';

/**
 * @example String(sentenceHtml(quotedSentences([exports])[0]))
 * // "“Japan's exports to Russia in 2001 <mark>increased 40%</mark> over …”"
 */
export function sentenceHtml(sentence: QuotedSentence): SafeHtml {
  const runs = sentence.parts.map((p) => (p.figureId ? markup`<mark>${p.text}</mark>` : p.text));
  return markup`“${runs}”`;
}

/**
 * One paragraph per sentence ("“…” — speaker"), then the source line.
 * @example String(captionHtml([exports, fdi], source)).match(/<mark>/g).length // 2
 */
export function captionHtml(figures: readonly Figure[], source: Source): SafeHtml {
  const sentences = quotedSentences(figures).map(
    (s) => markup`<p>${sentenceHtml(s)} — ${s.speaker}</p>`,
  );
  return markup`${sentences}\n<p>${sourceLine(source)}. <a href="${source.url}">${source.url}</a></p>`;
}
