// `npm run screenshot`: serves the already-built dist/ on 127.0.0.1 and saves, from Chromium,
// docs/screenshot.png for the README, docs/claim-and-record.png (the first card's "Claim and
// record" opened) and the dashboard, compare, embed and a chart's share page at 360 and 1280 px
// (docs/screens/*.png), with every "Claim and record" opened.
// It never builds the site and never lets the page reach the network (test/support helpers).
import { mkdir } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { existsSync } from 'node:fs';
import { launchBrowser } from '../../test/support/chromium.ts';
import { startStaticServer } from '../../test/support/staticServer.ts';

const projectRoot = resolve(import.meta.dirname, '../..');

const ALL_FIGURES = [
  'japan-exports-to-russia-2001',
  'japan-fdi-to-russia-2001',
  'sakhalin-1-japanese-capital-share',
  'sakhalin-2-japanese-capital-share',
  'japan-investment-so-far',
  'japan-investment-expected-total',
].join(',');

/** The views the "done" asks to see, each at a phone and a laptop width. */
export const SHOTS: readonly { file: string; path: string; width: number }[] = [360, 1280].flatMap(
  (width) => [
    { file: `docs/screens/dashboard-${width}.png`, path: 'index.html', width },
    {
      file: `docs/screens/compare-${width}.png`,
      path: `index.html#/compare?figures=${ALL_FIGURES}`,
      width,
    },
    { file: `docs/screens/embed-${width}.png`, path: `embed.html?figures=${ALL_FIGURES}`, width },
    // A static share page (no script): its "Claim and record" section under the chart image.
    { file: `docs/screens/share-chart-${width}.png`, path: 'chart/growth-2001.html', width },
  ],
);

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
  shots: readonly { file: string; path: string; width: number }[] = [],
): Promise<string[]> {
  if (!existsSync(resolve(distDir, 'index.html'))) {
    throw new Error(`${resolve(distDir, 'index.html')} is missing: run \`npm run build\` first.`);
  }
  const server = await startStaticServer(distDir);
  const browser = await launchBrowser();
  try {
    const written: string[] = [];
    for (const shot of [{ file: outFile, path: 'index.html', width: 1280 }, ...shots]) {
      const context = await browser.newContext({
        viewport: { width: shot.width, height: 900 },
        deviceScaleFactor: 1,
        colorScheme: 'light',
        reducedMotion: 'reduce',
      });
      const page = await context.newPage();
      // The callbacks below run inside the page, where `document` exists.
      /* eslint-disable no-restricted-globals */
      page.on(
        'console',
        (m) => m.type() === 'error' && console.warn(`warning: page logged ${m.text()}`),
      );
      await page.goto(`${server.url}${shot.path}`);
      if (shot.path.startsWith('chart/')) {
        await page.evaluate(() => document.fonts.ready);
        await page.screenshot({ path: resolve(projectRoot, shot.file), fullPage: true });
        await context.close();
        written.push(resolve(projectRoot, shot.file));
        continue;
      }
      await page.waitForFunction(
        () => performance.getEntriesByName('charts-ready').length > 0,
        null,
        { timeout: 15_000 },
      );
      // Lazy charts draw when near the viewport: bring each one near, wait until all have drawn.
      const canvases = page.locator('canvas');
      for (let i = 0; i < (await canvases.count()); i++) {
        await canvases.nth(i).scrollIntoViewIfNeeded();
      }
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll('canvas')].every(
            (c) => 'citedLabelBoxes' in (c as HTMLCanvasElement & object),
          ),
        null,
        { timeout: 15_000 },
      );
      // The docs show claim and record side by side (issue 17): on the views listed in SHOTS,
      // every "Claim and record" disclosure is opened and its records loaded.
      if (shot.file !== outFile) {
        const closed = page.locator('details.claim-record:not([open]) > summary');
        while ((await closed.count()) > 0) await closed.first().click();
        await page.waitForFunction(
          () =>
            [...document.querySelectorAll('details.claim-record')].every(
              (d) => d.querySelector('section.claim') && !d.querySelector('.loading'),
            ),
          null,
          { timeout: 15_000 },
        );
      }
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.evaluate(() => document.fonts.ready);
      const file = resolve(projectRoot, shot.file);
      await mkdir(resolve(file, '..'), { recursive: true });
      /* eslint-enable no-restricted-globals */
      await page.screenshot({ path: file, fullPage: true });
      if (shot.file === outFile) {
        // Claim and record, side by side: the first card with its disclosure opened.
        const card = page.locator('article.card').first();
        await card.locator('details.claim-record summary').click();
        await card.locator('section.claim .difference').first().waitFor();
        const claim = resolve(outFile, '../claim-and-record.png');
        await card.screenshot({ path: claim });
        written.push(claim);
      }
      await context.close();
      written.push(file);
    }
    return written;
  } finally {
    await browser.close();
    await server.close();
  }
}

// Run only as a script (`tsx src/cli/screenshot.ts`), not when imported.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const written = await takeScreenshot(undefined, undefined, SHOTS);
    for (const file of written) console.log(relative(process.cwd(), file) || file);
  } catch (error) {
    console.error(`screenshot failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
