// "Claim and record" in the card: the summary from the figures alone, and the opened panel with
// bars, difference, arithmetic, caveats and both citations, or "No record found" with the search.
// The records file is the one the build publishes from the real data (no hand-typed numbers).

import { render, screen, within } from '@testing-library/svelte';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ClaimRecordSection from '../../src/components/ClaimRecordSection.svelte';
// Loaded up front so the section's dynamic import finds it compiled (jsdom compiles on demand).
import '../../src/components/ClaimRecordPanel.svelte';
import { loadDataset } from '../../src/data/loadDataset.ts';
import { publishDataset } from '../../src/build/publish.ts';
import { forgetRecords } from '../../src/data/fetchRecords.ts';
import { HOSTILE } from './fixtures.ts';

const root = resolve(import.meta.dirname, '../..');
const { dataset, texts } = loadDataset(resolve(root, 'data'), root);
const recordsJson = publishDataset(dataset, texts)['data/records.json']!;
const byId = (id: string) => dataset.figures.find((f) => f.id === id)!;

function serveRecords(body = recordsJson) {
  const fetchMock = vi.fn(async () => new Response(body, { status: 200 }));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
  forgetRecords();
});

// The panel is its own chunk (a dynamic import), which jsdom can take more than a second to load.
const slow = { timeout: 10_000 };

describe('ClaimRecordSection', () => {
  it('says in its summary which claims have a record, and fetches nothing while closed', () => {
    const fetchMock = serveRecords();
    render(ClaimRecordSection, {
      figures: [byId('japan-exports-to-russia-2001'), byId('japan-fdi-to-russia-2001')],
    });
    expect(screen.getByText(/^Claim and record: a record for 1 of 2 figures/)).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('opened, shows the claim beside the record with the build’s arithmetic and both citations', async () => {
    serveRecords();
    render(ClaimRecordSection, {
      figures: [byId('japan-exports-to-russia-2001'), byId('japan-fdi-to-russia-2001')],
      open: true,
    });
    const exportsClaim = await screen.findByText("Japan's exports to Russia", {}, slow);
    const section = exportsClaim.closest('section')!;
    expect(within(section).getByRole('table')).toHaveTextContent(/Claimed \+40\s%/);
    expect(within(section).getByRole('table')).toHaveTextContent(/\+25\.9\s%/);
    expect(section).toHaveTextContent('The record is 14.1 percentage points lower than the claim.');
    expect(section).toHaveTextContent(/719\.3 \/ 571\.4 − 1 = \+25\.9\s%/);
    expect(section).toHaveTextContent('Foreign Minister Yoriko Kawaguchi: “increased 40%”');
    expect(within(section).getByRole('link')).toHaveAttribute(
      'href',
      'https://www.erina.or.jp/en/columns-opinion/4789/',
    );
    const fdi = (await screen.findByText("Japan's direct investment to Russia", {}, slow)).closest(
      'section',
    )!;
    expect(fdi).toHaveTextContent(/No record found\. Searched: Japan's direct investment/);
    const putin = (await screen.findByText('The statement answered', {}, slow)).closest('section')!;
    expect(putin).toHaveTextContent('which matches "not increasing"');
  }, 20_000);

  it('says what failed when the records file is not a records file', async () => {
    serveRecords('{"version": 2}');
    render(ClaimRecordSection, {
      figures: [byId('sakhalin-1-japanese-capital-share')],
      open: true,
    });
    expect(await screen.findByRole('alert', {}, slow)).toHaveTextContent(
      'data/records.json is not a Cited Figures records file',
    );
  });

  it('renders record text as text, never as HTML', async () => {
    const hostile = JSON.parse(recordsJson);
    hostile.records[0].label = HOSTILE;
    hostile.claims[0].comparisons[0].difference = HOSTILE;
    serveRecords(JSON.stringify(hostile));
    const { container } = render(ClaimRecordSection, {
      figures: [byId('japan-exports-to-russia-2001')],
      open: true,
    });
    expect(
      (await screen.findAllByText(new RegExp(HOSTILE.slice(0, 8)), {}, slow)).length,
    ).toBeGreaterThan(0);
    expect(container.querySelector('img')).toBeNull();
  });
});
