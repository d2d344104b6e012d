// The SVG's text, written here instead of by Skia's SVG canvas, which spends about 0.1 ms of CPU on
// every fillText whatever its length (20 calls an image: about 4 ms, a tenth of an image's CPU).
// Each fillText leaves a marked placeholder rect in Skia's output, where its clip group, transform
// and stacking are right; finish() swaps it for a <text> with the glyph positions Skia would write
// (advances and kerning from measureText, cached a thread). No file I/O, no other canvas.

/** The part of a 2D context this module reads and draws with. */
export interface SvgTextContext {
  font: string;
  fillStyle: unknown;
  globalAlpha: number;
  textAlign: string;
  textBaseline: string;
  direction: string;
  letterSpacing?: string;
  measureText(text: string): { width: number; alphabeticBaseline: number };
  fillText(text: string, x: number, y: number, maxWidth?: number): void;
  fillRect(x: number, y: number, width: number, height: number): void;
  save(): void;
  restore(): void;
}

/** One fillText, as its <text> element will say it. */
interface TextRun {
  /** The characters Skia keeps (no leading, trailing or repeated spaces), and their x positions
   *  from `left`, where the text starts once aligned. */
  chars: string;
  left: number;
  x: number[];
  y: number;
  fill: string;
  opacity: number;
  size: string;
  weight: string | undefined;
  style: string | undefined;
}

/** A placeholder's colour: #01 then the run's index in four hex digits (never named or
 *  shortened by Skia), at an opacity no drawing of ours uses, so no real rect can look like it. */
const MARK_ALPHA = 1 / 255;
const MAX_RUNS = 0x10000;
const markStyle = (index: number) => `rgba(1, ${index >> 8}, ${index & 0xff}, ${MARK_ALPHA})`;
const MARKS = /<rect fill="#01([0-9A-F]{4})" fill-opacity="0\.0039\d*"([^>]*)\/>/g;

/** Characters whose glyphs sit one after another, left to right, one a code unit (Latin, Greek,
 *  Cyrillic, punctuation, currency, arrows and maths): any other text is left to Skia. */
const SIMPLE_TEXT =
  /^[\u0020-\u007e\u00a0-\u024f\u0370-\u03ff\u0400-\u04ff\u2000-\u200a\u2010-\u2027\u202f-\u205e\u20a0-\u20bf\u2100-\u214f\u2190-\u22ff]*$/;
const FONT =
  /^((?:(?:normal|italic|oblique|bold|bolder|lighter|[1-9]00)\s+)*)(\d+(?:\.\d+)?)px\s+(?:"([^"]+)"|([^,"]+))$/;
const HEX = /^#[0-9a-f]{6}$/i;
const RGBA = /^rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)$/;

/** A text placed from x = 0: every character's x, the whole advance, and what Skia's SVG keeps
 *  of it (no leading, trailing or repeated spaces) with those characters' x. */
interface Placed {
  x: number[];
  width: number;
  chars: string;
  keptX: number[];
}

/** What a thread has measured in one font: advances by character code, pair kerning by the two
 *  codes, baseline drops by textBaseline, and the positions of whole texts (tick labels and
 *  source lines recur from image to image). */
interface FontMetrics {
  advance: Map<number, number>;
  kerning: Map<number, number>;
  drop: Map<string, number>;
  texts: Map<string, Placed>;
}
const metricsByFont = new Map<string, FontMetrics>();

function metricsOf(font: string): FontMetrics {
  let m = metricsByFont.get(font);
  if (!m) {
    if (metricsByFont.size >= 64) metricsByFont.clear();
    m = { advance: new Map(), kerning: new Map(), drop: new Map(), texts: new Map() };
    metricsByFont.set(font, m);
  }
  return m;
}

/**
 * x positions of each character of `text` drawn from 0 (advances plus pair kerning, as Skia's
 * shaper places them), and the advance of the whole text, measured with `ctx`'s current font.
 * @example glyphPositions(ctx, 'AV') // { x: [0, 8.06…], width: 16.95… } at 13px DejaVu Sans
 */
