// The record beside the claim wherever a chart travels (image captions, embeds, share pages, CSV
// and JSON downloads, citations): which of the build's comparisons a set of figures carries, and
// the words that state each one. Pure strings from data/records.json; nothing is computed here.

import type { Figure } from '../model/figure.ts';
import type { ClaimRecordComparison, ClaimRecords } from '../model/claimRecord.ts';
import { claimRecordsOf, contextClaimId } from '../model/claimRecord.ts';
import type { StatRecord } from '../model/record.ts';
import { claimsForFigures, recordCitation } from '../model/claimRecordView.ts';
import type { RecordCitation } from './citation.ts';
import type { ExtraColumns } from './csv.ts';

/** What the build publishes in data/records.json (the records and the claims read against them). */
export interface PublishedClaims {
  records: readonly StatRecord[];
  claims: readonly ClaimRecords[];
}

/** The claims a set of figures shows (their own, then the statements they answer, each once) and
 *  the records those claims are read against. */
export interface CarriedRecords {
  claims: ClaimRecords[];
  records: StatRecord[];
}

/**
 * The claims and records that travel with `figures`.
 * @example carriedRecords([exports], published).records.map((r) => r.id)
 * // ['medt-russia-imports-from-japan', 'medt-russia-japan-trade-total']
 */
export function carriedRecords(
  figures: readonly Figure[],
  published: PublishedClaims | undefined,
): CarriedRecords {
  if (!published) return { claims: [], records: [] };
  // The figures' own claims first, then the statements they answer (each once).
  const own = new Set(figures.map((f) => f.id));
  const all = claimsForFigures([...figures], [...published.claims]);
  const claims = [
    ...all.filter((c) => own.has(c.claimId)),
    ...all.filter((c) => !own.has(c.claimId)),
  ];
  const used = new Set(claims.flatMap((c) => c.comparisons.map((x) => x.recordId)));
  return { claims, records: published.records.filter((r) => used.has(r.id)) };
}

/** The carried claims and their records by id: where each line writer below starts. */
function claimsWithRecords(
  figures: readonly Figure[],
  published: PublishedClaims | undefined,
): { claims: ClaimRecords[]; byId: Map<string, StatRecord> } {
  const { claims, records } = carriedRecords(figures, published);
  return { claims, byId: new Map(records.map((r) => [r.id, r])) };
}

/** One comparison in words, with the record's citation and address. */
export interface RecordLine {
  claimId: string;
  /** "Record: <label>, <period>: <arithmetic>, against the claimed <claim>. <difference>" */
  text: string;
  /** Every way claim and record differ, as one sentence run. */
  caveats: string;
  /** "Record source: <publisher>: <passage>, in "<title>" …; consulted <date>." */
  citation: string;
  url: string;
}

/**
 * Each comparison `figures` carry, in words; claims with no record give no line (only the screen
 * and the share page say "No record found", with where we looked).
 * @example recordLines([exports], published)[0].text
 * // "Record: Russia's imports from Japan (Japan's exports to Russia), 2001 over 2000: 719.3 / 571.4 − 1 = +25.9 %, against the claimed +40 %. The record is 14.1 percentage points lower than the claim."
 */
export function recordLines(
  figures: readonly Figure[],
  published: PublishedClaims | undefined,
): RecordLine[] {
  const { claims, byId } = claimsWithRecords(figures, published);
  return claims.flatMap((claim) =>
    claim.comparisons.flatMap((c) => {
      const record = byId.get(c.recordId);
      if (!record) return [];
      return [
        {
          claimId: claim.claimId,
          text: comparisonText(c, record, statementOf(figures, claim.claimId)),
          caveats: c.caveats.join(' '),
          citation: `Record source: ${recordCitation(record)}`,
          url: record.provenance.url,
        },
      ];
    }),
  );
}

/**
 * A comparison as one sentence a reader can check.
 * @example comparisonText(c, medt) // "Record: Russia's imports …, 2001 over 2000: 719.3 / 571.4 − 1 = +25.9 %, against the claimed +40 %. The record is …"
 */
