// DOM selections in the source view's runs map to code-point offsets of the source text,
// whatever node the browser puts each boundary in (text node, run, link, the text itself).

import { afterEach, describe, expect, it } from 'vitest';
import { selectionOffsets } from '../../src/components/selectionOffsets.ts';

/** Runs as SourceView renders them: plain <span> and linked <a><mark>, each with data-start. */
const RUNS: { text: string; mark?: boolean }[] = [
  { text: '😀 Talks 𝐀 ' },
  { text: 'rose 40%', mark: true },
  { text: ' then 🤝 ' },
  { text: 'fell', mark: true },
  { text: '.' },
];
const TEXT = RUNS.map((r) => r.text).join('');

/** Builds <h2>Title</h2><div class="text">runs</div> and returns the text div. */
function render(): HTMLElement {
  document.body.innerHTML = '<h2>Title</h2><div class="text"></div><p>After</p>';
  const div = document.querySelector<HTMLElement>('.text')!;
  let start = 0;
  for (const run of RUNS) {
    const el = document.createElement(run.mark ? 'mark' : 'span');
    el.dataset.start = String(start);
    el.textContent = run.text;
    if (run.mark) {
      const a = document.createElement('a');
      a.href = '#/figure/x';
      a.append(el);
      div.append(a);
    } else div.append(el);
    start += Array.from(run.text).length;
  }
  return div;
}

/** Code points of `needle` in TEXT. */
function cp(needle: string): { start: number; end: number } {
  const at = TEXT.indexOf(needle);
  const start = Array.from(TEXT.slice(0, at)).length;
  return { start, end: start + Array.from(needle).length };
}

/** The text node of the i-th run. */
const textOf = (div: HTMLElement, i: number): Text =>
  div.querySelectorAll('[data-start]')[i]!.firstChild as Text;

function range(a: [Node, number], b: [Node, number]): Range {
  const r = document.createRange();
  r.setStart(...a);
  r.setEnd(...b);
  return r;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('selectionOffsets', () => {
  it.each([
    // [description, start boundary, end boundary, expected needle]
    {
      name: 'inside one run, after astral characters',
      pick: (d: HTMLElement) =>
        range([textOf(d, 0), '😀 '.length], [textOf(d, 0), '😀 Talks'.length]),
      needle: 'Talks',
    },
    {
      name: 'across a plain run and a mark',
      pick: (d: HTMLElement) => range([textOf(d, 0), '😀 Talks '.length], [textOf(d, 1), 4]),
      needle: '𝐀 rose',
    },
    {
      name: 'from the start of a link element to the end of a mark',
      pick: (d: HTMLElement) => range([d.children[1]!, 0], [textOf(d, 3), 4]),
      needle: 'rose 40% then 🤝 fell',
    },
    {
      name: 'with boundaries on the text element between runs',
      pick: (d: HTMLElement) => range([d, 2], [d, 4]),
      needle: ' then 🤝 fell',
    },
    {
      name: 'cut at the text when the selection starts in the heading and ends after it',
      pick: (_d: HTMLElement) =>
        range(
          [document.querySelector('h2')!.firstChild!, 2],
          [document.querySelector('p')!.firstChild!, 3],
        ),
      needle: TEXT,
    },
  ])('$name', ({ pick, needle }) => {
    const div = render();
    expect(selectionOffsets(pick(div), div)).toEqual(cp(needle));
  });

  it('ignores a collapsed selection and one outside the text', () => {
    const div = render();
    expect(selectionOffsets(range([textOf(div, 1), 2], [textOf(div, 1), 2]), div)).toBeUndefined();
    const h2 = document.querySelector('h2')!.firstChild!;
    expect(selectionOffsets(range([h2, 0], [h2, 3]), div)).toBeUndefined();
  });
});
