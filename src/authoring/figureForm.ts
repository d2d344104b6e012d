// The add-a-figure form as plain data: the editable fields pre-filled from the extractor's
// annotation, the figure they make (value or range), and the validator's messages on it, checked
// against the source text exactly as `npm run check:data` would. Pure; no DOM, no Svelte, no I/O.

import type { DataError } from '../data/dataError.ts';
import { validateData } from '../data/validate.ts';
import type { Figure, FigureKind, FigureStatus, Unit } from '../model/figure.ts';

/** Every field as the form holds it: numbers as typed text, notes one a line. */
export interface FigureFormState {
  id: string;
  label: string;
  topic: string;
  kind: FigureKind;
  /** 'value' = one number; 'range' = two ends. */
  magnitude: 'value' | 'range';
  value: string;
  low: string;
  high: string;
  unit: Unit;
  status: FigureStatus;
  period: string;
  speaker: string;
  /** The value's own words, found inside the selected quote. */
  stated: string;
  notes: string;
  /** The chart group: an existing id of the file, or a new one (then with a title). */
  chart: string;
  chartTitle: string;
}

/**
 * The form's first state, from the figure the extractor proposed for the selection.
 * @example formFromFigure({ kind: 'change', value: 40, … }).magnitude // 'value'
 */
export function formFromFigure(f: Figure): FigureFormState {
  return {
    id: f.id,
    label: f.label,
    topic: f.topic,
    kind: f.kind,
    magnitude: f.range ? 'range' : 'value',
    value: f.value === undefined ? '' : String(f.value),
    low: f.range ? String(f.range.low) : '',
    high: f.range ? String(f.range.high) : '',
    unit: f.unit,
    status: f.status,
    period: f.period ?? '',
    speaker: f.speaker,
    stated: f.stated.text,
    notes: f.notes.join('\n'),
    chart: f.chart,
    chartTitle: '',
  };
}

/**
 * The figure the form states: the selection's quote and stated words, the form's fields.
 * @example figureFromForm({ …state, magnitude: 'range', low: '1', high: '1.5' }, base).range // { low: 1, high: 1.5 }
 */
export function figureFromForm(s: FigureFormState, base: Figure): Figure {
  const num = (t: string) => (t.trim() === '' ? Number.NaN : Number(t.replace(/,/g, '')));
  const notes = s.notes
    .split('\n')
    .map((n) => n.trim())
    .filter(Boolean);
  return {
    id: s.id.trim(),
    label: s.label.trim(),
    topic: s.topic.trim(),
    kind: s.kind,
    ...(s.magnitude === 'range'
      ? { range: { low: num(s.low), high: num(s.high) } }
      : { value: num(s.value) }),
    unit: s.unit,
    status: s.status,
    ...(s.period.trim() ? { period: s.period.trim() } : {}),
    ...(base.basePeriod !== undefined ? { basePeriod: base.basePeriod } : {}),
    ...(base.asOf !== undefined ? { asOf: base.asOf } : {}),
    speaker: s.speaker.trim(),
    stated: statedSpan(s.stated, base),
    quote: base.quote,
    ...(base.context ? { context: base.context } : {}),
    notes,
    chart: s.chart.trim(),
  };
}

/**
 * The stated words' offsets in code points of the source: their first place inside the quote,
 * or the proposal's own span when the words are unchanged. Words not in the quote keep offsets
 * the validator rejects with its own message.
 * @example statedSpan('$3 billion', { quote: { exact: 'bought $3 billion', start: 10 }, … }) // { text: '$3 billion', start: 17, end: 27 }
 */
export function statedSpan(words: string, base: Figure): Figure['stated'] {
  if (words === base.stated.text) return base.stated;
  const at = words ? base.quote.exact.indexOf(words) : -1;
  if (at < 0) return { text: words, start: base.quote.start, end: base.quote.start };
  const start = base.quote.start + Array.from(base.quote.exact.slice(0, at)).length;
  return { text: words, start, end: start + Array.from(words).length };
}

/**
 * What the validator says about the figure, one message a line ("field — problem — fix"), checked
 * against the source text in a file of its own; empty when it would pass `npm run check:data`.
 * @example draftMessages(figure, sourceText) // ['value — is 41 percent but the stated words "increased 40%" say 40 percent — …']
 */
export function draftMessages(figure: Figure, sourceText: string): string[] {
  const sourceId = figure.quote.sourceId;
  // The hash is the source file's business, checked when data/ loads: here it only has to agree.
  const hash = '0'.repeat(64);
  const meta = {
    id: sourceId,
    title: 'Draft',
    publisher: 'Draft',
    date: '2000-01-01',
    url: 'https://example.org/',
    language: 'en',
    sha256: hash,
  };
  const file = {
    charts: [
      {
        id: figure.chart || 'draft-chart',
        title: 'Draft',
        description: 'Draft',
        topic: 'Draft',
        figures: [figure.id || 'draft'],
      },
    ],
    figures: [JSON.parse(JSON.stringify(figure))],
  };
  const { errors } = validateData({
    sources: [
      {
        metaPath: `data/sources/${sourceId}.json`,
        metaText: JSON.stringify(meta),
        textPath: `data/sources/${sourceId}.txt`,
        text: sourceText,
        textSha256: hash,
      },
    ],
    figureFiles: [{ path: `data/figures/${sourceId}.json`, text: JSON.stringify(file) }],
  });
  return errors.map((e: DataError) => `${e.field ?? '(file)'} — ${e.message} — ${e.fix}`);
}
