// Printing the dashboard in real Chromium, read back by poppler's pdftotext (an independent PDF
// reader): no text below 9 pt (charts included: Chromium keeps canvas text as text), no site
// navigation, each quoted sentence printed once per chart, each claim beside its record (the
// screen folds it) and the citation naming the records.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchBrowser,
  openPage,
  requireBuiltSite,
  waitForChartsReady,
} from '../support/browser.ts';
import { startStaticServer, type StaticServer } from '../support/staticServer.ts';

/** pdftotext -bbox word boxes: each word's text and size in pt. */
function words(pdf: string): { text: string; width: number; height: number }[] {
  const xml = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  return [
    ...xml.matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
    ),
  ].map(([, x0, y0, x1, y1, text]) => ({
    text: text!,
    width: Number(x1) - Number(x0),
    height: Number(y1) - Number(y0),
  }));
}

/** A word box is ~1.16 × the font size tall (DejaVu Sans' ascent + descent); a one-letter word
 *  on the rotated axis title lies on its side, so its box is that tall the other way. */
const LINE_HEIGHT = 1.164;
const fontSize = (w: { text: string; width: number; height: number }) =>
  (w.text.length === 1 ? Math.max(w.width, w.height) : w.height) / LINE_HEIGHT;

let browser: Browser;
let server: StaticServer;
const dir = mkdtempSync(join(tmpdir(), 'cited-print-'));

beforeAll(async () => {
  server = await startStaticServer(requireBuiltSite());
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('printing the dashboard to PDF', () => {
  it('prints every word at 9 pt or more, without the site navigation, each sentence once a chart', async () => {
    const s = await openPage(browser, `${server.url}index.html`, {
      viewport: { width: 1280, height: 900 },
    });
    await waitForChartsReady(s.page);
    // The records are read once the page is idle; the folded panels then hold them.
    await s.page.waitForSelector('details.claim-record section.claim', { state: 'attached' });
    const file = join(dir, 'dashboard.pdf');
    writeFileSync(file, await s.page.pdf({ format: 'A4' }));
    // Printing opened the folded disclosures; afterprint folded them again.
    expect(
      await s.page.$$eval('details.claim-record', (ds) => ds.map((d) => d.hasAttribute('open'))),
    ).toEqual([false, false, false]);
    expect(s.consoleErrors).toEqual([]);
    await s.close();

    const all = words(file);
    expect(all.length).toBeGreaterThan(200);
    const small = all
      .filter((w) => fontSize(w) < 8.95)
      .map((w) => `${w.text} (${fontSize(w).toFixed(1)} pt)`);
    expect(small).toEqual([]);

    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
    expect(text).not.toContain('Compare figures');
    // The growth chart's sentence states both of its figures; it is printed once, not per figure.
    expect(text.split("Japan's exports to Russia in 2001").length - 1).toBe(1);
    // Claim and record, folded on screen, is printed: the build's arithmetic, the record's
    // source, "No record found" with where we looked, and the citation names the record.
    expect(text).toContain('Computed from the record: 719.3 / 571.4 − 1 = +25.9 %');
    expect(text).toContain('The record is 14.1 percentage points lower than the claim.');
    expect(text).toContain('No record found. Searched:');
    expect(text).toContain('https://www.erina.or.jp/en/columns-opinion/4789/');
    expect(text).toMatch(/Cite as: .*Read against the records: Ministry of Economic Development/);
  });
});
