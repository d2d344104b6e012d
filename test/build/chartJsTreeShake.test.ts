import { describe, expect, it } from 'vitest';
import { markClassesPure } from '../../src/build/chartJsTreeShake.ts';

describe('markClassesPure', () => {
  it.each([
    {
      name: 'wraps a top-level class',
      code: 'class A extends B {\n  static d = B.x;\n}\n',
      expected: 'const A = /* @__PURE__ */ (() => class A extends B {\n  static d = B.x;\n})();\n',
    },
    {
      name: 'leaves indented classes',
      code: 'function f() {\n  class A {\n  }\n}\n',
      expected: 'function f() {\n  class A {\n  }\n}\n',
    },
    {
      name: 'leaves a class without a closing brace at column 0',
      code: 'class A {\nconst x = 1;\n}\n',
      expected: 'class A {\nconst x = 1;\n}\n',
    },
  ])('$name', ({ code, expected }) => {
    expect(markClassesPure(code)).toBe(expected);
  });

  it('keeps the class working', () => {
    const code = markClassesPure(
      'class A {\n  static id = "a";\n  hi() { return A.id; }\n}\nreturn new A().hi();',
    );
    expect(new Function(code)()).toBe('a');
  });
});
