// The bench's floor: the dashboard's charts drawn with plain Chart.js and the project's own
// config builders, no framework. Marks charts-ready like the dashboard. Never shipped in dist/.

import type { ChartGroup, Figure } from '../model/figure.ts';
import { buildChart } from '../charts/buildChart.ts';
import { finalFrame } from '../charts/finalFrame.ts';
import { DEFAULT_FONT_STACK } from '../charts/chartSpec.ts';
import { registerCharts } from '../charts/registry.ts';
import { readerPreferences } from '../components/readerPreferences.ts';

async function main(): Promise<void> {
  const res = await fetch('../data/figures.json');
  const { figures, charts } = (await res.json()) as { figures: Figure[]; charts: ChartGroup[] };
  const byId = new Map(figures.map((f) => [f.id, f]));
  const Chart = registerCharts();
  const { theme, still } = readerPreferences();
  const root = document.getElementById('charts')!;
  let pending = charts.length;
  const drawn = () => {
    if (--pending === 0) performance.mark('charts-ready');
  };
  for (const group of charts) {
    const members = group.figures.flatMap((id) => byId.get(id) ?? []);
    const spec = buildChart(members, { theme, still, fontFamily: DEFAULT_FONT_STACK });
    const box = document.createElement('div');
    box.style.cssText = `position:relative;height:${members[0]?.kind === 'share' ? 220 : 300}px`;
    const canvas = document.createElement('canvas');
    box.append(canvas);
    root.append(box);
    const animated = spec.config.options?.animation !== false;
    const frame = finalFrame(spec.config.options, animated, drawn);
    new Chart(canvas, {
      ...spec.config,
      options: { ...spec.config.options, animation: frame.animation },
      plugins: [{ id: 'benchReady', afterRender: frame.afterRender }],
    } as typeof spec.config);
  }
}

void main();
