// Tests for src/authoring/extract/measure.ts: the measure table gives change or share, nearest
// first; and through the extractor, a number whose clause names no measure takes the measure it
// points back to (a pronoun, a fronted phrase, a generic forecast subject), with share traps beside.

import { describe, expect, it } from 'vitest';
import { measureKind } from '../../../src/authoring/extract/measure.ts';
import { extractCandidates } from '../../../src/authoring/extract.ts';

describe('measureKind', () => {
  it.each([
    {
      text: 'Harbour output is seen climbing at 0.7% in 2033, and this may rise to ',
      kind: 'change',
    },
    { text: 'Prices will cool, while the jobless rate moves to ', kind: 'share' },
    { text: 'The public debt of Valmora went to ', kind: 'share' },
    { text: 'The levy raised ', kind: undefined },
  ])('$text → $kind', ({ text, kind }) => {
    expect(measureKind(text)).toBe(kind);
  });

  it('reads the first measure when asked', () => {
    expect(measureKind(' inflation slowed while the policy rate held', 'first')).toBe('change');
  });
});

describe('a number with no cue of its own takes its measure', () => {
  it('a pronoun after a growth clause is growth; the jobless rate beside it stays a share', () => {
    const found = extractCandidates(
      'Dated 3 March 2033. Harbour output is seen climbing at a slow pace of 0.7% in 2033, but this may rise to 1.6% in 2034. The jobless rate should stand at 6.2% in 2034.',
      'doc',
    );
    expect(found.map((c) => c.kind)).toEqual([expect.any(String), 'change', 'share']);
  });

  it('a fronted peak takes the subject after its comma; a share of output stays a share', () => {
    const found = extractCandidates(
      'Following a record high of 9.4% in 2030, price growth in Valmora slid to 3.2% in 2031. Public debt reached 71% of GDP.',
      'doc',
    );
    expect(found.map((c) => c.kind)).toEqual(['change', 'change', 'share']);
  });

  it('a generic forecast subject takes the measure named in the sentence before', () => {
    const found = extractCandidates(
      'Our view of inflation barely moved since the spring. The revised forecast stands at 0.8% for 2034. Exports took a 41% share of output.',
      'doc',
    );
    expect(found.map((c) => c.kind)).toEqual(['change', 'share']);
  });
});

describe('bracketed readings and sign nouns', () => {
  it('a bracket after a name reads the measure named before it; one after an amount stays a share', () => {
    const found = extractCandidates(
      'Valmora’s output in 2031 outpaced the output of neighbours such as Tarn (2.4%) and Oskel (1.1%). Health took 3.2 billion crowns (11.5 percent).',
      'doc',
    );
    expect(found.filter((c) => c.unit === 'percent').map((c) => c.kind)).toEqual([
      'change',
      'change',
      'share',
    ]);
  });

  it('a plus or a minus of a number is a change with its sign', () => {
    const found = extractCandidates(
      'Bookings from the south posted a plus of 7 percent, while home bookings showed a minus of 3 percent.',
      'doc',
    );
    expect(found.map((c) => [c.kind, c.value])).toEqual([
      ['change', 7],
      ['change', -3],
    ]);
  });
});

describe('a measure as the subject of its clause', () => {
  it('gives its kind to a level its verb takes; a share named in the clause keeps it a share', () => {
    const found = extractCandidates(
      'Farm output is expected to climb in 2035 to 1.7%. Exports of ore accounted for 38% in 2034.',
      'doc',
    );
    expect(found.map((c) => c.kind)).toEqual(['change', 'share']);
  });
});

describe('a price index named by its acronym', () => {
  it.each([
    ['The IPCA for March', 'change'],
    ['the INPC in the month', 'change'],
    ['core PCE', 'change'],
    // Near-misses: a food-security class and a share named after the index keep their readings.
    ['districts in IPC Phase 3', undefined],
    ['the IPCA weight of rents as a share', 'share'],
  ] as const)('%s names a %s measure', (text, kind) => {
    expect(measureKind(text)).toBe(kind);
  });
});
