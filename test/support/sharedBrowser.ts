// Global setup of the browser test project: one Chromium for all its files (each file connects
// with launchBrowser() and gets its own contexts), instead of a launch per file. It must not
// hold any page state: files open and close their own contexts.
import { launchBrowserServer, SHARED_BROWSER_ENV } from './chromium.ts';

/**
 * Launches the shared browser and publishes its endpoint to the test workers (they inherit the
 * environment); returns the teardown that closes it.
 *
 * @example
 * // vite.config.ts, browser project:
 * globalSetup: ['test/support/sharedBrowser.ts'],
 */
export default async function setup(): Promise<() => Promise<void>> {
  const server = await launchBrowserServer();
  process.env[SHARED_BROWSER_ENV] = server.wsEndpoint();
  return async () => {
    delete process.env[SHARED_BROWSER_ENV];
    await server.close();
  };
}
