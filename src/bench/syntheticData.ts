// Generates synthetic but VALID data sets (sources with verbatim text, figures whose quotes,
// offsets, stated words and sha256 all check out) to measure validation, build and dashboard at
// scale. Deterministic for a given size; it does no I/O (src/bench/scaleData.ts writes files).

import { createHash } from 'node:crypto';
import type { ChartGroup, Figure, FigureKind, Unit } from '../model/figure.ts';
import type { RawFigureFile, RawSource } from '../data/validate.ts';
import {
  CONTEXT_LENGTH,
  codePointIndex,
  codePointLength,
  sliceCodePoints,
  toCodePoints,
} from '../model/codePoints.ts';

export interface SyntheticOptions {
  /** Total number of figures, e.g. 10_000. */
  figures: number;
  /** Number of source documents the figures are spread over, e.g. 1_000. */
  sources: number;
  /** Number of dashboard sections (chart topics); default 10. */
  topics?: number;
}

export interface SyntheticSource {
  id: string;
  /** Verbatim text, written as data/sources/<id>.txt. */
  text: string;
  /** Metadata JSON, written as data/sources/<id>.json. */
  metaJson: string;
}

export interface SyntheticData {
  sources: SyntheticSource[];
  /** One figure file per source: `name` is the file name under data/figures/. */
  figureFiles: { name: string; text: string }[];
}

const FIGURES_PER_CHART = 2;

interface Sentence {
  kind: FigureKind;
  unit: Unit;
  value: number;
  label: string;
  /** The sentence, with `stated` inside it. */
  sentence: string;
  stated: string;
}

/**
 * Builds `figures` figures spread evenly over `sources` sources, two figures a chart group.
 * @example generateSyntheticData({ figures: 10, sources: 2 }).figureFiles.length // 2
 * @throws Error when the counts are not whole numbers of at least 1, or sources > figures.
 */
export function generateSyntheticData(options: SyntheticOptions): SyntheticData {
  const { figures: total, sources: sourceCount, topics = 10 } = options;
  for (const [name, n] of [
    ['figures', total],
    ['sources', sourceCount],
    ['topics', topics],
  ] as const) {
    if (!Number.isInteger(n) || n < 1)
      throw new Error(`generateSyntheticData: ${name} must be a whole number ≥ 1, got ${n}`);
  }
  if (sourceCount > total) {
    throw new Error(
      `generateSyntheticData: ${sourceCount} sources cannot each hold a figure of only ${total}; use fewer sources`,
    );
  }
  const random = mulberry32(total * 7919 + sourceCount);
  const out: SyntheticData = { sources: [], figureFiles: [] };
  let made = 0;
  for (let s = 0; s < sourceCount; s++) {
    // Spread the remainder over the first sources so the total is exact.
    const count = Math.floor(total / sourceCount) + (s < total % sourceCount ? 1 : 0);
    const sourceId = `synthetic-source-${pad(s + 1, 5)}`;
    const sentences = Array.from({ length: count }, (_, k) => makeSentence(s, k, random));
    const { text, placed } = writeText(sourceId, s, sentences);

    const points = toCodePoints(text);
    const figures: Figure[] = [];
    const charts: ChartGroup[] = [];
    placed.forEach(({ sentence, start }, k) => {
      const id = `syn-${pad(s + 1, 5)}-${pad(k + 1, 3)}`;
      const chartId = `syn-chart-${pad(s + 1, 5)}-${pad(Math.floor(k / FIGURES_PER_CHART) + 1, 3)}`;
      const end = start + codePointLength(sentence.sentence);
      const statedStart =
        start + codePointIndex(sentence.sentence, sentence.sentence.indexOf(sentence.stated));
      figures.push({
        id,
        label: sentence.label,
        topic: sentence.kind === 'amount' ? 'investment' : 'trade',
        kind: sentence.kind,
        value: sentence.value,
        unit: sentence.unit,
        status: 'actual',
        period: String(1995 + ((s + k) % 25)),
        speaker: `Spokesperson ${(s % 7) + 1}`,
        stated: {
          text: sentence.stated,
          start: statedStart,
          end: statedStart + codePointLength(sentence.stated),
        },
        quote: {
          sourceId,
          exact: sentence.sentence,
          prefix: sliceCodePoints(points, start - CONTEXT_LENGTH, start),
          suffix: sliceCodePoints(points, end, end + CONTEXT_LENGTH),
          start,
          end,
        },
        notes: ['Synthetic figure generated to measure the dashboard at scale.'],
        chart: chartId,
      });
      if (k % FIGURES_PER_CHART === 0) {
        charts.push({
          id: chartId,
          title: `Synthetic chart ${s + 1}.${charts.length + 1}`,
          description: `Generated ${sentence.kind} figures from source ${s + 1}, for scale tests.`,
          topic: `Synthetic topic ${(s % topics) + 1}`,
          figures: [],
        });
      }
      charts[charts.length - 1]!.figures.push(id);
    });
    made += figures.length;

    const meta = {
      id: sourceId,
      title: `Synthetic statement ${s + 1}`,
      publisher: 'Cited Figures scale test',
      date: `20${pad(10 + (s % 15), 2)}-${pad((s % 12) + 1, 2)}-${pad((s % 28) + 1, 2)}`,
      url: `https://example.org/synthetic/${sourceId}`,
      language: 'en',
      sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
    };
    out.sources.push({ id: sourceId, text, metaJson: `${JSON.stringify(meta, null, 2)}\n` });
    out.figureFiles.push({
      name: `${sourceId}.json`,
      text: `${JSON.stringify({ charts, figures }, null, 2)}\n`,
    });
  }
  if (made !== total)
    throw new Error(`generateSyntheticData: made ${made} figures, expected ${total}`);
  return out;
}

