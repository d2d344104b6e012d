// Reads a number under a supposition: what a scenario, a stress test, a sensitivity or a worked
// example supposes, and what the text says the supposition would produce; no outturn nor forecast.
// Pure; it sees one sentence, one match and whether the sentence before named a scenario, and
// knows nothing of kinds, status or other figures.

import { CURRENCY_WORD } from '../../model/numberVocabulary.ts';
import type { Match, SentenceContext } from './matching.ts';
import { picksExampleEarner } from './exampleEarner.ts';
import { opensOnPickedMember } from './pickedMember.ts';

/** Why a number is no figure but a supposition:
 *  - 'scenario': a supposed scenario's path or result ("in a scenario where rents drop 12%");
 *  - 'sensitivity': a supposed change and what it would do ("a 1% rise in rates would add $2bn");
 *  - 'counterfactual': a condition put against the facts ("if fees had been 1% higher, …");
 *  - 'example': a supposed member or reading ("a household earning $50,000 would receive $900"). */
export type SuppositionReading = 'scenario' | 'sensitivity' | 'counterfactual' | 'example';

/** What the reader needs of a match: where its number and words are, and its kind. */
export type SuppositionMatch = Pick<Match, 'start' | 'end' | 'own' | 'ownEnd' | 'kind'>;

/** What the reader needs of the text before the sentence: whether the sentences before, in the same
 *  paragraph, named a scenario or a stress test (and kept describing it), which "It includes …",
 *  "Under it, …" or a sentence that goes on with its paths ("Rents drop 9%.") continues. */
export type SuppositionContext = Pick<SentenceContext, 'scenarioBefore' | 'workedExample'>;

/**
 * Why the number at `m` is supposed rather than measured or forecast: a worked example or an
 * illustrative reading, a sensitivity, a condition against the facts, or a supposed scenario. A
 * number before the supposition in its sentence ("Fees rose 3%; we modelled a downside in which
 * …") keeps its reading: undefined.
 * @example supposition('In a scenario where rents drop 12%, arrears would rise.', { start: 32, end: 35, kind: 'change' }) // 'scenario'
 */
export function supposition(
  s: string,
  m: SuppositionMatch,
  context: SuppositionContext = {},
): SuppositionReading | undefined {
  // "Worked example ⏎ A business has a reference amount of £42,000. The first £30,000 is reduced
  // by 76%, leaving £7,200.": every number of a worked example's paragraph is illustrative.
  if (context.workedExample) return 'example';
  // "Alternative B, an increase of 6% in July 2032 …, would raise about $22,000": an option a
  // report puts forward, named by its letter or number, is a proposal, expected until a body
  // chooses, as a table of options' cells are (v220), no supposed step (v239); so under a heading.
  if (OPTION_OPENING_RE.test(s.replace(HEADING_LINES_RE, ''))) return undefined;
  const reading = suppositionInLine(s, m, context);
  if (reading !== undefined) return reading;
  // "Sensitivity ⏎ A permanent 100 basis point increase in rates would add $9 billion": a heading
  // the sentence carries at its top is no part of its grammar, whose openings ("A … would",
  // "If … were", "Were …") start under it. Read again from there, only to add a supposition, so
  // a heading that names the scenario ("Adverse scenario ⏎ Output falls 6%") keeps its reading.
  // A paragraph's number at the top ("4.2 A 10 per cent fall in profits would …", "(b) A 1
  // point rise …", "12. A further …") is no part of it either: v112, read on from after it.
  const heading = HEADING_LINES_RE.exec(s);
  const headed = heading?.[0].length ?? 0;
  const cut = headed + (PARAGRAPH_NUMBER_RE.exec(s.slice(headed))?.[0].length ?? 0);
  // "What it means for a typical project ⏎ A 2,400-square-foot home pays $1,488 …", "1.3 A farmer
  // abstracting 3,000 cubic metres a month now pays KSh 6,300 …": a sentence under a heading or a
  // paragraph's number that opens on one member picked by its quantity is a worked example, as
  // such a paragraph is (v231).
  if (
    cut > 0 &&
    (m.own ?? m.start) >= cut &&
    (PICKED_MEMBER_OPENING_RE.test(s.slice(cut)) || MEASURED_MEMBER_OPENING_RE.test(s.slice(cut)))
  )
    return 'example';
  // "A claim for HK$40,000 filed online, for example, will cost HK$96 instead of HK$120", "For
  // instance, a household using 160 cubic metres will pay £412": a sentence on one member that
  // says it is an example, then what it will or does pay, is a worked example (v247).
  if ((m.own ?? m.start) >= cut && EXAMPLE_MEMBER_SENTENCE_RE.test(s.slice(cut))) return 'example';
  // "Students … enjoy the 20 percent fare discount. A student riding a jeepney for 4 kilometers
  // will therefore pay ₱11.20.": one member picked by an exact quantity, anywhere in a paragraph,
  // whose sum a "therefore" or "thus" works out from the rule just stated, is a worked example
  // (v270); "A household using 20 kl a month paid R600" tells an event.
  if (
    (m.own ?? m.start) >= cut &&
    PICKED_MEMBER_OPENING_RE.test(s.slice(cut)) &&
    WORKED_OUT_RE.test(s.slice(cut))
  )
    return 'example';
  // "A household that buys 50 litres of petrol a week will pay 55 cents a week more", "A guest
  // staying three nights … will pay €15.00 instead of €12.00", "Example: parking from 09:00 to 13:30
  // costs NOK 205": one member picked by a relative clause, a count in words, a labelled act or a
  // stay of several units, anywhere in a paragraph; its sums, up to a semicolon (v254).
  // "With the lower caps and the Additional Subsidy, a dual-income family with a household income
  // of S$6,000 … will pay about S$265 a month": a phrase fronted before the member, with no
  // number of its own, is no part of the opening; read the member's opening from after it (v257).
  const fronted = FRONTED_PHRASE_RE.exec(s.slice(cut))?.[0].length ?? 0;
  if (fronted > 0 && (m.own ?? m.start) >= cut + fronted) {
    const rest = s.slice(cut + fronted);
    const member = rest.charAt(0).toUpperCase() + rest.slice(1);
    if (
      (PICKED_MEMBER_OPENING_RE.test(member) ||
        MEASURED_MEMBER_OPENING_RE.test(member) ||
        opensOnPickedMember(member)) &&
      !s.slice(cut + fronted, m.own ?? m.start).includes(';')
    )
      return 'example';
  }
  if (
    (m.own ?? m.start) >= cut &&
    opensOnPickedMember(s.slice(cut)) &&
    !s.slice(cut, m.own ?? m.start).includes(';')
  )
    return 'example';
  if (cut === 0 || (m.own ?? m.start) < cut) return undefined;
  const shift = (n: number | undefined) => (n === undefined ? undefined : n - cut);
  return suppositionInLine(
    s.slice(cut),
    { ...m, start: m.start - cut, end: m.end - cut, own: shift(m.own), ownEnd: shift(m.ownEnd) },
    context,
  );
}

/**
 * Whether a heading line names a worked example, whose paragraph below (or wrapped under it) is
 * illustrative: "Worked example", "Example", "Example 2: a member retiring early",
 * "Illustration", "How the taper works: a worked example". A heading of examples of something
 * ("Examples of good practice") names real cases and is none.
 * @example exampleHeading('Example 2: a member retiring early') // true
 * @example exampleHeading('Examples of good practice in 2033') // false
 * @example exampleHeading('Fee example') // true
 */
export function exampleHeading(line: string): boolean {
  // "4. Worked example", "2.4 Example", "B. Illustration": a section's number or letter before
  // the heading's words is no part of what it names (v189).
  const trimmed = line.trim().replace(HEADING_NUMBER_RE, '');
  return (
    trimmed.length <= 80 &&
    !/[.;!?]$/.test(trimmed) &&
    (EXAMPLE_HEADING_RE.test(trimmed) ||
      SUBJECT_EXAMPLE_HEADING_RE.test(trimmed) ||
      PRICED_EXAMPLES_HEADING_RE.test(trimmed))
  );
}

/**
 * Whether a paragraph of one line is a numbered heading that names a worked example ("4. Worked
 * example", "B. Illustration"), which the reading of headings (a capital first, no list item)
 * passes over: the paragraph below it is illustrative (v189). `listed` says the paragraph is a
 * list item whose number the reading of paragraphs has taken off ("4. Worked example" read as
 * "Worked example").
 * @example numberedExampleHeading('4. Worked example', false) // true
 * @example numberedExampleHeading('Worked example', true) // true
 * @example numberedExampleHeading('4. Charges for 2035', false) // false
 */
export function numberedExampleHeading(paragraph: string, listed: boolean): boolean {
  const trimmed = paragraph.trim();
  return (
    !trimmed.includes('\n') &&
    (listed || HEADING_NUMBER_RE.test(trimmed)) &&
    exampleHeading(trimmed)
  );
}

/**
 * Whether a paragraph opens as a worked example, to its end: a heading line that names one wrapped
 * over its first sentence ("Worked example ⏎ A business has …"), or an opening that supposes a
 * member picked with "a", "an" or "one" ("Suppose a graduate earns R420,000 a year.", "Take, for
 * example, a household that uses 3,100 kWh", "Imagine a farm of 200 hectares").
 * @example opensExample('Suppose a graduate earns R420,000 a year.') // true
 */
export function opensExample(paragraph: string): boolean {
  const newline = paragraph.indexOf('\n');
  if (newline > 0 && exampleHeading(paragraph.slice(0, newline))) return true;
  // "What it means for a typical project ⏎ A 2,400-square-foot home pays …", "1.3 A farmer
  // abstracting 3,000 cubic metres a month now pays …": a heading line wrapped over the opening
  // and a paragraph's number are no part of it (v231).
  const opening = paragraph.replace(HEADING_LINES_RE, '').replace(PARAGRAPH_NUMBER_RE, '');
  // "4. Illustration. A taxpayer was assessed a deficiency of ₱800,000 …", "Worked example. A
  // household …": a heading run in at the paragraph's top, with its stop, names one as a heading
  // line does, in any tense (v257).
  const runIn = RUN_IN_HEADING_RE.exec(opening);
  if (runIn && !/^(?:for|as)\b/i.test(runIn[1]!) && exampleHeading(runIn[1]!)) return true;
  return (
    SUPPOSED_MEMBER_OPENING_RE.test(opening) ||
    PICKED_MEMBER_OPENING_RE.test(opening) ||
    MEASURED_MEMBER_OPENING_RE.test(opening) ||
    LABELLED_MEMBER_OPENING_RE.test(opening)
  );
}

/**
 * Whether a lead-in introduces the paragraph below it as an example: a sentence that ends with a
 * colon and names an example or an illustration ("The following example shows how the discount
 * is worked out:", "Here is an illustration:", "For example:"). "Examples of eligible costs
 * include:" lists real cases and is none.
 * @example introducesExample('The following example shows how the discount is worked out:') // true
 */
export function introducesExample(sentence: string): boolean {
  return EXAMPLE_LEAD_IN_RE.test(sentence.trim());
}

/** A phrase fronted before a sentence's subject, opened by a preposition or a conjunction of time
 *  or condition, with no number and no clause's end, up to its comma, when one member picked with
 *  "a", "an" or "one" follows ("With the lower caps, a family …", "Under the new tariff, a
 *  household …", "From July, one …": v257). */
const FRONTED_PHRASE_RE =
  /^\s*["“]?(?:With|Under|After|From|Following|Once|When|If|Through|Thanks\s+to)\s[^\d.;:,!?\n]{2,100},\s+(?=(?:an?|one)\s)/;
/** A heading run in at a paragraph's top: a few words with no clause's mark, a stop, then a
 *  sentence ("Illustration. A taxpayer …", "Worked example. On a loan of …"). Group 1 the
 *  heading. */
const RUN_IN_HEADING_RE = /^\s*([A-Z][^\n.,;:!?\d]{1,38}?)\.\s+["“]?[A-Z\d]/;
/** A section's number or letter before a heading's words: "4. ", "2.4 ", "B. ", "(c) ", "IV. ". */
const HEADING_NUMBER_RE =
  /^(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|[A-H]\.|[IVX]{1,4}\.|\(?[a-z]\))\s+(?=[A-Za-z])/;
/** Words that make a member's quantity a bound of a class rather than the example's own. "at"
 *  places the member ("A stallholder at a new centre with a rent of …": v247) unless a bound
 *  follows it ("at least", "at or above", "at over"). */
const MEMBER_BOUND =
  '(?:above|over|below|under|more|less|fewer|up|at(?=\\s+(?:least|most|or|above|over|below|under|more|less)\\b)|exceeding|beyond|between|from)';
/** The same words where a quantity follows, "at" apart: "valued at $640,000" and "at 7.5 litres
 *  per 100 km" give the member's own quantity or rate, while "at least" and "at or above" still
 *  bound a class (v214). */
const QUANTITY_BOUND =
  '(?:above|over|below|under|more|less|fewer|least|most|up|exceeding|beyond|between|from)';
/** Past participles of measure that pick a member by its quantity as "using" or "with" does
 *  (v214): "A van driven 30,000 km a year", "A home valued at $640,000", "A flat metered at 120
 *  cubic metres". "registered" and other participles of a date or status pick no quantity. */
const MEASURE_PARTICIPLE =
  '(?:driven|ridden|flown|sailed|travell?ed|valued|priced|assessed|rated|metered|insured|borrowed|financed|earned|consumed)';

/** A worked example's heading: the word alone or with its adjective or number, and what it is of
 *  after a colon or a dash; or any heading that ends by naming one. */
const EXAMPLE_HEADING_RE =
  /^(?:(?:an?|one)\s+)?(?:(?:worked|illustrative|numerical|hypothetical|simple)\s+)?(?:example|illustration)(?:\s+(?:calculation|case))?(?:\s*\d{1,2}|\s+[A-H])?(?:\s*[:.–—-]\s*[^\n]*)?$|\b(?:an?\s+)?(?:worked|illustrative)\s+examples?\)?$/i;
/** A heading that names one example after one or two words of what it shows, capitalised as a
 *  heading is and singular (v141: "Fee example", "Bill illustration", "Repayment example 2");
 *  "Examples of good practice" and "Our example" are none. */
const SUBJECT_EXAMPLE_HEADING_RE =
  /^(?!(?:The|Our|Their|Its|Good|Best|Real|Further|Other)\b)[A-Z][a-z'’-]*(?:\s+[a-z'’-]+)?\s+(?:example|illustration)(?:\s+\d{1,2})?$/;
