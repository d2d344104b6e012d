// The compare picker's filter as runes state, and the hits it gives. The search itself lives in
// model/figureSearch.ts (index built once per dataset); this only holds what the reader typed.

import {
  groupResults,
  searchFigures,
  type FigureFilter,
  type ResultGroup,
  type SearchIndex,
} from '../model/figureSearch.ts';

const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** One choice filter of the picker: the field it sets, its label, its "all" entry and choices. */
export interface ChoiceFilter {
  key: 'topic' | 'speaker' | 'sourceId';
  label: string;
  all: string;
  options: { value: string; text: string }[];
}

export class PickerState {
  text = $state('');
  topic = $state('');
  speaker = $state('');
  sourceId = $state('');
  from = $state('');
  to = $state('');
  /** Replaced when the corpus's index arrives; what was typed stays. */
  index: SearchIndex = $state.raw() as unknown as SearchIndex;

  /** Hits for the current filter: at most RESULT_LIMIT figures, and the total count. */
  readonly result = $derived.by(() => searchFigures(this.index, this.filter));
  readonly groups: ResultGroup[] = $derived.by(() => groupResults(this.index, this.result.figures));

  constructor(index: SearchIndex) {
    this.index = index;
  }

  /**
   * The choice filters (topic, speaker, source) as the picker draws them, one select each.
   * @example new PickerState(index).choices[0] // { key: 'topic', label: 'Topic', all: 'All topics', options: [{ value: 'trade', text: 'trade' }, …] }
   */
  get choices(): ChoiceFilter[] {
    const same = (v: string) => ({ value: v, text: v });
    return [
      { key: 'topic', label: 'Topic', all: 'All topics', options: this.index.topics.map(same) },
      {
        key: 'speaker',
        label: 'Speaker',
        all: 'All speakers',
        options: this.index.speakers.map(same),
      },
      {
        key: 'sourceId',
        label: 'Source',
        all: 'All sources',
        options: this.index.sources.map((s) => ({ value: s.id, text: `${s.date} · ${s.title}` })),
      },
    ];
  }

  /** @example new PickerState(index).filter // { text: '', topic: '', … } */
  get filter(): FigureFilter {
    return {
      text: this.text,
      topic: this.topic,
      speaker: this.speaker,
      sourceId: this.sourceId,
      // Half-typed dates ("20") would cut the list to nothing while typing: use complete ones.
      from: DATE.test(this.from.trim()) ? this.from : '',
      to: DATE.test(this.to.trim()) ? this.to : '',
    };
  }

  /** True when any field narrows the list. */
  get narrowed(): boolean {
    return Boolean(
      this.text || this.topic || this.speaker || this.sourceId || this.from || this.to,
    );
  }

  clear(): void {
    this.text = this.topic = this.speaker = this.sourceId = this.from = this.to = '';
  }
}
