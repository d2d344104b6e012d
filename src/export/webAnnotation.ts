// A figure as a W3C Web Annotation (https://www.w3.org/TR/annotation-model/): a TextualBody that
// states the figure in words, targeting the published source text with a TextQuoteSelector and a
// TextPositionSelector (code points), and the original page with the quote selector only; plus
// the AnnotationCollection of all of them. Pure: ids and URLs come from the caller.

import type { Figure, QuoteSelector, Source } from '../model/figure.ts';
import { formatFigureValue } from '../model/format.ts';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const GENERATOR = { type: 'Software', name: 'Cited Figures' };

export interface AnnotationInput {
  figure: Figure;
  source: Source;
  /** The annotation's IRI: an absolute URL under CITED_SITE_URL, or a urn:uuid without one. */
  id: string;
  /** IRI of the published source text (data/sources/<id>.txt). */
  sourceTextIri: string;
  /** ISO 8601 date-time the annotation was made. */
  created: string;
}

/** The two W3C selectors a quote carries, typed. @example quoteSelectors(q)[0].type // 'TextQuoteSelector' */
export function quoteSelectors(q: QuoteSelector) {
  return [
    { type: 'TextQuoteSelector' as const, exact: q.exact, prefix: q.prefix, suffix: q.suffix },
    { type: 'TextPositionSelector' as const, start: q.start, end: q.end },
  ] as const;
}

/** The figure in one sentence: label, value in words, unit and kind.
 * @example figureStatement(exports) // "Japan's exports to Russia: +40 % (change, unit percent, actual, 2001 vs 2000), as stated: \"increased 40%\"." */
export function figureStatement(f: Figure): string {
  const when = f.period
    ? `, ${f.period}${f.basePeriod ? ` vs ${f.basePeriod}` : ''}`
    : f.asOf
      ? `, as of ${f.asOf}`
      : '';
  return (
    `${f.label}: ${formatFigureValue(f).replace(/\u202f/g, ' ')} ` +
    `(${f.kind}, value ${f.value}, unit ${f.unit}, ${f.status}${when}), as stated: "${f.stated.text}".`
  );
}

/**
 * @example webAnnotation({ figure, source, id: 'https://x.test/data/annotations/a.jsonld', sourceTextIri: 'https://x.test/data/sources/s.txt', created: '2026-11-30T00:00:00Z' }).type // 'Annotation'
 */
export function webAnnotation({ figure, source, id, sourceTextIri, created }: AnnotationInput) {
  const [quote, position] = quoteSelectors(figure.quote);
  const text = {
    type: 'SpecificResource' as const,
    source: {
      id: sourceTextIri,
      type: 'Text' as const,
      format: 'text/plain',
      language: source.language,
    },
    selector: [quote, position] as [typeof quote, typeof position],
  };
  const original = {
    type: 'SpecificResource' as const,
    source: {
      id: source.url,
      type: 'Text' as const,
      format: 'text/html',
      language: source.language,
    },
    selector: quote,
  };
  return {
    '@context': ANNO_CONTEXT,
    id,
    type: 'Annotation' as const,
    motivation: 'describing' as const,
    created,
    generator: GENERATOR,
    body: {
      type: 'TextualBody' as const,
      value: figureStatement(figure),
      format: 'text/plain',
      language: 'en',
      purpose: 'describing' as const,
    },
    target: [text, original] as [typeof text, typeof original],
  };
}

export type WebAnnotation = ReturnType<typeof webAnnotation>;

/**
 * An AnnotationCollection whose first (and only) AnnotationPage lists every annotation. `total`
 * is for a build that writes the items itself, one at a time (build/publish.ts).
 * @example annotationCollection('https://x.test/data/annotations.jsonld', [a, b]).total // 2
 */
export function annotationCollection(
  id: string,
  label: string,
  items: WebAnnotation[],
  total = items.length,
) {
  return {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection' as const,
    label,
    total,
    first: {
      id: `${id}#page-1`,
      type: 'AnnotationPage' as const,
      startIndex: 0,
      items: items.map(({ '@context': _context, ...rest }) => rest),
    },
  };
}
