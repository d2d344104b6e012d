// Tests for src/authoring/extract/requirement.ts: a sum named as what is still required, by a label,
// a present verb, its noun's complement, a participle of requiring or a revision of the request, in
// the voices of appeals, ministries, utilities, companies and central banks; and the near-misses
// (a past verb, a rule's requirement, money received) that keep their reading.

import { describe, expect, it } from 'vitest';
import { requirementSum } from '../../../src/authoring/extract/requirement.ts';

/** Splits a sentence at the number marked "[[…]]" into the reader's view. */
function view(marked: string) {
  const open = marked.indexOf('[[');
  const close = marked.indexOf(']]');
  return {
    before: marked.slice(0, open),
    stated: marked.slice(open + 2, close),
    after: marked.slice(close + 2),
  };
}

describe('requirementSum', () => {
  it.each([
    // a label line whose name is the requirement
    'Requirements: [[US$2.31 billion]]',
    'Total requirement: [[CHF 4.6 million]]',
    'Revised requirements: [[US$412.5 million]]',
    'Funding required (2027): [[R 340 million]]',
    // the requirement as the subject of a present verb of level
    'The unfunded requirement now stands at [[€38 million]].',
    'Reconstruction needs in the housing sector come to [[₱48 billion]].',
    "The municipality's borrowing requirement for 2027 amounts to [[R2.4 billion]].",
    "The central bank estimates that the programme's external financing gap is [[US$3.2 billion]].",
    'Total needs for the three-year plan are put at [[KES 14 billion]].',
    'The requirement is [[11 per cent lower]] than in 2025.',
    'The Federation-wide funding requirement, which brings together the appeal and bilateral support, [[rises by 40 per cent]], to CHF 18 million.',
    'The Federation-wide funding requirement, which brings together the appeal and bilateral support, rises by 40 per cent, to [[CHF 18 million]].',
    // the requirement named by its noun before "of"
    'Partners have pledged US$340 million, leaving a financing gap of about [[US$520 million]].',
    'After the Treasury contribution, a financing gap of about [[$1.1 billion]] remains for the metro.',
    'The capital plan leaves a funding shortfall of [[$120 million]] over the next two years.',
    // a sum the participle of requiring follows, after "of the"
    'Of the [[£60 million]] needed to restore the viaduct, the trust has raised £22 million.',
    'The fund has so far received 40 per cent of the [[US$900 million]] required for the response.',
    // a request a revision moves, in the present
    'This revision increases the appeal from [[CHF 7.2 million]] to CHF 11.5 million.',
    'This revision increases the appeal from CHF 7.2 million to [[CHF 11.5 million]].',
    'The update raises the capital expenditure budget from $1.2 billion to [[$1.4 billion]].',
  ])('reads a sum still required: %s', (marked) => {
    expect(requirementSum(view(marked))).toBe(true);
  });

  it.each([
    // a past verb: the requirement was, an outturn
    'The funding gap stood at [[US$1.2 billion]] at the end of the year.',
    'Requirements came to [[US$3.9 billion]], of which 41 per cent was funded.',
    'Donors closed a funding gap of [[US$40 million]] in March.',
    'The board increased the appeal from CHF 7.2 million to [[CHF 11.5 million]].',
    // a rule's requirement, or a level of the banking system
    'The minimum capital requirement is [[€5 million]] for payment institutions.',
    'Liquidity needs of the banking system stand at [[€1.4 trillion]].',
    // money received, and a sum raised that a participle of need describes
    'Funding received against requirements: [[US$824 million]]',
    'By June, partners had received [[US$824 million]] of the US$2.31 billion required.',
    'The council raised the [[£5 million]] needed for the repairs.',
    // "needs" as a verb, and a cost with no noun of requirement
    'The ministry needs parliament to approve [[€2 billion]] more.',
    'The programme is [[US$3 million]] short of its target.',
    // a bare shortfall or gap is a deficit, a level; a past verb before a financing gap
    'In the same quarter the external account showed a shortfall of [[$431.6 billion]].',
    'That leaves us with a shortfall of [[$9 billion]].',
    'The pledges left a financing gap of [[US$60 million]].',
  ])('keeps its reading: %s', (marked) => {
    expect(requirementSum(view(marked))).toBe(false);
  });
});