export function glyphPositions(
  ctx: Pick<SvgTextContext, 'font' | 'measureText'>,
  text: string,
): { x: number[]; width: number } {
  const { x, width } = positionsIn(metricsOf(ctx.font), ctx, text);
  return { x, width };
}

function positionsIn(
  m: FontMetrics,
  ctx: Pick<SvgTextContext, 'measureText'>,
  text: string,
): Placed {
  const known = m.texts.get(text);
  if (known) return known;
  const advance = (code: number) => {
    let w = m.advance.get(code);
    if (w === undefined)
      m.advance.set(code, (w = ctx.measureText(String.fromCharCode(code)).width));
    return w;
  };
  const x: number[] = [];
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    x.push(at);
    const c = text.charCodeAt(i);
    const a = advance(c);
    at += a;
    if (i + 1 === text.length) break;
    const n = text.charCodeAt(i + 1);
    const pair = c * 0x10000 + n;
    let k = m.kerning.get(pair);
    if (k === undefined) {
      k = ctx.measureText(text.slice(i, i + 2)).width - a - advance(n);
      m.kerning.set(pair, (k = Math.abs(k) < 1e-9 ? 0 : k));
    }
    at += k;
  }
  // Skia's SVG text: leading, trailing and repeated spaces dropped, each kept glyph placed.
  const end = text.trimEnd().length;
  let chars = '';
  const keptX: number[] = [];
  for (let i = 0; i < end; i++) {
    const c = text[i]!;
    if (c === ' ' && (chars === '' || chars.endsWith(' '))) continue;
    chars += c;
    keptX.push(x[i]!);
  }
  if (m.texts.size >= 20_000) m.texts.clear();
  const out = { x, width: at, chars, keptX };
  m.texts.set(text, out);
  return out;
}

/** Fill colour and opacity of a fillStyle as the canvas reports it, or undefined (a gradient…). */
function parseFill(style: unknown, alpha: number): { fill: string; opacity: number } | undefined {
  if (typeof style !== 'string') return undefined;
  if (HEX.test(style)) return { fill: style.toUpperCase(), opacity: alpha };
  const m = RGBA.exec(style);
  if (!m) return undefined;
  const hex = m
    .slice(1, 4)
    .map((v) => Number(v).toString(16).padStart(2, '0'))
    .join('');
  return { fill: `#${hex.toUpperCase()}`, opacity: alpha * Number(m[4] ?? 1) };
}

interface FontFace {
  family: string;
  size: number;
  weight: string | undefined;
  style: string | undefined;
}
const faces = new Map<string, FontFace | null>();

/** A font shorthand as the canvas reports it ('bold 16px "DejaVu Sans"'), in SVG attribute
 *  values; null for what this module leaves to Skia (relative weights, a list of families…). */
function faceOf(font: string): FontFace | null {
  let face = faces.get(font);
  if (face !== undefined) return face;
  const m = FONT.exec(font);
  face = m && { family: (m[3] ?? m[4])!, size: Number(m[2]), weight: undefined, style: undefined };
  for (const w of m?.[1]!.split(/\s+/).filter(Boolean) ?? []) {
    if (!face) break;
    if (w === 'italic' || w === 'oblique') face.style = w;
    else if (w === 'bold' || w === '700') face.weight = 'bold';
    else if (/^[1-9]00$/.test(w)) face.weight = w === '400' ? undefined : w;
    else if (w !== 'normal') face = null; // bolder, lighter, small-caps…: leave it to Skia
  }
  if (faces.size >= 256) faces.clear();
  faces.set(font, face);
  return face;
}

/**
 * A number to 3 decimals, as String(Math.round(v * 1000) / 1000) writes it but about 5× faster
 * (integers only: a glyph's x is written some 50 times a text).
 * @example num(-3.3750004) // '-3.375'
 */
