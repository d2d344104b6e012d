// Runs a URL's text directive through text-fragments-polyfill, the reference implementation of
// the URL Fragment Text Directives matcher, against a DOM document. Test infrastructure only.

import {
  forTesting,
  getFragmentDirectives,
  processTextFragmentDirective,
} from 'text-fragments-polyfill/text-fragment-utils';

/**
 * The ranges the first text directive of `url` matches in `doc` (at most two: the polyfill
 * stops at the second, which is enough to tell "unique" from "ambiguous").
 * @example matchTextFragment('https://x.test/#:~:text=increased%2040%25', document)[0]?.toString() // 'increased 40%'
 */
export function matchTextFragment(url: string, doc: Document): Range[] {
  const hash = url.slice(url.indexOf('#'));
  const directives = getFragmentDirectives(hash).text ?? [];
  if (directives.length !== 1) throw new Error(`${url} should hold exactly one text directive`);
  const parsed = forTesting.parseTextFragmentDirective(directives[0]!);
  return processTextFragmentDirective(parsed, doc, doc.body);
}
