import { describe, expect, it } from 'vitest';
import { heightMessage, heightTarget } from '../../src/export/embedHeight.ts';

describe('heightTarget', () => {
  it.each([
    [
      'the origin parameter first',
      'https://a.test/x',
      'https://b.test/page',
      { targetOrigin: 'https://a.test', withId: true },
    ],
    [
      'the referrer when no parameter',
      null,
      'https://b.test/page?q=1',
      { targetOrigin: 'https://b.test', withId: true },
    ],
    [
      'the referrer when the parameter is junk',
      'javascript:alert(1)',
      'https://b.test/',
      { targetOrigin: 'https://b.test', withId: true },
    ],
    ['"*" without either, and no id', null, '', { targetOrigin: '*', withId: false }],
    [
      '"*" for a non-http referrer',
      'not a url',
      'about:blank',
      { targetOrigin: '*', withId: false },
    ],
  ])('uses %s', (_name, param, referrer, expected) => {
    expect(heightTarget(param, referrer)).toEqual(expected);
  });
});

describe('heightMessage', () => {
  it.each([
    [480.2, true, { type: 'cited-figures:height', height: 481, id: 'a' }],
    [480, false, { type: 'cited-figures:height', height: 480 }],
  ])('%d with id %s', (height, withId, expected) => {
    expect(heightMessage(height, 'a', withId)).toEqual(expected);
  });
});
