// One dashboard card: heading, chart, the quote at a glance, data table, and the quote panel
// only for a selected figure.

import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import FigureCard from '../../src/components/FigureCard.svelte';
import { chartGroup, exportsFigure, publishedSource } from '../support/fixtures.ts';
import { stillEnv } from './fixtures.ts';

function props(selected?: string) {
  const fdi = {
    ...exportsFigure(),
    id: 'tiny-fdi',
    label: 'Investment',
    value: 100,
    stated: exportsFigure().stated,
  };
  return {
    chart: chartGroup('growth', ['tiny-exports', 'tiny-fdi'], 'Trade'),
    figures: [exportsFigure(), fdi],
    sources: new Map([[publishedSource().id, publishedSource()]]),
    env: stillEnv(),
    selected,
    onselect: vi.fn(),
    onclose: vi.fn(),
  };
}

describe('FigureCard', () => {
  it('names the card by its heading and holds the chart and the data table', () => {
    render(FigureCard, props());
    const card = screen.getByRole('article', { name: 'Chart growth' });
    expect(card).toHaveAttribute('data-chart', 'growth');
    expect(
      screen.getByRole('img', { name: /^Chart growth\. Bar chart of changes from 2000/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('table')).toHaveTextContent('Investment');
  });

  it('shows the sentence without a click: once, stated words marked, speaker and source', async () => {
    const p = props();
    render(FigureCard, p);
    const glance = screen.getByRole('list', { name: 'Where the figures come from' });
    // Both figures quote one sentence (and here state the same words): one entry, one mark,
    // which names the first figure (quoteParts.quotedSentences marks overlapping words once).
    expect(glance.querySelectorAll('li')).toHaveLength(1);
    const marks = [...glance.querySelectorAll('mark')];
    expect(marks.map((m) => [m.textContent, m.dataset.figure])).toEqual([
      [exportsFigure().stated.text, 'tiny-exports'],
    ]);
    expect(glance).toHaveTextContent(exportsFigure().quote.exact);
    expect(glance).toHaveTextContent(
      `— ${exportsFigure().speaker}, ${publishedSource().publisher}`,
    );
    await fireEvent.click(screen.getByRole('button', { name: 'Context and notes' }));
    expect(p.onselect).toHaveBeenCalledWith('tiny-exports');
  });

  it('shows the quote panel only when one of its figures is selected', async () => {
    const p = props();
    // The panel is loaded on demand. A second card with its figure selected loads it too; the
    // first card was rendered first, so once the second card's panel is there, a panel the first
    // card wrongly asked for would be there as well: its absence is then an answer, not a guess.
    const idle = render(FigureCard, p);
    const busy = render(FigureCard, props('tiny-exports'));
    const own = within(idle.container);
    expect(await within(busy.container).findByTestId('quote-panel')).toHaveTextContent(
      'Exports: +40 %',
    );
    expect(own.queryByTestId('quote-panel')).toBeNull();
    await idle.rerender({ ...p, selected: 'tiny-exports' });
    expect(await own.findByTestId('quote-panel')).toHaveTextContent('Exports: +40 %');
    await idle.rerender({ ...p, selected: 'someone-else' });
    expect(own.queryByTestId('quote-panel')).toBeNull();
  });

  it('a bar button selects its figure; the close button closes', async () => {
    const p = props('tiny-exports');
    render(FigureCard, p);
    await fireEvent.click(await screen.findByRole('button', { name: /^Investment: \+100/ }));
    expect(p.onselect).toHaveBeenCalledWith('tiny-fdi');
    await fireEvent.click(await screen.findByRole('button', { name: 'Close quote' }));
    expect(p.onclose).toHaveBeenCalledTimes(1);
  });

  it("builds a menu's items when it first opens and keeps them, hidden, once closed", async () => {
    const { container } = render(FigureCard, props());
    const button = screen.getByRole('button', { name: /^Download/ });
    const menu = container.querySelector<HTMLElement>(`#${button.getAttribute('aria-controls')}`)!;
    expect(menu.hidden).toBe(true);
    expect(menu.querySelectorAll('a, button')).toHaveLength(0);
    await fireEvent.click(button);
    expect(menu.hidden).toBe(false);
    expect(within(menu).getByRole('link', { name: 'PNG image' })).toHaveAttribute(
      'href',
      './charts/growth.png',
    );
    await fireEvent.click(button);
    expect(menu.hidden).toBe(true);
    expect(menu.querySelectorAll('a[data-download]').length).toBeGreaterThan(0);
  });
});
