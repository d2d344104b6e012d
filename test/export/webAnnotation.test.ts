// A figure as a W3C Web Annotation: checked against the Data Model's MUSTs (test/support), and
// its selectors against the text they select.

import { describe, expect, it } from 'vitest';
import {
  annotationCollection,
  figureStatement,
  webAnnotation,
} from '../../src/export/webAnnotation.ts';
import { annotationProblems } from '../support/webAnnotationModel.ts';
import { aFigure, aSource } from '../support/fixtures.ts';

const make = () =>
  webAnnotation({
    figure: aFigure(),
    source: aSource(),
    id: 'urn:uuid:6e8bc430-9c3a-51d5-a1e1-2a8f2f0b6c0d',
    sourceTextIri: 'https://cf.test/data/sources/talks.txt',
    created: '2026-11-30T12:00:00Z',
  });

describe('webAnnotation', () => {
  it('meets every MUST the checker knows', () => {
    expect(annotationProblems(make(), false)).toEqual([]);
  });

  it.each([
    { name: 'a relative id', edit: { id: 'a.jsonld' }, problem: /id must be exactly one IRI/ },
    { name: 'no context', edit: { '@context': undefined }, problem: /@context/ },
    { name: 'a local-time created', edit: { created: '2026-11-30T12:00:00' }, problem: /UTC/ },
    { name: 'an unknown motivation', edit: { motivation: 'liking' }, problem: /motivation/ },
  ])('the checker catches $name (control)', ({ edit, problem }) => {
    expect(annotationProblems({ ...make(), ...edit }, false).join('\n')).toMatch(problem);
  });

  it('states the figure with its value, unit and kind, and targets text and original', () => {
    const a = make();
    expect(a.body.value).toBe(figureStatement(aFigure()));
    for (const w of ['40', 'percent', 'change']) expect(a.body.value).toContain(w);
    expect(a.target[0].selector.map((s) => s.type)).toEqual([
      'TextQuoteSelector',
      'TextPositionSelector',
    ]);
    expect(a.target[1].source.id).toBe(aSource().url);
    expect(a.target[1].selector.type).toBe('TextQuoteSelector');
  });

  it('collects annotations in one page without repeating their context', () => {
    const c = annotationCollection('urn:uuid:00000000-0000-5000-8000-000000000000', 'All', [
      make(),
    ]);
    expect(c.total).toBe(1);
    expect(c.first.items[0]).not.toHaveProperty('@context');
    expect(annotationProblems(c.first.items[0]!, true)).toEqual([]);
  });
});