/** A heading of examples of a charge, a price or a payment, plural, with at most one word before
 *  ("Fare examples", "Monthly bill examples", "Repayment examples": v257): sums worked out from a
 *  schedule, every line under it illustrative. Examples of anything else ("Regional examples",
 *  "Examples of good practice") may be real cases and are none. */
const PRICED_EXAMPLES_HEADING_RE =
  /^(?:[A-Z][a-z'’-]+\s+)?(?:[Ff]ares?|[Ff]ees?|[Bb]ills?|[Cc]harges?|[Pp]rices?|[Tt]ariffs?|[Tt]olls?|[Rr]ents?|[Rr]epayments?|[Pp]ayments?|[Ii]nterest|[Tt]ax|[Ll]evy|[Pp]remiums?|[Pp]ensions?|[Bb]enefits?|[Ss]alary|[Pp]ay|[Ww]age|[Cc]alculations?)\s+examples$/;
/** A paragraph's opening that supposes one member: "Suppose a ", "Imagine an ", "Take, for
 *  example, a ", "Consider one ", "Say that a ". */
const SUPPOSED_MEMBER_OPENING_RE =
  /^\s*["“]?(?:suppose|imagine|consider|take|say)\b(?:\s*,?\s*(?:for\s+(?:example|instance)|as\s+an\s+(?:example|illustration))\s*,)?\s+(?:that\s+)?(?:an?|one)\s+[a-z]/i;
/** What a member picked by its deposits or its cover is told it will be covered for (v285): "A
 *  depositor with a savings account of ₱700,000 … will now be fully covered for ₱950,000". */
const COVERED = String.raw`(?:fully\s+|only\s+|partly\s+)?(?:covered|insured|protected|reimbursed|compensated)`;
/** A ratio worked out for a member picked by its income and its loan (v285): "A couple earning
 *  NZ$150,000 a year who borrow NZ$960,000 has a DTI of 6.4". */
const WORKED_RATIO = String.raw`has\s+an?\s+(?:[\w-]+\s+){0,3}?(?:ratio|DTI|LVR|LTV|DSR|LTI|multiple)\s+of`;
/** A paragraph's opening on one member picked by an exact quantity, with a participle or "with"
 *  and no bound, then what it will, would or does pay, save or get (v158): "A household using 20
 *  kl a month will pay R684.50", "A pensioner with savings of £12,000 would receive £88.40 a
 *  week", "One couple earning $62,000 a year would get $410 back". The member may be described
 *  at length (v189): a proper or measured adjective ("A Lachlan irrigator with 300 ML", "A
 *  200-hectare dairy farm holding 160 shares"), a phrase before its "with" ("A household in an
 *  owner-occupied home with a value of €380,000"), a relative clause or a second quantity after
 *  its own ("who pays the standard monthly amount", "and 240 ML of usage"), and what it gets told
 *  in the present ("pays €432 in 2035, up from €423", "becomes"). A class a bound defines ("An
 *  employer with a pay bill above £3 million will pay the levy at 0.5%", "A household with an
 *  income over $50,000 pays the full rate") and a past event ("A firm employing 40 staff paid
 *  $2,000") are no example; what it would have paid is one too ("A typical household using 2,900
 *  kWh a year would have paid about £3,120", v270), as is a sum it "will therefore" pay. A past
 *  participle of measure picks one too, and its description may
 *  run on with a rate after "at" or a decimal (v214: "A petrol car travelling 12,000 km a year at
 *  7.5 litres per 100 km pays about $452", "A vehicle driven 11,500 miles a year … pays"). A span
 *  of time is no member's quantity: "An owner registering several vessels within 12 months
 *  receives a discount of 10%" states a rule for a class (v239). The member may be told what it
 *  will be covered for, what it gives or the ratio it has (v285: "will now be fully covered for
 *  ₱950,000", "gives the employer a deduction of SEK 5,500", "has a DTI of 6.4"). */
const PICKED_MEMBER_OPENING_RE = new RegExp(
  String.raw`^\s*["“]?(?:An?|One)\s+` +
    // The member's words before its participle or "with": no bound, no bare number.
    String.raw`(?:(?!${MEMBER_BOUND}\b)(?:\d[\d,.]*-)?[A-Za-z][\w’'-]*\s+){1,6}?` +
    String.raw`(?:[a-z]+ing|with|${MEASURE_PARTICIPLE})\s+` +
    String.raw`(?:(?!(?:${QUANTITY_BOUND}|to)\b)[^\s.;:]+\s+){0,6}?(?:[^\s\d]{0,4}\d[\d.,]*)(?!\s+(?:days?|weeks?|months?|years?)\b)` +
    // What describes it further, up to its verb: no stop or comma (a decimal's point or a
    // thousands comma apart, v214: "at 7.5 litres per 100 km"), no bound before a number.
    String.raw`(?:\s+(?!${QUANTITY_BOUND}\s+(?:than\s+|to\s+)?[^\s\d]{0,4}\d|or\s+(?:more|less|above|over|below|under|fewer)\b)(?:[^\s.;:,]|(?<=\d)[.,](?=\d))+){0,16}?` +
    String.raw`\s+(?:(?:will|would|could|can)\s+(?:(?:now|then|only|also|therefore|thus)\s+)?(?:pay|save|receive|get|be\s+charged|be\s+billed|see|owe|lose|gain|give|be\s+${COVERED})\b|(?:would|could)\s+have\s+(?:paid|saved|received|been\s+charged|been\s+billed|owed)\b|(?:(?:now|then|only|also|therefore|thus)\s+)?(?:pays|saves|receives|gets|owes|is\s+charged|is\s+billed|becomes|gives)\b(?!\s+for\b)|(?:is\s+${COVERED}|${WORKED_RATIO})\b)`,
);
/** What a member will or does pay, worked out: "will therefore pay", "thus receives" (v270). */
const WORKED_OUT_RE =
  /\b(?:(?:will|would|can|could)\s+(?:therefore|thus)\s+(?:pay|save|receive|get|be\s+charged|owe)|(?:therefore|thus)\s+(?:pays|saves|receives|gets|owes))\b/i;
/** What a supposed member will, would or does pay, get or come to: no past verb. */
const EXAMPLE_OUTCOME = String.raw`(?:(?:will|would|could|can|might|may)\s+(?:(?:now|then|only|also|still)\s+)?[a-z]+|(?:(?:now|then|only|also|still)\s+)?(?:pays|costs|saves|receives|gets|owes|becomes|comes|rises|falls|is\s+charged|is\s+billed|attracts))\b`;
/** A sentence on one member picked with "a", "an" or "one" that says it is an example, before
 *  the member or after its description, then what it will or does pay (v247): "A claim for
 *  HK$40,000 filed online, for example, will cost HK$96", "For instance, a household using 160
 *  cubic metres a year will pay £412". A named subject ("For example, the Northern port raised
 *  …"), a plural one ("Several councils, for example, will charge $40") and a past verb ("A late
 *  fee of $50, for example, was charged") keep their reading. "For illustration (only)" and "By
 *  way of example" say so as "For example" does, with a comma or a colon (v285: "For
 *  illustration only: a borrower with a loan of KSh 1,000,000 … would pay about KSh 5,000 less"). */
const EXAMPLE_MEMBER_SENTENCE_RE = new RegExp(
  String.raw`^\s*["“]?(?:(?:For\s+(?:example|instance)|As\s+an\s+(?:example|illustration)|For\s+(?:illustration|illustrative\s+purposes)(?:\s+only)?|By\s+way\s+of\s+(?:example|illustration))[,:]\s+(?:an?|one)\s+(?:[a-z]|[A-Z][a-z]+\s+\d{1,2}[A-Za-z]?\s+[a-z])(?:[^.;:!?]|(?<=\d)\.(?=\d)){0,200}?|(?:An?|One)\s+(?:[^.;:!?]|(?<=\d)\.(?=\d)){1,160}?,\s+(?:for\s+(?:example|instance)|as\s+an\s+(?:example|illustration)),\s+)${EXAMPLE_OUTCOME}`,
);
/** A sentence that opens on an option put forward, named by its letter or number: "Alternative
 *  B, an increase of 6% …", "Option 2: a flat fee of $40 …", "Option C (a two-step rise) …". */
const OPTION_OPENING_RE = /^\s*(?:Alternative|Option)\s+(?:[A-H]|\d{1,2}|[IVX]{1,4})\b\s*[,:(–—-]/;
/** A paragraph's opening on one member picked by a measured adjective, then what it pays or gets
 *  (v231): "A 2,400-square-foot home pays $1,488 in permit fees", "A 150-hectare dairy farm will
 *  pay €2,310", "A 40-metre trawler now pays £1,140". A term ("A 10-year bond pays 4.2%"), a
 *  named subject ("The 1,200-hectare estate pays") and a percent ("A 4.5% increase") are none. */
const MEASURED_MEMBER_OPENING_RE = new RegExp(
  String.raw`^\s*["“]?(?:An?|One)\s+(?:typical\s+|standard\s+|new\s+)?\d[\d,.]*-(?!(?:year|month|week|day|hour|minute|night|star|point|per)s?\b)[A-Za-z]+(?:-[A-Za-z]+)*\s+` +
    String.raw`(?:[A-Za-z][\w’'-]*\s+){1,4}?` +
    String.raw`(?:(?:will|would|could|can)\s+(?:(?:now|then|only|also)\s+)?(?:pay|save|receive|get|be\s+charged|be\s+billed|owe)\b|(?:(?:now|then|only|also)\s+)?(?:pays|saves|receives|gets|owes|is\s+charged|is\s+billed)\b(?!\s+for\b))`,
);
/** A paragraph labelled as an example on a member picked with "a", "an" or "one" (v189):
 *  "Example: an Airbus A320 with an MTOW of 78 tonnes … pays a landing charge of €505.44",
 *  "Example: a pension of €10,000 a year becomes €10,192", and so after "for", "on", "if",
 *  "where" or "when" (v214: "Example: for a fee of $20.00, urgent filing adds 16%", "Example: on
 *  a bill of £120.00, the surcharge adds £6.00"), and on its sum after a currency sign (v257:
 *  "Example: a ¥1,000,000 one-year time deposit … earns ¥6,000"). An example on a named subject
 *  ("Example: the Northern council raised its charge by 4.5%") keeps its reading. */
const LABELLED_MEMBER_OPENING_RE =
  /^\s*["“]?(?:(?:worked|illustrative|numerical|hypothetical)\s+)?(?:example|illustration)(?:\s*\d{1,2})?\s*[:–—]\s*(?:(?:for|on|if|where|when|suppose|take)\s+)?(?:an?|one)\s+(?:[a-z\d]|[^\s\w"“(]{1,3}\d)/i;
/** A lead-in, ending with a colon, that names an example or an illustration of what follows. */
const EXAMPLE_LEAD_IN_RE =
  /\b(?:(?:the\s+following|this|an?|one)\s+(?:(?:worked|illustrative|simple|numerical|short)\s+)?(?:example|illustration)|for\s+(?:example|instance)|to\s+illustrate)\b[^.;!?]*:$/i;

/** Heading lines at the top of a sentence: short lines with no sentence end in them, over a line
 *  that opens with a capital ("Sensitivity", "Risks to the forecast", "Box 2.3 Commodity prices"). */
const HEADING_LINES_RE =
  /^(?:[ \t]*(?:[^\n.;!?]|\.(?=\d)){1,60}?[^\s.,;:!?][ \t]*\n)+(?=[ \t]*["“]?[A-Z])/;

/** A paragraph's number or letter before its first capital: "4.2 ", "12. ", "3.4.1 ", "(b) ",
 *  "iv) ", "(3) ". One or two digits a part, so a year ("2034 Budget") is none. */
export const PARAGRAPH_NUMBER_RE =
  /^[ \t]*(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|\(?[a-z]{1,4}\)|\(?\d{1,2}\))[ \t]+(?=["“]?[A-Z])/;

/** A dotted abbreviation of capitals ("U.S.", "U.K.", "E.U.") or the Latin "e.g." and "i.e.": a
 *  run of single letters, each with its stop. */
const DOTTED_ABBREVIATION_RE = /\b(?:(?:[A-Z]\.){2,}|e\.g\.|i\.e\.)/g;

/**
 * The sentence with each stop inside a dotted abbreviation written as "_", so that no reading of
 * a clause (`[^.;:]`) ends there; the same length, so offsets hold. A stop that also ends the
 * sentence stays.
 * @example withoutAbbreviationStops('a rise in U.S. rates would') // 'a rise in U_S_ rates would'
 * @example withoutAbbreviationStops('exports to the U.K.') // 'exports to the U_K.'
 */
export function withoutAbbreviationStops(s: string): string {
  return s.replace(DOTTED_ABBREVIATION_RE, (abbr, at: number) => {
    const masked = abbr.replace(/\./g, '_');
    return /^\s*["”’)]?\s*$/.test(s.slice(at + abbr.length)) ? `${masked.slice(0, -1)}.` : masked;
  });
}

/** The supposition() reading of a sentence as it stands. */
function suppositionInLine(
  line: string,
  m: SuppositionMatch,
  context: SuppositionContext,
): SuppositionReading | undefined {
  // "a 10% depreciation of the colón against the U.S. dollar would increase the ratio …": the
  // stops of a dotted abbreviation end no clause, so the step and its effect stay one sentence.
  const s = withoutAbbreviationStops(line);
  const start = m.own ?? m.start;
  const before = s.slice(0, start);
  if (ILLUSTRATION_BEFORE_RE.test(before) || SUPPOSED_SUBJECT_BEFORE_RE.test(before))
    return 'example';
  // "the effect of a hypothetical 25 percent tariff", "a notional 5% increase in the levy", "Under
  // a stylised 30% haircut on sovereign bonds, capital ratios would fall by 3 points", "A purely
  // illustrative 1 percentage point rise in rates adds £10 billion": a step an adjective of
  // supposition marks is supposed, and so is what its clause says it does, after a "would" or
  // when the sentence opens on it. A notional sum is a real measure of contracts and stays.
  const supposed = MARKED_SUPPOSED_STEP_RE.exec(s);
  if (supposed !== null) {
    const at = supposed.index + supposed[0].length - 1;
    // "a notional $2 trillion of swaps": a currency before the number makes it a sum held.
    const notionalSum = /notional\s+[^\s\d]/i.test(supposed[0]);
    if (!notionalSum && start <= at && start >= supposed.index) return 'scenario';
    const between = s.slice(at, start);
    if (
      !notionalSum &&
      start > at &&
      !between.includes(';') &&
      (new RegExp(String.raw`\b${SUPPOSED_EFFECT}`).test(between) ||
        SUPPOSED_STEP_OPENING_RE.test(s.slice(0, supposed.index)))
    )
      return 'sensitivity';
  }
  // "Example: a monthly pension of €1,200 based on 29 earnings points would increase by about €45
  // a month", "By way of illustration, a member with a balance of R200,000 would earn R14,600": a
  // sentence that opens as an example, on a member picked with "a", and says what it "would" get
  // is a worked example, every number of it up to a semicolon.
  const opened = EXAMPLE_OPENING_WOULD_RE.exec(s);
  if (opened !== null && start >= opened[1]!.length && !s.slice(0, start).includes(';'))
    return 'example';
  // "For a home with a rateable value of $650,000, the bill will rise by $5 a week": the value
  // that picks out one example member is the example's, no figure; the bill it will pay stays.
  if (
    m.kind === 'amount' &&
    EXAMPLE_MEMBER_BEFORE_RE.test(before) &&
    EXAMPLE_BILL_AFTER_RE.test(s.slice(m.ownEnd ?? m.end))
  )
    return 'example';
  // "A person earning $65,000 a year will be about $14.40 a week better off": the income that
  // picks out one example taxpayer is the example's, no figure; what they gain stays (v277).
  if (m.kind === 'amount' && picksExampleEarner(before, s.slice(m.ownEnd ?? m.end)))
    return 'example';
  // "For a US$100 million loan with a 12-year maturity, interest would come to US$4.9 million": a
  // sum picked as an example and what it would cost or earn, a worked example, both numbers.
  // The example's clause only: a sum after a later semicolon keeps its reading.
  const exampleSum = EXAMPLE_SUM_WOULD_RE.exec(s);
  if (
    exampleSum !== null &&
    start >= exampleSum.index &&
    !s.slice(exampleSum.index + exampleSum[0].length, start).includes(';')
  )
    return 'example';
  // "the change would save a typical family about $90", "would lift the average bill by $3": what a
  // change would do to one typical member is a worked example, no sum measured or forecast.
  if (TYPICAL_MEMBER_WOULD_RE.test(before) || MEMBER_MODAL_RE.test(before)) return 'example';
  // "…, depending on the carbon price; at an average price of €75 per tonne the figure would rise
  // by about €5 billion": a price the clause opens by supposing, and what it would do, to the
  // clause's end.
  for (const at of s.matchAll(SUPPOSED_PRICE_AT_RE)) {
    const end = s.indexOf(';', at.index + at[0].length);
    if (start >= at.index && (end < 0 || start < end)) return 'sensitivity';
  }
  // "With the oil price at US$60 per barrel, revenues would fall by 1.2 trillion tenge": a level the
  // sentence opens by supposing, and what it would do, up to the end of its clause.
  const supposedLevel = SUPPOSED_LEVEL_RE.exec(s);
  if (supposedLevel !== null) {
    const end = s.indexOf(';', supposedLevel[0].length);
    if (end < 0 || start < end) return 'sensitivity';
  }
  // The whole sentence when it opens on a supposed change, the clause a supposed condition opens.
  if (SENSITIVITY_RE.test(s) || SUPPOSED_DOING_RE.test(s)) return 'sensitivity';
  // "Another failed harvest would take up to 1 percentage point off growth", "a severe
  // fragmentation of trade could, in the long run, cost the world up to 7 percent of GDP": what a
  // supposed event with no number of its own would do, from its modal to the clause's end.
  if (supposedEventEffect(s, start)) return 'sensitivity';
  // "Staff analysis suggests that halving the gap with peer economies would raise GDP by around 6
  // percent", "; for instance, closing half of the gap could raise output by 1½%": a step done,
  // written as a gerund that opens a clause inside the sentence, and what it would do, from the
  // gerund on; a number before it ("Output will grow 3%, while …") keeps its reading.
  const doing = SUPPOSED_DOING_INSIDE_RE.exec(s);
  if (doing !== null && start >= doing.index) return 'sensitivity';
  const supposedWere = SUPPOSED_WERE_RE.exec(s);
  if (supposedWere !== null && start < supposedWere[0].length) return 'sensitivity';
  // "Staff calculations show that, were copper prices to fall 18%, royalties would drop by $420
  // million", "warns that should gas prices rise 30 percent, bills would climb by £240": the same
  // inverted condition opening a clause inside the sentence, from its opening to its semicolon.
  const inside = SUPPOSED_WERE_INSIDE_RE.exec(s);
  if (inside !== null && start >= inside.index && start < inside.index + inside[0].length)
    return inside[0].startsWith('had') || inside[0].startsWith('Had')
      ? 'counterfactual'
      : 'sensitivity';
  // "For every 10 percent the kina loses against the dollar, the import bill climbs by K180
  // million", "Every 10 per cent that the rand depreciates adds 0.5 points to inflation": a step
  // per unit whose own clause says what moves by it, and what it does, to the clause's end.
  const perStep = PER_STEP_CLAUSE_RE.exec(s);
  if (perStep !== null && start >= perStep.index && start < perStep.index + perStep[0].length)
    return 'sensitivity';
  // "Debt interest rises by £3.1bn per 0.1 percentage point", "receipts move by $450 million for
  // every 1 percent change in prices": an effect stated per step of another measure, a rule of
  // thumb, the effect and the step alike.
  for (const per of s.matchAll(EFFECT_PER_STEP_RE))
    if ((m.ownEnd ?? m.end) > per.index && start < per.index + per[0].length) return 'sensitivity';
  // "we would return £412,000 to customers for each megalitre a day by which we miss the annual
  // target": the rate of an incentive per unit of a gap from its target, a rule (v158).
  // "reduced by 0.5 per cent for each kilometre … not delivered": a change's stated words open on
  // its verb, so the percent is read by its overlap with the rule (v202).
  for (const per of s.matchAll(SUM_PER_UNIT_OF_GAP_RE))
    if ((m.ownEnd ?? m.end) > per.index && start < per.index + per[0].length) return 'sensitivity';
  // "For every cubic metre saved, a household saves S$3.64 on its bill": the effect per unit of a
  // gap or a saving, from the opening to the clause's end (v158).
  const openingGap = OPENING_UNIT_OF_GAP_RE.exec(s);
  if (openingGap !== null && start < openingGap.index + openingGap[0].length) return 'sensitivity';
  // "For each month that the pier is delayed beyond its trigger date, the cap is reduced by €0.03
  // per passenger": a rule per unit of time a limit is overrun, to the clause's end (v232).
  const openingOverrun = OPENING_UNIT_OF_OVERRUN_RE.exec(s);
  if (openingOverrun !== null && start < openingOverrun[0].length) return 'sensitivity';
  // "Each foot of draft lost reduces annual revenue by about US$48 million": a rule of thumb per
  // unit of anything, the step and its effect alike, to the clause's end.
  const eachUnit = EACH_UNIT_EFFECT_RE.exec(s);
  if (eachUnit !== null && start >= eachUnit.index && start < eachUnit.index + eachUnit[0].length)
    return 'sensitivity';
  // A supposed step in a price, written as a sum of money, and what it does: the clause from it on.
  const moneyStep = MONEY_STEP_RE.exec(s);
  if (moneyStep !== null && start >= moneyStep.index) return 'sensitivity';
  // What follows a supposed change, member or condition written inside the sentence, so "Revenue
  // was $9 billion; each $1 change in the price moves it by $70 million" keeps its $9 billion.
  // The first supposed change in the sentence governs what follows it: "a fall in freight rates
  // of 10% would lift margins …, and that every one-cent depreciation adds …" supposes both.
  const change =
    [SUPPOSED_CHANGE_RE, SUPPOSED_STEP_RE, EACH_STEP_RE, STEP_SIZED_AFTER_RE, PRESENT_STEP_RE]
      .map((re) => re.exec(s))
      .concat([supposedCharge(s)])
      .filter((x): x is RegExpExecArray => x !== null)
      .sort((a, b) => a.index - b.index)[0] ?? null;
  if (change !== null) return start >= change.index ? 'sensitivity' : scenario(s, start, context);
  const member = SUPPOSED_CASE_RE.exec(s);
  if (member !== null) return start >= member.index ? 'example' : scenario(s, start, context);
  const against = SUPPOSED_IF_RE.exec(s);
  if (against !== null && start >= against.index) return 'counterfactual';
  // "if the partner raised tariffs by 10 points, growth would be 0.3 point lower": a step supposed
  // in the past tense, from the "if" on.
  const pastIf = SUPPOSED_IF_PAST_RE.exec(s);
  if (pastIf !== null && start >= pastIf.index) return 'sensitivity';
  // "Without the grant, the fund would have shrunk by 3%", "Holding prices fixed, the ratio would
  // fall to 9%", "if the plan is approved, cover would rise to 98%": what a condition put against
  // the facts would do, after its "would".
  // A result dated to a year ("revenue would rise by $4 billion in 2032") is the plan's forecast.
  const result =
    COUNTERFACTUAL_OPENING_RE.exec(s) ?? (DATED_RE.test(s) ? null : IF_WOULD_RE.exec(s));
  // A clause after a semicolon states its own level ("would have grown by 7.5%; it rose 5.1%"),
  // and so does a sentence after a full stop the line runs on into ("… more than double this
  // year's. The Government will spend about S$1.1 billion in FY2033"; v269).
  if (
    result !== null &&
    start >= result.index + result[0].length &&
    !/;|[.!?]["”’]?\s+["“]?[A-Z]/.test(s.slice(result.index + result[0].length, start))
  )
    return 'counterfactual';
  // "firms could still pay if their rate rose 2 points": the change a test supposes, after "if".
  const supposedIf = WOULD_IF_RE.exec(s);
  if (supposedIf !== null && start >= supposedIf.index + supposedIf[0].length)
    return 'counterfactual';
  // "agriculture could double its exports to US$12 billion by 2035 if farmers adopted certified
  // seed", "Tax revenue could reach 15% of GDP if exemptions were removed": a result stated before
  // an "if" whose verb is past (a supposition, not "if the harvest recovers"), between the two.
  const resultFirst = RESULT_BEFORE_PAST_IF_RE.exec(s);
  if (
    resultFirst !== null &&
    start > resultFirst.index &&
    start < resultFirst.index + resultFirst[1]!.length &&
    !REPORTED_BEFORE_RE.test(s.slice(0, resultFirst.index))
  )
    return 'counterfactual';
  return scenario(s, start, context);
}

/**
 * A number a supposed scenario governs: after the scenario, in its sentence and clause, it is the
 * scenario's path or its result ("The adverse scenario assumes output falls 6% and banks' ratio
 * would drop to 9%"); before it, in a clause that says what would happen under it, a result too
 * ("the ratio would drop to 9% under severe stress"). A stress test or exercise governs only what
 * "would" happen in it ("In the stress test, losses would reach $8 billion"): the levels banks
 * entered it with are actual. So does a sentence that points back to a scenario named in the
 * sentence before ("It includes a fall in house prices of 30%", "Under it, …").
 */
function scenario(
  s: string,
  start: number,
  context: SuppositionContext,
): SuppositionReading | undefined {
  // The clause of the number: from the last semicolon before it to the next one.
  const from = s.lastIndexOf(';', start) + 1;
  const to = s.indexOf(';', start) < 0 ? s.length : s.indexOf(';', start);
  const clauseBefore = s.slice(from, start);
  // The scenario's words may run past the number ("A harsh scenario, with exports 7% below
  // baseline, would …"): they name it where they start.
  const named = (re: RegExp) => {
    const at = re.exec(s.slice(from, to));
    return at !== null && from + at.index < start;
  };
  if (named(SUPPOSED_SCENARIO_RE) || named(SCENARIO_NAMED_RE)) return 'scenario';
  if (TEST_OPENING_RE.test(s.slice(0, start)) && WOULD_RE.test(clauseBefore)) return 'scenario';
  if (
    context.scenarioBefore &&
    (POINTED_SCENARIO_RE.test(s.slice(0, start)) || continuesScenario(s))
  )
    return 'scenario';
  const would = clauseBefore.search(WOULD_RE);
  return would >= 0 && SCENARIO_NAMED_RE.test(s.slice(start, to)) ? 'scenario' : undefined;
}

/**
 * Whether a sentence, after one that named a scenario, keeps describing it: its paths in the
 * present ("Unemployment climbs to 11% and rates rise by 2 points.") or what "would" follow, with
 * no past verb, no year, no baseline or forecast and no one reported. A reader of the sentence's
 * own quote sees the supposition only so far: a dated or past sentence states what happened.
 * @example continuesScenario('House prices fall 30% and rents drop 10%.') // true
 */
export function continuesScenario(sentence: string): boolean {
  if (OWN_FACT_RE.test(sentence)) return false;
  return (
    WOULD_RE.test(sentence) ||
    (PRESENT_PATH_RE.test(sentence) && !/\b(?:19|20)\d\d\b/.test(sentence))
  );
}

/** A sentence that states facts or forecasts of its own, not a scenario's paths: a past verb, the
 *  baseline or central case, a forecast word, reported speech. */
const OWN_FACT_RE =
  /\b(?:was|were|had|has|have|did|rose|fell|grew|increased|decreased|declined|contracted|climbed|dropped|reached|totall?ed|stood|came|ended|last|ago|baseline|central|forecasts?|projected|projections?|expect(?:s|ed)?|will|said|says|announced|told)\b/i;
/** A scenario's path told in the present: "output contracts", "house prices fall", "rates rise". */
const PRESENT_PATH_RE =
  /\b(?:falls?|rises?|contracts?|climbs?|drops?|declines?|shrinks?|grows?|increases?|decreases?|jumps?|widens?|narrows?|peaks?|reaches|ends|hits|tumbles?|slumps?|doubles?|halves?)\b/i;

/**
 * Whether a sentence names a scenario or a stress test, which the next sentence may point back to
 * ("The scenario for the test is set out below. It includes …"). A baseline or central scenario
 * is the forecast itself.
 * @example namesScenario('The stress test covers the seven largest banks.') // true
 */
export function namesScenario(sentence: string): boolean {
  return SCENARIO_NOUN_RE.test(sentence);
}

/** Before a number, a reading supposed to show how a measure reads, and what it "would" tell:
 *  "a score of 120 would mean that prices are 20% above", "an index value of 95 would indicate
 *  that output is ". */
const ILLUSTRATION_BEFORE_RE =
  /\b(?:an?|any)\s+(?:[\w-]+\s+){0,2}?(?:values?|readings?|scores?|levels?)\s+of\s+\d[\d.,]*\s+would\s+(?:indicate|mean|imply|show|signal|suggest)\b[^.;:]*$/i;

/** A sentence that opens as an example ("Example:", "Worked example:", "For example,", "By way of
 *  illustration,", "To illustrate,") on a member picked with "a" or "an", and a "would" of what
 *  it gets: "Example: a monthly pension of €1,200 … would increase by". Group 1 runs to the "a".
 *  An example told as fact ("For example, the fund paid out") or naming its subject ("To
 *  illustrate the scale, the reserve would need") is none. */
const EXAMPLE_OPENING_WOULD_RE =
  /^(\s*["“]?(?:(?:(?:worked|illustrative)\s+)?example|illustration)\s*\d*\s*[:.–—]\s*|\s*["“]?(?:for\s+(?:example|instance)|by\s+way\s+of\s+(?:example|illustration)|to\s+illustrate|as\s+an\s+(?:example|illustration))\s*,\s*)an?\s+(?:[^.;:]|\.\d)*?\bwould\b/i;

/** Before a number in its clause, a subject the text supposes, no real one: "a hypothetical
 *  rival with a share of ", "an imaginary household on ". What it holds is the test's assumption
 *  (a notional amount or value of contracts is a real measure). */
const SUPPOSED_SUBJECT_BEFORE_RE =
  /\b(?:an?|the|each|any)\s+(?:hypothetical|imaginary|fictitious|fictional|notional)\s+(?!(?:amounts?|values?|principal|sums?)\b)[a-z][\w-]*\b[^.;:]*$/i;

/** An adjective of supposition right before a number, with its article: "a hypothetical 25",
 *  "a notional 5", "a stylised 30", "A purely illustrative 1", "an illustrative £". */
const MARKED_SUPPOSED_STEP_RE =
  /\b(?:an?|the|each|any|this|that)\s+(?:(?:purely|merely|simply)\s+)?(?:hypothetical|imaginary|fictitious|fictional|notional|illustrative|stylised|stylized|theoretical|simulated)\s+(?:[^\s\d]{1,4}\s?)?\d/i;
/** Before a supposed step, a sentence's opening: nothing, a short lead-in and its comma, or a
 *  preposition ("Under ", "With ", "For "). */
const SUPPOSED_STEP_OPENING_RE =
  /^\s*["“]?(?:[A-Z][\w\s'’-]{0,40}?,\s+)?(?:(?:under|with|for|in|after)\s+)?$/i;
/** Where a supposed step may open a clause inside its sentence: after "that", a comma, a colon or a
 *  semicolon, or after a word that joins two clauses ("while", "whereas", "but", "although",
 *  "though", "yet", "and"): "Output will grow 3%, while a 10 percent rise in oil prices would
 *  widen the deficit", "Reserves are ample and a 20% depreciation would raise debt". A lookbehind. */
const CLAUSE_OPENING = String.raw`(?<=(?:\bthat|[,:;]|\b(?:while|whereas|but|although|though|yet|and))\s)`;

/** The noun of a supposed step: "rise", "fall", also the "shortfall" in growth, the "slowdown" of
 *  a partner, the "depreciation", "weakening" or "strengthening" of a currency an official
 *  sensitivity supposes (v127: "A 100-rupiah weakening of the rupiah against the dollar adds …"). */
const STEP_NOUN = String.raw`(?:swing|rise|fall|increase|decrease|decline|slump|jump|change|drop|cut|movement|shift|move|shortfall|slowdown|depreciation|appreciation|devaluation|hike|reduction|contraction|shock|revision|adjustment|weakening|strengthening)`;

/** The unit of a supposed step's size, written out or as rating agencies, central banks and debt
 *  analyses abbreviate it: "%", "per cent", "percentage points", "basis points", "100bp", "25 bps",
 *  "2pp", "1 ppt", "0.5 p.p.". */
const STEP_SIZE_UNIT = String.raw`(?:%|per\s?cent|percent|percentage[\s-]points?|basis[\s-]points?|(?:bps?|pps?|ppts?|p\.\s?p\.)(?!\w))`;

/** Between a supposed step's size and its noun, what kind of step it is: up to two words naming its
 *  measure or manner ("a 30 percent real depreciation", "a 5% adverse exchange-rate movement", "a 2
 *  pp permanent growth shock"), after an "of GDP" that scales it ("a 10 percent of GDP increase"). A
 *  modal, an auxiliary, a conjunction or a preposition ends the phrase: "a 10% share would rise" is
 *  no step. */
const STEP_MODIFIERS = String.raw`(?:of\s+GDP\s+)?(?:(?!(?:would|could|might|will|is|are|was|were|has|have|had|and|or|but|which|that|in|of|to|on|for|by|with)\b)[A-Za-z][\w-]*\s+){0,2}?`;

/** What a supposed step does: "would …", or "could" and "might" with a verb of effect ("could
 *  reduce exports", "might be 2% higher"); "could take effect" stays a plan. */
const SUPPOSED_EFFECT = String.raw`(?:would|(?:could|might)\s+(?:\w+\s+)?(?:reduce|raise|lower|cut|add|lift|widen|narrow|increase|decrease|push|subtract|shave|boost|knock|wipe|cost|trim|lose|be))\b`;

/** The size of a supposed step after its noun: "10%", "1 percentage point", "two per cent". */
const STEP_SIZE = String.raw`(?:\d[\d.,]*\s?|(?:one|two|three|four|five|ten|half\s+a)[\s-]+)${STEP_SIZE_UNIT}`;

/** A supposed step written as the size of a comparative before the thing it moves: "10% stronger
 *  baht", "20 per cent higher feed prices", "1 percentage point lower interest rate" (the noun
 *  after the comparative, up to four words). With a "would" after it, it tells how one measure
 *  answers another, as "a 10% rise in the baht" does. */
const COMPARATIVE_STEP = String.raw`(?:\d[\d.,]*\s?|(?:one|two|three|four|five|ten)[\s-]+)(?:%|per\s?cent|percent|percentage[\s-]points?|basis[\s-]points?)[\s-]+(?:stronger|weaker|higher|lower|cheaper|dearer|costlier)\s+(?:[\w'’-]+\s+){1,4}?(?=${SUPPOSED_EFFECT})`;

/** A supposed step written as a comparative after the measure it moves, the measure named with "a"
 *  first: "a WACC 1 percentage point higher would raise", "a policy rate 50 basis points higher
 *  would lower", "an oil price 10% lower than assumed in the budget would cut", "a cost of capital
 *  half a percentage point lower would reduce". The measure is one to four words with no number;
 *  after the comparative only its "than"/"against" complement (no number, comma or "and") may
 *  stand before the "would": "a deficit 0.5 points lower than last year, which would …" is an
 *  assumption the plan states, and keeps its reading. */
const POSTPOSED_COMPARATIVE_STEP = String.raw`(?:[A-Za-z][\w'’-]*\s+){1,4}?(?:${STEP_SIZE})[\s-]+(?:stronger|weaker|higher|lower|cheaper|dearer|costlier)\s+(?:(?:than|against|relative\s+to|compared\s+with)\s+(?:(?!and\b|but\b|which\b)[^\s\d.,;:]+\s+){1,6}?)?(?=${SUPPOSED_EFFECT})`;

/** A sentence that opens on a supposed change and what it "would" do, after a lead-in that offers
 *  it as an example or not ("For example, a 2% fall in yields would"): "A 5% swing in feed prices
 *  either way would shift margins by about €9,000", "A 1 percentage point rise in rates would add
 *  $2 billion", also with the size in words ("A two per cent drop in demand would") or after a
 *  short opening phrase and its comma ("By way of example, a 2% fall in fares would"), and with
 *  the noun before the size and what it moves ("A depreciation of 10% in the rand would add",
 *  "An increase of 5% in feed prices would cut"; not "A rise of 0.4% would be the smallest"). It
 *  tells how one measure answers another, a sensitivity; neither number is a figure. */
const SENSITIVITY_RE = new RegExp(
  String.raw`^\s*["“]?(?:[A-Z][\w\s'’-]{0,40}?,\s+[Aa]|A)n?\s+(?:[\w-]+\s+)?(?:(?:\d[\d.,]*\s?|(?:one|two|three|four|five|ten|half\s+a)[\s-]+)${STEP_SIZE_UNIT}\s+${STEP_MODIFIERS}${STEP_NOUN}\b|${STEP_NOUN}\s+of\s+${STEP_SIZE}\s+(?:in|of)\s|${COMPARATIVE_STEP}|${POSTPOSED_COMPARATIVE_STEP})[^.;:]*?\b${SUPPOSED_EFFECT}`,
);

/** A sentence that opens on a condition supposed with the subjunctive, up to what it "would" do
 *  (or, after "were to", "could" or "might" do: "If trade tensions were to escalate, growth could
 *  be 0.9 points lower"):
 *  "Were fuel prices to climb 10%, freight costs would rise by $30 million", "If demand were to
 *  fall 5%, …", "Should rates rise 1 point, …". The clause up to its semicolon is a sensitivity;
 *  "If growth holds at 3%, receipts will reach $2 billion" (no supposition) keeps its reading. */
/** A sentence that opens by supposing a level, "With" a subject "at" a number, then says what
 *  "would" follow: "With the oil price at US$60 per barrel in the stress scenario, revenues would",
 *  "With copper at US$7,000 a tonne, three mines would close". A level stated as the setting of a
 *  fact ("With inflation at 3.1%, the bank held its rate") has no "would" and keeps its reading,
 *  and so does a setting with no number ("With output at record highs, exports would …"). */
const SUPPOSED_LEVEL_RE =
  /^\s*["“]?With\s+(?:[\w'’-]+\s+){1,5}?(?:at|of|near|around)\s+[^,;:\d]{0,12}\d(?:[^,;:]|,\d)*?,(?:[^.;:]|\.\d)*?\bwould\b/i;

const SUPPOSED_WERE_RE =
  /^\s*["“]?(?:(?:Were\s|If\s+[^.;:]*?\bwere\s+to\s)[^.;:]*?\b(?:would|could|might)|Should\s[^.;:]*?\bwould)\b[^;]*/;

/** An inverted condition that opens a clause after "that", a comma, a colon or a semicolon, then a
 *  comma and a result that "would", "could" or "might" follow: "finds that, were the currency to
 *  depreciate 15%, inflation would", "warns that should gas prices rise 30 percent, bills would",
 *  "notes that if vaccination rates were to slip by 5 points, admissions could", "estimates that,
 *  had fares been frozen, ridership would have". The subject between the inverted verb and its
 *  infinitive is a noun phrase: "costs that were passed on to consumers" (a participle) and "and
 *  should rise a further 2%" (a forecast's modal, no subject) are no supposition, and a result
 *  "which would" follow is said of the fact before it. */
const SUPPOSED_WERE_INSIDE_RE =
  /(?<=(?:\bthat|[,:;])\s)["“]?(?:were\s+(?:(?![\w'’-]+ed\b)[\w'’-]+\s+){1,6}?to\s|should\s+(?!(?:be|not|also|still|further|rise|fall|increase|decrease|decline|grow|reach|remain|stay|ease|continue|help|see|come|go|improve|return|slow|pick|edge|drop|climb)\b)(?:[\w'’-]+\s+){1,6}?|had\s+(?:(?![\w'’-]+ed\b)[\w'’-]+\s+){1,6}?been\s|if\s+[^.;:,]*?\bwere\s+to\s)[^.;:]*?,\s+(?!(?:which|that)\b)[^.;:]*?\b(?:would|could|might)\b[^;]*/i;

/** A scenario supposed, not forecast: "in a scenario where enrolment falls 8% short", "modelled an
 *  adverse case in which rents drop 12%". Only "a" or "an" supposes one: "under its central
 *  scenario" and "in the baseline scenario, where" are the forecast itself. */
const SUPPOSED_SCENARIO_RE =
  /\b(?:an?|one)\s+(?:[\w-]+\s+){0,2}?(?:scenario|downside|upside|case|simulation)\s+(?:where|in\s+which)\b/i;

/** A scenario the text names as supposed, by its adjective or its noun: "the severely adverse
 *  scenario", "a joint shock scenario", a central bank's "alternative “Risk” scenario" and "risk
 *  scenario" (a scenario beside the baseline, its name quoted or not), "under the mild and severe stress
 *  scenarios", "under severe stress", "these hypothetical shocks", a scenario with "would" after it
 *  ("a scenario as harsh would have cut"), a shock a clause puts itself "under" or "in", picked with
 *  "a", and what "would" happen there ("Under a combined macro-fiscal shock, financing needs would
 *  peak at", "In a prolonged demand shock, net debt would rise to"; "After a price shock, the
 *  deficit widened" tells one that happened). Not "the baseline scenario" nor
 *  "its central scenario", the forecast itself, nor a stress test alone (see TEST_OPENING_RE). A
 *  decimal point between the scenario and its "would" is no sentence end ("Under a scenario of
 *  higher fertility of 1.80, it would fall to 9.52%": v158). */
const SCENARIO_NAMED_RE =
  /\b(?:(?:adverse|severe(?:ly\s+adverse)?|stress(?:ed)?|hypothetical|downside|tail[\s-]risk|shock|extreme|pessimistic)\s+(?:[\w-]+\s+){0,2}?(?:scenarios?|shocks?|simulations?|paths?)|(?:alternative|risk)\s+(?:["“”'‘’]?[\w-]+["“”'‘’]?\s+)?scenarios?\b|under\s+(?:severe|extreme|adverse)\s+stress|an?\s+(?:[\w-]+\s+){0,3}?scenarios?\b(?:[^.;:]|\.(?=\d))*?\bwould|\b(?:under|in)\s+an?\s+(?:[\w-]+\s+){0,3}?shocks?\b(?:[^.;:]|\.(?=\d))*?\bwould|(?:scenarios?|shocks?)\s+(?:that\s+)?(?:assum(?:es|ed|ing)|envisag(?:es|ed|ing)|feature[sd]?|combin(?:es|ed))\b)/i;

/**
 * Whether a table's or a list's title names a supposed scenario, so that its cells are what the
 * scenario would give, no outturn nor forecast: "Contributions to the change in the CET1 ratio,
 * stress scenario (percentage points)", "Projected losses under the severely adverse scenario",
 * "Impact of the hypothetical shock on fund liquidity (%)". A title naming the baseline or a
 * stress test alone ("Capital ratios of the banks entering the stress test (%)") is none.
 * @example supposedTitle('Change in solvency ratio, adverse scenario (percentage points)') // true
 */
export function supposedTitle(title: string): boolean {
  return SCENARIO_NAMED_RE.test(title);
}

/** A sentence that opens in a stress test, then says what "would" happen there: "In the 2030 stress
 *  test, losses would …", "Under the exercise, …". */
const TEST_OPENING_RE =
  /^\s*(?:In|Under)\s+(?:the|this|that|its|our|a)\s+(?:[\w-]+\s+){0,3}?(?:stress[\s-]tests?|exercises?)\b/i;
const WOULD_RE = /\bwould\b/i;

/** A scenario or a stress test named (not the baseline nor a central one): "The scenario for the
 *  exercise", "the 2030 stress test". */
const SCENARIO_NOUN_RE =
  /\b(?<!(?:baseline|central|main|reference|base)\s)scenarios?\b|\bstress[\s-]tests?\b/i;

/** Before a number, a sentence that points back to the scenario named before it: "It includes",
 *  "The scenario assumes", "Under it,", "In this scenario,". */
const POINTED_SCENARIO_RE =
  /^\s*(?:(?:It|The\s+scenario|This\s+scenario)\s+(?:also\s+)?(?:includes|assumes|features|envisages|combines|involves|posits|sees)\b|(?:Under|In)\s+(?:it|this(?:\s+scenario)?|that\s+scenario|the\s+scenario)\s*,)/;

/** A sentence that opens on a condition against the facts, up to what it "would" do: "Without the
 *  new money, the budget would have shrunk", "Holding balance sheets fixed, the ratio would". Not
 *  "Without fuel, prices rose 2%" (no "would"), nor a level worked out again without a part
 *  ("Without tourism, growth would be 2.6%": the present conditional, as "excluding" reads). An
 *  inverted "Had" opens one too: "Had every seat been sold, takings would have been", and so does
 *  "Without", "Absent" or "But for" before a perfect conditional of any verb, which says what a
 *  period already over would have measured ("Absent the one-offs, the deficit would have posted",
 *  "But for the rate cuts, unemployment would have reached"; not "would have to", an obligation),
 *  and so does the rule a measure replaced, named after "Under" ("Under ordinary indexation the
 *  threshold would have been SEK 636 400", "Under the old limit … they would have paid": v276;
 *  "Under the proposals an employee … would have paid" names the measure itself). */
const COUNTERFACTUAL_OPENING_RE =
  /^\s*["“]?(?:Had\s[^.;:]*?,[^.;:]*?\bwould\s+have\b|(?:Without|Absent|But\s+for|Under\s+(?:the\s+)?(?:ordinary|normal|usual|standard|automatic|previous|old|former|existing|unchanged)\s)\s*[^.;:]*?\bwould\s+(?:[a-z]+ly\s+)?have\s+(?!to\b)(?=[a-z]+\b)|Without\s[^.;:]*?\bwould\s+(?:have\s+)?(?=(?:shrunk|shrink|fallen|fall|risen|rise|grown|grow|declined|decline|dropped|drop|increased|increase|decreased|decrease|climbed|climb|contracted|contract)\b)|(?:Holding|Keeping)\s+[^.;:,]*?\b(?:fixed|constant|unchanged|static)\s*,[^.;:]*?\bwould\b)/;
/** A year or "next year" the result is dated to. */
const DATED_RE = /\b(?:19|20)\d\d\b|\bnext\s+year\b/i;

/** A plain "if" whose result says what "would" move: "if the plan is adopted, the part of
 *  savers covered would rise to". A forecast's "will" ("if it is approved, spending will rise")
 *  keeps its reading, and so does a level worked out again ("if fees were excluded, revenue would
 *  be …"). */
const IF_WOULD_RE =
  /(?:^|[.;:]\s+|,\s+|\b(?:but|and)\s+)["“]?if\s+[^.;:,]*?,\s+[^.;:]*?\bwould\s+(?:(?:then|also|still|only|now)\s+)?(?:rise|fall|increase|decrease|climb|drop|reach|add|cost|cut|push|reduce|raise|lift|grow|shrink|decline|jump|double|halve)\b/i;

/** A result "would" or "could" hold if a change the text supposes happened: "whether firms could
 *  still repay if their loan rate rose". The "if" clause, from its verb, is the supposed change. */
const WOULD_IF_RE =
  /\b(?:would|could)\b[^.;:]*?\bif\s+(?:[\w'’-]+\s+){1,5}?(?=(?:rose|fell|increased|decreased|climbed|dropped|went\s+up|were\s+to\s+\w+)\b)/i;

/** A supposed change per unit and what it does, anywhere in a sentence: "each $1 change in the
 *  price moves receipts by $40 million", "every one-cent fall in the dollar would add" (only a
 *  verb of effect: "every increase in the fee was approved by the board" is a run of decisions
 *  that happened, no supposition), a step in
 *  percent or points and its effect ("every extra 1% of wage growth adds £2bn", "each 1% gap in
 *  toll revenue would cost"), or after "that", a comma or a semicolon "a 10 percent drop in prices
 *  would cut" ("Mining is 25% of GDP; a 10% fall in coal prices would reduce revenue by 1.2% of GDP"),
 *  "a 100-basis-point rise in yields would raise", "an increase of 1% in pay costs". Not "each year
 *  output rose by 2%" (no change "in"), nor "a 3% rise in sales" with no "would". */
const SUPPOSED_CHANGE_RE =
  /\b(?:(?:each|every)\s+(?:[^\s.;:]+\s+){0,3}?(?:swing|rise|fall|increase|decrease|change|drop|cut|movement|shift|move)\s+in\b[^.;:]*?\b(?:would|could|might|(?:alters|moves|changes|shifts|lowers|raises|reduces|adds|cuts|lifts|increases|decreases|shaves|boosts|trims|swings|costs|takes)\b[^.;:]*?\bby)\b|(?:each|every)\s+(?:(?:further|additional|extra)\s+)?(?:\d[\d.,]*\s?|one\s+)(?:%|per\s?cent|percent|percentage[\s-]points?|basis[\s-]points?)[^.;:]*?\b(?:would|raises?|adds?|takes?|costs?|cuts?|lowers?|reduces?|lifts?)\b|(?<=(?:\bthat|[,:;]|\b(?:while|whereas|but|although|though|yet|and))\s)an?\s+(?:[\w-]+\s+)?\d[\d.,]*[\s-]?(?:%|per\s?cent|percent|percentage[\s-]points?|basis[\s-]points?)\s+(?:swing|rise|fall|increase|decrease|decline|slump|jump|change|drop|cut|movement|shift|move)\b[^.;:]*?\bwould\b|(?<=(?:\bthat|[,:;]|\b(?:while|whereas|but|although|though|yet|and))\s)an?\s+(?:[\w-]+\s+)?(?:swing|rise|fall|increase|decrease|decline|change|drop|cut)\s+of\s+\d[\d.,]*\s?(?:%|per\s?cent|percent|percentage[\s-]points?|basis[\s-]points?)\s+in\b[^.;:]*?\b(?:would|costs)\b)/i;

/** A supposed step in percent or points, named after "that", a comma, a colon or a semicolon, and what it
 *  would or could do ("estimates that a further 10% rise in tariffs could reduce exports", "a 10
 *  percent depreciation of the currency would raise debt"), or in the present after a finding
 *  ("the report estimates that a 1 percentage point slowdown in partner growth lowers growth by").
 *  Not "the data show that a 2% rise in rents lifted costs" (past: a change that happened). */
const SUPPOSED_STEP_RE = new RegExp(
  String.raw`${CLAUSE_OPENING}an?\s+(?:${POSTPOSED_COMPARATIVE_STEP}|(?:[\w-]+\s+)?(?:${COMPARATIVE_STEP}|(?:\d[\d.,]*[\s-]?|(?:one|two|three|five|ten)[\s-]+)${STEP_SIZE_UNIT}\s+${STEP_MODIFIERS}${STEP_NOUN}(?:\s+(?:in|of|to)\b[^.;:]*?\b|\s+))(?:${SUPPOSED_EFFECT}|(?<=\b(?:estimates?|estimated|suggests?|suggested|shows?|finds?|calculates?|simulations?|models?)\s+that\s+[^.;:]*)(?:lowers|raises|reduces|adds|cuts|lifts|widens|narrows|increases|decreases|subtracts|shaves|boosts|trims|pushes)\b))`,
  'i',
);

/** A verb of effect in the present, third person: what a step does as a rule ("adds", "pushes up",
 *  "takes … off"); "takes effect", "takes place" and "takes over" say when or what, no effect. */
const PRESENT_EFFECT = String.raw`(?:adds|raises|lowers|reduces|cuts|lifts|widens|narrows|increases|decreases|subtracts|shaves|boosts|trims|pushes|moves|shifts|alters|changes|knocks|wipes|costs|saves|depresses|dampens|worsens|improves|takes(?!\s+(?:effect|place|hold|office|over)\b))\b`;
/** A verb of what a step yields or is worth, in the present of a rule of thumb (v197): "Each 1 per
 *  cent added to the SUCs brings in about £1.4 million a year", "each percentage point on the cost
 *  of capital is worth about R310 million", "A 1 per cent change in passenger volumes affects
 *  operating revenue by about NOK 95 million", "Every 1 percent added to the excise yields roughly
 *  NZ$12 million". Read only after a step sized in percent or points, so a thing that is worth a
 *  sum ("Each share is worth €12.40") and a levy's own yield keep their reading. */
const YIELD_EFFECT = String.raw`(?:affects|brings\s+in|yields|generates|(?:is|are)\s+worth)\b`;
/** The same verbs after "tends to": "tends to subtract", "tend to add". */
const BASE_EFFECT = String.raw`(?:add|raise|lower|reduce|cut|lift|widen|narrow|increase|decrease|subtract|shave|boost|trim|push|move|shift|alter|change|knock|wipe|cost|save|depress|dampen|worsen|improve|take)\b`;
/** A word of the step's "in"/"of" phrase: no auxiliary, modal, relative or conjunction, nor a past
 *  verb of effect or change, which would start a clause of its own ("a 3% rise in food prices was
 *  the main driver", "a 2% rise in rents lifted costs"). A "cost of" is the noun ("in the cost of
 *  capital", v127), no verb. */
const PHRASE_WORD = String.raw`(?!(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|which|that|who|and|but|or|added|raised|lowered|reduced|cut|lifted|widened|narrowed|increased|decreased|subtracted|shaved|boosted|trimmed|pushed|moved|shifted|altered|changed|knocked|wiped|cost(?!\s+of\b)|saved|took|rose|fell|grew|declined|dropped|climbed)\b)[^\s.;:,]+`;
/** After a verb of effect in the present, its object: no stop, bracket or clause's end, and no
 *  preposition, conjunction or verb of being, which tell the word a plural noun ending the step's
 *  phrase ("led by a 14.2% rise in fuel costs.", "a 3% rise in pay increases in 2034": v266),
 *  where "a 1% rise in rates costs about $2 billion" goes on to what the step costs, and "a 1%
 *  change in council tax raises or lowers income by £4.13m" to a second verb. */
const EFFECT_OBJECT_AFTER = String.raw`(?!\s*(?:[.;:,!?)\]]|$|(?:in|of|for|at|on|over|since|from|during|between|by|to|was|were|is|are|has|have|had|will|would)\b|(?:and|or)\s+(?!${PRESENT_EFFECT})))`;
/**
 * A step in percent or points picked with "a" or "an" whose own predicate is a verb of effect in the
 * present, what the step does as a rule of thumb or an elasticity, wherever it stands in the
 * sentence: "As a rule of thumb, a 10 per cent depreciation adds something like a quarter of a
 * percentage point to inflation", "our rule of thumb is that a 10 percent depreciation of the yen
 * pushes up the core CPI by around 0.3 to 0.5 percentage point", "Broadly, a 1 percentage point rise
 * in the policy rate lowers output by about 0.3 per cent", "a 10% fall in the terms of trade tends
 * to subtract 1.5 per cent". A present verb after an indefinite step states no event: central banks,
 * treasuries and companies give their sensitivities so, as MONEY_STEP_RE reads a step in money. A
 * step that happened ("added", "has pushed up"), "the" step, one that "takes effect", a step with
 * a clause of its own between it and the verb ("a 3% rise in food prices was the main driver,
 * adding") and a step that takes a rate "to" a level, as a decision does ("a 25 basis point
 * increase takes the cash rate to 4.10 per cent"), keep their reading (v84: ho233's governors
 * stated three pass-through rules so). The noun may come before the size, as regulators write it
 * (v127: "A change of 1 percentage point in the cost of capital alters allowable revenue by
 * roughly R8 billion", "an increase of 50 basis points in the return on debt adds about $95
 * million"), the same step.
 */
const PRESENT_STEP_RE = new RegExp(
  String.raw`\b[Aa]n?\s+(?:[\w-]+\s+)?(?:(?:\d[\d.,]*[\s-]?|(?:one|two|three|five|ten|half\s+a)[\s-]+)${STEP_SIZE_UNIT}[\s-]+${STEP_MODIFIERS}${STEP_NOUN}|${STEP_NOUN}\s+of\s+${STEP_SIZE})(?:\s+(?:in|of|to|against|versus|on|for)\s+(?:${PHRASE_WORD}\s+){1,6}?|\s+)(?:(?:typically|usually|generally|normally|roughly|broadly|only|then|also)\s+)?(?:${PRESENT_EFFECT}|${YIELD_EFFECT}|tends?\s+to\s+${BASE_EFFECT})${EFFECT_OBJECT_AFTER}(?![^.;:,]*?(?<![\d½¼¾]\s)\bto\s+(?:(?:about|around|roughly|some)\s+)?\d)`,
);

/** The head noun of a charge a body levies or pays out per unit, in percent: a tariff, a tax, a
 *  levy, a duty, a surcharge, a fee, a toll, a royalty, a subsidy. */
const CHARGE_NOUN = String.raw`(?:tariffs?|tax(?:es)?|lev(?:y|ies)|dut(?:y|ies)|surcharges?|fees?|charges?|tolls?|excises?|royalt(?:y|ies)|subsid(?:y|ies)|VAT)`;
/** What a supposed charge would do to a measure: a verb of effect after "would", "could" or
 *  "might" ("would reduce", "could cut", "would raise about $300 million"); "would take effect"
 *  and "would be imposed" say when a charge applies, no effect. */
const CHARGE_EFFECT = String.raw`(?:would|could|might)\s+(?:[a-z]+ly\s+|also\s+|still\s+|then\s+)?(?:reduce|raise|lower|cut|add|lift|widen|narrow|increase|decrease|push|subtract|shave|boost|knock|wipe|cost|trim|curb|hit|dent|slash|depress|dampen|generate|yield|bring\s+in)\b`;
/**
 * A charge the sentence supposes at a level, picked with "a" or "an", and what it would do: "A 15%
 * tax on sugary drinks would raise about $300 million", "estimate that a 25 per cent tariff on car
 * exports would lower growth by 0.4 points", "Risks remain: a 20 percent U.S. tariff on
 * electronics would reduce export growth by 2 points". It opens its sentence (after a short
 * lead-in) or follows "that", a comma, a colon or a semicolon, as a supposed step does
 * (SUPPOSED_STEP_RE): a level supposed tells how one measure answers another as a step does. A
 * charge set or in force ("A 10% tariff took effect in May"), one that "will apply" and one that
 * "would take effect" keep their reading.
 */
const SUPPOSED_CHARGE_RE = new RegExp(
  String.raw`(?:^\s*["“]?(?:[A-Z][\w\s'’-]{0,40}?,\s+)?|(?<=(?:\bthat|[,:;])\s))[Aa]n?\s+(?:[\w-]+\s+)?(?:\d[\d.,]*[\s-]?|(?:one|two|three|five|ten|twenty)[\s-]+)(?:%|per\s?cent|percent)[\s-]+(?:[^\s;:,]+\s+){0,3}?${CHARGE_NOUN}\b(?:[^.;:]|(?<=\b[A-Z])\.)*?\b${CHARGE_EFFECT}`,
);
/** Before a supposed charge's effect, a plan, a proposal or a bill that names the charge: its yield
 *  is the plan's estimate, no sensitivity ("Under the proposal, a 2% levy on bank assets would
 *  raise about $1.5 billion", "a proposed 5% duty would bring in"). */
const PLAN_NAMED_RE =
  /\b(?:propos(?:als?|ed|es)|plans?|planned|bills?|budget(?:s|ed)?|reforms?|draft)\b/i;

/** The supposed charge of a sentence (SUPPOSED_CHARGE_RE), unless a plan names it (PLAN_NAMED_RE
 *  up to its effect). */
function supposedCharge(s: string): RegExpExecArray | null {
  const charge = SUPPOSED_CHARGE_RE.exec(s);
  if (charge === null || PLAN_NAMED_RE.test(s.slice(0, charge.index + charge[0].length)))
    return null;
  return charge;
}

/** A sum of money a price may move by, with the unit it is quoted per: "$10/bbl", "US$5", "10
 *  cents", "€2 a tonne", "one-dollar". */
const MONEY_STEP = String.raw`(?:(?:(?:US|A|C|NZ|HK|S)?\$|€|£|¥|₹|₦|\b[A-Z]{3}\s?)\d[\d.,]*|\d[\d.,]*[\s-]?(?:cents?|pence)|(?:one|two|five|ten)[\s-](?:cents?|dollars?|euros?))(?:\s?\/\s?(?:bbl|b|t|lb|oz|MMBtu)\b|\s+(?:a|per)\s+(?:barrel|tonne|ton|pound|ounce|litre|liter|gallon|MMBtu)\b)?`;
/** A step in money written as its number and the currency's word after it, or the "p" of pence
 *  glued to it: "a 1p change in the duty rate", "A 10 won rise in the won-dollar rate", "a 5 rupee
 *  increase", "a 1 rand move", "A 100 yen fall" (v112: treasuries, tax offices and companies
 *  quote a step in their own currency's word as they quote one in "$" or cents). Read in
 *  MONEY_STEP_RE only, whose case is kept, so "10 pp" and "per cent" stay points and percent. */
const WORD_MONEY_STEP = String.raw`(?:\d[\d.,]*(?:p(?![\w.])|[\s-](?:${CURRENCY_WORD})(?![\w.]))|(?:one|two|five|ten)[\s-](?:${CURRENCY_WORD})(?![\w.]))`;
/** The unit a step in money is quoted per, between its sum and its noun: "a 1p per kWh change",
 *  "a 10 cent per cubic metre rise", "a $2 per tonne fall" (v127: a tariff's, a duty's or a
 *  charge's step is quoted per unit of what it prices, as a crude price's is "/bbl"). One word
 *  of unit, or "cubic" or "square" and one. */
const PER_UNIT = String.raw`(?:\s+per\s+(?:(?:cubic|square)\s+)?[A-Za-z][A-Za-z0-9³²]{0,11})?`;
/** What a price's step does in the present of a rule of thumb: "alters revenues by", "moves the
 *  total by", "lowers earnings by" (a step that happened is past: "lifted revenue by"). */
const STEP_EFFECT_PRESENT = String.raw`(?:alters|moves|changes|shifts|lowers|raises|reduces|adds|cuts|lifts|increases|decreases|shaves|boosts|trims|swings)\b`;
/**
 * A supposed step in a price written as a sum of money, opening its sentence or after "that", a
 * comma, a colon or a semicolon, and what it would, could or (as a rule of thumb) does do: "A
 * $10/bbl rise in crude prices would shave …", "; a US$5 fall in the price would reduce monthly
 * revenue by …", "A change of 10 cents in the average price alters those revenues by …". Both
 * the step and its effect are suppositions, as with a step in percent (SUPPOSED_STEP_RE). A step
 * that happened ("A $5 rise in the price lifted revenue by 8%") and a price that moved ("Brent
 * fell $5 to $78") keep their reading. What moves may follow "of" as well as "in" ("A further ¥10
 * fall of the yen against the dollar would add", "a one-cent appreciation of the Canadian dollar
 * reduces": v93, the same step in a currency's or price's own words).
 */
const MONEY_STEP_RE = new RegExp(
  String.raw`(?:^\s*["“]?(?:[A-Z][\w\s'’-]{0,40}?,\s+)?|${CLAUSE_OPENING})(?:[Aa]n?|[Ee]ach|[Ee]very)\s+(?:[\w-]+\s+)?(?:(?:${MONEY_STEP}|${WORD_MONEY_STEP})${PER_UNIT}[\s-]+${STEP_NOUN}|${STEP_NOUN}\s+of\s+(?:${MONEY_STEP}|${WORD_MONEY_STEP})${PER_UNIT})\s+(?:in|of|against)\b[^.;:]*?\b(?:${SUPPOSED_EFFECT}|${STEP_EFFECT_PRESENT})`,
);

/** A step in money with a scale word, whose "of" names what the sum is spent on or lost in: "R100
 *  million of capital expenditure", "₹10 crore", "$1 billion of spending" (v139: "for every R100
 *  million of capital expenditure that slips …, the Regulator claws back about R11 million"). */
const SCALED_MONEY_STEP = String.raw`(?:(?:US|A|C|NZ|HK|S|NT)?\$|€|£|¥|₹|₦|\bRs\.?|\bR|\b[A-Z]{3})\s?\d[\d.,]*\s?(?:million|billion|trillion|crore|lakh|bn|mn)\b`;
/** A step's "of" a measure that runs past a bound: "1 per cent of losses above the trajectory", "1%
 *  of flights delayed beyond the agreed standard", "1 percentage point of inflation over the
 *  target" (v147): the excess a rule counts in steps, not a share of a whole ("10 percent of
 *  households surveyed"). Up to four words of the measure, then the word of the bound. */
const OF_EXCESS = String.raw`\s+of\s+(?:[^\s.;:,\d]+\s+){1,4}?(?:above|below|over|beyond|under|past|short\s+of|in\s+excess\s+of)\s`;
/** A step per unit (in percent, points or money) whose own clause names what moves by it, then
 *  what follows: "For every 10 percent the kina loses against the dollar, …", "for each 1% that
 *  wages rise, …", "for every 1 percentage point by which unemployment rises, …", "Every 10 per
 *  cent that the rand depreciates adds …", "Each 25 basis points the central bank adds to its rate
 *  lifts …" (a verb of effect after it). The step's "of" a whole ("For every 10 percent of
 *  households surveyed") is a share, no step; "For each year" has no unit. To the semicolon. */
const STEP_UNIT = String.raw`(?:(?:further|additional|extra)\s+)?(?:(?:\d[\d.,]*[\s-]?(?:%|per\s?cent|percent|percentage[\s-]points?|basis[\s-]points?)|${MONEY_STEP})(?:(?!\s+of\b)|${OF_EXCESS})|${SCALED_MONEY_STEP})`;
const PER_STEP_CLAUSE_RE = new RegExp(
  String.raw`(?:^\s*["“]?|${CLAUSE_OPENING})(?:for\s+(?:each|every)\s+${STEP_UNIT}(?:[^.;:,]|\.(?=\d)){1,80},[^;]*|(?:for\s+)?(?:each|every)\s+${STEP_UNIT}\s+(?:that|by\s+which)\s[^;]*|(?:each|every)\s+(?:${STEP_UNIT}|(?:percentage|basis)[\s-]points?)\s+(?:[^\s.;:,]+\s+){1,8}?(?:${STEP_EFFECT_PRESENT}|${YIELD_EFFECT}|would|could|might)[^;]*)`,
  'i',
);

/** A sum of money a rule pays, deducts or charges per step, with no scale word: "₹3.56 per
 *  quintal", "EUR 1.00 per tonne", "€0.35 per 100 litres" (v202). */
const STEP_SUM = String.raw`(?:(?:(?:US|A|C|NZ|HK|S)?\$|€|£|¥|₹|₦|\bRs\.?\s?|\b[A-Z]{3}\s)\d[\d.,]*)`;
/** After a step in percent or points, the bound the rule counts its steps from: " increase in
 *  recovery above 10.25 per cent", " by which the moisture content exceeds 13.5 %", " below 99.5%"
 *  (v202): the bound a rule per step is set from, no level of anything. */
const STEP_BOUND = String.raw`(?:\s+(?:increases?|decreases?|rises?|falls?|drops?|reductions?|shortfalls?))?(?:\s+(?:in|of)(?:\s+[^\s\d.;:,]+){1,3}?)?\s+(?:above|below|over|under|beyond|by\s+which(?:\s+[^\s\d.;:,]+){1,5}?\s+(?:exceeds?|exceeded|falls?\s+short\s+of|fell\s+short\s+of|(?:is|are)\s+(?:above|below|under|over)))\s+\d[\d.,]*\s?(?:%|per\s?cent|percent)`;
/** A step in percent or points and the bound it is counted from (STEP_BOUND). */
const BOUNDED_STEP = String.raw`\d[\d.,]*[\s-]?(?:%|per\s?cent|percent(?!age)|percentage[\s-]points?|basis[\s-]points?)${STEP_BOUND}`;
/** An effect, a number with its unit or currency, then a few words of what it is on, and the step
 *  of another measure it is stated per: "£3.1bn per 0.1 percentage point", "$450 million per 1
 *  percent change", "€200 million a year for every 1 percentage point", "0.2 points of GDP with
 *  each 10% fall". A price per unit of a good ("€2 per litre") names no step; a step "of" a whole
 *  ("per $100 of income") is a rate, no step.
 *  v202: a sum with no scale word "for each" or "for every" step in percent or points ("₹3.56 per
 *  quintal will be paid for every 0.1 per cent increase"), and the bound the step counts from. */
const EFFECT_PER_STEP_RE = new RegExp(
  String.raw`(?:(?:[^\s\d]{1,4}\s?)?\d[\d.,]*\s?(?:bn|billion|million|mn|m|tn|trillion|%|per\s?cent|percent|percentage[\s-]points?|points?|basis[\s-]points?|bps?)(?![A-Za-z])(?:\s+(?:a|per)\s+(?:year|annum))?(?:\s+(?!(?:and|but|while|which|that|was|were|is|are)\b)[^\s\d.;:,]+){0,4}?)\s+(?:per|for\s+(?:each|every)|with\s+(?:each|every))\s+(?:${BOUNDED_STEP}|${STEP_UNIT})|${STEP_SUM}(?:\s+(?!(?:and|but|while|which|that|was|were)\b)(?:[^\s.;:,]|\.(?=\d))+){0,6}?\s+for\s+(?:each|every)\s+(?:${BOUNDED_STEP}|\d[\d.,]*[\s-]?(?:%|per\s?cent|percent(?!age)|percentage[\s-]points?|basis[\s-]points?))`,
  'gi',
);

/** A verb of a gap from a target or of a saving, which makes a unit the step a rule counts: "by
 *  which we miss the target", "each outcome target they miss", "every cubic metre saved" (v158),
 *  and a participle after "not", a unit of works not done ("each kilometre … not delivered": v202). */
const GAP_VERB = String.raw`(?:not\s+(?:yet\s+)?[a-z]+(?:ed|en)|miss(?:es|ed)?|exceed(?:s|ed)?|overshoot(?:s)?|overshot|undershoot(?:s)?|undershot|beat(?:s)?|outperform(?:s|ed)?|underperform(?:s|ed)?|fall(?:s)?\s+short|fell\s+short|save(?:s|d)?|los(?:e|es|t)|avoid(?:s|ed)?|fail(?:s|ed)?)`;
/** A unit a rule's payment is counted in, with its own clause of a gap: "for each megalitre a day
 *  by which we miss the annual target", "for each outcome target they miss", "for every tonne
 *  saved". A unit with no such clause ("£500 for each child in care", "$2 for each bag it
 *  collects") is a price or a grant per unit and keeps its reading. */
const UNIT_OF_GAP = String.raw`for\s+(?:each|every)\s+(?!(?:year|month|quarter|week|day|time|of)\b)(?:[A-Za-z][\w/-]*\s+){1,4}?(?:by\s+which\b|(?:that\s+|which\s+)?(?:(?:we|they|it|he|she|you|I)\s+)?${GAP_VERB}\b)`;
/** A unit of time a limit or a date is overrun by, with its own clause of the overrun: "for each
 *  week or part of a week by which the time limit is exceeded", "for every month by which the
 *  decision exceeds the statutory deadline", "for each month that the eastern pier is delayed
 *  beyond its trigger date" (v232): the step a rule counts a cut, a penalty or damages in, as it
 *  counts a unit of a gap (UNIT_OF_GAP). A time with no limit or date overrun named in its own
 *  clause ("$150 for each day the offence continues", "1.5% for each month that an invoice remains
 *  unpaid", "for each month that payment is delayed", a late-payment penalty of "1 percent of the
 *  claim for each month of delay") is a fine or interest and keeps its reading. */
const TIME_UNIT = String.raw`(?:hour|day|week|month|quarter|year)`;
const UNIT_OF_OVERRUN = String.raw`for\s+(?:each|every)\s+(?:(?:further|additional|extra|full|working|business|calendar|clear)\s+)?${TIME_UNIT}(?:\s+or\s+(?:part|portion)(?:\s+thereof|\s+of\s+(?:a|an|one|the)\s+${TIME_UNIT}))?\s+(?:by\s+which|that|in\s+which)\s+(?:[^\s.;:,]+\s+){1,8}?(?:(?:is|are)\s+(?:delayed\s+(?:beyond|past|after)|exceeded|overrun|overshot|missed)|exceeds?|overruns?|overshoots?|misses)\b`;
/** A sum of money, a few words of whom it goes to or how, then the unit of a gap it is paid per:
 *  "we would return £412,000 to customers for each megalitre a day by which we miss the annual
 *  target", "The payment rate is £0.508 million for each Ml/d by which we miss the commitment",
 *  "must return $1.5 million to customers through lower prices for each outcome target they miss"
 *  (v158): the rate of an incentive, a rule per unit, no figure; and so a percent a rule takes
 *  per such unit ("reduced by 0.5 per cent for each kilometre of duplication not delivered": v202). */
const SUM_PER_UNIT_OF_GAP_RE = new RegExp(
  String.raw`(?:(?:(?:US|A|C|NZ|HK|S)?\$|€|£|¥|₹|₦|\bRs\.?\s?|\bR|\b[A-Z]{3}\s?)\d[\d.,]*|\b\d[\d.,]*\s?(?:%|per\s?cent|percent)(?![A-Za-z]))(?:\s?(?:bn|billion|million|mn|m|tn|trillion|crore|lakh))?(?![A-Za-z])(?:\s+(?!(?:and|but|while|which|was|were|is|are)\b)[^\s\d.;:,]+){0,6}?\s+(?:${UNIT_OF_GAP}|${UNIT_OF_OVERRUN})`,
  'g',
);
/** A sentence that opens on the unit of a gap, written with its participle, and a present verb of
 *  effect: "For every cubic metre saved, a household saves S$3.64 on its bill" (v158), "For each
 *  tonne of waste avoided, the council saves £95 in landfill tax": the effect per unit, a rule of thumb, to
 *  the clause's end. */
const OPENING_UNIT_OF_GAP_RE = new RegExp(
  String.raw`^\s*["“]?${UNIT_OF_GAP.replace('for', '[Ff]or')}\s*,[^;]*?\b${PRESENT_EFFECT}[^;]*`,
);

/** A sentence that opens on a unit of time a limit or a date is overrun by, then its comma: "For
 *  each month that the eastern pier is delayed beyond its trigger date, the cap is reduced by €0.03
 *  per passenger", "For each day by which completion is delayed beyond the contract date, the
 *  contractor pays damages of £4,500" (v232): what the rule takes or pays per unit, whatever its
 *  verb, to the clause's end. */
const OPENING_UNIT_OF_OVERRUN_RE = new RegExp(
  String.raw`^\s*["“]?${UNIT_OF_OVERRUN.replace('for', '[Ff]or')}[^;,]*,[^;]*`,
);

/** A step per unit named by its noun, then what it does in the present of a rule of thumb or
 *  what it would do: "every one-baht appreciation against the dollar reduces export earnings by",
 *  "each 1-cent depreciation of the rand adds", "every further cut of a quarter point would
 *  lower". Only a verb of effect counts, so "every increase in the fee was approved by the board"
 *  (a run of decisions that happened) keeps its reading. */
const EACH_STEP_RE = new RegExp(
  String.raw`\b(?:each|every)\s+(?:[^\s.;:]+\s+){0,3}?${STEP_NOUN}\s+(?:in|of|against|versus|on)\b[^.;:]*?\b(?:${SUPPOSED_EFFECT}|${STEP_EFFECT_PRESENT})`,
  'i',
);

/** A rule of thumb told per unit of anything, at the sentence's opening (after a list mark such as
 *  "(d) ") or a clause's: "Each foot of draft lost at the lake reduces annual revenue by about
 *  US$48 million", "Each instalment of 4 per cent dearness allowance adds about ₹410 crore a
 *  year", "Every additional day a ship waits costs its owner some $30,000" (v139): "each" or
 *  "every" and a unit, then a present verb of effect, to the clause's end. Every number in it is
 *  the step or its effect. A time ("Each year the fund adds …"), "each of" a set of members and a
 *  verb that is no effect ("Each school receives R1,760 per learner") keep their readings. */
const EACH_UNIT_EFFECT_RE = new RegExp(
  String.raw`(?:^\s*["“]?(?:\(?[a-z0-9]{1,3}[.)]\s*)?|${CLAUSE_OPENING})(?:[Ee]ach|[Ee]very)\s+(?!(?:year|month|quarter|week|day|time|season|term|semester|of)\b)(?:\d{1,3}(?:,\d{3})+\s+(?=(?:extra|additional|more|fewer|further|new)\s))?(?:[^\s.;:,]+\s+){1,10}?(?:${PRESENT_EFFECT}|claws\s+back)[^;]*`,
);

/** A supposed step whose size comes after the noun and what it changes, opening its sentence
 *  (after a short lead-in and its comma) or after "that", a comma or a colon, and what it would
 *  or could do: "A sustained fall in gas prices of 20% would raise production by", "we estimate
 *  that a rise in rates of one point would add". A step that happened ("A fall in gas prices of
 *  20% cut costs last year") has no "would" and keeps its reading. */
const STEP_SIZED_AFTER_RE = new RegExp(
  String.raw`(?:^\s*["“]?(?:[A-Z][\w\s'’-]{0,40}?,\s+)?|${CLAUSE_OPENING})(?:[Aa]n?)\s+(?:[\w-]+\s+)?${STEP_NOUN}\s+(?:in|of)\s+(?:[^\s.;:,\d]+\s+){1,5}?of\s+(?:(?:about|around|some|roughly)\s+)?(?:\d[\d.,]*\s?|(?:one|two|three|five|ten)[\s-]+)(?:%|per\s?cent|percent|percentage[\s-]points?|points?|basis[\s-]points?)[^.;:]*?\b${SUPPOSED_EFFECT}`,
);

/** A noun of a shock or a turn that may befall an economy, a market or a firm: what a supposed
 *  event is, when the text picks one with "a", "another" or "any" rather than one that happened
 *  or a plan ("the levy", "a new hospital" name things meant, not events supposed). */
const EVENT_NOUN = String.raw`(?:episodes?|recessions?|downturns?|slowdowns?|shocks?|cris[ie]s|fragmentation|escalation|outages?|droughts?|floods?|flooding|disruptions?|repricing|defaults?|downgrades?|collapses?|corrections?|sell-?offs?|tightening|contagion|spikes?|wars?|conflicts?|pandemics?|epidemics?|strikes?|shutdowns?|blockades?|cyber-?attacks?|disasters?|earthquakes?|cyclones?|hurricanes?|repeats?|recurrences?|stops?|failures?|deterioration|reversals?|busts?|(?:failed|poor|bad|weak)\s+harvests?)`;

/** A verb of effect after the modal: what the event would do to a measure. */
const EVENT_EFFECT = String.raw`(?:add|raise|lower|reduce|cut|lift|widen|narrow|increase|decrease|subtract|shave|boost|trim|push|knock|wipe|cost|save|depress|dampen|worsen|take|drain|erase|slash|dent|hit|pay)\b`;

/** A supposed event, picked with an indefinite determiner before its noun of shock or turn, at the
 *  sentence's or a clause's opening, and the modal verb of effect it governs: "Another failed
 *  harvest would take", "a one-year recession of the size seen in 2008-09 would add", "a severe
 *  fragmentation of trade could, in the long run, cost", "Any escalation of the conflict could
 *  lift", "An El Niño episode of moderate strength would cut" (v139), a parametric trigger's
 *  event and what a bond "would pay" ("An earthquake of magnitude 8.0 or greater in the Class A
 *  zone at a depth of less than 70 km would pay 50 percent of Class A principal") and a supposed
 *  repeat of a past one ("A repeat of the 2011 Canterbury earthquake sequence would cost the
 *  scheme an estimated $14 billion": v158), up to the verb. A size the event is given after its
 *  noun, "of", "equivalent to", "equal to", "amounting to" or "worth" a number, and an aside with no
 *  number between commas, are part of it ("A combined contingent liability shock equivalent to 5
 *  percent of GDP, mainly from the energy sector, would add roughly GH¢61 billion": v162). A step
 *  whose size comes before its noun is read by SENSITIVITY_RE, and an event dated by its own "in
 *  2034" is a forecast's assumption. Group 1 runs to the event's noun. */
const SUPPOSED_EVENT_RE = new RegExp(
  String.raw`((?:^\s*["“]?(?:[A-Z][\w\s'’-]{0,40}?,\s+)?|${CLAUSE_OPENING})(?:[Aa]n?(?:\s+further)?|[Aa]nother|[Aa]ny)\s+(?:[^\s.;:,]+\s+){0,3}?${EVENT_NOUN})(?!\s+(?:in|during|from)\s+(?:19|20)\d\d)(?:\s+(?:of|in|at|on|across|among|to|from|with|by|along|over|between|within|for|like|affecting|hitting|(?:equivalent|equal)\s+to|amounting\s+to|worth)\s+(?:(?!(?:would|could|might|is|are|was|were|has|have|had|will)\b)(?:[^\s.;:,]|\.(?=\d))+(?:,\s[^,.;:\d]{1,60},)?\s+){1,24}?|\s+)(?:would|could|might)\s*(?:,[^,.;:]{1,40},\s*)?(?:(?:also|still|then|easily|quickly|potentially|eventually|ultimately)\s+)?(?=${EVENT_EFFECT})`,
  'g',
);

/** Whether the number at `start` is what a supposed event would do (SUPPOSED_EVENT_RE): from the
 *  verb of effect ("lower agricultural output by 8 per cent" is stated from its verb), before the clause's end (a semicolon, ", while", ", whereas", ", but") or a relative clause
 *  that states a fact of its own (", which supplies 45 percent of the country's electricity"). A result its
 *  predicate dates to a year ("would lift growth to 3.5 per cent in 2034") is a forecast's. */
function supposedEventEffect(s: string, start: number): boolean {
  for (const at of s.matchAll(SUPPOSED_EVENT_RE)) {
    const from = at.index + at[0].length;
    // The event's own size, between its noun and its modal ("a shock equivalent to 5 percent of
    // GDP … would add"), is supposed with it, as a step's size is.
    const size = start >= at.index + at[1]!.length && start < from;
    if (start < from && !size) continue;
    const rest = s.slice(from);
    const stop = rest.search(/;|,\s+(?:while|whereas|but|which|who|whose)\b/);
    const predicate = stop < 0 ? rest : rest.slice(0, stop);
    if ((size || start - from < predicate.length) && !DATED_RE.test(predicate)) return true;
  }
  return false;
}

/** A sentence that opens on doing a supposed step and says what it "would" do: "Raising it by 5
 *  percentage points would add 0.2 point to growth", "Cutting the levy by one percent could cost",
 *  also a step to a level ("Raising the probability of meeting the anchor to 80 per cent would
 *  require $38 billion", "Lifting the pension age to 68 would cut outlays by 0.4% of GDP"), and
 *  so any gerund of a step "by", "to" or "at" a number ("Lowering the threshold by €1,000 would
 *  add", "Freezing the personal allowance at $12,000 would raise"; v105), its thousands' comma no
 *  clause's end. A step taken ("Raising the rate by 25 basis points, the board said …") has a
 *  comma first; a preposition or a noun in "-ing" ("During", "Spending", "Housing") is no step. */
const SUPPOSED_DOING_RE = new RegExp(
  String.raw`^\s*["“]?(?!(?:During|According|Including|Excluding|Following|Regarding|Concerning|Notwithstanding|Pending|Barring|Assuming|Considering|Depending|Accounting|Nothing|Something|Everything|Spending|Funding|Lending|Borrowing|Housing|Building|Shipping|Mining|Manufacturing|Banking|Pricing|Trading|Offering|Training|Planning)\b)(?:[A-Z][a-z]{2,}ing)\s+(?:[^.;:,]|[.,](?=\d))*?\b(?:by|to|at)\s+(?:[^.;:,]|[.,](?=\d))*?(?:\d|\b(?:one|two|three|five|ten|half)\b)(?:[^.;:,]|[.,](?=\d))*?\b${SUPPOSED_EFFECT}`,
);

/** A step done, written as a gerund that opens a clause after "that", a comma, a colon or a
 *  semicolon, and what it would or could do: "suggests that halving the gap with peer economies
 *  would raise", "; for instance, closing half of the gap could raise", "estimates that raising the
 *  retirement age to 67 would cut". A multiple ("doubling", "halving") is its own size; any other
 *  step names a number. A step taken ("notes that raising the rate by 50 basis points helped"),
 *  a plan's "will" and a relative "which would" after a participle keep their reading. */
const SUPPOSED_DOING_INSIDE_RE = new RegExp(
  String.raw`(?<=(?:\bthat|[,:;])\s)["“]?(?:(?:doubling|tripling|trebling|halving)\s+(?:(?!\b(?:which|that|who)\b)[^.;:,])*?|(?:raising|lowering|cutting|increasing|reducing|lifting|closing|narrowing|removing|eliminating|moving|setting|shifting|changing|adjusting|bringing|capping|freezing)\s+(?:(?!\b(?:which|that|who)\b)[^.;:,])*?(?:\d|\b(?:one|two|three|five|ten|half|a\s+(?:third|quarter|fifth))\b)(?:(?!\b(?:which|that|who)\b)(?:[^.;:,]|[.,](?=\d)))*?)\b${SUPPOSED_EFFECT}`,
  'i',
);

/** A result "would" or "could" give, stated before the "if" of a supposition in the past tense:
 *  "could double its exports to US$12 billion by 2035 if farmers adopted certified seed", "would
 *  save $40 million a year if it replaced its oldest turbines", "could reach 15% of GDP if
 *  exemptions were removed". Group 1 runs from the modal to the "if". A plain "if" of what may
 *  come ("could reach 3% if the harvest recovers") and a bare "if needed" are none. */
const RESULT_BEFORE_PAST_IF_RE =
  /(\b(?:would|could)\s[^.;:]*?\b)if\s+(?:[\w'’-]+\s+){1,10}?(?:(?:were|had\s+been)\s+\w+|[a-z]+ed|paid|repaid|made|kept|took|spent|sold|built|cut|put|set)\b/i;
/** Before a modal, a report of what someone said they would do: "The bank said it would cut". */
const REPORTED_BEFORE_RE =
  /\b(?:said|says|announced|stated|signall?ed|indicated|told|pledged|promised|confirmed)\b/i;

/** A condition supposed in the past tense and what would or could follow: "if the partner raised
 *  tariffs by 10 points, growth would be 0.3 point lower", "if the region closed half of its gap,
 *  output could be 14% higher", and a level supposed in the past tense (v254: "If Brent averaged
 *  US$95 a barrel in the fourth quarter, the deficit would widen to about 96,000 million baht",
 *  "if the rand stood at R19, …"). A plain "if" in the present ("if the bill passes, cover would
 *  rise", "if the levy is raised, revenue would rise") is a plan's, read by IF_WOULD_RE. */
const SUPPOSED_IF_PAST_RE = new RegExp(
  String.raw`(?:^|[.;:]\s+|,\s+|\b(?:but|and|that)\s+)["“]?if\s+(?:[^.;:,]|\.\d)*?(?<!\b(?:is|are|be|been|being|gets?|has|have)\s)\b(?:raised|lifted|increased|cut|lowered|reduced|rose|fell|dropped|declined|closed|narrowed|widened|doubled|halved|grew|slowed|depreciated|appreciated|removed|eliminated|imposed|averaged|stood|stayed|remained|traded)\b(?:[^.;:,]|\.\d)*?,(?:[^.;:]|\.\d)*?\b${SUPPOSED_EFFECT}`,
  'i',
);

/** A supposed member and what it would pay or get, a worked example: "a farm with sales of $2
 *  million would owe $30,000", "a household earning $50,000 would receive $900". A member that did
 *  pay ("a farm with sales of $2 million paid $30,000") is a case reported. */
/** Before a number, a "would" of what a change does to a typical or average member, or its bill:
 *  "would save a typical family about ", "would lift the average yearly bill of a shop by ". */
const TYPICAL_MEMBER_WOULD_RE =
  /\bwould\s+(?:(?:then|still|only|also)\s+)?(?:save|cost|raise|add\s+to|cut|lift|lower|reduce|increase|push\s+up)\s+(?:the|an?)\s+(?:typical|average|median)\s[^.;:]*$/i;
/** Before a number, what a step "can" or "could" do to one member's bill, named as one: "moving
 *  from a BER of E1 to B2 can cut a household's energy bill by about ", "installing loft insulation
 *  could save a homeowner around ", "can save a family ". One member picked, a worked example;
 *  "can cut energy bills by up to 60%" names no member and keeps its reading. */
const MEMBER_MODAL_RE =
  /\b(?:would|could|can)\s+(?:(?:then|still|only|also|typically)\s+)?(?:save|cost|cut|lower|reduce|raise|lift|add\s+to|increase|push\s+up)\s+(?:an?|each|one|your)\s+(?:(?:typical|average|median)\s+)?(?:households?|homes?|famil(?:y|ies)|consumers?|customers?|homeowners?|tenants?|drivers?|motorists?|businesse?s?|firms?|farms?|shops?)(?:['’]s)?\b[^.;:]*$/i;
/** A clause that opens by supposing a price or rate "at" a number, up to what it "would" or "could"
 *  do: "at an average price of €75 per tonne of CO2 the figure would rise by about", "At a carbon
 *  price of $100 a tonne, revenue would reach", "at an exchange rate of 1.20 the surplus could". A
 *  price stated as a fact ("At a price of €88, the auction raised €600 million") has no "would"
 *  and keeps its reading. */
const SUPPOSED_PRICE_AT_RE =
  /(?:^|;)\s*["“]?At\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:prices?|rates?|levels?|costs?|values?|tariffs?)\s+of\s+[^.;:\d]{0,12}\d(?:[^.;:]|[.,]\d)*?\b(?:would|could)\b/gi;
const SUPPOSED_CASE_RE =
  /\b(?:an?|any)\s+(?:[\w-]+\s+){0,2}?(?:with|earning|having|selling|producing|making)\s+[^.;:]*?\bwould\s+(?:(?:then|still|only|also)\s+)?(?:pay|owe|get|receive|save|be\s+(?:charged|liable|due|entitled))\b/i;

/** A change supposed against the facts and what would follow: "If the retirement age were lifted
 *  to 68, the gap would be £2bn narrower", "if rates had been 1% higher, income would have …". A
 *  plain "if" of what may come ("if the plan is adopted, spending will reach") forecasts, and a sum
 *  worked out again without a part ("if fees were excluded, revenue would be") states a level. */
const SUPPOSED_IF_RE =
  /(?:^|[.;:]\s+|\b(?:but|and)\s+)["“]?if\s+(?:[^.;:,]|\.\d)*?\b(?:were|had\s+been)\s+(?:(?:[\w-]+\s+){0,3}?(?:raised|lifted|increased|cut|lowered|reduced|higher|lower)\b|[^.;:,]*?\d)(?:[^.;:]|\.\d)*?,(?:[^.;:]|\.\d)*?\bwould\b/i;

/** Right before an amount, the value that picks out one member as an example, opened by "a" or
 *  "an" (any one, not "the average home"): "For a home with a rateable value of ", "A typical
 *  family with a house valued at ", "a flat worth ", and its rent, after a measured size (v265):
 *  "For an average three-room apartment of 74 square metres with a monthly rent of ". A bound
 *  ("worth more than") is none. */
const EXAMPLE_MEMBER_BEFORE_RE =
  /(?:^|\n|\bfor\s+)\s*an?\s+(?:[\w-]+\s+){0,3}?(?:propert(?:y|ies)|homes?|houses?|households?|dwellings?|flats?|apartments?|ratepayers?|homeowners?|owners?|famil(?:y|ies))\s+(?:of\s+\d[\d.,]*\s+(?:[a-z]+\s+){1,2}?)?(?:with\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:(?:value|valuation|price|rent)\s+of|valued\s+at|worth)|valued\s+at|worth)\s+(?:(?:about|around|roughly|some)\s+)?$/i;

/** A sentence that opens on a sum lent, borrowed, saved or invested picked as an example, and what
 *  it "would" cost, pay or earn: "For a US$100 million loan with a 12-year average maturity, the
 *  interest would come to about US$4.9 million", "On a €200,000 mortgage over 25 years, the monthly
 *  repayment would be about €1,050", "For a $10,000 deposit held a year, interest would come to
 *  $420", also on the line after a heading ("5. Illustration ⏎ For a …"). A loan that was made ("For a $500 million loan approved in May, disbursements reached")
 *  has no "would" and keeps its sums. */
const EXAMPLE_SUM_WOULD_RE =
  /(?:^|\n)\s*["“]?(?:For|On)\s+an?\s+(?:[\w-]+\s+)?[^\s.;:,]*\d[\d.,]*(?:\s+(?:million|billion|thousand))?[\s-]+(?:[\w-]+\s+)?(?:loans?|mortgages?|deposits?|credits?|investments?|borrowings?|bonds?|facilit(?:y|ies))\b[^.;:]*?,[^.;:]*?\bwould\b/;

/** After that value, what the example will pay or see its bill do: " will pay", "rates will rise",
 *  ", the increase means" (v265). */
const EXAMPLE_BILL_AFTER_RE =
  /\bwill\s+(?:pay|see|rise|fall|increase|climb|go\s+up|drop)\b|,\s+the\s+(?:[\w-]+\s+){0,2}?(?:increase|rise|change|cut|reduction)\s+means\b/i;

/** A label line: an optional list marker, a label with no stop, a colon, its value. Group
 *  `label`. */
const ROW_LABEL_RE = /^\s*(?:[-•*–]\s+)?(?<label>[A-Z][^\n:;!?]{1,100}?)\s*:\s+\S[^\n]*$/;
/** A size: a number (or a small number in words) and its unit, points, percent or years. */
const ROW_SIZE = String.raw`(?:[+−–-]?\d[\d.,]*|one|two|three|five|ten|half\s+a)[\s-]*(?:%|per[\s-]?cent|percent(?:age)?(?:[\s-]points?)?|basis[\s-]points?|bps?|pp|points?|years?)?`;
/** A movement's noun or comparative after its size. */
const ROW_MOVE = String.raw`(?:rises?|falls?|increases?|decreases?|declines?|drops?|reductions?|cuts?|shifts?|moves?|movements?|widening|narrowing|depreciation|appreciation|devaluation|shocks?|lower|higher|slower|faster|larger|smaller|improvement|deterioration)`;
/** A label that opens with an indefinite article and names a size and a movement: "A 0.1
 *  percentage point rise in gilt yields", "A 10 per cent depreciation of the rupee", "An interest
 *  rate 1 percentage point higher", "A one-year increase in life expectancy". */
const INDEFINITE_MOVE_RE = new RegExp(
  String.raw`^An?\s+(?:[\w'’-]+\s+){0,4}?${ROW_SIZE}[\s-]+(?:[\w'’-]+\s+){0,2}?${ROW_MOVE}\b`,
  'i',
);
/** A variable's signed or directional size in a label: "Discount rate +0.5%", "Equity prices down
 *  30%", "Interest rates 100 bp higher". */
const SIGNED_MOVE_RE = new RegExp(
  String.raw`(?:\s[+−–-]\s?\d[\d.,]*\s*(?:%|per[\s-]?cent|basis[\s-]points?|bps?|pp|percentage[\s-]points?)|\b(?:up|down)\s+(?:by\s+)?\d[\d.,]*\s*(?:%|per[\s-]?cent|basis[\s-]points?|bps?|pp|percentage[\s-]points?)|\d[\d.,]*\s*(?:%|per[\s-]?cent|basis[\s-]points?|bps?|pp|percentage[\s-]points?)\s+(?:higher|lower))`,
  'i',
);
/** A title or lead-in that names what supposed movements would do: a sensitivity, an impact or
 *  effect, a shock or a stress, or a "would". */
const SENSITIVITY_TITLE_RE =
  /\b(?:sensitivit(?:y|ies)|impacts?|effects?|shocks?|stress(?:ed)?|scenarios?|would)\b/i;
/** A label that dates its movement or tells it with a past verb: a real one. */
const DATED_LABEL_RE =
  /\b(?:(?:19|20)\d\d|January|February|March|April|May|June|July|August|September|October|November|December|last|since|rose|fell|was|were|lifted|cut)\b/i;

/**
 * True when a line is a row of a sensitivity table: a label line whose label names a supposed
 * movement and whose value is what it would do, both no figure (v95). The label opens with an
 * indefinite article and names a size and a movement ("A 0.1 percentage point rise in gilt yields:
 * +8.7", "An interest rate 1 percentage point higher: +9.8"), or, under a title or lead-in that
 * names a sensitivity, an impact or what "would" change (`heading`), gives a variable a signed or
 * directional size ("Discount rate +0.5%: -420", "Equity prices down 30%: -14"). A label that
 * dates its movement or tells it in the past, and a line that is no label line, are none.
 * @example supposedRow('A 2.5 per cent fall in equity markets: -4.1', '') // true
 * @example supposedRow('Gilt yields: +8.7', 'Change over the month') // false
 */
export function supposedRow(line: string, heading: string): boolean {
  const label = ROW_LABEL_RE.exec(line)?.groups!.label;
  if (!label || DATED_LABEL_RE.test(label)) return false;
  if (INDEFINITE_MOVE_RE.test(label)) return true;
  return SIGNED_MOVE_RE.test(` ${label}`) && SENSITIVITY_TITLE_RE.test(heading);
}
