// The quote panel renders data as text (never HTML), marks the stated words, names the statement
// it answers, and links to the source view and to the original with a text fragment.

import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import QuotePanel from '../../src/components/QuotePanel.svelte';
import { amountFigure, exportsFigure, publishedSource, shareFigure } from '../support/fixtures.ts';
import { HOSTILE } from './fixtures.ts';

describe('QuotePanel', () => {
  it('renders a label and note holding HTML as text, never as elements', () => {
    const figure = { ...exportsFigure(), label: `Exports ${HOSTILE}`, notes: [HOSTILE] };
    const { container } = render(QuotePanel, {
      figure,
      figures: [figure],
      source: publishedSource(),
    });
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('heading', { level: 4 })).toHaveTextContent(
      `Exports ${HOSTILE}: +40 %`,
    );
    expect(screen.getByText(HOSTILE)).toBeInTheDocument();
  });

  it('marks the stated words inside the quote', () => {
    const { container } = render(QuotePanel, {
      figure: exportsFigure(),
      figures: [exportsFigure()],
      source: publishedSource(),
    });
    const marks = container.querySelectorAll('blockquote mark');
    expect(marks).toHaveLength(1);
    expect(marks[0]).toHaveTextContent('increased 40%');
    expect(container.querySelector('blockquote')).toHaveTextContent(
      '“Exports increased 40% and Japan holds 30% of the project, having invested $1 billion.”',
    );
  });

  it('links "Show in source" to the source view at this figure', () => {
    render(QuotePanel, {
      figure: exportsFigure(),
      figures: [exportsFigure()],
      source: publishedSource(),
    });
    expect(screen.getByRole('link', { name: 'Show in source' })).toHaveAttribute(
      'href',
      '#/source/tiny-talks?figure=tiny-exports',
    );
  });

  it('links "Open original" to the publication with a text fragment', () => {
    render(QuotePanel, {
      figure: exportsFigure(),
      figures: [exportsFigure()],
      source: publishedSource(),
    });
    const link = screen.getByRole('link', { name: 'Open original ↗' });
    expect(link.getAttribute('href')).toMatch(/^https:\/\/example\.org\/talks\.html#:~:text=/);
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(link).toHaveAttribute('target', '_blank');
  });

  it('links the statement the figure answers to the publication too', () => {
    render(QuotePanel, {
      figure: exportsFigure(),
      figures: [exportsFigure()],
      source: publishedSource(),
    });
    const link = screen.getByRole('link', { name: /Open original at A president/ });
    expect(decodeURIComponent(link.getAttribute('href')!)).toContain('#:~:text=');
    expect(decodeURIComponent(link.getAttribute('href')!)).toContain('Talks 🤝 went well');
  });

  it('shows the statement the figure answers, with its speaker', () => {
    render(QuotePanel, {
      figure: exportsFigure(),
      figures: [exportsFigure()],
      source: publishedSource(),
    });
    const context = screen.getByText(/In answer to/).closest('p')!;
    expect(context).toHaveTextContent(
      'In answer to A president: “Talks 🤝 went well, but trade is not increasing.” Open original ↗',
    );
  });

  it('names the speaker, source, publisher and date, and the transformation', () => {
    render(QuotePanel, {
      figure: exportsFigure(),
      figures: [exportsFigure()],
      source: publishedSource(),
    });
    expect(screen.getByText(/— A minister/)).toHaveTextContent(
      '— A minister, in Tiny talks (summary), A ministry, 14 October 2002',
    );
    expect(
      screen.getByText(/^increased 40% → \+40\s% from 2000, a bar from 0$/),
    ).toBeInTheDocument();
  });

  it.each([
    {
      name: 'beside another part of a whole (rests drawn)',
      other: 45,
      says: /\(derived: 100 − 30\)$/,
    },
    {
      name: 'beside a ratio above 100 (drawn as levels)',
      other: 131.5,
      says: /no rest drawn, as the chart also holds a ratio above 100$/,
    },
  ])('says what its chart did to a share $name', ({ other, says }) => {
    const figure = shareFigure();
    const figures = [figure, { ...shareFigure(), id: 'other', value: other }];
    render(QuotePanel, { figure, figures, source: publishedSource() });
    expect(screen.getByText(/^30% of the project → 30 %/)).toHaveTextContent(says);
  });

  it('badges a projection and has no "Open original" without a source', () => {
    const figure = { ...amountFigure(), status: 'expected' as const };
    render(QuotePanel, { figure, figures: [figure], source: undefined });
    expect(screen.getByText('projection')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Open original/ })).toBeNull();
  });

  it('close button calls onclose; none without it', async () => {
    const onclose = vi.fn();
    const { unmount } = render(QuotePanel, {
      figure: exportsFigure(),
      figures: [exportsFigure()],
      source: publishedSource(),
      onclose,
    });
    await fireEvent.click(screen.getByRole('button', { name: 'Close quote' }));
    expect(onclose).toHaveBeenCalledTimes(1);
    unmount();
    render(QuotePanel, {
      figure: exportsFigure(),
      figures: [exportsFigure()],
      source: publishedSource(),
    });
    expect(screen.queryByRole('button', { name: 'Close quote' })).toBeNull();
  });
});
