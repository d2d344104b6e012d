// The embed's text below its chart (jsdom), from the real data/: the elements come back in
// order with the claim-and-record lines already in (appended in one piece, so nothing below them
// moves when data/records.json arrives), or without a records box when no claim links a record.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { forgetRecords } from '../../src/data/fetchRecords.ts';
import { embedDetails } from '../../src/views/embedDetails.ts';
import { dataset, figureById as fig, recordsBody as body } from '../support/publishedRecords.ts';

const exportsId = 'japan-exports-to-russia-2001';

afterEach(() => {
  forgetRecords();
  vi.unstubAllGlobals();
});

describe('embedDetails', () => {
  it.each([
    {
      name: 'a figure that links a record: its lines are in before the elements are returned',
      figure: fig(exportsId),
      classes: ['quote', 'source', 'records muted', 'downloads'],
      recordLines: 2,
    },
    {
      name: 'a figure that links none: no records box, no request',
      figure: { ...fig(exportsId), records: undefined, context: undefined },
      classes: ['quote', 'source', 'downloads'],
      recordLines: 0,
    },
  ])('$name', async ({ figure, classes, recordLines }) => {
    // The response is held until the test lets it go: embedDetails must wait for it.
    let answer!: () => void;
    const answered = new Promise<void>((r) => (answer = r));
    const fetch = vi.fn(async () => {
      await answered;
      return new Response(JSON.stringify(body));
    });
    vi.stubGlobal('fetch', fetch);
    const input = {
      figures: [figure],
      dataset,
      chart: undefined,
      quote: true,
      siteUrl: './',
      quoteOf: new Map<string, HTMLElement>(),
    };
    let settled = false;
    const pending = embedDetails(input).then((els) => ((settled = true), els));
    // While the records' fetch is unanswered, nothing may have been returned yet.
    if (recordLines) {
      await vi.waitFor(() => expect(fetch).toHaveBeenCalled());
      expect(settled).toBe(false);
    }
    answer();
    const els = await pending;
    expect(els.map((e) => e.className.replace(/^(muted )?note$/, 'note'))).toEqual(
      els.some((e) => e.classList.contains('note'))
        ? [classes[0], 'note', ...classes.slice(1)]
        : classes,
    );
    expect(els.flatMap((e) => [...e.querySelectorAll('p[data-claim]')])).toHaveLength(recordLines);
    expect(fetch).toHaveBeenCalledTimes(recordLines ? 1 : 0);
  });
});
