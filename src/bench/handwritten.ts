// The bench's physical floor: what a person would write by hand to show the same three charts,
// with plain Chart.js, the six numbers typed in, animation off. Uses no project code on purpose
// (no config builders, no data files). Never shipped in dist/; marks charts-ready like the pages.

import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

let pending = 3;
const drawn = {
  id: 'drawn',
  afterRender: () => void (--pending === 0 && performance.mark('charts-ready')),
};
const common = { animation: false as const, responsive: true, maintainAspectRatio: false };
const canvas = (id: string) => document.getElementById(id) as HTMLCanvasElement;

new Chart(canvas('growth'), {
  type: 'bar',
  data: {
    labels: ['2000', '2001'],
    datasets: [
      { label: 'Exports to Russia', data: [100, 140], backgroundColor: '#1f77b4' },
      { label: 'Direct investment to Russia', data: [100, 200], backgroundColor: '#ff7f0e' },
    ],
  },
  options: {
    ...common,
    scales: { y: { beginAtZero: true, title: { display: true, text: 'Index, 2000 = 100' } } },
  },
  plugins: [drawn],
});

new Chart(canvas('shares'), {
  type: 'bar',
  data: {
    labels: ['Sakhalin-1', 'Sakhalin-2'],
    datasets: [
      { label: 'Japanese capital', data: [30, 45], backgroundColor: '#1f77b4' },
      { label: 'Other shareholders (derived)', data: [70, 55], backgroundColor: '#cccccc' },
    ],
  },
  options: {
    ...common,
    indexAxis: 'y',
    scales: { x: { stacked: true, max: 100 }, y: { stacked: true } },
  },
  plugins: [drawn],
});

new Chart(canvas('amounts'), {
  type: 'bar',
  data: {
    labels: ['Invested so far', 'Expected in total'],
    datasets: [{ label: 'US$ billion', data: [1, 8], backgroundColor: ['#1f77b4', '#9ecae1'] }],
  },
  options: {
    ...common,
    scales: { y: { beginAtZero: true, title: { display: true, text: 'US$ billion' } } },
  },
  plugins: [drawn],
});
