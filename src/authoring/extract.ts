// Proposes candidate figures (percentages and percentage points, ranges, currency amounts,
// multipliers, fractions; "from X to Y" as two levels) from a document's text, with exact code-point offsets, as
// drafts in the figure-file format. The work is split by role under extract/: vocabulary,
// structure (paragraphs, speakers, sentences), matching (one sentence) and candidates (drafts).
// Pure: no file system, no Svelte. It never decides what is true — a person checks every draft.

import type { ChartGroup, Figure } from '../model/figure.ts';
import {
  buildCandidate,
  fiscalYearEnd,
  capitalise,
  uniqueId,
  periodOver,
  DRAFT_NOTE,
  UNKNOWN_SPEAKER,
  kebab,
  type BuildContext,
} from './extract/candidates.ts';
import { proposalContent, proposalDocument } from './extract/proposalStage.ts';
import {
  matchFigures,
  openingSubject,
  POINTING_BACK_SUBJECT_RE,
  EACH_UNIT_RE,
  ownStart,
  type SentenceContext,
} from './extract/matching.ts';
import { withPriorBrackets } from './extract/priorBracket.ts';
import {
  CHANGE_LEAD_IN_RE,
  CHANGE_NOUN_LEAD_IN_RE,
  DATELINE_RE,
  DECISION_RE,
  MONTH_DATELINE_RE,
  EXPECTED_RE,
  EXPECTS_BEFORE_RE,
  FORECAST_WORD_RE as HEDGE_WORD_RE,
  TARGET_NOUN_RE,
  LEVEL_LEAD_IN_RE,
  PLAN_PARTICIPLE_BEFORE_RE,
  WHOLE_SUM_BEFORE_RE,
} from './extract/vocabulary.ts';
import {
  DECREASE,
  documentCurrencies,
  type SourceMeta,
  yenSign,
} from '../model/numberVocabulary.ts';
import { CONTEXT_LENGTH, codePointText } from '../model/codePoints.ts';
import { readStatedRange } from '../model/statedRange.ts';
import {
  CALLOUT_RE,
  fullNames,
  paragraphs,
  sectionHeading,
  sentences,
  unglueDates,
} from './extract/structure.ts';
import {
  announcedChange,
  appliesRegardless,
  approvedObject,
  listLeadIn as itemLeadIn,
  MONEY_PUT,
} from './extract/decided.ts';
import { announcedTable } from './extract/datedPriceHeadline.ts';
import { measureKind } from './extract/measure.ts';
import { changeAcronyms } from './extract/kind.ts';
import { decidedTable, pipeTableCaption } from './extract/decidedTable.ts';
import { factBeside } from './extract/factBeside.ts';
import {
  changeStartInForce,
  inForceColumn,
  inForceLevel,
  replacedInList,
  unchangedNamedLevel,
} from './extract/inForceLevel.ts';
import { approvedColumn } from './extract/approvedColumn.ts';
import { requestedCell } from './extract/requestedCell.ts';
import { decidedChargeCell, decidedDocumentLevel } from './extract/decisionDocument.ts';
import { adoptedBudgetLevel, determinedLevel } from './extract/determinedLevel.ts';
import { decidedSupport, supportPart } from './extract/decidedSupport.ts';
import {
  decisionDocument,
  decisionRecorded,
  decisionSection,
  decisionSectionTable,
  levelsDecided,
  titleAndTop,
} from './extract/documentDecides.ts';
import { proposedColumn } from './extract/proposedColumn.ts';
import { itemUnderProposedCharges, startingLevel } from './extract/startingLevel.ts';
import { pipeCell } from '../model/pipeColumn.ts';
import { madeTable } from './extract/madeInstrument.ts';
import { madeOrderLevel } from './extract/madeOrder.ts';
import { issuedOrderLevel, issuedTable } from './extract/issuedOrder.ts';
import { decidedThatLevel, madeDecisionLevel } from './extract/madeDecision.ts';
import { settingBudget } from './extract/documentStage.ts';
import { budgetRateTable, setLeadInTable } from './extract/setLeadIn.ts';
import { bracketedEarlierLine, setRateCell } from './extract/setRateTable.ts';
import { optionCell } from './extract/optionsTable.ts';
import {
  estimateCellAhead,
  estimatedSumAhead,
  forecastAhead,
  partOfEstimate,
  restatesEstimate,
} from './extract/aheadEstimate.ts';
import { policyStatus } from './extract/policyStatus.ts';
import { putForward } from './extract/putForward.ts';
import { estimatedPipeRow, moneyUnitBracket, tableCells } from './extract/tables.ts';
import { underReturnTitle } from './extract/returnList.ts';
import {
  continuesScenario,
  exampleHeading,
  numberedExampleHeading,
  introducesExample,
  namesScenario,
  opensExample,
  supposedRow,
} from './extract/supposed.ts';
import { carriedStatus, passedMeasure } from './extract/carry.ts';
import { compileLargePatterns, subjectKindOf } from './extract/compileAhead.ts';
import { namesRise, riseBounds } from './extract/riseReferent.ts';
import { offeredLevel, offeredListHead } from './extract/offeredLevel.ts';

export { CONTEXT_LENGTH, DRAFT_NOTE, UNKNOWN_SPEAKER, kebab };

/** A proposed figure, exactly in the figure-file format (a `value`, or a `range` when the words
 *  state two ends), so a draft validates as it is. */
export type Candidate = Figure;

export interface ExtractOptions {
  /** Speaker used where the document's structure names none. */
  defaultSpeaker?: string;
  /** Called every `progressEvery` UTF-16 units (and at the end) with how far extraction got. */
  onProgress?: (done: number, total: number) => void;
  progressEvery?: number;
  /** The source's record (data/sources/<id>.json): its publisher or URL says whose dollar a bare
   *  "$" is, and its date dates a text that gives none. */
  source?: SourceMeta;
}

/** Before a number in brackets, the members a figure is led or driven by, each named with a capital
 *  and its own bracketed figure: "led by Kazakhstan (", "driven by Machinery (6.1 per cent), Food (",
 *  "including Chile (2.1%) and Peru (". */
const MEMBER_NAME = String.raw`[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}`;
/** Between a level read as a fact and the next number of its sentence, words that make the next
 *  one part of that fact: the second part of the same level ("up from $182 plus $12.10") or the
 *  change that brought it (" in 2032-33, after the Treasurer's annual indexation of 3.5%"; v228). */
