// A strict JSON parser that also records where each value starts, so data errors can name a
// file:line:column. It parses only; it knows nothing about figures, schemas or the file system.

export interface Position {
  line: number;
  column: number;
}

export interface ParsedJson {
  value: unknown;
  /** Position of each value by its path, e.g. "figures.0.quote.exact". The root is "". */
  positions: Map<string, Position>;
}

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: Position,
  ) {
    super(message);
    this.name = 'JsonSyntaxError';
  }
}

/**
 * Parses JSON text and records the position of every value.
 * @example parseJsonWithPositions('{"a":\n 1}').positions.get('a') // { line: 2, column: 2 }
 * @throws JsonSyntaxError with the line and column of the first error.
 */
export function parseJsonWithPositions(text: string): ParsedJson {
  const positions = new Map<string, Position>();
  let i = 0;
  let line = 1;
  let lineStart = 0;

  const here = (): Position => ({ line, column: i - lineStart + 1 });
  const fail = (what: string): never => {
    const found = i < text.length ? `'${text[i]}'` : 'the end of the file';
    throw new JsonSyntaxError(`${what}, found ${found}`, here());
  };
  const skipSpace = (): void => {
    while (i < text.length) {
      const c = text[i];
      if (c === '\n') {
        line++;
        i++;
        lineStart = i;
      } else if (c === ' ' || c === '\t' || c === '\r') i++;
      else break;
    }
  };
  const parseString = (): string => {
    i++; // opening quote
    let out = '';
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') {
        i++;
        return out;
      }
      if (c === '\n') fail('Unterminated string (JSON strings cannot span lines)');
      if (c === '\\') {
        const e = text[i + 1];
        const simple: Record<string, string> = {
          '"': '"',
          '\\': '\\',
          '/': '/',
          b: '\b',
          f: '\f',
          n: '\n',
          r: '\r',
          t: '\t',
        };
        if (e !== undefined && e in simple) {
          out += simple[e];
          i += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else {
          i++;
          fail('Invalid escape in string');
        }
        continue;
      }
      if (c < ' ') fail('Control character in string (escape it, e.g. \\t)');
      out += c;
      i++;
    }
    return fail('Unterminated string');
  };
  const parseValue = (path: string, depth: number): unknown => {
    if (depth > 512) fail('JSON nested too deeply');
    skipSpace();
    positions.set(path, here());
    const c = text[i];
    const child = (key: string) => (path === '' ? key : `${path}.${key}`);
    if (c === '{') {
      i++;
      const obj: Record<string, unknown> = {};
      skipSpace();
      if (text[i] === '}') {
        i++;
        return obj;
      }
      for (;;) {
        skipSpace();
        if (text[i] !== '"') fail('Expected a "quoted" property name');
        const keyPos = here();
        const key = parseString();
        if (Object.prototype.hasOwnProperty.call(obj, key)) {
          throw new JsonSyntaxError(`Duplicate property "${key}"`, keyPos);
        }
        skipSpace();
        if (text[i] !== ':') fail(`Expected ':' after "${key}"`);
        i++;
        Object.defineProperty(obj, key, {
          value: parseValue(child(key), depth + 1),
          enumerable: true,
          writable: true,
          configurable: true,
        });
        skipSpace();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return obj;
        }
        fail("Expected ',' or '}' after a property value");
      }
    }
    if (c === '[') {
      i++;
      const arr: unknown[] = [];
      skipSpace();
      if (text[i] === ']') {
        i++;
        return arr;
      }
      for (;;) {
        arr.push(parseValue(child(String(arr.length)), depth + 1));
        skipSpace();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return arr;
        }
        fail("Expected ',' or ']' after an array item");
      }
    }
    if (c === '"') return parseString();
    const rest = text.slice(i, i + 5);
    if (rest.startsWith('true')) return (i += 4), true;
    if (rest.startsWith('false')) return (i += 5), false;
    if (rest.startsWith('null')) return (i += 4), null;
    const num = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (num) {
      i += num[0].length;
      return Number(num[0]);
    }
    return fail('Expected a value (object, array, string, number, true, false or null)');
  };

  if (text.charCodeAt(0) === 0xfeff) i = 1; // tolerate a UTF-8 byte-order mark
  const value = parseValue('', 0);
  skipSpace();
  if (i < text.length) fail('Unexpected text after the JSON value');
  return { value, positions };
}
