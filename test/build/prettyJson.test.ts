// jsonWithItems writes, byte for byte, what JSON.stringify(value, null, 2) + "\n" writes for the
// value with its long array filled in, from items written one at a time.

import { describe, expect, it } from 'vitest';
import { jsonWithItems } from '../../src/build/prettyJson.ts';

const cases: { name: string; value: Record<string, unknown>; path: string[]; items: unknown[] }[] =
  [
    { name: 'top-level array', value: { a: 1, items: [], z: 'end' }, path: ['items'], items: [1] },
    {
      name: 'nested, objects with newlines and non-ASCII in strings',
      value: { total: 2, first: { id: 'p#1', items: [], startIndex: 0 } },
      path: ['first', 'items'],
      items: [
        { body: 'line\none — café 🌐', n: [1, 2] },
        { empty: {}, list: [] },
      ],
    },
    { name: 'no items', value: { first: { items: [] } }, path: ['first', 'items'], items: [] },
    {
      name: 'array last in its object',
      value: { x: { y: { items: [] } } },
      path: ['x', 'y', 'items'],
      items: ['a', null, true],
    },
  ];

describe('jsonWithItems', () => {
  it.each(cases)('$name: same bytes as JSON.stringify', ({ value, path, items }) => {
    const whole = structuredClone(value);
    let parent = whole;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
    parent[path[path.length - 1]!] = items;
    const written = jsonWithItems(
      value,
      path,
      items.map((item) => Buffer.from(JSON.stringify(item, null, 2))),
    );
    expect(written.toString('utf8')).toBe(`${JSON.stringify(whole, null, 2)}\n`);
  });

  it.each([
    { path: ['missing'], why: 'no such array' },
    { path: ['full'], why: 'not empty' },
  ])('refuses a path with $why', ({ path }) => {
    expect(() => jsonWithItems({ full: [1] }, path, [])).toThrow(/must be an empty array/);
  });
});
