// The compare picker in jsdom: grouping by topic and source, filtering as you type or choose,
// checkboxes that toggle figures, the 200-result cap, and keyboard movement with the arrow keys.
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import FigurePicker from '../../src/components/FigurePicker.svelte';
import type { Figure, Source } from '../../src/model/figure.ts';
import { buildSearchIndex } from '../../src/model/figureSearch.ts';
import { PickerState } from '../../src/components/pickerState.svelte.ts';
import { aSource, quotedFigure } from '../support/fixtures.ts';

const source = (id: string, title: string, date = '2002-10-14'): Source =>
  aSource({ id, title, publisher: 'MOFA', date, url: `https://example.test/${id}` });

function fig(
  id: string,
  label: string,
  topic: string,
  sourceId = 'meeting',
  speaker = 'Kawaguchi',
): Figure {
  return {
    ...quotedFigure({ id, label, topic, speaker, kind: 'share', value: 30 }, '30%', sourceId),
    quote: { sourceId, exact: `${label} 30%`, prefix: '', suffix: '', start: 0, end: 3 },
  };
}

const sources = [source('meeting', 'The meeting'), source('speech', 'A speech', '1999-01-01')];
const figures = [
  fig('exports', 'Exports to Russia', 'trade'),
  fig('s1', 'Capital in Sakhalin-1', 'investment'),
  fig('s2', 'Capital in Sakhalin-2', 'investment'),
  fig('old', 'Old trade', 'trade', 'speech', 'Komura'),
];

function setup(list = figures, selected: string[] = []) {
  const ontoggle = vi.fn();
  const index = buildSearchIndex(list, sources);
  const result = render(FigurePicker, { index, selected, ontoggle });
  return { ...result, ontoggle };
}

