// Static images and pages from the same data: the `build-site` project builds from a copy of
// data/ with one label edited (test/setup/siteUrlBuild.ts); the edit must reach the published
// figures.json and every image of the site. Runs only in that project (vite.config.ts).
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { figureTitle } from '../../src/export/figureTitle.ts';
import type { Figure } from '../../src/model/figure.ts';
import { EDITED_LABEL_SUFFIX, SITE_DATA, SITE_DIST } from '../setup/siteUrlBuild.ts';

const dist = resolve(process.env.CITED_DIST || SITE_DIST);
const published = JSON.parse(readFileSync(join(dist, 'data/figures.json'), 'utf8')) as {
  figures: { id: string; label: string; quote: { exact: string } }[];
};

/** The labels in a data folder's figure files, by figure id. */
function labels(dataDir: string): Map<string, string> {
  const out = new Map<string, string>();
  const figuresDir = join(dataDir, 'figures');
  for (const name of readdirSync(figuresDir).filter((n) => n.endsWith('.json'))) {
    const json = JSON.parse(readFileSync(join(figuresDir, name), 'utf8')) as {
      figures: { id: string; label: string }[];
    };
    for (const f of json.figures) out.set(f.id, f.label);
  }
  return out;
}

describe('static images and pages from the same data', () => {
  it('the build read the edited copy of data/, not data/', () => {
    expect(process.env.CITED_DIST, 'run in the build-site project').toBe(SITE_DIST);
    const edited = published.figures.filter((f) => f.label.endsWith(EDITED_LABEL_SUFFIX));
    expect(edited).toHaveLength(1);
    const original = labels(resolve(import.meta.dirname, '../../data'));
    expect(`${original.get(edited[0]!.id)}${EDITED_LABEL_SUFFIX}`).toBe(edited[0]!.label);
    expect(labels(SITE_DATA).get(edited[0]!.id)).toBe(edited[0]!.label);
  });

  it("every published figure's SVG carries its label and quote from the same figures.json", () => {
    const escape = (s: string) =>
      s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    for (const figure of published.figures) {
      const svg = readFileSync(join(dist, `charts/${figure.id}.svg`), 'utf8');
      const quote = figure.quote.exact.replace(/\s+/g, ' ').trim();
      const title = /<title[^>]*>([^<]*)<\/title>/.exec(svg)?.[1] ?? '';
      // The title is the figure's sentence, built from the published (edited) label.
      expect(title.replace(/&#39;|&apos;/g, "'"), figure.id).toContain(
        figureTitle(figure as unknown as Figure),
      );
      expect(svg.replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"'), figure.id).toContain(
        escape(quote),
      );
    }
  });
});
