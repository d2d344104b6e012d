// Tests for src/authoring/extract/documentDecides.ts: whether a document, by its title, its opening
// and its words of making, makes or decides the levels it states, as each reader reads it today.

import { describe, expect, it } from 'vitest';
import {
  decisionDocument,
  levelsDecided,
  madeInstrument,
  orderMade,
  signedAgreement,
  titleAndTop,
} from '../../../src/authoring/extract/documentDecides.ts';

describe('titleAndTop', () => {
  it.each([
    {
      doc: { title: 'Port dues 2035', top: 'The Board approved.' },
      expected: 'Port dues 2035\nThe Board approved.',
    },
    { doc: { title: '', top: '' }, expected: '\n' },
    { doc: undefined, expected: '\n' },
  ])('$expected', ({ doc, expected }) => {
    expect(titleAndTop(doc)).toBe(expected);
  });
});

describe('madeInstrument', () => {
  it.each([
    { text: 'ACT No. 14\n[Assented to 15th July, 2033]\n1. The fee shall be $4.', expected: true },
    {
      text: 'The Minister makes the following Regulations-\n1. …\nMade on the 25th July, 2033.',
      expected: true,
    },
    { text: 'A BILL for an Act to establish a Fund\n[Assented to …]', expected: false },
    { text: 'Recent presidential decrees:\n- one', expected: false },
    { text: 'The Ministry proposes that the fee shall be $4.', expected: false },
  ])('$text → $expected', ({ text, expected }) => {
    expect(madeInstrument(text)).toBe(expected);
  });
});

describe('orderMade', () => {
  it.each([
    { text: 'DEPARTMENT ORDER No. 2036-04\n\nThe fee shall be US$75.', expected: true },
    { text: 'Adopted by Council on 26 June 2034\n\n(a) surcharge: $606.00', expected: true },
    { text: '7. ORDER: The Defendants shall pay costs of ₹75,000.', expected: true },
    // A made instrument is a made order too.
    { text: 'ACT No. 14\n[Assented to 15th July, 2033]\n1. The fee shall be $4.', expected: true },
    { text: 'PUBLIC NOTICE No. 7\n\nProposed charges: the fee shall be US$75.', expected: false },
    { text: 'The fee is US$75.', expected: false },
  ])('$text → $expected', ({ text, expected }) => {
    expect(orderMade(text)).toBe(expected);
  });
});

describe('levelsDecided', () => {
  it.each([
    {
      text: 'Duty rates\n\nThe Duty Order 2034, made by the Minister on 2 May 2034, sets the duty.',
      expected: true,
    },
    { text: 'Duty rates\n\nThe draft Duty Order 2034 is laid for approval.', expected: false },
  ])('$text → $expected', ({ text, expected }) => {
    expect(levelsDecided(text, { title: 'Duty rates', top: '' })).toBe(expected);
  });
});

describe('decisionDocument', () => {
  it.each([
    { title: 'Port dues 2035', top: 'The Board has approved new port dues.', expected: true },
    {
      title: 'Schedule of fees 2035',
      top: 'Approved by the Board of Trustees on 12 March 2035',
      expected: true,
    },
    { title: 'Port dues 2035', top: 'The Board proposes new port dues.', expected: false },
    {
      title: 'Draft schedule of fees',
      top: 'The Board has approved new port dues.',
      expected: false,
    },
    {
      title: 'Interim report',
      top: 'Revenue grew. The tariff increase the Board approved last year took effect in May.',
      expected: false,
    },
  ])('$title / $top → $expected', ({ title, top, expected }) => {
    expect(decisionDocument({ title, top })).toBe(expected);
  });
});

describe('signedAgreement', () => {
  it.each([
    { title: 'EU and São Baltasar sign new fisheries protocol', top: '', expected: true },
    {
      title: 'Update',
      top: 'The two governments today signed a five-year agreement.',
      expected: true,
    },
    { title: 'EU and São Baltasar to sign new fisheries protocol', top: '', expected: false },
    { title: 'Update', top: 'The parties will sign the contract in May.', expected: false },
  ])('$title / $top → $expected', ({ title, top, expected }) => {
    expect(signedAgreement({ title, top })).toBe(expected);
  });
});
