// Maps a DOM selection inside the source view's text to code-point offsets of the source text,
// using the runs' start offsets (data-start on each run). DOM reading only: it builds no
// annotation and must not import the extractor (that loads later, with import()).

import { codePointLength } from '../model/codePoints.ts';

/**
 * Code-point offsets [start, end) of the part of `range` that lies inside `container`, or
 * undefined when the range is collapsed or outside it. Runs are elements with `data-start`.
 * @example selectionOffsets(getSelection()!.getRangeAt(0), textDiv) // { start: 4317, end: 4456 }
 */
export function selectionOffsets(
  range: Range,
  container: Element,
): { start: number; end: number } | undefined {
  if (range.collapsed) return undefined;
  const whole = container.ownerDocument.createRange();
  whole.selectNodeContents(container);
  // Outside the text entirely (the heading, the footer): nothing to annotate.
  if (
    range.compareBoundaryPoints(Range.END_TO_START, whole) >= 0 ||
    range.compareBoundaryPoints(Range.START_TO_END, whole) <= 0
  ) {
    return undefined;
  }
  // A selection that reaches beyond the text is cut at the text's edges.
  const startInside = range.compareBoundaryPoints(Range.START_TO_START, whole) >= 0;
  const endInside = range.compareBoundaryPoints(Range.END_TO_END, whole) <= 0;
  const start = startInside
    ? boundaryOffset(container, range.startContainer, range.startOffset)
    : 0;
  const end = endInside
    ? boundaryOffset(container, range.endContainer, range.endOffset)
    : boundaryOffset(container, container, container.childNodes.length);
  return start < end ? { start, end } : undefined;
}

/**
 * The code-point offset of one DOM boundary point inside `container`: the start of the run
 * holding it plus the code points between the run's start and the point.
 * @example boundaryOffset(textDiv, markTextNode, 3) // run's data-start + 3 (if no astral characters)
 */
export function boundaryOffset(container: Element, node: Node, offset: number): number {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const run = element?.closest('[data-start]');
  const from = run && container.contains(run) ? run : container;
  const before = container.ownerDocument.createRange();
  before.setStart(from, 0);
  before.setEnd(node, offset);
  // Outside any run (a boundary between runs) counts from the start of the text: slower, exact.
  const base = from === container ? 0 : Number((from as HTMLElement).dataset.start);
  return base + codePointLength(before.toString());
}
