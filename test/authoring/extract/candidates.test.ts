// Tests for src/authoring/extract/candidates.ts: how a matched figure becomes a candidate (here, the
// status a reminder to the reader leaves alone). Every sentence is our own.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';

describe('a reminder to the reader is no hedge', () => {
  it.each([
    'You may recall that in the same quarter of 2030 our trade balance stood at a deficit of $431.6 billion.',
    'We may note that the levy raised $1.2 billion in 2030.',
    'As delegates may remember, the fund disbursed $640 million in 2029.',
    'Colleagues may well recall that arrears reached 7.5 percent of loans in 2029.',
  ])('%s is actual', (sentence) => {
    expect(extractCandidates(sentence, 'doc').map((c) => c.status)).toEqual(['actual']);
  });

  it('a "may" that hedges the figure itself still makes it expected', () => {
    const found = extractCandidates(
      'Exports may reach $4.1 billion in 2032, you may recall.',
      'doc',
    );
    expect(found.map((c) => c.status)).toEqual(['expected']);
  });
});
