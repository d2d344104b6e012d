// Worker-thread entry of the image build: renders the jobs it is sent, one at a time, into the
// cache folder, and answers each with its size or its error. It never writes into dist/.

import { parentPort, threadId } from 'node:worker_threads';
import { writeCached } from './imageCache.ts';
import { renderFormats, type ImageJob } from './renderImage.ts';
import { ALL_IMAGE_FORMATS, type ImageFormat } from './imageFormats.ts';

export interface WorkerRequest {
  key: string;
  job: ImageJob;
  cacheDir: string;
  /** The formats to render (CITED_IMAGES); all three when absent. */
  formats?: readonly ImageFormat[];
}

export type WorkerReply = (
  | { key: string; ok: true; width: number; height: number }
  | { key: string; ok: false; error: string }
) & {
  /** The thread that rendered it (0: the main thread). */
  thread?: number;
};

/**
 * Renders one job into the cache; never throws (an error becomes the reply).
 * @example await renderToCache({ key, job, cacheDir }) // { key, ok: true, width: 800, height: 596 }
 */
export async function renderToCache({
  key,
  job,
  cacheDir,
  formats = ALL_IMAGE_FORMATS,
}: WorkerRequest): Promise<WorkerReply> {
  try {
    const r = await renderFormats(job, formats);
    writeCached(cacheDir, key, r, { width: r.width, height: r.height });
    return { key, ok: true, width: r.width, height: r.height, thread: threadId };
  } catch (e) {
    const error = e instanceof Error ? (e.stack ?? e.message) : String(e);
    return { key, ok: false, error, thread: threadId };
  }
}

if (parentPort) {
  const port = parentPort;
  port.on('message', (request: WorkerRequest) => {
    void renderToCache(request).then((reply) => port.postMessage(reply));
  });
}
