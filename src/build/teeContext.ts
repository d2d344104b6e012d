// One 2D context that draws on several at once (the SVG canvas, the PDF page and the 2× PNG
// canvas of an image), so Chart.js lays out and draws a chart once for all three. Queries
// (measureText, getTransform…) are answered by the first context only; it never creates canvases
// and refuses context-bound objects.

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

/** A target drawn at `ratio` device pixels a unit (the 2× PNG beside 1× SVG and PDF). */
export class ScaledTarget<T extends object> {
  constructor(
    readonly context: T,
    readonly ratio: number,
  ) {}
}

type Method = (...args: unknown[]) => unknown;

/** A target's own method, with absolute transforms multiplied by its ratio (relative ones,
 *  translate/scale/rotate/transform, compose with the scaled matrix as they are). */
function targetMethod(ctx: object, prop: PropertyKey, ratio: number): Method {
  const own = (Reflect.get(ctx, prop, ctx) as Method).bind(ctx);
  if (ratio === 1) return own;
  if (prop === 'resetTransform')
    return () =>
      (Reflect.get(ctx, 'setTransform', ctx) as Method).call(ctx, ratio, 0, 0, ratio, 0, 0);
  if (prop !== 'setTransform') return own;
  return (...args) => {
    if (args.length >= 6) return own(...args.slice(0, 6).map((v) => (v as number) * ratio));
    const m = args[0] as { a?: number; b?: number; c?: number; d?: number; e?: number; f?: number };
    const s = (v: number | undefined, dflt: number) => (v ?? dflt) * ratio;
    return own(s(m?.a, 1), s(m?.b, 0), s(m?.c, 0), s(m?.d, 1), s(m?.e, 0), s(m?.f, 0));
  };
}

/**
 * A context whose drawing calls and property sets go to `primary` and every one of `others`, in
 * that order, and whose reads come from `primary`. Use it only for targets of the same size in
 * CSS pixels whose text measures the same (one font), so each gets the calls it would have got;
 * a `ScaledTarget` gets every absolute transform multiplied by its ratio. A property set to the
 * value it was last set to (since the last save/restore) is not sent again: Skia parses a font
 * string in tens of microseconds, and Chart.js sets the same font before every label.
 * @example const ctx = teeContext(svgCanvas.getContext('2d'), pdfPage, new ScaledTarget(pngContext, 2)); ctx.fillRect(0, 0, 10, 10); // drawn on all three
 * @throws Error when a gradient or pattern is created through it (draw those per target).
 */
export function teeContext<T extends object>(
  primary: T | ScaledTarget<T>,
  ...others: (T | ScaledTarget<T>)[]
): T {
  const targets = [primary, ...others].map((t) =>
    t instanceof ScaledTarget ? t : new ScaledTarget(t, 1),
  );
  const first = targets[0]!.context;
  if (targets.length === 1 && targets[0]!.ratio === 1) return first;
  const methods = new Map<PropertyKey, Method>();
  /** The value each property was last set to through the tee, and the copies save() keeps. */
  let lastSet = new Map<PropertyKey, unknown>();
  const saved: Map<PropertyKey, unknown>[] = [];
  return new Proxy(first, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== 'function') return value;
      let method = methods.get(prop);
      if (method) return method;
      if (BOUND.has(prop))
        method = () => {
          throw new Error(
            `teeContext: ${String(prop)} makes an object bound to one context; draw gradients and patterns on each target, not through a tee.`,
          );
        };
      else if (QUERIES.has(prop)) method = (value as Method).bind(target);
      else {
        const each = targets.map((t) => targetMethod(t.context, prop, t.ratio));
        const track =
          prop === 'save'
            ? () => void saved.push(new Map(lastSet))
            : prop === 'restore'
              ? () => void (lastSet = saved.pop() ?? new Map())
              : undefined;
        method = (...args) => {
          track?.();
          const result = each[0]!(...args);
          for (let i = 1; i < each.length; i++) each[i]!(...args);
          return result;
        };
      }
      methods.set(prop, method);
      return method;
    },
    set(target, prop, value) {
      if (lastSet.has(prop) && lastSet.get(prop) === value) return true;
      lastSet.set(prop, value);
      const ok = Reflect.set(target, prop, value, target);
      for (let i = 1; i < targets.length; i++) {
        const other = targets[i]!.context;
        Reflect.set(other, prop, value, other);
      }
      return ok;
    },
  });
}
