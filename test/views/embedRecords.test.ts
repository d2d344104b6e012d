// The embed's compact "Claim and record" lines (jsdom), from the real data/ and the build's own
// comparisons served as data/records.json: one line a claim, the record's source as a link that
// opens a new tab, "No record found" for a figure's own claim, and a clear line when loading fails.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { forgetRecords } from '../../src/data/fetchRecords.ts';
import { fillRecords } from '../../src/views/embedRecords.ts';
import { figureById as fig, recordsBody as body } from '../support/publishedRecords.ts';

afterEach(() => {
  forgetRecords();
  vi.unstubAllGlobals();
});

describe('fillRecords', () => {
  it.each([
    {
      ids: ['japan-exports-to-russia-2001'],
      lines: [
        /^Record \(2001 over 2000\) \+25\.9\s%.*Ministry of Economic Development and Trade of the Russian Federation ↗$/,
        /^The statement answered: record/,
      ],
    },
    {
      ids: ['japan-fdi-to-russia-2001'],
      lines: [/^No record found\.$/, /^The statement answered:/],
    },
    {
      ids: ['japan-exports-to-russia-2001', 'japan-fdi-to-russia-2001'],
      lines: [
        /^Japan's exports to Russia: record/,
        /^Japan's direct investment to Russia: no record found\.$/,
        /^The statement answered:/,
      ],
    },
  ])('$ids', async ({ ids, lines }) => {
    const fetch = vi.fn(async () => new Response(JSON.stringify(body)));
    vi.stubGlobal('fetch', fetch);
    const box = document.createElement('div');
    await fillRecords(box, ids.map(fig), './');
    expect(fetch).toHaveBeenCalledWith('./data/records.json');
    const ps = [...box.querySelectorAll('p')];
    expect(ps).toHaveLength(lines.length);
    ps.forEach((p, i) => expect(p.textContent).toMatch(lines[i]!));
    for (const a of box.querySelectorAll('a')) {
      expect(a.getAttribute('href')).toMatch(/^https:\/\//);
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toContain('noopener');
    }
  });

  it('says the records could not be loaded, and what to do', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('nope', { status: 404 })),
    );
    const box = document.createElement('div');
    await fillRecords(box, [fig('japan-exports-to-russia-2001')], './');
    expect(box.textContent).toMatch(
      /^Records: data\/records\.json could not be loaded \(HTTP 404\)/,
    );
    expect(box.textContent).toContain('npm run build');
  });
});
