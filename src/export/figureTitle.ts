// The words that name a figure or a chart wherever it travels (image title, iframe title, share
// page headline, alt text, fallback caption): a person's `headline`/`alt` from data/ when given,
// otherwise a sentence generated from the fields. Pure strings.

import type { ChartGroup, Figure, Source } from '../model/figure.ts';
import { formatDate, formatFigureValue, formatPercent } from '../model/format.ts';

/**
 * The figure's headline, or a sentence made from its fields.
 * @example figureTitle(exports) // "Japan's exports to Russia rose 40 % in 2001 (compared with 2000)"
 * @example figureTitle(expectedTotal) // 'Japanese investment expected to reach US$8 billion (projection, no date given)'
 */
export function figureTitle(f: Figure): string {
  return f.headline !== undefined ? unbreakablePercents(f.headline) : generatedTitle(f);
}

/**
 * A written headline with each "number %" joined by a narrow no-break space, as the formatter
 * writes values, so that no line (a phone's card title, an image's wrapped headline) ends on the
 * number and starts the next with "%". Only a plain space or tab between a digit and "%" changes.
 * @example unbreakablePercents('exports rose 40 %') // 'exports rose 40\u202f%'
 */
export function unbreakablePercents(text: string): string {
  return text.replace(/(\d)[ \t](?=%)/g, '$1\u202f');
}

/** The sentence made from a figure's fields alone (the fallback when no headline is written). */
export function generatedTitle(f: Figure): string {
  const value = formatFigureValue(f);
  if (f.status === 'expected') {
    // "Japanese investment expected in total" → "Japanese investment expected to reach …"
    const subject = f.label.replace(/\s+expected\b.*$/i, '');
    const when = f.period ? `, ${f.period.replace(/^future\s*\((.+)\)$/i, '$1')}` : '';
    const verb =
      f.kind === 'change' ? `expected to change by ${value}` : `expected to reach ${value}`;
    return `${subject} ${verb} (projection${when})`;
  }
  const when = f.basePeriod
    ? ` in ${f.period} (compared with ${f.basePeriod})`
    : f.period
      ? ` in ${f.period}`
      : f.asOf
        ? ` (as of ${formatDate(f.asOf)})`
        : '';
  if (f.kind === 'change' && f.value === undefined) return `${f.label} changed by ${value}${when}`;
  if (f.kind === 'change' && f.value !== undefined) {
    const verb =
      f.value === 100
        ? 'doubled'
        : f.value < 0
          ? `fell ${formatPercent(-f.value)}`
          : `rose ${formatPercent(f.value)}`;
    return `${f.label} ${verb}${when}`;
  }
  return `${f.label} was ${value}${when}`;
}

/**
 * A chart group's headline: the written one, else its card title.
 * @example chartTitle({ title: 'Japanese capital in the Sakhalin projects', … }) // 'Japanese capital in the Sakhalin projects'
 */
export function chartTitle(chart: Pick<ChartGroup, 'title' | 'headline'>): string {
  return unbreakablePercents(chart.headline ?? chart.title);
}

/**
 * Alternative text for a chart's image: the written `alt`, else the headline and every value.
 * @example chartAlt(growth, [exports, fdi]) // "Bar chart. Exports and …: Japan's exports to Russia +40 %; …"
 */
export function chartAlt(
  chart: Pick<ChartGroup, 'title' | 'headline' | 'alt'>,
  figures: readonly Figure[],
): string {
  return chart.alt ?? `Bar chart. ${chartTitle(chart)}: ${valueList(figures)}.`;
}

/** @example figureAlt(exports) // "Bar chart. Japan's exports to Russia rose 40 % in 2001 (compared with 2000)." */
export function figureAlt(f: Figure): string {
  return f.alt ?? `Bar chart. ${figureTitle(f)}.`;
}

function valueList(figures: readonly Figure[]): string {
  return figures.map((f) => `${f.label} ${formatFigureValue(f)}`).join('; ');
}

/** Fallback link text for an embed: what it shows and where it is from. */
export function figureLinkText(f: Figure, s: Source): string {
  return `${figureTitle(f)} — chart with the quoted sentence (${s.publisher}, ${formatDate(s.date)})`;
}