/**
 * The generated files as validateData takes them (paths as under a data/ folder).
 * @example validateData(toRawData(generateSyntheticData({ figures: 10, sources: 2 }))).errors // []
 */
export function toRawData(data: SyntheticData): {
  sources: RawSource[];
  figureFiles: RawFigureFile[];
} {
  return {
    sources: data.sources.map((s) => ({
      metaPath: `data/sources/${s.id}.json`,
      metaText: s.metaJson,
      textPath: `data/sources/${s.id}.txt`,
      text: s.text,
      textSha256: createHash('sha256').update(s.text, 'utf8').digest('hex'),
    })),
    figureFiles: data.figureFiles.map((f) => ({ path: `data/figures/${f.name}`, text: f.text })),
  };
}

/** Two figures of a chart share a kind, so kinds rotate by chart. */
function makeSentence(s: number, k: number, random: () => number): Sentence {
  const kind = (['change', 'share', 'amount'] as const)[
    (s + Math.floor(k / FIGURES_PER_CHART)) % 3
  ]!;
  const item = `${ITEMS[(s * 31 + k) % ITEMS.length]} ${s + 1}.${k + 1}`;
  if (kind === 'change') {
    const value = 1 + Math.floor(random() * 90);
    const stated = `increased ${value}%`;
    return {
      kind,
      unit: 'percent',
      value,
      label: `Exports of ${item}`,
      stated,
      sentence: `In the last year, exports of ${item} ${stated} over the year before.`,
    };
  }
  if (kind === 'share') {
    const value = 1 + Math.floor(random() * 98);
    const stated = `${value}%`;
    return {
      kind,
      unit: 'percent',
      value,
      label: `Share in ${item}`,
      stated,
      sentence: `Investors from Japan hold ${stated} of the capital in ${item}.`,
    };
  }
  // Amounts: one currency a chart (every chart of a source uses the same one).
  const [sign, unit] = CURRENCIES[s % CURRENCIES.length]!;
  const units = 1 + Math.floor(random() * 900);
  const stated = `${sign}${units} million`;
  return {
    kind,
    unit,
    value: units * 1e6,
    label: `Investment in ${item}`,
    stated,
    sentence: `Investment in ${item} has reached ${stated} so far — café talks included.`,
  };
}

/** Title, then one paragraph per figure with filler between, so prefixes and suffixes vary. */
function writeText(sourceId: string, s: number, sentences: Sentence[]) {
  const parts: string[] = [`Synthetic statement ${s + 1} (${sourceId}) 🌐\n\n`];
  let length = codePointLength(parts[0]!);
  const placed: { sentence: Sentence; start: number }[] = [];
  sentences.forEach((sentence, k) => {
    const lead = `(${k + 1}) ${FILLER[(s + k) % FILLER.length]} `;
    parts.push(lead);
    length += codePointLength(lead);
    placed.push({ sentence, start: length });
    const paragraph = `${sentence.sentence}\n\n`;
    parts.push(paragraph);
    length += codePointLength(paragraph);
  });
  parts.push('End of the synthetic statement.\n');
  return { text: parts.join(''), placed };
}

const ITEMS = [
  'machinery',
  'timber',
  'seafood',
  'steel',
  'chemicals',
  'vehicles',
  'textiles',
  'grain',
];
const CURRENCIES: [string, Unit][] = [
  ['$', 'USD'],
  ['€', 'EUR'],
  ['¥', 'JPY'],
];
const FILLER = [
  'The delegations reviewed progress.',
  'Both sides noted the figures below — as reported.',
  'The minister said:',
  'According to the summary, naïve estimates were revised.',
];

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Small seeded PRNG so every run generates the same data. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
