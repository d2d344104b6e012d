// The embed page's side of resizing: which origin to post its height to and what to post.
// Pure; the page wires it to a ResizeObserver. It never reads storage, cookies or the parent.

import { HEIGHT_MESSAGE } from './embedResize.ts';

export interface HeightTarget {
  /** An explicit origin when one is known, else "*". */
  targetOrigin: string;
  /** Only an explicit origin may receive the figure id; "*" gets the height alone. */
  withId: boolean;
}

/**
 * The `origin` query parameter if it is an http(s) origin, else the referrer's origin, else "*"
 * (documented fallback: the message then carries nothing but its type and height).
 * @example heightTarget('', 'https://host.test/report.html') // { targetOrigin: 'https://host.test', withId: true }
 */
export function heightTarget(originParam: string | null, referrer: string): HeightTarget {
  for (const candidate of [originParam, referrer]) {
    const origin = httpOrigin(candidate);
    if (origin) return { targetOrigin: origin, withId: true };
  }
  return { targetOrigin: '*', withId: false };
}

/** @example heightMessage(480.4, 'a', true) // { type: 'cited-figures:height', height: 481, id: 'a' } */
export function heightMessage(
  height: number,
  id: string,
  withId: boolean,
): { type: string; height: number; id?: string } {
  const h = Math.ceil(height);
  return withId ? { type: HEIGHT_MESSAGE, height: h, id } : { type: HEIGHT_MESSAGE, height: h };
}

function httpOrigin(value: string | null): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}
