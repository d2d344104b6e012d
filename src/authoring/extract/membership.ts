// Reads a number that defines membership of a group, a tier or a class: a bound that sorts
// members, items or periods, a rank's cut, a tier of a schedule or a condition for a rule to apply.
// Pure; it sees one sentence and one match, and knows nothing of kinds, status or other figures.

import {
  ABOVE_OVER,
  AT_LEAST,
  AT_LEAST_MOST,
  AT_OR,
  EXCEED,
  EXCEEDING,
  FASTER_SLOWER,
  FEWER,
  GREATER,
  GROUP_BOUND,
  HELD_BOUND,
  HIGHER_LOWER,
  IN_EXCESS_OF,
  LARGER_SMALLER,
  MORE_LESS,
  OPEN_END,
  POSITION,
  UP_TO,
  UPWARDS_OF,
  anyOf,
  notThan,
  than,
} from './boundWords.ts';
import { sortingClause } from './sortingClause.ts';
import { boundAttachment } from './attachment.ts';
import { cappedCharge, firstCapArm } from './cappedCharge.ts';
import type { Match } from './matching.ts';
import { VERB } from './vocabulary.ts';

/** Why a number is no figure but a line of membership:
 *  - 'group': a bound on what each member, item or period holds ("firms with more than 250 staff");
 *  - 'rank': the size of a ranked cut ("the richest 10% of households");
 *  - 'tier': the part of a stock or a schedule a rate applies to ("on the first $60,000");
 *  - 'condition': when a rule or an outcome applies ("if growth is higher than 3%"). */
export type MembershipReading = 'group' | 'rank' | 'tier' | 'condition';

/** What the reader needs of a match: where its number and words are, its kind and its whole. */
export type MembershipMatch = Pick<
  Match,
  'start' | 'end' | 'own' | 'ownEnd' | 'kind' | 'object' | 'range'
>;

/** Before a number, a change's verb in its plain form, its object, "by" and a bound word, with no
 *  relative, condition or "to" right before the verb ("a third of firms intend to lift prices by
 *  more than " sorts the firms): "reduce fees by at least ", "should raise
 *  the rate by no more than " (v235). */
const ASKED_CHANGE_BY_BOUND_RE = new RegExp(
  String.raw`(?<!\b(?:that|which|who|to)\s+|\b(?:whose|where|when|whenever|if|unless|once)\s+(?:[\w'’-]+\s+){0,3})\b(?:reduce|cut|lower|raise|increase|decrease|trim|lift)\s+(?:(?!by\b)[\w'’-]+\s+){0,4}?by\s+${anyOf(AT_LEAST_MOST, notThan(MORE_LESS), than(MORE_LESS), UP_TO)}\s+$`,
  'i',
);

/**
 * Why the number at `m` defines membership rather than measures: a bound that picks out members
 * ("countries with debt ratios exceeding 60%", "quarters in which GDP increased by less than
 * 2.0%"), a rank's cut, a tier of a schedule or a condition. A bound a subject of its own reached
 * ("exports rose by less than 2%", "debt stood above 60% of GDP") stays a figure: undefined.
 * @example membershipBound('Seven members still carry debt ratios exceeding 65%.', { start: 48, end: 51, kind: 'share' }) // 'group'
 */
export function membershipBound(s: string, m: MembershipMatch): MembershipReading | undefined {
  const start = m.own ?? m.start;
  const own = s.slice(start, m.end);
  // A number in words ("over seven percent") starts where its word does.
  const digit = /\d/.test(own) ? own.search(/\d/) : (NUMBER_WORD_START_RE.exec(own)?.index ?? -1);
  if (digit < 0) return undefined;
  const before = s.slice(0, start + digit);
  const tabled = tableLabelBound(before, s.slice(m.ownEnd ?? m.end), m);
  if (tabled) return tabled;
  // "Where the rent of a unit exceeds $3,200 a month", "whether or not it exceeds ¥10 million",
  // "€40 for a debt of less than €1,000", "| Urban taxis, until the fare reaches $102.50 |" (v258).
  if (sortingClause(before, s.slice(start + digit))) return 'condition';
  // "lenders providing a more than £40 million cut": a bound after "a" sizes the event its
  // noun names, one figure, not a line that sorts the members before it.
  if (ARTICLE_BOUND_BEFORE_RE.test(before)) return undefined;
  // "0.14 percentage points lower than the 3.00% offered in the August issue": "the" between a
  // comparative's "than" and the number names the level compared with, as a threshold named with
  // its number is, no line that sorts (v282).
  if (THAN_THE_LEVEL_BEFORE_RE.test(before)) return undefined;
  // "has extended cumulative yen loans exceeding JPY", "decided to provide loans up to JPY", "approved
  // loans over US$": the bound sizes the sum a lender, donor or government gave, the object of its
  // verb, no line that sorts loans ("Loans up to $50,000 carry no fee", "Banks may not grant loans
  // exceeding $", "Lenders that extend loans exceeding $" still sort).
  if (m.kind === 'amount' && givenSumBound(before)) return undefined;
  // "Remittances from workers living abroad now exceed $", "The Commission estimates that the
  // investment gap already exceeds €": members named in a participle phrase of the subject, or a
  // "that" clause with a subject of its own, end before the sentence's verb, which reaches the
  // bound: a bound a subject reached, a figure. "Firms operating in the zone with turnover
  // exceeding $", "Households earning more than $" and "Projects that exceed $" still sort.
  if (PARTICIPLE_SUBJECT_VERB_BOUND_RE.test(before) || THAT_CLAUSE_VERB_BOUND_RE.test(before))
    return undefined;
  // "confirming that tuition fee increases for the 2036 academic year must not exceed 4.4%": the cap
  // a modal of prohibition lays on a charge or its rise is the figure the rule sets, though members
  // were named before the "that" (v216). "…, and of up to €100 a month to those with a higher
  // income": a further arm of a list of caps reads as the list's first arm does.
  if (cappedCharge(before)) return undefined;
  // "municipalities holding reserves above that cap reduce fees by at least 10% until …": a bound
  // after the "by" of a change the predicate asks for, in its plain form with no relative before
  // it, is the least (or most) the change must be, its size, not a line on the members named
  // before ("firms that cut emissions by at least 20% qualify" still sorts; v235).
  if (m.kind === 'change' && ASKED_CHANGE_BY_BOUND_RE.test(before)) return undefined;
  const arm = firstCapArm(before);
  if (arm) return membershipBound(s, { start: arm.start, end: arm.end, kind: m.kind });
  if (qualifiedMembers(before, m.range !== undefined)) return 'group';
  // "counties with unemployment above the state average of 3.3 percent qualify for": a bound
  // stated as the whole's average sorts the members as the bare bound would. "Unemployment stood
  // at 5.1 percent, above the state average of 3.3 percent" names no members and keeps its gap.
  const average = AVERAGE_BOUND_BEFORE_RE.exec(before);
  if (average && qualifiedMembers(before.slice(0, average.index) + average[1] + ' ', false))
    return 'group';
  // "large-scale projects (capital expenditure above €100 million): 31 projects", "small firms
  // (turnover below £10 million)": a bound in brackets right after the members it sorts, on what
  // each holds, names the group, as "firms with turnover above $5 million" does.
  if (
    BRACKETED_MEMBER_BOUND_BEFORE_RE.test(before) &&
    BRACKET_CLOSES_AFTER_RE.test(s.slice(m.ownEnd ?? m.end))
  )
    return 'group';
  const next = s.slice(m.ownEnd ?? m.end);
  // "GNI per capita is above $4,500, the threshold used to place countries in group C": the
  // aside says the bound sorts members, though a subject of its own reaches it.
  if (PLAIN_BOUND_BEFORE_RE.test(before) && SORTING_THRESHOLD_AFTER_RE.test(next)) return 'group';
  // "co-financing below $2 million per project": a bound each item must pass, not a sum.
  if (NOUN_BOUND_BEFORE_RE.test(before) && PER_ITEM_AFTER_RE.test(next)) return 'group';
  // "a fast-track mechanism for investment proposals above Rs 500 crore": the items a procedure
  // or a scheme is for, picked out by the bound.
  if (FACILITY_FOR_ITEMS_BOUND_BEFORE_RE.test(before)) return 'group';
  // "fixed rates at 90% loan-to-value", "95% LTV mortgages": the band names a class of loan.
  if (m.kind === 'share' && LOAN_BAND_AFTER_RE.test(next)) return 'group';
  // "banks may make up to 20 percent of their lending at LVRs above 80 percent", "the share allowed
  // above a 65 percent LVR": the ratio band sorts loans, as the band named after its percent does
  // (v285); the limit's own level ("up to 20 percent") keeps its reading.
  if (m.kind === 'share' && LOAN_RATIO_BOUND_BEFORE_RE.test(before)) return 'group';
  if (
    m.kind !== 'amount' &&
    RATIO_BAND_POSITION_BEFORE_RE.test(before) &&
    LOAN_BAND_AFTER_RE.test(s.slice(start + digit).replace(OWN_PERCENT_RE, ''))
  )
    return 'group';
  // "Large companies that raise total salaries by 3% or more will receive a credit of 10%, and
  // those raising them by 7% or more a credit of 25%": the least change a relative clause or a
  // participle asks of its members, with its open end, says which of them qualify (v285).
  if (MEMBERS_CHANGE_BY_BEFORE_RE.test(before) && CHANGE_OPEN_END_AFTER_RE.test(next))
    return 'group';
  if (scheduleTier(before, next, m.range !== undefined)) return 'tier';
  // "Income between €30,001 and €60,000 is taxed at 35%", "the portion of the price from £250,001
  // to £925,000 attracts duty of 5%", "taxable profits between A$50,000 and A$250,000, the rate
  // falls to": both ends of a band of the base a rate is levied on, in running text as in a list.
  if (m.kind === 'amount' && leviedBand(before, next)) return 'tier';
  if (conditionBound(before, next)) return 'condition';
  // "the fee … rose from €100 to €150 where the net estate exceeds €50,000", "Households qualify
  // where the gross monthly household income does not exceed S$3,000": the base of the payer a
  // present condition bounds says when the charge or relief applies (v243).
  if (WHERE_BASE_BOUND_BEFORE_RE.test(before)) return 'condition';
  // "Below 100 per cent, an insurer must present a plan; below 80 per cent, FINMA may restrict its
  // business": a bound fronted before a clause of what must, may or cannot be done there is a rung
  // of a rule's ladder, the case it applies in, no level anything reached (v95).
  if (FRONTED_BOUND_BEFORE_RE.test(before) && RULE_CLAUSE_AFTER_RE.test(next)) return 'condition';
  // "well below the 82% needed for profitable operation", "the 3% growth required to stabilise
  // debt": a level or rate a goal needs, named with "the", is a condition to meet, no measure. A
  // sum needed ("the $2 billion needed to finish the road") is money sought, a figure.
  if (m.kind !== 'amount' && THE_BEFORE_RE.test(before) && NEEDED_FOR_AFTER_RE.test(next))
    return 'condition';
  // "A third of firms plan to raise prices by more than 5%", "the share of respondents expecting
  // to cut staff by at least 10%": a bound on what the counted members plan or expect says which
  // of them the share counts, as "firms with more than 250 staff" does.
  if (COUNTED_PLAN_BOUND_BEFORE_RE.test(before)) return 'group';
  // "Twelve of them raised their contributions by more than 20 percent": the bound on each
  // member's own change says which members the count counts.
  if (COUNTED_OWN_CHANGE_BOUND_BEFORE_RE.test(before)) return 'group';
  // "Fees above $9,000 and below $500 are waived": the second bound of a pair reads as the first.
  const paired = PAIRED_BOUND_BEFORE_RE.exec(before);
  if (paired) {
    const first = paired.index + paired[1]!.length;
    const reading = membershipBound(s, {
      start: first,
      end: first + paired[2]!.length,
      kind: m.kind,
    });
    if (reading) return reading;
  }
  // "incomes over $110,400 ($220,800 for married couples filing jointly)", "pensioners with
  // incomes below €18,000 (€36,000 for couples)": a value in brackets right after a number, for
  // another group or case, is the same line set for that group and reads as the number before it;
  // "rises to $16,550 ($33,100 for couples)" gives a figure for each and stays.
  const alternative = BRACKETED_ALTERNATIVE_BEFORE_RE.exec(before);
  if (alternative && OTHER_GROUP_AFTER_RE.test(s.slice(m.ownEnd ?? m.end))) {
    const first = alternative.index;
    const reading = membershipBound(s, {
      start: first,
      end: first + alternative[1]!.length,
      kind: m.kind,
    });
    if (reading) return reading;
  }
  // "Owners whose gross income is below €18,000 (single) or €25,000 (couple) may defer the tax":
  // the second line of a pair, each with the group it is set for in brackets, reads as the first
  // (v206); "rose to $16,550 (single) and $33,100 (couples)" gives a figure for each and stays.
  const labelled = LABELLED_ALTERNATIVE_BEFORE_RE.exec(before);
  if (labelled) {
    const reading = membershipBound(s, {
      start: labelled.index,
      end: labelled.index + labelled[1]!.length,
      kind: m.kind,
    });
    if (reading) return reading;
  }
  if (
    GROUP_CRITERION_BEFORE_RE.test(before) ||
    CRITERION_BEFORE_RE.test(before) ||
    RELATIVE_CRITERION_BEFORE_RE.test(before) ||
    BAND_GROUP_BEFORE_RE.test(before) ||
    MEMBERS_PAST_LINE_BEFORE_RE.test(before) ||
    (MEMBERS_MEET_LINE_BEFORE_RE.test(before) && MET_LINE_AFTER_RE.test(s.slice(m.ownEnd ?? m.end)))
  )
    return 'group';
  // "the count of posts paid less than half the median", "staff earning within $2 of the minimum":
  // members counted by where their pay lies, below a line or in a band around a level.
  if (
    COUNTED_PAY_BOUND_BEFORE_RE.test(before) ||
    (PAY_WITHIN_BEFORE_RE.test(before) && /^\s*of\s/i.test(s.slice(m.ownEnd ?? m.end)))
  )
    return 'group';
  if (CONDITION_BOUND_BEFORE_RE.test(before)) return 'condition';
  // "97 schemes reported a ratio below 100 per cent", "Only 1 per cent of undertakings, representing
  // …, reported a ratio below 100 per cent": a bound on the measure counted members report says
  // which members the count counts (v95).
  if (COUNTED_REPORT_BOUND_BEFORE_RE.test(before)) return 'group';
  // "a quarter of borrowers pay more than 40% of income on debt", "6% of firms had a ratio of 50%
  // or more": a bound in the predicate of a share of members says which members it counts.
  if (
    SHARE_OF_MEMBERS_HOLD_RE.test(before) &&
    (BOUND_BEFORE_RE.test(before) || OR_MORE_AFTER_RE.test(s.slice(m.ownEnd ?? m.end)))
  )
    return 'group';
  // "where a school enrols fewer than 90% of its places (that is, more than 10% empty)": the
  // bracket says the condition's bound again, in other words.
  const restated = RESTATED_BOUND_BEFORE_RE.exec(before);
  if (restated && CONDITION_BOUND_BEFORE_RE.test(before.slice(0, restated.index)))
    return 'condition';
  if (m.kind === 'share' && digit === 0 && RANKED_GROUP_BEFORE_RE.test(before)) return 'rank';
  // "in the driest 10 per cent of seasons", "the highest 5% of incomes": a band of ranked items
  // picked by their rank, no share anything measured.
  if (
    m.kind === 'share' &&
    digit === 0 &&
    m.object !== undefined &&
    RANKED_BAND_BEFORE_RE.test(before)
  )
    return 'rank';
  if (
    m.kind === 'share' &&
    digit === 0 &&
    /\bthe\s+$/i.test(before) &&
    RANKED_WHOLE_AFTER_RE.test(s.slice(start))
  )
    return 'rank';
  // "an extra 1% on the first $60,000 of each balance", "the reduced band applying to the first
  // £20,000": the tranche of a stock a rate applies to is a line that cuts it in two, no sum.
  // So is the limit in brackets on what part of that tranche may come from ("(with up to $20,000
  // from the savings account)").
  if (
    m.kind === 'amount' &&
    (TRANCHE_BEFORE_RE.test(before) ||
      (TRANCHE_NAMED_RE.test(before) && BRACKETED_LIMIT_BEFORE_RE.test(before)))
  )
    return 'tier';
  const rest = s.slice(m.ownEnd ?? m.end);
  // "applies to transactions above 10,000 euros", "products containing more than 5% sugar",
  // "growth of at least 7 per cent is needed to halve poverty": a line that sorts items, or a
  // condition to meet, not what anything measured.
  if (
    SORTED_ITEMS_BEFORE_RE.test(before) ||
    ITEMS_ON_BOUND_BEFORE_RE.test(before) ||
    CHARGE_FOR_ITEMS_BOUND_BEFORE_RE.test(before)
  )
    return 'group';
  // "the largest trusts with an income of over £250m", "clubs earning more than €2 million",
  // "operators who grossed more than $5 million": a bound on what each member takes in sorts them.
  if (MEMBER_INCOME_BOUND_BEFORE_RE.test(before)) return 'group';
  // "for each additional employee with a salary of up to Rs 1 lakh", "workers with gross pay of up
  // to €2,000 a month": the most a member earns says which members a scheme covers.
  if (MEMBER_PAY_UP_TO_BEFORE_RE.test(before)) return 'group';
  // "the benefit is fully withdrawn at £80,000", "the credit phases out completely at an adjusted
  // gross income of $95,000", "payments stop altogether at a family income of €42,000": the income
  // at which a benefit, credit or allowance ends is a line that sorts those who get it from those
  // who do not, no sum paid ("was withdrawn at a cost of £2 billion" stays).
  if (m.kind === 'amount' && PHASED_OUT_AT_BEFORE_RE.test(before)) return 'group';
  // "Applicants need a minimum annual income of £12,000 to qualify", "Bidders must have a net worth
  // of at least US$20 million to take part", "To be eligible, a firm must hold paid-up capital of at
  // least ₦2 billion": the least an applicant must hold to enter a scheme or a tender is a
  // condition of entry, no sum anyone holds; and so is the most or least an applicant may earn or
  // hold, whatever bound states it ("applicants must have a monthly household income not exceeding
  // $68,450", "To qualify, buyers must earn no more than £45,000", "household income must not exceed
  // 120% of the area median to be eligible"). A floor a rule sets on the firms it binds, with no
  // entry named ("Insurers are required to hold minimum capital of R$ 15 million"), stays.
  if (entryBound(before, s.slice(m.ownEnd ?? m.end), m.kind === 'amount')) return 'condition';
  // "every tenant paying over a third of income in rent", "any firm with more than 250 staff", "any
  // grant of over $2 million": one member picked out by the bound stands for all that pass it.
  if (ANY_MEMBER_BOUND_BEFORE_RE.test(before) || ANY_MEMBER_BARE_BOUND_BEFORE_RE.test(before))
    return 'group';
  // "the fifth consecutive year of more than $3 billion in sales", "the third year in a row above 6
  // percent": the line each year of a run passed.
  if (RUN_OF_BOUND_BEFORE_RE.test(before)) return 'group';
  // "the slab of ₹16 lakh to ₹20 lakh", "a new tax band of £50,271 to £125,140": a band of money
  // a schedule's rate applies to sorts incomes, as "incomes over" does.
  if (m.kind === 'amount' && m.range !== undefined && INCOME_BAND_BEFORE_RE.test(before))
    return 'group';
  // "Firms with turnover from €2 million to €10 million count as medium-sized", "Loans of between
  // €25,000 and €250,000 qualify", "Salaries from £50,271 to £125,140 attract the higher rate": a
  // band with both ends, right after the members or items it sorts with no verb between, says which
  // of them a rule or a count takes, as "firms with turnover above $5 million" does.
  if (sortedBand(before, rest, m.range !== undefined, m.kind === 'amount')) return 'group';
  // "bei Steuerpflichtigen mit einem zu versteuernden Einkommen oberhalb von 73 000 €".
  if (GERMAN_INCOME_BOUND_BEFORE_RE.test(before)) return 'group';
  // "Card payments of up to ₦5,000 remain free of charge", "Customers owing more than $2,000 who
  // have not agreed a plan will be disconnected", "Pensioners aged 70 or over with savings below
  // £16,000 can apply": a bound on a noun inside its clause's subject sorts the members or items
  // the predicate speaks of, whatever links it to them ("of", "with", a participle), when the
  // predicate is a rule or a class in the present or after a modal.
  if (exemptedBase(before, rest)) return 'tier';
  if (subjectMembersBound(before, rest)) return 'group';
  // "The ten largest projects, each above €300 million, …", "Twelve contracts, each worth more than
  // $1 billion": a bound set off after a group, that each of its members passes, says which
  // members the group holds, as "any firm with more than" does; "each rose by more than" stays.
  if (EACH_PAST_BOUND_BEFORE_RE.test(before)) return 'group';
  // "Transfers of more than €10,000 must be declared", "Any project costing over $100 million is
  // referred to the board", "Contracts above $5 million need board approval": a bound in a rule's
  // subject says what the rule applies to.
  if (RULE_SUBJECT_BEFORE_RE.test(before) && RULE_AFTER_RE.test(rest)) return 'condition';
  // "(A stake of under 30% would normally rule out control; holdings over 45% raise a presumption
  // of it)": a bound in a generic subject, with what any case past it would be taken to show.
  if (GENERIC_BOUND_SUBJECT_RE.test(before) && GENERIC_VERDICT_AFTER_RE.test(rest))
    return 'condition';
  if (BOUND_BEFORE_RE.test(before) && NEEDED_AFTER_RE.test(rest)) return 'condition';
  // "Meeting the goal would require annual growth of over 12 per cent", "requires volume growth of
  // at least 6% a year": a bound on the growth or rise that a goal needs is a condition to meet,
  // as "growth of at least 7 per cent is needed" is; growth "recorded" or "expected" stays.
  if (BOUND_BEFORE_RE.test(before) && GROWTH_NEEDED_BEFORE_RE.test(before)) return 'condition';
  if (BOUND_BEFORE_RE.test(before) && PERIOD_RUN_AFTER_RE.test(rest)) return 'group';
  // "with 16 per cent of the island's people aged 70 or over": stated words that close on a number of
  // their own leave the "or over" to that number (the age), not to the figure.
  const closesOnOther = /(?<![\d\s])\s\d[\d.,]*(?:\s+[a-z]+)?$/i.test(
    s.slice(start + digit, m.ownEnd ?? m.end).trimEnd(),
  );
  if (closesOnOther && OR_MORE_AFTER_RE.test(rest)) return undefined;
  if (
    OR_MORE_AFTER_RE.test(rest) &&
    (CRITERION_LEAD_RE.test(before) ||
      LIVING_ON_RE.test(before) ||
      EACH_WORTH_RE.test(before) ||
      APPLIED_ON_VALUED_RE.test(before) ||
      joinedCriterion(before))
  )
    return 'group';
  // "the Market Basket Measure poverty line of $2,225 a month", "the upper secondary threshold of
  // £1,010 a week": a line of so much a week or a month is a threshold named with its number, a
  // figure (v282); one of so much a day stays the line that sorts people.
  if (
    (LIVING_ON_RE.test(before) && PER_DAY_AFTER_RE.test(rest)) ||
    (LINE_OF_RE.test(before) && DAILY_AFTER_RE.test(rest))
  )
    return 'group';
  const after = s.slice(m.ownEnd ?? m.end);
  const bounded =
    BOUND_BEFORE_RE.test(before) ||
    (LINE_BOUND_BEFORE_RE.test(before) && LINE_NOUN_AFTER_RE.test(after)) ||
    BOUND_AFTER_RE.test(after) ||
    COMPARED_BOUND_BEFORE_RE.test(before);
  if (!bounded) return undefined;
  // "Three development banks pledged more than $10 billion": money the members gave or raised
  // together is their joint figure, not a line each of them passed.
  const joint = (words: string) =>
    COLLECTIVE_RE.test(words) || (m.kind === 'amount' && JOINT_AMOUNT_RE.test(words));
  // "Over 60 percent of firms are hiring, as demand picks up in many sectors": a share whose whole
  // is the members themselves counts them; no count of members passes it as a line.
  if (m.kind === 'share' && m.object !== undefined && MEMBERS_WHOLE_RE.test(m.object))
    return undefined;
  if (FRONTED_COUNTED_GROUP_RE.test(before)) return 'group';
  if (COUNTED_ITEMS_PAST_BOUND_BEFORE_RE.test(before)) return 'group';
  const counted = COUNTED_GROUP_BEFORE_RE.exec(before);
  if (counted && !joint(counted[0])) return 'group';
  const by = COUNTED_GROUP_AFTER_RE.exec(after);
  return by !== null && !joint(by[0]) ? 'group' : undefined;
}