const STARTING_RUN_ON_RE =
  /^(?:\s+plus\s+|(?:\s+(?:in|for)\s+(?:FY\s?)?(?:19|20)\d\d(?:[-–/]\d{2,4})?)?,\s+after\s+(?:the|an?|its|their)\s+(?:[\w'’-]+\s+){0,4}?(?:indexation|indexing|uprating|increase|rise|uplift|adjustment)\s+of\s+(?:about\s+)?)(?:[^\s\d]{1,4}\s?)?$/i;
const MEMBERS_BRACKET_BEFORE_RE = new RegExp(
  String.raw`\b(?:(?:led|driven|pulled|held\s+back)\s+by|including|notably|such\s+as)\s+(?:${MEMBER_NAME}\s*\(\s*[^()]*\d[^()]*\)\s*(?:,\s*(?:and\s+)?|\s+and\s+))*${MEMBER_NAME}\s*\(\s*$`,
);
/** A share of a whole in words or digits, which the next sentence's fraction may leave out:
 *  "accounted for about 57% of commitments", "half of the loans". */
const SHARE_OF_WHOLE_RE =
  /(?:\d\s?%|\bper\s?cent|\bpercent|\b(?:half|thirds?|quarters?|fifths?|tenths?))\s+of\b/i;

/**
 * Proposes every figure the text states with a unit the model knows (percent or a currency), as
 * drafts: offsets in code points, the sentence as quote, a guessed label, topic, kind and status.
 * Dates, years, list numbers, ordinals and numbers in names are never proposed.
 * @example extractCandidates('Exports increased 40% in 2001.', 'doc').map((c) => [c.stated.text, c.value])
 * // [['increased 40%', 40]]
 */
export function extractCandidates(
  text: string,
  sourceId: string,
  opts: ExtractOptions = {},
): Candidate[] {
  const toCp = codePointText(text).toCp;
  const patternKind = subjectKindOf(text);
  const names = fullNames(text);
  const every = opts.progressEvery ?? 100_000;
  let nextReport = every;
  const candidates: Candidate[] = [];
  const currencies = documentCurrencies(text, opts.source);
  // The year of the dateline near the top, which tells an estimate of a past period from a forecast.
  // A whole date first; a statement dated only by month ("Harbourtown, July 2034") has that year.
  const top = text.slice(0, DATELINE_REACH);
  // A date a word of a running sentence leads to ("issued by the Minister on 9 April 2020 under
  // section 65ZD …", "On 12 December 2033 the hospital applied …") dates an act the text tells of,
  // not the text, when the record dates it or its title names the year-end it reports on (v180).
  const yearEndTitle = YEAR_END_TITLE_RE.exec(
    opts.source?.title ?? text.slice(0, text.search(/\n|$/)),
  );
  const runningIsNoDate =
    /^\d{4}(?:-\d\d){0,2}$/.test(opts.source?.date?.trim() ?? '') || yearEndTitle !== null;
  // The month the title's year-end falls in: a year column of a report "for the year ended 30 June
  // 2033" ("| 2033 | 2032 |") is the year that ended then.
  const yearEndMonth = yearEndTitle ? monthOf(yearEndTitle[1]!) : undefined;
  const prose = runningIsNoDate ? text : undefined;
  const dateline = datelineIn(top, DATELINE_RE, false, prose);
  const monthDateline = dateline ? null : datelineIn(top, MONTH_DATELINE_RE, true, prose);
  // A text without a dateline is dated by its record ("date": "2016-11-24").
  const recordYear = /^(\d{4})(?:-\d\d){0,2}$/.exec(opts.source?.date?.trim() ?? '');
  const documentYear = dateline
    ? Number(dateline[1] ?? dateline[2] ?? dateline[3] ?? dateline[4])
    : monthDateline
      ? Number(monthDateline[1])
      : recordYear
        ? Number(recordYear[1])
        : undefined;
  // The month of that date, from the same dateline or record: "14 May 2033", "2033-05-14", "2033-05".
  const recordMonth = /^\d{4}-(\d\d)/.exec(opts.source?.date?.trim() ?? '');
  const documentMonth = dateline
    ? monthOf(dateline[0])
    : monthDateline
      ? monthOf(monthDateline[0])
      : recordMonth
        ? Number(recordMonth[1])
        : undefined;
  // The year and month of a date that names its day, a whole dateline's or else the record's: a
  // month-only line near the top may be only the month a title or a sentence reports on.
  const recordDay = /^(\d{4})-(\d\d)-\d\d$/.exec(opts.source?.date?.trim() ?? '');
  const datelineMonth = dateline ? monthOf(dateline[0]) : undefined;
  const wholeDate =
    dateline && datelineMonth !== undefined
      ? { year: documentYear!, month: datelineMonth }
      : !dateline && recordDay
        ? { year: Number(recordDay[1]), month: Number(recordDay[2]) }
        : undefined;
  const usedIds = new Map<string, number>();
  // Estimates drawn from a sample, or said to carry a margin of error: a bare bracketed percent
  // after each change is its margin, the "±" lost in a copy.
  const sampledEstimates = SAMPLED_ESTIMATES_RE.test(text);
  // "the average annualised wage increase (AAWI)": acronyms of change nouns, read as the noun.
  const acronyms = changeAcronyms(text);
  // The record's title (else the text's first line) and the opening lines: whether the document is
  // a budget's, for a period not over.
  const budgetTitle = {
    title: opts.source?.title ?? text.slice(0, text.search(/\n|$/)),
    top,
  };
  // The levels a made instrument or a budget that sets its levels decides: its rate tables' year
  // columns are dates of effect, no forecast's periods (setRateTable.ts, v215).
  const ratesDecided = levelsDecided(text, budgetTitle);
  // …the same, but no budget: a budget's "will" keeps the reading its stage gives it (v90), while a
  // made or determined instrument's "will" states its decision (determinedLevel.ts, v280).
  const levelsMade = ratesDecided && !settingBudget(budgetTitle);
  // A document whose title or opening records its body's decision on charges (v234).
  const decisionDoc = decisionDocument(budgetTitle);
  // A document whose title or opening records a decision its body took, on anything (v275).
  const decisionTaken = decisionDoc || decisionRecorded(budgetTitle);
  const datedMonth = wholeDate?.month ?? documentMonth;

  // A lead-in that names a change ("Traffic increases by region were as follows:") gives its kind
  // to the first number of each list item below it, until an unmarked paragraph ends the list.
  let listChange: SentenceContext['listChange'];
  // The bounds the text names on a rise ("the limit on rent increases"), for a bare "the limit"
  // after them (v260).
  const boundsOnRises = riseBounds(text);
  // A marked item whose own colon leads in to a list of changes ("4. AWARD. The Board awards the
  // following general increases:" ⏎ "(a) 3.25% effective …"), and its list level: it gives its
  // kind to the items marked below it, until an item at its level or above (v260).
  let itemListChange:
    { change: NonNullable<SentenceContext['listChange']>; level: number } | undefined;
  // A lead-in that counts out one unit of money ("Of every £1 spent on National Lottery games:",
  // "For every dollar wagered:") makes the pence and cents of the items below it ratios, until an
  // unmarked paragraph or an empty line between items ends the list (v170).
  let eachUnitList = false;
  let lastParaStart = 0;
  let lastParaLevel = 0;
  // A short heading that names a change ("Growth by sector") heads paragraphs of changes, until the
  // next heading.
  let headingChange = false;
  // A lead-in that commits or forecasts ("We have agreed to support:") makes the items below it
  // plans, paragraph after paragraph, while each item runs on (";", "; and", ",") or is marked.
  let commitment: Commitment;
  // The list level of the marked item whose own colon led in to the commitment list (0 when the
  // lead-in is no item): an item marked at that level or above is its sibling, no item of its list.
  let leadInLevel = 0;
  // The list open now was opened by a lead-in of targets ("we are revising the end-year targets as
  // follows:"), whose items with a past verb of their own still report.
  let targetsList = false;
  // The list under way is a report's recommendation ("That Cabinet:"), v245.
  let recommendedList = false;
  // The last paragraph was a heading that names forecasts with no colon, or a marked item under it.
  let headedForecasts = false;
  // The title lines at the top, before the first paragraph that ends as a sentence does: what they
  // state is announced, and the body says whether it is a forecast.
  let inTitle = true;
  // The last sentence read, in any paragraph: the lead-in a list that points back ("These are")
  // takes its kind and status from.
  let lastSentence = '';
  // The last paragraph with words: what a lead-in right under it may point back to (v263).
  let lastParagraph = '';
  // The sentence before that one, none across a heading: the measure a subject that only points
  // back takes when the sentence right before it names none (carry.ts).
  let sentenceBeforeLast = '';
  // Where the last sentence's figures begin, and the measure passed to it (passedMeasure).
  let lastFrom = 0;
  let lastMeasure: 'change' | 'share' | undefined;
  // The kind of the measure the last heading named, for the first sentence under it.
  let headingMeasure: SentenceContext['previousMeasure'];
  // The months the last heading reports on ("Main points for May to July 2031"): the period of the
  // estimates below it that name none of their own, until the next heading.
  let headingPeriod: BuildContext['headingPeriod'];
  let lastLead: SentenceContext['carriedLead'];
  // The last heading line read: with the lead-in before a block of label lines, what says the rows
  // are a sensitivity table's (v95).
  let lastHeadingLine = '';
  // The last heading named a worked example, or the last paragraph introduced one: the paragraph
  // below is illustrative.
  let exampleAhead = false;
  // The paragraph is an item of a list whose first item a heading of examples headed (v257).
  let exampleList = false;
  const titled = new Set<Candidate>();
  // The figures of a question headline ("What's $1.9 billion buy?"), which restate one the body
  // states and take its status, whichever it is.
  const asked = new Set<Candidate>();
  // Bare numbers under a header that gives their columns' units, read with the header in the quote.
  const cells = tableCells(text);
  // "FY2031" over a column: Japan's government and firms name a fiscal year by the year it starts
  // in (April 2031 to March 2032), in a document whose record or opening names Japan or that
  // counts in yen; elsewhere it is read as the year it ends in, a calendar year's column.
  const startYearFiscal =
    JAPAN_RE.test(`${opts.source?.publisher ?? ''}\n${top}`) || YEN_RE.test(text);
  let nextCell = 0;
  // The status the first row of each list (by its title's start) was read with, title and row
  // alone in its quote.
  const listStatus = new Map<number, Candidate['status']>();
  // The figures read as the level in force beside a proposal (v210), which a list run on under a
  // planned lead-in leaves actual.
  const inForce = new Set<Candidate>();
  // The status of the last and of the first figure of the sentence read before, across a paragraph
  // break ("The President is seeking $38.5 billion." ⏎ "This represents a $3.2 billion increase."),
  // until a sentence with no number or a heading: what "This represents" points back to.
  let previousStatus: Candidate['status'] | undefined;
  let previousLeadStatus: Candidate['status'] | undefined;
  // A heading line in the body ("$4 billion for rural roads over three years") and the paragraph
  // under it: the heading restates a figure of that paragraph, which says whether it is a forecast.
  let headingFrom: number | undefined;
  let underHeading: { figures: Candidate[]; from: number } | undefined;
  for (const para of paragraphs(text, names)) {
    if (opts.onProgress && para.start >= nextReport) {
      opts.onProgress(para.start, text.length);
      nextReport = (Math.floor(para.start / every) + 1) * every;
    }
    const body = text.slice(para.start, para.end);
    const paragraphBefore = lastParagraph;
    if (body.trim() !== '') lastParagraph = body;
    // "What's $1.9 billion buy? A new hospital wing", "Can 3% growth last?": a question on a line of
    // its own is a headline, as a title line or a heading is, asked of a figure the body states.
    const question = para.level === 0 && QUESTION_LINE_RE.test(body.trim());
    const title: boolean = inTitle && (TITLE_LINE_RE.test(body.trim()) || question);
    inTitle &&= title || body.trim() === '';
    if (body.trim() !== '') {
      if (underHeading)
        forecastTitles(candidates, new Set(underHeading.figures), underHeading.from, asked);
      underHeading =
        headingFrom === undefined
          ? undefined
          : { figures: candidates.slice(headingFrom), from: candidates.length };
      headingFrom =
        !title && para.level === 0 && (HEADING_LINE_RE.test(body.trim()) || question)
          ? candidates.length
          : undefined;
    }
    // "Figure 1" over "Spending on all schemes since 2025 is $4.2 billion": the line under a chart's
    // label is the chart's title, which restates the body as a headline does.
    const label = CHART_LABEL_RE.exec(body);
    const captionEnd = label
      ? para.start + label[0].length + (body.slice(label[0].length) + '\n').indexOf('\n')
      : -1;
    // "5. Landing charges shall be levied … as follows:" ⏎ "(a) aircraft up to 100 MT: ₹ 312" ⏎
    // "6. Flights … shall be exempt": the sixth item is the fifth's sibling and ends its list (v226).
    if (commitment !== undefined && para.level > 0 && para.level <= leadInLevel)
      commitment = undefined;
    let listExpected =
      (commitment === 'lead-in' ||
        commitment === 'item' ||
        (commitment === 'marked' && para.level > 0)) &&
      // Under a lead-in of targets, an item that reports what happened ("- the deficit fell to 2.1%
      // of GDP in 2032;") is no target.
      !(targetsList && !plannedItemLine(body, documentYear));
    // "The other main assumptions are:" ⏎ "- Salary increases: 3.5% a year" ⏎ "" ⏎ "5.
    // Contributions" ⏎ "Contributors pay 6.5% of salary.": a numbered section after a blank line is
    // the document's next section, no item of the list above it, and closes that list; a lead-in
    // its own body ends with opens a new one (v99).
    if (sectionHeading(text, para)) {
      listExpected = false;
      commitment = undefined;
    }
    commitment = nextCommitment(commitment, body, para.level);
    // "2. Recommendations" ⏎ "That Cabinet:" ⏎ "(a) approves an increase of 3.5% …": a report's
    // recommendation, "That" and the body asked to decide under a heading that names it, heads
    // what the body is asked to approve, proposed (v245).
    if (
      commitment === undefined &&
      recommendationLeadIn(`${text.slice(Math.max(0, para.start - 200), para.start)}${body}`)
    ) {
      commitment = 'lead-in';
      recommendedList = true;
    }
    // "What the offer includes" ⏎ "- a salary increase of $4,500 …;", "Members are invited to –" ⏎
    // "(a) approve … an increase of 3.86% …", "The proposed agreement provides for …" ⏎ "The general
    // round increases are:": the items of an offer or a proposal put to a vote, expected whatever
    // verb states them, as a recommendation's are (offeredLevel.ts, v263).
    if (commitment === undefined) {
      const head = offeredListHead(body, paragraphBefore);
      if (head !== undefined) {
        commitment = head === 'heading' ? 'marked' : 'lead-in';
        recommendedList = true;
      }
    }
    if (commitment === undefined) {
      targetsList = false;
      recommendedList = false;
    }
    // "Outlook for 2033:" or a heading "Projections for next year" over marked items ("• Growth of
    // 2.1%"): a heading that names forecasts, and no year that is over, heads forecasts. Its colon
    // opens a list as a lead-in does; without one, only the marked items right below it with no
    // past verb and no year that is over of their own are its forecasts.
    const forecastHeading = para.level === 0 && forecastHeadingLine(body, documentYear);
    if (forecastHeading && commitment === undefined && body.trim().endsWith(':'))
      commitment = 'lead-in';
    const headedItem = headedForecasts && para.level > 0 && plannedItemLine(body, documentYear);
    // "Best-estimate assumptions" ⏎ "Price increase: 2.1% a year": the label lines wrapped under
    // such a heading in its own paragraph are its forecasts, line by line (v95).
    const headedLines =
      para.level === 0 ? headedLabelLines(body, documentYear, headedForecasts) : undefined;
    headedForecasts = forecastHeading
      ? !body.trim().endsWith(':')
      : headedForecasts && para.level > 0;
    listExpected ||= headedItem;
    // "To approve the budget for 2032-2034 … for 2032 in the following amounts:", dated 2031: the
    // items below are a budget for a period not yet begun, planned.
    if (commitment === undefined && budgetAheadLeadIn(body, documentYear)) commitment = 'lead-in';
    // "we are revising the end-year targets as follows:", "The Government has set the following
    // fiscal targets for 2034/35:": the items below are targets for a period not yet over, planned.
    if (commitment === undefined && targetsLeadIn(body, documentYear)) {
      commitment = 'lead-in';
      targetsList = true;
    }
    // "The interest rates will be as follows:" after the decision the document announced: the
    // rates it set, in force, not a plan.
    if (commitment === 'lead-in' && decidedRatesLeadIn(body, text.slice(0, para.start)))
      commitment = undefined;
    if (commitment === 'lead-in') leadInLevel = para.level;
    if (para.level === 0) listChange = listLeadIn(body);
    if (para.level === 0 || (itemListChange && para.level <= itemListChange.level))
      itemListChange = undefined;
    if (para.level > 0) {
      const change = listLeadIn(body);
      if (change) itemListChange = { change, level: para.level };
    }
    if (para.level === 0) eachUnitList = eachUnitLeadIn(body);
    else if (
      lastParaLevel > 0 &&
      /\n[ \t]*\n|\n\S[^]*\n/.test(text.slice(lastParaStart, para.start))
    )
      eachUnitList = false;
    lastParaStart = para.start;
    lastParaLevel = para.level;
    const periodHeading = para.level <= 1 ? PERIOD_HEADING_RE.exec(body.trim()) : null;
    if (periodHeading)
      headingPeriod = { year: Number(periodHeading[2]), month: monthOf(periodHeading[1]!)! };
    else if (para.level <= 1 && HEADING_RE.test(body.trim())) headingPeriod = undefined;
    // "Sensitivity analysis" ⏎ "The table shows how the surplus would change under market
    // movements." ⏎ "Change in surplus (£ billion)" ⏎ "A 0.1 percentage point rise in gilt yields:
    // +8.7": the heading, the lead-in and the block's first line title its rows (v95).
    const rowsTitle = `${lastHeadingLine}\n${lastSentence}\n${body.split('\n')[0]}`;
    if (para.level === 0 && HEADING_RE.test(body.trim())) {
      exampleAhead = exampleHeading(body);
      exampleList = false;
      lastHeadingLine = body.trim();
      headingChange = CHANGE_HEADING_RE.test(body);
      headingMeasure = measureKind(body);
      lastSentence = '';
      sentenceBeforeLast = '';
      lastMeasure = undefined;
      previousStatus = undefined;
      previousLeadStatus = undefined;
      continue;
    }
    // "Worked example" ⏎ "A business has a reference amount of £42,000. …", "The following example
    // shows how the discount is worked out:" ⏎ "A household uses 3,100 kWh …", "Suppose a graduate
    // earns …": the paragraph is a worked example, every number of it illustrative (supposed.ts).
    // "Fare examples" ⏎ "- 2 km trip: ¥910 (currently ¥820)" ⏎ "- 5 km trip: ¥1,910 …": each item
    // of a list a heading or lead-in of examples heads is one of them, to the list's end (v257).
    exampleList &&= para.level > 0;
    const workedExample = exampleAhead || exampleList || opensExample(body);
    if (exampleAhead && para.level > 0) exampleList = true;
    // "4. Worked example" ⏎ "A farm … holds a licence to take 120 thousand cubic metres …": a
    // numbered heading that names an example, read as a list item, heads one as well (v189).
    exampleAhead = introducesExample(body) || numberedExampleHeading(body, para.level > 0);
    // "2%" + "" + "Farm exports first passed this share of output in 2029": a round key figure whose
    // caption names it as a level first reached is a mark passed, no figure.
    if (
      CALLOUT_RE.test(body.trim()) &&
      ROUND_CALLOUT_RE.test(body.trim()) &&
      MARK_CAPTION_RE.test(text.slice(para.end).trimStart().split('\n')[0]!)
    )
      continue;
    let previousLabel: string | undefined;
    let previousChange = false;
    // The sentences so far in this paragraph named a scenario or a stress test and kept describing it.
    let describing = false;
    let previousOpening: SentenceContext['openingSubject'];
    // Every figure of the sentence before (in this paragraph) is a forecast.
    let previousAllExpected = false;
    // The sentence before ended a target or forecast list's item with "; ii.": this one is the
    // list's next item ("targets for 2033: i. growth of 2.8 per cent; ii. inflation of 9 per cent").
    let plannedItem = false;
    let first = true;
    for (const [sStart, sEnd] of sentences(text, para.start, para.end)) {
      const sentence = text.slice(sStart, sEnd);
      // A list that points back goes on with the lead-in of the list before it: "These are A (7%).
      // Topping the list is B (9%)."
      const lead =
        carriedLead(lastSentence) ??
        (POINTING_BACK_SUBJECT_RE.test(lastSentence) ? lastLead : undefined);
      const context: SentenceContext = {
        listChange:
          para.level > 0 && first
            ? itemListChange && para.level > itemListChange.level
              ? itemListChange.change
              : listChange
            : undefined,
        eachUnitLeadIn:
          para.level > 0 && eachUnitList && !/\n\S/.test(text.slice(para.start, sStart)),
        previousChange,
        earlierChange: candidates[candidates.length - 1]?.kind === 'change',
        headingChange,
        openingSubject: previousOpening,
        carriedLead: lead,
        previousMeasure:
          measureKind(lastSentence) ?? (lastSentence === '' ? headingMeasure : undefined),
        // "Question: Where is core inflation now? Some say it is stuck." ⏎ "Minister: It's around
        // 3.3 per cent.": a sentence that names no measure passes the one before it on, once.
        // v89: "… expectations two years ahead are 3.9%. Analysts are at 3.5%.": a sentence that
        // names no measure but whose percentages read the measure passed to it passes it on.
        measureBefore:
          measureKind(lastSentence) ??
          measureKind(sentenceBeforeLast) ??
          passedMeasure(lastSentence, candidates.slice(lastFrom), lastMeasure),
        sampledEstimates,
        changeAcronyms: acronyms,
        scenarioBefore: describing,
        workedExample,
        wholeBefore: !first && SHARE_OF_WHOLE_RE.test(lastSentence),
        sumBefore: !first && WHOLE_SUM_BEFORE_RE.test(lastSentence),
        riseBefore: !first && namesRise(lastSentence),
        riseBoundsBefore: boundsOnRises.filter((b) => b.at < sStart).map((b) => b.noun),
        documentYear,
      };
      const previousSentence = lastSentence;
      lastFrom = candidates.length;
      lastMeasure = context.measureBefore;
      sentenceBeforeLast = lastSentence;
      lastSentence = sentence;
      lastLead = lead;
      first = false;
      previousChange = false;
      previousOpening = openingSubject(sentence);
      describing = namesScenario(sentence) || (describing && continuesScenario(sentence));
      // Most sentences hold no figure; skip them before running a dozen patterns. A number in words
      // needs its unit's word here: "percent", a scale, a fraction, or "basis points" ("cut the rate
      // by fifty basis points", with neither a digit nor "percent").
      if (
        !/\d|[½⅓⅔¼¾⅛⅜⅝⅞０-９]|半分|半減|倍増|doubl|tripl|trebl|quadrupl|fold|half|halv|Drittel|Viertel|Fünftel|Zehntel|Hälfte|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth|percent|per cent|basis[- ]points?|million|billion|trillion|\b(?:in|out\s+of|of\s+every)(?:\s+|[-‑])(?:every\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred|one\s+hundred)\b/i.test(
          sentence,
        )
      ) {
        previousStatus = undefined;
        previousLeadStatus = undefined;
        previousAllExpected = false;
        continue;
      }
      // The first extraction in a process would spend ~0.6 s more compiling the largest patterns
      // twice (compileAhead.ts).
      compileLargePatterns(patternKind);
      // Matched on a copy with glued dates blanked, so "2023-03-147% more" reads as "7% more".
      const matches = withPriorBrackets(yenSign(unglueDates(sentence)), (s) =>
        matchFigures(s, context),
      );
      previousChange = matches[matches.length - 1]?.kind === 'change';
      // "We expect the market to grow 2% in 2031. That represents growth of one quarter": a present
      // "that represents" restates the forecast before it, so it is a forecast too.
      // The lead figure counts as well as the last: "gross bond sales should come to $71 billion
      // (sales so far are $33.6 billion)" ends on an outturn in brackets.
      // "… is set to pass $300 billion for the first time. Yet, this accounts for only 15 per cent
      // of …": a forecast whose mark is no figure is restated all the same.
      const restatesForecast =
        (previousStatus === 'expected' ||
          previousLeadStatus === 'expected' ||
          (previousStatus === undefined && FORECAST_WORD_RE.test(previousSentence))) &&
        (RESTATES_BEFORE_RE.test(sentence) ||
          HOLDING_GERUND_RE.test(sentence) ||
          THIS_FIGURE_MOVES_RE.test(sentence));
      // "Spending in FY 2034/35 is projected at R3.1 trillion. … Capital spending is R640 billion":
      // a budget item in the present, with no period or hedge of its own, goes on with the forecast.
      // "We will spend $4 billion in 2035. Including an additional $600 million over three years.":
      // a fragment with no verb that opens by naming a part goes on with the forecast before it.
      const carriesForecast =
        previousAllExpected &&
        ((FISCAL_ITEM_RE.test(sentence) && !OWN_PERIOD_RE.test(sentence)) ||
          (PART_FRAGMENT_RE.test(sentence) && !FINITE_VERB_RE.test(sentence)));
      // "The ministry is seeking $2.1 billion. It is made up of $1.8 billion for wages and …", "The
      // agency has been allocated $9 billion. Of this, $6 billion is for hospitals": a sentence that
      // splits the lead figure before into its parts gives them that figure's status, a forecast's
      // or a decision's; a whole the sentence before only states ("The budget is $9 billion. Of
      // this, …"), or a part with a forecast word of its own, keeps the old reading.
      // "The budget is R9 billion. Of this, R4 billion has been allocated to provinces": a part
      // with a decision verb of its own is that decision's, and keeps its own reading.
      // "The Ministry has been allocated ₹1,04,250 crore in the Budget Estimates for 2026-27. Of the
      // total, the Department receives ₹98,020 crore": the decision named is the whole's; its split
      // into lines is the Estimates' own, planned, as a budget line that "receives" is.
      const estimatesLines =
        previousLeadStatus === 'actual' &&
        IN_BUDGET_ESTIMATES_RE.test(previousSentence) &&
        !WHOLE_DECIDED_RE.test(sentence);
      const partsOf = !PARTS_OF_BEFORE_RE.test(sentence)
        ? undefined
        : estimatesLines
          ? 'expected'
          : (previousLeadStatus === 'expected' && !WHOLE_DECIDED_RE.test(sentence)) ||
              (previousLeadStatus === 'actual' &&
                WHOLE_DECIDED_RE.test(previousSentence) &&
                !FORECAST_WORD_RE.test(sentence))
            ? previousLeadStatus
            : undefined;
      previousStatus = undefined;
      const before = candidates.length;
      // A figure that borrows the verb of one before it shares that figure's status.
      const statuses = new Map<number, Candidate['status']>();
      // Where the last match of the sentence ended, for a level that follows its change ("by … to").
      let lastEnd = -1;
      // Where the last support a decision sets ended in the sentence, for its parts after a colon.
      let supportEnd = -1;
      for (const found of matches) {
        // A row of a sensitivity table: its supposed movement and what it would do, no figure.
        if (supposedRow(lineAround(text, sStart + found.start), rowsTitle)) continue;
        // "Investment by area (100 million yuan)": the unit of the rows under it, no sum.
        if (
          found.kind === 'amount' &&
          moneyUnitBracket(text, sStart + found.start, sStart + found.end)
        )
          continue;
        const lent = found.statusFrom === undefined ? undefined : statuses.get(found.statusFrom);
        // "is expected to grow by 3.1% last year and 2.8% this year": an outturn borrowed from a
        // year that is over does not reach a number of the year that is not; it keeps its own reading.
        // "Receipts rose 6.2 percent instead of the planned 8.5 percent": the change a participle
        // of planning names is the plan the outturn's verb is set against, expected (README: a
        // change told by its verb keeps its target expected; v145).
        const borrowedStatus =
          lent === 'actual' && openYearAfter(sentence.slice(found.end), documentYear)
            ? undefined
            : lent === 'actual' &&
                found.kind === 'change' &&
                PLAN_PARTICIPLE_BEFORE_RE.test(sentence.slice(0, ownStart(found)))
              ? 'expected'
              : lent;
        // "… is $353 billion higher than announced, due to the lower cash balance ($253 billion)": the
        // cause told after the restated forecast keeps its own reading.
        const restated =
          restatesForecast && !CAUSE_BEFORE_RE.test(sentence.slice(0, ownStart(found)));
        const inherited = borrowedStatus ?? (restated ? 'expected' : partsOf);
        const own = inherited ? { ...found, status: found.status ?? inherited } : found;
        // "Return on investments, in Swiss francs" ⏎ "2033: currency reserves 1.3%, of which gold
        // 3.6%": the title names every row's measure, a holding's return, a change (v106).
        const m =
          own.kind === 'share' && !own.range && underReturnTitle(text, sStart + own.start)
            ? { ...own, kind: 'change' as const }
            : own;
        const candidate = buildCandidate(text, sourceId, sentence, sStart, sEnd, m, para, {
          toCp,
          previousLabel,
          defaultSpeaker: opts.defaultSpeaker,
          documentYear,
          documentMonth,
          wholeDate,
          currencies,
          listExpected:
            listExpected ||
            (headedLines?.some(
              ([from, to]) =>
                sStart + found.start >= para.start + from && sStart + found.start < para.start + to,
            ) ??
              false),
          budgetTitle,
          headingPeriod,
        });
        if (!candidate) continue;
        if (carriesForecast) candidate.status = 'expected';
        // "Estimated average monthly benefits payable in January 2035" over "| All retired workers |
        // $2,031 | $2,084 |", dated October 2034: a table its title names as an estimate of a date
        // not yet begun holds estimates, expected, though a body sets the levels (v193).
        if (estimatedPipeRow(text, sStart + found.start, documentYear, documentMonth))
          candidate.status = 'expected';
        // "Cabinet approves Minimum Support Prices …" ⏎ "Minimum Support Prices for Rabi Crops" over
        // "| Wheat | ₹2,585 | ₹2,735 | 150 | 5.8 |": a row of a table of levels a decision set,
        // actual, in a column of a year not yet over too (decidedTable.ts, v204).
        else if (candidate.status === 'expected') {
          const caption = pipeTableCaption(text, sStart + found.start);
          // "No Social Rent … shall exceed the following weekly caps:" over "| 2 bedrooms | £203.90
          // |": a made instrument's provision sets the rows' levels (madeInstrument.ts, v209).
          if (
            (caption !== undefined &&
              (decidedTable(caption, titleAndTop(budgetTitle), ratesDecided) ||
                madeTable(text, sStart + found.start, caption) ||
                // "Table 1: First-year rates by emissions band" over "| CO2 emissions | 2033-34 |
                // 2034-35 |" under an order made, or "Registration charges for a private car,
                // 2033-34" in a brief dated August 2033: levels set or in force (setRateTable.ts,
                // v215).
                setRateCell(
                  text,
                  sStart + found.start,
                  caption,
                  ratesDecided,
                  documentYear,
                  datedMonth,
                ))) ||
            // "The Minister … has set the fees below for every licence sold from April 1, 2034" over
            // "| Resident annual | $29.00 | $29.75 | 2.6 |": a lead-in that sets the levels below
            // (setLeadIn.ts, v218).
            setLeadInTable(text, sStart + found.start) ||
            budgetRateTable(text, sStart + found.start, settingBudget(budgetTitle)) ||
            // "| Charge | 2033-34 | 2034-35 |" over "| Single item | £9.90 | £10.20 |" in a document
            // that records the decision on the charges (decisionDocument.ts, v268).
            (decisionDoc &&
              decidedChargeCell(text.slice(0, sStart + m.start), sentence.slice(m.start, m.end))) ||
            // "REVISION OF PUBLIC CAR PARK CHARGES FROM 1 SEPTEMBER 2035" over "| Surface | $80 |
            // $90 |": charges a dated headline announces (datedPriceHeadline.ts, v251).
            (caption !== undefined &&
              announcedTable(caption, announcedChange(budgetTitle) !== undefined))
          )
            candidate.status = 'actual';
          // "- Light goods vehicles: £345 (2033-34: £332)" in a document that records its levels as
          // decided: the level set and the one it replaces (setRateTable.ts, v215).
          else if (
            caption === undefined &&
            ratesDecided &&
            bracketedEarlierLine(text, sStart + found.start)
          )
            candidate.status = 'actual';
        }
        // "exports are forecast to rise 3.0 percent next year, after tumbling 10.6 percent this
        // year": the dateline's own year is not over, so its outturn named after a forecast is an
        // estimate, expected; "after falling 2 percent in 2033", dated 2034, stays actual.
        if (
          candidate.status === 'actual' &&
          candidates.length > before &&
          candidates[candidates.length - 1]!.status === 'expected' &&
          AFTER_OUTTURN_RE.test(sentence.slice(0, m.end)) &&
          openYearAfter(sentence.slice(m.end), documentYear)
        )
          candidate.status = 'expected';
        // "revised growth in 2032 to 3.5%, down from 4.2% previously estimated": the value a
        // forecast before it came from, named as the earlier estimate, is that earlier forecast;
        // after an outturn ("grew 2.1%, up from 1.9% estimated earlier") it stays data.
        if (
          candidate.status === 'actual' &&
          candidates.length > before &&
          candidates[candidates.length - 1]!.status === 'expected' &&
          MOVED_FROM_BEFORE_RE.test(sentence.slice(0, m.start)) &&
          EARLIER_ESTIMATE_AFTER_RE.test(sentence.slice(m.end))
        )
          candidate.status = 'expected';
        // "revised down to 2.4% (-0.2 pp. compared with the summer forecast)": the revision in brackets
        // right after a forecast, against an earlier forecast, is part of that forecast.
        if (
          candidate.status === 'actual' &&
          candidates.length > before &&
          candidates[candidates.length - 1]!.status === 'expected' &&
          (/\d\s?(?:%|per\s?cent|percent)?\s*\(\s*$/i.test(sentence.slice(0, m.start)) ||
            YEARLY_RATE_BRACKET_BEFORE_RE.test(sentence.slice(0, m.start))) &&
          (FORECAST_COMPARED_AFTER_RE.test(sentence.slice(m.end)) ||
            (/\b(?:above|below|more|less|higher|lower)$/i.test(sentence.slice(m.start, m.end)) &&
              EARLIER_ROUND_AFTER_RE.test(sentence.slice(m.end))))
        )
          candidate.status = 'expected';
        // "Revenue for 2032/33 is now estimated at R2.09 trillion, R18.4 billion less than the printed
        // estimate", "totals US$83.2 billion, up US$7.4 billion on last year's survey", "von 410,5
        // Mrd. €, und damit 3,1 Mrd. € weniger als in der Mai-Schätzung": a gap set off by a comma
        // right after a level to come, against an earlier estimate or base, is part of that
        // forecast, as the bracketed revision above is; after an outturn it stays data.
        if (
          candidate.status === 'actual' &&
          candidates.length > before &&
          candidates[candidates.length - 1]!.status === 'expected' &&
          GAP_SET_OFF_BEFORE_RE.test(sentence.slice(0, m.start)) &&
          (GAP_AFTER_RE.test(sentence.slice(m.end)) ||
            (/\b(?:less|more|fewer|higher|lower|above|below)$/i.test(
              sentence.slice(m.start, m.end),
            ) &&
              /^\s+than\b/i.test(sentence.slice(m.end))) ||
            (/\b(?:up|down)\s+$/i.test(sentence.slice(0, m.start)) &&
              /^\s+(?:on|over|against|compared\s+(?:with|to))\b/i.test(sentence.slice(m.end))))
        )
          candidate.status = 'expected';
        // "expanding by 5.5 percent this year, led by Kazakhstan (4.8 percent), Uzbekistan (6.1
        // percent)": members named with their own figure in brackets after a forecast ("led by",
        // "driven by", "including") are its parts, forecasts too; after an outturn they stay data.
        if (
          candidate.status === 'actual' &&
          candidates.length > before &&
          candidates[candidates.length - 1]!.status === 'expected' &&
          MEMBERS_BRACKET_BEFORE_RE.test(sentence.slice(0, m.start))
        )
          candidate.status = 'expected';
        // "The Pension Credit guarantee will rise by 4.1% to £236.40 a week": a change and the level
        // it moves to, in one verb phrase ("by … to"), are one decision or one forecast; when a
        // decision sets the level, though "will" states it, the change before it is that decision's
        // too. A forecast word or someone who expects it anywhere in the sentence keeps the change's
        // own reading ("…, the actuary projects").
        const changeBefore = candidates.length > before ? candidates[candidates.length - 1]! : null;
        if (
          changeBefore !== null &&
          (changeBefore.kind === 'change' || changeBefore.kind === 'amount') &&
          changeBefore.status === 'expected' &&
          candidate.kind !== 'change' &&
          candidate.status === 'actual' &&
          lastEnd >= 0 &&
          // "will rise by $21.40 to $1,246.80 a fortnight", "will increase by €4 to €54 a week": a
          // change in money moves to its level as a percent does (v280).
          /\bby\s+(?:about\s+|around\s+|some\s+)?(?:[-+]?\d[\d.,]*\s?(?:%|per\s?cent|percent)|[^\s\d]{1,4}\s?\d[\d.,]*)$/i.test(
            sentence.slice(0, lastEnd),
          ) &&
          /^\s+to\s+(?:[^\s\d]{1,4}\s?)?$/i.test(sentence.slice(lastEnd, ownStart(m))) &&
          /\bwill\b/i.test(sentence) &&
          !HEDGE_WORD_RE.test(sentence) &&
          !/\b(?:projects|predicts|estimates|assumes)\b/i.test(sentence) &&
          !EXPECTS_BEFORE_RE.test(sentence)
        )
          changeBefore.status = 'actual';
        // "The deficit is projected to reach 3.1% of GDP in 2027. That is 0.4 percentage points
        // above this year's": a sentence whose subject only points back restates the one before,
        // so a figure that says no status of its own takes the status of that sentence's lead
        // figure, a forecast's or an outturn's (carry.ts).
        const carried = carriedStatus(
          sentence,
          m.start,
          m.end,
          Math.max(0, lastEnd),
          previousLeadStatus,
        );
        if (carried !== undefined) candidate.status = carried;
        // "| Writ of summons | HK$1,045 | HK$1,220 |" under "| Item | Current fee | Proposed fee |",
        // "Tobacco excise is currently $1.42380 per stick", "R1.50 per page since 2014, should be
        // reviewed": the level in force beside a proposal, actual (inForceLevel.ts, v210). A table
        // its title names as an estimate ("Estimated typical monthly bills in January 2035" over
        // "| Customer | Current bill | New bill |") holds estimates, and keeps its reading.
        if (
          candidate.status === 'expected' &&
          candidate.kind !== 'change' &&
          ((inForceColumn(text, sStart + found.start) &&
            !estimatedPipeRow(text, sStart + found.start, documentYear, documentMonth)) ||
            inForceLevel(sentence.slice(0, m.start), sentence.slice(m.end), documentYear) ||
            // "The mobile termination rate will fall from KSh 0.58 per minute to KSh 0.41", "to SEK
            // 643 100 in 2034, from SEK 624 700 in 2033", "instead of the full 31.42 per cent": the
            // level a change starts from (inForceLevel.ts, v278).
            changeStartInForce(
              sentence.slice(0, m.start),
              sentence.slice(m.end),
              documentYear,
              documentMonth,
            ) ||
            // "The contribution rates of 1% each would not change" (inForceLevel.ts, v278).
            unchangedNamedLevel(sentence.slice(0, m.start), sentence.slice(m.end)) ||
            // "where the same licence costs £33.00", "A$146 million that BRN spent": a fact of
            // the day beside a proposal (factBeside.ts, v221).
            factBeside(sentence.slice(0, m.start), sentence.slice(m.end), documentYear))
        ) {
          candidate.status = 'actual';
          inForce.add(candidate);
        }
        // "The following apply regardless of the draft notice:" ⏎ "- Skills development levy: 1% of
        // the total leviable amount": levels in force beside the draft (decided.ts, v278).
        if (
          candidate.status === 'expected' &&
          candidate.kind !== 'change' &&
          appliesRegardless(text.slice(Math.max(0, sStart - 2000), sStart + m.start)) &&
          !HEDGE_WORD_RE.test(sentence)
        ) {
          candidate.status = 'actual';
          inForce.add(candidate);
        }
        // "| Domestic | ₹ 290 | ₹ 380 |" under "| Category | Current UDF | Approved UDF, 2034-35 |": a
        // column its header names as approved holds what a decision set (approvedColumn.ts, v226).
        if (
          candidate.status === 'expected' &&
          approvedColumn(text, sStart + found.start) &&
          !estimatedPipeRow(text, sStart + found.start, documentYear, documentMonth)
        )
          candidate.status = 'actual';
        // "Port dues will rise 4.8% in 2035", "- Berth charge (per metre per day): €3.10" in a
        // document whose title or opening records the body's decision on charges: the level it
        // decided, actual though its date is to come (decisionDocument.ts, v234).
        if (
          candidate.status === 'expected' &&
          (decisionDoc || decisionSection(text, sStart + found.start)) &&
          !estimatedPipeRow(text, sStart + found.start, documentYear, documentMonth) &&
          // "Councillor Lund moved that the day fee be held at SEK 250": what a member moved or a
          // party asked for in a decision's minutes is no level decided (putForward.ts, v245).
          !putForward(sentence.slice(0, m.start), sentence.slice(m.end)) &&
          decidedDocumentLevel(
            sentence.slice(0, m.start),
            sentence.slice(m.start, m.end),
            sentence.slice(m.end),
            itemLeadIn(text.slice(Math.max(0, sStart - 2000), sStart + m.start)),
          )
        )
          candidate.status = 'actual';
        // "The mobile termination rate (MTR) will fall from KSh 0.58 per minute to KSh 0.41 per
        // minute on 1 April 2034, to KSh 0.30 on 1 April 2035" under an opening in which the
        // Authority "determines the maximum voice termination rates set out below": the level a
        // decided document's rate "will" be is that decision (determinedLevel.ts, v280).
        if (
          candidate.status === 'expected' &&
          levelsMade &&
          !estimatedPipeRow(text, sStart + found.start, documentYear, documentMonth) &&
          !putForward(sentence.slice(0, m.start), sentence.slice(m.end)) &&
          determinedLevel(
            sentence.slice(0, m.start),
            sentence.slice(m.start, m.end),
            sentence.slice(m.end),
          )
        )
          candidate.status = 'actual';
        // "The federal grant … rises by 4.2 per cent to €128.7 billion in the 2036 Budget adopted on
        // 28 November 2035": what a budget named as adopted sets (determinedLevel.ts, v280).
        if (candidate.status === 'expected' && adoptedBudgetLevel(sentence.slice(m.end), sentence))
          candidate.status = 'actual';
        // "(a) regular passport: US$75 (previously US$60);" under "the following fees shall be
        // collected … on or after 1 April 2036:" in a department order, "ORDER: The Defendants shall
        // pay … costs of ₹75,000": what a made order provides is set (madeOrder.ts, v236).
        if (
          candidate.status === 'expected' &&
          madeOrderLevel(
            text,
            sStart + found.start,
            sentence.slice(0, m.start),
            sentence.slice(m.end),
          )
        )
          candidate.status = 'actual';
        // "the Board hereby issues this Wage Order", "At least 40% of the landing contribution shall
        // be spent", a table under a caption line below "shall be as under:", one a resolution's
        // item names ("as set out in Table 2"): more shapes of a made order (issuedOrder.ts, v250).
        if (
          candidate.status === 'expected' &&
          !estimatedPipeRow(text, sStart + found.start, documentYear, documentMonth) &&
          issuedOrderLevel(
            text,
            sStart + found.start,
            sentence.slice(0, m.start),
            sentence.slice(m.start),
          )
        )
          candidate.status = 'actual';
        // "INTEREST ARBITRATION AWARD" ⏎ "Issued at Red Deer, Alberta, January 20, 2035" over a grid
        // under "Annual salaries … shall be as follows:", a board that "hereby adopts the following
        // levels", "no rent increase … may exceed 8.0 percent" in an ordinance, "The Traffic
        // Committee decided" ⏎ "1. that the adult 30-day ticket shall cost SEK 1,060" (v268): more
        // shapes of a made decision (madeDecision.ts, v261).
        if (
          candidate.status === 'expected' &&
          !estimatedPipeRow(text, sStart + found.start, documentYear, documentMonth) &&
          (madeDecisionLevel(
            text,
            sStart + found.start,
            sentence.slice(0, m.start),
            sentence.slice(m.end),
          ) ||
            // "the Chief Executive-in-Council decided that … the pay … should be increased by 3.86%".
            decidedThatLevel(
              sentence.slice(0, m.start),
              sentence.slice(m.start, m.end),
              sentence.slice(m.end),
            ))
        )
          candidate.status = 'actual';
        // "the subsidy paid to oil wholesalers will be ¥19.3 per litre", "agreed to a one-off top-up
        // of NZ$150 per household" in a document that records its body's decision: the support it
        // sets, actual though its date is to come (decidedSupport.ts, v275).
        // "will also receive £400 in six monthly instalments: £66 in November …", "will fall from
        // NZ$58.20 to NZ$41.60, a reduction of 28.5 per cent": the parts after a colon and the step
        // set off after the level are the same decision's. A section headed "Decisions" or
        // "Decision: …" records the decision as a title does (documentDecides.ts, decisionSection).
        if (
          (decisionTaken || decisionSection(text, sStart + found.start)) &&
          !putForward(sentence.slice(0, m.start), sentence.slice(m.end)) &&
          ((supportEnd >= 0 &&
            supportPart(
              sentence.slice(supportEnd, m.start + sentence.slice(m.start, m.end).search(/\d/)),
              sentence.slice(m.start, m.end),
            )) ||
            (candidate.kind === 'amount' &&
              decidedSupport(
                sentence.slice(0, m.start),
                sentence.slice(m.start, m.end),
                sentence.slice(m.end),
                documentYear,
              )))
        ) {
          candidate.status = 'actual';
          supportEnd = m.end;
        }
        // "| Very low | $172.50 | $215.00 | 24.6 |" under "| Rating | Current annual fee | Proposed
        // annual fee | Change (%) |", "| Bill as published | Committee recommendation |": what a
        // proposal, a bill or a claim would set, expected (proposedColumn.ts, v237).
        if (candidate.status === 'actual' && proposedColumn(text, sStart + found.start))
          candidate.status = 'expected';
        // "The Department of Finance estimates forgone revenue of ₱7.8 billion for the second half
        // of 2031 and ₱16.2 billion for 2032", "The cut reduces VAT revenue by SEK 27 billion in
        // 2034", "| 2033 (estimate) | $74.4 million |": an estimate or costing of a period not yet
        // over, expected (aheadEstimate.ts, v269).
        if (
          candidate.status === 'actual' &&
          ((candidate.kind === 'amount' &&
            estimatedSumAhead(
              sentence.slice(0, m.start),
              sentence.slice(m.end),
              (c) => periodOver(c, documentYear, documentMonth),
              documentYear,
            )) ||
            estimateCellAhead(text, sStart + found.start, (c) =>
              periodOver(c, documentYear, documentMonth),
            ))
        )
          candidate.status = 'expected';
        // "National Treasury projects 4.4 per cent for 2033", "below expected inflation of 4.7 per
        // cent", "which it costed at about SEK 14 billion": a forecast or a costing in other grammar;
        // "₱38.6 billion in 2034, or about 0.1 per cent of GDP": the same estimate restated, and
        // ", of which CHF 1,020 million falls on the AHV and CHF 190 million on the IV": its parts
        // (aheadEstimate.ts, v278).
        if (
          candidate.status === 'actual' &&
          (forecastAhead(sentence.slice(0, m.start), sentence.slice(m.end), (c) =>
            periodOver(c, documentYear, documentMonth),
          ) ||
            (candidates.length > before &&
              candidates[candidates.length - 1]!.status === 'expected' &&
              candidates[candidates.length - 1]!.kind === 'amount' &&
              lastEnd >= 0 &&
              ((candidate.kind === 'share' &&
                restatesEstimate(sentence.slice(0, m.start), sentence.slice(lastEnd, m.start))) ||
                (candidate.kind === 'amount' &&
                  partOfEstimate(
                    sentence.slice(0, m.start),
                    sentence.slice(lastEnd, m.start),
                    sentence.slice(m.end),
                  )))))
        )
          candidate.status = 'expected';
        // "Receipts, which came to €49.8 million in 2032, are expected to reach", "traffic grew
        // 11.8% in FY 2033-34", "up from $15.86 in 2032-33", "against 74 fee units ($1,215) now",
        // "£3.12 …, unchanged from 2033/34", "A fee unit is worth $16.42 in 2033-34": a fact the
        // proposal or forecast around it starts from, actual (startingLevel.ts, v228); so is the
        // second part of such a level after "plus" ("up from $182 plus $12.10") and the change
        // that brought it ("…, after the Treasurer's annual indexation of 3.5%").
        const prior = candidates.length > before ? candidates[candidates.length - 1]! : undefined;
        if (
          candidate.status === 'expected' &&
          !estimatedPipeRow(text, sStart + found.start, documentYear, documentMonth) &&
          // "Our claim, endorsed at conference in May, was for 12%": a party's offer or claim,
          // dated by an aside, is no fact a proposal starts from (offeredLevel.ts, v263).
          !offeredLevel(
            sentence.slice(0, m.start),
            sentence.slice(m.start, m.end),
            sentence.slice(m.end),
          ) &&
          (startingLevel(
            sentence.slice(0, m.start),
            sentence.slice(m.start, m.end),
            sentence.slice(m.end),
            (c) => periodOver(c, documentYear, documentMonth),
            documentYear,
            documentMonth,
          ) ||
            (prior !== undefined &&
              prior.status === 'actual' &&
              lastEnd >= 0 &&
              STARTING_RUN_ON_RE.test(sentence.slice(lastEnd, m.start))))
        ) {
          candidate.status = 'actual';
          inForce.add(candidate);
        }
        // "Proposed catch levies (per tonne landed)" over "(a) Hake: from R205 to R290": the level
        // an item's change starts from, under a title naming the charges proposed (v228).
        if (
          candidate.kind === 'amount' &&
          candidate.status === 'expected' &&
          itemUnderProposedCharges(text, sStart + found.start) &&
          replacedInList(sentence.slice(0, m.start), sentence.slice(m.end))
        ) {
          candidate.status = 'actual';
          inForce.add(candidate);
        }
        // "(e) the weekly cap be lowered to $50 from $60" under "The review recommends that:": the
        // level the change starts from is in force, which the list's lead-in leaves actual (v221).
        if (
          (listExpected || plannedItem) &&
          candidate.kind === 'amount' &&
          replacedInList(sentence.slice(0, m.start), sentence.slice(m.end))
        ) {
          candidate.status = 'actual';
          inForce.add(candidate);
        }
        // "Table 2: Levy rate options" over "| A: hold at the current rate | $75 | $75 |": what an
        // option put forward would set, whatever its row's label keeps (optionsTable.ts, v220).
        if (
          candidate.status === 'actual' &&
          !inForce.has(candidate) &&
          optionCell(text, sStart + found.start, (header) =>
            periodOver(header, documentYear, documentMonth),
          )
        )
          candidate.status = 'expected';
        // "| KAC request | €10.01 |" beside the cap a final decision set, "| Valley | Entitlement
        // charge, current | Entitlement charge, draft |": what a party asked for or a draft puts
        // forward is not yet decided, expected (requestedCell.ts, v233).
        if (
          candidate.status === 'actual' &&
          !inForce.has(candidate) &&
          requestedCell(text, sStart + found.start)
        )
          candidate.status = 'expected';
        // "That Cabinet:" ⏎ "(a) approves an increase of 3.5% …", "(c) holds the charge at 85p":
        // what a report asks its body to approve or hold is proposed, whatever verb states it; the
        // level it starts from ("up from £26.00") stays in force (v245).
        if (
          recommendedList &&
          listExpected &&
          !replacedInList(sentence.slice(0, m.start), sentence.slice(m.end)) &&
          !/\bfrom\s+(?:[^\s\d]{1,4}\s?)?$/i.test(sentence.slice(0, m.start))
        )
          candidate.status = 'expected';
        // "the MPC decided to increase the repurchase rate by 50 basis points to 8.75%, with effect
        // from 23 September 2032": a policy body's decision, actual; "The Government considered a
        // single rate of 0.09% … but rejected it", "Two members preferred to maintain Bank Rate at
        // 4%", "below the 3.6% expected in the February Report": no decision, expected
        // (policyStatus.ts, v286).
        const policy = policyStatus(
          sentence.slice(0, m.start),
          sentence.slice(m.start, m.end),
          sentence.slice(m.end),
          previousSentence,
        );
        if (policy !== undefined) candidate.status = policy;
        lastEnd = m.end;
        statuses.set(ownStart(m), candidate.status);
        previousStatus = candidate.status;
        previousLabel = candidate.label;
        candidate.id = uniqueId(candidate.id, usedIds);
        candidates.push(candidate);
        if (title || sStart < captionEnd) titled.add(candidate);
        if (question) asked.add(candidate);
      }
      while (nextCell < cells.length && cells[nextCell]!.start < sStart) nextCell++;
      for (; nextCell < cells.length && cells[nextCell]!.start < sEnd; nextCell++) {
        const cell = cells[nextCell]!;
        if (supposedRow(lineAround(text, cell.start), rowsTitle)) continue;
        const { headerStart, rowEnd } = cell;
        const quote = text.slice(headerStart, rowEnd);
        const m = { start: cell.start - headerStart, end: cell.end - headerStart, kind: cell.kind };
        // "dumping margin 20–30": a band in the list's unit, both ends one figure.
        const band = readStatedRange(
          text.slice(cell.start, cell.end),
          cell.kind,
          quote.slice(0, m.start),
        );
        const candidate = buildCandidate(
          text,
          sourceId,
          quote,
          headerStart,
          rowEnd,
          { ...m, ...(band && { range: { low: band.low, high: band.high } }), notes: [TABLE_NOTE] },
          para,
          { toCp, documentYear, documentMonth, wholeDate, currencies, listExpected },
        );
        if (!candidate) continue;
        // A column of years: its cells are outturns for years over by the document's date and
        // forecasts for those not yet over ("2031  2032" in a 2032 outlook). A year that ends
        // at the year-end its line names is over once that month is past ("Year ended 30 June
        // 2033" in a December 2033 update).
        // A column marked "Actual" is an outturn whatever its year.
        // A list cell titled as a percent of a target or budget is an outturn set against it.
        // A Japanese "FY2031" column ends in March 2032. A fiscal year a list's title names over two
        // years ("expenditures 2031-32") ends in the month the document's fiscal years end in
        // (March, or June where they run from July).
        const japaneseFiscal =
          cell.fiscalNamed === true && startYearFiscal && cell.year !== undefined;
        const year = japaneseFiscal && cell.year !== undefined ? cell.year + 1 : cell.year;
        const endMonth = japaneseFiscal
          ? 3
          : (cell.endMonth ??
            (cell.fiscal === true
              ? fiscalYearEnd(candidate.unit, { toCp, currencies, budgetTitle }, text)
              : yearEndMonth));
        // "Collections by tax head, April-June 2034 (KSh million)" over "| Tax head | Collected |
        // Target |", dated August 2034: every cell is of a span of months that is over, the target
        // it was held against as much as the outturn (v210); a forecast column keeps its reading.
        // A whole date outranks a month line near the top, which may be the span's own last month.
        const dated =
          wholeDate ??
          (documentYear !== undefined && documentMonth !== undefined
            ? { year: documentYear, month: documentMonth }
            : undefined);
        if (
          cell.spanEnd !== undefined &&
          dated !== undefined &&
          cell.spanEnd.year * 12 + cell.spanEnd.month < dated.year * 12 + dated.month &&
          !FORECAST_COLUMN_RE.test(pipeCell(text.slice(headerStart, cell.start))?.header ?? '')
        )
          candidate.status = 'actual';
        else if (cell.actual === true && year === undefined) candidate.status = 'actual';
        else if (year !== undefined && documentYear !== undefined)
          candidate.status =
            cell.actual === true ||
            year < documentYear ||
            (year === documentYear &&
              endMonth !== undefined &&
              documentMonth !== undefined &&
              endMonth < documentMonth)
              ? 'actual'
              : 'expected';
        // A list of outturns measured against their plan ("(per cent of half-year target)").
        else if (cell.actual === true) candidate.status = 'actual';
        // "Estimated average monthly benefits payable in January 2035" over "| All retired workers
        // | $2,031 | $2,084 |", dated October 2034: a table its title names as an estimate of a date
        // not yet begun holds estimates, expected, though a body sets the levels (v193).
        else if (
          cell.estimatedFor !== undefined &&
          documentYear !== undefined &&
          (cell.estimatedFor.year > documentYear ||
            (cell.estimatedFor.year === documentYear &&
              (cell.estimatedFor.month === undefined ||
                documentMonth === undefined ||
                cell.estimatedFor.month > documentMonth)))
        )
          candidate.status = 'expected';
        // "Cost of platform measures (€ billion, cumulative 2033-2037)" ⏎ "Civic Union: 18.4": what
        // a proposal would cost is an estimate of it, expected, unless the title's years are over.
        // "Pipeline by stage at 30 June 2033" over "| Enquiry | 118 | 9,860 |": what a pipeline's
        // projects would come to, likewise (v172).
        else if (
          (cell.costing === true || cell.planned === true) &&
          (cell.titleLastYear === undefined ||
            documentYear === undefined ||
            cell.titleLastYear >= documentYear)
        )
          candidate.status = 'expected';
        // "Capital programme 2035–2037 (£ million)" ⏎ "Schools: 42.5" ⏎ "Highways: 18.0": the
        // title says what every row under it is; the rows between a later row and its title add
        // nothing to it, so each row takes the status the first was read with.
        // A cell its own column label names as approved ("requested 98,240; authorized 92,615")
        // keeps the status of its own words (decided.ts, approvedObject; v154).
        else if (
          cell.listed === true &&
          !approvedObject(text.slice(text.lastIndexOf('\n', cell.start - 1) + 1, cell.start))
        ) {
          const first = listStatus.get(headerStart);
          if (first === undefined) listStatus.set(headerStart, candidate.status);
          else candidate.status = first;
        }
        // "Table 1. HFEP allocations approved in the FY 2035 GAA, by region (₱ million)" over "| NCR |
        // 4,812.6 | 4,390.2 | 9.6 |", or "Minimum Support Prices for Rabi Crops" under the title
        // "Cabinet approves Minimum Support Prices …": the levels a decision set, actual, in a
        // column of a year not yet over too (decidedTable.ts, v204).
        if (
          candidate.status === 'expected' &&
          cell.estimatedFor === undefined &&
          cell.costing !== true &&
          cell.planned !== true &&
          !cell.listed &&
          ((caption) =>
            // A "will be:" caption in a document that records its levels as decided ("the rates
            // will be:" under "As announced in the Budget Statement …"; v244, v280).
            decidedTable(caption, titleAndTop(budgetTitle), ratesDecided) ||
            // …and so does a made instrument's "shall" lead-in (madeInstrument.ts, v209).
            madeTable(text, cell.start, caption) ||
            // …and an issued order's or adopted instrument's table (issuedOrder.ts, v250).
            issuedTable(text, cell.start) ||
            // …and a made order's or award's bare cell under a "shall" lead-in ("| CONPOSS 04 |
            // ₦1,052,400 | ₦1,487,041 | 41.3 |" under "… shall be:"; madeDecision.ts, v261).
            madeDecisionLevel(text, cell.start, '', '') ||
            // …and so does a lead-in that says a body has set the levels below ("has set the fees
            // below", "are set as follows"; setLeadIn.ts, v218).
            setLeadInTable(text, cell.start) ||
            // …and a budget's table of the rates it sets ("C.3 NLT rates"; setLeadIn.ts, v218).
            budgetRateTable(text, cell.start, settingBudget(budgetTitle)) ||
            // …and a decision document's table of the charges it decided ("| Charge | 2033-34 |
            // 2034-35 |"; decisionDocument.ts, v268).
            (decisionDoc &&
              decidedChargeCell(text.slice(0, cell.start), text.slice(cell.start, cell.end))) ||
            // …and a "will" lead-in's table in a section headed "Decision in Budget 2034"
            // (documentDecides.ts, v275).
            decisionSectionTable(text, cell.start, caption) ||
            // …and a rate table in a document that records its levels as decided, "Glide path
            // (KSh per minute, excluding excise duty and VAT)" over "| MTR | 0.58 | 0.41 |" under
            // "The Authority … determines the maximum voice termination rates set out below"
            // (setRateTable.ts, v215; documentDecides.ts, levelsDetermined, v280).
            (ratesDecided &&
              setRateCell(text, cell.start, caption, true, documentYear, datedMonth)))(
            pipeTableCaption(text, cell.start) ??
              text
                .slice(0, headerStart)
                .split('\n')
                .filter((line) => line.trim() !== '')
                .at(-1) ??
              '',
          )
        )
          candidate.status = 'actual';
        // "Table 3: Estimated Project Cost by Component (US$ million)" ⏎ "1. Bulk water supply and
        // treatment: 92.7", in a project appraisal document: a row with no year of its own lays out
        // the proposal, expected, as its sentences do (proposalStage.ts).
        if (
          candidate.status === 'actual' &&
          year === undefined &&
          cell.actual !== true &&
          proposalDocument(budgetTitle) &&
          proposalContent(quote.slice(0, m.start), quote.slice(m.end), (c) =>
            periodOver(c, documentYear, documentMonth),
          )
        )
          candidate.status = 'expected';
        // "| A: status quo | £98.00 | £1.84 |" under "| Tariff option | Fixed charge | …": what an
        // option put forward would set, expected (optionsTable.ts, v220).
        if (
          candidate.status === 'actual' &&
          cell.actual !== true &&
          optionCell(text, cell.start, (header) => periodOver(header, documentYear, documentMonth))
        )
          candidate.status = 'expected';
        // "| Fines | 1,402.0 | 1,520.0 |" under "| Category | Current rate | Proposed rate |": the
        // level in force beside a proposal (inForceLevel.ts, v210).
        if (
          candidate.status === 'expected' &&
          cell.estimatedFor === undefined &&
          inForceColumn(text, cell.start)
        )
          candidate.status = 'actual';
        // "| Category | Current UDF | Approved UDF, 2034-35 |": a column its header names as
        // approved holds the levels a decision set, actual for any year (approvedColumn.ts, v226).
        if (
          candidate.status === 'expected' &&
          cell.estimatedFor === undefined &&
          approvedColumn(text, cell.start)
        )
          candidate.status = 'actual';
        // "| Adult, permanent grave | Sh. 10,000 | Sh. 18,000 | Sh. 15,000 |" under "| Item | Current
        // fee | Bill as published | Committee recommendation |": what a proposal, a bill or a claim
        // would set, expected, whatever the caption decides (proposedColumn.ts, v237).
        if (
          candidate.status === 'actual' &&
          cell.actual !== true &&
          proposedColumn(text, cell.start)
        )
          candidate.status = 'expected';
        // "| LPG (DBTL and PMUY) | 11,248 | 12,640 | 14,820 |" under "| Head | 2032-33 Actuals |
        // 2033-34 RE | 2034-35 BE |", dated March 2034: a revised or budget estimate of a year not
        // yet over, expected, whatever decision the caption names (aheadEstimate.ts, v269).
        if (
          candidate.status === 'actual' &&
          cell.actual !== true &&
          estimateCellAhead(text, cell.start, (c) => periodOver(c, documentYear, documentMonth))
        )
          candidate.status = 'expected';
        candidate.id = uniqueId(candidate.id, usedIds);
        candidates.push(candidate);
      }
      const built = candidates.slice(before);
      if (plannedItem) for (const c of built) if (!inForce.has(c)) c.status = 'expected';
      plannedItem = ITEM_RUNS_ON_RE.test(sentence) && (plannedItem || plannedListLeadIn(sentence));
      previousAllExpected = built.length > 0 && built.every((c) => c.status === 'expected');
      // The lead figure a pointing-back sentence restates is the first that is no "from" end of a
      // path: "the bill rises from £462 in 2034-35 to £611 in 2039-40. That is an increase of
      // £149" restates the path's end, not the level it starts from.
      previousLeadStatus = (
        built.find(
          (c) => !FROM_END_RE.test(text.slice(Math.max(0, c.stated.start - 40), c.stated.start)),
        ) ?? built[0]
      )?.status;
    }
  }
  opts.onProgress?.(text.length, text.length);
  if (underHeading)
    forecastTitles(candidates, new Set(underHeading.figures), underHeading.from, asked);
  forecastTitles(candidates, titled, 0, asked);
  return candidates;
}

/** Words that say a text's estimates come from a sample or carry a margin of error: "based on a
 *  subsample", "a stratified random sampling method", "the margin of error", "is not statistically
 *  significant", "the 90 percent confidence interval". */
const SAMPLED_ESTIMATES_RE =
  /\b(?:(?:sub)?samples?|sampling|margins?\s+of\s+error|statistically\s+significant|confidence\s+intervals?|standard\s+errors?)\b/i;

/** The note on a cell read from a table, whose unit only its column's header states. */
const TABLE_NOTE = "A table cell: its unit is its column header's, at the top of the quote.";

/** A budget item stated in the present with its amount right after the verb: "Development
 *  expenditures, including …, is A$58.4 billion", "payments have increased by A$1.2 billion". */
/** A sentence that names a change measure, as a verb or a noun: "projected to experience strong
 *  economic performance", "raised inflation forecasts for 2034", "the fastest expansions". */
const CHANGE_MEASURE_RE =
  /\b(?:grow(?:s|ing|n)?|grew|growth|expan(?:d|ds|ded|ding|sions?)|(?:economic\s+)?performance|performers?|inflation|deflation|contract(?:s|ed|ing|ions?))\b/i;
/** A sentence that forecasts: "are projected to", "raised its forecasts", "will". */
const FORECAST_WORD_RE =
  /\b(?:project(?:s|ed|ing|ions?)|expect(?:s|ed|ing)?|forecasts?|forecasted|anticipated|predict(?:s|ed)|outlook|set\s+to|likely\s+to|will)\b/i;

/** What the sentence before gives a list that points back to it: a change measure's kind, and the
 *  forecast status when it forecasts. Undefined when it names no change measure.
 *  @example carriedLead('Eleven economies are projected to grow strongly in 2034.') // { forecast: true } */
/** Up to the end of a percent, "after" and a verb of change in -ing before it: "after tumbling 10.6
 *  percent", "after sliding by about 6%" ("after a drop of" is left to the outturn rules). */
const AFTER_OUTTURN_RE =
  /\bafter\s+[a-z]+ing\s+(?:by\s+)?(?:(?:about|around|some|nearly|almost|roughly|an\s+estimated)\s+)?[-–−]?\d[\d.,]*\s?(?:%|per\s?cent|percent)$/i;

/** Right after a bracketed revision, the earlier forecast it is measured against: " pp. compared
 *  with the summer forecast)", " compared with the previous projection)". */
const FORECAST_COMPARED_AFTER_RE =
  /^\.?\s*,?\s*(?:compared\s+(?:to|with)|against|relative\s+to|versus|vs\.?)\s+(?:the|its|our|their)\s+(?:[\w-]+\s+){0,2}?(?:forecasts?|projections?|outlook|estimates?)\s*\)/i;

/** Up to a bracket, a rate with its period after it: "126.5% y.o.y. (", "54.1% YoY (", "1.2% a
 *  month (". */
const YEARLY_RATE_BRACKET_BEFORE_RE =
  /\d\s?(?:%|per\s?cent|percent)\s+(?:y\.?o\.?y\.?|YoY|year[- ]on[- ]year|(?:a|per)\s+(?:year|month|annum)|monthly|annually)\s*\(\s*$/i;
/** After a bracketed gap stated with its comparative ("0.4 p.p. above", "2.1 p.p. more"), the earlier
 *  forecast or round of a survey it is measured against: " the forecast of the previous survey)",
 *  " than the March survey)", " the previous round)". */
const EARLIER_ROUND_AFTER_RE =
  /^\s+(?:than\s+)?(?:the|its|our|their)\s+(?:[\w'’-]+\s+){0,2}?(?:forecasts?|projections?|outlook|estimates?|surveys?|rounds?|poll)\b[^()]{0,40}\)/i;

/** Up to a gap, a level with its number, a comma and what sets the gap off: "estimated at R2.09
 *  trillion, ", "totals US$83.2 billion, up ", "von 410,5 Mrd. €, und damit " (no other comma,
 *  semicolon or bracket between the level and the gap). */
const GAP_SET_OFF_BEFORE_RE =
  /\d[^,;:()]*,\s+(?:(?:up|down|i\.e\.|und\s+damit|that\s+is)\s+)?(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?$/i;
/** Right after a gap, the comparative that makes it one: " less than", " more than", " weniger als". */
const GAP_AFTER_RE =
  /^\s+(?:less|more|fewer|higher|lower|weniger|mehr|h\u00f6her|niedriger)\s+(?:than|als)\b/i;

/** Right before a number, the base a figure moved from: "down from", "revised up from", or the
 *  second of two such bases, each named by when it was made ("down from 2.1% at the time of the
 *  spring Statement and "). */
const MOVED_FROM_BEFORE_RE =
  /\b(?:up|down|higher|lower|revised)\s+from\s+(?:[^.;]*?\bat\s+the\s+time\s+of\b[^.;]*?\s+and\s+)?$/i;
/** Right after a number, what names it the earlier estimate: "previously estimated", "estimated
 *  earlier", "originally forecast", "at the time of the spring Statement" (a publication), or the
 *  earlier publication it was in: "in the June resolution", "in the original budget", "in the
 *  previous Monetary Policy Report" (not a survey, whose earlier round may be a reading). */
const EARLIER_ESTIMATE_AFTER_RE =
  /^\s*(?:(?:previously|earlier|initially|originally)\s+(?:estimated|forecast|projected|expected)|(?:estimated|forecast|projected|expected)\s+(?:previously|earlier|initially|originally|before)|(?:at\s+the\s+time\s+of|in)\s+the\s+(?:[\w-]+\s+){0,5}?(?:Budget|Update|Outlook|Review|Statement|Forecast|Projections?|Resolution|Report))\b/i;

/** Right after a number, the year the document is dated in: " this year", " in 2034" (dated 2034). */
function openYearAfter(after: string, documentYear: number | undefined): boolean {
  if (/^\s+(?:this|the\s+current)\s+year\b/i.test(after)) return true;
  const year = /^\s+(?:in|for|during)\s+((?:19|20)\d\d)\b/.exec(after);
  return year !== null && documentYear !== undefined && Number(year[1]) === documentYear;
}

function carriedLead(previous: string): SentenceContext['carriedLead'] {
  if (!CHANGE_MEASURE_RE.test(previous)) return undefined;
  return { forecast: FORECAST_WORD_RE.test(previous) };
}

const FISCAL_ITEM_RE =
  /\b(?:[Ee]xpenditures?|[Ss]pending|[Oo]utlays?|[Rr]evenues?|[Rr]eceipts|[Pp]ayments|[Aa]llocations?|[Aa]ppropriations?|[Gg]rants|[Tt]ransfers)\b[^;]{0,200}?\b(?:is|are|stands\s+at|amounts\s+to|comes\s+to|totals|(?:has|have)\s+(?:been\s+)?[a-z]+ed(?:\s+(?:up|down))?(?:\s+by)?)\s+(?:(?:about|around|some|nearly|an\s+additional|a\s+further)\s+)?(?:[A-Z][a-z]{1,2}\.?\s?|[A-Z]{1,3}\s?)?[$€£¥₹]?\s?\d/;
/** A sentence that opens by naming a part of what the one before states: "Including …", "Of
 *  which …", "Among them …". */
const PART_FRAGMENT_RE = /^\s*(?:including|of\s+which|among\s+(?:them|these|which))\b/i;
/** A clause of its own: a copula, an auxiliary or a verb in the past, or a comma after which a
 *  fronted part leads to its main clause ("Including roads, spending rose …"). */
const FINITE_VERB_RE = /\b(?:is|are|was|were|will|would|shall|has|have|had|[a-z]{3,}ed)\b|,/i;
/** A period or a past of a sentence's own: "was", "last year", "2032", "a year earlier". */
const OWN_PERIOD_RE =
  /\b(?:was|were|had|ago|last\s+(?:year|quarter|month)|previous|earlier|(?:19|20)\d\d)\b/i;

/** A key figure with no digit after its first but zeros: "2%", "$10 billion" (not "2.5%"). */
const ROUND_CALLOUT_RE = /^(?:[$€£]\s?)?[1-9]0*(?![\d.,]*\d)/;
/** A caption that names the key figure above it as a level first reached or passed: "… first
 *  reached this proportion of output", "… passed this mark for the first time". */
const MARK_CAPTION_RE =
  /^[^.;]*?\b(?:first\s+(?:reached|passed|topped|exceeded|crossed|hit|surpassed)\s+this\s+(?:proportion|share|level|mark|amount|sum|figure|threshold)\b|(?:reached|passed|topped|exceeded|crossed|hit|surpassed)\s+this\s+(?:proportion|share|level|mark|amount|sum|figure|threshold)\b[^.;]*\bfor\s+the\s+first\s+time\b)/i;

/** A heading line in the body: one short line, not ended as a sentence is, with no colon at its
 *  end ("$4 billion for rural roads over three years"). */
const HEADING_LINE_RE = /^[^\n]{3,120}$(?<![.!?:;,]["'”’)]?)/;

/** A chart's label on a line of its own, then the line of its title: "Figure 1\n", "Chart 3a\n". */
const CHART_LABEL_RE = /^(?:Figure|Chart|Exhibit|Graph)\s+\d{1,2}[a-z]?[ \t]*\n/;

/** A title line (or two, with a date under it): short, and not ended as a sentence is (no stop,
 *  colon or comma at its end). */
const TITLE_LINE_RE = /^[\s\S]{1,300}$(?<![.!?:;,]["'”’)]?)/;

/** A question on a line of its own, as a headline asks it: one question mark, maybe with a few words
 *  of answer after it and no stop ("What's $1.9 billion buy? A new hospital wing", "Can 3% growth
 *  last?"); a line with a second sentence or a speaker's label ("Question: …") is none. */
const QUESTION_LINE_RE =
  /^(?=[^\n]{3,160}$)(?![^?]*:)(?:[^?.!;]|\.(?=\d))+\?(?:[ \t]+(?:[^.?!:;]|\.(?=\d)){1,80})?$/;

/**
 * A headline that announces an outlook states no hedge of its own ("Half a Trillion Euros of
 * Exports Again Next Year"): a figure of a title line takes the forecast status of the same figure
 * (kind, unit and value) stated in the body with its hedge ("exports should again top half a
 * trillion euros"), and so does the title line under a chart's label ("Figure 1"), and a heading
 * line in the body by the paragraph right under it (from `from`). A figure the body states as what
 * happened stays actual. A question headline (`asked`: "What's $1.9 billion buy?", "Will $3.1
 * billion be enough?") restates the body's figure and takes its status either way: its own modal
 * or mood asks about the figure, and says nothing of whether it is planned.
 * @example // title "Exports of 2 Billion Dollars in Sight", body "exports are expected to reach 2 billion dollars" → both expected
 */
function forecastTitles(
  candidates: Candidate[],
  titled: Set<Candidate>,
  from = 0,
  asked: ReadonlySet<Candidate> = new Set(),
): void {
  if (titled.size === 0) return;
  // "Farm output to hit $75 billion in 2031" over "$75.2 billion" in the body: a title
  // rounds, so a body figure that rounds to the title's, at the title's last digit, is the same.
  const same = (body: Candidate, title: Candidate) =>
    body.kind === title.kind &&
    body.unit === title.unit &&
    body.value !== undefined &&
    (body.value === title.value || roundsTo(body, title));
  for (const c of titled) {
    const body = candidates.slice(from).filter((b) => !titled.has(b) && same(b, c));
    const restated = body[0]?.status;
    if (asked.has(c) && restated !== undefined && body.every((b) => b.status === restated)) {
      c.status = restated;
      continue;
    }
    if (c.status !== 'actual') continue;
    if (body.length > 0 && body.every((b) => b.status === 'expected')) c.status = 'expected';
  }
}

/**
 * True when a body figure states more digits than a title's and rounds to it at the title's last
 * digit.
 * @example roundsTo({ value: 160.1e9, stated: { text: '$160.1 billion' } } as Candidate, { value: 160e9, stated: { text: '$160 billion' } } as Candidate) // true
 */
function roundsTo(body: Candidate, title: Candidate): boolean {
  const written = (c: Candidate) => /\d[\d,]*(?:\.(\d+))?/.exec(c.stated.text);
  const t = written(title);
  const b = written(body);
  if (!t || !b || title.value === undefined || body.value === undefined) return false;
  const number = Number(t[0].replace(/,/g, ''));
  if (!(number > 0)) return false;
  const places = t[1]?.length ?? 0;
  if ((b[1]?.length ?? 0) <= places) return false;
  const half = (0.5 * 10 ** -places * title.value) / number;
  return Math.abs(body.value - title.value) <= half + 1e-9 * Math.abs(title.value);
}

const MONTH_NAMES = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];

/**
 * The month (1–12) a dateline names, by name, as an ISO date, or in digits when the order is plain:
 * a part above 12 is the day ("21/10/2033", "10/21/2033"), dots are day first ("20.05.2033"); a
 * slashed date with both parts 12 or under ("05/11/2033") tells none.
 * @example monthOf('14 May 2033') // 5
 * @example monthOf('2033-07-04') // 7
 * @example monthOf('10/21/2033') // 10
 */
function monthOf(dateline: string): number | undefined {
  const iso = /^(?:19|20)\d\d-([01]\d)-[0-3]\d$/.exec(dateline);
  if (iso) return Number(iso[1]);
  // "21/10/2032", "10/21/2032", "05.11.2032": the part above 12 is the day; dots are day first
  // (German, Russian, French releases); slashes with both parts 12 or under tell no month.
  const numeric = /^([0-3]?\d)([./])([0-3]?\d)\2(?:19|20)\d\d$/.exec(dateline);
  if (numeric) {
    const [a, b] = [Number(numeric[1]), Number(numeric[3])];
    if (b > 12) return a >= 1 && a <= 12 ? a : undefined;
    if (a > 12 || numeric[2] === '.') return b >= 1 && a >= 1 ? b : undefined;
    return undefined;
  }
  const name = /[A-Za-z]{3,}/.exec(dateline)?.[0].slice(0, 3).toLowerCase();
  const at = name === undefined ? -1 : MONTH_NAMES.indexOf(name);
  return at >= 0 ? at + 1 : undefined;
}

/** A heading: a short line of words that opens with a capital and ends without a stop or a digit. */
const HEADING_RE = /^[A-Z][A-Za-z'’,&(): -]{2,50}[A-Za-z)]$/;
/** A heading that names the months it reports on, ending in a month and its year: "Main points for
 *  May to July 2031", "Highlights in March 2031". Group 1 is the last month, group 2 its year. */
const PERIOD_HEADING_RE =
  /^[A-Z][A-Za-z ,'’&-]{2,50}?\s(?:for|in)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:to|[-–])\s+)?(January|February|March|April|May|June|July|August|September|October|November|December)\s+((?:19|20)\d\d)$/;
/** A heading that names a change: "Growth by sector", "Inflation", "Changes in trade". */
const CHANGE_HEADING_RE = /\b(?:growth|inflation|changes?|increases?|rates?\s+of\s+change)\b/i;

/** How far from the top (UTF-16 units) a document's dateline is looked for. */
const DATELINE_REACH = 600;
/** Japan named in a record or an opening: "Ministry of Finance, Japan", "the Japanese economy". */
const JAPAN_RE = /\bJapan(?:ese)?\b/;
/** A sum in yen: "630 trillion yen", "1,121 yen per hour". */
const YEN_RE = /\d\s?(?:(?:thousand|million|billion|trillion)\s+)?yen\b/i;

/** Right before a month and year, a lower-case word of the sentence it runs in: "revised edition ",
 *  "released in ", "vis-à-vis " (not "Harbourtown, ", nor a line of its own). Letters of any script:
 *  an ASCII `\w` stopped at the "à" of "vis-à-vis", so the month it leads to dated the document. */
const RUNNING_WORD_BEFORE_RE = /(?<![\p{L}\p{N}_'’-])\p{Ll}[\p{L}\p{N}_'’-]*[ \t]+$/u;
/** A date in brackets inside a running clause, between its verb and the words that go on after it:
 *  "NNR awarded (October 2029) the construction", "The ministry replied (14 May 2027) that" — when
 *  the act happened, not the document's date (a bracketed date that ends a title line, "Farm
 *  accounts (March 2027)", or follows a place, "Harbourtown (14 March 2027)", still dates it). */
const BRACKET_OPENS_IN_CLAUSE_RE = /(?<![\p{L}\p{N}_'’-])\p{Ll}[\p{L}\p{N}_'’-]*[ \t]+\($/u;
const BRACKET_CLOSES_IN_CLAUSE_RE = /^\)[ \t]+\p{Ll}/u;

/** Right before a date, what makes it a bound of a period the text names ("the fiscal year (from
 *  1 April 2030 to 31 March 2031)", "since May 2030", "for the year ended 30 June 2031", "the
 *  half-year ending 31 March 2031"), or the date a stock is measured at ("As of 31 March 2032
 *  there were", "As at 30 June 2031, the fund held"), not the date of the document. */
const PERIOD_BOUND_BEFORE_RE =
  /\b(?:from|since|until|till|to|through|between|ended|ending|as\s+(?:of|at))\s+$/i;

/** A title that names the year-end a report covers: "Financial Statements for the year ended 30
 *  June 2033", "Accounts for the financial year ending March 2033", "the period to 31 December".
 *  Group 1 is the month. */
const YEAR_END_TITLE_RE =
  /\b(?:year|months|period)\s+(?:ended|ending|to)\s+(?:[0-3]?\d\s+)?(January|February|March|April|May|June|July|August|September|October|November|December)\b/i;

/** Right before a date (its day passed over), a word of the line it stands in: "issued on ",
 *  "On ", "passed on 2 " (not "Wellington, ", nor the start of a line). */
const WORD_BEFORE_DATE_RE =
  /(?<![\p{L}\p{N}_'’-])\p{L}[\p{L}\p{N}_'’-]*[ \t]+(?:[0-3]?\d[ \t]+)?$/u;
/** The end of a line that ends as a sentence does: "… on the Bank's balance sheet.", "… set it up.)". */
const SENTENCE_END_RE = /[.!?]["”’)\]]*[ \t]*$/;

/** Whether the date at `at` in `text` is led to by a word of a line that ends as a sentence does. */
function inRunningSentence(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  const line = text.slice(start, end === -1 ? text.length : end);
  return WORD_BEFORE_DATE_RE.test(text.slice(start, at)) && SENTENCE_END_RE.test(line);
}

/**
 * The first date near the top that dates the document: a date that bounds a period named in a
 * sentence ("from April 1, 2030") is passed over, and, given the whole `prose` of the text, any
 * date a word leads to on a line that ends as a sentence does ("issued on 9 April 2020 under …
 * the Bank.", "On 12 December 2033 the hospital applied …"); a title line's date ("Minutes of the
 * meeting of 14 May 2034") still dates the text.
 * @example datelineIn('PORT ASTER, May 4. Sales fell in the year from April 1, 2030.', DATELINE_RE) // null
 */
function datelineIn(
  top: string,
  re: RegExp,
  monthOnly = false,
  prose?: string,
): RegExpMatchArray | null {
  const every = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  for (const m of top.matchAll(every)) {
    // "(SHA, revised edition March 2017)": a month and year that a word of a running sentence
    // leads to names something else's date, not the document's.
    if (monthOnly && RUNNING_WORD_BEFORE_RE.test(top.slice(0, m.index))) continue;
    // "issued by the Minister on 9 April 2020", and the month and year inside it (v180).
    if (prose !== undefined && inRunningSentence(prose, m.index ?? 0)) continue;
    // Nor does one in brackets inside a running clause, "awarded (October 2029) the", nor the month
    // and year of a whole such date, "replied (14 May 2027) that".
    if (
      BRACKET_OPENS_IN_CLAUSE_RE.test(top.slice(0, m.index).replace(/\b[0-3]?\d\s+$/, '')) &&
      BRACKET_CLOSES_IN_CLAUSE_RE.test(top.slice((m.index ?? 0) + m[0].length))
    )
      continue;
    // A month and year inside a whole date that bounds a period ("From 1 July 2030, …") dates no
    // document either: the day before it is passed over too.
    if (!PERIOD_BOUND_BEFORE_RE.test(top.slice(0, m.index).replace(/\b[0-3]?\d\s+$/, ''))) return m;
  }
  return null;
}

/** A sentence that opens by restating the figure before in the present: "That represents", "This
 *  means", "This corresponds to", "That is equivalent to", and "These reflect upward revisions of"
 *  (the forecasts before, told as revisions), and "That left us with" (what the figures before come
 *  to: a projected revenue and spending leave a projected deficit), and "This is 0.6 points more
 *  than" (the forecast before, set against an earlier one: their gap is a forecast too), and
 *  "This includes" and "Yet, this accounts for" (a part of the forecast before), and "This is an
 *  increase of" (the forecast before, told as its change); also after a fronted reckoning ("After
 *  allowing for redemptions of $12 billion, this means") and with the forecast named as the
 *  subject ("The financing estimate is $80 billion higher than") or the budget just stated ("The
 *  health budget accounts for 9% of all spending"); a quote may open it ("“That is the equivalent
 *  of $2 a day"). */
const RESTATES_BEFORE_RE =
  /^\s*["“‘']?(?:(?:after|allowing\s+for|taking\s+into\s+account|net\s+of)\s+[^.;]{1,80}?,?\s+|(?:yet|but|however|still)\s*,?\s+)?(?:that|this|these|which|the\s+(?:[\w-]+\s+){0,2}?(?:estimates?|forecasts?|projections?|budgets?))\s+(?:(?:would|will)\s+)?(?:is\s+an?\s+(?:increase|rise|decrease|reduction|fall|cut)\s+of\b|represents?|accounts?\s+for|means?|includes?|corresponds?\s+to|amounts?\s+to|equals?|is\s+(?:the\s+)?equivalent\s+(?:to|of)|translates?\s+into|reflects?\s+(?:(?:an?|the)\s+)?(?:(?:upward|downward)\s+)?revisions?\b|(?:left|leaves|leave)\s+(?:us|the\s+(?:country|government|state|budget|treasury))\s+with|is\s+(?=(?:about|around|nearly|almost|roughly|some|just|only|over|under)?\s*(?:[A-Z]{0,3}[$€£¥]\s?)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|a)\s+(?:hundred|thousand|million|billion|trillion)\b)(?:[^.;]|\.(?=\d)){0,40}?\b(?:more|less|higher|lower)\s+than\b))/i;

/** A sentence that opens by splitting the figure before into parts: "It is made up of", "This
 *  comprises", "Of this,", "Of the total,". */
const PARTS_OF_BEFORE_RE =
  /^\s*(?:(?:It|This|That)\s+(?:is|was)\s+made\s+up\s+of|(?:It|This|That)\s+(?:comprises|consists\s+of)|Of\s+(?:this|that|the\s+total)(?:\s+(?:amount|sum|total|allocation))?\s*,)\s/;

/** A sum put "in the Budget Estimates for 2026-27", "in the 2026/27 Budget Estimates". */
const IN_BUDGET_ESTIMATES_RE = /\bin\s+the\s+(?:[\w/–-]+\s+){0,2}?(?:Budget|Revised)\s+Estimates\b/;

/** Right before a number, the "from" of a path: "rises from ", "from about ". */
const FROM_END_RE = /\bfrom\s+(?:(?:about|around|some|roughly)\s+)?(?:[^\s\d]{1,4}\s?)?$/i;
/** A perfect or past verb of a decision that puts money somewhere (decided.ts's list, and "approved",
 *  "awarded", "granted"): "has been allocated", "were approved", "had set aside". */
const WHOLE_DECIDED_RE = new RegExp(
  String.raw`\b(?:has|have|had|was|were)\s+(?:(?:also|already|now)\s+)?(?:been\s+)?(?:${MONEY_PUT}|approved|awarded|granted)\b`,
  'i',
);

/** The figure before, pointed back to as "this figure" and moved by the sentence's own reckoning:
 *  "When the estimates draw on stated plans, this figure rises to", "on that basis, this number
 *  falls to". It restates the forecast before, so it is a forecast too. */
const THIS_FIGURE_MOVES_RE =
  /\b(?:this|that)\s+(?:figure|number|estimate|amount|sum|total)\s+(?:rises|falls|increases|decreases|climbs|drops|grows|goes\s+(?:up|down))\s+to\b/i;

/** A sentence that opens with "By" and a gerund of holding a level, which sums up the path the
 *  sentence before told: "By staying at or above 100 percent, the funds pass the test", "By
 *  remaining below 3%". */
const HOLDING_GERUND_RE =
  /^\s*By\s+(?:remaining|staying|holding|keeping)\s+(?:(?:at\s+or\s+)?(?:above|below|over|under)|at|within)\s/i;

/** Before a number, a clause of cause: "due to", "because of", "owing to", "as a result of". */
const CAUSE_BEFORE_RE = /\b(?:due\s+to|because\s+of|owing\s+to|as\s+a\s+result\s+of)\b/i;

/** The end of a list item that runs on into the next one, marked in the same paragraph: "…;\nii.",
 *  "; and iv.", "; 3)". */
const ITEM_RUNS_ON_RE = /;\s*(?:and\s+)?(?:[ivx]{1,5}|\d{1,2}|[a-h])[.)]\s*$/i;
/** A lead-in's colon and the first item's marker after it: ":\ni. ", ": 1) ", ": a. ". */
const FIRST_ITEM_RE = /:\s*(?:i|1|a)[.)]\s/gi;

/**
 * True when the sentence holds the lead-in of a list that sets targets or forecasts, its colon and
 * its first item ("for 2033 the ministry aims at these targets:\ni. …"), so
 * the items after it are planned too, as the first one is.
 * @example plannedListLeadIn('The targets for 2033 are:\ni. growth of 3 per cent;\nii.') // true
 * @example plannedListLeadIn('The data show that:\ni. growth was 3 per cent;\nii.') // false
 */
function plannedListLeadIn(sentence: string): boolean {
  const colon = [...sentence.matchAll(FIRST_ITEM_RE)].at(-1);
  if (!colon) return false;
  const lead = sentence.slice(0, colon.index);
  return lead.search(TARGET_NOUN_RE) >= 0 || COMMITMENT_LEAD_IN_RE.test(lead);
}

/**
 * Where a commitment list stands after a paragraph: a lead-in that ends with a colon and commits or
 * forecasts ("We have agreed to support:", "The pledges will be as follows:") opens it; an item
 * that runs on (";", "; and", ",", "and") or a marked item keeps it open; anything else closes it
 * (the item ending with a stop is the list's last).
 * @example nextCommitment(undefined, 'We have agreed to support:', 0) // 'lead-in'
 * @example nextCommitment('lead-in', 'a further $250 billion of financing;', 0) // 'item'
 * @example nextCommitment('item', 'and a doubling of lending.', 0) // undefined (the last item)
 */
export function nextCommitment(state: Commitment, body: string, level: number): Commitment {
  const t = body.trim();
  // Only the lead-in's own sentence commits: "… is intended to supplement the balance.\nCompared
  // to May 2031:" heads past results, whatever an earlier sentence of the paragraph hedged.
  // "2) revenue – 8 400 million dollars, including:" inside a list: its sub-items go on with it.
  if (state !== undefined && SUB_LIST_LEAD_IN_RE.test(t)) return 'item';
  if (t.endsWith(':')) return COMMITMENT_LEAD_IN_RE.test(leadInSentence(t)) ? 'lead-in' : undefined;
  if (state === undefined || (state === 'marked' && level === 0)) return undefined;
  if (/(?:[;,]|\b(?:and|or))$/.test(t)) return 'item';
  return level > 0 ? 'marked' : undefined;
}

/** A report's recommendation lead-in, "That", the body asked to decide and a colon, on the line
 *  right under a heading that names the recommendations: "2. Recommendations\nThat Cabinet:",
 *  "Recommendation\nThat the Board:" (not "Resolved\nThat Council:", a decision). */
const RECOMMENDATION_LEAD_IN_RE =
  /(?:^|\n)[ \t]*(?:\d{1,2}(?:\.\d{1,2})?\.?[ \t]+)?(?:Officers['’]?[ \t]+)?Recommendations?[ \t]*:?[ \t]*\n[ \t]*That[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,3}[ \t]*:$/;

/**
 * Whether the text up to a paragraph's end closes on a report's recommendation lead-in.
 * @example recommendationLeadIn('2. Recommendations\nThat Cabinet:') // true
 * @example recommendationLeadIn('Resolved\nThat Cabinet:') // false
 */
export function recommendationLeadIn(upToEnd: string): boolean {
  return RECOMMENDATION_LEAD_IN_RE.test(upToEnd.trimEnd());
}

/** An item's own lead-in to its parts: "…, including:", "…, of which:". */
const SUB_LIST_LEAD_IN_RE = /,?\s*\b(?:including|of\s+which)\s*:$/i;

/** A heading or lead-in line that names forecasts: "Outlook for 2033:", "Projections for next year",
 *  "Key macroeconomic forecasts", "Economic prospects, 2033-2034:", "Key figures of the projection"
 *  (up to five words before the noun; not a sentence: no stop). */
const FORECAST_HEADING_RE =
  /^(?:[A-Z][\w'’-]*|[a-z][\w'’-]*)(?:\s+[\w'’-]+){0,3}?\s*$|^(?:(?:[\w'’-]+\s+){0,5}?)(?:outlook|forecasts?|projections?|projected|prospects|assumptions)\b[^.;!?\n]{0,50}:?$/i;
/** Words that name forecasts, for FORECAST_HEADING_RE's first form; and the assumptions a
 *  projection, a valuation or a budget is built on ("Best-estimate assumptions", "Key assumptions
 *  (intermediate)", "Technical assumptions", "Principal actuarial assumptions"), v95. */
/** A pipe table's column header that names its cells a forecast or an estimate still to be made
 *  good: "Forecast", "Projected", "Revised estimate". */
const FORECAST_COLUMN_RE =
  /\b(?:forecasts?|projected|projections?|outlook|revised\s+estimates?)\b/i;
const FORECAST_NOUN_RE = /\b(?:outlook|forecasts?|projections?|projected|prospects|assumptions)\b/i;
/** A heading of forecasts set against outturns ("Projected and actual results", "Projections
 *  versus experience", "Forecast compared with outturn"): its lines report. */
const AGAINST_PROJECTED_RE = /\b(?:experience|actual|outturns?|against|versus|vs\.?|compared)\b/i;
/** A heading that sets outturns against the assumptions ("Experience against assumptions",
 *  "Actual versus assumed", "Outturn compared with assumptions"): its lines report. */
const AGAINST_ASSUMED_RE =
  /\b(?:experience|actual|outturns?|results?|against|versus|vs\.?|compared|relative)\b/i;
/** A label line: a label of words with no stop, a colon, then its value ("Price increase: 2.1% a
 *  year", "Real rate of return, base CPP (average 2025-2099): 3.84%"), no stop at its end. */
const LABEL_LINE_RE = /^[A-Z][^\n:;!?]{1,90}:[ \t]+\S[^\n]*$(?<![.!?;])/;
/** A verb that says a marked item reports what happened: "- Inflation rose 3.1% in May". */
const PAST_ITEM_VERB_RE =
  /\b(?:was|were|had|has|have|rose|fell|grew|stood|came|remained|reached|recorded|registered|posted|increased|decreased|declined|dropped|climbed|eased|slowed|accelerated|expanded|contracted)\b/i;

/**
 * True when a paragraph is a heading or lead-in line that names forecasts and no year that is over
 * by the document's year, so the items it heads are forecasts.
 * @example forecastHeadingLine('Outlook for 2033:', 2032) // true
 * @example forecastHeadingLine('Outlook for 2031:', 2032) // false
 * @example forecastHeadingLine('The outlook improved in May.', 2032) // false
 */
export function forecastHeadingLine(body: string, documentYear: number | undefined): boolean {
  const t = body.trim();
  if (t.length > 70 || /\n/.test(t) || !/^[A-Z]/.test(t) || /[.!?;]$/.test(t)) return false;
  if (!FORECAST_HEADING_RE.test(t) || !FORECAST_NOUN_RE.test(t)) return false;
  if (/\bassumptions\b/i.test(t) && AGAINST_ASSUMED_RE.test(t)) return false;
  if (AGAINST_PROJECTED_RE.test(t)) return false;
  const years = [...t.matchAll(/\b(?:19|20)\d\d\b/g)].map((y) => Number(y[0]));
  return documentYear === undefined || years.every((y) => y > documentYear);
}

/**
 * Where a paragraph opens with a heading line that names forecasts or assumptions, with no colon,
 * and every line wrapped under it is a label line ("Best-estimate assumptions" ⏎ "Price increase:
 * 2.1% a year" ⏎ "Net migration rate: 0.66% of the population"), the offsets (in the paragraph) of
 * the label lines that are forecasts, as a marked item under such a heading is: no past verb and no
 * year that is over of their own (v95). Undefined when the paragraph is no such block.
 * @example headedLabelLines('Main assumptions\nWage growth: 3.0% a year', 2033) // [[17, 40]]
 * @example headedLabelLines('Key figures\nWage growth: 3.0% a year', 2033) // undefined
 * @example headedLabelLines('Funding ratio: 87%', 2033, true) // [[0, 18]]
 */
export function headedLabelLines(
  body: string,
  documentYear: number | undefined,
  headedAbove = false,
): [number, number][] | undefined {
  const lines = body.split('\n');
  // "Projection results" ⏎ "" ⏎ "Funding ratio in 2050: 87%" ⏎ "Long-run contribution rate:
  // 14.2%": a paragraph of label lines only, right under such a heading standing alone (the
  // caller's `headedAbove`), is its block as the lines wrapped under it are (v104).
  const headed =
    headedAbove && lines.every((l) => LABEL_LINE_RE.test(l.trim()))
      ? 0
      : lines.length >= 2 &&
          !lines[0]!.trim().endsWith(':') &&
          forecastHeadingLine(lines[0]!, documentYear) &&
          lines.slice(1).every((l) => LABEL_LINE_RE.test(l.trim()))
        ? 1
        : undefined;
  if (headed === undefined) return undefined;
  const planned: [number, number][] = [];
  let at = headed === 0 ? 0 : lines[0]!.length + 1;
  for (const line of lines.slice(headed)) {
    if (plannedItemLine(line, documentYear)) planned.push([at, at + line.length]);
    at += line.length + 1;
  }
  return planned;
}

/** The line of `text` that holds offset `at`, without its line break. */
function lineAround(text: string, at: number): string {
  const end = text.indexOf('\n', at);
  return text.slice(text.lastIndexOf('\n', at - 1) + 1, end < 0 ? text.length : end);
}

/** True when a list item states no past verb and names no year that is over: a forecast or a
 *  target, not a report, when its heading or lead-in names them.
 *  @example plannedItemLine('- a deficit of 2.1% of GDP;', 2033) // true
 *  @example plannedItemLine('- the deficit fell to 2.1% of GDP in 2032;', 2033) // false */
function plannedItemLine(body: string, documentYear: number | undefined): boolean {
  return (
    !PAST_ITEM_VERB_RE.test(body) &&
    [...body.matchAll(/\b(?:19|20)\d\d\b/g)].every(
      (y) => documentYear === undefined || Number(y[0]) >= documentYear,
    )
  );
}

/** A lead-in that approves or adopts a budget: "To approve the state budget for 2032 - 2034 …:",
 *  "The Assembly adopts the budget for 2032 in the following amounts:". */
const BUDGET_APPROVED_LEAD_IN_RE =
  /\b(?:approves?|approved|adopts?|adopted|enacts?|enacted)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?budgets?\s+for\b/i;

/**
 * True when a paragraph ends with the lead-in of a budget approved for years that all come after the
 * document's year, so the amounts it lists are planned, not spent.
 * @example budgetAheadLeadIn('To approve the state budget for 2032 - 2034 in these amounts:', 2031) // true
 * @example budgetAheadLeadIn('To approve the state budget for 2031 in these amounts:', 2031) // false
 */
export function budgetAheadLeadIn(body: string, documentYear: number | undefined): boolean {
  const t = body.trim();
  if (documentYear === undefined || !t.endsWith(':')) return false;
  const lead = leadInSentence(t);
  const approved = BUDGET_APPROVED_LEAD_IN_RE.exec(lead);
  if (!approved) return false;
  const years = [...lead.slice(approved.index).matchAll(/\b(?:19|20)\d\d\b/g)].map((y) =>
    Number(y[0]),
  );
  return years.length > 0 && Math.min(...years) > documentYear;
}

/** A lead-in that names targets, goals or ceilings: "the end-year targets as follows:", "the
 *  following fiscal targets for 2034/35:", "The medium-term objectives are:". */
const TARGETS_LEAD_IN_RE = /\b(?:targets?|objectives|goals|ceilings)\b/i;
/** A lead-in that sets targets beside what came of them: "Performance against the targets",
 *  "The targets were met as follows:", "Outturns compared with the targets:". */
const TARGETS_OUTTURN_LEAD_IN_RE =
  /\b(?:against|performance|outturns?|actuals?|results?|compared|versus|vs\.?|achieved|met|missed|exceeded|attained|surpassed|fell\s+short)\b/i;

/**
 * True when a paragraph ends with a lead-in that names the targets its list sets, for no year that
 * is over by the document's year, and no outturn beside them, so the items it lists are planned.
 * @example targetsLeadIn('We are revising the end-year targets as follows:', 2033) // true
 * @example targetsLeadIn('Performance against the targets was as follows:', 2033) // false
 */
export function targetsLeadIn(body: string, documentYear: number | undefined): boolean {
  const t = body.trim();
  if (!t.endsWith(':')) return false;
  const lead = leadInSentence(t);
  if (!TARGETS_LEAD_IN_RE.test(lead) || TARGETS_OUTTURN_LEAD_IN_RE.test(lead)) return false;
  const years = [...lead.matchAll(/\b(?:19|20)\d\d\b/g)].map((y) => Number(y[0]));
  return documentYear === undefined || years.every((y) => y >= documentYear);
}

/** The last line of a paragraph, and of that line its last sentence: the lead-in a colon ends.
 *  @example leadInSentence('The gap is meant to fall. Compared to May 2031:') // 'Compared to May 2031:' */
function leadInSentence(paragraph: string): string {
  const line = paragraph.split(/\n/).at(-1) ?? paragraph;
  return line.split(/(?<=[.!?])\s+(?=[A-Z])/).at(-1) ?? line;
}

/** A lead-in to a list of rates, "will be as follows:", with no later time named. */
const RATES_WILL_BE_LEAD_IN_RE =
  /\b(?:interest|policy|key|official|central\s+bank)\s+rates\s+will\s+(?:therefore\s+|thus\s+)?be\s+(?:as\s+follows|the\s+following)\s*:$/i;

/** A lead-in to the rates a decision set ("The interest rates will be as follows:"), after the
 *  decision itself ("has decided to raise …") earlier in the document.
 *  @example decidedRatesLeadIn('The interest rates will be as follows:', 'The Committee has decided to raise rates.') // true */
export function decidedRatesLeadIn(body: string, before: string): boolean {
  const leadIn = leadInSentence(body.trim());
  return (
    RATES_WILL_BE_LEAD_IN_RE.test(leadIn) && !LATER_TIME_RE.test(leadIn) && DECISION_RE.test(before)
  );
}
/** A time named in a lead-in: "From 1 July 2032, the rates will be as follows:" is a later setting. */
const LATER_TIME_RE = /\d|\b(?:next|from|as\s+of|starting|effective|later|until)\b/i;

/** A commitment list's state after a paragraph: its lead-in, an item that runs on, a marked item
 *  (whose list goes on while items are marked), or no list. */
type Commitment = 'lead-in' | 'item' | 'marked' | undefined;

/** A lead-in in which a body recommends or proposes what its list states, for another to decide
 *  (README: a recommendation, a proposal is expected): "The Authority recommends the imposition of
 *  definitive anti-dumping duty … at the amounts below:", "The Review Body recommends the following
 *  salary scale:", "The Tribunal has recommended … as follows:", "The Committee is recommending new
 *  fees at the rates set out below:", "It is recommended that the Commission impose the following
 *  fines:". Not what was decided on it: "As recommended by the Authority, the Ministry has imposed
 *  … at the following rates:", "The Minister accepted the duties the Commission recommended, …:"
 *  (a bare past participle, or a verb of deciding after it, keeps the rows' own reading). */
const RECOMMENDS_LIST_RE =
  /(?:\b(?:recommend|propose)s?|\b(?:has|have)\s+(?:(?:also|now|therefore|today)\s+)?(?:recommended|proposed)|\b(?:is|are)\s+(?:(?:also|now|therefore)\s+)?(?:recommending|proposing)|\bit\s+is\s+(?:(?:also|therefore|further)\s+)?(?:recommended|proposed)\s+that)\b(?![^:;]*\b(?:accepted|adopted|approved|imposed|endorsed|enacted|implemented|rejected|agreed)\b)[^:;]*:$/i;

/** A lead-in that commits to or forecasts what its list states; also one whose last word before
 *  the colon is a verb of forecasting ("the Chamber's survey predicts:", "for next year the board
 *  expects:", "the institute foresees:"), whose items are infinitives ("growth to reach 2 percent"). */
const COMMITMENT_LEAD_IN_RE = new RegExp(
  String.raw`\b(?:predict(?:s|ed)?|expect(?:s|ed)?|foresee(?:s|n)?|anticipate(?:s|d)?|project(?:s|ed)?|forecast(?:s|ed)?)\s*:$|${EXPECTED_RE.source}|${RECOMMENDS_LIST_RE.source}|\b(?:we|they|leaders|ministers|members|governors|parties)\s+(?:(?:have|has|also|further|jointly)\s+)*(?:agreed|committed|pledged|undertaken|undertook|resolved|decided)\b`,
  'i',
);

/** A lead-in that names a fund's or portfolio's returns: "Returns by asset class:", "Net investment
 *  returns, by portfolio:" (not "Return on equity:", "tax returns"). */
const RETURNS_LEAD_IN_RE =
  /^(?:(?:net|gross|real|nominal|annual|annuali[sz]ed|investment|portfolio)\s+){0,3}returns?\b(?!\s+(?:on|to)\b)[^.;:]*:$/i;

/** A lead-in that adjusts or uplifts pay, rent, fees or charges, as a verb or a noun ("shall adjust
 *  salaries as follows:", "the annual adjustment for renewal leases shall be:"), not a rate's
 *  ("adjust the interest rates as follows:" heads their levels). */
const ADJUST_LEAD_IN_RE =
  /\b(?:adjust(?:s|ed|ing)?|adjustments?|uplift(?:s|ed|ing)?|upratings?)\b(?![^:]*\b(?:rates?|yields?|ratios?)\b)[^:]*\b(?:salar(?:y|ies)|pay|wages?|rents?|leases?|fees?|charges?|tariffs?|dues|tolls?|fares?|allowances?|pensions?|benefits?|grants?|stipends?|prices?)\b[^:]*:$|\b(?:salar(?:y|ies)|pay|wages?|rents?|fees?|charges?|tariffs?|dues|tolls?|fares?|allowances?|pensions?|benefits?)\b[^:]*\b(?:adjust(?:s|ed|ing)?|adjustments?|uplift(?:s|ed|ing)?|upratings?)\b[^:]*:$/i;

/** A paragraph that ends with a colon and names a change leads in to a list of changes. A lead-in
 *  about rates with only a verb of change ("Interest rates were lowered as follows:") heads their
 *  new levels, which are changes only where their own words say so. */
function listLeadIn(body: string): SentenceContext['listChange'] {
  const t = body.trim();
  if (!t.endsWith(':')) return undefined;
  // "Returns by asset class, 2031 (net of fees):": a fund's returns, each a change in what the
  // class is worth; a return on equity or a tax return heads no such list.
  if (RETURNS_LEAD_IN_RE.test(t)) return { prefer: 'up', status: undefined };
  // "the employer shall adjust salaries as follows:", "the annual adjustment for renewal leases
  // shall be:": an adjustment of pay or rent heads the rises it sets (v260).
  const adjusts = ADJUST_LEAD_IN_RE.test(t);
  if (!CHANGE_LEAD_IN_RE.test(t) && !adjusts) return undefined;
  if (LEVEL_LEAD_IN_RE.test(t) && !CHANGE_NOUN_LEAD_IN_RE.test(t) && !adjusts) return undefined;
  return {
    prefer: DECREASE.test(t) ? 'down' : 'up',
    status: EXPECTED_RE.test(t) || t.search(TARGET_NOUN_RE) >= 0 ? 'expected' : undefined,
  };
}

/** A paragraph whose last line ends with a colon and counts out one unit of money ("Of every £1
 *  spent on games in the year:", "Each dollar of sales was spent as follows:") leads in to a list
 *  of the pence or cents of it; "Of the £4.2 billion raised:" and "Spending (£ million):" do not. */
function eachUnitLeadIn(body: string): boolean {
  const line = body.trim().split('\n').pop()!.trim();
  return line.endsWith(':') && EACH_UNIT_RE.test(line);
}

/**
 * Wraps candidates in a figure file with one draft chart group for each chart id they name,
 * ready to be written as JSON and edited by a person.
 * @example draftFigureFile(extractCandidates(text, 'doc'), '../schema/figures.schema.json')
 * // { $schema: '../schema/figures.schema.json', charts: [{ id: 'trade-change', … }], figures: [ … ] }
 */
export function draftFigureFile(
  candidates: Candidate[],
  schemaPath?: string,
): { $schema?: string; charts: ChartGroup[]; figures: Candidate[] } {
  const charts = new Map<string, ChartGroup>();
  for (const c of candidates) {
    let group = charts.get(c.chart);
    if (!group) {
      const unit = c.kind === 'amount' ? ` in ${c.unit}` : ' in percent';
      const kindWords = { change: 'changes', share: 'shares', amount: 'amounts' }[c.kind];
      group = {
        id: c.chart,
        title: `${capitalise(c.topic.replace(/-/g, ' '))}: ${kindWords}${unit}`,
        description: `Draft group proposed by extract: ${kindWords}${unit} about ${c.topic.replace(/-/g, ' ')}. Rename, split or merge before use.`,
        topic: capitalise(c.topic.replace(/-/g, ' ')),
        figures: [],
      };
      charts.set(c.chart, group);
    }
    group.figures.push(c.id);
  }
  return {
    ...(schemaPath ? { $schema: schemaPath } : {}),
    charts: [...charts.values()],
    figures: candidates,
  };
}
