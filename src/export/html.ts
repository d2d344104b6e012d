// HTML built as strings with escaping by construction: every value interpolated into `markup`…``
// is escaped unless it is already SafeHtml made by this module. Pure; no DOM, and nothing here is ever rendered as raw HTML by Svelte.

/** Markup made by `markup`; any other value is text and gets escaped. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Escapes text for element content and for double-quoted attributes (the only kind `markup` writes),
 * leaving apostrophes readable ("Japan's").
 * @example escapeHtml('<a href="x">') // '&lt;a href=&quot;x&quot;&gt;'
 */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ESCAPES[c]!);
}

/**
 * Tagged template: strings are markup, values are escaped text (arrays are joined; undefined,
 * null and false are left out; SafeHtml passes through).
 * @example String(markup`<p title="${'a"b'}">${'<b>'}</p>`) // '<p title="a&quot;b">&lt;b&gt;</p>'
 */
export function markup(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0]!;
  values.forEach((v, i) => {
    out += render(v) + strings[i + 1]!;
  });
  return new SafeHtml(out);
}

function render(v: unknown): string {
  if (v instanceof SafeHtml) return v.value;
  if (Array.isArray(v)) return v.map(render).join('');
  if (v === undefined || v === null || v === false) return '';
  return escapeHtml(String(v));
}
