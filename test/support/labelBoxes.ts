// Judges the label boxes a drawn chart publishes on its canvas (`citedLabelBoxes`, written by
// src/charts/labelBoxes.ts): overlaps, labels past the canvas edge, rotated ticks. Test-only.

import type { DrawnLabels, LabelBox } from '../../src/charts/labelBoxes.ts';

export type { DrawnLabels, LabelBox } from '../../src/charts/labelBoxes.ts';

/**
 * Every problem a reader would see: two labels overlapping, a label past the canvas edge, a
 * rotated tick label. Lines of one wrapped label touch without overlapping; 1 px of slack
 * absorbs rounding.
 * @example labelProblems({ width: 300, height: 200, boxes: [a, b], rotatedTicks: 0 })
 * // ['"US$8 billion" [10,5–90,20] overlaps "Japanese invest" [40,10–120,25]']
 */
export function labelProblems(drawn: DrawnLabels): string[] {
  const out: string[] = [];
  const { boxes } = drawn;
  for (const b of boxes) {
    if (b.left < -1 || b.top < -1 || b.right > drawn.width + 1 || b.bottom > drawn.height + 1) {
      out.push(`"${b.text}" ${fmt(b)} is cut off by the ${drawn.width}×${drawn.height} canvas`);
    }
  }
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (w > 1 && h > 1) out.push(`"${a.text}" ${fmt(a)} overlaps "${b.text}" ${fmt(b)}`);
    }
  }
  if (drawn.rotatedTicks > 0) out.push(`${drawn.rotatedTicks} tick labels are rotated`);
  return out;
}

function fmt(b: LabelBox): string {
  return `[${Math.round(b.left)},${Math.round(b.top)}–${Math.round(b.right)},${Math.round(b.bottom)}]`;
}
