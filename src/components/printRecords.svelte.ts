// The printed page carries each card's claim and record: once the page is idle this reads
// data/records.json (once, memoised by data/fetchRecords.ts) so the disclosures can render their
// panels closed, and printing opens them (afterprint closes them again). Never fetches before the
// browser is idle, never where requestIdleCallback is missing (jsdom), and a failure stays silent:
// the screen's disclosure says what failed when a reader opens it.

import { loadRecords, type PublishedRecords } from '../data/fetchRecords.ts';

/** The records once read for printing; `undefined` until then (or if they could not be read). */
export const printRecords = $state<{ published: PublishedRecords | undefined }>({
  published: undefined,
});

let scheduled = false;

/**
 * Reads the records when the browser is next idle, at most once per page, and opens the
 * claim-and-record disclosures while the page prints.
 * @example preloadForPrint(); // later: printRecords.published?.claims.length === 7
 */
export function preloadForPrint(win: Window | undefined = globalThis.window): void {
  if (scheduled || !win || typeof win.requestIdleCallback !== 'function') return;
  scheduled = true;
  win.requestIdleCallback(() => {
    loadRecords().then(
      (published) => {
        printRecords.published = published;
      },
      () => {
        // The disclosure shows the error when opened; a print without records keeps the summary.
        scheduled = false;
      },
    );
  });
  openWhilePrinting(win);
}

/**
 * Opens every closed claim-and-record disclosure on `beforeprint` and closes the same ones on
 * `afterprint`, so printing shows what the screen keeps folded and leaves the screen as it was.
 * @example openWhilePrinting(window) // print: every details.claim-record is open
 */
export function openWhilePrinting(win: Window): void {
  let opened: HTMLDetailsElement[] = [];
  win.addEventListener('beforeprint', () => {
    opened = [...win.document.querySelectorAll<HTMLDetailsElement>('details.claim-record')].filter(
      (d) => !d.open,
    );
    for (const d of opened) d.open = true;
  });
  win.addEventListener('afterprint', () => {
    for (const d of opened) d.open = false;
    opened = [];
  });
}
