// Floors for src/authoring/evaluate.ts on the opened sets: sets that were written blind, in voices
// the extractor had never read, scored once at first contact, and then opened for tuning
// (test/fixtures/prose/opened/README.md). Their truth follows the calls as they stood when each
// set was written, so a few entries disagree with a later call and the counts stay below full: the
// floors hold the counts reached, so a rule that costs one of these readings fails here, and a
// rule that gains one raises its floor (floors.json) in the same commit.

import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { proseDocuments } from '../support/proseDocuments.ts';
import { extractCandidates } from '../../src/authoring/extract.ts';
import { checkTruth, scoreDocument, sumTallies, type Tally } from '../../src/authoring/evaluate.ts';

const OPENED = resolve(import.meta.dirname, '../fixtures/prose/opened');

interface Floor {
  figures: number;
  recall: number;
  /** Proposals that match no figure, traps included: held so precision cannot fall unseen. (Matched
   *  proposals are not floored: one range that replaces two overlapping readings of it is a gain.) */
  falseProposals: number;
  traps: number;
  kind: number;
  value: number;
  unit: number;
  status: number;
}

const floors = JSON.parse(readFileSync(resolve(OPENED, 'floors.json'), 'utf8')) as Record<
  string,
  Floor
>;

/** The counts a floor is held on: correct readings up, traps down. */
function counts(t: Tally): Floor {
  return {
    figures: t.figures,
    recall: t.matched,
    falseProposals: t.candidates - t.matchedCandidates,
    traps: t.traps,
    kind: t.kind,
    value: t.value,
    unit: t.unit,
    status: t.status,
  };
}

const sets = readdirSync(OPENED, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

describe('the opened sets', { timeout: 300_000 }, () => {
  it('has a floor for every set and a set for every floor', () => {
    expect(sets.length).toBeGreaterThanOrEqual(90);
    expect(Object.keys(floors).sort()).toEqual(sets);
  });

  for (const set of sets) {
    it(`${set}: valid truth files, and no count below its floor`, () => {
      const docs = proseDocuments(resolve(OPENED, set));
      expect(docs.length, `${set} has 12 documents`).toBe(12);
      for (const d of docs) expect(checkTruth(d.text, d.truth), `${set}/${d.name}`).toEqual([]);
      const scores = docs.map((d) =>
        scoreDocument(
          d.name,
          extractCandidates(d.text, d.name, { source: d.truth.source }),
          d.truth,
        ),
      );
      const got = counts(sumTallies(scores.map((s) => s.tally)));
      const floor = floors[set]!;
      const problems = scores.flatMap((s) => s.problems.map((p) => `${s.name}: ${p}`)).join('\n');
      expect(got.figures, `${set}: the truth's figure count changed; update floors.json`).toBe(
        floor.figures,
      );
      for (const key of ['recall', 'kind', 'value', 'unit', 'status'] as const) {
        expect(got[key], `${set} ${key} fell below its floor\n${problems}`).toBeGreaterThanOrEqual(
          floor[key],
        );
      }
      for (const key of ['falseProposals', 'traps'] as const) {
        expect(got[key], `${set} ${key} rose above its floor\n${problems}`).toBeLessThanOrEqual(
          floor[key],
        );
      }
    });
  }
});
