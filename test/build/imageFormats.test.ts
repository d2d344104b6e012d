// CITED_IMAGES: which formats the image build publishes, and the error for a word it does not know.
import { describe, expect, it } from 'vitest';
import { ImageFormatsError, imageFormats } from '../../src/build/imageFormats.ts';

describe('imageFormats', () => {
  it.each([
    { value: undefined, expected: ['png', 'svg', 'pdf'] },
    { value: '', expected: ['png', 'svg', 'pdf'] },
    { value: 'png', expected: ['png'] },
    { value: ' PDF, png ', expected: ['png', 'pdf'] },
    { value: 'svg,svg', expected: ['svg'] },
    { value: 'none', expected: [] },
    { value: 'NONE', expected: [] },
  ])('$value → $expected', ({ value, expected }) => {
    expect(imageFormats(value)).toEqual(expected);
  });

  it.each([
    { value: 'gif', bad: 'gif' },
    { value: 'png,jpeg', bad: 'jpeg' },
    { value: 'none,png', bad: 'none' },
  ])('$value names "$bad" and says what to write', ({ value, bad }) => {
    expect(() => imageFormats(value)).toThrow(ImageFormatsError);
    expect(() => imageFormats(value)).toThrow(`"${bad}" is not an image format`);
    expect(() => imageFormats(value)).toThrow('CITED_IMAGES=none');
  });
});
