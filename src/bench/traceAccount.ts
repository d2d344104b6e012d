// Where a page's time goes before `charts-ready`: records a Chromium trace of one load (CDP
// Tracing through playwright-core) and accounts the page's main thread from navigation start to
// the mark, by kind of work (parse, compile, script, style, layout, paint, GC), plus its requests
// and, in wall-clock time, its first frame, its script's start and its font lookups.
// `BENCH_TRACE=1 npm run bench` prints the table for the hand-written page, the dashboard and the
// embed. Node only; it reads traces, it never changes a page.

import type { Browser } from 'playwright-core';

/** A Chrome trace event, as far as the accounting reads it. */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, µs: what the thread ran, not the wall clock. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown> } & Record<string, unknown>;
}

/** The trace categories the accounting needs (timeline, V8 compile and execute, user timing). */
export const TRACE_CATEGORIES: readonly string[] = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'disabled-by-default-v8.compile',
  'blink.user_timing',
  'loading',
  // Font lookups (FontCache), which wait on the browser's font service: wall time, not thread time.
  'fonts',
];

/** Kinds of main-thread work, first match wins; anything else counts under its parent's kind. */
const KINDS: readonly [RegExp, string][] = [
  [/^ParseHTML$/, 'parse HTML'],
  [/^ParseAuthorStyleSheet$/, 'parse CSS'],
  [/^(v8\.compile|v8\.compileModule|V8\.Compile|v8\.parseOnBackground|V8\.Parse)/, 'compile'],
  [/^(MinorGC|MajorGC|V8\.GC|BlinkGC)/, 'GC'],
  [/^(UpdateLayoutTree|RecalculateStyles)$/, 'style'],
  [/^Layout$/, 'layout'],
  [/^(Paint|PrePaint|Layerize|UpdateLayer|Commit|CompositeLayers)$/, 'paint'],
  [
    /^(EvaluateScript|v8\.run|v8\.evaluateModule|FunctionCall|TimerFire|EventDispatch|RunMicrotasks|v8\.callFunction|FireAnimationFrame)$/,
    'script',
  ],
];

/** The time a page's main thread spent from navigation start to `charts-ready`, in ms. */
export interface TraceAccount {
  /** Navigation start to the mark (wall clock). */
  totalMs: number;
  /** Thread time by kind of work; "tasks" is time in tasks outside every named kind. */
  byKind: Record<string, number>;
  /** The page's own requests: file name, start and end (ms from navigation start). */
  requests: { file: string; startMs: number; endMs: number }[];
  /** Where the wall clock went before the page's script ran (ms from navigation start). */
  timeline: TraceTimeline;
}

/** The wall-clock landmarks of a load up to its script, and the main thread's font waits. */
export interface TraceTimeline {
  /** The first frame: the first task that lays the page out (NaN if none before the mark). */
  frameStartMs: number;
  frameMs: number;
  /** The page's first script evaluation (module or classic) on its main thread. */
  scriptStartMs: number;
  /** Wall time in font lookups to the mark (FontCache: a family's match and each size's render
   *  settings come from the browser's font service over a blocking IPC), and within the first frame. */
  fontMs: number;
  frameFontMs: number;
  /** Font lookups to the mark. */
  fontLookups: number;
}

/**
 * The main thread of the page that navigated to `origin` (its renderer's CrRendererMain), from
 * its navigation start to its first `mark`, by kind of work, in thread time (what the CPU ran for
 * the page, which other processes' load does not stretch). Each event counts only its self time
 * (children under their own kind); an unnamed child counts under its parent's kind.
 * @example accountTrace(events, 'http://127.0.0.1:4173') // { totalMs: 262.4, byKind: { script: 64.1, compile: 20.3, … }, requests: [...] }
 */
