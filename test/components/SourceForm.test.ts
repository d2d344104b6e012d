// The add-a-document form in jsdom: per-field messages only once a field was left or Save tried,
// the id proposed from publisher, date and title, a non-UTF-8 file refused, the sha256 and the
// extractor's count, Save through the dev server's client (fetch stubbed: the real server is
// covered by test/build/authoringServer.test.ts and test/browser/authoringForms.test.ts), the
// server's refusal shown, and "Copy JSON" where the page has no write path.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import SourceForm from '../../src/components/SourceForm.svelte';
import { TOKEN_META } from '../../src/authoring/authoringRequest.ts';

const TEXT = 'Exports rose 12.5% in 2032, the Minister said.\n';

function mountForm(takenIds: string[] = ['mofa-2002-10-14-kawaguchi-putin']) {
  const onsaved = vi.fn();
  const onclose = vi.fn();
  render(SourceForm, { takenIds, onsaved, onclose });
  const form = screen.getByRole('dialog', { name: 'Add a document' });
  const field = (name: string) => form.querySelector<HTMLInputElement>(`[name=${name}]`)!;
  const error = (name: string) => form.querySelector(`[data-error=${name}]`)!.textContent ?? '';
  return { form, field, error, onsaved, onclose };
}

async function fill(field: (n: string) => HTMLInputElement, values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) {
    await fireEvent.input(field(name), { target: { value } });
  }
}

const VALID = {
  text: TEXT,
  url: 'https://example.org/release.html',
  title: 'Trade in 2032',
  publisher: 'Ministry of Trade',
  date: '2033-05',
};

afterEach(() => {
  document.head.querySelector(`meta[name="${TOKEN_META}"]`)?.remove();
  vi.unstubAllGlobals();
});

describe('SourceForm', () => {
  it('says nothing until a field is left, then what is wrong and how to fix it', async () => {
    const { field, error } = mountForm();
    await fill(field, { date: '2017-02-30' });
    expect(error('date')).toBe('');
    await fireEvent.blur(field('date'));
    expect(error('date')).toMatch(/"2017-02-30" is not a real calendar date.*correct the day/);
    expect(field('date').getAttribute('aria-invalid')).toBe('true');
    expect(error('url')).toBe('');
  });

  it('proposes the id from publisher, date and title until the person types one', async () => {
    const { field } = mountForm();
    await fill(field, VALID);
    expect(field('id').value).toBe('mt-2033-05-trade-in-2032');
    await fill(field, { id: 'my-own-id', title: 'Another title' });
    expect(field('id').value).toBe('my-own-id');
  });

  it.each([
    {
      case: 'binary bytes',
      bytes: [0xff, 0xfe, 0x41],
      message: /is not UTF-8 text.*save it as plain text in UTF-8/,
    },
    { case: 'NUL bytes', bytes: [0x41, 0x00, 0x42], message: /contains NUL bytes.*\.txt, UTF-8/ },
    { case: 'an empty file', bytes: [0x20, 0x0a], message: /is empty; paste the document/ },
  ])('refuses a dropped file with $case, naming the file', async ({ bytes, message }) => {
    const { form, error } = mountForm();
    const input = within(form).getByLabelText('Choose a .txt file');
    const file = new File([new Uint8Array(bytes)], 'scan.txt', { type: 'text/plain' });
    await fireEvent.change(input, { target: { files: [file] } });
    await waitFor(() => expect(error('text')).toMatch(/^Text scan\.txt /));
    expect(error('text')).toMatch(message);
  });

  it('shows the sha256 of the text and how many figures the extractor proposes', async () => {
    const { form, field } = mountForm();
    await fill(field, { text: TEXT });
    const sha = createHash('sha256').update(TEXT, 'utf8').digest('hex');
    await waitFor(() => expect(form.querySelector('[data-sha256]')!.textContent).toBe(sha));
    await waitFor(() => expect(form.querySelector('[data-proposed]')!.textContent).toBe('1'));
  });

  it('saves through the dev server with the token, then hands the id on', async () => {
    const meta = Object.assign(document.createElement('meta'), {
      name: TOKEN_META,
      content: 't0k',
    });
    document.head.append(meta);
    const fetch = vi.fn(async (_url: string, _init: RequestInit) =>
      Response.json({ path: 'data/sources/mt-2033-05-trade-in-2032.txt', sha256: 'a'.repeat(64) }),
    );
    vi.stubGlobal('fetch', fetch);
    const { form, field, onsaved } = mountForm();
    await fill(field, VALID);
    await fireEvent.click(
      await within(form).findByRole('button', { name: /^Save to data\/sources/ }),
    );
    await waitFor(() => expect(onsaved).toHaveBeenCalledWith('mt-2033-05-trade-in-2032'));
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('/__cited-authoring/sources');
    expect((init.headers as Record<string, string>)['x-cited-authoring-token']).toBe('t0k');
    expect(JSON.parse(init.body as string)).toEqual({
      id: 'mt-2033-05-trade-in-2032',
      language: 'en',
      ...VALID,
    });
  });

  it('does not call the server while a field is wrong, and shows every wrong field', async () => {
    document.head.append(
      Object.assign(document.createElement('meta'), { name: TOKEN_META, content: 't0k' }),
    );
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const { form, field, error, onsaved } = mountForm(['mt-2033-05-trade-in-2032']);
    await fill(field, { ...VALID, url: 'example.org' });
    await fireEvent.click(await within(form).findByRole('button', { name: /^Save/ }));
    await waitFor(() => expect(error('url')).toMatch(/must be an http\(s\) URL/));
    expect(error('id')).toMatch(/already exists; choose another id/);
    expect(fetch).not.toHaveBeenCalled();
    expect(onsaved).not.toHaveBeenCalled();
  });

  it("shows the server's refusal in words", async () => {
    document.head.append(
      Object.assign(document.createElement('meta'), { name: TOKEN_META, content: 't0k' }),
    );
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        Response.json(
          { error: 'data/sources/x already exists; choose another id' },
          { status: 409 },
        ),
      ),
    );
    const { form, field, onsaved } = mountForm();
    await fill(field, VALID);
    await fireEvent.click(await within(form).findByRole('button', { name: /^Save/ }));
    await waitFor(() =>
      expect(within(form).getByRole('status').textContent).toBe(
        'Not saved: data/sources/x already exists; choose another id',
      ),
    );
    expect(onsaved).not.toHaveBeenCalled();
  });

  it('offers Copy JSON and the .txt download where there is no write path', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    const { form, field } = mountForm();
    await fill(field, VALID);
    expect(within(form).queryByRole('button', { name: /^Save/ })).toBeNull();
    within(form).getByRole('button', { name: 'Download mt-2033-05-trade-in-2032.txt' });
    await fireEvent.click(within(form).getByRole('button', { name: 'Copy JSON' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledOnce());
    expect(JSON.parse(writeText.mock.calls[0]![0])).toEqual({
      $schema: '../schema/source.schema.json',
      id: 'mt-2033-05-trade-in-2032',
      title: VALID.title,
      publisher: VALID.publisher,
      date: VALID.date,
      url: VALID.url,
      language: 'en',
      sha256: createHash('sha256').update(TEXT, 'utf8').digest('hex'),
    });
  });
});
