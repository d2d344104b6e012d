// One render-blocking stylesheet: the page's own stylesheet links found in document order, and
// replaced by one link with each original kept as a disabled marker.
import { describe, expect, it } from 'vitest';
import { mergeStylesheetLinks, stylesheetLinks } from '../../src/build/firstViewCss.ts';

const A = '<link rel="stylesheet" crossorigin href="./assets/a-1.css">';
const B = '<link rel="stylesheet" href="./assets/b-2.css">';

describe('stylesheetLinks', () => {
  it.each([
    { html: `${A}\n${B}`, files: ['assets/a-1.css', 'assets/b-2.css'] },
    { html: `${B}${A}`, files: ['assets/b-2.css', 'assets/a-1.css'] },
    // Not ours, not a stylesheet, or already a marker: left alone.
    { html: '<link rel="stylesheet" href="https://cdn.test/x.css">', files: [] },
    { html: '<link rel="modulepreload" href="./assets/x.js">', files: [] },
    { html: '<link rel="icon" href="./assets/f.svg">', files: [] },
    { html: '<link rel="stylesheet" href="./assets/a-1.css" disabled>', files: [] },
  ])('$files', ({ html, files }) => {
    expect(stylesheetLinks(html).map((l) => l.file)).toEqual(files);
  });
});

describe('mergeStylesheetLinks', () => {
  it('puts the one link where the first was and keeps every original as a disabled marker', () => {
    const html = `<head>${A}\n<title>t</title>${B}</head>`;
    expect(mergeStylesheetLinks(html, './assets/first-view-9.css', stylesheetLinks(html))).toBe(
      '<head><link rel="stylesheet" href="./assets/first-view-9.css">' +
        '<link rel="stylesheet" crossorigin href="./assets/a-1.css" disabled>\n<title>t</title>' +
        '<link rel="stylesheet" href="./assets/b-2.css" disabled></head>',
    );
  });

  it('leaves a page that links nothing as it is', () => {
    expect(mergeStylesheetLinks('<head></head>', './assets/x.css', [])).toBe('<head></head>');
  });
});