export function accountTrace(
  events: readonly TraceEvent[],
  origin: string,
  mark = 'charts-ready',
): TraceAccount {
  const nav = events.find(
    (e) =>
      e.name === 'navigationStart' &&
      e.args?.data?.isLoadingMainFrame === true &&
      String(e.args.data.documentLoaderURL ?? '').startsWith(origin),
  );
  if (!nav) throw new Error(`trace: no main-frame navigation to ${origin} in the trace.`);
  const end = events.find((e) => e.name === mark && e.pid === nav.pid && e.ts >= nav.ts);
  if (!end) throw new Error(`trace: no "${mark}" mark after the navigation to ${origin}.`);
  const main = events.find(
    (e) => e.name === 'thread_name' && e.pid === nav.pid && e.args?.name === 'CrRendererMain',
  );
  const tid = main?.tid ?? nav.tid;
  const inWindow = events
    .filter((e) => e.pid === nav.pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined)
    .filter((e) => e.ts >= nav.ts && e.ts <= end.ts)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const byKind: Record<string, number> = {};
  const stack: { end: number; kind: string; time: number; children: number }[] = [];
  const close = () => {
    const s = stack.pop()!;
    byKind[s.kind] = (byKind[s.kind] ?? 0) + Math.max(0, s.time - s.children) / 1000;
    const parent = stack.at(-1);
    if (parent) parent.children += s.time;
  };
  for (const e of inWindow) {
    while (stack.length && stack.at(-1)!.end <= e.ts) close();
    const named = KINDS.find(([re]) => re.test(e.name))?.[1];
    const kind = named ?? stack.at(-1)?.kind ?? 'tasks';
    // An event still running at the mark (the last chart's task) counts for its share before it.
    const share = e.dur! > 0 ? (Math.min(e.ts + e.dur!, end.ts) - e.ts) / e.dur! : 0;
    stack.push({ end: e.ts + e.dur!, kind, time: (e.tdur ?? e.dur!) * share, children: 0 });
  }
  while (stack.length) close();
  const requests = new Map<string, { file: string; startMs: number; endMs: number }>();
  for (const e of events) {
    const d = e.args?.data;
    const id = d?.requestId;
    if (typeof id !== 'string') continue;
    const ms = (e.ts - nav.ts) / 1000;
    if (e.name === 'ResourceSendRequest' && String(d!.url).startsWith(origin))
      requests.set(id, { file: String(d!.url).replace(/^.*\//, ''), startMs: ms, endMs: NaN });
    else if (e.name === 'ResourceFinish' && requests.has(id)) requests.get(id)!.endMs = ms;
  }
  return {
    totalMs: (end.ts - nav.ts) / 1000,
    timeline: timeline(inWindow, nav.ts),
    byKind: Object.fromEntries(
      Object.entries(byKind).map(([k, v]) => [k, Math.round(v * 10) / 10]),
    ),
    requests: [...requests.values()].filter((r) => r.startMs <= (end.ts - nav.ts) / 1000),
  };
}

/** The outermost events named `name` among `events` (sorted by start): none inside another. */
function outermost(events: readonly TraceEvent[], name: string): TraceEvent[] {
  const out: TraceEvent[] = [];
  for (const e of events) {
    if (e.name !== name) continue;
    const last = out.at(-1);
    if (!last || e.ts >= last.ts + last.dur!) out.push(e);
  }
  return out;
}

/** The timeline of the main thread's events up to the mark (sorted by start), from `t0` (µs). */
function timeline(events: readonly TraceEvent[], t0: number): TraceTimeline {
  const ms = (ts: number) => (ts - t0) / 1000;
  const layout = events.find((e) => e.name === 'Layout');
  const frame = layout
    ? outermost(events, 'RunTask').find((t) => t.ts <= layout.ts && layout.ts < t.ts + t.dur!)
    : undefined;
  const script = events.find((e) => e.name === 'v8.evaluateModule' || e.name === 'EvaluateScript');
  const fonts = outermost(events, 'FontCache::GetFontPlatformData');
  const sum = (list: readonly TraceEvent[]) => list.reduce((n, e) => n + e.dur! / 1000, 0);
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    frameStartMs: frame ? round(ms(frame.ts)) : NaN,
    frameMs: frame ? round(frame.dur! / 1000) : NaN,
    scriptStartMs: script ? round(ms(script.ts)) : NaN,
    fontMs: round(sum(fonts)),
    frameFontMs: frame
      ? round(sum(fonts.filter((f) => f.ts >= frame.ts && f.ts < frame.ts + frame.dur!)))
      : 0,
    fontLookups: fonts.length,
  };
}

/**
 * One load of `url` in a fresh context (the bench's viewport and reduced motion), traced until
 * `charts-ready`; the trace's events, for accountTrace or for DevTools (`{ traceEvents }`).
 * @example const events = await recordTrace(browser, 'http://127.0.0.1:4173/index.html')
 */
export async function recordTrace(browser: Browser, url: string): Promise<TraceEvent[]> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    reducedMotion: 'reduce',
  });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
    const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
    await cdp.send('Tracing.start', {
      transferMode: 'ReportEvents',
      traceConfig: { includedCategories: [...TRACE_CATEGORIES] },
    });
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('charts-ready').length > 0);
    await cdp.send('Tracing.end');
    await complete;
    return events;
  } finally {
    await context.close();
  }
}
