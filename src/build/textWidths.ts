// Text widths measured once a thread: Skia's text shaping costs tens of microseconds a call, and
// an image build measures the same tick labels, words and lines in every image and every format.
// Answers only `.width` (all our layout and Chart.js read); draws nothing, keeps no context.

/** A width memo by font and text, cleared when it holds `limit` entries. */
export class TextWidths {
  /** Font → text → width: two levels, so no font and text can collide. */
  private readonly widths = new Map<string, Map<string, number>>();
  private size = 0;
  constructor(private readonly limit = 100_000) {}

  /**
   * The width of `text` in `font`, measured by `measure` the first time only.
   * @example widths.get('14px "DejaVu Sans"', '40 %', () => ctx.measureText('40 %').width) // 31.2
   */
  get(font: string, text: string, measure: () => number): number {
    let byText = this.widths.get(font);
    const known = byText?.get(text);
    if (known !== undefined) return known;
    const width = measure();
    if (this.size >= this.limit) {
      this.widths.clear();
      this.size = 0;
      byText = undefined;
    }
    if (!byText) this.widths.set(font, (byText = new Map()));
    byText.set(text, width);
    this.size++;
    return width;
  }

  /**
   * `ctx` with measureText answered from this memo (a `{ width }` object), everything else its
   * own. Only for contexts whose text settings besides the font stay fixed while drawing (ours
   * set ligatures off once), since the key is the font and the text.
   * @example const ctx = widths.around(canvas.getContext('2d')); ctx.measureText('a').width
   */
  around<T extends { font: string; measureText(text: string): { width: number } }>(ctx: T): T {
    const measureText = (text: string) => ({
      width: this.get(ctx.font, text, () => ctx.measureText(text).width),
    });
    const bound = new Map<PropertyKey, unknown>([['measureText', measureText]]);
    return new Proxy(ctx, {
      get(target, prop) {
        if (bound.has(prop)) return bound.get(prop);
        const value: unknown = Reflect.get(target, prop, target);
        if (typeof value !== 'function') return value;
        const method = (value as (...a: unknown[]) => unknown).bind(target);
        bound.set(prop, method);
        return method;
      },
      set(target, prop, value) {
        return Reflect.set(target, prop, value, target);
      },
    });
  }
}
