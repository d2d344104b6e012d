// The image build's process settings: the CLI runs itself once more with them, never twice, and
// never when CITED_IMAGES_TUNING=off; a variable the user set wins over ours.
import { describe, expect, it } from 'vitest';
import { IMAGE_V8_FLAGS, imageProcessRelaunch } from '../../src/build/renderTuning.ts';

const proc = (env: NodeJS.ProcessEnv = {}) => ({
  env,
  execPath: '/usr/bin/node',
  execArgv: ['--import', 'file:///repo/node_modules/tsx/dist/loader.mjs'],
  argv: ['/usr/bin/node', '/repo/src/cli/renderImages.ts', '/tmp/dist'],
});

describe('imageProcessRelaunch', () => {
  it('runs the same script with the V8 flags first and the mimalloc setting', () => {
    const r = imageProcessRelaunch(proc({ CITED_DATA_DIR: '/data' }));
    expect(r?.command).toBe('/usr/bin/node');
    expect(r?.args).toEqual([
      ...IMAGE_V8_FLAGS,
      '--import',
      'file:///repo/node_modules/tsx/dist/loader.mjs',
      '/repo/src/cli/renderImages.ts',
      '/tmp/dist',
    ]);
    expect(r?.env).toMatchObject({
      CITED_DATA_DIR: '/data',
      MIMALLOC_PURGE_DELAY: '-1',
      CITED_IMAGES_TUNED: '1',
    });
  });

  it('keeps a MIMALLOC_PURGE_DELAY the user set', () => {
    expect(imageProcessRelaunch(proc({ MIMALLOC_PURGE_DELAY: '10' }))?.env).toMatchObject({
      MIMALLOC_PURGE_DELAY: '10',
    });
  });

  it.each([{ CITED_IMAGES_TUNED: '1' }, { CITED_IMAGES_TUNING: 'off' }])(
    'does not relaunch with %o',
    (env) => {
      expect(imageProcessRelaunch(proc(env))).toBeUndefined();
    },
  );
});
