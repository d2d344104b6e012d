// The chart's data as an HTML table: caption, column headers, one row a figure.

import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import DataTable from '../../src/components/DataTable.svelte';
import { buildChart } from '../../src/charts/buildChart.ts';
import { amountFigure } from '../support/fixtures.ts';
import { HOSTILE, still } from './fixtures.ts';

function table() {
  const expected = {
    ...amountFigure(),
    id: 'tiny-expected',
    label: 'Expected total',
    status: 'expected' as const,
    value: 8e9,
  };
  return buildChart([amountFigure(), expected], still).table;
}

describe('DataTable', () => {
  it('renders the caption, the column headers and one row a figure', () => {
    const t = table();
    render(DataTable, { table: t });
    const el = screen.getByRole('table', { name: t.caption });
    expect(
      within(el)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(t.columns);
    const rows = el.querySelectorAll('tbody tr');
    expect([...rows].map((r) => r.getAttribute('data-figure'))).toEqual([
      'tiny-invested',
      'tiny-expected',
    ]);
    expect(within(rows[1] as HTMLElement).getByRole('rowheader')).toHaveTextContent(
      'Expected total',
    );
    expect(rows[1]).toHaveTextContent('Expected (projection)');
    expect(rows[1]).toHaveTextContent('US$8 billion');
  });

  it('renders cells as text', () => {
    const { container } = render(DataTable, {
      table: {
        caption: HOSTILE,
        columns: ['A', 'B'],
        rows: [{ figureId: 'x', cells: [HOSTILE, HOSTILE] }],
      },
    });
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getAllByText(HOSTILE)).toHaveLength(3);
  });
});