export function comparisonText(
  c: ClaimRecordComparison,
  record: Pick<StatRecord, 'label'>,
  statement?: { speaker: string; words: string },
): string {
  const head = statement
    ? `Record for ${statement.speaker}, “${lastWords(statement.words)}”: ${record.label}`
    : `Record: ${record.label}`;
  const claimed = statement ? '' : `, against the claimed ${c.claimed}`;
  return `${head}, ${c.recordPeriod}: ${c.arithmetic}${claimed}. ${c.difference}`;
}

/** The context statement a claim id names, when it is one. */
function statementOf(
  figures: readonly Figure[],
  claimId: string,
): { speaker: string; words: string } | undefined {
  for (const f of figures)
    for (const c of f.context ?? [])
      if (contextClaimId(c.quote) === claimId)
        return { speaker: c.speaker, words: c.quote.exact.replace(/\s+/g, ' ').trim() };
  return undefined;
}

/** The last words of a statement (a caption names it, the share page quotes it whole).
 * @example lastWords('a b c d e f g h i j k', 3) // '… i j k' */
export function lastWords(text: string, count = 8): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length <= count ? words.join(' ') : `… ${words.slice(-count).join(' ')}`;
}

/**
 * The record columns of a figure's CSV row: the record(s) of its own claim, or "no record found".
 * @example recordCells(exports, published).record_status // 'recorded'
 */
export function recordCells(
  figure: Figure,
  published: PublishedClaims | undefined,
): Record<(typeof FIGURE_RECORD_COLUMNS)[number], string> {
  const claim = published?.claims.find((c) => c.claimId === figure.id);
  const empty = {
    record_status: '',
    record_id: '',
    recorded: '',
    record_period: '',
    record_arithmetic: '',
    record_difference: '',
    record_source: '',
    record_url: '',
    record_searched: '',
  };
  if (!claim) return empty;
  if (claim.comparisons.length === 0)
    return { ...empty, record_status: 'no record found', record_searched: claim.searched ?? '' };
  const records = new Map(published!.records.map((r) => [r.id, r]));
  const all = (pick: (c: ClaimRecordComparison) => string) =>
    claim.comparisons.map(pick).join(' | ');
  return {
    ...empty,
    record_status: 'recorded',
    record_id: all((c) => c.recordId),
    recorded: all((c) => c.recorded),
    record_period: all((c) => c.recordPeriod),
    record_arithmetic: all((c) => c.arithmetic),
    record_difference: all((c) => c.difference),
    record_source: all((c) => {
      const r = records.get(c.recordId);
      return r ? recordCitation(r) : '';
    }),
    record_url: all((c) => records.get(c.recordId)?.provenance.url ?? ''),
  };
}

/**
 * The record columns of figure CSVs (data/figures.csv, charts/<id>.csv), for figuresToCsv.
 * @example figuresToCsv([exports], sources, recordColumns(published)) // '…,record_status,…\r\n…,recorded,…'
 */
export function recordColumns(published: PublishedClaims): ExtraColumns {
  return {
    columns: FIGURE_RECORD_COLUMNS,
    cells: (figure) => {
      const cells = recordCells(figure, published);
      return FIGURE_RECORD_COLUMNS.map((name) => cells[name]);
    },
  };
}

/** The record columns appended to a figure CSV, in order. */
export const FIGURE_RECORD_COLUMNS = [
  'record_status',
  'record_id',
  'recorded',
  'record_period',
  'record_arithmetic',
  'record_difference',
  'record_source',
  'record_url',
  'record_searched',
] as const;

/**
 * The records `figures` are read against, as citations name them (BibTeX and CSL `note`).
 * @example recordCitations([exports], published)[0].url // 'https://www.erina.or.jp/en/columns-opinion/4789/'
 */
export function recordCitations(
  figures: readonly Figure[],
  published: PublishedClaims | undefined,
): RecordCitation[] {
  return carriedRecords(figures, published).records.map((r) => ({
    citation: recordCitation(r),
    url: r.provenance.url,
  }));
}

