// The part of @kurkle/color that Chart.js calls (its `color()` helper: `valid`, `mix`,
// `hexString`, `saturate`, `darken`), built from that package's own parsers and converters so
// the browser bundle drops its CSS colour-name table and unused methods (~3 KB gzip). The build
// hands it to Chart.js only (build/chartJsTreeShake.ts); it must not parse colours of its own.

import { b2n, hexParse, hexString, hsl2rgb, n2b, rgb2hsl, rgbParse } from '@kurkle/color';

interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/**
 * A colour from a hex or rgb()/rgba() string or the word "transparent", as @kurkle/color parses
 * it; hsl(), hwb() and other CSS colour names are not valid here (Chart.js then draws the target
 * colour without a transition and no hover tint), so charts/ writes colours as hex or rgba().
 * @example new Color('#0072B2').saturate(0.5).darken(0.1).hexString() // '#00598E', as @kurkle/color
 */
export class Color {
  private _rgb: Rgba | undefined;

  constructor(input: string | Color) {
    if (input instanceof Color) return input;
    const s = String(input);
    const parsed =
      hexParse(s) ??
      (s.trim().toLowerCase() === 'transparent'
        ? { r: 0, g: 0, b: 0, a: 0 }
        : (rgbParse(s) as Rgba | undefined));
    this._rgb = parsed ?? undefined;
  }

  get valid(): boolean {
    return !!this._rgb;
  }

  /** `#rrggbb` (or with alpha, short when it can be), undefined when not valid. */
  hexString(): string | undefined {
    return this._rgb ? (hexString(this._rgb) as string) : undefined;
  }

  /** Blends `color` in by 1 − weight, the formula of @kurkle/color's mix. */
  mix(color: Color | undefined, weight?: number): this {
    const c1 = this._rgb;
    const c2 = color?._rgb;
    if (c1 && c2) {
      const p = weight === undefined ? 0.5 : weight;
      const w = 2 * p - 1;
      const a1 = b2n(c1.a);
      const a2 = b2n(c2.a);
      const a = a1 - a2;
      const w1 = ((w * a === -1 ? w : (w + a) / (1 + w * a)) + 1) / 2;
      const w2 = 1 - w1;
      this._rgb = {
        r: 0xff & (w1 * c1.r + w2 * c2.r + 0.5),
        g: 0xff & (w1 * c1.g + w2 * c2.g + 0.5),
        b: 0xff & (w1 * c1.b + w2 * c2.b + 0.5),
        a: n2b(p * a1 + (1 - p) * a2),
      };
    }
    return this;
  }

  saturate(ratio: number): this {
    return this.modHsl(1, ratio);
  }

  darken(ratio: number): this {
    return this.modHsl(2, -ratio);
  }

  private modHsl(i: 1 | 2, ratio: number): this {
    const v = this._rgb;
    if (v) {
      const hsl = rgb2hsl(v);
      hsl[i] = Math.max(0, Math.min(hsl[i]! + hsl[i]! * ratio, 1));
      const [r, g, b] = hsl2rgb(hsl);
      this._rgb = { r: r!, g: g!, b: b!, a: v.a };
    }
    return this;
  }
}
