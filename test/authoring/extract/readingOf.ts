// The shared readers of the held-sentence case tables (kindSignUnit.v128/v156/v160,
// amountRanges.v118, statusParaphrase.v104/v114): each row is read through the whole extractor,
// and the figures whose stated words overlap the row's number are what the row asserts on.

import { type Candidate, extractCandidates } from '../../../src/authoring/extract.ts';
import type { SourceMeta } from '../../../src/model/numberVocabulary.ts';

/** A case-table row: the sentence, the number's own words, and "kind value unit" wanted. */
export type Row = readonly [text: string, number: string, want: string];

/** The record a row is read under, unless the table gives its own. */
export type Source = SourceMeta;

export const NEUTRAL: Source = {
  date: '2031-04-02',
  publisher: 'Arland Office',
  url: 'https://example.org/doc',
};

/** The figures extracted from `text` whose stated words (code points) overlap the first `number`
 *  in it. */
export function figuresAt(text: string, number: string, source: Source = NEUTRAL): Candidate[] {
  const from = text.indexOf(number);
  if (from < 0) throw new Error(`"${number}" is not in "${text}": fix the row`);
  const at = [...text.slice(0, from)].length;
  const end = at + [...number].length;
  return extractCandidates(text, 'doc', { source }).filter(
    (f) => f.stated.start < end && f.stated.end > at,
  );
}

/** "kind value unit" of a figure, its range written as JSON. */
export const kindValueUnit = (c: Candidate): string =>
  `${c.kind} ${c.value ?? JSON.stringify(c.range)} ${c.unit}`;

/** The kind, value and unit of the figure overlapping `number` under a one-line notice heading. */
export function readingOf(text: string, number: string): string {
  const c = figuresAt(`Arland Office\nNotice of 2 April 2033\n\n${text}`, number, {
    ...NEUTRAL,
    date: '2033-04-02',
  })[0];
  return c ? kindValueUnit(c) : 'none';
}

/** Each figure's stated words under `source`, in the order found. */
export const statedIn = (text: string, source: Source = NEUTRAL): string[] =>
  extractCandidates(text, 'doc', { source }).map((c) => c.stated.text);

/** Each figure's stated words, kind, value (its unit after it unless percent) and status under
 *  `source`, in the order found. */
export const readingsIn = (
  text: string,
  source: Source = NEUTRAL,
): (string | number | undefined)[][] =>
  extractCandidates(text, 'doc', { source }).map((c) => [
    c.stated.text,
    c.kind,
    c.unit === 'percent' ? c.value : `${c.value} ${c.unit}`,
    c.status,
  ]);

/** A finance ministry's monthly review, the record the formula and rule tests read under. */
export const ORLAN_REVIEW: Source = {
  date: '2034-05-02',
  publisher: 'Orlan Ministry of Finance',
  title: 'Monthly review',
  url: 'https://example.org/review',
};

/** A public office's annual report. */
export const HARROW_REPORT: Source = {
  date: '2034-06-12',
  publisher: 'Harrow Public Office',
  title: 'Annual report',
  url: 'https://example.org/annual',
};

/** A notice titled `title`, published by the Arland Office on 14 November 2034 unless `over`
 *  says otherwise. */
export const notice = (title: string, over: Partial<Source> = {}): Source => ({
  date: '2034-11-14',
  publisher: 'Arland Office',
  title,
  url: 'https://example.org/notice',
  ...over,
});

/** Each figure's stated words and status ("$4.80 actual") under `source`, in the order found. */
export const statusesIn = (text: string, source: Source = NEUTRAL): string[] =>
  extractCandidates(text, 'doc', { source }).map((c) => `${c.stated.text} ${c.status}`);

/** The status of the first figure read from `text` under `source` whose stated words hold
 *  `number`; 'none' when no figure does. */
export function statusOf(text: string, number: string, source: Source = NEUTRAL): string {
  return (
    extractCandidates(text, 'doc', { source }).find((c) => c.stated.text.includes(number))
      ?.status ?? 'none'
  );
}

/** The status of the `nth` figure (from 0) read from `text` under `source` whose stated words are
 *  exactly `number`; 'none' when there is no such figure. */
export function nthStatusOf(text: string, number: string, source: Source, nth = 0): string {
  return (
    extractCandidates(text, 'doc', { source }).filter((c) => c.stated.text === number)[nth]
      ?.status ?? 'none'
  );
}

/** "kind value unit status" of the first figure over `number` in `text` under `source`, or
 *  "none" (the held tables of v267 and v273). */
export function fullReading(text: string, number: string, source: Source): string {
  const c = figuresAt(text, number, source)[0];
  return c ? `${c.kind} ${c.value} ${c.unit} ${c.status}` : 'none';
}
