// Held sentences of the dateline class (extract.ts, datelineIn): a date in brackets inside a running
// clause near the top ("NNR awarded (October 2029) the construction") is when that act happened,
// not the document's date. Written in voices other than the audit report it was found in: an
// ombudsman's report, an inspectorate's note, a regulator's decision, a ministry's reply.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';

const read = (text: string) =>
  extractCandidates(text, 'doc', {
    source: {
      date: '2032-07',
      publisher: 'Arland Office',
      title: 'Report',
      url: 'https://example.org/report',
    },
  }).map((c) => `${c.value} ${c.status}`);

const ESTIMATE =
  'Early estimates for 2031 point to farm growth having picked up to about 2.4% in 2031.';

describe('status: a date in brackets inside a running clause dates no document', () => {
  it('"awarded (October 2029) the contract", "replied (14 May 2027) that" leave the record to date the text; a bracketed date ending a title line or after a place keeps the old reading', () => {
    for (const [text, want] of [
      [
        `Complaint 41/2031\n\nThe council decided (March 2027) to close the depot. ${ESTIMATE}`,
        ['2.4 actual'],
      ],
      [
        `Inspection note\n\nThe inspectorate found (June 2028) that the registers were incomplete. ${ESTIMATE}`,
        ['2.4 actual'],
      ],
      [
        `Decision summary\n\nThe regulator fined (14 May 2027) the operator for late filings. ${ESTIMATE}`,
        ['2.4 actual'],
      ],
      [
        `Reply to the audit\n\nThe ministry replied (September 2, 2027) that work had resumed. ${ESTIMATE}`,
        ['2.4 actual'],
      ],
      // Near-misses: a bracketed date that ends a title line, or follows a place, dates the text.
      [`Farm accounts (March 2027)\n\n${ESTIMATE}`, ['2.4 expected']],
      [`Harbourtown (14 March 2027)\n\n${ESTIMATE}`, ['2.4 expected']],
      [`Farm accounts\nissued (March 2027)\n\n${ESTIMATE}`, ['2.4 expected']],
    ] as const) {
      expect(read(text), text).toEqual(want);
    }
  });
});
