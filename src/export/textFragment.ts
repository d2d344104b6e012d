// Builds URL text-fragment links (#:~:text=prefix-,start,end,-suffix) that open the original
// publication scrolled to the quote. Pure string work; percent-encodes every special character.

export interface FragmentQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

/** Encodes a text directive term: encodeURIComponent plus '-', which the syntax reserves.
 * @example encodeTerm('Sakhalin-1, 30%') // 'Sakhalin%2D1%2C%2030%25' */
export function encodeTerm(s: string): string {
  return encodeURIComponent(s).replace(/-/g, '%2D');
}

/** The last `n` whole words of a prefix (never a word cut in half). @example lastWords('the quick brown', 2) // 'quick brown' */
export function lastWords(s: string, n: number): string {
  const words = s.trim().split(/\s+/).filter(Boolean);
  const partial = s.length > 0 && /^\S/.test(s) ? 1 : 0; // the first word may be cut off
  return words.slice(Math.max(partial, words.length - n)).join(' ');
}

/** The first `n` whole words of a suffix. @example firstWords('. So far Japan', 2) // '. So' */
export function firstWords(s: string, n: number): string {
  const words = s.trim().split(/\s+/).filter(Boolean);
  const complete = s.length > 0 && /\S$/.test(s) ? words.length - 1 : words.length; // last may be cut
  return words.slice(0, Math.min(n, complete)).join(' ');
}

/**
 * @example textFragmentUrl('https://x.test/p.html', { exact: 'increased 40%', prefix: ' in 2001 ', suffix: ' over ' })
 * // 'https://x.test/p.html#:~:text=in%202001-,increased%2040%25,-over'
 */
export function textFragmentUrl(url: string, q: FragmentQuote, maxWords = 5): string {
  const base = url.replace(/#.*$/, '');
  const words = q.exact.trim().split(/\s+/);
  const target =
    words.length > maxWords * 2
      ? `${encodeTerm(words.slice(0, maxWords).join(' '))},${encodeTerm(words.slice(-maxWords).join(' '))}`
      : encodeTerm(q.exact.trim());
  const prefix = lastWords(q.prefix.replace(/\s+/g, ' '), 3);
  const suffix = firstWords(q.suffix.replace(/\s+/g, ' '), 3);
  const parts = [
    prefix ? `${encodeTerm(prefix)}-` : '',
    target,
    suffix ? `-${encodeTerm(suffix)}` : '',
  ].filter(Boolean);
  return `${base}#:~:text=${parts.join(',')}`;
}
