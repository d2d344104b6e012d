// Launches Debian's headless Chromium (/usr/bin/chromium) for the browser tests, the screenshot
// and the bench, with every background-networking feature off. It never downloads a browser.

import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Launches headless Chromium from /usr/bin/chromium with networking extras switched off;
 * `extraArgs` are appended (e.g. `--js-flags=…` for the leak test).
 *
 * @example
 * const browser = await launchBrowser();
 * // … openPage(browser, url) …
 * await browser.close();
 */
export async function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `${CHROMIUM_PATH} not found: the browser tests drive Debian's Chromium. ` +
        'Install it with `apt-get install -y chromium` (see .ci/run).',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...extraArgs,
    ],
  });
}
