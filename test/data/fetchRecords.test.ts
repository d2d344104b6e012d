// Tests for src/data/fetchRecords.ts: the records file is checked before use, fetched once, and
// a failure says which file and what to do (and may be tried again).

import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkRecords, forgetRecords, loadRecords } from '../../src/data/fetchRecords.ts';

afterEach(() => forgetRecords());

describe('checkRecords', () => {
  it.each([
    ['not an object', null, 'data/records.json is not a Cited Figures records file'],
    [
      'another version',
      { version: 2, records: [], claims: [] },
      'is not a Cited Figures records file',
    ],
    [
      'a record without provenance',
      { version: 1, records: [{ id: 'r' }], claims: [] },
      'record 1 (r) is incomplete',
    ],
    [
      'a claim without comparisons',
      { version: 1, records: [], claims: [{ claimId: 'c' }] },
      'claim 1 (c) is incomplete',
    ],
  ])('%s', (_name, body, message) => {
    expect(() => checkRecords(body)).toThrow(message);
  });
});

describe('loadRecords', () => {
  it('fetches once, and again after a failure', async () => {
    const ok = JSON.stringify({ version: 1, records: [], claims: [] });
    const fetchFn = vi
      .fn<(u: string) => Promise<Response>>()
      .mockResolvedValueOnce(new Response('nope', { status: 404 }))
      .mockResolvedValue(new Response(ok));
    await expect(loadRecords('./r.json', fetchFn)).rejects.toThrow(
      'data/records.json could not be loaded (HTTP 404).',
    );
    await expect(loadRecords('./r.json', fetchFn)).resolves.toEqual({ records: [], claims: [] });
    await loadRecords('./r.json', fetchFn);
    expect(fetchFn).toHaveBeenCalledTimes(2);
  });
});
