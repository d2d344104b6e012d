// Groups chart groups into dashboard sections by topic, keeping data order, and finds which
// chart draws a figure. Pure; views render what this returns.

import type { ChartGroup, Dataset, Figure } from './figure.ts';

export interface Section {
  topic: string;
  charts: { chart: ChartGroup; figures: Figure[] }[];
}

/** @example dashboardSections(ds).map(s => s.topic) // ['Trade and investment growth', 'Sakhalin projects'] */
export function dashboardSections(dataset: Dataset): Section[] {
  const byId = new Map(dataset.figures.map((f) => [f.id, f]));
  const sections: Section[] = [];
  for (const chart of dataset.charts) {
    const figures = chart.figures.flatMap((id) => byId.get(id) ?? []);
    if (figures.length === 0) continue;
    let section = sections.find((s) => s.topic === chart.topic);
    if (!section) sections.push((section = { topic: chart.topic, charts: [] }));
    section.charts.push({ chart, figures });
  }
  return sections;
}
