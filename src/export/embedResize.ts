// The host page's resize script, published as dist/embed-resize.js: sizes Cited Figures iframes
// to the height their page reports. It must stay self-contained (no imports: the build strips
// `export` and wraps this file in a function) and never touch storage, cookies or other frames.

/** The namespaced `type` of the message the embed page posts. */
export const HEIGHT_MESSAGE = 'cited-figures:height';
/** Heights outside these bounds (CSS pixels) are ignored: a page cannot collapse or flood its host. */
export const MIN_HEIGHT = 100;
export const MAX_HEIGHT = 5000;
/** Which iframes the script sizes: those the snippet marks, and any pointing at embed.html. */
export const FRAME_SELECTOR = 'iframe[data-cited-figures], iframe[src*="embed.html"]';

export interface FrameLike {
  src: string;
  contentWindow: unknown;
  getAttribute(name: string): string | null;
}

export interface MessageLike {
  data: unknown;
  origin: string;
  source: unknown;
}

/**
 * The origin the frame's messages carry: "null" when it is sandboxed without allow-same-origin
 * (an opaque origin), else the origin of its src.
 * @example expectedOrigin({ src: 'https://a.test/embed.html', getAttribute: () => null, contentWindow: w }, 'https://host.test/') // 'https://a.test'
 */
export function expectedOrigin(frame: FrameLike, base: string): string | undefined {
  const sandbox = frame.getAttribute('sandbox');
  if (sandbox !== null && !sandbox.split(/\s+/).includes('allow-same-origin')) return 'null';
  try {
    return new URL(frame.src, base).origin;
  } catch {
    return undefined;
  }
}

/**
 * The frame to resize and its new height, or undefined when the message must be ignored: not
 * ours, not from one of the frames' own windows, from an unexpected origin, or a height that is
 * not a finite number within MIN_HEIGHT–MAX_HEIGHT.
 * @example acceptHeight({ data: { type: HEIGHT_MESSAGE, height: 480 }, origin: 'https://a.test', source: w }, [frame], base) // { frame, height: 480 }
 */
export function acceptHeight<F extends FrameLike>(
  event: MessageLike,
  frames: readonly F[],
  base: string,
): { frame: F; height: number } | undefined {
  const data = event.data as { type?: unknown; height?: unknown } | null;
  if (!data || typeof data !== 'object' || data.type !== HEIGHT_MESSAGE) return undefined;
  const height = data.height;
  if (typeof height !== 'number' || !Number.isFinite(height)) return undefined;
  if (height < MIN_HEIGHT || height > MAX_HEIGHT) return undefined;
  if (event.source === null || event.source === undefined) return undefined;
  const frame = frames.find((f) => f.contentWindow === event.source);
  if (!frame || event.origin !== expectedOrigin(frame, base)) return undefined;
  return { frame, height: Math.ceil(height) };
}

/** Listens for height messages on `win` and applies them (CSSOM only, so a strict CSP allows it). */
export function installEmbedResize(win: Window): void {
  const frames = () => Array.from(win.document.querySelectorAll<HTMLIFrameElement>(FRAME_SELECTOR));
  win.addEventListener('message', (event: MessageEvent) => {
    const hit = acceptHeight(event, frames(), win.location.href);
    if (!hit) return;
    hit.frame.style.height = `${hit.height}px`;
    hit.frame.style.border = '0';
  });
}
