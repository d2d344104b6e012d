// The document language added to Skia's PDFs, read back by programs we did not write: qpdf finds
// no syntax or cross-reference errors, pdfinfo and pdftotext still read the metadata and text.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from '@napi-rs/canvas';
import { afterAll, describe, expect, it } from 'vitest';
import { registerFont } from '../../src/build/renderImage.ts';
import { withPdfLanguage } from '../../src/build/pdfLanguage.ts';

const dir = mkdtempSync(join(tmpdir(), 'pdf-language-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const run = (cmd: string, args: string[]) =>
  execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] }).toString();

/** A one-page PDF as renderImage writes it: metadata, text, a link. */
function skiaPdf(text: string): Buffer {
  registerFont();
  const doc = new PDFDocument({ title: 'Exports “rose”', author: 'MOFA', subject: text });
  const page = doc.beginPage(400, 200);
  page.font = '14px "DejaVu Sans"';
  (page as { fontVariantLigatures?: string }).fontVariantLigatures = 'none'; // as paintImage draws
  page.fillText(text, 20, 40);
  page.annotateLinkUrl(20, 30, 200, 45, 'https://example.org/a(b)');
  doc.endPage();
  return doc.close();
}

/** Every in-use xref entry points at the object it names. */
function xrefTargets(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  const at = Number(/startxref\s+(\d+)/.exec(text)![1]);
  const table = text.slice(at, text.indexOf('trailer', at)).split('\n');
  const first = Number(table[1]!.split(' ')[0]);
  return table
    .slice(2)
    .map((line, i) => ({ line, n: first + i }))
    .filter(({ line }) => / n\s*$/.test(line))
    .map(({ line, n }) =>
      text.startsWith(`${n} 0 obj`, Number(line.slice(0, 10))) ? 'ok' : `${n}`,
    );
}

describe('withPdfLanguage', () => {
  it.each([
    { lang: 'en', text: 'Foreign Affairs: exports increased 40%' },
    { lang: 'ja', text: 'Sakhalin 1 (30%) and (45%)' },
    { lang: 'en-GB', text: 'a' },
  ])('$lang: valid for qpdf, pdfinfo and pdftotext', ({ lang, text }) => {
    const pdf = withPdfLanguage(skiaPdf(text), lang);
    expect(pdf.toString('latin1')).toMatch(new RegExp(`/Type /Catalog\\n/Lang \\(${lang}\\)`));
    expect(xrefTargets(pdf).filter((t) => t !== 'ok')).toEqual([]);
    const file = join(dir, `${lang}.pdf`);
    writeFileSync(file, pdf);
    expect(run('qpdf', ['--check', file])).toContain('No syntax or stream encoding errors');
    expect(run('pdfinfo', [file])).toMatch(/^Title:\s+Exports “rose”$/m);
    expect(run('pdftotext', [file, '-'])).toContain(text);
  });

  it('leaves a PDF whose catalog names a language as it is', () => {
    const once = withPdfLanguage(skiaPdf('x'), 'en');
    expect(withPdfLanguage(once, 'fr')).toBe(once);
  });

  it.each([
    {
      name: 'no catalog',
      pdf: '%PDF-1.4\nxref\n0 1\n0000000000 65535 f \ntrailer\n<<>>\nstartxref\n9\n%%EOF\n',
      error: /no \/Type \/Catalog/,
    },
    {
      name: 'no startxref',
      pdf: '%PDF-1.4\n1 0 obj\n<</Type /Catalog>>\nendobj\n',
      error: /no startxref/,
    },
    {
      name: 'an xref stream',
      pdf: '%PDF-1.5\n1 0 obj\n<</Type /Catalog>>\nendobj\nstartxref\n9\n%%EOF\n',
      error: /no xref table at offset 9/,
    },
  ])('$name: says what is missing and where to fix it', ({ pdf, error }) => {
    const call = () => withPdfLanguage(Buffer.from(pdf, 'latin1'), 'en');
    expect(call).toThrow(error);
    expect(call).toThrow(/src\/build\/pdfLanguage\.ts/);
  });
});
