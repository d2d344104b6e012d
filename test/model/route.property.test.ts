// Property-based tests of the hash-route parser (src/model/route.ts) against hostile input:
// arbitrary strings, 100 KB values, odd Unicode and script payloads. The parser must never throw,
// must return a valid route or a typed error, and every id it lets through must be kebab-case.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIdList, parseRoute, routeToHash, show, type Route } from '../../src/model/route.ts';
import { HOSTILE_VALUES, encode } from '../support/hostileValues.ts';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ID = 200;
const ERROR_KINDS = ['unknown-route', 'bad-id'];

/** Arbitrary strings mixed with the hostile ones, UTF-16 units (lone surrogates) included. */
const hostileString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.string({
    unit: fc.constantFrom('a', '-', '/', '?', '=', '&', ',', '%', '#', '2', 'F'),
    maxLength: 60,
  }),
  fc.constantFrom(...HOSTILE_VALUES),
);

/** Hashes shaped like real routes, with hostile parts where the ids and parameters go. */
const routeLikeHash = fc
  .tuple(
    fc.constantFrom('#', '', '#/', '#//'),
    fc.constantFrom('figure', 'source', 'compare', 'FIGURE', 'figure/', ''),
    hostileString,
    fc.constantFrom('', '?figure=', '?figures=', '?theme=', '?figures=a,', '&figure='),
    hostileString,
  )
  .map(([hash, head, arg, key, value]) => `${hash}/${head}/${arg}${key}${value}`);

function idsOf(route: Route): string[] {
  switch (route.view) {
    case 'dashboard':
      return [];
    case 'figure':
      return [route.id];
    case 'source':
      return route.figure === undefined ? [route.sourceId] : [route.sourceId, route.figure];
    case 'compare':
      return route.figures;
  }
}

/** The invariants every parse result must satisfy, whatever the input. */
function expectSound(hash: string): void {
  const result = parseRoute(hash);
  expect(['dashboard', 'figure', 'source', 'compare']).toContain(result.route.view);
  for (const id of idsOf(result.route)) {
    expect(id).toMatch(KEBAB);
    expect(id.length).toBeLessThanOrEqual(MAX_ID);
  }
  if (!result.ok) {
    expect(ERROR_KINDS).toContain(result.error.kind);
    expect(typeof result.error.message).toBe('string');
    // Messages are shown as text; they stay short and free of controls and bidi overrides.
    expect(result.error.message.length).toBeLessThan(1_500);
    // eslint-disable-next-line no-control-regex
    expect(result.error.message).not.toMatch(/[\u0000-\u001f\u202a-\u202e\u2066-\u2069]/);
  }
  // A route that parsed is a route the app can link to again.
  if (result.ok) expect(parseRoute(routeToHash(result.route)).route).toEqual(result.route);
}

describe('parseRoute under hostile input', { timeout: 60_000 }, () => {
  it('never throws and returns a valid route or a typed error for arbitrary strings', () => {
    fc.assert(
      fc.property(hostileString, (s) => expectSound(s)),
      { numRuns: 1_000 },
    );
  });

  it('never throws for route-shaped hashes with hostile ids and parameters', () => {
    fc.assert(
      fc.property(routeLikeHash, (s) => expectSound(s)),
      { numRuns: 1_000 },
    );
  });

  it.each(
    HOSTILE_VALUES.flatMap((v) => [
      `#/figure/${v}`,
      `#/figure/${encode(v)}`,
      `#/source/${v}`,
      `#/source/mofa?figure=${v}`,
      `#/source/mofa?figure=${encode(v)}`,
      `#/compare?figures=${v}`,
      `#/compare?figures=a,${encode(v)}`,
      `#/${v}`,
    ]).map((hash) => ({ hash, shown: hash.slice(0, 60) })),
  )('handles $shown', ({ hash }) => {
    expectSound(hash);
  });

  it.each([
    { hash: '#/figure/%3Cscript%3E', kind: 'bad-id' },
    { hash: '#/figure/javascript:alert(1)', kind: 'bad-id' },
    { hash: `#/figure/${'x'.repeat(100_000)}`, kind: 'bad-id' },
    { hash: '#/figure/', kind: 'bad-id' },
    { hash: '#/source/a?figure=%22%3E%3Cimg%3E', kind: 'bad-id' },
    { hash: '#/compare?figures=a,%3Cb%3E', kind: 'bad-id' },
    { hash: '#/%3Cscript%3E', kind: 'unknown-route' },
    { hash: '#/figure/a/b', kind: 'unknown-route' },
  ])('reports $kind for a hostile $hash.length-character hash', ({ hash, kind }) => {
    const result = parseRoute(hash);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe(kind);
  });

  it('answers a 100 KB hash quickly', () => {
    const started = performance.now();
    for (const v of ['x'.repeat(100_000), '%'.repeat(100_000), `${'a,'.repeat(50_000)}`]) {
      expectSound(`#/figure/${v}`);
      expectSound(`#/compare?figures=${v}`);
    }
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe('parseIdList under hostile input', { timeout: 60_000 }, () => {
  it('keeps only unique kebab-case ids, in order, and never throws', () => {
    fc.assert(
      fc.property(hostileString, (s) => {
        const { good, bad } = parseIdList(s);
        for (const id of good) {
          expect(id).toMatch(KEBAB);
          expect(id.length).toBeLessThanOrEqual(MAX_ID);
        }
        expect(new Set(good).size).toBe(good.length);
        for (const b of bad) expect(typeof b).toBe('string');
        // The list is capped, so a 100 KB value cannot make the page do 100 K lookups.
        expect(good.length + bad.length).toBeLessThanOrEqual(100);
      }),
      { numRuns: 1_000 },
    );
  });

  it('keeps every well-formed id it is given, whatever surrounds it', () => {
    const kebab = fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,3}$/);
    fc.assert(
      fc.property(fc.array(kebab, { maxLength: 10 }), hostileString, (ids, junk) => {
        const value = [...ids, junk].join(',');
        const { good } = parseIdList(value);
        for (const id of ids) expect(good).toContain(id);
      }),
      { numRuns: 1_000 },
    );
  });
});

describe('show (user input quoted in messages)', { timeout: 60_000 }, () => {
  it('is at most 80 characters with no controls or bidi overrides', () => {
    fc.assert(
      fc.property(hostileString, (s) => {
        const shown = show(s);
        expect([...shown].length).toBeLessThanOrEqual(80);
        // eslint-disable-next-line no-control-regex
        expect(shown).not.toMatch(/[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
      }),
      { numRuns: 1_000 },
    );
  });
});
