import { describe, expect, it } from 'vitest';
import { accountTrace, type TraceEvent } from '../../src/bench/traceAccount.ts';

const ORIGIN = 'http://127.0.0.1:4173';

/** A complete event on the page's main thread (pid 1, tid 10); times in µs. */
const x = (name: string, ts: number, dur: number, tdur = dur, pid = 1): TraceEvent => ({
  name,
  ph: 'X',
  ts,
  dur,
  tdur,
  pid,
  tid: 10,
});

/** A load: navigation at 1 ms, the mark at 50 ms, two tasks and one cut by the mark. */
function load(): TraceEvent[] {
  return [
    { name: 'thread_name', ph: 'M', ts: 0, pid: 1, tid: 10, args: { name: 'CrRendererMain' } },
    {
      name: 'navigationStart',
      ph: 'R',
      ts: 1_000,
      pid: 1,
      tid: 10,
      args: { data: { isLoadingMainFrame: true, documentLoaderURL: `${ORIGIN}/index.html` } },
    },
    x('RunTask', 2_000, 10_000, 8_000),
    x('ParseHTML', 2_000, 4_000, 3_000),
    x('Layout', 7_000, 2_000),
    // Font lookups (a nested one counts once): one in the first frame, one in the script.
    x('FontCache::GetFontPlatformData', 7_200, 1_000, 100),
    x('FontCache::GetFontPlatformData', 7_300, 500, 50),
    x('RunTask', 20_000, 20_000),
    x('v8.evaluateModule', 20_000, 20_000),
    x('v8.compileModule', 21_000, 5_000),
    x('CanvasRenderingContext2D::draw', 30_000, 3_000),
    x('FontCache::GetFontPlatformData', 30_500, 400),
    // Cut by the mark at 50 ms: half of it counts.
    x('RunTask', 45_000, 10_000),
    x('Paint', 45_000, 10_000),
    // Another process (a tab of its own) and work after the mark: not the page's.
    x('Layout', 20_000, 9_000, 9_000, 2),
    x('Layout', 60_000, 9_000),
    { name: 'charts-ready', ph: 'R', ts: 50_000, pid: 1, tid: 10 },
    {
      name: 'ResourceSendRequest',
      ph: 'I',
      ts: 1_500,
      pid: 3,
      tid: 1,
      args: { data: { requestId: 'a', url: `${ORIGIN}/assets/startup-X.js` } },
    },
    {
      name: 'ResourceFinish',
      ph: 'I',
      ts: 9_000,
      pid: 3,
      tid: 1,
      args: { data: { requestId: 'a' } },
    },
    {
      name: 'ResourceSendRequest',
      ph: 'I',
      ts: 1_600,
      pid: 3,
      tid: 1,
      args: { data: { requestId: 'b', url: 'chrome://omnibox/app.js' } },
    },
  ];
}

describe('accountTrace', () => {
  it('accounts the main thread from navigation start to the mark by kind, in thread time', () => {
    const account = accountTrace(load(), ORIGIN);
    expect(account.totalMs).toBe(49);
    expect(account.byKind).toEqual({
      // The first task's own time beyond its parse and layout (8 − 3 − 2 ms).
      tasks: 3,
      'parse HTML': 3,
      layout: 2,
      // The module's evaluation beyond its compile, with its unnamed child (20 − 5 ms).
      script: 15,
      compile: 5,
      // Half of the paint the mark cut.
      paint: 5,
    });
    expect(account.requests).toEqual([{ file: 'startup-X.js', startMs: 0.5, endMs: 8 }]);
  });

  it('finds the first frame, the script and the wall time spent looking fonts up', () => {
    expect(accountTrace(load(), ORIGIN).timeline).toEqual({
      // The first task that lays the page out, 1 ms after navigation start, 10 ms long.
      frameStartMs: 1,
      frameMs: 10,
      scriptStartMs: 19,
      // Wall time, outermost lookups only: 1 ms in the first frame, 0.4 ms in the script.
      fontMs: 1.4,
      frameFontMs: 1,
      fontLookups: 2,
    });
  });

  it('says NaN for a first frame that never came before the mark', () => {
    const events = load().filter((e) => e.name !== 'Layout');
    expect(accountTrace(events, ORIGIN).timeline).toMatchObject({
      frameStartMs: NaN,
      frameMs: NaN,
      frameFontMs: 0,
    });
  });

  it.each([
    {
      name: 'no navigation to the origin',
      events: load().filter((e) => e.name !== 'navigationStart'),
      message: /no main-frame navigation to http:\/\/127\.0\.0\.1:4173/,
    },
    {
      name: 'no mark',
      events: load().filter((e) => e.name !== 'charts-ready'),
      message: /no "charts-ready" mark/,
    },
  ])('says what is missing: $name', ({ events, message }) => {
    expect(() => accountTrace(events, ORIGIN)).toThrow(message);
  });
});
