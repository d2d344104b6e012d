// Types for the parts of text-fragments-polyfill's matcher module the tests use (it ships none).
declare module 'text-fragments-polyfill/text-fragment-utils' {
  export interface TextFragment {
    prefix: string;
    textStart: string;
    textEnd: string;
    suffix: string;
  }
  export function getFragmentDirectives(hash: string): { text?: string[] };
  export function processTextFragmentDirective(
    fragment: TextFragment,
    doc?: Document,
    root?: Element,
  ): Range[];
  export const forTesting: { parseTextFragmentDirective(directive: string): TextFragment };
}
