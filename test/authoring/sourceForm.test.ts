// The add-a-document form's rules without a page: which field is wrong and how to fix it, the id
// proposed for a new document, a dropped file's bytes kept exactly, and the metadata it writes.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  addSourceRequest,
  emptySourceForm,
  proposeSourceId,
  sha256Hex,
  sourceFieldErrors,
  sourceMetaJson,
  textFromBytes,
  type SourceFormState,
} from '../../src/authoring/sourceForm.ts';
import { sourceFileSchema } from '../../src/data/schema.ts';

const valid: SourceFormState = {
  text: 'Exports rose 5% in 2032.\r\n',
  id: 'mt-2033-05-trade',
  title: 'Trade in 2032',
  publisher: 'Ministry of Trade',
  date: '2033-05',
  url: 'https://example.org/trade.html',
  language: 'en',
};

describe('sourceFieldErrors', () => {
  it('accepts a complete document, with a partial date', () => {
    expect(sourceFieldErrors(valid, [])).toEqual({});
    expect(sourceFieldErrors({ ...valid, date: '2033' }, [])).toEqual({});
  });

  it.each([
    { field: 'text', value: ' \n', expected: /^is empty; paste the document/ },
    { field: 'text', value: 'a\u0000b', expected: /NUL bytes.*save the document as plain text/ },
    { field: 'url', value: 'javascript:alert(1)', expected: /http\(s\) URL; paste the address/ },
    { field: 'title', value: '   ', expected: /must not be empty; type the document's title/ },
    { field: 'publisher', value: '', expected: /must not be empty; name who published it/ },
    { field: 'date', value: '14 October 2002', expected: /YYYY, YYYY-MM or YYYY-MM-DD/ },
    { field: 'date', value: '2017-11-31', expected: /not a real calendar date.*correct the day/ },
    { field: 'id', value: 'Trade 2032', expected: /kebab-case.*lowercase words joined by hyphens/ },
    { field: 'language', value: 'English', expected: /BCP 47 tag.*en, ja or fr/ },
  ] as const)('names $field for "$value" and says how to fix it', ({ field, value, expected }) => {
    const errors = sourceFieldErrors({ ...valid, [field]: value }, []);
    expect(Object.keys(errors)).toEqual([field]);
    expect(errors[field]).toMatch(expected);
  });

  it('refuses an id that is already a source in data/', () => {
    expect(sourceFieldErrors(valid, [valid.id]).id).toMatch(/already exists; choose another id/);
  });
});

describe('proposeSourceId', () => {
  it.each([
    {
      args: {
        publisher: 'Ministry of Foreign Affairs of Japan',
        date: '2002-10-14',
        title: "Kawaguchi's Visit to Putin",
      },
      expected: 'mfaj-2002-10-14-kawaguchis-visit-to-putin',
    },
    {
      args: { publisher: 'OECD', date: '2033', title: 'Économie: perspectives' },
      expected: 'o-2033-economie-perspectives',
    },
    { args: { publisher: '', date: 'soon', title: '' }, expected: 'figure' },
  ])('$expected', ({ args, expected }) => {
    const id = proposeSourceId(args);
    expect(id).toBe(expected);
    expect(sourceFileSchema.shape.id.safeParse(id).success).toBe(true);
  });
});

describe('textFromBytes', () => {
  it('keeps a byte-order mark and CRLF, so the sha256 is the file’s own', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('€5 bn\r\n')]);
    const read = textFromBytes(bytes);
    expect('text' in read && read.text).toBe('\ufeff€5 bn\r\n');
    const text = (read as { text: string }).text;
    expect(await sha256Hex(text)).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it.each([
    { case: 'Latin-1', bytes: [0x45, 0x75, 0x72, 0x6f, 0xa4], expected: /not UTF-8 text/ },
    { case: 'a NUL byte', bytes: [0x25, 0x50, 0x44, 0x46, 0x00], expected: /NUL bytes/ },
    { case: 'nothing', bytes: [], expected: /is empty/ },
  ])('refuses $case', ({ bytes, expected }) => {
    const read = textFromBytes(new Uint8Array(bytes));
    expect('error' in read && read.error).toMatch(expected);
  });
});

describe('the request and the metadata file', () => {
  it('sends the text verbatim and the fields trimmed', () => {
    const r = addSourceRequest({ ...valid, title: '  Trade in 2032 ' });
    expect(r).toEqual({ ...valid, title: 'Trade in 2032' });
  });

  it('writes metadata the source schema accepts', () => {
    const meta = JSON.parse(sourceMetaJson(valid, 'a'.repeat(64)));
    expect(sourceFileSchema.safeParse(meta).success).toBe(true);
    expect(meta).not.toHaveProperty('text');
    expect(emptySourceForm().language).toBe('en');
  });
});
