// Launches Debian's headless Chromium (/usr/bin/chromium) for the browser tests, the screenshot
// and the bench, with every background-networking feature off (or connects to the browser test
// project's one shared Chromium). It never downloads a browser.

import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer } from 'playwright-core';

const CHROMIUM_PATH = '/usr/bin/chromium';

/** Set by the browser project's global setup (test/support/sharedBrowser.ts) to its browser. */
export const SHARED_BROWSER_ENV = 'CITED_BROWSER_WS_ENDPOINT';

function requireChromium(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `${CHROMIUM_PATH} not found: the browser tests drive Debian's Chromium. ` +
        'Install it with `apt-get install -y chromium` (see .ci/run).',
    );
  }
}

/** Chromium flags for a quiet, local-only browser (no sandbox, GPU, background networking). */
export const QUIET_CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const launchOptions = (extraArgs: readonly string[]) => ({
  executablePath: CHROMIUM_PATH,
  args: ['--headless', ...QUIET_CHROMIUM_FLAGS, ...extraArgs],
});

/**
 * Launches headless Chromium from /usr/bin/chromium with networking extras switched off;
 * `extraArgs` are appended (e.g. `--js-flags=…` for the leak test). Inside the browser test
 * project, a call without `extraArgs` connects to the one Chromium its global setup launched
 * instead (same flags); `close()` then closes only this connection and the contexts it opened.
 *
 * @example
 * const browser = await launchBrowser();
 * // … openPage(browser, url) …
 * await browser.close();
 */
export async function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  const shared = process.env[SHARED_BROWSER_ENV];
  if (shared && extraArgs.length === 0) return chromium.connect(shared);
  requireChromium();
  return chromium.launch(launchOptions(extraArgs));
}

/**
 * Launches one headless Chromium (the flags of `launchBrowser`) that test files connect to.
 *
 * @example
 * const server = await launchBrowserServer();
 * process.env[SHARED_BROWSER_ENV] = server.wsEndpoint();
 */
export async function launchBrowserServer(): Promise<BrowserServer> {
  requireChromium();
  return chromium.launchServer(launchOptions([]));
}
