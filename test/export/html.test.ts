import { describe, expect, it } from 'vitest';
import { escapeHtml, markup, SafeHtml } from '../../src/export/html.ts';

describe('escapeHtml', () => {
  it.each([
    ['<script>', '&lt;script&gt;'],
    ['a & b', 'a &amp; b'],
    ['say "hi"', 'say &quot;hi&quot;'],
    ["Japan's", "Japan's"],
  ])('%j → %j', (input, expected) => expect(escapeHtml(input)).toBe(expected));
});

describe('markup', () => {
  it.each([
    {
      name: 'escapes text values',
      out: markup`<p>${'<b>x</b>'}</p>`,
      expected: '<p>&lt;b&gt;x&lt;/b&gt;</p>',
    },
    {
      name: 'escapes attribute values',
      out: markup`<a href="${'x" onclick="y'}">`,
      expected: '<a href="x&quot; onclick=&quot;y">',
    },
    {
      name: 'keeps markup it made',
      out: markup`<p>${markup`<mark>${'a<'}</mark>`}</p>`,
      expected: '<p><mark>a&lt;</mark></p>',
    },
    { name: 'joins arrays', out: markup`${['a', markup`<br>`, 'b']}`, expected: 'a<br>b' },
    {
      name: 'leaves out undefined, null, false',
      out: markup`${undefined}${null}${false}|${0}`,
      expected: '|0',
    },
  ])('$name', ({ out, expected }) => {
    expect(out).toBeInstanceOf(SafeHtml);
    expect(String(out)).toBe(expected);
  });
});
