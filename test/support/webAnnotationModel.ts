// The MUSTs of the W3C Web Annotation Data Model (Recommendation, 23 February 2017) that our
// annotations touch, written from the specification as a checker for tests. Test code only.

/** An IRI: a scheme, a colon and no spaces (RFC 3987 §2.2, absolute form). */
export const IRI = /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]+$/i;
const MOTIVATIONS = [
  'assessing',
  'bookmarking',
  'classifying',
  'commenting',
  'describing',
  'editing',
  'highlighting',
  'identifying',
  'linking',
  'moderating',
  'questioning',
  'replying',
  'tagging',
];
const asArray = <T>(v: T | T[]) => (Array.isArray(v) ? v : [v]);

/** The MUSTs of the Web Annotation Data Model (W3C Rec. 2017) an Annotation of ours touches;
 * returns what is broken, empty when it conforms. */
export function annotationProblems(a: Record<string, unknown>, inCollection: boolean): string[] {
  const p: string[] = [];
  if (!inCollection) {
    // §3.1: 1 or more @context, anno.jsonld one of them; a single value as a string.
    const ctx = a['@context'];
    if (
      ctx !== 'http://www.w3.org/ns/anno.jsonld' &&
      !(Array.isArray(ctx) && ctx.includes('http://www.w3.org/ns/anno.jsonld'))
    )
      p.push('@context must be http://www.w3.org/ns/anno.jsonld');
  }
  if (typeof a.id !== 'string' || !IRI.test(a.id))
    p.push(`id must be exactly one IRI: ${String(a.id)}`);
  if (!asArray(a.type as string).includes('Annotation')) p.push('type must include Annotation');
  if (a.target === undefined) p.push('must have 1 or more target');
  if (
    a.motivation !== undefined &&
    !asArray(a.motivation as string).every((m) => MOTIVATIONS.includes(m))
  )
    p.push('motivation must be one of the Motivation instances');
  // §3.2.4 / §3.3.5: created is xsd:dateTime, SHOULD/MUST be expressed in UTC ("Z").
  if (
    a.created !== undefined &&
    !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/.test(String(a.created))
  )
    p.push('created must be an xsd:dateTime in UTC');
  for (const body of asArray((a.body ?? []) as Record<string, unknown>[])) {
    // §3.2.4: a TextualBody MUST have exactly 1 value.
    if (body.type === 'TextualBody' && typeof body.value !== 'string')
      p.push('TextualBody needs one value');
  }
  for (const t of asArray(a.target as Record<string, unknown>[])) {
    if (typeof t === 'string') continue;
    if (t.type === 'SpecificResource' || t.selector) {
      // §4: a SpecificResource MUST have exactly 1 source.
      const src = t.source as Record<string, unknown> | string | undefined;
      const id = typeof src === 'string' ? src : src?.id;
      if (typeof id !== 'string' || id.length === 0)
        p.push('SpecificResource must have exactly 1 source');
      for (const s of asArray((t.selector ?? []) as Record<string, unknown>[])) {
        if (s.type === 'TextQuoteSelector' && typeof s.exact !== 'string')
          p.push('TextQuoteSelector needs exact');
        if (s.type === 'TextPositionSelector') {
          const ok = (n: unknown) => Number.isInteger(n) && (n as number) >= 0;
          if (!ok(s.start) || !ok(s.end) || (s.end as number) < (s.start as number))
            p.push('TextPositionSelector needs non-negative integer start <= end');
        }
        if (!s.type) p.push('every selector must have a type');
      }
    }
  }
  return p;
}
