// Held sentences of a business case's own estimates (v203): a business case (strategic outline,
// outline or full) seeks approval of a scheme and of the money it costs, so its cost estimate,
// contingency, optimism bias and funding lines are expected until the body decides; an outturn it
// tells in the past and the rate a tax or a dividend in force is charged at keep their reading.
// Voices: a council's full business case for a bridge, a university's strategic outline case, a
// water utility's business case, a police authority's outline business case (the hospital trust's
// OBC of ho273 is the voice the class was found in). Last, in an audit office's voice: what a thing
// was estimated, when planned, to cost ("was first estimated in 2019 to cost") is expected.

import { describe, expect, it } from 'vitest';
import { proposalDocument } from '../../../src/authoring/extract/proposalStage.ts';
import { figuresAt } from './readingOf.ts';

/** The status of the figure overlapping `number` in `text`. */
const statusOf = (text: string, number: string): string =>
  figuresAt(text, number, {
    date: '2034-09-30',
    publisher: 'Arland Office',
    url: 'https://example.org/doc',
  })[0]?.status ?? 'none';

const BRIDGE =
  'Harbourside City Council\nFull Business Case: Harbour Bridge Renewal\nReport to Cabinet, September 2034\n\n';
const LIBRARY = 'University of Calder\nStrategic Outline Case: New Science Library\n\n';
const RESERVOIR = 'Eastvale Water\nBusiness case: Eastern Reservoir Augmentation\n\n';
const CUSTODY = 'Northmoor Police and Crime Commissioner\nOutline Business Case: Custody Suite\n\n';

describe('a business case is a proposal document', () => {
  it.each([
    { title: 'Harbourside City Council', top: BRIDGE },
    { title: 'University of Calder', top: LIBRARY },
    { title: 'Eastvale Water', top: RESERVOIR },
    { title: 'Northmoor Police and Crime Commissioner', top: CUSTODY },
  ])('reads %j as a proposal', (doc) => expect(proposalDocument(doc)).toBe(true));

  it.each([
    // an annual report that mentions a business case in a sentence of its opening
    { title: 'Annual Report 2033', top: 'The Trust submitted its business case in May 2033.' },
    // an approved business case named in the title is a decision
    { title: 'Approved Full Business Case: Harbour Bridge Renewal', top: '' },
  ])('reads %j as no proposal', (doc) => expect(proposalDocument(doc)).toBe(false));
});

describe("a business case's own estimates are expected", () => {
  it.each([
    [`${BRIDGE}The preferred option has a whole-life cost of $412.6 million.`, '$412.6 million'],
    [
      `${BRIDGE}A contingency of 9.5 per cent of construction costs is included in the budget.`,
      '9.5 per cent',
    ],
    [`${LIBRARY}The library has an estimated capital cost of £86.2 million.`, '£86.2 million'],
    [`${LIBRARY}Optimism bias adds 18 per cent to the base cost.`, '18 per cent'],
    [
      `${RESERVOIR}The scheme costs NZ$96.4 million, of which the Council funds half.`,
      'NZ$96.4 million',
    ],
    [
      `${CUSTODY}The suite is to be funded by £31.0 million of capital receipts from the sale of two stations.`,
      '£31.0 million',
    ],
    [`${CUSTODY}Running costs fall by £1.2 million a year once the suite opens.`, '£1.2 million'],
  ])('%j: %s expected', (text, number) => expect(statusOf(text, number)).toBe('expected'));
});

describe('near-misses keep their reading', () => {
  it.each([
    // an outturn told in the past
    [`${BRIDGE}Maintenance of the old bridge cost $3.8 million in 2033.`, '$3.8 million'],
    // the rate a tax in force is charged at
    [`${LIBRARY}VAT is charged at 20 per cent on the works.`, '20 per cent'],
    // a dividend in force, as a participle
    [
      `${CUSTODY}The capital charge, levied at 3.5 per cent of net assets, adds to running costs.`,
      '3.5 per cent',
    ],
    // a body's past act on the sum
    [
      `${RESERVOIR}The regulator allowed NZ$12.0 million for the scheme in 2031.`,
      'NZ$12.0 million',
    ],
  ])('%j: %s actual', (text, number) => expect(statusOf(text, number)).toBe('actual'));

  it.each([
    // a rate put ahead with a modal stays expected in the proposal
    [`${BRIDGE}Tolls will be charged at $4.50 for each car crossing.`, '$4.50'],
  ])('%j: %s expected', (text, number) => expect(statusOf(text, number)).toBe('expected'));
});

const AUDIT = 'Office of the Auditor General\nReport on the Harbour Tunnel\n\n';

describe('what a thing was estimated, when planned, to cost is expected', () => {
  it.each([
    [`${AUDIT}The tunnel was first estimated in 2019 to cost $1.1 billion.`, '$1.1 billion'],
    [`${AUDIT}The stadium roof was originally projected to cost about €85 million.`, '€85 million'],
    [`${AUDIT}The two ferries were initially budgeted to cost NZ$310 million.`, 'NZ$310 million'],
  ])('%j: %s expected', (text, number) => expect(statusOf(text, number)).toBe('expected'));

  it.each([
    // the cost a finished thing came to
    [`${AUDIT}The tunnel was completed in 2030 at a cost of $1.6 billion.`, '$1.6 billion'],
    // what it cost, told in the past
    [`${AUDIT}The ferries cost NZ$402 million in the end.`, 'NZ$402 million'],
  ])('%j: %s actual', (text, number) => expect(statusOf(text, number)).toBe('actual'));
});
