// Build-time help for tree-shaking Chart.js: its ESM file declares classes whose static fields
// read properties (`static defaults = TimeScale.defaults`), which the bundler must assume have
// side effects, so unregistered scales (time, radial, logarithmic) stayed in the bundle. This
// wraps each top-level class in a pure-annotated IIFE. It never changes what a class does. It also
// hands Chart.js charts/chartColor.ts for @kurkle/color (the part Chart.js calls, ~3 KB gzip less).

import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** The one Chart.js file whose top-level classes are wrapped (its package's ESM entry). */
const CHART_JS_ESM = /[\\/]node_modules[\\/]chart\.js[\\/]dist[\\/]chart\.js$/;

/** Chart.js' own files, whose `import { Color } from '@kurkle/color'` gets charts/chartColor.ts. */
const CHART_JS_FILE = /[\\/]node_modules[\\/]chart\.js[\\/]dist[\\/]/;

/** The subset of @kurkle/color that Chart.js calls, built from that package's own functions. */
const CHART_COLOR = fileURLToPath(new URL('../charts/chartColor.ts', import.meta.url));

/**
 * Rewrites every top-level `class Name … {` … `}` (the closing brace alone at column 0) as
 * `const Name = /* @__PURE__ *\/ (() => class Name … { … })();`, so an unused class can be
 * dropped. Classes that are exported with `export class` or whose end cannot be found are left.
 * @example markClassesPure('class A {\n  static d = B.x;\n}\n')
 * // 'const A = /* @__PURE__ *\/ (() => class A {\n  static d = B.x;\n})();\n'
 */
export function markClassesPure(code: string): string {
  const lines = code.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^class ([A-Za-z_$][\w$]*)\b.*\{$/.exec(lines[i]!);
    if (!open) continue;
    const close = lines.indexOf('}', i + 1);
    if (close < 0) break;
    // A top-level line between the two (another declaration) means the braces are not a class body.
    if (lines.slice(i + 1, close).some((l) => /^\S/.test(l))) continue;
    lines[i] = `const ${open[1]} = /* @__PURE__ */ (() => ${lines[i]}`;
    lines[close] = '})();';
    i = close;
  }
  return lines.join('\n');
}

/**
 * Vite plugin applying markClassesPure to Chart.js' ESM entry and giving Chart.js chartColor.ts
 * for @kurkle/color, during the build only (dev serves the originals). @example plugins: [svelte(), chartJsTreeShake()]
 */
export function chartJsTreeShake(): Plugin {
  return {
    name: 'cited-figures-chartjs-tree-shake',
    apply: 'build',
    // Before Vite's own resolver, which would otherwise resolve the bare import first.
    enforce: 'pre',
    // Only Chart.js' import is redirected: chartColor.ts itself imports the real package.
    resolveId: {
      filter: { id: /^@kurkle\/color$/ },
      handler(source, importer) {
        if (source !== '@kurkle/color' || !importer || !CHART_JS_FILE.test(importer))
          return undefined;
        return CHART_COLOR;
      },
    },
    transform: {
      filter: { id: CHART_JS_ESM },
      handler(code, id) {
        if (!CHART_JS_ESM.test(id)) return undefined;
        return { code: markClassesPure(code), map: null };
      },
    },
  };
}
