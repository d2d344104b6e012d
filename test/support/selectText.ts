// Selects words on a page the way a mouse drag would (a DOM range over the text nodes of <main>),
// for browser tests of the source view's "Add as figure…". No waiting here: callers wait for
// what the selection opens.

import type { Page } from 'playwright-core';

/** @example await selectText(page, 'rose 12.5% in 2032') */
export async function selectText(page: Page, needle: string): Promise<void> {
  await page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    while (walker.nextNode()) nodes.push(walker.currentNode as Text);
    const all = nodes.map((n) => n.data).join('');
    const at = all.indexOf(needle);
    if (at < 0) throw new Error(`"${needle}" is not on the page`);
    const locate = (offset: number): [Text, number] => {
      let seen = 0;
      for (const n of nodes) {
        if (offset <= seen + n.data.length) return [n, offset - seen];
        seen += n.data.length;
      }
      throw new Error('offset past the text');
    };
    const range = document.createRange();
    range.setStart(...locate(at));
    range.setEnd(...locate(at + needle.length));
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  }, needle);
}
