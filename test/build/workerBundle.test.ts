// The bundled image worker: one ES module that imports the native canvas by its absolute URL, so a
// thread starts without tsx; CITED_IMAGES_WORKER=tsx asks for the tsx bootstrap instead.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('workerBundle', () => {
  it('is one module that imports @napi-rs/canvas by its absolute URL and no TypeScript', async () => {
    const { workerBundle } = await import('../../src/build/workerBundle.ts');
    const url = workerBundle();
    expect(url).toMatch(/^file:\/\/.*\/workers\/renderWorker-[0-9a-f]{16}\.mjs$/);
    const code = readFileSync(fileURLToPath(url!), 'utf8');
    expect(code).toMatch(/from "file:\/\/[^"]*\/@napi-rs\/canvas\/index\.js"/);
    expect(code).not.toMatch(/from "@napi-rs\/canvas"|\.ts"/);
  });

  it.each([{ env: 'tsx', expected: undefined }])(
    'CITED_IMAGES_WORKER=$env gives $expected',
    async ({ env, expected }) => {
      vi.stubEnv('CITED_IMAGES_WORKER', env);
      const { workerBundle } = await import('../../src/build/workerBundle.ts');
      expect(workerBundle()).toBe(expected);
    },
  );
});
