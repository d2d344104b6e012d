// Serves a built site on 127.0.0.1 gzip-compressed, as a production host serves text, for the
// bench's Lighthouse runs (its simulated slow 4G counts bytes on the wire). Same paths and page
// headers as the tests' static server; it never builds and never talks beyond the loopback.

import {
  compressible,
  startStaticServer,
  type StaticServer,
} from '../../test/support/staticServer.ts';

export { compressible };

/**
 * Serves `rootDir` (GET and HEAD) with text gzip-compressed (level 6, a host's default) when the
 * request accepts gzip: the tests' static server with its `gzip` option, so the paths, page
 * headers and errors are the ones every test sees.
 * @example const server = await startGzipServer('dist'); // server.url: 'http://127.0.0.1:<port>/'
 */
export function startGzipServer(rootDir: string): Promise<StaticServer> {
  return startStaticServer(rootDir, { gzip: true });
}
