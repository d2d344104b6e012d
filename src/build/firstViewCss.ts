// One render-blocking stylesheet per page: the build concatenates, in document order (so the
// cascade is unchanged), every same-origin stylesheet a built page links, and links that file
// instead. The original links stay as `disabled` markers: the browser neither fetches nor applies
// them, and Vite's loader, which skips a stylesheet already linked, does not add them again when
// a lazy chunk that imports them loads. Never changes a rule; never touches other origins.

/** A `<link rel="stylesheet">` of the page's own assets, as written in the HTML. */
export interface StylesheetLink {
  tag: string;
  /** The file inside the bundle, e.g. "assets/app-DzY166wB.css". */
  file: string;
}

/**
 * The page's own active stylesheet links (relative `./assets/….css`), in document order.
 * @example stylesheetLinks('<link rel="stylesheet" crossorigin href="./assets/a.css">') // [{ tag: '<link …>', file: 'assets/a.css' }]
 */
export function stylesheetLinks(html: string): StylesheetLink[] {
  const links: StylesheetLink[] = [];
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    if (!/\brel=["']?stylesheet\b/i.test(tag) || /\sdisabled\b/i.test(tag)) continue;
    const href = /\bhref=["']\.\/(assets\/[^"']+\.css)["']/i.exec(tag)?.[1];
    if (href) links.push({ tag, file: href });
  }
  return links;
}

/**
 * The HTML with one link to `href` (the concatenated sheets) where the first of `links` was and
 * every one of `links` kept as a disabled marker.
 * @example mergeStylesheetLinks('<link rel="stylesheet" href="./assets/a.css"><link rel="stylesheet" href="./assets/b.css">', './assets/first-view.css', links)
 * // '<link rel="stylesheet" href="./assets/first-view.css"><link rel="stylesheet" href="./assets/a.css" disabled><link rel="stylesheet" href="./assets/b.css" disabled>'
 */
export function mergeStylesheetLinks(
  html: string,
  href: string,
  links: readonly StylesheetLink[],
): string {
  let out = html;
  links.forEach((link, i) => {
    const marker = link.tag.replace(/\s*\/?>$/, ' disabled>');
    const merged = i === 0 ? `<link rel="stylesheet" href="${href}">` : '';
    out = out.replace(link.tag, () => merged + marker);
  });
  return out;
}
