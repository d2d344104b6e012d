// Starts `npm start`'s Vite dev server (with its authoring write path) over a temporary data
// folder, on 127.0.0.1 and a free port, for browser tests of the add-a-figure and add-a-document
// forms. Never points at the repository's data/.

import { resolve } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { projectRoot } from './browser.ts';

/**
 * @example const { server, origin } = await startDevServer(rangeDataDir()); … await server.close();
 */
export async function startDevServer(
  dataDir: string,
): Promise<{ server: ViteDevServer; origin: string }> {
  process.env.CITED_DATA_DIR = dataDir;
  try {
    const server = await createServer({
      configFile: resolve(projectRoot, 'vite.config.ts'),
      logLevel: 'error',
      server: { host: '127.0.0.1', port: 0, strictPort: false, open: false, hmr: false },
    });
    await server.listen();
    const address = server.httpServer!.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    return { server, origin: `http://127.0.0.1:${port}` };
  } finally {
    delete process.env.CITED_DATA_DIR;
  }
}
