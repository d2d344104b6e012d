// One 2D context that draws on several at once (the SVG canvas and the PDF page of an image), so
// Chart.js lays out and draws a chart once for both. Queries (measureText, getTransform…) are
// answered by the first context only; it never creates canvases and refuses context-bound objects.

/** Methods that only read: asked of the first context alone. */
const QUERIES = new Set<PropertyKey>([
  'measureText',
  'getTransform',
  'getLineDash',
  'getImageData',
  'isPointInPath',
  'isPointInStroke',
  'getContextAttributes',
]);

/** Methods whose result belongs to one context (a gradient, a pattern): a tee cannot share it. */
const BOUND = new Set<PropertyKey>([
  'createLinearGradient',
  'createRadialGradient',
  'createConicGradient',
  'createPattern',
  'createImageData',
]);

/**
 * A context whose drawing calls and property sets go to `primary` and every one of `others`, in
 * that order, and whose reads come from `primary`. Use it only for targets of the same size and
 * pixel ratio whose text measures the same (one font), so each gets the calls it would have got.
 * @example const ctx = teeContext(svgCanvas.getContext('2d'), pdfPage); ctx.fillRect(0, 0, 10, 10); // drawn on both
 * @throws Error when a gradient or pattern is created through it (draw those per target).
 */
export function teeContext<T extends object>(primary: T, ...others: T[]): T {
  if (others.length === 0) return primary;
  const methods = new Map<PropertyKey, (...args: unknown[]) => unknown>();
  return new Proxy(primary, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== 'function') return value;
      let method = methods.get(prop);
      if (method) return method;
      const own = value as (...args: unknown[]) => unknown;
      if (BOUND.has(prop))
        method = () => {
          throw new Error(
            `teeContext: ${String(prop)} makes an object bound to one context; draw gradients and patterns on each target, not through a tee.`,
          );
        };
      else if (QUERIES.has(prop)) method = (...args) => own.apply(target, args);
      else
        method = (...args) => {
          const result = own.apply(target, args);
          for (const other of others)
            (Reflect.get(other, prop, other) as (...a: unknown[]) => unknown).apply(other, args);
          return result;
        };
      methods.set(prop, method);
      return method;
    },
    set(target, prop, value) {
      const ok = Reflect.set(target, prop, value, target);
      for (const other of others) Reflect.set(other, prop, value, other);
      return ok;
    },
  });
}
