// Inside a frame only: posts the embed's height to the host page whenever it changes, so the
// host's embed-resize.js can size the iframe. Loaded on demand by src/embed.ts (never at startup
// outside a frame); what to post and where comes from export/embedHeight.ts. No storage, no reads
// of the parent.

import { heightMessage, heightTarget } from '../export/embedHeight.ts';
import type { EmbedQuery } from './embedQuery.ts';

/**
 * Posts `app`'s height now and after every change of it, to the origin the query or the referrer
 * names (else "*", without the figure ids).
 * @example if (window.parent !== window) postFrameHeight(document.getElementById('app')!, query)
 */
export function postFrameHeight(app: HTMLElement, query: EmbedQuery): void {
  const { targetOrigin, withId } = heightTarget(query.origin, document.referrer);
  let last = 0;
  const post = () => {
    const height = Math.ceil(app.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage(heightMessage(height, query.ids.join(','), withId), targetOrigin);
  };
  new ResizeObserver(post).observe(app);
}
