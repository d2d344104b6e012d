// The position-recording JSON parser: values match JSON.parse, positions are 1-based line and
// column of each value, and every syntax error names where it happened.

import { describe, expect, it } from 'vitest';
import {
  JsonSyntaxError,
  parseJson,
  parseJsonWithPositions,
} from '../../src/data/jsonPositions.ts';

describe('parseJsonWithPositions: values', () => {
  it.each([
    '{}',
    '[]',
    '{"a": [1, -2.5e3, true, false, null, "x"]}',
    '"\\u00e9\\n\\t\\"\\\\\\/"',
    '{"nested": {"deeper": [[], {}]}}',
    '  42  ',
    '"🤝 emoji"',
  ])('parses %s like JSON.parse', (text) => {
    expect(parseJsonWithPositions(text).value).toEqual(JSON.parse(text));
  });

  it('keeps "__proto__" as an ordinary key, never as the prototype', () => {
    const { value } = parseJsonWithPositions('{"__proto__": {"polluted": true}}');
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value as object)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('tolerates a UTF-8 byte-order mark', () => {
    expect(parseJsonWithPositions('\ufeff{"a": 1}').value).toEqual({ a: 1 });
  });
});

describe('parseJsonWithPositions: positions', () => {
  const text = ['{', '  "a": 1,', '  "list": [', '    {"id": "x"},', '    "y"', '  ]', '}'].join(
    '\n',
  );
  it.each([
    { path: '', line: 1, column: 1 },
    { path: 'a', line: 2, column: 8 },
    { path: 'list', line: 3, column: 11 },
    { path: 'list.0', line: 4, column: 5 },
    { path: 'list.0.id', line: 4, column: 12 },
    { path: 'list.1', line: 5, column: 5 },
  ])('$path is at $line:$column', ({ path, line, column }) => {
    expect(parseJsonWithPositions(text).positions.get(path)).toEqual({ line, column });
  });

  it('counts CRLF line ends as one line', () => {
    expect(parseJsonWithPositions('{\r\n"a":\r\n 1}').positions.get('a')).toEqual({
      line: 3,
      column: 2,
    });
  });
});

describe('parseJsonWithPositions: syntax errors', () => {
  it.each([
    {
      name: 'missing comma',
      text: '{"a": 1\n "b": 2}',
      line: 2,
      column: 2,
      message: /Expected ',' or '}'/,
    },
    { name: 'trailing comma', text: '[1,\n]', line: 2, column: 1, message: /Expected a value/ },
    {
      name: 'duplicate key',
      text: '{"a": 1,\n  "a": 2}',
      line: 2,
      column: 3,
      message: /Duplicate property "a"/,
    },
    {
      name: 'single quotes',
      text: "{'a': 1}",
      line: 1,
      column: 2,
      message: /quoted" property name/,
    },
    {
      name: 'unterminated string',
      text: '{"a": "x\n"}',
      line: 1,
      column: 9,
      message: /Unterminated string/,
    },
    { name: 'bad escape', text: '"\\x"', line: 1, column: 3, message: /Invalid escape/ },
    {
      name: 'raw control character',
      text: '"a\tb"',
      line: 1,
      column: 3,
      message: /Control character/,
    },
    { name: 'text after the value', text: '{} x', line: 1, column: 4, message: /Unexpected text/ },
    { name: 'empty file', text: '', line: 1, column: 1, message: /found the end of the file/ },
    { name: 'comment', text: '{\n  // no\n}', line: 2, column: 3, message: /property name/ },
    { name: 'leading zero', text: '[01]', line: 1, column: 3, message: /Expected ',' or ']'/ },
  ])('$name → line $line, column $column', ({ text, line, column, message }) => {
    let error: unknown;
    try {
      parseJsonWithPositions(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(JsonSyntaxError);
    const e = error as JsonSyntaxError;
    expect(e.message).toMatch(message);
    expect(e.position).toEqual({ line, column });
  });

  it('refuses nesting deeper than 512 instead of overflowing the stack', () => {
    expect(() => parseJsonWithPositions('['.repeat(600) + ']'.repeat(600))).toThrow(
      /nested too deeply/,
    );
  });
});

describe('parseJson: the fast path accepts and refuses what parseJsonWithPositions does', () => {
  // Each text is parsed by both: the same value, or the same JsonSyntaxError at the same place.
  const outcome = (parse: (t: string) => unknown, text: string) => {
    try {
      return { value: parse(text) };
    } catch (e) {
      if (!(e instanceof JsonSyntaxError)) throw e;
      return { message: e.message, position: e.position };
    }
  };
  it.each([
    { name: 'plain object', text: '{"a": [1, -2.5e3, true, false, null, "x"]}' },
    { name: 'escaped quotes in keys and values', text: '{"a\\"b": "c\\\\", "d\\\\\\"": ":"}' },
    { name: 'a colon inside a string value', text: '{"a": "b:", "c": ["d" , "e"]}' },
    { name: 'byte-order mark', text: '\ufeff{"a": 1}' },
    { name: '__proto__ key', text: '{"__proto__": {"polluted": true}}' },
    { name: 'duplicate key', text: '{"a": 1,\n  "a": 2}' },
    { name: 'duplicate key, nested', text: '{"x": [{"id": 1, "id" : 1}]}' },
    { name: 'same key in two objects', text: '[{"id": 1}, {"id": 2}]' },
    { name: 'syntax error', text: '{"a": 1\n "b": 2}' },
    { name: 'raw control character', text: '"a\tb"' },
    { name: 'nesting past 512', text: '['.repeat(600) + ']'.repeat(600) },
    { name: 'nesting at 512', text: '['.repeat(512) + ']'.repeat(512) },
    { name: 'empty file', text: '' },
    { name: 'a number 500 digits long', text: `[${'1'.repeat(500)}.5, 0.${'0'.repeat(500)}1]` },
  ])('$name', ({ text }) => {
    expect(outcome(parseJson, text)).toEqual(
      outcome((t) => parseJsonWithPositions(t, { positions: false }).value, text),
    );
  });

  it('keeps "__proto__" as an own key', () => {
    const value = parseJson('{"__proto__": {"polluted": true}}');
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value as object)).toEqual(['__proto__']);
  });
});
