// The embed's height messages to its host page: where they go, what they carry, and that an
// unchanged height is not posted again.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { postFrameHeight } from '../../src/views/frameHeight.ts';
import { parseEmbedQuery } from '../../src/views/embedQuery.ts';

let observed: (() => void) | undefined;
class FakeResizeObserver {
  constructor(callback: () => void) {
    observed = callback;
  }
  observe() {
    observed?.();
  }
  disconnect() {}
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  observed = undefined;
});

function setup(search: string, heights: number[]) {
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  const post = vi.spyOn(window.parent, 'postMessage').mockImplementation(() => {});
  const app = document.createElement('div');
  let i = 0;
  vi.spyOn(app, 'getBoundingClientRect').mockImplementation(
    () => ({ height: heights[Math.min(i++, heights.length - 1)] }) as DOMRect,
  );
  postFrameHeight(app, parseEmbedQuery(search));
  return post;
}

describe('postFrameHeight', () => {
  it.each([
    {
      name: 'to the origin the query names, with the figure id',
      search: '?figure=a&origin=https://host.test',
      message: { type: 'cited-figures:height', height: 481, id: 'a' },
      target: 'https://host.test',
    },
    {
      name: 'to any origin, without the id, when none is known',
      search: '?figure=a',
      message: { type: 'cited-figures:height', height: 481 },
      target: '*',
    },
  ])('posts the height at once $name', ({ search, message, target }) => {
    const post = setup(search, [480.4]);
    expect(post).toHaveBeenCalledTimes(1);
    expect(post).toHaveBeenCalledWith(message, target);
  });

  it('posts again only when the height changed', () => {
    const post = setup('?figure=a', [300, 300, 320]);
    observed?.();
    expect(post).toHaveBeenCalledTimes(1);
    observed?.();
    expect(post).toHaveBeenCalledTimes(2);
    expect(post.mock.calls[1]![0]).toMatchObject({ height: 320 });
  });
});
