// Figure ids in URLs: the well-formed id pattern, id lists ("a,b"), printable user input and the
// message for ids that name nothing. Shared by the dashboard's routes and the embed's query, on
// its own so the embed loads none of the route parser. Never evaluates anything from the URL.

export const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_ID = 200;

/** Splits "a,b,,a" into unique well-formed ids, keeping order. @example parseIdList('a,b,a').good // ['a', 'b'] */
export function parseIdList(value: string): { good: string[]; bad: string[] } {
  const good: string[] = [];
  const bad: string[] = [];
  for (const part of value.split(',').slice(0, 100)) {
    const id = safeDecode(part.trim());
    if (id === '') continue;
    if (id.length <= MAX_ID && ID.test(id)) {
      if (!good.includes(id)) good.push(id);
    } else bad.push(id);
  }
  return { good, bad };
}

/** decodeURIComponent that returns its input when it is not valid percent-encoding. @example safeDecode('a%20b') // 'a b' */
export function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** A short, printable version of user input for messages (rendered as text, never as HTML). */
export function show(s: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = s.replace(/[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '�');
  return clean.length > 80 ? `${clean.slice(0, 77)}…` : clean;
}

/**
 * The one message for figure ids that name nothing (URL, embed query, compare list); `fix` says
 * what to do on the page that shows it.
 * @example unknownFigureMessage(['x', 'y'], 'Pick a bar below.') // 'There is no figure "x", "y". Pick a bar below.'
 */
export function unknownFigureMessage(ids: readonly string[], fix: string): string {
  const names = ids.map((id) => `"${show(id)}"`).join(', ');
  return `There is no figure ${names}. ${fix}`;
}
