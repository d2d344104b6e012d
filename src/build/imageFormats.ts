// Which image formats the build publishes: all three by default (the seed's site is unchanged);
// `CITED_IMAGES=png`, `svg,pdf` or `none` for large corpora, where each format costs build time.
// Parses and checks the setting only; it never renders or writes.

/** The image formats the build can publish, in the order they are written. */
export const ALL_IMAGE_FORMATS = ['png', 'svg', 'pdf'] as const;
export type ImageFormat = (typeof ALL_IMAGE_FORMATS)[number];

/** A setting that names no known format; the message says what to write instead. */
export class ImageFormatsError extends Error {
  constructor(value: string, bad: string) {
    super(
      `CITED_IMAGES="${value}": "${bad}" is not an image format. ` +
        `Write a comma-separated list of ${ALL_IMAGE_FORMATS.join(', ')} (e.g. CITED_IMAGES=png,svg), ` +
        'or CITED_IMAGES=none to publish no images, or leave it unset for all three.',
    );
    this.name = 'ImageFormatsError';
  }
}

/**
 * The formats a `CITED_IMAGES` value asks for, in publishing order; unset or empty means all.
 * @example imageFormats(undefined) // ['png', 'svg', 'pdf']
 * @example imageFormats(' PDF, png ') // ['png', 'pdf']
 * @example imageFormats('none') // []
 * @throws ImageFormatsError naming the unknown word.
 */
export function imageFormats(value: string | undefined): ImageFormat[] {
  const words = (value ?? '')
    .split(',')
    .map((w) => w.trim().toLowerCase())
    .filter(Boolean);
  if (words.length === 0) return [...ALL_IMAGE_FORMATS];
  if (words.length === 1 && words[0] === 'none') return [];
  for (const w of words) {
    if (!(ALL_IMAGE_FORMATS as readonly string[]).includes(w))
      throw new ImageFormatsError(value ?? '', w);
  }
  return ALL_IMAGE_FORMATS.filter((f) => words.includes(f));
}
