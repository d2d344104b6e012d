import { describe, expect, it } from 'vitest';
import { generateSyntheticData, toRawData } from '../../src/bench/syntheticData.ts';
import { validateData } from '../../src/data/validate.ts';

describe('generateSyntheticData', () => {
  it.each([
    { figures: 10, sources: 2, charts: 6 },
    { figures: 7, sources: 3, charts: 4 },
    { figures: 1_000, sources: 100, charts: 500 },
  ])('$figures figures in $sources sources pass validateData', ({ figures, sources, charts }) => {
    const data = generateSyntheticData({ figures, sources });
    const { dataset, errors } = validateData(toRawData(data));
    expect(errors).toEqual([]);
    expect(dataset.figures).toHaveLength(figures);
    expect(dataset.sources).toHaveLength(sources);
    expect(dataset.charts).toHaveLength(charts);
    expect(data.figureFiles).toHaveLength(sources);
  });

  it('is deterministic', () => {
    expect(generateSyntheticData({ figures: 20, sources: 4 })).toEqual(
      generateSyntheticData({ figures: 20, sources: 4 }),
    );
  });

  it('offsets count code points (texts hold characters outside the BMP)', () => {
    const { sources } = generateSyntheticData({ figures: 2, sources: 1 });
    expect(Array.from(sources[0]!.text).length).toBeLessThan(sources[0]!.text.length);
  });

  it.each([
    { figures: 0, sources: 1, message: /figures must be a whole number/ },
    { figures: 5, sources: 6, message: /6 sources cannot each hold a figure/ },
  ])('refuses $figures figures in $sources sources', ({ figures, sources, message }) => {
    expect(() => generateSyntheticData({ figures, sources })).toThrow(message);
  });
});
