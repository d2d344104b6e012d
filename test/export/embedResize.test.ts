import { describe, expect, it } from 'vitest';
import {
  acceptHeight,
  expectedOrigin,
  HEIGHT_MESSAGE,
  type FrameLike,
} from '../../src/export/embedResize.ts';

const BASE = 'https://host.test/report.html';
const win = { name: 'frame window' };
const other = { name: 'another window' };
function frame(
  src: string,
  sandbox: string | null = null,
  contentWindow: unknown = win,
): FrameLike {
  return { src, contentWindow, getAttribute: (n) => (n === 'sandbox' ? sandbox : null) };
}
const msg = (data: unknown, origin = 'https://cf.test', source: unknown = win) => ({
  data,
  origin,
  source,
});
const ok = { type: HEIGHT_MESSAGE, height: 480 };

describe('expectedOrigin', () => {
  it.each([
    [
      'plain frame: its src origin',
      frame('https://cf.test/embed.html?figure=a'),
      'https://cf.test',
    ],
    ['relative src', frame('/embed.html'), 'https://host.test'],
    [
      'sandboxed: opaque origin',
      frame('https://cf.test/embed.html', 'allow-scripts allow-popups'),
      'null',
    ],
    [
      'sandbox with allow-same-origin',
      frame('https://cf.test/embed.html', 'allow-scripts allow-same-origin'),
      'https://cf.test',
    ],
  ])('%s', (_name, f, expected) => {
    expect(expectedOrigin(f, BASE)).toBe(expected);
  });
});

describe('acceptHeight', () => {
  const f = frame('https://cf.test/embed.html?figure=a');
  it.each([
    ['a good message', msg(ok), 480],
    ['a fractional height, rounded up', msg({ ...ok, height: 480.2 }), 481],
    ['the lower bound', msg({ ...ok, height: 100 }), 100],
    ['the upper bound', msg({ ...ok, height: 5000 }), 5000],
  ])('accepts %s', (_name, event, height) => {
    expect(acceptHeight(event, [f], BASE)).toEqual({ frame: f, height });
  });
  it.each([
    ['another type', msg({ type: 'other:height', height: 480 })],
    ['no data', msg(null)],
    ['a string', msg('cited-figures:height 480')],
    ['a height as text', msg({ ...ok, height: '480' })],
    ['NaN', msg({ ...ok, height: Number.NaN })],
    ['Infinity', msg({ ...ok, height: Number.POSITIVE_INFINITY })],
    ['too small', msg({ ...ok, height: 99 })],
    ['too big', msg({ ...ok, height: 5001 })],
    ['another window', msg(ok, 'https://cf.test', other)],
    ['no source window', msg(ok, 'https://cf.test', null)],
    ['the wrong origin', msg(ok, 'https://evil.test')],
    ['"null" from an unsandboxed frame', msg(ok, 'null')],
  ])('ignores %s', (_name, event) => {
    expect(acceptHeight(event, [f], BASE)).toBeUndefined();
  });
  it('accepts "null" only from a sandboxed frame', () => {
    const s = frame('https://cf.test/embed.html', 'allow-scripts');
    expect(acceptHeight(msg(ok, 'null'), [s], BASE)?.height).toBe(480);
    expect(acceptHeight(msg(ok, 'https://cf.test'), [s], BASE)).toBeUndefined();
  });
});
