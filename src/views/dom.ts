// A tiny element builder for the Svelte-free embed page. Text goes in only as text nodes and
// attributes only through setAttribute, so nothing from data or the URL is ever parsed as HTML.

export type Child = Node | string | false | null | undefined;

/**
 * @example h('a', { href: '#/', class: 'back' }, 'Back') // <a href="#/" class="back">Back</a>
 */
export function h(
  tag: string,
  attrs: Record<string, string | number | boolean | undefined> = {},
  ...children: Child[]
): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === false || child === null || child === undefined) continue;
    el.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return el;
}
