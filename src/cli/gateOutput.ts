// What the gate repeats of a failed stage's output after all stages have finished. CI logs are
// often read from their end, where the unit tests (the longest stage) have printed last; a browser
// test that failed minutes earlier would otherwise be out of sight.

/** How many lines of a failed stage's output the gate repeats above the timing table. */
const FAILURE_LINES = 60;

/**
 * The part of a failed stage's output worth repeating at the end, where a CI log that shows
 * only its last lines still shows it: Vitest's "Failed Tests" section when there is one (what
 * failed, where, and the assertion), else the stage's last lines. Colour codes are removed.
 *
 * @example
 * failureExcerpt(['a', ' FAIL  x.test.ts > y', 'b'], 2) // [' FAIL  x.test.ts > y', 'b']
 */
export function failureExcerpt(lines: readonly string[], limit = FAILURE_LINES): string[] {
  // eslint-disable-next-line no-control-regex
  const plain = lines.map((line) => line.replace(/\u001b\[[0-9;]*m/g, ''));
  const section = plain.findIndex((line) => /Failed Tests? \d+/.test(line));
  const first = plain.findIndex((line) => /^\s*(FAIL|×|✗)\s/.test(line));
  const start = section >= 0 ? section : first >= 0 ? first : Math.max(0, plain.length - limit);
  return plain.slice(start, start + limit);
}
