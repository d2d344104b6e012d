// The shared reader of the kind-sign-unit case tables (kindSignUnit.v156, kindSignUnit.v160):
// each row is read through the whole extractor, under a one-line notice heading.

import { extractCandidates } from '../../../src/authoring/extract.ts';

/** A case-table row: the sentence, the number's own words, and "kind value unit" wanted. */
export type Row = readonly [text: string, number: string, want: string];

const SOURCE = { date: '2033-04-02', publisher: 'Arland Office', url: 'https://example.org/doc' };

/** The kind, value and unit of the figure whose stated words overlap `number`, or "none". */
export function readingOf(text: string, number: string): string {
  const body = `Arland Office\nNotice of 2 April 2033\n\n${text}`;
  const at = body.indexOf(number);
  if (at < 0) throw new Error(`"${number}" is not in "${text}": fix the row`);
  // The rows are in the Basic Multilingual Plane: code points and UTF-16 offsets agree.
  const c = extractCandidates(body, 'doc', { source: SOURCE }).find(
    (f) => f.stated.start < at + number.length && f.stated.end > at,
  );
  return c ? `${c.kind} ${c.value ?? JSON.stringify(c.range)} ${c.unit}` : 'none';
}
