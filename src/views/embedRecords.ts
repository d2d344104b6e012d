// The embed's compact "Claim and record" lines, loaded after the charts have drawn (its own chunk,
// so the embed's startup budget does not grow): data/records.json through the checked loader, and
// one line a claim with the record's source link. Plain DOM through h(); it computes nothing.

import type { Figure } from '../model/figure.ts';
import { loadRecords } from '../data/fetchRecords.ts';
import { compactRecordLines } from '../export/recordLines.ts';
import { h } from './dom.ts';

/**
 * Fills `box` with the record lines of `figures` (nothing when none is linked); a failed load
 * says so in one muted line rather than leaving a gap.
 * @example await fillRecords(box, [exports], './') // box: <p>Record (2001 over 2000) +25.9 % against the claimed +40 %. … <a>Ministry … ↗</a></p>
 */
export async function fillRecords(
  box: HTMLElement,
  figures: readonly Figure[],
  siteUrl: string,
): Promise<void> {
  try {
    const published = await loadRecords(`${siteUrl}data/records.json`);
    const lines = compactRecordLines(figures, published);
    box.replaceChildren(
      ...lines.map((l) =>
        h(
          'p',
          { 'data-claim': l.claimId },
          l.text,
          l.url ? ' ' : '',
          l.url
            ? h('a', { href: l.url, target: '_blank', rel: 'noopener noreferrer' }, `${l.source} ↗`)
            : '',
        ),
      ),
    );
  } catch (e) {
    const { message, fix } = e as Error & { fix?: string };
    box.replaceChildren(h('p', {}, `Records: ${message}${fix ? ` ${fix}` : ''}`));
  }
}
