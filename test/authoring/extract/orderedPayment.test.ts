// Held sentences of the rulings class (decided.ts, orderedPayment; candidates.ts, SOUGHT_BEFORE_RE;
// test/fixtures/prose/README.md, "Status": what a court orders a party to pay is decided, what a
// party sought stays expected). Written in voices other than the court of accounts' press release
// the class was found in: an employment tribunal, an arbitral award, an ombudsman, a federal court.

import { describeClasses, type AuditClass } from '../../support/statusAudit.ts';

describeClasses({
  'order dated in May': {
    call: 'a ruling dated "(6 May)" or "on 3 May" in its own sentence still orders what its modal of obligation states: the month is no hedge "may", actual; a modal "may" keeps its reading',
    rows: [
      [
        'The Court ruled on Tuesday (6 May), by 5 votes to 2, that the former mayor, Mr. A. Quintella, and the company Vale Verde Ltda. must jointly return R$ 4.82 million to the treasury.',
        'R$ 4.82 million',
        'actual',
      ],
      [
        'The arbitral tribunal decided on 3 May that the Republic must pay US$212 million in compensation.',
        'US$212 million',
        'actual',
      ],
      [
        'In its judgment of 14 May 2031, the Employment Tribunal held that the council must pay the claimant £48,200 in arrears.',
        '£48,200',
        'actual',
      ],
      // Near-misses: the other reading.
      [
        'The Ombudsman found that the agency must refund $3,400, and noted that refunds may reach $2 million in May 2032.',
        '$2 million',
        'expected',
      ],
      ['The ministry may pay up to $4 million in May.', '$4 million', 'expected'],
    ],
  },
  'sum sought with its noun': {
    call: 'a sum after a verb of asking and the noun of what is asked ("had sought repayment of", "requested damages of") is the request, expected',
    rows: [
      [
        "The Public Prosecutor's Office had sought repayment of R$ 6.3 million.",
        'R$ 6.3 million',
        'expected',
      ],
      [
        'The investor had requested damages of US$540 million before the tribunal.',
        'US$540 million',
        'expected',
      ],
      ['The union sought back pay of £1.9 million for its members.', '£1.9 million', 'expected'],
      // Near-miss: granted.
      ['The Federal Court ordered the insurer to pay A$1.6 million.', 'A$1.6 million', 'actual'],
    ],
    open: [
      [
        'The defence argued that at most R$ 1.1 million had been overpaid.',
        'R$ 1.1 million',
        'expected',
        "a party's argument in a that-clause is not yet read as its case",
      ],
      [
        'The applicant had claimed compensation of A$2.4 million.',
        'A$2.4 million',
        'expected',
        '"claimed" before a sum is also an assertion ("claimed revenue of"), not read as a claim yet',
      ],
    ],
  },
} satisfies Record<string, AuditClass>);
