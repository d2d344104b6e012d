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

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;

/** A module-level function, not a closure made per value: this runs for every value parsed. */
function childPath(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

/**
 * Parses JSON text and records the position of every value.
 * With `{ positions: false }` nothing is recorded (the map stays empty): validation parses that
 * way first and only records positions for a file that has an error to locate.
 * @example parseJsonWithPositions('{"a":\n 1}').positions.get('a') // { line: 2, column: 2 }
 * @throws JsonSyntaxError with the line and column of the first error.
 */
export function parseJsonWithPositions(
  text: string,
  options: { positions?: boolean } = {},
): ParsedJson {
  const record = options.positions ?? true;
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
      const c = text.charCodeAt(i);
      if (c === 0x0a) {
        line++;
        i++;
        lineStart = i;
      } else if (c === 0x20 || c === 0x09 || c === 0x0d) i++;
      else break;
    }
  };
  /** Past white space, steps over `close` and says so (an empty list, or its last member). */
  const closes = (close: '}' | ']'): boolean => {
    skipSpace();
    if (text[i] !== close) return false;
    i++;
    return true;
  };
  const parseString = (): string => {
    i++; // opening quote
    // Plain characters are copied in runs (one slice per run, not one concatenation per
    // character): at 10,000 figures this parser is most of the validation time.
    let out = '';
    let run = i;
    while (i < text.length) {
      const code = text.charCodeAt(i);
      if (code === 0x22) {
        out += text.slice(run, i);
        i++;
        return out;
      }
      if (code === 0x0a) fail('Unterminated string (JSON strings cannot span lines)');
      if (code === 0x5c) {
        out += text.slice(run, i);
        const e = text[i + 1];
        if (e !== undefined && Object.prototype.hasOwnProperty.call(SIMPLE_ESCAPES, e)) {
          out += SIMPLE_ESCAPES[e];
          i += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else {
          i++;
          fail('Invalid escape in string');
        }
        run = i;
        continue;
      }
      if (code < 0x20) fail('Control character in string (escape it, e.g. \\t)');
      i++;
    }
    return fail('Unterminated string');
  };
  const parseValue = (path: string, depth: number): unknown => {
    if (depth > 512) fail('JSON nested too deeply');
    skipSpace();
    if (record) positions.set(path, here());
    const c = text[i];
    if (c === '{') {
      i++;
      const obj: Record<string, unknown> = {};
      if (closes('}')) return obj;
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
        const value = parseValue(record ? childPath(path, key) : '', depth + 1);
        // "__proto__" must become an own property, not the object's prototype.
        if (key === '__proto__') {
          Object.defineProperty(obj, key, {
            value,
            enumerable: true,
            writable: true,
            configurable: true,
          });
        } else obj[key] = value;
        if (closes('}')) return obj;
        if (text[i] !== ',') fail("Expected ',' or '}' after a property value");
        i++;
      }
    }
    if (c === '[') {
      i++;
      const arr: unknown[] = [];
      if (closes(']')) return arr;
      for (;;) {
        arr.push(parseValue(record ? childPath(path, String(arr.length)) : '', depth + 1));
        if (closes(']')) return arr;
        if (text[i] !== ',') fail("Expected ',' or ']' after an array item");
        i++;
      }
    }
    if (c === '"') return parseString();
    if (text.startsWith('true', i)) return ((i += 4), true);
    if (text.startsWith('false', i)) return ((i += 5), false);
    if (text.startsWith('null', i)) return ((i += 4), null);
    // Sticky, so a number of any length is read where it stands (as JSON.parse reads it).
    NUMBER.lastIndex = i;
    const num = NUMBER.exec(text);
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

/** How deep parseJsonWithPositions lets values nest before it refuses the file. */
const MAX_DEPTH = 512;

/**
 * The value of JSON text, accepting and refusing exactly what parseJsonWithPositions does
 * (duplicate keys, nesting past 512, a leading byte-order mark), but through the engine's own
 * JSON.parse: several times faster, which at 100,000 figures was most of validation. Only text
 * that JSON.parse refuses, or that has a duplicate key or deep nesting, is parsed again by
 * parseJsonWithPositions, which then throws with the line and column.
 * @example parseJson('{"a": [1, 2]}') // { a: [1, 2] }
 * @throws JsonSyntaxError with the line and column of the first error.
 */
export function parseJson(text: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const strict = () => parseJsonWithPositions(text, { positions: false }).value;
  // Nesting is checked first: JSON.parse takes seconds over millions of "[" before it fails.
  const structure = scanStructure(body);
  if (structure.deep) return strict();
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return strict();
  }
  const counted = { keys: 0, deep: false };
  countKeys(value, 0, counted);
  return counted.deep || counted.keys !== structure.keys ? strict() : value;
}

/** Adds up the keys of every object in `value` (JSON.parse keeps one of two equal keys). */
function countKeys(value: unknown, depth: number, counted: { keys: number; deep: boolean }): void {
  if (depth > MAX_DEPTH) {
    counted.deep = true;
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    for (const item of value) countKeys(item, depth + 1, counted);
    return;
  }
  for (const key in value) {
    counted.keys++;
    countKeys((value as Record<string, unknown>)[key], depth + 1, counted);
  }
}

const STRUCTURE = /["[\]{}]/g;

/**
 * How many property names JSON text holds (strings followed by a colon), and whether its
 * brackets nest deeper than MAX_DEPTH; jumps from one quote or bracket to the next. Exact only
 * for valid JSON, which JSON.parse then decides.
 */
function scanStructure(text: string): { keys: number; deep: boolean } {
  let keys = 0;
  let depth = 0;
  STRUCTURE.lastIndex = 0;
  for (let m = STRUCTURE.exec(text); m; m = STRUCTURE.exec(text)) {
    const c = text.charCodeAt(m.index);
    if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_DEPTH) return { keys, deep: true };
      continue;
    }
    if (c !== 0x22) {
      depth--;
      continue;
    }
    let close = m.index;
    for (;;) {
      close = text.indexOf('"', close + 1);
      if (close < 0) return { keys, deep: false }; // not valid JSON: JSON.parse will say so
      let backslashes = 0;
      while (text.charCodeAt(close - 1 - backslashes) === 0x5c) backslashes++;
      if (backslashes % 2 === 0) break;
    }
    let j = close + 1;
    for (let ch = text.charCodeAt(j); ch === 0x20 || ch === 0x0a || ch === 0x0d || ch === 0x09;)
      ch = text.charCodeAt(++j);
    if (text.charCodeAt(j) === 0x3a) keys++;
    STRUCTURE.lastIndex = close + 1;
  }
  return { keys, deep: false };
}