/**
 * What the build publishes in data/records.json, computed from a loaded dataset (build time).
 * @example publishedClaimsOf(dataset).claims[0].claimId // 'japan-exports-to-russia-2001'
 */
export function publishedClaimsOf(dataset: {
  figures: Figure[];
  sources: { id: string; date: string }[];
  records?: StatRecord[];
}): PublishedClaims {
  return { records: dataset.records ?? [], claims: claimRecordsOf(dataset) };
}

/** One claim as a share page shows it: who said what, and each record's reading, or where we
 *  looked when none was found. */
export interface ClaimSection {
  claimId: string;
  heading: string;
  said: { speaker: string; words: string };
  comparisons: (Pick<
    ClaimRecordComparison,
    'claimed' | 'recorded' | 'recordPeriod' | 'arithmetic' | 'difference' | 'caveats'
  > & { record: string; citation: string; url: string })[];
  /** Set when no record was found: where one was looked for. */
  searched?: string;
}

/**
 * The "Claim and record" sections of a share page, each claim once (a statement several figures
 * answer appears once).
 * @example claimSections([exports], published).map((s) => s.heading) // ["Japan's exports to Russia", 'The statement answered']
 */
export function claimSections(
  figures: readonly Figure[],
  published: PublishedClaims | undefined,
): ClaimSection[] {
  const { claims, byId } = claimsWithRecords(figures, published);
  return claims.map((claim) => {
    const own = figures.find((f) => f.id === claim.claimId);
    const statement = statementOf(figures, claim.claimId);
    return {
      claimId: claim.claimId,
      heading: own ? own.label : 'The statement answered',
      said: own
        ? { speaker: own.speaker, words: own.stated.text }
        : (statement ?? { speaker: '', words: '' }),
      comparisons: claim.comparisons.flatMap((c) => {
        const r = byId.get(c.recordId);
        if (!r) return [];
        return [
          {
            claimed: c.claimed,
            recorded: c.recorded,
            recordPeriod: c.recordPeriod,
            arithmetic: c.arithmetic,
            difference: c.difference,
            caveats: c.caveats,
            record: r.label,
            citation: recordCitation(r),
            url: r.provenance.url,
          },
        ];
      }),
      ...(claim.comparisons.length === 0 && claim.searched ? { searched: claim.searched } : {}),
    };
  });
}

/** One compact line of the embed: the record's reading and its source link, or "no record found". */
export interface CompactRecordLine {
  claimId: string;
  text: string;
  /** The record's publisher, linked to `url`; absent for "no record found". */
  source?: string;
  url?: string;
}

/**
 * The embed's claim-and-record lines: each comparison in one sentence with its source, and "No
 * record found" for a figure's own claim when one was looked for (as the screen says it).
 * @example compactRecordLines([exports], published)[0] // { text: 'Record (2001 over 2000): +25.9 % against the claimed +40 %. The record is 14.1 percentage points lower than the claim.', source: 'Ministry of Economic Development and Trade of the Russian Federation', url: 'https://www.erina.or.jp/…' }
 */
export function compactRecordLines(
  figures: readonly Figure[],
  published: PublishedClaims | undefined,
): CompactRecordLine[] {
  const { claims, byId } = claimsWithRecords(figures, published);
  const many = figures.length > 1;
  return claims.flatMap((claim) => {
    const own = figures.find((f) => f.id === claim.claimId);
    const who = own ? (many ? `${own.label}: ` : '') : 'The statement answered: ';
    if (claim.comparisons.length === 0)
      return own ? [{ claimId: claim.claimId, text: capital(`${who}no record found.`) }] : [];
    return claim.comparisons.flatMap((c) => {
      const r = byId.get(c.recordId);
      if (!r) return [];
      const against = own ? ` against the claimed ${c.claimed}` : '';
      const text = `${who}record (${c.recordPeriod}) ${c.recorded}${against}. ${c.difference}`;
      return [
        {
          claimId: claim.claimId,
          text: capital(text),
          source: r.provenance.publisher,
          url: r.provenance.url,
        },
      ];
    });
  });
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
