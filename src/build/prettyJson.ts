// Writes a large pretty-printed JSON file (JSON.stringify(value, null, 2) + "\n", byte for byte)
// whose one long array is given as already-written items, so the build never holds that array as
// objects or as one string. Pure: returns bytes; it neither reads nor writes files.

const MARKER = '\u0000cited-figures-items\u0000';

/**
 * `JSON.stringify(value, null, 2) + '\n'` as bytes, with the array at `path` (empty in `value`)
 * replaced by `items`, each the JSON.stringify(item, null, 2) of one element.
 * @example jsonWithItems({ a: { list: [] } }, ['a', 'list'], [Buffer.from('1')]).toString()
 * // '{\n  "a": {\n    "list": [\n      1\n    ]\n  }\n}\n'
 * @throws Error when `path` does not name an empty array of `value`.
 */
export function jsonWithItems(
  value: object,
  path: readonly string[],
  items: readonly Buffer[],
): Buffer {
  const copy = structuredClone(value) as Record<string, unknown>;
  let parent: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
  const last = path[path.length - 1]!;
  const list = parent?.[last];
  if (!Array.isArray(list) || list.length > 0) {
    throw new Error(`jsonWithItems: ${path.join('.')} must be an empty array in the value given`);
  }
  parent[last] = MARKER;
  const text = `${JSON.stringify(copy, null, 2)}\n`;
  const quoted = JSON.stringify(MARKER);
  const at = text.indexOf(quoted);
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const indent = ' '.repeat(/^ */.exec(text.slice(lineStart))![0].length);
  const head = Buffer.from(text.slice(0, at));
  const tail = Buffer.from(text.slice(at + quoted.length));
  if (items.length === 0) return Buffer.concat([head, Buffer.from('[]'), tail]);
  const inner = `${indent}  `;
  const parts: Buffer[] = [head, Buffer.from('[\n')];
  items.forEach((item, i) => {
    // Only structural newlines: JSON.stringify escapes the ones inside strings.
    const lines = item.toString('utf8').replaceAll('\n', `\n${inner}`);
    parts.push(Buffer.from(`${inner}${lines}${i < items.length - 1 ? ',\n' : '\n'}`));
  });
  parts.push(Buffer.from(`${indent}]`), tail);
  return Buffer.concat(parts);
}
