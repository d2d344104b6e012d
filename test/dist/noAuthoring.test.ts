// The built site has no write path: no authoring endpoint, no token meta and no client module
// anywhere in dist/ (the add-a-figure form there offers "Copy JSON" only).

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUTHORING_PREFIX, TOKEN_HEADER, TOKEN_META } from '../../src/authoring/authoringRequest.ts';
import { requireBuiltSite } from '../support/browser.ts';

function textFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? textFiles(join(dir, e.name))
      : /\.(html|js|css|json|txt|svg|jsonld)$/.test(e.name)
        ? [join(dir, e.name)]
        : [],
  );
}

describe('dist/ has no authoring write path', () => {
  it('no file names the endpoint, the token header or the token meta', () => {
    const files = textFiles(requireBuiltSite());
    expect(files.length).toBeGreaterThan(5);
    const hits = files.filter((f) => {
      const text = readFileSync(f, 'utf8');
      return [AUTHORING_PREFIX, TOKEN_HEADER, TOKEN_META].some((s) => text.includes(s));
    });
    expect(hits).toEqual([]);
  });
});
