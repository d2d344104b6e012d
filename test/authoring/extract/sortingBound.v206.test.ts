// Held sentences of the v206 class (test/fixtures/prose/README.md, "The calls": a bound that sorts
// members or items, here the items a rule speaks of): a threshold in the subject of a rule, the
// works, variations, assessments or properties it applies to ("Works estimated to cost more than
// ₹ 50 crore require the concurrence of the Expenditure Finance Committee", "Variations to scope or
// budget that exceed $250,000 or 5 per cent of the approved cost require the Authority's written
// approval", "Any further variation beyond 15% of the original contract sum should be approved",
// "Properties valued at R300 000 or less pay no rates", ho273 and ho277). Written in voices other
// than the hospital grant deeds and rates notices it was seen in: a port authority's tariff, a
// broadcaster's licence rules, a farm payment scheme, a water utility, a university's procurement
// rules and a transport ministry. Near-misses keep their reading: the same bound told of a work
// done, a variation made, a value found and a project's cost. Before v206 the extractor kept a
// figure in 10 of the 11 held sentences.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';

const SOURCE = {
  source: {
    date: '2034-05-14',
    publisher: 'Harlow Office',
    title: 'Notice',
    url: 'https://example.org/notice',
  },
};

/** Each figure's stated words, in the order found. */
const stated = (text: string) => extractCandidates(text, 'doc', SOURCE).map((c) => c.stated.text);

describe('v206: a bound that sorts the items a rule speaks of is no figure', () => {
  it.each([
    // A port authority's capital rules: the approval a work's cost calls for.
    'Dredging works estimated to cost more than ₹ 50 crore require the concurrence of the Ports Board.',
    'Berth projects estimated to cost more than £20 million require the consent of the Harbour Trust.',
    // A broadcaster's licence rules: variations and their "or" arm.
    "Changes to the programme budget that exceed €250,000 or 5 per cent of the licence fee require the Regulator's written approval.",
    'Any further overrun beyond 15% of the approved budget should be referred to the Licensing Committee.',
    'Any variation beyond 10 per cent of the grant must be reported to the Board.',
    // A farm payment scheme: a claim too small to pay.
    'Any claim lodged under the scheme that would yield less than €100 in payments for 2034 shall not be paid.',
    // A water utility: connections and properties exempt below a value.
    'Properties valued at R250 000 or less pay no water levy at all.',
    'Holdings valued at €90 000 or less pay no drainage charge.',
    // A university's procurement rules: each contract past a bound.
    'The bursar should publish the tender report of each building contract over $5 million to the Council every year.',
    'The Ministry will report the progress of every road scheme over €40 million to Parliament.',
    // A transport ministry's fare relief, with a bracketed alternative.
    'Students whose household income is below £20,000 (single parent) or £28,000 (two parents) may apply for a free pass.',
  ])('%s', (text) => {
    expect(stated(text)).toEqual([]);
  });

  it.each([
    // Near-misses: a work done, a variation made, a value found, a cost spent, a level reported.
    ['Dredging works cost more than ₹ 50 crore in 2033.', ['₹ 50 crore']],
    ['The variation exceeded €250,000 in March.', ['€250,000']],
    ['Properties in the ward were valued at R250 000 on average.', ['R250 000']],
    ['The building contract cost over $5 million.', ['$5 million']],
    ['Household income was £20,000 (single parent) in 2033.', ['£20,000']],
    ['Every road scheme cost more than €40 million in 2033.', ['€40 million']],
  ])('%s keeps its figure', (text, want) => {
    expect(stated(text)).toEqual(want);
  });
});
