// The parts and shares of investment pledged, told in the sentences of a paragraph that names the
// pledges: "Investors pledged ₹1.24 trillion. Gujarat led with ₹320 billion, followed by Tamil Nadu
// (₹185 billion)", "Foreign investors accounted for 61.3 per cent of the pledged value, and domestic
// investors for the remaining 38.7 per cent", "Data centre projects pledged 96.4 billion baht, and
// the automotive industry 71.2 billion baht". A part is pledged as its whole is (README: investment
// pledged is a pledge, and so is its change and its share), though its own sentence names no pledge.
// Pure text work on a paragraph and its sentence.

/** A word of pledging, verb or noun. */
const PLEDGE_WORD_RE = /\bpledg(?:e|es|ed|ing)\b/i;
/** Investment named: "investment", "investors", "invest", "FDI", "capital". */
const INVESTMENT_NAMED_RE = /\b(?:invest(?:ment|ments|ors?|ing)?|FDI|capital)\b/i;
/** In the sentence, money that arrived, was spent or realised: a breakdown of what was done, not
 *  promised ("Of the investment that arrived, manufacturing accounted for 60%"), or assets pledged
 *  as collateral. */
const NOT_PROMISED_RE =
  /\b(?:disburs\w*|realis\w*|realiz\w*|arrived|paid|spent|drawn\s+down|actually|implemented|invested|collateral|as\s+security)\b/i;
/** Before a number in its sentence, a breakdown of a whole into its parts: "accounted for ", "made
 *  up ", "led with ", "followed by China (", "for the remaining ", "the balance of ". */
const BREAKDOWN_BEFORE_RE =
  /\b(?:accounts?\s+for|accounted\s+for|makes?\s+up|made\s+up|leads?\s+with|led\s+with|led\s+the\s+way\s+with|followed\s+by|remaining|the\s+rest|the\s+balance)\b[^;]*$/i;
/** Before a number, a second part whose verb is left out after a number and "and": "pledged €2.3
 *  billion, and the chemicals industry ", "accounted for $7.1 billion, and Asian funds ". */
const GAPPED_PART_BEFORE_RE =
  /\d[\d.,]*\s?(?:trillion|billion|million|bn|m)?(?:\s+[a-z]+)?,?\s+and\s+((?:the\s+)?(?:[A-Za-z][\w'’-]*\s+){1,4})(?:[^\s\d]{1,4}\s?)?$/;
/** A verb inside a gapped part's words: it has a verb of its own and leaves out none. */
const VERB_RE = /\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|[a-z]+ed)\b/;

/**
 * Whether the number that `lead` runs up to is a part of investment pledged: its paragraph (with
 * the title line above it, or the document's title) names a pledge and investment, its sentence
 * names no money realised, and the text before it breaks a whole into parts ("accounted for",
 * "led with", "followed by", "the remaining") or lists a second part whose verb is left out
 * ("pledged €2.3 billion, and the chemicals industry ").
 * @example pledgedPart({ paragraph: 'Investors pledged $9 billion. Ohio led with $2 billion.', sentence: 'Ohio led with $2 billion.', lead: 'Ohio led with ' }) // true
 * @example pledgedPart({ paragraph: 'Exports reached $9 billion. Ohio led with $2 billion.', sentence: 'Ohio led with $2 billion.', lead: 'Ohio led with ' }) // false
 */
export function pledgedPart({
  paragraph,
  heading = '',
  title = '',
  sentence,
  lead,
}: {
  paragraph: string;
  heading?: string;
  title?: string;
  sentence: string;
  lead: string;
}): boolean {
  if (!PLEDGE_WORD_RE.test(paragraph + '\n' + heading)) return false;
  if (!INVESTMENT_NAMED_RE.test(paragraph + '\n' + heading + '\n' + title)) return false;
  if (NOT_PROMISED_RE.test(sentence)) return false;
  // "Renewable energy projects pledged €2.3 billion" under "Investment pledges by sector".
  if (BREAKDOWN_BEFORE_RE.test(lead) || PLEDGE_WORD_RE.test(lead)) return true;
  const gap = GAPPED_PART_BEFORE_RE.exec(lead);
  return gap !== null && !VERB_RE.test(gap[1]!);
}