function num(v: number): string {
  let r = Math.round(v * 1000);
  if (r === 0) return '0';
  const sign = r < 0 ? '-' : '';
  if (r < 0) r = -r;
  const whole = Math.floor(r / 1000);
  let frac = r % 1000;
  if (frac === 0) return sign + whole;
  let digits = 3;
  while (frac % 10 === 0) {
    frac /= 10;
    digits--;
  }
  return `${sign}${whole}.${String(frac).padStart(digits, '0')}`;
}
const esc = (s: string) =>
  /[&<>"]/.test(s)
    ? s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
    : s;

function xList(left: number, x: readonly number[]): string {
  let out = num(left + x[0]!);
  for (let i = 1; i < x.length; i++) out += ` ${num(left + x[i]!)}`;
  return out;
}

/** The <text> element of a run, with the transform Skia wrote on its placeholder. */
function textElement(run: TextRun, transform: string | undefined, family: string): string {
  const opacity = run.opacity < 1 ? ` fill-opacity="${num(run.opacity)}"` : '';
  return (
    `<text fill="${run.fill}"${opacity}${transform ? ` transform="${transform}"` : ''}` +
    ` font-size="${run.size}"${run.weight ? ` font-weight="${run.weight}"` : ''}` +
    `${run.style ? ` font-style="${run.style}"` : ''} font-family="${family}"` +
    ` x="${xList(run.left, run.x)}" y="${num(run.y)}">${esc(run.chars)}</text>`
  );
}

/**
 * Wraps the 2D context of a Skia SVG canvas so that its fillText calls in `family` are written by
 * finish() instead of Skia; text it cannot place exactly as Skia would (other scripts or fonts,
 * a maxWidth that squeezes it, a gradient fill, right-to-left) still goes to Skia.
 * @example const t = svgText(svgCanvas.getContext('2d'), 'DejaVu Sans'); paint(t.context); const svg = t.finish(svgCanvas.getContent().toString('utf8'));
 */
export function svgText<T extends SvgTextContext>(
  ctx: T,
  family: string,
): { context: T; finish(svg: string): string } {
  const runs: TextRun[] = [];
  const skiaFillText = ctx.fillText.bind(ctx);
  const fillText = (text: string, x: number, y: number, maxWidth?: number) => {
    const font = ctx.font;
    const face = faceOf(font);
    const paint = face?.family === family && parseFill(ctx.fillStyle, ctx.globalAlpha);
    if (
      !face ||
      !paint ||
      runs.length >= MAX_RUNS ||
      !SIMPLE_TEXT.test(text) ||
      ctx.direction === 'rtl' ||
      (ctx.letterSpacing && ctx.letterSpacing !== '0px')
    )
      return skiaFillText(text, x, y, maxWidth);
    const m = metricsOf(font);
    const { width, chars, keptX } = positionsIn(m, ctx, text);
    if (maxWidth !== undefined && width > maxWidth) return skiaFillText(text, x, y, maxWidth);
    const opacity = Math.round(paint.opacity * 255) / 255;
    if (opacity === 0 || chars === '') return;
    const align = ctx.textAlign;
    const left =
      x - (align === 'center' ? width / 2 : align === 'right' || align === 'end' ? width : 0);
    const baseline = ctx.textBaseline;
    let drop = m.drop.get(baseline);
    if (drop === undefined) m.drop.set(baseline, (drop = -ctx.measureText('H').alphabeticBaseline));
    const size = face.size;
    runs.push({
      chars,
      left,
      x: keptX,
      y: y + drop,
      fill: paint.fill,
      opacity,
      size: num(size),
      weight: face.weight,
      style: face.style,
    });
    // The placeholder covers the glyphs, so Skia drops it only where it would drop the text.
    ctx.save();
    ctx.globalAlpha = 1;
    ctx.fillStyle = markStyle(runs.length - 1);
    ctx.fillRect(left - 2, y + drop - size * 1.2, width + 4, size * 1.6);
    ctx.restore();
  };
  const context = new Proxy(ctx, {
    get(target, prop) {
      if (prop === 'fillText') return fillText;
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
    },
    set(target, prop, value) {
      return Reflect.set(target, prop, value, target);
    },
  });
  const familyAttr = esc(family);
  return {
    context,
    finish: (svg) =>
      runs.length === 0
        ? svg
        : svg.replace(MARKS, (_m, hex: string, rest: string) => {
            const run = runs[parseInt(hex, 16)];
            if (!run) return '';
            const transform = / transform="([^"]*)"/.exec(rest)?.[1];
            return textElement(run, transform, familyAttr);
          }),
  };
}
