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

// Controls and bidi overrides: messages and quoted input are shown as text and stay free of them.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u202a-\u202e\u2066-\u2069]/;
// eslint-disable-next-line no-control-regex
const CONTROLS_SHOWN = /[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/**
 * What breaks the invariants every parse result must satisfy, whatever the input. Plain checks
 * collected into one list and asserted once a run: a matcher a field was most of this file's CPU.
 */
function soundnessProblems(hash: string): string[] {
  const problems: string[] = [];
  const result = parseRoute(hash);
  if (!['dashboard', 'figure', 'source', 'compare'].includes(result.route.view))
    problems.push(`view ${result.route.view}`);
  for (const id of idsOf(result.route)) {
    if (!KEBAB.test(id)) problems.push(`id ${JSON.stringify(id)} is not kebab-case`);
    if (id.length > MAX_ID) problems.push(`id of ${id.length} characters`);
  }
  if (!result.ok) {
    if (!ERROR_KINDS.includes(result.error.kind)) problems.push(`error kind ${result.error.kind}`);
    const { message } = result.error;
    if (typeof message !== 'string') problems.push(`message is ${typeof message}`);
    // Messages are shown as text; they stay short and free of controls and bidi overrides.
    else if (message.length >= 1_500) problems.push(`message of ${message.length} characters`);
    else if (CONTROLS.test(message)) problems.push(`message ${JSON.stringify(message)}`);
  }
  // A route that parsed is a route the app can link to again.
  if (result.ok) {
    const again = parseRoute(routeToHash(result.route)).route;
    if (JSON.stringify(again) !== JSON.stringify(result.route))
      problems.push(`${JSON.stringify(result.route)} reads back as ${JSON.stringify(again)}`);
  }
  return problems;
}

/** Asserts the invariants for `hash`, naming the hash and each broken one. */
function expectSound(hash: string): void {
  expect(soundnessProblems(hash), hash.slice(0, 200)).toEqual([]);
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
        const problems = good
          .filter((id) => !KEBAB.test(id) || id.length > MAX_ID)
          .map((id) => `kept ${JSON.stringify(id)}`);
        if (new Set(good).size !== good.length) problems.push(`repeats in ${good.join(',')}`);
        if (bad.some((b) => typeof b !== 'string')) problems.push('a refused part is not a string');
        // The list is capped, so a 100 KB value cannot make the page do 100 K lookups.
        if (good.length + bad.length > 100) problems.push(`${good.length + bad.length} parts`);
        expect(problems).toEqual([]);
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
        expect(ids.filter((id) => !good.includes(id))).toEqual([]);
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
        const problems = [...shown].length > 80 ? [`${[...shown].length} characters`] : [];
        if (CONTROLS_SHOWN.test(shown)) problems.push(`controls in ${JSON.stringify(shown)}`);
        expect(problems).toEqual([]);
      }),
      { numRuns: 1_000 },
    );
  });
});