// A CSS query, not queryAllByRole: Testing Library's role query computes every element's role and
// visibility, which took 4–8 s for the 200-row lists here. Roles and names are checked by the
// grouping test (getAllByRole within a group) and the searchbox and combobox queries.
const boxes = () => [...document.body.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
const ids = () => boxes().map((b) => b.dataset.figure);
const search = () => screen.getByRole('searchbox', { name: /search figures/i });

describe('FigurePicker', () => {
  it('groups figures by topic and source', () => {
    setup();
    const legends = screen
      .getAllByRole('group')
      .map((g) => g.querySelector('legend')?.textContent?.replace(/\s+/g, ' ').trim());
    expect(legends).toEqual([
      'trade · The meeting',
      'investment · The meeting',
      'trade · A speech',
    ]);
    expect(within(screen.getAllByRole('group')[1]!).getAllByRole('checkbox')).toHaveLength(2);
  });

  it.each([
    { typed: 'sakhalin', out: ['s1', 's2'] },
    { typed: 'SAKHALIN-2', out: ['s2'] },
    { typed: 'komura', out: ['old'] },
    { typed: 'nothing', out: [] },
  ])('typing "$typed" shows $out', async ({ typed, out }) => {
    setup();
    await fireEvent.input(search(), { target: { value: typed } });
    expect(ids()).toEqual(out);
    expect(screen.getByTestId('picker-count')).toHaveTextContent(
      `${out.length} ${out.length === 1 ? 'figure matches' : 'figures match'}`,
    );
  });

  it.each([
    { label: /topic/i, value: 'trade', out: ['exports', 'old'] },
    { label: /speaker/i, value: 'Komura', out: ['old'] },
    { label: /^source$/i, value: 'meeting', out: ['exports', 's1', 's2'] },
  ])('choosing $value in $label filters', async ({ label, value, out }) => {
    setup();
    const select = screen.getByRole('combobox', { name: label }) as HTMLSelectElement;
    select.value = value;
    await fireEvent.change(select);
    expect(ids()).toEqual(out);
  });

  it('filters by source date, ignoring a half-typed year', async () => {
    setup();
    const to = screen.getByRole('textbox', { name: /^to$/i });
    await fireEvent.input(to, { target: { value: '20' } });
    expect(ids()).toHaveLength(4);
    await fireEvent.input(to, { target: { value: '2000' } });
    expect(ids()).toEqual(['old']);
  });

  it('clears every filter with one button', async () => {
    setup();
    await fireEvent.input(search(), { target: { value: 'sakhalin' } });
    await fireEvent.click(screen.getByRole('button', { name: /clear filters/i }));
    expect(ids()).toHaveLength(4);
    expect(search()).toHaveValue('');
  });

  it('checks the selected figures and reports toggles', async () => {
    const { ontoggle } = setup(figures, ['s2']);
    expect(boxes().map((b) => b.checked)).toEqual([false, false, true, false]);
    await fireEvent.click(boxes()[0]!);
    expect(ontoggle).toHaveBeenCalledWith('exports');
  });

  it('shows at most 200 results and says how many more there are', () => {
    const many = Array.from({ length: 250 }, (_, i) => fig(`f-${i}`, `Figure ${i}`, 'trade'));
    setup(many);
    expect(boxes()).toHaveLength(200);
    expect(screen.getByTestId('picker-more')).toHaveTextContent('50 more — refine the search.');
  });

  it('writes counts with thousands separators, as the page’s language does', () => {
    const many = Array.from({ length: 1250 }, (_, i) => fig(`f-${i}`, `Figure ${i}`, 'trade'));
    setup(many);
    expect(screen.getByTestId('picker-count')).toHaveTextContent(
      '1,250 figures match; showing the first 200.',
    );
    expect(screen.getByTestId('picker-more')).toHaveTextContent('1,050 more — refine the search.');
  });

  it('keeps what was typed in a state the page holds when the picker is mounted again', async () => {
    const index = buildSearchIndex(figures, sources);
    const keep = new PickerState(index);
    const first = render(FigurePicker, { index, selected: [], ontoggle: vi.fn(), keep });
    await fireEvent.input(search(), { target: { value: 'sakhalin' } });
    expect(ids()).toEqual(['s1', 's2']);
    first.unmount();
    render(FigurePicker, { index, selected: ['s1'], ontoggle: vi.fn(), keep });
    expect(search()).toHaveValue('sakhalin');
    expect(ids()).toEqual(['s1', 's2']);
  });

  it.each([
    { start: 'search', keys: ['ArrowDown'], focused: 'exports' },
    { start: 'search', keys: ['ArrowDown', 'ArrowDown', 'ArrowDown'], focused: 's2' },
    { start: 'search', keys: ['ArrowDown', 'End'], focused: 'old' },
    { start: 'search', keys: ['ArrowDown', 'End', 'Home'], focused: 'exports' },
    { start: 'search', keys: ['ArrowDown', 'End', 'ArrowDown'], focused: 'old' },
    { start: 'search', keys: ['ArrowDown', 'ArrowUp'], focused: 'search' },
    { start: 'search', keys: ['ArrowUp'], focused: 'search' },
  ])('keys $keys from the $start box focus $focused', async ({ keys, focused }) => {
    setup();
    search().focus();
    for (const key of keys) {
      await fireEvent.keyDown(document.activeElement!, { key });
      await tick();
    }
    const active = document.activeElement as HTMLElement;
    expect(focused === 'search' ? active === search() : active.dataset.figure).toBe(
      focused === 'search' ? true : focused,
    );
  });

  it('Space on a focused checkbox toggles it (native checkbox)', async () => {
    const { ontoggle } = setup();
    search().focus();
    await fireEvent.keyDown(search(), { key: 'ArrowDown' });
    const box = document.activeElement as HTMLInputElement;
    expect(box.type).toBe('checkbox');
    // jsdom does not turn a key press into a click; a real browser does (covered by the browser test).
    await fireEvent.click(box);
    expect(ontoggle).toHaveBeenCalledWith('exports');
  });
});
