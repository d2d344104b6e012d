// Strings that have broken URL parsers and pages before, shared by the unit tables of every
// parser that reads a URL (hash routes, the embed's query). Test data only: no checks here.
import { MAX_ID } from '../../src/model/idList.ts';

/** Strings that have broken parsers and pages before: markup, URLs, controls, bidi, astral. */
export const HOSTILE_VALUES: readonly string[] = [
  '',
  ' ',
  '"><img src=x onerror="window.__pwned=1">',
  "'><svg onload=window.__pwned=1>",
  '<script>window.__pwned=1</script>',
  '%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E',
  '%253Cscript%253E',
  'javascript:window.__pwned=1',
  'JaVaScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '\u0000',
  'a\u0000b',
  '%00',
  '\u202eevil\u202c',
  '\u200f\u200e\u2066x\u2069',
  '😀',
  '\u{1F600}-\u{10FFFF}',
  '\ud800',
  '\udfff\ud800',
  '%',
  '%E0%A4%A',
  '%ED%A0%80',
  '..%2F..%2Fetc%2Fpasswd',
  '../../etc/passwd',
  '?figure=x',
  '#/figure/x',
  ',,,',
  'a,,b',
  '__proto__',
  'constructor',
  'toString',
  'A-B',
  'a--b',
  '-a',
  'a-',
  'ｊａｐａｎ',
  'a'.repeat(MAX_ID),
  'a'.repeat(MAX_ID + 1),
  'x'.repeat(100_000),
  `${'a,'.repeat(50_000)}b`,
];

/**
 * encodeURIComponent, but lone surrogates (which it refuses) pass through raw, as a browser
 * would send them.
 *
 * @example encode('<b>') // '%3Cb%3E'
 */
export function encode(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    return s;
  }
}
