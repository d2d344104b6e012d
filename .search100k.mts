import { readFileSync } from 'node:fs';
// One-off measurement (not committed): the compare picker over data/index.json at 100,000 figures.
import { launchBrowser, openPage, waitForAppReady, waitForChartsReady } from './test/support/browser.ts';
import { startStaticServer } from './test/support/staticServer.ts';
const dir = process.argv[2]!;
const expected = process.argv[3]!;
const server = await startStaticServer(dir);
const browser = await launchBrowser();
for (const width of [1280, 360]) {
  const s = await openPage(browser, `${server.url}index.html`, { viewport: { width, height: 900 } });
  await waitForChartsReady(s.page);
  await waitForAppReady(s.page);
  const t0 = Date.now();
  await s.page.evaluate(() => (location.hash = '#/compare'));
  const picker = s.page.getByTestId('figure-picker');
  await picker.getByTestId('picker-count').filter({ hasText: `${expected} figures match` }).waitFor({ timeout: 120_000 });
  const listed = Date.now() - t0;
  const cdp = await s.context.newCDPSession(s.page);
  await cdp.send('Performance.enable');
  const heap = (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'JSHeapUsedSize')!.value;
  const times: number[] = [];
  const label: string = JSON.parse(readFileSync(`${dir}/data/index.json`, 'utf8')).figures.at(-7).label;
  const words = label.split(' ');
  const typed = [label.slice(0, 1), label.slice(0, 3), words[0]!, words.slice(0, 2).join(' '), label];
  for (const text of typed) {
    times.push(await s.page.evaluate(async (value) => {
      const input = document.querySelector<HTMLInputElement>('[data-testid="figure-picker"] input[type="search"]')!;
      const t = performance.now();
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return performance.now() - t;
    }, text));
  }
  const count = await picker.getByTestId('picker-count').textContent();
  // choose the hit, then check the typed text survives the move
  const box = picker.locator('input[type="checkbox"]').first();
  await box.check();
  await s.page.locator('[data-testid="compare-view"] ol.chosen li').first().waitFor();
  const kept = await s.page.locator('[data-testid="figure-picker"] input[type="search"]').inputValue();
  const index = s.requests.filter((u) => u.includes('data/'));
  console.log(JSON.stringify({ width, typed, listedMs: listed, heapMB: +(heap / 1e6).toFixed(0), keystrokeMs: times.map((t) => +t.toFixed(1)), count: count?.trim(), kept, dataRequests: index.map((u) => new URL(u).pathname) }));
  if (width === 1280) await s.page.screenshot({ path: `/tmp/r7c/compare-${expected}.png` });
  else await s.page.screenshot({ path: `/tmp/r7c/compare-${expected}-360.png`, fullPage: false });
  // Show more sources on the dashboard
  await s.close();
}
const s = await openPage(browser, `${server.url}index.html`, { viewport: { width: 1280, height: 900 } });
await waitForAppReady(s.page);
await s.page.getByRole('button', { name: /more sources/ }).click();
await s.page.waitForFunction(() => document.querySelectorAll('section.topic[data-source]').length > 1);
await s.page.waitForTimeout(1500);
console.log(JSON.stringify({ showMore: s.requests.filter((u) => u.includes('data/')).map((u) => new URL(u).pathname), errors: s.consoleErrors }));
await s.page.screenshot({ path: `/tmp/r7c/more-${expected}.png` });
await s.close();
await browser.close();
await server.close();
