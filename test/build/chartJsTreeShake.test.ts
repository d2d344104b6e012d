import { describe, expect, it } from 'vitest';
import { chartJsTreeShake, markClassesPure } from '../../src/build/chartJsTreeShake.ts';

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

describe('chartJsTreeShake resolveId', () => {
  const plugin = chartJsTreeShake();
  const hook = plugin.resolveId as { handler: (s: string, i?: string) => string | undefined };
  it.each([
    { importer: '/p/node_modules/chart.js/dist/chart.js', to: 'chartColor' },
    { importer: '/p/node_modules/chart.js/dist/chunks/index.js', to: 'chartColor' },
    { importer: '/p/src/charts/chartColor.ts', to: undefined },
    { importer: '/p/node_modules/other/index.js', to: undefined },
    { importer: undefined, to: undefined },
  ])('@kurkle/color from $importer → $to', ({ importer, to }) => {
    const got = hook.handler('@kurkle/color', importer);
    if (to) expect(got).toMatch(/[\\/]src[\\/]charts[\\/]chartColor\.ts$/);
    else expect(got).toBeUndefined();
  });
});