/** Right before a number, members qualified by a participle phrase that ends before the
 *  sentence's own finite verb, which passes or reaches the bound: "from Velmorans working abroad
 *  now exceed $", "of firms operating in the free zone exceeded $", "of households living abroad
 *  rose to more than $". No relative, "with" or conjunction in the phrase ("firms operating in the
 *  zone with turnover exceeding $" sorts by turnover). */
const PARTICIPLE_SUBJECT_VERB_BOUND_RE = new RegExp(
  String.raw`\b[a-z]{3,}s\s+(?!(?:during|including|excluding|according|amounting|totall?ing)\b)[a-z]{3,}ing\s+(?:(?!(?:with|whose|where|who|that|which|and|or|than)\b)[\w'’-]+\s+){1,6}?(?:(?:now|already|still|also|again|together|collectively)\s+)?(?:exceed(?:s|ed)?|surpass(?:es|ed)?|top(?:s|ped)?|(?:rose|grew|climbed|jumped|increased|reached|totall?ed|amounted|stood|were|was|are|is)\s+(?:(?:to|at)\s+)?${anyOf(than(MORE_LESS), POSITION, IN_EXCESS_OF)})\s+(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);
/** Right before a number, a "that" clause with a subject of its own, then its finite verb of
 *  passing: "estimates that the investment gap already exceeds €", "believes that receipts now
 *  exceed £". A "that" right before its verb, or with only an adverb between, is a relative on the
 *  members before it ("Projects that exceed $", "Firms that already exceed $") and still sorts. */
const THAT_CLAUSE_VERB_BOUND_RE =
  /\bthat\s+(?:(?!(?:that|which|who)\b)[\w'’-]+\s+){0,4}?(?!(?:now|already|still|also|all|each|often|generally|typically|regularly|consistently|not|never|always|together|that|which|who)\b)[a-z][\w'’-]*\s+(?:(?:now|already|still|also|again|even)\s+)?(?:exceed(?:s|ed)?|surpass(?:es|ed)?|top(?:s|ped)?)\s+(?:[^\s\d]{1,4}\s?)?$/i;

/** A group named by a bound its members pass: "7 members still carrying debt ratios exceeding
 *  65%", "members of the union with deficits above 3 percent", "the third quarter in which GDP
 *  grew by more than 3%" (a plural or period noun, a relative word, then the bound). An adjective
 *  in -ing ("the months of the ongoing season", "the coming years") is no participle that sorts. */
const GROUP_CRITERION_BEFORE_RE = new RegExp(
  String.raw`\b(?:countries|economies|nations|members|allies|states|regions|provinces|firms|companies|households|banks|borrowers|pensioners|retirees|workers|employees|earners|taxpayers|applicants|claimants|residents|tenants|families|individuals|people|persons|quarters?|months?|years?|periods?|cases)(?:\s+(?:of|in)\s+(?:the\s+)?[\w'’-]+)?\s+(?:(?:still|now|currently|all|also)\s+)?(?:in\s+which|where|whose|with(?![^.;:]*?\b(?:saw|sees?|seen|rose|rises?|risen|grew|grows?|fell|falls?|increased|decreased|declined|dropped|climbed|jumped|received|receives?|qualif(?:y|ies)|reported|recorded|posted|registered|had|has|have|was|were|is|are|will|would|could|may|might|did|does|(?<!\b(?:that|which|who)\s)(?:can|must|should|shall))\b)|carry|that|which|(?!(?:on|up|forth)?going\b|(?:up|forth)?coming\b)[a-z]{2,}ing)\b[^.;:,]{0,80}?\b${anyOf(EXCEED, POSITION, than(MORE_LESS, GREATER, HIGHER_LOWER, FASTER_SLOWER, FEWER, LARGER_SMALLER), IN_EXCESS_OF)}\s+(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);

/** Right before a bound, members counted by the pay each gets: "the count of posts paid below ",
 *  "the share of workers earning under ", and a percent of members with the verb of their pay
 *  (v285: "26.8 per cent of employees earned less than RM"). */
const COUNTED_PAY_BOUND_BEFORE_RE = new RegExp(
  String.raw`(?:\b(?:number|share|proportion|percentage|count)|\d\s?(?:%|per\s?cent|percent))\s+of\s+(?:(?:all|the)\s+)?(?:[\w'’-]+\s+){0,3}?(?:[a-z]{3,}s|staff|people|personnel)\s+(?:paid|earning|on|earned|earn|(?:were|are)\s+paid)\s+${anyOf(than(MORE_LESS, FEWER), POSITION)}\s+(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);
/** Right before a number, a verb of pay and "within", a band around the level named after it:
 *  "are paid at or within ", "earn within $". */
const PAY_WITHIN_BEFORE_RE =
  /\b(?:paid|earn(?:s|ed|ing)?|receiv(?:e|es|ed|ing))\s+(?:at\s+or\s+)?within\s+(?:[^\s\d]{1,4}\s?)?$/i;

/** Right after a percent, the loan-to-value band it names, no ratio measured: " loan-to-value",
 *  " LTV mortgages" (" loan-to-value ratio", " LTV ratio" may be a level and keep their reading). */
const LOAN_BAND_AFTER_RE = /^[\s-]*(?:loan-to-value|LTV|LVR)\b(?![\s-]*ratios?\b)/i;
/** v285: right before a number, loans or lending placed at a loan-to-value or debt-to-income band
 *  by a bound: "lending at LVRs above ", "loans with an LTV of more than ", "the share allowed
 *  above a " (a band's percent then named after it, LOAN_BAND_AFTER_RE). */
const LOAN_RATIO_BOUND_BEFORE_RE = new RegExp(
  String.raw`\b(?:at|with|on)\s+(?:an?\s+)?(?:LVRs?|LTVs?|LTIs?|DTIs?|DSRs?|(?:loan|debt)-to-(?:value|income)(?:\s+ratios?)?)\s+(?:of\s+)?${anyOf(GROUP_BOUND)}\s+$`,
  'i',
);

/** A percent at the start of the words: "65 percent", "80%". */
const OWN_PERCENT_RE = /^\d[\d.,]*\s?(?:%|per\s?cent\b|percent\b)/i;
/** v285: right before a ratio band's percent, a position with its article: "allowed above a ",
 *  "lending below an " (" 65 percent LVR" after it). */
const RATIO_BAND_POSITION_BEFORE_RE = new RegExp(String.raw`\b${POSITION}\s+an?\s+$`, 'i');
/** v285: right before a number, a change a relative clause or a participle asks of the members
 *  named before it, up to its "by": "companies that raise total salaries paid to continuing
 *  employees by ", "those raising them by ", "firms which cut emissions by ". */
const MEMBERS_CHANGE_BY_BEFORE_RE =
  /\b(?:(?:that|which|who)\s+(?:(?:each|also|can|will|do|does)\s+)?(?:rais|increas|lift|cut|reduc|lower|grow|grew|expand|boost|improv|add)[a-z]*|(?:those|[a-z]{3,}s)\s+(?:rais|increas|lift|cutt|reduc|lower|grow|expand|boost|improv|add)ing)\s+(?:(?!by\b)[\w'’-]+\s+){0,8}?by\s+$/i;
/** v285: right after a change's number (its unit apart), its open end: " or more", "% or less",
 *  " percentage points or more". */
const CHANGE_OPEN_END_AFTER_RE =
  /^(?:\s?(?:%|per\s?cent\b|percent\b|(?:percentage\s+)?points?\b))?\s+or\s+(?:more|less|above|over|higher|lower|greater)\b/i;
/** Right before a number, members sorted by a band of what they earn or hold, at either end:
 *  "households with PCI between ", "families earning between R90 001 and R", and the sums a relief
 *  or a rate covers by "for" (v285: "marginal relief continues for profits between £50,000 and
 *  £"). */
const BAND_GROUP_BEFORE_RE =
  /(?:\b[a-z]{3,}s\s+(?:with|earning|whose|having)\s+(?:(?:[\w'’-]+|\([A-Z]{2,6}\))\s+){0,6}?|\bfor\s+(?:[\w'’-]+\s+){0,2}?(?:profits|incomes|earnings|salaries|wages|turnovers?|sales|prices|values|balances|deposits|loans|estates|transactions)\s+(?:of\s+)?)between\s+(?:[^\s\d]{1,4}\s?)?(?:\d[\d,. ]*\s+and\s+(?:[^\s\d]{1,4}\s?)?)?$/i;
/** Right before a number, a comparative's "than" and "the": "lower than the ", "higher than the
 *  £" (v282). */
const THAN_THE_LEVEL_BEFORE_RE =
  /\b(?:more|less|fewer|higher|lower|greater|smaller|larger|cheaper|dearer)\s+than\s+the\s+(?:[^\s\d]{1,4}\s?)?$/i;
/** Right before a number, a bound after an article: "a more than ", "an over ", "a less than £". */
const ARTICLE_BOUND_BEFORE_RE = new RegExp(
  String.raw`\b(?:a|an)\s+${anyOf(than(MORE_LESS), POSITION)}\s+(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);

/** A verb of what must be held: "need", "must have", "were required to show", "requires". */
const REQUIRE_VERB = String.raw`(?:need(?:s|ed)?|must\s+(?:(?:also|still|each|both|first|additionally)\s+)?(?:have|hold|show|earn|demonstrate|possess|report)|(?:is|are|was|were|be)\s+required\s+to\s+(?:have|hold|show|earn|demonstrate|possess|report)|require[sd]?)`;
/** What an applicant holds that a minimum is set on: income, net worth, turnover, capital. */
const QUALIFICATION = String.raw`(?:incomes?|earnings|net\s+worth|turnover|sales|revenues?|capital|assets|equity|salar(?:y|ies)|pay)`;
/** Right before a sum, a verb of requirement, then a minimum of what is held ("need a minimum gross
 *  income of €", "must have a net worth of at least US$"), or the second sum of a list of two
 *  ("… of €900 a month for couples and €"). Group 1 is "minimum", group 2 the bound after "of". */
const REQUIRED_MINIMUM_BEFORE_RE = new RegExp(
  String.raw`\b${REQUIRE_VERB}\s+(?:(?:a|an)\s+)?(minimum\s+)?(?:[\w-]+\s+){0,3}?${QUALIFICATION}\s+of\s+(${anyOf(AT_LEAST, notThan('less'))}\s+)?(?:[^\s\d]{1,4}\s?\d[\d.,]*(?:\s?(?:million|billion|crore|lakh|bn|m|k))?(?:\s+[^\s\d,;.]+){0,5}?,?\s+(?:and|or)\s+)?(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);
/** A bound on either side of what an entrant holds (boundWords.ts's HELD_BOUND), right after its
 *  noun or its "of": "of up to ", "not exceeding ", "below ", "of no more than ", "at or below ". */
const HELD_BOUND_OF = String.raw`(?:of\s+)?${HELD_BOUND}`;
/** What is held and its bound: "a gross household income below ", "net assets of up to ", "a gross
 *  national income per capita of no more than ". */
const HELD_WITH_BOUND = String.raw`(?:(?:a|an)\s+)?(?:[\w-]+\s+){0,3}?${QUALIFICATION}(?:\s+per\s+(?:capita|head|person|household|member))?\s+${HELD_BOUND_OF}\s+`;
/** A sum or a percent already stated, with no more than its scale. */
const STATED_SUM = String.raw`(?:[^\s\d]{1,4}\s?)?\d[\d.,]*(?:\s?(?:million|billion|crore|lakh|bn|m|k|%|per\s?cent|percent))?`;
/** Right before a number, the bound a requirement puts on what is held: a verb of requirement (or
 *  "and have" after one) and what is held with its bound ("must have a monthly household income
 *  not exceeding $", "and have a taxable income of up to $", "must report turnover not exceeding ₦"),
 *  "earn" and its bound ("must earn no more than £"), what is held as the subject of a modal bound
 *  ("household income must not exceed S$", "net assets may be no more than €"), or the second sum of
 *  a pair ("… of up to $150,000 as a single or $", "… not exceeding $68,450 and assets not
 *  exceeding $"). */
const REQUIRED_BOUND_BEFORE_RE = new RegExp(
  String.raw`(?:\b(?:${REQUIRE_VERB}|and\s+(?:have|hold|show|earn|report))\s+${HELD_WITH_BOUND}|\b(?:must|need\s+to|(?:is|are)\s+required\s+to)\s+earn\s+${HELD_BOUND_OF}\s+|\b${QUALIFICATION}(?:\s+per\s+(?:capita|head|person|household|member))?\s+(?:must|may|should|shall|can)(?:\s*not)?\s+(?:exceed|be\s+${HELD_BOUND_OF})\s+)(?:${STATED_SUM}(?:\s+[^\s\d,;.]+){0,6}?,?\s+(?:and|or)\s+(?:${HELD_WITH_BOUND})?)?(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);
/** What says the minimum is for entry: after it, "to qualify", "to be eligible", "to bid", "to take
 *  part", "to join"; or before it, the same purpose fronted ("To be eligible, …"). */
const ENTRY = String.raw`to\s+(?:qualify|be\s+eligible|bid|apply|take\s+part|participate|join|enter|register|tender|borrow)\b`;
const ENTRY_AFTER_RE = new RegExp(String.raw`^[^.;:]{0,80}?\b${ENTRY}`, 'i');
const ENTRY_FRONTED_RE = new RegExp(String.raw`(?:^|[.;:]\s+)${ENTRY}[^.;:]{0,60},\s[^.;:]*$`, 'i');
/** Right before the verb of requirement, those who enter a scheme or a tender: "Applicants",
 *  "Bidders were", "developers bidding for capacity were". */
const ENTRANT_SUBJECT_RE = new RegExp(
  String.raw`\b(?:applicants|bidders|tenderers|developers|candidates|participants|claimants|entrants)\s+(?:[\w'’-]+\s+){0,4}?${REQUIRE_VERB}\s[^.;:]*$`,
  'i',
);

/**
 * True when the number right after `before` is the least or the most an applicant may hold or earn
 * to enter a scheme or a tender: a minimum sum ("a minimum income of", "of at least") after a verb
 * of requirement (`amount` only), or any bound on what is held ("income not exceeding", "net assets
 * of up to", "must earn no more than", "income must not exceed"), with entry named after it,
 * fronted, or by its subject ("Bidders must have").
 * @example entryBound('Applicants need a minimum annual income of £', '12,000 to qualify.', true) // true
 * @example entryBound('To qualify, buyers must earn no more than £', '45,000 a year.', true) // true
 * @example entryBound('Insurers are required to hold minimum capital of R$ ', '15 million.', true) // false
 */
function entryBound(before: string, after: string, amount: boolean): boolean {
  const required = amount ? REQUIRED_MINIMUM_BEFORE_RE.exec(before) : null;
  const minimum = required && (required[1] !== undefined || required[2] !== undefined);
  if (!minimum && !REQUIRED_BOUND_BEFORE_RE.test(before)) return false;
  return (
    ENTRY_AFTER_RE.test(after) || ENTRY_FRONTED_RE.test(before) || ENTRANT_SUBJECT_RE.test(before)
  );
}

/** A verb that ends a benefit by degrees or in full: "phases out", "tapered away", "fully withdrawn",
 *  "withdrawn in full", and a verb of stopping ("stops", "ceases", "ends", "is lost") with an adverb
 *  of completeness or after a taper ("gradually reduced and ceases"). */
const PHASE_OUT = String.raw`(?:phas(?:es|ed|e|ing)\s+out|taper(?:s|ed|ing)?\s+(?:away|off|to\s+zero)|(?:fully|completely|entirely|wholly)\s+withdrawn|withdrawn|stop(?:s|ped)?|ceas(?:es|ed|e)|end(?:s|ed)?|lost)`;
/** Right before a sum, the income at which a benefit ends: "is fully withdrawn at ", "phases out
 *  completely at an adjusted gross income of ", "ceases at a taxable income of ", "tapered away
 *  entirely at incomes of ". A bare "at" follows only a verb that names the phase-out itself
 *  ("fully withdrawn", "phases out", "tapered away"); a verb of stopping needs the income noun. */
const PHASED_OUT_AT_BEFORE_RE = new RegExp(
  String.raw`\b${PHASE_OUT}(?:\s+(?:completely|entirely|fully|altogether|in\s+full))?\s+at\s+(?:(?:a|an|the)\s+)?(?:(?:[\w-]+\s+){0,3}?(?:incomes?|earnings|salar(?:y|ies)|pay|profits?|turnover)\s+of\s+)(?:[^\s\d]{1,4}\s?)?$|\b(?:phas(?:es|ed|e|ing)\s+out|taper(?:s|ed|ing)?\s+(?:away|off|to\s+zero)|(?:fully|completely|entirely|wholly)\s+withdrawn|withdrawn\s+(?:in\s+full|fully|completely|entirely))(?:\s+(?:completely|entirely|fully|altogether|in\s+full))?\s+at\s+(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);

/** A bound that opens its sentence or a clause after a semicolon or a conjunction, its noun named
 *  or not, right before the number: "Below ", "; below ", ", and below ", "Below a leverage ratio
 *  of ", "Above ". */
const FRONTED_BOUND_BEFORE_RE = new RegExp(
  String.raw`(?:^\s*|[;:]\s*|,\s+(?:and|or|but|while)\s+)${anyOf(POSITION, 'beneath|beyond')}\s+(?:(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?(?:ratio|rate|level|coverage|margin|buffer)\s+of\s+)?$`,
  'i',
);
/** After the bound's unit, a comma and a clause of a few words whose verb is a modal or a passive
 *  of obligation, permission or bar: ", an insurer must ", ", FINMA may restrict", " it may
 *  withdraw" (no comma after a conjunction's clause), ", the government is required to". */
const RULE_CLAUSE_AFTER_RE =
  /^(?:\s*(?:%|per\s?cent|percent))?(?:\s+of\s+[\w'’-]+)?\s*,?\s+(?:[\w'’-]+\s+){1,5}?(?:must|may|might|can|cannot|can['’]t|shall|has\s+to|have\s+to|needs?\s+to|(?:is|are)\s+(?:not\s+)?(?:required|obliged|allowed|permitted|barred|prohibited|entitled)|will\s+have\s+to)\b/i;

/** A bound inside a condition, in the same clause: "If growth is higher than ", "unless exports
 *  grow faster than ", "provided that inflation stays below ", "paid only when the ratio is above ",
 *  "as long as debt stays under ", "where a school enrols fewer than " (a rule's "where" and any one
 *  member, no comma before it), "if its grant element is at least " (any bound word, "at least" and
 *  "at most" too). The number states when something holds, not a figure ("exports
 *  rose by more than 3%" is one, and so is "when inflation exceeded 5%", a time, no condition). */
const CONDITION_BOUND_BEFORE_RE = new RegExp(
  String.raw`\b(?:if|unless|whenever|provided\s+that|in\s+case|only\s+(?:when|where|once)|(?:as|so)\s+long\s+as|(?<![,;]\s?)where(?=\s+(?:a|an|any|each)\s))\s+[^.;:,?!()]{1,80}?\b${anyOf(EXCEED, POSITION, 'beyond', than(MORE_LESS, FEWER, GREATER, HIGHER_LOWER, FASTER_SLOWER), IN_EXCESS_OF, AT_LEAST_MOST, notThan(MORE_LESS))}\s+(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);

/** Counted plural members (a number, a number in words or a share "of"), an aside between commas
 *  at most, a verb of reporting or holding, a measure's noun and a bound, up to the number: "97
 *  schemes reported a ratio below ", "1 per cent of undertakings, representing less than 0.5 per
 *  cent of total assets, reported a ratio below ", "4% of banks reported a leverage ratio under ".
 *  A subject with "the" before its count ("The 97 schemes") counts no members apart. */
const COUNTED_REPORT_BOUND_BEFORE_RE = new RegExp(
  String.raw`(?<!\bthe\s)(?:\b\d[\d,]*(?:\s?(?:%|per\s?cent|percent)\s+of)?|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|(?:half|a\s+(?:third|quarter|fifth|tenth))\s+of))\s+(?:(?:the|all|its|their)\s+)?(?:[\w'’-]+\s+){0,2}?[a-z]{3,}s\b(?:\s*,(?:[^.;:()]|\.(?=\d)){1,90}?,)?\s+(?:reported|report|showed|show|recorded|record|posted|had|held|ran)\s+(?:an?\s+)?(?:[\w'’-]+\s+){0,2}?(?:ratios?|rates?|levels?|coverage|margins?|buffers?|positions?)\s+(?:${AT_OR})?(?:${POSITION}|(?:of\s+)?${than(MORE_LESS)})\s+(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);

/** A share or fraction of plural members, then a verb of what each holds, pays or sees, up to the
 *  number: "3% of firms hold cash buffers of ", "a third of the loans that reset saw repayments
 *  climb by over ". */
const SHARE_OF_MEMBERS_HOLD_RE =
  /(?:\d\s?(?:%|per\s?cent\b|percent\b)(?!\s+(?:the|its|their)\b)|\b(?:half|(?:a|one|two|three|four)[\s-]+(?:thirds?|quarters?|fifths?|tenths?))|\bone\s+in\s+\w+)\s+(?:of\s+)?(?:(?:the|all|its|their)\s+)?(?:[\w'’-]+\s+){0,3}?[a-z]{3,}s\b[^.;:,()]{0,60}?\b(?:have|has|had|hold|holds|held|carry|carries|carried|pay|pays|paid|see|sees|saw|face|faces|faced|owe|owes|owed)\b[^.;:,()\d]{0,60}$/i;

/** A number, then a bracket that says it again as a bound: "90% of its places (that is, more than ". */
const RESTATED_BOUND_BEFORE_RE = new RegExp(
  String.raw`\d[\d.,]*[^()\d]*\(\s*(?:that\s+is|i\.e\.|in\s+other\s+words)\s*,?\s+${anyOf(than(MORE_LESS, FEWER, GREATER, HIGHER_LOWER), POSITION, AT_LEAST_MOST)}\s+(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);

/** The first number word of a figure stated in words: "seven", "twenty-five", "ten", and a
 *  fraction's, with its count or alone ("two-thirds", "the lowest-paid fifth"). */
const NUMBER_WORD_START_RE =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\b|\b(?:half|(?:(?:a|one|two|three)[\s-]+)?(?:third|quarter|fifth|tenth)s?)\b/i;

/** A verb that gives or commits money, in the past, the perfect or after "decided to": "extended",
 *  "has provided", "decided to provide", "approved", "made available", "awarded". */
const GIVING_VERB = String.raw`(?:provided?|provides|extend(?:ed|s)?|grant(?:ed|s)?|lent|lends?|offer(?:ed|s)?|disburse[ds]?|approve[ds]?|commit(?:ted|s)?|award(?:ed|s)?|allocate[ds]?|made\s+available|mobili[sz]ed)`;
/** Right before a number, a verb of giving, up to three words of its object's kind and the
 *  instrument it gives, then a bound: "has extended cumulative yen loans exceeding JPY ", "decided
 *  to provide yen loans up to ", "approved loans over US$", "awarded subsidies in excess of ₹".
 *  Group 1 is the two words right before the verb, which a relative or a modal may end. */
const GIVEN_SUM_BOUND_BEFORE_RE = new RegExp(
  String.raw`((?:\b[\w'’-]+\s+){1,2})${GIVING_VERB}\s+(?:[\w'’-]+\s+){0,3}?(?:loans?|grants?|credit(?:\s+lines)?|lines\s+of\s+credit|financing|finance|funding|aid|assistance|subsidies|guarantees)\s+(?:of\s+)?${anyOf(UP_TO, EXCEEDING, IN_EXCESS_OF, than('more', GREATER), ABOVE_OVER, AT_LEAST)}\s+(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);

/**
 * True when the bound right before a sum sizes what a verb of giving gave, not the members a rule
 * sorts: no relative ("Lenders that extend loans exceeding $"), modal or negation ("Banks may not
 * grant loans exceeding $") right before the verb.
 * @example givenSumBound('Japan has extended cumulative yen loans exceeding JPY ') // true
 * @example givenSumBound('Banks may not grant loans exceeding $') // false
 */
function givenSumBound(before: string): boolean {
  const m = GIVEN_SUM_BOUND_BEFORE_RE.exec(before);
  if (!m) return false;
  const lead = m[1]!.trim().toLowerCase().split(/\s+/);
  const last = lead[lead.length - 1]!;
  if (/^(?:that|which|who|not|cannot|can|may|must|should|shall)$/.test(last)) return false;
  return last !== 'to' || /^(?:decided|agreed|resolved)$/.test(lead[0]!);
}

/** Right before a number, a plural noun of things sorted by their size and the bound that sorts
 *  them, with no verb between: "transactions above ", "incomes over £", "imports worth less than
 *  $", "products containing more than ", "drinks containing more than ", "homes valued at over ",
 *  also in a bracket after the noun: "projects (with a value of over £", and securities by the
 *  price each trades at: "shares priced below ", "stocks trading under $".
 *  Exports, imports and sales sort
 *  only with a word of value ("exports of more than $9 billion" is their total). */
const SORTED_ITEMS_BEFORE_RE = new RegExp(
  String.raw`\b(?:(?:transactions|payments|purchases|incomes|earnings|salaries|wages|pensions|deposits|loans|mortgages|properties|houses|homes|dwellings|vehicles|cars|items|goods|products|parcels|shipments|consignments|contracts|projects|investments|taxpayers|estates|inheritances|gifts|assets|profits)\s+\(?(?:(?:worth|valued(?:\s+at)?|costing|priced(?:\s+at)?|containing|earning|making|with\s+(?:an?\s+)?(?:values?|turnover|incomes?|prices?|assets)\s+of)\s+)?|(?:exports|imports|sales|shipments)\s+(?:worth|valued(?:\s+at)?|costing|priced(?:\s+at)?)\s+|(?:stocks|shares|securities|equities|bonds|units|tickets)\s+(?:priced|trading|quoted)(?:\s+at)?\s+|\b[a-z]{3,}s\s+containing\s+)${anyOf(notThan('more'), AT_LEAST_MOST, EXCEEDING, IN_EXCESS_OF, than(MORE_LESS, GREATER, HIGHER_LOWER, LARGER_SMALLER), POSITION, UP_TO)}\s+(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);
/** Right before a bound, the items a rate or relief applies "on", sorted by their size: "a 2%
 *  rebate on home loans of up to $", "relief on deposits of more than ", and the debts a waiver
 *  covers ("waived damages on arrears up to ₹", "interest on debts below $"; v282: "Grants of up
 *  to £" sizes the grant itself and stays a figure). */
const ITEMS_ON_BOUND_BEFORE_RE = new RegExp(
  String.raw`(?<!\b(?:targets?|goals?|objectives?|caps?|ceilings?|limits?|benchmarks?)\s+)\b(?:on|for)\s+(?:[\w-]+\s+){0,2}?(?:loans|mortgages|deposits|purchases|payments|transactions|incomes|earnings|salaries|balances|savings|arrears|debts|dues|liabilities)\s+(?:of\s+)?${anyOf(UP_TO, notThan('more'), AT_LEAST_MOST, than(MORE_LESS), POSITION)}\s+(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);
/** Right before a bound, members sorted by what each takes in, a plural noun then "with" and an
 *  income ("trusts with an income of over ", "charities with assets above ", "firms with annual
 *  turnover of more than £"), a participle of earning ("clubs earning more than ", "venues grossing
 *  over $"), or a restrictive "who" and its past ("operators who grossed more than $", no comma
 *  before "who"). "The trust's income rose to over £250m" has no members and stays a figure. */
const MEMBER_INCOME_BOUND_BEFORE_RE = new RegExp(
  String.raw`\b[a-z]{3,}s\s+(?:with\s+(?:an?\s+)?(?:(?:annual|yearly|total|gross)\s+)?(?:incomes?|turnover|revenues?|assets|budgets?|earnings)(?:\s+of)?|(?:earning|grossing|generating|turning\s+over)|who\s+(?:each\s+)?(?:earned|grossed|generated|turned\s+over|took\s+in))\s+${anyOf(notThan('more'), AT_LEAST_MOST, EXCEEDING, IN_EXCESS_OF, than(MORE_LESS, GREATER, HIGHER_LOWER), POSITION)}\s+(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);
/** Right before a number, a member "with" its pay "of up to": "employee with a salary of up to Rs
 *  ", "workers with gross monthly pay of up to €". A member "receiving up to" a sum gets a capped
 *  sum, no line. */
const MEMBER_PAY_UP_TO_BEFORE_RE =
  /\b[a-z]{3,}\s+with\s+(?:an?\s+)?(?:(?:monthly|annual|yearly|weekly|gross|basic|total|taxable)\s+){0,2}(?:salar(?:y|ies)|wages?|incomes?|pay|earnings)\s+of\s+up\s+to\s+(?:[^\s\d]{1,4}\s?)?$/i;
/** Right before a bound, "any", "every" or "each" and a member with a participle or a relative of
 *  what it holds: "any tenant paying over ", "every firm with more than ", "each town where at least ". */
const ANY_MEMBER_BOUND_BEFORE_RE = new RegExp(
  String.raw`\b(?:any|every|each)\s+(?:[\w'’-]+\s+){0,2}?[a-z]{3,}\s+(?:[a-z]{3,}ed\s+(?:[\w'’-]+\s+){0,6}?)?(?:with|whose|having|that|which|who|where|of(?=\s+(?:no\s+|not\s+)?${anyOf(MORE_LESS, GREATER, HIGHER_LOWER, POSITION, AT_LEAST_MOST, String.raw`in\s+excess`)}\b)|[a-z]{3,}ing)\b[^.;:]{0,80}?\b${anyOf(notThan('more'), AT_LEAST_MOST, EXCEED, IN_EXCESS_OF, than(MORE_LESS, GREATER, HIGHER_LOWER, FEWER), POSITION)}\s+(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);
/** Right before a bound, "any", "every" or "each" and a member the bound follows bare, no period
 *  ("each hospital project over $", "every road scheme above €"; "each month over 1,200 vessels"
 *  counts what came in a month). */
const ANY_MEMBER_BARE_BOUND_BEFORE_RE = new RegExp(
  String.raw`\b(?:any|every|each)\s+(?:[\w'’-]+\s+){0,2}?(?!(?:years?|quarters?|months?|weeks?|days?|seasons?|periods?|times?|other)\b)[a-z]{3,}\s+${anyOf(POSITION, EXCEEDING, 'beyond', IN_EXCESS_OF)}\s+(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);
/** Right before a bound, an ordinal run of periods and "of": "the sixth straight year of more than
 *  $", "a third straight quarter of over ", or the run's periods named past the line itself, "in a
 *  row" or "running" after them or a word of a run before: "the third year in a row above ", "the
 *  fifth consecutive month below ", "a second straight quarter over $". The bound is the line each
 *  period passed. A run with no word of a run ("the second quarter above") may be one quarter. */
/** The bound after such a run: "of" and a comparative, a position, or a comparative with no
 *  "greater" ("more than", "higher than"). */
const RUN_BOUND = anyOf(
  String.raw`of\s+${than(MORE_LESS, GREATER, HIGHER_LOWER)}`,
  POSITION,
  than(MORE_LESS, HIGHER_LOWER),
);
const RUN_OF_BOUND_BEFORE_RE = new RegExp(
  String.raw`\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))\s+(?:(?:consecutive|straight|successive|running)\s+(?:years?|quarters?|months?|weeks?|seasons?)\s+${RUN_BOUND}|(?:years?|quarters?|months?|weeks?|seasons?)\s+(?:in\s+a\s+row|running)\s+${RUN_BOUND})\s+(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);
/** Plural items sorted by their own size, as a band or a bound picks them out: "incomes", "loans". */
const SORTED_ITEM_NOUNS = String.raw`(?:transactions|payments|purchases|incomes|earnings|salaries|wages|pensions|deposits|loans|mortgages|properties|houses|homes|dwellings|vehicles|items|goods|products|parcels|shipments|consignments|contracts|projects|investments|estates|inheritances|gifts|grants|awards|claims|bills|invoices)`;
/** The head of a band that sorts, right before its band word or first end, no verb in it: plural
 *  members and what each holds ("Firms with turnover ", "Companies with annual sales of ", "farms
 *  whose revenue is "), or (the next) items sorted by their own size as the subject that opens a
 *  clause ("Incomes ", "Loans of ", "Properties valued ", "Contracts worth "; "expects to sign
 *  loans of " is what a body will do, a sum). A participle of change or a verb between ("Loans to
 *  small firms grew ", "firms with turnover rising ") reports what happened and keeps the figure. */
const SORTED_BAND_MEMBERS_RE =
  /\b[a-z]{2,}[a-rt-z]s\s+(?:with|whose|having)\s+(?:(?:an?|the|their|its)\s+)?(?:(?!(?:of|to|and|or|in|at|by|for|from|than|is|are|was|were)\b)(?![\w-]*(?:ing|ed)\b)[\w'’-]+\s+){1,3}?(?:(?:is|are|lies|lie|falls?)\s+|of\s+)?$/i;
const SORTED_BAND_ITEMS_RE = new RegExp(
  String.raw`(?:^|[,;:(]\s*|\b(?:that|and|while|whereas)\s+|(?<=\d)\s+for\s+)(?:(?:all|any|the)\s+)?(?:[\w-]+\s+)?${SORTED_ITEM_NOUNS}\s+(?:(?:worth|valued(?:\s+at)?|costing|priced(?:\s+at)?|paying|earning|of)\s+)?$`,
  'i',
);
/** After a band of items, a verb of the past that reports what they were ("to €250,000 were made",
 *  " went to 12 towns", " sold quickly", an irregular past too) or a forecast of them (" are expected in 2032"). Items sorted by a band come with a rule in the present ("qualify", "are
 *  taxed", "attract"); "Loans of €25,000 to €250,000 were disbursed" tells their sizes, a range. */
const REPORTED_AFTER_BAND_RE =
  /^\s*(?:(?:to|and|-|–)\s*(?:[^\s\d]{1,4}\s?)?\d[\d,.]*(?:\s?(?:million|billion|trillion|thousand|crore|lakh|bn|m|k)\b)?\s*)?(?:(?:each|apiece|in\s+all)\s+)?(?:were|was|have|has|had|went|got|came|rose|fell|grew|stood|sold|bought|paid|spent|fetched|won|lost|made|sent|met|[a-z]{2,}[^e\s]ed|(?:is|are|will\s+be)\s+(?:expected|forecast|projected|planned|due|likely))\b/i;
/** In the clause before a band's members, a verb of change that the band's two ends are the levels
 *  of: "raise the share of ", "cut the number of ", "rose for ". */
const CHANGED_BEFORE_MEMBERS_RE = new RegExp(
  String.raw`\b(?:${VERB}|rais(?:e|es|ed|ing)|lift(?:s|ed|ing)?|cut(?:s|ting)?|reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?|bring(?:s|ing)?|brought|push(?:es|ed|ing)?|take|takes|took|taking)\b`,
  'i',
);
/** Right before a band's members, the share or count they are the whole of: "the share of ",
 *  "the proportion of all ", "the number of ". */
const WHOLE_OF_MEMBERS_RE =
  /\b(?:share|proportion|percentage|part|fraction|number|count|rate)\s+of\s+(?:(?:the|all|its|their)\s+)?$/i;
/** Right before the second end of a band, its band word and first end: "from €2 million to €",
 *  "between £12,571 and £". Group 1 is the band word. */
const BAND_SECOND_END_RE =
  /\b(between|from)\s+(?:[^\s\d]{1,4}\s?)?\d[\d,.]*(?:\s?(?:[a-z]+))?\s*(?:to|and|-|–)\s*(?:[^\s\d]{1,4}\s?)?$/i;
/** Right before a band's first end, its band word: "from €", "between £", "of between ". */
const BAND_WORD_END_RE = /(?:\bof\s+)?\b(?:between|from)\s+(?:[^\s\d]{1,4}\s?)?$/i;
/** Right before a range's first number, its sign: "€", "US$", "NZD " (no word: "grew "). */
const BAND_SIGN_END_RE = /(?<=^|\s)(?:[^\sa-z\d]{1,4}|[A-Z]{1,3}\$?)\s?$/;

/**
 * Whether the words before a band's end are the members or items it sorts: "Firms with turnover
 * from €2 million to €" (either end), "Incomes between £", "Companies with annual sales of $" (a
 * range, no band word needed). "Turnover rose from €2 million to €" names none and stays two levels.
 * @example sortedBand('Loans of between €', '250,000 qualify', true, true) // true
 */
function sortedBand(before: string, after: string, range: boolean, amount: boolean): boolean {
  const second = BAND_SECOND_END_RE.exec(before);
  const first = second ? before.slice(0, second.index) + second[1] + ' ' : before;
  const word = BAND_WORD_END_RE.exec(first);
  if (!word && !range && !second) return false;
  const head = (word ? first.slice(0, word.index) : first.replace(BAND_SIGN_END_RE, '')).replace(
    /\s*$/,
    ' ',
  );
  const members = SORTED_BAND_MEMBERS_RE.exec(head);
  if (members) {
    // "raise the share of villages with all-season roads from 61 percent to 74 percent": members
    // after a verb of change, or the whole of a share in percent ("the share of villages with
    // roads went from 61% to 74%"), are what the two levels measure, no band; "the number of
    // households with incomes from €20,000 to €30,000" still sorts the households it counts.
    const lead = head.slice(0, members.index);
    const clause = lead.slice(
      Math.max(...[',', ';', ':', '('].map((c) => lead.lastIndexOf(c))) + 1,
    );
    return !CHANGED_BEFORE_MEMBERS_RE.test(clause) && (amount || !WHOLE_OF_MEMBERS_RE.test(lead));
  }
  return SORTED_BAND_ITEMS_RE.test(head) && !REPORTED_AFTER_BAND_RE.test(after);
}

/** Right before the first end of a band of money, the band a tax schedule names: "the slab of ₹",
 *  "the bracket from $", "a new tax band of £", "incomes between " (not a target band of percents,
 *  which the caller keeps out by kind). Both ends sort incomes into the band a rate applies to. */
const INCOME_BAND_BEFORE_RE =
  /\b(?:(?:(?:tax|income|pay|salary)\s+)?(?:slabs?|brackets?)|(?:tax|income|pay|salary)\s+bands?)\s+(?:of\s+(?:incomes?\s+)?)?(?:(?:from|between)\s+)?(?:[^\s\d]{1,4}\s?)?$/i;
/** German: members picked by what each takes in, "mit" and an income, turnover or wealth, then a
 *  bound: "mit einem zu versteuernden Einkommen oberhalb von ", "mit einem Jahresumsatz von mehr
 *  als ", "mit Einkommen unter " ("ein Programm mit einem Volumen von über" names no income: a sum). */
const GERMAN_INCOME_BOUND_BEFORE_RE =
  /(?<![\p{L}])mit\s+(?:(?:einem|einer|einen|jährlichen|jährlichem|zu\s+versteuernden|[\p{Ll}]+en)\s+){0,3}(?:Jahres|Brutto|Netto)?(?:[Ee]inkommen|[Ee]inkünften|[Uu]msatz|[Uu]msätzen|[Vv]ermögen|[Gg]ehalt|[Gg]ehältern|[Ll]ohn|[Ll]öhnen|[Aa]rbeitslohn|[Bb]ilanzsumme)\s+(?:von\s+)?(?:(?:oberhalb|unterhalb)\s+von|über|unter|ab|bis(?:\s+zu)?|(?:mehr|weniger)\s+als)\s+(?:[^\s\d]{1,4}\s?)?$/u;
/** Right before a bound, a comma, "each" and at most a word of worth, then the bound: ", each above
 *  €", ", each worth more than $", ", each over ". */
const EACH_PAST_BOUND_BEFORE_RE = new RegExp(
  String.raw`,\s*each\s+(?:(?:worth|valued\s+at|costing|with)\s+)?${anyOf(than('more', GREATER, 'higher', 'larger|bigger'), ABOVE_OVER, EXCEEDING, IN_EXCESS_OF, AT_LEAST)}\s+(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);
/** Right before a number, "each worth" and its like, which an "or more" after it makes a line:
 *  "23 tickets each worth $2 million or more". */
const EACH_WORTH_RE = /\beach\s+(?:worth|valued\s+at|costing|paying)\s+(?:[^\s\d]{1,4}\s?)?$/i;
/** Right before a number, what a rule applies "on", "to" or "for", named by a participle of its
 *  value, which an "or more" after it makes a line: "$1.00 per $1,000 on work valued at ", "applies
 *  to consignments worth ", "for cargo priced at " (v232: "The building research levy is $1.00 per
 *  $1,000 on work valued at $20,000 or more"). A mass noun ("work", "cargo") sorts as a plural's
 *  members do. */
const APPLIED_ON_VALUED_RE =
  /\b(?:on|(?<!\b(?:rose|rise|rises|fell|fall|falls|grew|grow|grows|climbed|increased|decreased|dropped|jumped|risen|fallen|grown|came|amounted|amounts)\s)to|for)\s+(?:[\w'’-]+\s+){0,3}?[a-z]{3,}\s+(?:valued(?:\s+at)?|priced(?:\s+at)?|costing|worth)\s+(?:[^\s\d]{1,4}\s?)?$/i;
/** Before a bound, a verb of need and the growth or rise it needs: "would require annual growth of
 *  over ", "requires volume growth of at least ", "would need price increases of more than ". */
const GROWTH_NEEDED_BEFORE_RE =
  /\b(?:requires?|required|needs?|needed)\s+(?:(?:an?|the)\s+)?(?:[\w'’-]+\s+){0,2}?(?:growth|increases?|rises?|expansion|gains?)\s+(?:rates?\s+)?of\s+[^.;:\d]{0,20}$/i;
/** Right before a level, "the" and at most an adverb of size: "the ", "the roughly ". */
const THE_BEFORE_RE = /\bthe\s+(?:(?:about|around|roughly|some)\s+)?$/i;
/** After a level, what it is needed for, its measure's noun allowed between: " needed for
 *  profitable operation", " growth required to stabilise debt", " rate necessary to". */
const NEEDED_FOR_AFTER_RE =
  /^\s+(?:[a-z][\w-]*\s+){0,2}?(?:(?:that\s+)?(?:is|are|would\s+be|will\s+be)\s+)?(?:needed|required|necessary)\s+(?:for|to)\b/i;
/** Before a bound, a share or count of members, then what they plan or expect to do, by a
 *  bound: "A third of firms in Europe plan to raise prices by more than ", "41% of respondents
 *  expect to cut staff by at least ", "the share of members planning to lift wages by over ". The
 *  members counted are those whose plan passes the bound. */
const COUNTED_PLAN_BOUND_BEFORE_RE = new RegExp(
  String.raw`(?:\d[\d.,]*\s?(?:%|per\s?cent|percent)|\b(?:half|(?:a|one|two)\s+(?:thirds?|quarters?|fifths?)|three\s+quarters|majority|minority|most|share|proportion|percentage|number|(?:one|two|three|four|\d+)\s+(?:in|out\s+of)\s+(?:three|four|five|ten|\d+)))\s+of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,2}?(?:firms|companies|respondents|members|businesses|manufacturers|exporters|employers|enterprises|households|retailers|affiliates)\b[^.;:\d]{0,40}?\b(?:plan(?:s|ning)?|expect(?:s|ing)?|intend(?:s|ing)?|aim(?:s|ing)?)\s+to\s+(?:[\w-]+\s+){1,4}?by\s+${anyOf(than(MORE_LESS, FEWER), POSITION, AT_LEAST_MOST, UP_TO)}\s+(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);
/** Right before a number, a bound: "above ", "below US", "more than ", "at least €". */
const PLAIN_BOUND_BEFORE_RE = new RegExp(
  String.raw`\b${anyOf(POSITION, than(MORE_LESS, GREATER, HIGHER_LOWER), AT_LEAST_MOST, EXCEED)}\s+(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);
/** Right after a bound, an aside that names it a threshold and says it sorts members into
 *  groups: ", the threshold used to place countries in group C", ", the cut-off that sorts
 *  claimants into the lower band", ", the line the ministry uses to classify districts". A
 *  threshold the aside names for another use (", the threshold for review", ", the ceiling of the
 *  band") is a limit named, a figure. */
const SORTING_THRESHOLD_AFTER_RE =
  /^\s*,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:threshold|cut-?off|line|limit|ceiling|floor|bar)\s+(?:that\s+|which\s+)?(?:[\w'’-]+\s+){0,4}?(?:to\s+)?(?:place[sd]?|puts?|classif(?:y|ies|ied)|sort(?:s|ed)?|assign(?:s|ed)?|divide[sd]?|separate[sd]?|group(?:s|ed)?|distinguish(?:es|ed)?)\b/i;
/** Before a bound, a count of members, then a verb of change on what each of them holds, by a
 *  bound: "Twelve of them raised their contributions by more than ", "Seven of the 27 member
 *  states cut their deficits by at least ", "41 firms increased their prices by over ". The
 *  members counted are those whose own change passes the bound, as "firms with more than 250
 *  staff" are; "The donors raised their contributions by more than 20%" counts none and keeps its
 *  bound. */
const COUNTED_OWN_CHANGE_BOUND_BEFORE_RE = new RegExp(
  String.raw`(?:^|[.;:,]\s+|\b(?:and|while|but|whereas)\s+)(?:(?:only|just|some|about|around|nearly|almost)\s+)?(?:\d+|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)\s+(?:of\s+(?:them|these|those|the\s+(?:\d+\s+|[a-z-]+\s+){0,2}?[a-z-]+s)|(?:[a-z-]+\s+)?(?:countries|donors|members|member\s+states|states|firms|companies|regions|provinces|municipalities|banks|economies|shareholders|lenders|districts|utilities))\s+(?:(?:also|each)\s+)?(?:raised|increased|cut|reduced|lowered|lifted|grew|expanded|boosted|trimmed|narrowed|widened)\s+(?:their|its)\s+(?:[\w'’-]+\s+){1,3}?by\s+${anyOf(than(MORE_LESS, FEWER), 'over|under', AT_LEAST_MOST, UPWARDS_OF)}\s+(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);
/** After a bound, what it is needed for: " is needed to halve poverty", " would be required", " is
 *  necessary for". */
const NEEDED_AFTER_RE =
  /^[^.;:]{0,40}?\b(?:is|are|was|were|would\s+be|will\s+be|be)\s+(?:(?:still|also|urgently)\s+)?(?:needed|required|necessary|essential)\b/i;
/** A plural noun of what a bound sorts, a relative or "with", then the bound, commas allowed:
 *  "items for which prices vary, on average, no more than ", "firms with at least ", "banks whose
 *  capital ratios are below ", "affiliates with at least " (a parent's stake that says which
 *  count), also with a participle of what they report or spend ("colleges reporting at least ") or
 *  a participle phrase before the relative ("charities listed in the register (part A) that raised
 *  at least "). The bound says which items count, not what any of them measured. A bracket opened
 *  after the relative and still open at the bound is an aside on another noun ("pensioners who
 *  retired before 2016 draw the old pension (paying up to "): it names what that noun is worth.
 *  A market's players sort the same way: "carriers with under 15% of traffic", "bidders owning
 *  over 30% of the band". */
const CRITERION_BEFORE_RE = new RegExp(
  String.raw`\b(?:items|goods|products|people|persons|individuals|workers|employees|households|families|firms|companies|enterprises|businesses|corporations|entities|SMEs|MSMEs|SMBs|exporters|importers|producers|farmers|farms|subsidiaries|affiliates|taxpayers|employers|customers|clients|applicants|beneficiaries|recipients|loans|borrowers|banks|lenders|countries|economies|members|sectors|industries|segments|regions|provinces|districts|cities|markets|quarters|months|years|those|projects|schools|hospitals|municipalities|councils|donors|investors|pensioners|retirees|residents|students|pupils|tenants|landlords|owners|properties|homes|dwellings|contracts|programs|programmes|allies|transactions|accounts|vehicles|institutions|universities|colleges|providers|organi[sz]ations|charities|stocks|securities|issuers|funds|schemes|operators|carriers|networks|bidders|licensees|subscribers|suppliers|undertakings|competitors|rivals|entrants)\s*\(?\s*(?:(?!(?:and|or|but)\b)[\w'’-]+\s+){0,2}?(?:(?:included|listed|covered|surveyed|sampled|counted|registered|located|based)\s+(?:in|on|by|at|under)\s+[^.;:,()]{1,80}?(?:\s*\([^()]{1,40}\))?\s+)?(?:for\s+which|in\s+which|whose|where|(?<!\b(?:institutions|universities|colleges|organi[sz]ations|charities|stocks|securities|issuers|funds|schemes)\s+)with(?![^.;:]*?\b(?:saw|sees?|seen|rose|rises?|risen|grew|grows?|fell|falls?|increased|decreased|declined|dropped|climbed|jumped|received|receives?|qualif(?:y|ies)|reported|recorded|posted|registered|had|has|have|was|were|is|are|will|would|could|may|might|did|does|(?<!\b(?:that|which|who)\s)(?:can|must|should|shall))\b)|having|that|which|who|(?<=s\s+)(?:reporting|spending|earning|holding|employing|receiving|paying|posting|recording|exporting|investing|owning|managing|charging|generating|borrowing|lending|issuing|producing|selling|importing|showing|claiming|owing|recruiting|enrolling)(?![^.;:]*?\b(?:saw|sees?|seen|rose|rises?|risen|grew|grows?|fell|falls?|increased|decreased|declined|dropped|climbed|jumped|received|receives?|qualif(?:y|ies)|reported|recorded|posted|registered|had|has|have|was|were|is|are|will|would|could|may|might|did|does|(?<!\b(?:that|which|who)\s)(?:can|must|should|shall))\b))\b(?![^.;:]*\([^)]*$)[^.;:]{0,80}?\b${anyOf(notThan(MORE_LESS), AT_LEAST_MOST, UP_TO, EXCEED, IN_EXCESS_OF, than(MORE_LESS, GREATER, HIGHER_LOWER, FEWER), POSITION)}\s+(?:by\s+)?(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);
/** Any plural noun, then a restrictive "where", "in which", "for which" or "whose" (no comma
 *  before it) and a bound in its clause: "Schools in which at least ", "Neighbourhoods where fewer
 *  than ", "towns whose population is over ", also with a verb of passing that takes the bound as
 *  its object ("municipalities where the jobless rate tops ", "banks whose deposits surpass €",
 *  "counties in which the poverty rate passes "). The relative picks out the members that pass the
 *  bound; set off by a comma ("The provinces, where the rate tops 12%,") it describes them all. */
const RELATIVE_CRITERION_BEFORE_RE = new RegExp(
  String.raw`\b[a-z]{3,}s\s+(?:in\s+which|for\s+which|where|whose)\b[^.;:,]{0,80}?\b(?:${notThan(MORE_LESS)}|${AT_LEAST_MOST}|${EXCEED}|top(?:s|ped)?|surpass(?:es|ed)?|pass(?:es|ed)?|outstrip(?:s|ped)?|cross(?:es|ed)?|breach(?:es|ed)?|${IN_EXCESS_OF}|${than(MORE_LESS, GREATER, HIGHER_LOWER, FEWER, FASTER_SLOWER, 'larger|smaller')}|${POSITION})\s+(?:by\s+)?(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);
/** From the sentence's start, a subject of up to six words that holds a bound, with no verb of its
 *  own: "Transfers of more than ", "Any project costing over A", "Workers paid less than ",
 *  "Remittances of up to " (not the cap on a charge or a payment: "A windfall levy of up to "). */
const RULE_SUBJECT_BEFORE_RE = new RegExp(
  String.raw`^\s*(?:\(?(?:\d{1,2}(?:\.\d{1,2}){0,3}|[a-z]|[ivx]{1,4})[.)]?\s+)?(?!(?:not|no)\s+(?:more|less|fewer|greater)\s+than\b)(?:(?:Only|Any|All|Each|Every|No)\s+)?(?!(?:[\w'’-]+\s+)*?(?:rose|fell|grew|increased|decreased|declined|dropped|reached|stood|totall?ed|amounted|was|were|is|are|has|have|had|will|would)\s)(?:[A-Za-z][\w'’-]*\s+){1,6}?(?:${notThan('more')}|${AT_LEAST_MOST}|${EXCEEDING}|(?:that|which)\s+exceeds?|${IN_EXCESS_OF}|${than(MORE_LESS, GREATER, HIGHER_LOWER, LARGER_SMALLER)}|${POSITION}|beyond|(?<!\b(?:levy|levies|tax|taxes|duty|duties|surcharges?|royalty|royalties|fees?|charges?|penalty|penalties|fines?|grants?|subsidy|subsidies|rebates?|awards?|allowances?|bonus|bonuses|premiums?|rates?)\s+of\s+)${UP_TO})\s+(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);
/** From a clause's start (also after "(" or ";"), a generic subject that holds a bound, with no
 *  verb of its own: "A stake of under ", "Any holding above ", "; holdings over ". */
const GENERIC_BOUND_SUBJECT_RE = new RegExp(
  String.raw`(?:^|[;(])\s*\(?\s*(?:(?:An?|Any)\s+(?:[A-Za-z][\w'’-]*\s+){1,5}?|(?:[A-Za-z][\w'’-]*\s+){0,2}?(?!(?:remains|stays|sits|stands|runs|holds|rises|falls|grows|was|has|is)\s)[A-Za-z]{3,}s\s+(?:of\s+)?)(?<!\b(?:rose|fell|grew|increased|decreased|declined|dropped|reached|stood|totall?ed|amounted|was|were|is|are|has|have|had|will|would|remained|stayed)\s+(?:[\w'’-]+\s+)?)${anyOf(notThan('more'), AT_LEAST_MOST, IN_EXCESS_OF, than(MORE_LESS, GREATER, HIGHER_LOWER, LARGER_SMALLER), POSITION)}\s+(?:[^\s\d]{1,4}\s?)?$`,
);
/** After the bound in such a subject, what a case past it would be taken to show: " would
 *  ordinarily make", " would be", " raises a presumption", " are presumed". */
const GENERIC_VERDICT_AFTER_RE =
  /^[^.;:,]{0,60}?\b(?:would\s+(?:(?:normally|ordinarily|usually|generally|typically|probably|likely)\s+)?(?:make|be|indicate|suggest|signal|point|mean|imply|count|trigger|rule)|(?:raises?|creates?|gives?\s+rise\s+to)\s+an?\s+(?:presumption|concern|inference)|(?:is|are)\s+(?:presumed|deemed))\b/i;
/** After the bound in such a subject, the rule that applies to what passes it: " must be declared",
 *  " a year will receive", " is referred to", " are counted as low paid", " qualify for", " in
 *  cost require approval". */
const RULE_AFTER_RE =
  /^[^.;:,]{0,60}?\b(?:must|shall|should\s+(?:not\s+)?be\s+[a-z]+(?:ed|en)|(?:require|need)s?\s+(?:(?:the|an?|prior)\s+)?(?:[\w-]+['’]s\s+)?(?:[\w-]+\s+)?(?:approval|sign-off|consent|concurrence|permission|authori[sz]ation|clearance|sanction|endorsement|notification|a\s+licen[cs]e)|(?:is|are|will\s+be|would\s+be)\s+(?:(?:not|also|still|then|now|automatically)\s+)?(?:eligible|exempt(?:ed)?|subject\s+to|required|liable|entitled|covered|referred|reviewed|declared|reported|taxed|charged|allowed|permitted|barred|audited|published|assessed|classed|classified|counted|treated|defined|considered)|qualif(?:y|ies)\s+for|(?:will|can|may)\s+(?:(?:also|still|now|then)\s+)?(?:receive|claim|apply|qualify|pay))\b/i;
/** Right before an amount, the tranche of a stock a rate applies to: "on the first ", "applying to
 *  the first ", "for their next ". "the first $1 billion of the loan was paid" has no "on", "to" or
 *  "for" and stays a sum. */
const TRANCHE_BEFORE_RE =
  /\b(?:on|to|for)\s+(?:the|their|its|your|each)\s+(?:first|next)\s+(?:[^\s\d]{1,4}\s?)?$/i;
/** A tranche named earlier in the sentence, its number included: "on the first $60,000". */
const TRANCHE_NAMED_RE =
  /\b(?:on|to|for)\s+(?:the|their|its|your|each)\s+(?:first|next)\s+(?:[^\s\d]{1,4}\s?)?\d/i;
/** Right before an amount, a bracketed limit: "(with up to ", "(up to ". */
const BRACKETED_LIMIT_BEFORE_RE = /\(\s*(?:with\s+)?up\s+to\s+(?:[^\s\d]{1,4}\s?)?$/i;
/** Right before a percent, a rank that makes it the size of a group, not a share measured: "the
 *  richest 10% of households", "the top 1 percent of earners", "the largest 5% of firms". */
/** Right before a share of ranked items, the end of the ranking it is cut from: "the lowest ",
 *  "the highest ", "the driest ", "the wettest ". */
const RANKED_BAND_BEFORE_RE =
  /\bthe\s+(?:lowest|highest|driest|wettest|hottest|coldest|warmest|coolest)\s+$/i;
const RANKED_GROUP_BEFORE_RE =
  /\b(?:richest|poorest|wealthiest|top|bottom|(?:lowest|highest)[- ](?:paid|income|earning|wealth)|largest|smallest|biggest)\s+$/i;
/** A percent "of" a plural whole picked out by a rank after it, the percent after "the": "the 10%
 *  of emerging economies with the lowest debt", "the 40% of households that have the highest
 *  incomes". The percent sizes a group ranked on a measure, as "the top 10% of earners" does; "the
 *  10% of exports with a licence" names no rank and stays a share. */
const RANKED_WHOLE_AFTER_RE =
  /^\d[\d.,]*\s?(?:%|per\s?cent\b|percent\b)\s+of\s+(?:(?:the|all)\s+)?(?:[\w'’-]+\s+){0,3}?[a-z]+s\s+(?:with|having|(?:that|which|who)\s+(?:have|has|had|show(?:s|ed)?|record(?:s|ed)?|post(?:s|ed)?))\s+the\s+(?:lowest|highest|largest|smallest|biggest|fastest|slowest|strongest|weakest|richest|poorest|most|least|best|worst)\b/i;
/** After a bound, a run of periods it held for: " (yoy) for seven consecutive quarters", " for
 *  six straight months", " in each of the last four years". */
const PERIOD_RUN_AFTER_RE =
  /^(?:\s*\([^)]{1,20}\))?[^.;:()]{0,30}?\b(?:for|over)\s+(?:(?:the\s+)?(?:last|past)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many)\s+(?:(?:consecutive|successive|straight|running)\s+)?(?:quarters|months|years|weeks|periods)\b|^[^.;:()]{0,30}?\bin\s+each\s+of\b/i;
/** After a number, a bound that makes it a line: " or more", " a day or less", " and above". */
const OR_MORE_AFTER_RE = new RegExp(
  String.raw`^\s*(?:(?:a|an|per|each)\s+(?:day|week|month|year|head|person|capita)\s+|[\w-]+\s+)?(?:or|and)\s+${anyOf(MORE_LESS, FEWER, POSITION, HIGHER_LOWER, GREATER)}\b`,
  'i',
);
/** Right before a number, the words that name what a line sorts: "with ", "whose ", "aged ",
 *  "earning ", "of " after a plural noun ("loans of "), a participle of what members do with their
 *  own after a plural noun ("shops buying 80% or more of their stock"; not one of change, "prices
 *  rising"). */
const CRITERION_LEAD_RE =
  /\b(?:with|whose|aged|earning|earn|earns|having)\s+(?:(?:[\w'’-]+|\([A-Z]{2,6}\))\s+){0,7}?(?:[^\s\d]{1,4}\s?)?$|\b[a-z]+s\s+of\s+(?:[^\s\d]{1,4}\s?)?$|\b(?:each|every|any)\s+(?:[a-z-]+\s+){0,2}?[a-z]{3,}\s+of\s+(?:[^\s\d]{1,4}\s?)?$|\b[a-z]{3,}s\s+[a-z]{2,}(?:ed|wn|en)\s+(?:for|at)\s+(?:[^\s\d]{1,4}\s?)?$|\b[a-z]{3,}s\s+(?!(?:rising|falling|growing|increasing|decreasing|declining|dropping|climbing|jumping|gaining|losing|expanding|shrinking|contracting|slowing|easing)\b)[a-z]{3,}ing\s+(?:[^\s\d]{1,4}\s?)?$/i;
/** Right before a number, a criterion joined with "and" after an open bound, the first number at
 *  group 1's end: "with a maximum stake of 20p or less and a maximum prize of £". */
const JOINED_CRITERION_BEFORE_RE = new RegExp(
  String.raw`^([^]*?)\d[\d.,]*\s?[a-z]{0,5}\s+(?:or|and)\s+${anyOf(MORE_LESS, FEWER, POSITION, HIGHER_LOWER, GREATER)}\s+and\s+(?:[\w'’-]+\s+){0,5}?of\s+(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);
/** A criterion joined after an open bound that itself closes a criterion's lead ("Machines with
 *  a maximum stake of 20p or less and a maximum prize of £10 or less pay the lower rate"): the
 *  second bound sorts the members as the first does (v168). */
function joinedCriterion(before: string): boolean {
  if (!/\bof\s+(?:[^\s\d]{1,4}\s?)?$/i.test(before)) return false;
  const joined = JOINED_CRITERION_BEFORE_RE.exec(before);
  return joined !== null && CRITERION_LEAD_RE.test(joined[1]!);
}
/** "living on $2.50 a day", "people who live on less than $3 a day": a poverty line. */
const LIVING_ON_RE =
  /\b(?:living|live|lives|subsist(?:s|ing)?|surviv(?:e|es|ing))\s+on\s+(?:(?:less\s+than|under|below|about|around)\s+)?(?:[^\s\d]{1,4}\s?)?$/i;
/** "the poverty line of $2.15 a day", "an income threshold of $6 per day": a line that sorts people. */
const LINE_OF_RE = /\b(?:line|threshold|cut-?off)\s+of\s+(?:[^\s\d]{1,4}\s?)?$/i;
/** After an amount, the period a poverty line counts in: " a day", " per day". */
const PER_DAY_AFTER_RE = /^\s*(?:a|per|each)\s+(?:day|week|month)\b/i;
/** After an amount, a day as the period a line counts in: " a day", " per day" (v282). */
const DAILY_AFTER_RE = /^\s*(?:a|per|each)\s+day\b/i;

/** Verbs of money given, raised or spent, which a count of members does together: "pledged",
 *  "lent", "committed", "invested", "mobilised". */
const JOINT_AMOUNT_RE =
  /\b(?:pledg(?:e|es|ed|ing)|commit(?:s|ted|ting)|lent|lend(?:s|ing)?|provid(?:e|es|ed|ing)|invest(?:s|ed|ing)?|contribut(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|mobili[sz](?:e|es|ed|ing)|disburs(?:e|es|ed|ing)|signed|financ(?:e|es|ed|ing)|funded|allocat(?:e|es|ed|ing)|approv(?:e|es|ed|ing)|spen(?:d|ds|t|ding)|paid|pay(?:s|ing)?|donat(?:e|es|ed|ing)|granted|offer(?:s|ed|ing)|promis(?:e|es|ed|ing)|announc(?:e|es|ed|ing)|inject(?:s|ed|ing)?|put\s+up)\b/i;

/** A count of members: "15", "nine", "a dozen", "several", "seven of the 20". */
const GROUP_COUNT = String.raw`(?:[1-9]\d{0,2}(?![\d.,]\d)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|a\s+dozen|a\s+handful\s+of|a\s+few|several|many)`;
/** A plural noun of members a count can name. */
const GROUP_NOUN = String.raw`(?:countries|economies|nations|members|member\s+states|allies|states|regions|provinces|districts|cities|municipalities|councils|firms|companies|businesses|enterprises|banks|lenders|households|borrowers|sectors|industries|markets|issuers|donors|creditors|contributors|investors|exporters|importers|producers|employers|insurers|funds|agencies|governments|jurisdictions|territories|schools|hospitals|universities|operators|carriers|networks|bidders|licensees|suppliers|competitors|rivals|participants)`;
/** Right before a number, members named by the line they sit past, with no verb between: "the
 *  nine members above ", "economies at or below ", "the 14 states under ". */
const MEMBERS_PAST_LINE_BEFORE_RE = new RegExp(
  String.raw`\b${GROUP_NOUN}\s+(?:${AT_OR})?${POSITION}\s+(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);

/** A count of members, then a verb of meeting a line and "the": "all 30 members are on course to
 *  meet or exceed the ", "nine states reached the ". With a line's noun after the number
 *  (MET_LINE_AFTER_RE) the number is the line they pass, not what any of them measured. */
const MEMBERS_MEET_LINE_BEFORE_RE = new RegExp(
  String.raw`\b${GROUP_COUNT}\s+(?:[\w'’-]+\s+){0,2}?${GROUP_NOUN}\b[^.;:,()]{0,80}?\b(?:meet|meets|met|meeting|reach|reaches|reached|reaching|exceed|exceeds|exceeded|exceeding|pass|passes|passed|passing)\s+the\s+(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);
/** After a number, the line it names: " guideline", " of GDP target", " threshold". */
const MET_LINE_AFTER_RE =
  /^\s*(?:(?:%|per\s?cent|percent)\s+)?(?:of\s+(?:GDP|GNI|output)\s+)?(?:[\w-]+\s+)?(?:guideline|target|threshold|benchmark|mark|line|floor|minimum|bar)\b/i;

/** A count of members, then the rest of their clause: "13 members of the bloc had posted output
 *  expansions of ", "Nine economies received investment inflows of ", "seven of the 20 economies recorded ". */
/** The members a count names, set off by commas or dashes: ", Arland, Brenmoor and Cestia,",
 *  " — Arland, Brenmoor and Cestia —". */
const NAME = String.raw`[A-Z][^\s,;:.()—–]*(?:\s+[A-Z][^\s,;:.()—–]*){0,2}`;
const NAMED_MEMBERS = String.raw`\s*[,—–]\s*(?:${NAME}\s*,\s*){0,12}${NAME}\s*,?\s+and\s+${NAME}\s*[,—–]?`;
/** Deals a count can name one by one, each with its own size: "three deals", "12 orders". */
const DEAL_NOUNS = String.raw`(?:deals|orders|acquisitions|mergers|takeovers|tenders|bids|listings|placements)`;
/** The members a count can name, and homes sold one by one: "312 flats changed hands for", "23 of
 *  the 101 counties reached coverage of 95 per cent or more". */
const COUNTED_NOUN = String.raw`(?:${GROUP_NOUN}|counties|flats|homes|houses|dwellings)`;
/** Right before a bound, a count of items each with a size of its own, then a verb of passing
 *  right after them, or the bound as their attribute with "of": "Only three deals exceeded $",
 *  "Just 12 transactions topped €", "Seven acquisitions were above $", "The 56 projects of more
 *  than €". Items "worth more than" a sum after a count are mostly what they are worth together
 *  ("signed 9 agreements worth more than 74 billion roubles"), and stay; so does a verb of taking
 *  ("The 56 projects attracted more than €"). */
const COUNTED_ITEMS_PAST_BOUND_BEFORE_RE = new RegExp(
  String.raw`\b${GROUP_COUNT}\s+(?:[\w'’-]+\s+){0,2}?(?:${SORTED_ITEM_NOUNS}|${DEAL_NOUNS})\s+(?:(?:each|individually)\s+)?(?:(?:exceed(?:s|ed)?|top(?:s|ped)?|surpass(?:es|ed)?)\s+|(?:(?:were|are)\s+(?:each\s+)?|of\s+)${anyOf(than('more', GREATER, 'larger|bigger'), ABOVE_OVER, IN_EXCESS_OF)}\s+)(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);
const COUNTED_GROUP_BEFORE_RE = new RegExp(
  String.raw`(?<!\b(?:the|its|their|our|these|those|all)\s+(?:[\w-]+\s+)?)\b${GROUP_COUNT}\s+(?:of\s+(?:the|its|our|their)\s+(?:${GROUP_COUNT}\s+)?)?(?:[\w'’-]+\s+){0,3}?${COUNTED_NOUN}\b(?:${NAMED_MEMBERS}|\s*\([^()]{1,200}\))?[^.;:,()]{0,100}$|^\s*(?:Other|Some)\s+(?:[\w'’-]+\s+){0,2}?${COUNTED_NOUN}\b[^.;:,()]{0,100}$|^\s*Of\s+(?:the|its|our|their|[A-Z][\w-]*['’]s)\s+(?:${GROUP_COUNT}\s+)?(?:[\w'’-]+\s+){0,3}?${COUNTED_NOUN}\b[^.;:,()]{0,40},\s+(?:only\s+|just\s+)?${GROUP_COUNT}\s+[^.;:,()]{0,100}$`,
  'i',
);
/** A count of members fronted before a comma, for each of whom the clause holds: "For seven
 *  countries, ", "In 12 economies, ", "Among only three donors, ". What each did is no joint figure. */
const FRONTED_COUNTED_GROUP_RE = new RegExp(
  String.raw`^\s*(?:For|In|Among|Across)\s+(?:only\s+|just\s+)?${GROUP_COUNT}\s+(?:[\w'’-]+\s+){0,3}?${GROUP_NOUN}\s*,[^.;:()]{0,120}$`,
  'i',
);
/** After a bound, the members that pass it: " were posted by 15 countries", " went to nine
 *  economies", " in a dozen member states". */
const COUNTED_GROUP_AFTER_RE = new RegExp(
  String.raw`^[^.;:,()]{0,80}?\b(?:by|in|to|for|across|among|from)\s+(?:(?:the|only|just|some|about|around)\s+)?${GROUP_COUNT}\s+(?:(?:out\s+)?of\s+(?:the|its|our|their)\s+(?:${GROUP_COUNT}\s+)?)?(?:[\w'’-]+\s+){0,3}?${GROUP_NOUN}\b|^(?:(?!\band\b)[^.;:,()–—]){0,40}?\b(?:in|across|among)\s+(?!(?:the|its|our|their|all|both|these|those)\b)(?:[\w'’-]+\s+){0,3}?${GROUP_NOUN}\s+(?:such\s+as|like|including|with|where|whose)\b`,
  'i',
);
/** A share's whole that is a group of members: "countries", "the world's economies", "all firms". */
const MEMBERS_WHOLE_RE = new RegExp(
  String.raw`^(?:(?:the|all|its|their)\s+)?(?:[\w'’-]+\s+){0,2}?${GROUP_NOUN}$`,
  'i',
);
/** Right before the number, a bound: "more than ", "over US$ ", "at least ", "in excess of ". */
const BOUND_BEFORE_RE = new RegExp(
  String.raw`\b(?:${than(MORE_LESS, GREATER, HIGHER_LOWER, FEWER, FASTER_SLOWER, 'stronger|weaker')}|${POSITION}|${EXCEED}|top(?:s|ped)?|surpass(?:es|ed|ing)?|${IN_EXCESS_OF}|${AT_LEAST_MOST}|upwards?\s+of)\s+(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);
/** A position against a line named after its number: "lie above the ", "sit below the ". */
const LINE_BOUND_BEFORE_RE = new RegExp(
  String.raw`\b${anyOf(POSITION, 'beyond')}\s+the\s+(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);
/** After the number, the line it is: " penetration threshold", " mark", " poverty line". */
const LINE_NOUN_AFTER_RE =
  /^\s*(?:[\w-]+\s+){0,2}?(?:threshold|mark|line|ceiling|limit|benchmark|bar)\b/i;
/** A bound named as the figure it is compared with: "higher growth rates than the projected ",
 *  "faster than the average ". Only a count of members passing it makes it a line. */
const COMPARED_BOUND_BEFORE_RE =
  /\b(?:more|greater|higher|less|lower|faster|slower|stronger|weaker)\s+(?:[\w-]+\s+){0,3}?than\s+the\s+(?:projected|expected|forecast|estimated|average|targeted)\s+(?:[^\s\d]{1,4}\s?)?$/i;
/** Right after the number, a bound: " or more", " and above", " or higher", also past the whole a
 *  share names (" of GDP or more", " of the total or less"). */
const BOUND_AFTER_RE = new RegExp(
  String.raw`^\s*(?:of\s+(?:the\s+)?[\w'’-]+\s+|\w+\s+)?(?:or|and)\s+${anyOf(OPEN_END, GREATER)}\b`,
  'i',
);
/** Words of what the members did together, which make the number their joint figure: "the top 8
 *  host economies accounted for over 76% of all inflows", "together", "combined", "on average". */
const COLLECTIVE_RE =
  /\b(?:account(?:s|ed|ing)?\s+for|represent(?:s|ed|ing)?|ma(?:de|ke|king)\s+up|together|combined|jointly|collectively|between\s+them|in\s+total|a\s+total|on\s+average|an\s+average|share)\b/i;

/** A bound right before a number, a currency sign allowed between: "more than ", "up to £", "at or
 *  under C$", "between ", and a bound that includes its number, "equal to or below US$ ", "equal
 *  to or greater than €". One list for the general readings below (boundWords.ts's GROUP_BOUND). */
const BOUND = GROUP_BOUND;
const SIGN = String.raw`(?:[^\s\d]{1,4}\s?)?`;
/** From a sentence's or a line's start (a paragraph's number apart), one member picked with "a",
 *  "an", "any" or "each", then a "whose" clause with no stop or comma up to a bound: "A
 *  corporation whose turnover in its last financial year was less than $", "An applicant whose
 *  disposable capital is below £" (v247). An apposition after a comma ("Greece, a country whose
 *  debt was above ") tells of a named subject and is none. */
const ONE_WHOSE_MEMBER_BEFORE_RE = new RegExp(
  String.raw`(?:^|\n)[ \t]*(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?[ \t]+|\(?[a-z]\)[ \t]+)?(?:An?|Any|Each)\s+(?:[a-z][\w'’-]*\s+){1,3}?whose\s+[^.;:,!?\n]{1,120}?\b${BOUND}\s+${SIGN}$`,
);
const BOUND_END_RE = new RegExp(String.raw`\b${BOUND}\s+${SIGN}$`, 'i');
/** A bound, then the whole's average it is stated as, up to the number: "above the state average
 *  of ", "below the national average of $". Group 1 is the bound. */
const AVERAGE_BOUND_BEFORE_RE = new RegExp(
  String.raw`\b(${BOUND})\s+the\s+(?:[\w'’-]+\s+){0,3}?average\s+of\s+${SIGN}$`,
  'i',
);
/** Members, then the word that says which of them count: "renters with ", "workers in the
 *  coastal towns whose ", "quarries extracting ", "leases at a ", "parcels valued at ". Up to four
 *  words may stand before a relative or "with" ("in the coastal towns"), none of them "of" or
 *  "to" ("exports of over $2 billion" is what the exports came to); a participle follows its noun
 *  ("mines producing"). A verb in -s ("the law requires that") is no member, nor a verb of
 *  reporting before its content clause ("The evaluation finds that between 0.3 and 0.5 percentage
 *  points of …", "The study estimates that": v274; "the estimates that exceed" and a sentence's
 *  opening "Estimates that exceed" are), and a verb in -ing that states a change ("prices rising
 *  above") or a total ("totalling over") reports, it does not sort. Group 1 is the word that
 *  picks. */
const MEMBER_QUALIFIER_RE =
  /\b(?:those|(?!(?:this|thus|does|always|perhaps|whereas|various|across|unless|means|shows|says|suggests|implies|indicates|expects|notes|reports|plans|requires|needs|wants|calls|asks|sees|takes|makes|puts|gets|gives|keeps|remains|stays|finds|concludes|considers|argues|believes|thinks|judges|assumes|calculates|confirms|reveals|states|predicts|reckons|demonstrates|warns|stresses|observes|acknowledges|recogni[sz]es|recommends|proposes|agrees|accepts|explains|emphasi[sz]es|(?<=[A-Za-z)]\s+)(?<!\b(?:the|these|those|its|their|our|all|other|such|many|several|new|of|and|with|\d[\d,.]*)\s+)(?:estimates|projects|forecasts)(?=\s+that\b))\b)[a-z]{3,}s)\s+(?:(?:(?!(?:of|and|or|to|for|than)\b)[\w'’-]+\s+){0,4}?(whose|where|in\s+which|for\s+which|with)|(who|that|which|at\s+an?|earning|costing|valued(?:\s+at)?|priced(?:\s+at)?|(?!(?:during|including|excluding|according|amounting|totall?ing|bringing|reaching|remaining|standing|staying|rising|growing|falling|increasing|decreasing|declining|dropping|climbing|jumping|gaining|losing|expanding|shrinking|contracting|slowing|easing|being|making|taking|leaving|keeping|following|putting|pushing|lifting|seeing)\b)[a-z]{3,}ing))\b/gi;
/** A verb that makes the words before a bound a report of what a member did or holds ("banks that
 *  lent heavily were above"), not the words that sort them; a relative of place or possession
 *  ("whose profits exceed", "where fewer than") may hold one. */
const FINITE_VERB_RE =
  /\b(?:is|are|was|were|be|been|has|have|had|will|would|could|can|may|might|must|shall|should|did|does|do|rose|rises|risen|grew|grows|fell|falls|fallen|increased|decreased|declined|dropped|climbed|jumped|received|receive|receives|qualify|qualifies|reported|recorded|posted|registered|saw|stood|stayed|remained|reached|totall?ed|amounted|made|paid|got|spent)\b/i;
/** "those" or items counted one by one, right before a bound with no verb between: "those under
 *  $", "claims below KSh ", "the receipts above $". Sales, receipts and the like that a sentence
 *  reports come with "of" ("sales of over $2 billion") and stay figures. */
const PAST_LINE_BEFORE_RE = new RegExp(
  String.raw`\b(?:those|claims|receipts|sales|transactions|payments|purchases|deposits|bills|invoices|gifts|estates|parcels|consignments|bids|awards|refunds)\s+(?:${AT_OR})?${anyOf(POSITION, 'between', EXCEEDING)}\s+(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);
/** "one" or "ones" standing for a member in a coordination after a comma or "and", right before the
 *  bound that sorts it, maybe after the measure it is sorted on ("with sales", "whose fees are"),
 *  with no verb of its own: "…is small, one between €", "…, and one under ", "and one with sales
 *  under $". "and one lost " has its verb and reports. */
const ONE_MEMBER_BEFORE_RE = new RegExp(
  String.raw`(?:,\s*|\b(?:and|or)\s+)(?:and\s+|or\s+)?ones?\s+(?:(?:with|whose)\s+(?:[\w'’-]+\s+){1,4}?)?(?:(?:${AT_OR})?${anyOf(POSITION, 'between', EXCEEDING)}|${than(MORE_LESS, FEWER)})\s+(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);
/** A bound either way, which only some members pass: "by more or less than ", "higher or lower than ". */
const EITHER_WAY_BEFORE_RE =
  /\b(?:more\s+or\s+less|less\s+or\s+more|higher\s+or\s+lower|lower\s+or\s+higher)\s+than\s+(?:[^\s\d]{1,4}\s?)?$/i;
/** "Some" or "others" standing for members, then what each will see past a bound: "some may get
 *  cuts of over ", "others will pay rises above ". The most some might pay ("rises of up to 2%")
 *  is a figure: the bound is what they reach. */
const SOME_MEMBERS_BEFORE_RE = new RegExp(
  String.raw`\b(?:some|others)\s+(?:(?:will|may|could|might|would|can)\s+)?(?:see|face|get|pay|receive|have)\s+(?:[\w'’-]+\s+){1,2}?(?:of\s+)?${anyOf(than(MORE_LESS, FEWER), POSITION, IN_EXCESS_OF)}\s+${SIGN}$`,
  'i',
);
/** Right before a range's first number, its currency sign alone: " R", " US$", " " (not " of "). */
const RANGE_SIGN_END_RE = /\s(?:[^\sa-z\d]{1,4}\s?|[A-Z]{1,3}\$?\s?)?$/;

/**
 * The general reading of a group: in the number's clause, plural members (or "those") and a word
 * that picks out which of them count, then a bound on what each holds: "renters with household
 * income below $62,000", "Only quarries extracting more than $2 million", "those under $40,000",
 * "families earning R4 000 to R9 000" (a range needs no bound word). "Bonds worth more than $3
 * billion were sold" is what they came to: "worth" does not pick. "Exports of over $2
 * billion" has no such word and "Inflation stayed above 3%" no members: both stay figures, and so
 * does a size "with up to" (a fund "with up to $150 billion"), which names no measure it sorts on.
 */
function qualifiedMembers(before: string, range: boolean): boolean {
  const cut = Math.max(...[',', ';', ':', '(', '—', '–'].map((c) => before.lastIndexOf(c)));
  // "porters in the two lowest grades (earning under $": a bracket opened right after plural members
  // says which of them count, so their noun stays in the clause.
  const members = before[cut] === '(' ? MEMBERS_BEFORE_BRACKET_RE.exec(before.slice(0, cut)) : null;
  const clause = (members ? members[0] : '') + before.slice(cut + 1);
  // "a bank with an index of 5 percent and above is large, one between 1 and 5 percent medium": the
  // pronoun is the member, and its comma or "and" before it is part of the reading.
  if (ONE_MEMBER_BEFORE_RE.test(before)) return true;
  // "A corporation whose turnover in its last financial year was less than $": one member a
  // sentence opens on, picked by a bound on what it holds in a "whose" clause, stands for its
  // class, in any tense (v247).
  if (ONE_WHOSE_MEMBER_BEFORE_RE.test(before)) return true;
  if (PAST_LINE_BEFORE_RE.test(clause) || EITHER_WAY_BEFORE_RE.test(clause)) return true;
  if (SOME_MEMBERS_BEFORE_RE.test(clause)) return true;
  const bound = BOUND_END_RE.exec(clause);
  const end = bound?.index ?? (range ? clause.search(RANGE_SIGN_END_RE) : -1);
  if (end < 0) return false;
  const lead = clause.slice(0, end);
  const found = [...lead.matchAll(MEMBER_QUALIFIER_RE)].at(-1);
  if (!found) return false;
  const word = (found[1] ?? found[2])!;
  const between = lead.slice(found.index + found[0].length);
  if (!bound && between.trim() !== '') return false;
  if (word.toLowerCase() === 'with' && !/[a-z]/i.test(between)) return false;
  const relative = /^(?:whose|where|in\s+which|for\s+which)$/i.test(word);
  return relative || !FINITE_VERB_RE.test(between + ' ' + found[0]);
}

/** Right before a bracket, a plural noun of members and the words before it back to a clause's
 *  start: "Porters in the two lowest grades ". */
const MEMBERS_BEFORE_BRACKET_RE = /[^,;:(—–]{0,120}\b[a-z]{3,}s\s*$/i;

/** A list item's or a clause's start: the sentence's, after ";" or ":", or a dash or bullet, and
 *  the mark a lettered or numbered item opens with after a line's start ("a. ", "(ii) ", "3) "):
 *  ordinances and schedules letter their bands as other lists dash them (v199). */
const ITEM_START = String.raw`(?:^|[;:\n]|[–—•*]\s)\s*(?:[–—•*-]\s*|(?<=\n\s*)\(?(?:[a-z]|[ivx]{2,4}|\d{1,2})[.)]\s+)?`;
/** From an item's start, a bound or "from", then the number: "– below $", "; under £", "Between $". */
const ITEM_BOUND_BEFORE_RE = new RegExp(String.raw`${ITEM_START}(?:${BOUND}|from)\s+${SIGN}$`, 'i');
/** From an item's start, up to three words naming the base a tier is cut on, then a bound: "- HMA
 *  below US$", "- gold price below US$", "- norm price over $" (v139: royalty schedules name the
 *  price the bands sort before the first band's bound). No verb among the words ("- Exports rose
 *  above $" reports a level). */
const LABELLED_ITEM_BOUND_BEFORE_RE = new RegExp(
  String.raw`${ITEM_START}(?:(?!(?:rose|fell|grew|was|were|is|are|has|have|had|stood|reached|remained|stayed|increased|decreased|declined|dropped|climbed)\b)[A-Za-z][\w'’-]*\s+){1,3}?${BOUND}\s+${SIGN}$`,
  'i',
);
/** Right after a charge's number, "for" and the plural items it is charged on, then a bound: "₱2,500
 *  for claims above ₱", "$90 for estates over $" (v243). The bound says which items pay it. */
const CHARGE_FOR_ITEMS_BOUND_BEFORE_RE = new RegExp(
  String.raw`\d\s+for\s+(?:(?:all|any|each)\s+)?(?:[\w-]+\s+)?${SORTED_ITEM_NOUNS}\s+(?:of\s+)?${BOUND}\s+${SIGN}$`,
  'i',
);
/** The base a charge's condition bounds: an estate, an income, the amount claimed, a value. */
const CONDITION_BASE = String.raw`(?:estates?|incomes?|amount|sum|value|claim|turnover|capital|assets|savings|earnings|rent|price|consideration|salary|pay)`;
/** A present condition "where" or "if" a base of the one who pays passes a bound, right before
 *  the number: "where the net estate exceeds €", "where the amount claimed does not exceed ₹",
 *  "where the gross monthly household income does not exceed S$", ", or the per capita income
 *  does not exceed S$" (v243). A past verb ("where the estate exceeded") tells a case. */
const WHERE_BASE_BOUND_BEFORE_RE = new RegExp(
  String.raw`(?:\b(?:where|if)|,\s+or)\s+(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,4}?${CONDITION_BASE}(?:\s+claimed)?\s+(?:exceeds|does\s+not\s+exceed|(?:is|are)\s+(?:not\s+)?${BOUND})\s+${SIGN}$`,
  'i',
);

/** From an item's start, the number alone: "– $", "• ". */
const ITEM_BARE_BEFORE_RE = new RegExp(String.raw`${ITEM_START}${SIGN}$`, 'i');
/** After a tier's number, the colon that closes its label: " an ounce: ", " and above: ". */
const LABEL_COLON_AFTER_RE = /^[^.;:\d]{0,40}:\s*\S/;
/** After a number, an open end: " and above", " or more". */
const OPEN_END_AFTER_RE = new RegExp(String.raw`^[^.;:\d]{0,20}?\b(?:and|or)\s+${OPEN_END}\b`, 'i');
/** After a fronted tier, the rate it carries: " a barrel the rate is ", " the small firms' rate of ". */
const TIER_RATE_AFTER_RE =
  /^[^.;:,]{0,40}?\b(?:the|a)\s+(?:[\w'’-]+\s+){0,3}?(?:rate|royalty|levy|tax|duty|charge|fee|tariff)\b/i;
/** A rate applied to what lies past a bound: "applies to income over $", "charged on sales above £". */
const APPLIES_TO_BOUND_BEFORE_RE = new RegExp(
  String.raw`\b(?:appl(?:y|ies|ied)|levied|charged|payable|due)\s+(?:only\s+)?(?:to|on)\s+(?:[\w'’-]+\s+){0,3}?${BOUND}\s+${SIGN}$`,
  'i',
);

/** A percent sign or word after a band's bound, in a schedule of margin or price bands ("- over
 *  20% and up to 45%: 12", v139). */
const BAND_PERCENT = String.raw`(?:\s?(?:%|per\s?cent|percent))?`;
/** A rate or charge applied to items "of" a sum, up to the number: "applies to dividends and
 *  interest of NT$", "is levied on transfers of €". */
const APPLIES_TO_OPEN_BEFORE_RE = new RegExp(
  String.raw`\b(?:appl(?:y|ies)|(?:is|are)\s+(?:levied|charged|payable|due))\s+(?:only\s+)?(?:to|on)\s+(?:[\w'’-]+\s+){1,5}?of\s+${SIGN}$`,
  'i',
);
/** A scale word after a band's bound: "₹4 lakh", "€2 million". */
const BAND_SCALE = String.raw`(?:\s*(?:lakh|crore|thousand|million|billion|bn|m|k)\b)?`;
/** A band's number, with a thousands space ("R250 001", "SEK 4 750", "R1 225.00": v223) and a
 *  scale word. */
const BAND_NUMBER = String.raw`${SIGN}\d[\d.,]*(?:\s\d{3}(?:[.,]\d+)?)*${BAND_SCALE}`;
/** The word that joins a band's two bounds: " to ", " and up to ", " – ", and the second's own
 *  bound word, which says whether the band holds its upper end (" to below ", " to less than ",
 *  " up to and including ", " but not more than ", " and not exceeding "): schedules write the
 *  end of each step so, and it is the same band; so is a verb's negation, " but does not exceed "
 *  (v276: an Act's schedule, "exceeds $18,200 but does not exceed $45,000"). */
const BAND_JOIN = String.raw`\s*(?:(?:up\s+)?to(?:\s+and\s+including)?(?:\s+${BOUND})?|(?:(?:or|and)\s+(?:more|above|over)\s+)?(?:and|but)(?:\s+(?:(?:does|do)\s+)?not)?\s+${BOUND}|and|[–-])\s+`;
/** After a band's first bound, its second and the item label's colon: " to R$ 2,952.14: ", " lakh
 *  and up to ₹8 lakh: ", " to £50,270 a year: ". */
const BAND_SECOND_BOUND_AFTER_RE = new RegExp(
  String.raw`^${BAND_SCALE}${BAND_PERCENT}${BAND_JOIN}${BAND_NUMBER}[^.;:\d]{0,40}:\s*\S`,
  'i',
);
/** From an item's start, a band's first bound and the word that joins it to the second, right
 *  before the second: "- from R$ 1,708.01 to R$ ", "– over ₹4 lakh and up to ₹". */
const BAND_FIRST_BOUND_BEFORE_RE = new RegExp(
  String.raw`${ITEM_START}(?:(?:${BOUND}|from)\s+)?${BAND_NUMBER}${BAND_PERCENT}${BAND_JOIN}${SIGN}$`,
  'i',
);

/** Up to eight words of an item's label, a comma after any, none a finite verb of a level told. */
const LABEL_WORDS = String.raw`(?:(?!(?:rose|fell|grew|was|were|is|are|has|have|had|stood|reached|remained|stayed|increased|decreased|declined|dropped|climbed|totall?ed|amounted|will|would)\b)[A-Za-z][\w'’-]*,?\s+){1,8}?`;
/** From an item's start, a label of up to eight words, a comma between them allowed, that names
 *  what the schedule's bands sort, then a bound or "of" (group 1) or nothing, right before the
 *  number: "(a) plaint in a liquidated claim not exceeding KSh ", "- Small claims, claim of $",
 *  "- Passenger vehicle registration, " (v243: court fee schedules and fiscal notes name the claim
 *  or the vehicle before its band). No verb among the words ("- Exports rose above $"), no number,
 *  and no "by", "from" or "to" right before it ("- Reduce the contribution by €500, to €1,500: €47
 *  million" sizes a cut and its end; "- Lower the small business rate from 9% to 7%: $4.1
 *  billion" names a proposal's two levels). */
const LONG_LABEL_ITEM_BEFORE_RE = new RegExp(
  String.raw`${ITEM_START}${LABEL_WORDS}(?:(${BOUND}|of)\s+)?(?<!\b(?:by|from|to)\s)${SIGN}(?<!\b(?:by|from|to)\s)$`,
  'i',
);
/** From an item's long label, a band's first end (ending in a digit, so "€500, to" is no band) and
 *  its join, right before the second end: "(b) plaint in a liquidated claim exceeding KSh 100,000
 *  but not exceeding KSh ". */
const LONG_LABEL_SECOND_BEFORE_RE = new RegExp(
  String.raw`${ITEM_START}${LABEL_WORDS}(?:(?:${BOUND}|of)\s+)?(?<!\b(?:by|from|to)\s)${SIGN}(?<!\b(?:by|from|to)\s)\d(?:[\d.,]*\d)?${BAND_SCALE}${BAND_PERCENT}${BAND_JOIN}${SIGN}$`,
  'i',
);
/** After a number, an open end and the label's colon: " or less: ", " pounds and over: ". */
const OPEN_END_COLON_AFTER_RE = new RegExp(
  String.raw`^[^.;:\d]{0,20}?\b(?:and|or)\s+${OPEN_END}\b[^.;:\d]{0,30}:\s*\S`,
  'i',
);

/**
 * A band or a bound in a list item's label of several words, before the colon that gives the
 * item's charge (v243): "(a) plaint in a liquidated claim not exceeding KSh 100,000: KSh 1,000",
 * "(b) … claim exceeding KSh 100,000 but not exceeding KSh 1,000,000: KSh 1,000 plus …", "- District
 * court civil complaint, claim over $10,000: from $160 to $185", "- Small claims, claim of $2,500
 * or less: from $55 to $60", "- Passenger vehicle registration, 4,000 pounds or less: from $43.00".
 * The label says which claims or vehicles the row is for; the charge after the colon is the figure.
 * A number with no bound, no open end and no band ("- Container terminal, first quarter: from $41
 * million") and a label with a verb of its own keep their reading.
 */
function longLabelBand(before: string, after: string): boolean {
  if (LONG_LABEL_SECOND_BEFORE_RE.test(before)) return LABEL_COLON_AFTER_RE.test(after);
  const label = LONG_LABEL_ITEM_BEFORE_RE.exec(before);
  if (!label) return false;
  // A bare number must follow the label's comma ("- Passenger vehicle registration, 4,000 pounds
  // or less:"); "- Lower the small business rate 9% to 7%:" names two levels of a proposal.
  if (label[1] === undefined && !/,\s*(?:[^\s\d]{1,4}\s?)?$/.test(before)) return false;
  if (BAND_SECOND_BOUND_AFTER_RE.test(after) || OPEN_END_COLON_AFTER_RE.test(after)) return true;
  return (
    label[1] !== undefined && label[1].toLowerCase() !== 'of' && LABEL_COLON_AFTER_RE.test(after)
  );
}

/** Before a number, the part of a base past a bound that a rate is charged on: "1 per cent of the
 *  amount claimed above KSh ", "on the value above ₹", "₱20 for every ₱1,000 in excess of ₱", "on
 *  the balance over $" (v243). */
const EXCESS_SLICE_BEFORE_RE = new RegExp(
  String.raw`(?:\b(?:of|on)\s+(?:the\s+)?(?:amount|sum|value|price|balance|portion|part|consideration)(?:\s+[a-z]+ed)?|\bfor\s+(?:every|each)\s+${BAND_NUMBER}(?:\s+or\s+part\s+thereof)?)\s+${anyOf(ABOVE_OVER, EXCEEDING, IN_EXCESS_OF, 'beyond', UP_TO)}\s+${SIGN}$`,
  'i',
);

/** A row label at an item's start and the bracket it opens: "Band A (", "- Tier 2 (", "Loans of
 *  medium size (", "Slab II (". Words and short row marks only, no sum of its own. */
const ROW_LABEL_BRACKET = String.raw`${ITEM_START}[A-Za-z][\w'’-]*(?:\s+(?:[A-Za-z][\w'’-]*|\d{1,2})){0,5}\s*\(\s*`;
/** From a row label's bracket, a bound word and the number: "Band A (up to £", "Category C (over $". */
const ROW_BRACKET_BOUND_BEFORE_RE = new RegExp(
  String.raw`${ROW_LABEL_BRACKET}${BOUND}\s+${SIGN}$`,
  'i',
);
/** From a row label's bracket, a bare first end or "from": "Bracket 3 ($", "Tier 2 (from R". */
const ROW_BRACKET_BARE_BEFORE_RE = new RegExp(
  String.raw`${ROW_LABEL_BRACKET}(?:from\s+)?${SIGN}$`,
  'i',
);
/** From a row label's bracket, a band's first end and its join: "Bracket 3 ($89,076 to $", "Slab
 *  II (above ₹5 lakh and up to ₹". */
const ROW_BRACKET_SECOND_BEFORE_RE = new RegExp(
  String.raw`${ROW_LABEL_BRACKET}(?:(?:${BOUND}|from)\s+)?${BAND_NUMBER}${BAND_JOIN}${SIGN}$`,
  'i',
);
/** After a band's end in a row label's bracket (its second end first, when group 1 holds it), the
 *  bracket closing and the label's colon before the row's value: ") : £1,555.03", " to $170,050): 24%". */
const ROW_BRACKET_CLOSE_AFTER_RE = new RegExp(
  String.raw`^${BAND_SCALE}(${BAND_JOIN}${BAND_NUMBER})?(?:\s+(?:a|per|each)\s+(?:year|month|week|annum))?\s*\)\s*:\s*[-–−+]?[^\s\d]{0,4}\s?\d`,
  'i',
);

/** A band in the bracket of a row label, before the label's colon and the row's value: "Band A (up
 *  to £40,000): £1,555.03", "Bracket 3 ($89,076 to $170,050): 24%", "Category C (over $1.5
 *  million): 0.42%". Council tax bands, tax brackets, rate tiers and loan-size classes are listed
 *  so: the bracket says which row it is, the number after the colon is the figure. A single number
 *  with no bound word ("Net debt (£312.4 million last year): …", "Capital works (from $80.1
 *  million): …") is a level or a change, and keeps its reading. */
function rowLabelBand(before: string, after: string, range: boolean): boolean {
  const close = ROW_BRACKET_CLOSE_AFTER_RE.exec(after);
  if (!close) return false;
  if (ROW_BRACKET_SECOND_BEFORE_RE.test(before)) return close[1] === undefined;
  if (ROW_BRACKET_BOUND_BEFORE_RE.test(before)) return true;
  return ROW_BRACKET_BARE_BEFORE_RE.test(before) && (range || close[1] !== undefined);
}

/** A pipe table row's opening, with a short row mark in a cell of its own before the band: "| ",
 *  "| D | ", "| 2 | ", "| IV | ", and the mark after the noun of a band, "| Tier II | ", "| Band
 *  C | " (v276). */
const TABLE_ROW_OPEN = String.raw`(?:^|\n)[ \t]*\|[ \t]*(?:(?:(?:tier|band|bracket|slab|class|step)\s+)?(?:[A-Z]{1,2}|[IVX]{2,4}|\d{1,2})[ \t]*\|[ \t]*)?`;
/** From a table row's opening, a bound word or "from" before the band's first end: "| up to £",
 *  "| D | over £", "| $". Group 1 is the bound word. */
const TABLE_BAND_FIRST_BEFORE_RE = new RegExp(
  String.raw`${TABLE_ROW_OPEN}(?:(${BOUND}|from)\s+)?${SIGN}$`,
  'i',
);
/** From a table row's opening, a band's first end and its join, right before the second end:
 *  "| €240,001 to €", "| 2 | ZMW 3,001 to ZMW ". */
const TABLE_BAND_SECOND_BEFORE_RE = new RegExp(
  String.raw`${TABLE_ROW_OPEN}(?:(?:${BOUND}|from)\s+)?${BAND_NUMBER}${BAND_PERCENT}${BAND_JOIN}${SIGN}$`,
  'i',
);
/** After a band's end in a table cell (its second end first, when group 1 holds it, and an open
 *  end, group 2), the cell closing and a next cell that holds a number: " | €110 |", " to £88,000
 *  | 9/9 |", " or more | 4% |", or a cell that names the band in words before it: " | Basic rate |
 *  19% |" (v276). */
const TABLE_BAND_CLOSE_AFTER_RE = new RegExp(
  String.raw`^${BAND_SCALE}${BAND_PERCENT}(${BAND_JOIN}${BAND_NUMBER}${BAND_PERCENT})?(\s+(?:and|or)\s+${OPEN_END})?[ \t]*\|(?:[ \t]*[–—-][ \t]*\|)*(?:[ \t]*[A-Za-z][A-Za-z '’-]{0,30}\|)?[^|\n]*\d`,
  'i',
);

/** A band that is the whole of a pipe table's cell opening its row, or right after the row's short
 *  mark, with a number in the cell after it: "| €0 to €240,000 | €110 | €121 |", "| D | £68,001 to
 *  £88,000 | 9/9 | £218.47 |", "| over $90,000 | $4,800 |". The cell labels the row as a list
 *  item's band before its colon does: valuation bands, council tax bands and income bands sort the
 *  properties or the payers, the charges in the row's other cells are the figures (v199). A bare
 *  number with no bound word or second end, and a band after a label of words ("| Ward block |
 *  $1.2 million to $1.5 million |", an estimate's low and high), keep their reading. */
function tableBandLabel(before: string, after: string, range: boolean): boolean {
  const close = TABLE_BAND_CLOSE_AFTER_RE.exec(after);
  if (!close) return false;
  if (TABLE_BAND_SECOND_BEFORE_RE.test(before)) return close[1] === undefined;
  const first = TABLE_BAND_FIRST_BEFORE_RE.exec(before);
  if (!first) return false;
  return range || first[1] !== undefined || close[1] !== undefined || close[2] !== undefined;
}

/** A pipe table row's first cell, from the row's bar up to the number; group 1 is the cell's
 *  words: "| Still wine, exceeding 5.5% but not exceeding ", "| Next $20,000 ($". */
const TABLE_LABEL_CELL_BEFORE_RE = /(?:^|\n)[ \t]*\|([^|\n]*)$/;
/** Any cell of a pipe table row, up to the number; group 1 is the cell's words: "| Day of trial |
 *  Value of claim up to S$". */
const TABLE_ANY_CELL_BEFORE_RE = /(?:^|\n)[ \t]*\|(?:[^|\n]*\|)*([^|\n]*)$/;
/** At a cell's end, right before the number, a bound word or "from": "exceeding ", "claim not more
 *  than HK$", "rents from €", "above 1.2% and up to ". */
const CELL_BOUND_END_RE = new RegExp(String.raw`\b(?:${BOUND}|from)\s+${SIGN}$`, 'i');
/** At a cell's end, a band's first end and its join right before the second: "exceeding 5.5% but
 *  not exceeding ", "(rents from €900.08 to €", "(€50,001 to €". */
const CELL_BAND_SECOND_END_RE = new RegExp(
  String.raw`(?:\b(?:${BOUND}|from)\s+|\(\s*)${BAND_NUMBER}${BAND_PERCENT}${BAND_JOIN}${SIGN}$`,
  'i',
);
/** At a cell's end, a tranche's place, or a bracket opened on a band: "First $", "Next $20,000 ($". */
const CELL_TRANCHE_END_RE = new RegExp(
  String.raw`^\s*(?:the\s+)?(?:first|next|following|further)\s+${SIGN}$`,
  'i',
);
const CELL_BRACKET_END_RE = new RegExp(String.raw`\(\s*${SIGN}$`);
/** After the number, a band's join and its second end: " to €100,000", " but not exceeding 15%". */
const CELL_BAND_JOIN_AFTER_RE = new RegExp(
  String.raw`^${BAND_SCALE}${BAND_PERCENT}${BAND_JOIN}${BAND_NUMBER}`,
  'i',
);
/** After the number, the rest of its cell and a later cell of the row with something in it: " abv |
 *  per litre | £3.184 |", " | Sh." (a sentence may end inside the row, at an abbreviation). */
const LATER_CELL_AFTER_RE = /^[^|\n]*\|[ \t]*[^|\s]/;
/** After the number, the rest of a header row and the rule under it: " | … |\n|---|". */
const HEADER_RULE_AFTER_RE = /^[^\n]*\n[ \t]*\|?[ \t]*:?-{3,}/;

/**
 * A bound in a pipe table's label cell (v212): the row's first cell names the band, tier or
 * tranche the row is for, and the charges or rates in its later cells are the figures ("| Still
 * wine, exceeding 5.5% but not exceeding 15% abv | per litre | £3.184 |", "| Small Claims
 * Tribunal, claim not more than HK$3,000 | HK$20 |", "| Mid-rent segment (rents from €900.08 to
 * €1,184.82) | 4.4% |", "| First $20,000 | 100% of OMV |", "| Next $20,000 ($20,001 to $40,000) |
 * 140% of OMV |"); a header cell names the class of claims a column is for ("| Day of trial |
 * Value of claim up to S$1 million | Value of claim more than S$1 million |"). The number needs a
 * bound word, a band's join, a tranche's place or a band's bracket right before it in its cell; a
 * label of words with a number of its own ("| Levy of $5 per tonne |") and a cap in a value cell
 * ("| Maximum rebate | up to $500 |") keep their reading.
 */
function tableLabelBound(
  before: string,
  after: string,
  m: MembershipMatch,
): MembershipReading | undefined {
  const label = TABLE_LABEL_CELL_BEFORE_RE.exec(before);
  if (label && LATER_CELL_AFTER_RE.test(after)) {
    const cell = label[1]!;
    if (CELL_BOUND_END_RE.test(cell) || CELL_BAND_SECOND_END_RE.test(cell)) return 'tier';
    if (m.kind === 'amount' && CELL_TRANCHE_END_RE.test(cell)) return 'tier';
    if (
      CELL_BRACKET_END_RE.test(cell) &&
      (m.range !== undefined || CELL_BAND_JOIN_AFTER_RE.test(after))
    )
      return 'tier';
  }
  const header = TABLE_ANY_CELL_BEFORE_RE.exec(before);
  if (header && HEADER_RULE_AFTER_RE.test(after) && CELL_BOUND_END_RE.test(header[1]!))
    return 'group';
  return undefined;
}

/**
 * A tier of a schedule: a bound or a range that opens a list item and ends in its label's colon
 * ("– below $900 a tonne: 2%", "– $900 to $1,499: 3%", "– $1,500 and above: 4%"), either bound of
 * a band written "from … to …" there ("- from R$ 1,708.01 to R$ 2,952.14: 9%", as contribution
 * and tax tables list their bands), a fronted bound that a rate follows ("Between $40 and $55 a
 * barrel the levy is 12%"), or what a rate applies to ("applies to earnings over $150,000"). The
 * rate after the label stays a figure, and so do two levels an item reports after its own label
 * ("- Pension value: from €41.20 to €42.74 a month").
 */
function scheduleTier(before: string, after: string, range: boolean): boolean {
  if (APPLIES_TO_BOUND_BEFORE_RE.test(before)) return true;
  if (scheduleTranche(before, after)) return true;
  // "The supplementary premium applies to dividends and interest of NT$20,000 or more in a single
  // payment": the bound written open after its number says which items the charge takes (v139).
  if (APPLIES_TO_OPEN_BEFORE_RE.test(before) && OPEN_CONDITION_END_AFTER_RE.test(after))
    return true;
  if (rowLabelBand(before, after, range)) return true;
  if (tableBandLabel(before, after, range)) return true;
  if (
    (ITEM_BOUND_BEFORE_RE.test(before) || ITEM_BARE_BEFORE_RE.test(before)) &&
    BAND_SECOND_BOUND_AFTER_RE.test(after)
  )
    return true;
  if (LABELLED_ITEM_BOUND_BEFORE_RE.test(before) && LABEL_COLON_AFTER_RE.test(after)) return true;
  if (longLabelBand(before, after)) return true;
  if (EXCESS_SLICE_BEFORE_RE.test(before)) return true;
  if (BAND_FIRST_BOUND_BEFORE_RE.test(before) && LABEL_COLON_AFTER_RE.test(after)) return true;
  const bounded =
    ITEM_BOUND_BEFORE_RE.test(before) ||
    (ITEM_BARE_BEFORE_RE.test(before) && (range || OPEN_END_AFTER_RE.test(after)));
  return bounded && (LABEL_COLON_AFTER_RE.test(after) || TIER_RATE_AFTER_RE.test(after));
}

/** A tranche's place in a schedule, before its size: "first", "next", "following", "further". */
const TRANCHE_PLACE = String.raw`(?:first|next|following|further)`;
/** From a list item's start, a tranche's place: "- The first £", "- next $", "• First R". */
const TRANCHE_ITEM_BEFORE_RE = new RegExp(
  String.raw`${ITEM_START}(?:the\s+)?${TRANCHE_PLACE}\s+${SIGN}$`,
  'i',
);
/** After a tranche in a list item, its label's colon and the rate: " of yield: 15%", ": exempt". */
const TRANCHE_RATE_AFTER_RE = new RegExp(
  String.raw`^${BAND_SCALE}[^.;:\d]{0,40}:\s*(?:[-–−+]?\d[\d.,]*\s?(?:%|per\s?cent\b|percent\b)|(?:nil|zero|exempt|free)\b)`,
  'i',
);
/** A tranche opening a clause: "The first £", ". The next $", "and the next £", ", the first $". */
const TRANCHE_CLAUSE_BEFORE_RE = new RegExp(
  String.raw`(?:^|[.;:,]\s+|\b(?:and|while|but|with)\s+)the\s+${TRANCHE_PLACE}\s+${SIGN}$`,
  'i',
);
/** After a tranche opening a clause, its verb left out and the rate, in a sentence that levies
 *  one: " at 20%". */
const TRANCHE_ELIDED_RATE_AFTER_RE = new RegExp(
  String.raw`^${BAND_SCALE}(?:\s+of\s+[^.;:\d]{1,40}?)?\s+at\s+\d[\d.,]*\s?(?:%|per\s?cent\b|percent\b)`,
  'i',
);
/** Words that say a sentence levies a rate: "taxed", "charged", "levied", "duty". */
const LEVY_WORD_RE = /\b(?:tax(?:ed|es)?|charged|levied|assessed|dut(?:y|ies)|levy|levies)\b/i;

/**
 * The slice of a base a schedule's rate applies to, named by its place and its size: a list item
 * "- The first £2,811,500: 15%", "- next $2,000,000: 1.8%", or a clause that levies a rate on it,
 * "The first £2,811,500 of gross gaming yield is taxed at 15% and the next £1,938,000 at 20%".
 * The tranche cuts the base as a band's bounds do; the rate is the figure (v168). A first or next
 * sum paid, sold or disbursed ("the first €1 billion was paid out", "sold the first $5 billion at
 * 4.2%") and a first quarter's level keep their reading.
 */
function scheduleTranche(before: string, after: string): boolean {
  if (TRANCHE_ITEM_BEFORE_RE.test(before) && TRANCHE_RATE_AFTER_RE.test(after)) return true;
  if (!TRANCHE_CLAUSE_BEFORE_RE.test(before)) return false;
  if (RATE_LEVIED_AFTER_RE.test(after)) return true;
  return TRANCHE_ELIDED_RATE_AFTER_RE.test(after) && LEVY_WORD_RE.test(before);
}

/** The base a schedule's rate is levied on: income, pay, turnover, profits, a price or a value. */
const LEVY_BASE = String.raw`(?:incomes?|earnings|pay|salar(?:y|ies)|wages?|remuneration|payroll|turnover|sales|profits?|gains?|prices?|values?|estates?|rents?|revenues?)`;
/** A base, or items named by a participle of their value: "homes costing ", "properties valued ". */
const BAND_BASE = String.raw`(?:${LEVY_BASE}|[a-z]{3,}s\s+(?:valued(?:\s+at)?|worth|priced(?:\s+at)?|costing))`;
/** Right before a band's first end, its base and "between" or "from": "Income between €", "monthly
 *  pay from KES ", "annual turnover of between ₹", "the portion of a home's price from £". A verb
 *  between them ("earnings rose from $") makes two levels, and is not read. */
const BASE_BAND_FIRST_BEFORE_RE = new RegExp(
  String.raw`\b${BAND_BASE}\s+(?:of\s+)?(?:between|from)\s+${SIGN}$`,
  'i',
);
/** Right before a band's second end, the same base and the first end: "price from £250,001 to £". */
const BASE_BAND_SECOND_BEFORE_RE = new RegExp(
  String.raw`\b${BAND_BASE}\s+(?:of\s+)?(?:between|from)\s+${SIGN}\d[\d.,]*${BAND_SCALE}${BAND_JOIN}${SIGN}$`,
  'i',
);
/** Before the base of a band, a verb that levies a rate "on" or "to" it, the rate named before:
 *  "A rate of 12% applies to the slice of ", "The 20% band is levied on ", "Stamp duty of 3% is
 *  payable on ". The band then needs no rate after it. */
const LEVIED_ON_BASE_BEFORE_RE = new RegExp(
  String.raw`\b(?:appl(?:y|ies|ied)|levied|charged|payable|imposed)\s+(?:only\s+|solely\s+)?(?:on|to)\s+(?:(?:the|a|an|each|every)\s+)?(?:[\w'’-]+\s+){0,3}?(?:of\s+)?${BAND_BASE}\s+(?:of\s+)?(?:between|from)\s+${SIGN}(?:\d[\d.,]*${BAND_SCALE}${BAND_JOIN}${SIGN})?$`,
  'i',
);
/** After a band's end (past its second end, when it is the first), the rate levied on the band, in
 *  its clause: "): 25%", " is taxed at", " will be charged at", " attracts duty of", " pays a
 *  levy of", ", the rate falls to". A band that nothing is levied on ("Turnover between $2 million
 *  and $3 million was reported") is a range. */
const RATE_LEVIED_AFTER_RE = new RegExp(
  String.raw`^(?:${BAND_JOIN}${SIGN}\d[\d.,]*${BAND_SCALE})?(?:\s+(?:a|per|each)\s+(?:year|month|week|annum))?(?:\s*\)?\s*:\s*[-–−+]?\d|[^.;:]{0,40}?\b(?:(?:is|are|was|were|be|been)\s+)?(?:taxed|charged|levied|assessed|rated)\s+(?:at|by|an?|the)\b|[^.;:]{0,40}?\b(?:attract(?:s|ed)?|bear(?:s)?|pay(?:s)?|incur(?:s|red)?|face(?:s|d)?)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:dut(?:y|ies)|tax(?:es)?|surcharges?|cess|rates?|levy|levies|charges?|contributions?|royalt(?:y|ies)|fees?)\b|[^.;:,]{0,20},\s*(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:rate|duty|tax|surcharge|levy|charge|royalty|fee)\s+(?:is|will\s+be|falls?|rises?|drops?|goes|stands?)\b)`,
  'i',
);
/** After a band's end (past its second end, when it is the first), its verb left out and the rate,
 *  in a sentence that levies one: " at 31.49%" ("income between $15,601 and $17,200 is taxed at a
 *  composite rate of 13.99%, and income between $78,101 and $86,000 at 31.49%": v276). */
const ELIDED_RATE_AFTER_RE = new RegExp(
  String.raw`^(?:${BAND_JOIN}${SIGN}\d[\d.,]*${BAND_SCALE})?(?:\s+(?:a|per|each)\s+(?:year|month|week|annum))?\s+at\s+\d[\d.,]*\s?(?:%|per\s?cent\b|percent\b)`,
  'i',
);
/** Either end of a band of a base with the rate its clause levies on it, after it or before. */
function leviedBand(before: string, after: string): boolean {
  if (LEVIED_ON_BASE_BEFORE_RE.test(before)) return true;
  if (!BASE_BAND_FIRST_BEFORE_RE.test(before) && !BASE_BAND_SECOND_BEFORE_RE.test(before))
    return false;
  return (
    RATE_LEVIED_AFTER_RE.test(after) ||
    (ELIDED_RATE_AFTER_RE.test(after) && LEVY_WORD_RE.test(before))
  );
}

/** A condition in the present, a verb of passing and its bound: "when the surplus exceeds ",
 *  "once the price is above ", "whenever sales fall below £". A past verb ("when inflation
 *  exceeded 5%") says when something happened, a time, and stays a figure. */
const PRESENT_CONDITION_BEFORE_RE = new RegExp(
  String.raw`\b(?:when|whenever|once)\s+[^.;:,?!()]{1,60}?\b(?:(?:exceeds?|surpass(?:es)?|tops?|reach(?:es)?|pass(?:es)?)\s+|(?:is|are|falls|rises|goes|drops|stays|remains|moves)\s+${BOUND}\s+)${SIGN}$`,
  'i',
);
/** A condition in the present whose bound is written open after its number, "when the norm price
 *  is US$", " or more", or the second end of such a band, "when the price is US$4,500 or more but
 *  less than US$" (v139: royalty schedules set each rate so, "(b) 6.5% when the norm price is
 *  US$4,500 or more but less than US$6,500 per tonne"). Group 1 holds the first end, when there. */
const OPEN_CONDITION_BEFORE_RE = new RegExp(
  String.raw`\b(?:when|whenever|once|where|if)\s+[^.;:,?!()]{1,60}?\b(?:is|are)\s+(${SIGN}\d[\d.,]*${BAND_SCALE}${BAND_PERCENT}(?:\s+(?:per|a|an)\s+(?:[a-z]+\s+)?[a-z]+)?\s+(?:or|and)\s+(?:more|above|over|higher)\s+(?:but|and)\s+${BOUND}\s+)?${SIGN}$`,
  'i',
);
/** After a condition's number, its open end: " or more", " per tonne or more", " a cubic metre or
 *  more", " and above". */
const OPEN_CONDITION_END_AFTER_RE = new RegExp(
  String.raw`^${BAND_SCALE}${BAND_PERCENT}(?:\s+(?:per|a|an)\s+(?:[a-z]+\s+)?[a-z]+)?\s+(?:or|and)\s+${OPEN_END}\b`,
  'i',
);
/** A condition in the perfect, a verb of change and its size: "whenever the index has risen by ",
 *  "once prices have increased by more than " (group 1, a bound, or "or more" after the number).
 *  A change reported ("prices have risen by 2%") names no condition. */
const PERFECT_CONDITION_BEFORE_RE = new RegExp(
  String.raw`\b(?:when|whenever|once|if|until)\s+[^.;:,?!()]{1,60}?\b(?:has|have)\s+(?:risen|fallen|increased|decreased|grown|declined|dropped|gone\s+(?:up|down))\s+(?:by\s+)?(${BOUND}\s+)?${SIGN}$`,
  'i',
);
/** After a bound, what holding no more than it still allows: " and still get the full grant". */
const STILL_ALLOWED_AFTER_RE =
  /^[^.;:]{0,40}?\band\s+still\s+(?:get|receive|keep|claim|qualify|be\s+eligible)\b/i;
/** From a clause's start (also after a fronted phrase and its comma, a bullet or a colon), a
 *  subject of up to six words that holds a bound, with no verb of its own: "Refunds of up to ",
 *  "Under the act, an increase of more than ", "a shop selling less than £". */
const RULE_BOUND_SUBJECT_BEFORE_RE = new RegExp(
  String.raw`(?:^|[:;•]|^[A-Z][^,;.]{0,40},|\b(?:that|an?)\s)\s*(?!(?:[\w'’-]+\s+)*?(?:rose|fell|grew|increased|decreased|declined|dropped|reached|stood|totall?ed|amounted|was|were|is|are|has|have|had|will|would)\s)(?:[A-Za-z][\w'’-]*\s+){1,6}?${BOUND}\s+${SIGN}$`,
  'i',
);
/** After such a subject, what the rule does with it: " need not register", " will now be settled
 *  automatically", " are removed", " pay no duty", " would have required a vote", and a handling
 *  that skips a step of the usual procedure, " will now be issued without a manual verification",
 *  " are cleared without a customs declaration", " are paid automatically": the bound says which
 *  items take the short path, as a tax office's, a customs service's or a procurement rule's
 *  threshold does. A handling with no step skipped (" were issued to 1.2 crore taxpayers") or a
 *  scheme that opens (" will open in March") says nothing of a rule. */
const RULE_OUTCOME_AFTER_RE =
  /^(?:[^.;:,]|[.,]\d){0,60}?\b(?:need\s+not|do(?:es)?\s+not\s+(?:need|have)\s+to|pays?\s+no|(?:is|are|will|would)\s+(?:(?:now|also|then|not)\s+)?(?:be\s+)?(?:removed|excluded|settled|surveyed|exempt(?:ed)?|waived|dropped|omitted|ignored|disregarded|approved\s+automatically|(?:issued|paid|processed|cleared|settled|approved|granted|refunded|released|awarded|admitted)\s+(?:automatically|without\s+(?:an?\s+|any\s+)?(?:[a-z]+\s+){0,2}?(?:verification|check|checks|review|scrutiny|audit|inspection|declaration|tender|tendering|assessment|approval)))|would\s+(?:have\s+)?(?:required|triggered|needed))\b/i;

/** A rule or a class, then the clause that says when it applies, up to a bound in that clause: a
 *  duty or a need ("must be notified where ", "shall apply if ", "a licence is required if "), a
 *  rule that applies ("The levy applies only where "), or a present class or presumption ("is
 *  presumed dominant unless ", "is reportable where ", "is large where "), then "where", "if",
 *  "unless" or "provided that" and the clause, with no stop or colon. Group 1 is the bound, or
 *  undefined when the clause names none ("hold 70%", "valued at R6.6 billion") and the number
 *  needs " or more" after it. A
 *  past rule ("The fine was cut where ") names no rule in force and keeps its figures. */
const RULE_CONDITION_CLAUSE_BEFORE_RE = new RegExp(
  String.raw`\b(?:must|shall|(?:is|are)\s+(?:(?:not|only|also|then)\s+)?(?:required|mandatory|compulsory|obligatory|presumed|deemed|considered|treated\s+as|(?:un)?likely\s+to|[a-z]+able|large|small|significant|dominant|eligible|exempt|liable|subject\s+to)|appl(?:y|ies))\b[^.;:?!]{0,80}?\b(?:where|if|unless|provided\s+(?:that\s+)?)\s+(?:[^.;:?!()]|[.,](?=\d)){1,160}?(?:\b(${BOUND})\s+|\s)${SIGN}$`,
  'i',
);

// v80: the criterion of a class, a status or a trigger, written as a bounded part of a whole or of
// members that opens a present condition's subject ("An area is classified in Famine when at least
// 20 per cent of households face …", "provided at least two-thirds of the parties' turnover is not
// earned in Kenya"), and a bare bound a predicate names a class for ("benchmark: below 25% is rated
// 'good'"). Both say which cases fall in the class; nothing is measured.

/** A condition's opener right before a bound that opens its subject: "when more than ", "if at
 *  least ", ", provided fewer than " ("provided" after a comma or "and", no verb: "has provided
 *  more than $45 billion" is a sum given), and a further criterion of the same list after a comma or
 *  "and"/"or" ("when at least 20 per cent of households face …, at least "). */
const CONDITION_PART_SUBJECT_BEFORE_RE = new RegExp(
  String.raw`(?:\b(?:when|whenever|once|if|where|as\s+long\s+as|unless)|(?<!\b(?:has|have|had|is|are|was|were|be|been|being)\s+)\b(provided)(?:\s+that)?)\s+(?:${BOUND}\s+${SIGN}(?:\d|[a-z]+[- ](?:thirds?|quarters?|fifths?|half))[^.;:?!()]{0,120}?,\s+(?:and\s+|or\s+)?)?${BOUND}\s+${SIGN}$`,
  'i',
);
/** In the words of a condition after its number, a past finite verb: "were repaid", "reported
 *  losses", "rose". A participle after a copula ("is earned", "are acutely malnourished"), after a
 *  determiner ("the combined turnover") or before a number or a preposition ("children aged 6 to
 *  59 months", "firms based in") is none. */
const PAST_FINITE_AFTER_RE =
  /\b(?:was|were|had|did)\b|(?<!\b(?:is|are|be|been|being|gets?|remains?|stays?|the|an?|its|their|our|of|all|any|each|every)\s+(?:(?:not|also|still|then|now|[a-z]+ly)\s+)*)\b(?!(?:hundred|need|exceed|proceed|succeed|indeed|embed)\b)(?:[a-z]{2,}[^\We]ed|rose|fell|grew|came|went|took|saw|paid|made|won|stood|held|ran|gave|got|lost|sold|spent)\b(?!\s+(?:\d|by|at|in|on|under|over|from|to|between|with|for)\b)/i;
/** A bound that opens its clause (the sentence, or after a colon, semicolon or bracket), or stands
 *  after a pronoun of any case ("Anything above ", "any reading below "). */
const BARE_BOUND_SUBJECT_BEFORE_RE = new RegExp(
  String.raw`(?:^|[:;(]\s*|\b(?:and|or|while|whereas)\s+|\b(?:anything|any\s+(?:value|reading|score|figure|level|rate|ratio|result))\s+)${BOUND}\s+${SIGN}$`,
  'i',
);
/** Right after such a bound's number (and the whole it is a share of, "of the export price", or
 *  two words that qualify it, "ad valorem"), the class a present predicate names it: " is rated",
 *  " are classed as", " is considered", " counts as", with the rater named before "as" ("is
 *  regarded by the Authority as"), or a bare adjective that closes its clause (" is
 *  insignificant.", " are negligible and"; v120). An adjective of likelihood or a participle
 *  ("is likely next year", "is expected to persist") makes a forecast, not a class. */
const CLASS_PREDICATE_AFTER_RE =
  /^\s*(?:%|per\s?cent|percent|(?:percentage\s+)?points?|pp)?(?:\s+of\s+(?:[\w'-]+\s+){0,3}?[\w'-]+|(?:\s+(?!(?:is|are|was|were|be|been|will|would|counts?)\b)[a-z]+\b){1,2}?)?\s*(?:\b(?:is|are)\s+(?:(?:now|usually|generally|normally|typically|also|still|thus|therefore|not)\s+)*(?:(?:rated|graded|classed|classified|categori[sz]ed|considered|deemed|labell?ed|judged|ranked|scored|marked|flagged|designated)\b|(?:regarded|treated|counted|defined|read|taken|seen|viewed)\s+(?:by\s+(?:[\w'-]+\s+){1,4}?)?as\b|(?!(?:likely|unlikely|possible|probable|improbable|certain|uncertain|expected|due|set|about|forecast|projected|planned|bound|sure|rare|common|unusual|usual)\b)[a-z]{3,}(?<!ed|ing)(?=\s*(?:[.;,:)]|$)|\s+(?:and|or|but|while|whereas)\b))|counts?\s+as\b)/i;

/**
 * A bound that says which cases fall in a class or set off a rule: one that opens the subject of a
 * present condition, its part of a whole or of members ("when more than 30 per cent of its crops
 * are lost"), or a bare bound a present predicate names a class for ("below 25% is rated 'good'").
 * A past condition ("when more than 40% of households reported losses") tells when something
 * happened, and a cause ("since at least 20 per cent of households face …") states a level.
 * @example criterionOfClass('An area is classified in Famine when at least ', ' per cent of households face an extreme lack of food') // true
 */
function criterionOfClass(before: string, after: string): boolean {
  if (CLASS_PREDICATE_AFTER_RE.test(after)) {
    if (BARE_BOUND_SUBJECT_BEFORE_RE.test(before)) return true;
    // "collection efficiency above 95% is rated", "Vacancy rates below 3 per cent are regarded
    // as": a bound on the measure its clause's subject names, no verb before it.
    const attached = boundAttachment(before);
    if (attached?.to === 'noun' && attached.inSubject) return true;
  }
  const opener = CONDITION_PART_SUBJECT_BEFORE_RE.exec(before);
  if (!opener) return false;
  const clause = /^(?:[^.;:!?,]|[.,]\d)*/.exec(after)![0];
  // "provided" with no comma before it may be a verb ("The grant provided more than $5 million to
  // farms"): a conjunction opens a clause whose part has a finite verb of its own ("… of its bills
  // are issued on time").
  if (
    opener[1] !== undefined &&
    !/(?:[,;(]|\b(?:and|but|only))\s*$/i.test(before.slice(0, opener.index)) &&
    !/\b(?:is|are|has|have|does|do|remains?|stays?|can|will|must|may)\b/i.test(clause)
  )
    return false;
  // "Where at least 95 per cent of the water abstracted for cooling is returned to the water body
  // from which it was taken, the fee shall be reduced": a past inside a relative clause that
  // names a place or a thing ("from which it was taken") tells of that thing, not of the
  // condition, whose own present verb comes before it (v232).
  const own = clause.replace(
    /\s(?:(?:from|in|of|to|by|at|into|for|with)\s+)?(?:which|whom)\b[^]*$/i,
    '',
  );
  const present = /\b(?:is|are|has|have|does|do|remains?|stays?)\b/i.test(own);
  return !PAST_FINITE_AFTER_RE.test(present ? own : clause);
}

/**
 * A condition for something to apply: a bound in a present "when" clause ("the fund tops up its
 * reserve when the surplus exceeds 1% of GDP"), the most one may hold "and still get" a benefit, or
 * a bound in a rule's subject with what the rule does ("Refunds of up to $500 will now be paid
 * automatically", "a shop selling less than £60,000 a year need not register").
 */
function conditionBound(before: string, after: string): boolean {
  if (PRESENT_CONDITION_BEFORE_RE.test(before)) return true;
  const open = OPEN_CONDITION_BEFORE_RE.exec(before);
  if (open && (open[1] !== undefined || OPEN_CONDITION_END_AFTER_RE.test(after))) return true;
  if (criterionOfClass(before, after)) return true;
  // "whenever the index has risen by 2% or more since the last revaluation", "once the index has
  // risen by more than 3%": a change a rule waits for, in the perfect, is its trigger.
  const perfect = PERFECT_CONDITION_BEFORE_RE.exec(before);
  if (perfect && (perfect[1] !== undefined || OR_MORE_AFTER_RE.test(after))) return true;
  if (BOUND_END_RE.test(before) && STILL_ALLOWED_AFTER_RE.test(after)) return true;
  // "A merger must be notified where the combined turnover is at least DKK 900 million", "is
  // unlikely to raise concerns unless the merged firm has a share of 40% or more": a bound in the
  // clause a rule or a class applies under is its trigger, nothing measured.
  const ruled = RULE_CONDITION_CLAUSE_BEFORE_RE.exec(before);
  if (ruled && (ruled[1] !== undefined || OR_MORE_AFTER_RE.test(after))) return true;
  return RULE_BOUND_SUBJECT_BEFORE_RE.test(before) && RULE_OUTCOME_AFTER_RE.test(after);
}

/** A first bound with its number, then "and" or "or" and a second bound: "above $9,000 and below
 *  $". Group 1 runs to the first number, group 2 is it. */
const PAIRED_BOUND_BEFORE_RE = new RegExp(
  String.raw`(\b${BOUND}\s+${SIGN})(\d[\d.,]*(?:\s?(?:million|billion|bn|m|k))?)\s+(?:and|or)\s+${BOUND}\s+${SIGN}$`,
  'i',
);

/** Right before a number, another number and the bracket it opens: "incomes over $110,400 ($",
 *  "a ratio above 80% (". Group 1 is the number before the bracket. */
const BRACKETED_ALTERNATIVE_BEFORE_RE = new RegExp(
  String.raw`(\d[\d.,]*(?:\s?(?:million|billion|trillion|bn|m|k|lakh|crore))?\s?(?:%|per\s?cent|percent)?)\s*\(\s*${SIGN}$`,
  'i',
);

/** Right after a bracketed number, the other group or case it is set for, then the bracket's
 *  end: " for couples)", " in the case of small island states)", " for excise goods)". */
/** Right before a number, a first number with the group it is set for in brackets, then "or" or
 *  "and": "€18,000 (single) or €", "£20,000 (single parent) or £". Group 1 is the first number. */
const LABELLED_ALTERNATIVE_BEFORE_RE = new RegExp(
  String.raw`(\d[\d.,]*(?:\s?(?:million|billion|trillion|bn|m|k|lakh|crore))?\s?(?:%|per\s?cent|percent)?)\s*\([^()\d]{2,40}\)\s+(?:or|and)\s+${SIGN}$`,
  'i',
);
const OTHER_GROUP_AFTER_RE = /^\s+(?:for|in\s+the\s+case\s+of)\s+[^()]{2,80}\)/i;

/** Right before a number, a procedure, window or scheme, "for", the plural items it is for and a
 *  bound: "a fast-track mechanism for investment proposals above Rs ", "a simplified procedure for
 *  contracts below €", "single-window clearance for projects exceeding $". The bound says which
 *  items the procedure takes; "demand for exports above $" names no procedure. */
const FACILITY_FOR_ITEMS_BOUND_BEFORE_RE = new RegExp(
  String.raw`\b(?:mechanisms?|procedures?|windows?|lanes?|tracks?|routes?|facility|facilities|regimes?|process(?:es)?|reviews?|clearances?|scrutiny|screening|approvals?|exemptions?|rules?|incentives?)\s+for\s+(?:(?:all|new|large|major|small|foreign|domestic|investment|infrastructure|public|private|[a-z]+-[a-z]+)\s+){0,2}[a-z]{3,}s\s+(?:(?:valued|worth|priced|costing)\s+(?:at\s+)?)?(?:${POSITION}|${EXCEEDING}|${IN_EXCESS_OF}|(?:of\s+)?${than(MORE_LESS)}|of\s+over|of\s+under)\s+(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);

/** Right before a number, a noun and a bound with no "of" between: "co-financing below $", "grants
 *  over ". "Spending of over $900 per person" is an average and stays a figure. */
const NOUN_BOUND_BEFORE_RE = new RegExp(
  String.raw`\b(?!of\b)[a-z][a-z-]{2,}\s+${anyOf(POSITION, EXCEEDING)}\s+(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);
/** After a bound, the one item it applies to: " per project", " a loan", " per claim". */
const PER_ITEM_AFTER_RE =
  /^\s*(?:[a-z]+\s+)?(?:per|a|each)\s+(?:project|loan|firm|member|household|transaction|claim|contract|grant|award|permit|scheme)\b/i;

/** Before a bound's digits, a bracket opened right after a plural noun of members, with what each
 *  member holds and the bound: "large-scale projects (capital expenditure above €", "small firms
 *  (turnover below £", "enterprises (annual revenue between $", "plants (with a capacity of more
 *  than ". "Exports (up ", "Households (about " and "Grants (€" name no measure and keep their
 *  reading. */
const BRACKETED_MEMBER_BOUND_BEFORE_RE = new RegExp(
  String.raw`\b[a-z][\w-]*s\s+\(\s*(?:(?:with|whose|having)\s+)?(?:(?:an?|the|their|its)\s+)?(?!(?:of|up|down|or|and|about|some|around|nearly|almost|over|under|above|below|more|less|at|to|in|on|from|by)\b)[a-z][\w-]*\s+(?:[a-z][\w-]*\s+){0,2}?(?:of\s+)?(?:${POSITION}|${EXCEEDING}|between|${AT_LEAST_MOST}|${than(MORE_LESS, FEWER)}|${UP_TO}|${notThan(MORE_LESS)}|a\s+(?:minimum|maximum)\s+of)\s+[^\s\d()]{0,4}\s?$`,
  'i',
);
/** After a bracketed bound, the bracket closing on it: ")", " a year)", " and €20 million)". */
const BRACKET_CLOSES_AFTER_RE =
  /^[^()\d]{0,30}(?:\d[\d.,]*\s*(?:million|billion|bn|m)?[^()\d]{0,20})?\)/i;

/** Plural nouns of a total measured, not of members or items: a bound on them in a subject sizes
 *  the total ("Remittances of more than $2 billion will arrive", "Deposits of over €900 billion"). */
const TOTAL_NOUN_RE =
  /^(?:exports|imports|sales|earnings|revenues|receipts|profits|losses|savings|reserves|deposits|arrears|remittances|inflows|outflows|proceeds|costs|prices|rates|yields|balances|holdings|flows|investments|expenditures|outlays|returns|assets|liabilities|funds|resources|damages|debts|borrowings|taxes|duties|emissions|volumes)$/i;
/** Plural nouns of money a scheme gives or a rule charges: a bound on them is the most each may be,
 *  a cap or a rate set ("grants of up to £15,000 per farm will open in March", "crop loans of up to
 *  Rs 3 lakh will continue", "Royalties of up to 7% are payable"), as "farmers can apply for grants
 *  of up to £40,000" is. */
const GIVEN_NOUN_RE =
  /^(?:grants|loans|subsidies|credits|awards|allowances|benefits|bursaries|scholarships|guarantees|vouchers|rebates|stipends|pensions|royalties|fees|charges|levies|tariffs|fines|penalties|surcharges|premiums|commissions|contributions)$/i;
/** The finite verb groups of a predicate: auxiliaries, modals and the present verbs a rule says of
 *  the members it sorts ("remain free", "qualify for", "pay the higher rate", "face a review"). */
const PREDICATE_VERB_RE =
  /\b(?:is|are|was|were|has|have|had|will|would|may|can|could|must|shall|should|need|needs|do|does|did|remain|remains|qualify|qualifies|pay|pays|count|counts|face|faces|get|gets|receive|receives|carry|carries|attract|attracts|enjoy|enjoys|fall|falls|go|goes|stay|stays|lose|loses)\b/gi;
/** Right after the predicate's verb, what says the bound sizes a sum given, planned or told once:
 *  "are available", "will be offered", "are planned", "were shipped", "will arrive". */
const SIZED_PREDICATE_AFTER_RE =
  /^\s+(?:(?:not|now|also|still|then|be|been|being|to|made)\s+)*(?:available|offered|provided|granted|awarded|allocated|disbursed|spent|invested|raised|planned|expected|projected|forecast|budgeted|estimated|held|arrive|recorded|reported|earmarked|committed|set\s+aside|payable|charged|levied|due)\b/i;

/**
 * True when the bound right before the number modifies a noun inside its clause's subject (the
 * members through "of", "with", "whose" or a participle) and the predicate after the number says, in
 * the present or after a modal, what a rule or a class does with them; a past verb tells an event
 * ("were shipped"), and a verb of giving or planning sizes a sum ("are available", "are planned").
 * @example subjectMembersBound('Card payments of up to ₦', '5,000 remain free of charge.') // true
 * @example subjectMembersBound('Exports of over $', '2 billion were shipped in May.') // false
 */
function subjectMembersBound(before: string, after: string): boolean {
  const attached = boundAttachment(before);
  if (attached?.to !== 'noun' || !attached.inSubject || attached.members === undefined)
    return false;
  if (TOTAL_NOUN_RE.test(attached.members) || GIVEN_NOUN_RE.test(attached.members)) return false;
  const predicate = presentPredicate(after);
  return predicate !== undefined && !SIZED_PREDICATE_AFTER_RE.test(predicate);
}

/** Right after a present verb, what exempts its subject: "is effectively tax-free", "remains
 *  exempt from", "are not taxed", "are free of the levy", "is zero-rated". */
const EXEMPT_PREDICATE_AFTER_RE =
  /^\s+(?:(?:not|now|also|still|effectively|fully|entirely|wholly|generally|then|always)\s+)*(?:tax-free|tax-exempt|duty-free|exempt(?:ed)?\b|free\s+of\b|untaxed|zero-rated|not\s+(?:taxed|taxable|charged|liable|subject\s+to))/i;
/** The verbs of remaining that state an exemption on their own: "remains exempt", "stays free of". */
const REMAIN_RE = /^(?:is|are|remain|remains|stay|stays)$/i;

/**
 * True when a bound on a noun inside its clause's subject stands before a present predicate that
 * exempts it, whatever the noun ("income up to Rs 7 lakh is effectively tax-free", "Turnover below
 * €85,000 remains exempt from VAT", "profits below $1 million are not taxed"): the band of the base
 * a tax or a levy spares, as a schedule's tier is. A past verb tells what happened
 * ("Profits of more than $2 billion were tax-free last year").
 * @example exemptedBase('Turnover below €', '85,000 remains exempt from VAT.') // true
 */
function exemptedBase(before: string, after: string): boolean {
  const attached = boundAttachment(before);
  if (attached?.to !== 'noun' || !attached.inSubject) return false;
  const clause = /^(?:[^.;:!?]|[.,]\d)*/.exec(after)![0];
  const verb = predicateVerb(clause);
  return (
    verb !== undefined &&
    REMAIN_RE.test(verb[0]) &&
    EXEMPT_PREDICATE_AFTER_RE.test(clause.slice(verb.index + verb[0].length))
  );
}

/** The first finite verb of the predicate after a number, past a relative on the number's own noun
 *  ("… who have not agreed a plan will be disconnected": "will"); "in May" names a month. */
function predicateVerb(clause: string): RegExpExecArray | undefined {
  const verbs = [...clause.matchAll(PREDICATE_VERB_RE)].filter((v) => v[0] !== 'May');
  const relative = /^[^\s\d]*(?:\s+[a-z]+){0,2}?\s+(?:who|which|that|whose)\b/i.test(clause);
  return verbs[relative ? 1 : 0] as RegExpExecArray | undefined;
}

/** The words after the predicate's verb, when that verb is present or a modal (a rule or a class),
 *  or undefined when there is none or it is past ("were shipped"). */
function presentPredicate(after: string): string | undefined {
  const clause = /^(?:[^.;:!?]|[.,]\d)*/.exec(after)![0];
  const verb = predicateVerb(clause);
  if (!verb || /^(?:was|were|had|did)$/i.test(verb[0])) return undefined;
  return clause.slice(verb.index + verb[0].length);
}
