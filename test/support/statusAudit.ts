// The harness the status paraphrase audits share (test/authoring/extract/statusParaphrase*.test.ts):
// each row is a sentence, the number's own text in it and the reading wanted, read through the
// whole extractor, dated 2 April 2031; a row the extractor still misreads is kept as `open` with
// its reason and asserted to fail, so that a rule that mends it shows there.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../src/authoring/extract.ts';

/** The dated source every audit sentence is read under (2 April 2031). */
export const AUDIT_SOURCE = {
  source: {
    date: '2031-04-02',
    publisher: 'Arland Statistics Office',
    title: 'Bulletin',
    url: 'https://example.org/bulletin',
  },
};

/** A status, or no figure at all: a number under a supposition is none (README, traps). */
export type Reading = 'actual' | 'expected' | 'no figure proposed';
/** A sentence (or two), the number's own text in it, and the reading wanted. */
export type Row = readonly [sentence: string, number: string, reading: Reading];
/** A row the extractor still misreads, with the reason. */
export type Open = readonly [sentence: string, number: string, reading: Reading, why: string];
/** One class of construction: the README's call in general terms, its rows and its open rows. */
export interface AuditClass {
  call: string;
  rows: readonly Row[];
  open?: readonly Open[];
}

/** The kind and status of the figure whose stated words overlap `number` in a body under the
 *  title line "Annual report", or why there is none (the v116 and v121 audits). */
export function kindAndStatusOf(body: string, number: string): string {
  const text = `Annual report\n\n${body}`;
  const at = text.indexOf(number);
  if (at < 0) throw new Error(`"${number}" is not in "${body}": fix the row`);
  // The rows are in the Basic Multilingual Plane: code points and UTF-16 offsets agree.
  const found = extractCandidates(text, 'doc', {
    source: { date: '2031-04-02', publisher: 'Arland Office', url: 'https://example.org/doc' },
  }).find((c) => c.stated.start < at + number.length && c.stated.end > at);
  return found ? `${found.kind} ${found.status}` : 'no figure proposed';
}

/** The status of the figure whose stated words overlap `number`, or why there is none. */
export function readingOf(sentence: string, number: string): string {
  const at = sentence.indexOf(number);
  if (at < 0) throw new Error(`"${number}" is not in "${sentence}": fix the row`);
  // The sentences are in the Basic Multilingual Plane: code points and UTF-16 offsets agree.
  const found = extractCandidates(sentence, 'doc', AUDIT_SOURCE).find(
    (c) => c.stated.start < at + number.length && c.stated.end > at,
  );
  return found?.status ?? 'no figure proposed';
}

/** One `describe` per class: its rows must read as wanted, its open rows must still fail. */
export function describeClasses(audit: Record<string, AuditClass>): void {
  for (const [name, { call, rows, open = [] }] of Object.entries(audit)) {
    describe(`${name}: ${call}`, () => {
      it.each(rows)('%s (%s) is %s', (sentence, number, reading) => {
        expect(readingOf(sentence, number)).toBe(reading);
      });
      for (const [sentence, number, reading, why] of open) {
        it.fails(`still misread, ${why}: ${sentence} (${number}) is ${reading}`, () => {
          expect(readingOf(sentence, number)).toBe(reading);
        });
      }
    });
  }
}
