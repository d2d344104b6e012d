// Sets the document language (/Lang in the catalog, which screen readers and PDF/UA checkers
// read) on a PDF that Skia wrote, where @napi-rs/canvas has no setting for it: one insertion and
// the cross-reference offsets moved by its length. Knows only Skia's classic xref layout; no I/O.

const XREF_ENTRY = /^(\d{10}) (\d{5}) ([nf])/;

/**
 * The PDF with `/Lang (<lang>)` added to its catalog, every later object's xref offset and
 * `startxref` moved to match; a PDF whose catalog already names a language is returned as is.
 * @example withPdfLanguage(skiaPdf, 'en').includes('/Lang (en)') // true
 * @throws Error when the PDF has no catalog or no classic xref table (say, a cross-reference
 * stream from a newer Skia): the message says what was missing.
 */
export function withPdfLanguage(pdf: Buffer, lang: string): Buffer {
  const text = pdf.toString('latin1');
  const fail = (what: string) =>
    new Error(
      `withPdfLanguage: ${what}; it expects a PDF as Skia writes it (a classic xref table). ` +
        'If @napi-rs/canvas changed its PDF writer, update src/build/pdfLanguage.ts.',
    );
  const catalog = text.indexOf('/Type /Catalog');
  if (catalog < 0) throw fail('no /Type /Catalog in the PDF');
  const end = text.indexOf('endobj', catalog);
  if (/\/Lang\s*[(<]/.test(text.slice(catalog, end))) return pdf;
  const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
  if (!start) throw fail('no startxref at the end of the PDF');
  const xrefAt = Number(start[1]);
  if (!text.startsWith('xref', xrefAt) || xrefAt < catalog)
    throw fail(`no xref table at offset ${xrefAt}`);

  const at = catalog + '/Type /Catalog'.length;
  const insert = Buffer.from(`\n/Lang (${lang.replace(/[\\()]/g, '\\$&')})`, 'latin1');
  const shift = insert.length;
  // Rewrite the table: "start count" lines, then 20-byte entries "offset generation n|f".
  const table = text.slice(xrefAt, text.indexOf('trailer', xrefAt));
  let moved = '';
  for (const line of table.split(/(?<=\n)/)) {
    const entry = XREF_ENTRY.exec(line);
    if (entry && entry[3] === 'n' && Number(entry[1]) > at)
      moved += String(Number(entry[1]) + shift).padStart(10, '0') + line.slice(10);
    else moved += line;
  }
  const tail =
    text.slice(xrefAt + table.length, start.index) + `startxref\n${xrefAt + shift}\n%%EOF\n`;
  return Buffer.concat([
    pdf.subarray(0, at),
    insert,
    pdf.subarray(at, xrefAt),
    Buffer.from(moved + tail, 'latin1'),
  ]);
}
