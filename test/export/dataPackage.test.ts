import { describe, expect, it } from 'vitest';
import { datasetJsonLd, JSON_LD_MAX_SOURCES } from '../../src/export/dataPackage.ts';
import { publishedSource } from '../support/fixtures.ts';

const sources = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ ...publishedSource(), id: `s-${i}`, title: `S ${i}` }));

describe('datasetJsonLd', () => {
  it.each([
    { n: 1, named: 1, sourcesJson: false },
    { n: JSON_LD_MAX_SOURCES, named: JSON_LD_MAX_SOURCES, sourcesJson: false },
    { n: 1_000, named: JSON_LD_MAX_SOURCES, sourcesJson: true },
  ])(
    'with $n sources names $named and links sources.json: $sourcesJson',
    ({ n, named, sourcesJson }) => {
      const ld = datasetJsonLd(undefined, sources(n));
      expect(ld.isBasedOn).toHaveLength(named);
      expect(ld.isBasedOn[0]!.name).toBe('S 0');
      expect(ld.distribution.some((d) => d.contentUrl === './data/sources.json')).toBe(sourcesJson);
    },
  );
});
