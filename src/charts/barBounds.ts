// The pixel rectangle of a drawn bar, for overlays (keyboard buttons) and plugins. Pure geometry
// over the element's final (non-animated) properties.

import type { Element } from 'chart.js';

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface BarProps {
  x: number;
  y: number;
  base: number;
  width: number;
  height: number;
}

/**
 * @example barBounds({ x: 50, y: 20, base: 100, width: 30 } as bar, false)
 * // { left: 35, right: 65, top: 20, bottom: 100 }
 */
export function barBounds(el: Element, horizontal: boolean, final = true): Rect {
  const p = el.getProps(['x', 'y', 'base', 'width', 'height'], final) as unknown as BarProps;
  if (horizontal) {
    const half = p.height / 2;
    return {
      left: Math.min(p.x, p.base),
      right: Math.max(p.x, p.base),
      top: p.y - half,
      bottom: p.y + half,
    };
  }
  const half = p.width / 2;
  return {
    left: p.x - half,
    right: p.x + half,
    top: Math.min(p.y, p.base),
    bottom: Math.max(p.y, p.base),
  };
}
