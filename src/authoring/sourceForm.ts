// The add-a-document form as plain data: the fields a person fills in, the document's text read
// byte for byte from a dropped file (never "cleaned"), each field's problem with how to fix it,
// and the request or the metadata file they make. Pure; no DOM, no Svelte, no I/O.

import { sourceFileSchema } from '../data/schema.ts';
import { kebab as kebabWords } from './extract/candidates.ts';
import { sourceMetaText, type AddSourceRequest } from './authoringRequest.ts';

/** Every field as the form holds it: the dev server's request itself (text verbatim; the date
 *  as precise as the document: YYYY, YYYY-MM or YYYY-MM-DD), before trimming. */
export type SourceFormState = AddSourceRequest;

export type SourceField = keyof SourceFormState;

/** The fields in the order the form shows them (and reports their problems). */
export const SOURCE_FIELDS: readonly SourceField[] = [
  'text',
  'url',
  'title',
  'publisher',
  'date',
  'id',
  'language',
];

/** An empty form; English unless the person says otherwise.
 * @example emptySourceForm().language // 'en' */
export function emptySourceForm(): SourceFormState {
  return { text: '', id: '', title: '', publisher: '', date: '', url: '', language: 'en' };
}

/** How to fix each field, added to the schema's own words about what is wrong. */
const FIXES: Record<SourceField, string> = {
  text: 'paste the document or drop its .txt file',
  id: 'use lowercase words joined by hyphens, e.g. mofa-2002-10-14-kawaguchi-putin',
  title: "type the document's title as the publisher gives it",
  publisher: 'name who published it, e.g. Ministry of Foreign Affairs of Japan',
  date: 'type it as precisely as the document states it: 2002-10-14, 2002-10 or 2002',
  url: 'paste the address of the original publication, starting with https://',
  language: 'give a BCP 47 tag such as en, ja or fr',
};

/**
 * Each field's problem, with how to fix it; an empty object when the document may be saved.
 * `takenIds` are the sources already in data/ (a document is never overwritten from the page).
 * @example sourceFieldErrors({ ...emptySourceForm(), date: '2017-13' }, []).date
 * // 'is not a real calendar date: month 13 …; type it as precisely as …'
 */
export function sourceFieldErrors(
  s: SourceFormState,
  takenIds: readonly string[],
): Partial<Record<SourceField, string>> {
  const errors: Partial<Record<SourceField, string>> = {};
  const problem = textProblem(s.text);
  if (problem) errors.text = problem;
  const { text: _text, ...fields } = addSourceRequest(s);
  const parsed = sourceFileSchema.safeParse({ ...fields, sha256: '0'.repeat(64) });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as SourceField;
      if (!(field in FIXES) || errors[field]) continue;
      // A date problem carries its own fix (which month, which day); the rest take the field's.
      const fix = (issue as { params?: { fix?: string } }).params?.fix ?? FIXES[field];
      errors[field] = `${issue.message}; ${fix}`;
    }
  }
  if (!errors.id && takenIds.includes(fields.id)) {
    errors.id = `data/sources/${s.id} already exists; choose another id (a document is never overwritten from the page)`;
  }
  return errors;
}

/** What is wrong with the text itself, or undefined.
 * @example textProblem('   ') // 'is empty; paste the document or drop its .txt file' */
export function textProblem(text: string): string | undefined {
  if (text.trim() === '') return `is empty; ${FIXES.text}`;
  if (text.includes('\u0000')) {
    return 'contains NUL bytes, so it looks like a binary file (a PDF or Word file?); save the document as plain text (.txt, UTF-8) and drop that';
  }
  return undefined;
}

/**
 * A dropped file's bytes as text, exactly: UTF-8 only (anything else is refused with how to fix
 * it), a byte-order mark kept, so the text written to data/ has the file's own sha256.
 * @example textFromBytes(new TextEncoder().encode('Exports rose 5%.')) // { text: 'Exports rose 5%.' }
 */
export function textFromBytes(bytes: Uint8Array): { text: string } | { error: string } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return {
      error:
        'is not UTF-8 text (a binary file, or text in another encoding); open it in an editor, save it as plain text in UTF-8 and drop it again',
    };
  }
  const problem = textProblem(text);
  return problem ? { error: problem } : { text };
}

/**
 * An id proposed from the publisher's initials, the date and the title's first words, so a new
 * document's figures get namespaced ids at once; the person may change it.
 * @example proposeSourceId({ publisher: 'Ministry of Foreign Affairs of Japan', date: '2002-10-14', title: 'Courtesy Visit to President Putin' })
 * // 'mfaj-2002-10-14-courtesy-visit-to-president-putin'
 */
export function proposeSourceId(s: Pick<SourceFormState, 'publisher' | 'date' | 'title'>): string {
  const initials = s.publisher
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => /^[A-Z0-9]/.test(w))
    .map((w) => w[0]!.toLowerCase())
    .join('');
  const date = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(s.date.trim()) ? s.date.trim() : '';
  const words = kebabWords(s.title).split('-').filter(Boolean).slice(0, 5).join('-');
  return [initials, date, words].filter(Boolean).join('-');
}

/** The body the dev server's POST /__cited-authoring/sources takes.
 * @example addSourceRequest(state).text === state.text // true: verbatim */
export function addSourceRequest(s: SourceFormState): AddSourceRequest {
  return {
    id: s.id.trim(),
    title: s.title.trim(),
    publisher: s.publisher.trim(),
    date: s.date.trim(),
    url: s.url.trim(),
    language: s.language.trim(),
    text: s.text,
  };
}

/**
 * data/sources/<id>.json as the dev server would write it, for "Copy JSON" where there is no
 * write path (the .txt is downloaded beside it).
 * @example sourceMetaJson(state, 'ab12…') // '{\n  "$schema": "../schema/source.schema.json",\n  "id": …'
 */
export function sourceMetaJson(s: SourceFormState, sha256: string): string {
  return JSON.stringify(JSON.parse(sourceMetaText(addSourceRequest(s), sha256)), null, 2);
}

/**
 * The sha256 of the text's UTF-8 bytes, as the dev server computes it and data/sources/<id>.json
 * records it (Web Crypto: the browser on 127.0.0.1 and Node both have it).
 * @example await sha256Hex('abc') // 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
