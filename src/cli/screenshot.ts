// `npm run screenshot`: serves the already-built dist/ on 127.0.0.1, opens the dashboard in
// Chromium at 1280×900 and saves docs/screenshot.png for the README, then opens the first card's
// "Claim and record" and saves docs/claim-and-record.png. It never builds the site
// and never lets the page reach the network (the server and browser helpers of test/browser).
import { mkdir } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { existsSync } from 'node:fs';
import { launchBrowser } from '../../test/support/chromium.ts';
import { startStaticServer } from '../../test/support/staticServer.ts';

const projectRoot = resolve(import.meta.dirname, '../..');

/**
 * Screenshots the built dashboard (full page, 1280×900 viewport, device scale 1) and returns the
 * path written. Throws if dist/ is missing or the charts never signal `charts-ready`.
 *
 * @example
 * await takeScreenshot() // '/work/main/docs/screenshot.png'
 */
export async function takeScreenshot(
  distDir: string = resolve(projectRoot, 'dist'),
  outFile: string = resolve(projectRoot, 'docs/screenshot.png'),
): Promise<string> {
  if (!existsSync(resolve(distDir, 'index.html'))) {
    throw new Error(`${resolve(distDir, 'index.html')} is missing: run \`npm run build\` first.`);
  }
  const server = await startStaticServer(distDir);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      deviceScaleFactor: 1,
      colorScheme: 'light',
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    page.on(
      'console',
      (m) => m.type() === 'error' && console.warn(`warning: page logged ${m.text()}`),
    );
    await page.goto(`${server.url}index.html`);
    await page.waitForFunction(
      () => performance.getEntriesByName('charts-ready').length > 0,
      null,
      {
        timeout: 15_000,
      },
    );
    // The callback runs inside the page, where `document` exists.
    // eslint-disable-next-line no-restricted-globals
    await page.evaluate(() => document.fonts.ready);
    await mkdir(resolve(outFile, '..'), { recursive: true });
    await page.screenshot({ path: outFile, fullPage: true });
    // Claim and record, side by side: the first card with its disclosure opened.
    const card = page.locator('article.card').first();
    await card.locator('details.claim-record summary').click();
    await card.locator('section.claim .difference').first().waitFor();
    await card.screenshot({ path: resolve(outFile, '../claim-and-record.png') });
    return outFile;
  } finally {
    await browser.close();
    await server.close();
  }
}

// Run only as a script (`tsx src/cli/screenshot.ts`), not when imported.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const written = await takeScreenshot();
    console.log(relative(process.cwd(), written) || written);
  } catch (error) {
    console.error(`screenshot failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
