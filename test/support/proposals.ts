// The stated words of the extractor's proposals that hold a given number: what the trap audits
// (test/authoring/extract/trapAudit.*.test.ts) assert on, one reader for all of them.

import { extractCandidates } from '../../src/authoring/extract.ts';

type Options = Parameters<typeof extractCandidates>[2];

/** The stated words of the proposals for `text` that hold `num`. */
export function proposalsHolding(text: string, num: string, options: Options): string[] {
  return extractCandidates(text, 'doc', options)
    .map((c) => c.stated.text)
    .filter((t) => t.includes(num));
}
