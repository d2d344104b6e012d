// Tests for src/authoring/extract/russian.ts through the whole extractor: the status of Russian
// figures named as an estimate or an assumption, read against the document's date. Every
// sentence is our own, in the voice of a ministry, a budget's explanatory note, a central bank
// or a customs service.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';

const SOURCE = {
  source: {
    date: '2031-04-02',
    publisher: 'Министерство финансов',
    title: 'Пояснительная записка',
    url: 'https://example.org/note',
  },
};

/** Each figure of `text` as "stated status". */
function read(text: string): string[] {
  return extractCandidates(text, 'doc', SOURCE).map((c) => `${c.stated.text} ${c.status}`);
}

describe('an estimate or an assumption ("оценивается в", "принимается на уровне") takes its status from its year', () => {
  it.each([
    // A ministry's scenario conditions: an assumed price for the current year and, after a dash
    // standing for the verb, for the next.
    [
      'Цена на нефть в 2031 году принимается на уровне 62 долл. США за баррель, в 2032 году – 65 долл. США за баррель.',
      ['62 долл. США expected', '65 долл. США expected'],
    ],
    // A budget's explanatory note: revenues of a year to come, with their part after "в том числе".
    [
      'Доходы бюджета на 2032 год оцениваются в 41,2 трлн рублей, в том числе ненефтегазовые доходы – 31,5 трлн рублей.',
      ['41,2 трлн рублей expected', '31,5 трлн рублей expected'],
    ],
    // A customs service: an estimate for the running year, with the change "что на …% ниже".
    [
      'Экспорт товаров в 2031 году оценивается в 398 млрд долл. США, что на 2,4% ниже уровня 2030 года.',
      ['398 млрд долл. США expected', 'на 2,4% ниже expected'],
    ],
    // A central bank's review: a rate assumed for the running year.
    ['Ключевая ставка в среднем за 2031 год закладывается на уровне 9,5%.', ['9,5% expected']],
    // A ministry's note on a year that is over: an estimate of it is actual.
    ['Дефицит бюджета в 2030 году оценивается в 1,8 трлн рублей.', ['1,8 трлн рублей actual']],
  ] as const)('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('near-misses keep their reading', () => {
  it.each([
    // An outturn of a past year, and its part after "в том числе".
    [
      'Доходы бюджета в 2030 году составили 36,7 трлн рублей, в том числе нефтегазовые доходы – 9,1 трлн рублей.',
      ['36,7 трлн рублей actual', '9,1 трлн рублей actual'],
    ],
    // An estimate naming no year: no reading from a period.
    ['Ущерб от паводка оценивается в 12 млрд рублей.', ['12 млрд рублей actual']],
    // A past change after an outturn.
    [
      'Импорт в 2030 году составил 290 млрд долл. США, что на 1,5% ниже уровня 2029 года.',
      ['290 млрд долл. США actual', 'на 1,5% ниже actual'],
    ],
  ] as const)('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});
