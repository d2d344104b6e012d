// The fast PNG writer, read back by programs we did not write: ImageMagick finds 0 pixels that
// differ from Skia's own PNG of the same canvas, pngcheck finds every chunk and CRC valid, and the
// metadata (sRGB, pHYs, text) is what Skia wrote.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import { afterAll, describe, expect, it } from 'vitest';
import { encodePng, type PngMetadata } from '../../src/build/pngWriter.ts';

const dir = mkdtempSync(join(tmpdir(), 'png-writer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const run = (cmd: string, args: string[]) =>
  execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] }).toString();

/** A canvas painted as our images are: an opaque background, then shapes, lines and text. */
function painted(width: number, height: number) {
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#3366cc';
  ctx.fillRect(width / 8, height / 4, width / 2, height / 3);
  ctx.strokeStyle = 'rgba(200, 30, 30, 0.5)';
  ctx.lineWidth = 3;
  ctx.beginPath();
  ctx.moveTo(0, height);
  ctx.lineTo(width, 0);
  ctx.stroke();
  ctx.fillStyle = '#222';
  ctx.font = '14px sans-serif';
  ctx.fillText('Exports +40 % ×2', 4, height - 6);
  return canvas;
}

describe('encodePng', () => {
  it.each<{ name: string; width: number; height: number; meta: PngMetadata }>([
    { name: 'one pixel, no metadata', width: 1, height: 1, meta: {} },
    {
      name: 'a chart-like image with Latin-1 text',
      width: 320,
      height: 200,
      meta: { title: 'Exports', description: 'Quote', software: 'Cited Figures', resolution: 144 },
    },
    {
      name: 'an odd size with non-Latin-1 text',
      width: 257,
      height: 131,
      meta: { title: 'Экспорт ×2 — 輸出', description: '«40 %»', resolution: 72 },
    },
  ])(
    '$name: same pixels and chunks as Skia, valid for pngcheck',
    ({ name, width, height, meta }) => {
      const canvas = painted(width, height);
      const ours = join(dir, `${name}-ours.png`);
      const skia = join(dir, `${name}-skia.png`);
      writeFileSync(ours, encodePng(canvas.data(), width, height, meta));
      writeFileSync(skia, canvas.toBuffer('image/png', meta));
      expect(run('pngcheck', ['-q', ours])).toBe('');
      // compare prints the count of differing pixels on stderr and exits 1 when there are any.
      const ae = execFileSync('compare', ['-metric', 'AE', skia, ours, 'null:'], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      expect(ae.toString()).toBe('');
      const props = (file: string) =>
        run('identify', [
          '-format',
          '%wx%h %[channels] %[colorspace] %[type] %x %[png:sRGB] %[Title]|%[Description]|%[Software]',
          file,
        ]);
      expect(props(ours)).toBe(props(skia));
      // The same chunks in the same order (Skia splits its pixels over several IDAT chunks).
      const chunks = (file: string) => [
        ...new Set([...run('pngcheck', ['-v', file]).matchAll(/chunk (\w{4})/g)].map((m) => m[1])),
      ];
      expect(chunks(ours)).toEqual(chunks(skia));
      expect(props(ours)).toContain(`${width}x${height}`);
    },
  );

  it('says what is wrong when the pixels are too few for the size', () => {
    expect(() => encodePng(new Uint8Array(12), 2, 2)).toThrow(/12 bytes cannot hold 2 × 2/);
  });
});
