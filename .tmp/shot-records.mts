import { launchBrowser } from '/work/h-records/test/support/chromium.ts';
import { startStaticServer } from '/work/h-records/test/support/staticServer.ts';
const server = await startStaticServer('/work/h-records/dist');
const browser = await launchBrowser();
for (const width of [1280, 360]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${server.url}index.html`);
  await page.waitForSelector('details.claim-record');
  const sums = await page.$$eval('details.claim-record summary', (s) => s.map((x) => x.textContent));
  console.log(sums);
  for (const d of await page.$$('details.claim-record summary')) await d.click();
  await page.waitForSelector('.claim .difference');
  await page.waitForFunction(() => document.querySelectorAll('section.claim').length >= 6);
  const el = await page.$('[data-chart="growth-2001"]');
  await el!.screenshot({ path: `/tmp/claim-${width}.png` });
  const el2 = await page.$('[data-chart="sakhalin-capital-shares"]');
  await el2!.screenshot({ path: `/tmp/claim2-${width}.png` });
  console.log(width, errors);
}
await browser.close(); await server.close();
