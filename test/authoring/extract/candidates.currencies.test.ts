// The currency lexicon as a table: for each of the contract's 51 currencies, the ways official
// English prose writes it before and after a number (ISO code spaced and glued, sign, the country's
// own abbreviation, the name with and without its adjective), each read by the extractor with its
// value and unit; and for every abbreviation that is also a letter, word or name, a near-miss that
// must stay no currency. Every sentence is our own.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';
import { CURRENCY_CODES } from '../../../src/model/units.ts';
import { SCALES } from '../../../src/model/numberVocabulary.ts';

/** A sentence, the stated words the amount must be read from, its value and its unit. */
type Row = readonly [sentence: string, stated: string, value: number, unit: string];

const ROWS: readonly Row[] = [
  // US dollar
  ['Outlays came to US$4.5 billion in 2031.', 'US$4.5 billion', 4.5e9, 'USD'],
  ['Outlays came to USD 4.5 billion in 2031.', 'USD 4.5 billion', 4.5e9, 'USD'],
  ['Outlays came to USD4.5bn in 2031.', 'USD4.5bn', 4.5e9, 'USD'],
  ['Receipts reached US dollars 318 million in 2031.', 'US dollars 318 million', 318e6, 'USD'],
  ['Receipts reached 318 million US dollars in 2031.', '318 million US dollars', 318e6, 'USD'],
  ['The loan was $2,750 million in 2031.', '$2,750 million', 2750e6, 'USD'],
  // A dollar's code before its sign names that dollar: "USD $", "CAD$", spaced or glued.
  ['Canada, 2031: the cost was USD $388 billion.', 'USD $388 billion', 388e9, 'USD'],
  ['Canada, 2031: the cost was USD$388 billion.', 'USD$388 billion', 388e9, 'USD'],
  ['The cost was CAD $64 billion in 2031.', 'CAD $64 billion', 64e9, 'CAD'],
  ['The cost was AUD$64 billion in 2031.', 'AUD$64 billion', 64e9, 'AUD'],
  ['The cost was NZD $640 in 2031.', 'NZD $640', 640, 'NZD'],
  ['The cost was SGD $64 billion in 2031.', 'SGD $64 billion', 64e9, 'SGD'],
  ['The cost was HKD $64 billion in 2031.', 'HKD $64 billion', 64e9, 'HKD'],
  ['The cost was TWD $64 billion in 2031.', 'TWD $64 billion', 64e9, 'TWD'],
  // Japanese yen
  ['Grants totalled ¥640 billion in 2031.', '¥640 billion', 640e9, 'JPY'],
  ['Grants totalled 640 billion yen in 2031.', '640 billion yen', 640e9, 'JPY'],
  ['Grants totalled 640 billion Japanese yen in 2031.', '640 billion Japanese yen', 640e9, 'JPY'],
  ['Grants totalled Japanese yen 640 billion in 2031.', 'Japanese yen 640 billion', 640e9, 'JPY'],
  ['Grants totalled JPY 640 billion in 2031.', 'JPY 640 billion', 640e9, 'JPY'],
  // Euro
  ['The fund held €7.2 billion at the end of 2031.', '€7.2 billion', 7.2e9, 'EUR'],
  ['The fund held EUR 7.2 billion at the end of 2031.', 'EUR 7.2 billion', 7.2e9, 'EUR'],
  ['The fund held 7.2 billion euros at the end of 2031.', '7.2 billion euros', 7.2e9, 'EUR'],
  // Russian rouble
  ['Outlays reached ₽410 billion in 2031.', '₽410 billion', 410e9, 'RUB'],
  ['Outlays reached 410 billion roubles in 2031.', '410 billion roubles', 410e9, 'RUB'],
  [
    'Outlays reached 410 billion Russian rubles in 2031.',
    '410 billion Russian rubles',
    410e9,
    'RUB',
  ],
  ['Outlays reached RUB 410 billion in 2031.', 'RUB 410 billion', 410e9, 'RUB'],
  // Chinese yuan
  ['Sales came to RMB 86 billion in 2031.', 'RMB 86 billion', 86e9, 'CNY'],
  ['Sales came to Rmb86bn in 2031.', 'Rmb86bn', 86e9, 'CNY'],
  ['Sales came to 86 billion yuan in 2031.', '86 billion yuan', 86e9, 'CNY'],
  ['Sales came to 86 billion Chinese yuan in 2031.', '86 billion Chinese yuan', 86e9, 'CNY'],
  ['Sales came to CNY 86 billion in 2031.', 'CNY 86 billion', 86e9, 'CNY'],
  ['Sales came to CN¥86 billion in 2031.', 'CN¥86 billion', 86e9, 'CNY'],
  // Korean won
  ['Spending reached ₩3.4 trillion in 2031.', '₩3.4 trillion', 3.4e12, 'KRW'],
  ['Spending reached W3.4 trillion in 2031.', 'W3.4 trillion', 3.4e12, 'KRW'],
  ['Spending reached 3.4 trillion won in 2031.', '3.4 trillion won', 3.4e12, 'KRW'],
  ['Spending reached 3.4 trillion Korean won in 2031.', '3.4 trillion Korean won', 3.4e12, 'KRW'],
  ['Spending reached KRW 3.4 trillion in 2031.', 'KRW 3.4 trillion', 3.4e12, 'KRW'],
  // Pound sterling
  ['The levy raised £2.3 billion in 2031.', '£2.3 billion', 2.3e9, 'GBP'],
  [
    'The levy raised 2.3 billion pounds sterling in 2031.',
    '2.3 billion pounds sterling',
    2.3e9,
    'GBP',
  ],
  ['The levy raised GBP 2.3 billion in 2031.', 'GBP 2.3 billion', 2.3e9, 'GBP'],
  ['The levy raised GBP2.3bn in 2031.', 'GBP2.3bn', 2.3e9, 'GBP'],
  // Swiss franc
  ['Reserves rose to CHF 88 billion in 2031.', 'CHF 88 billion', 88e9, 'CHF'],
  ['Reserves rose to SFr 88 billion in 2031.', 'SFr 88 billion', 88e9, 'CHF'],
  ['Reserves rose to 88 billion Swiss francs in 2031.', '88 billion Swiss francs', 88e9, 'CHF'],
  // The other dollars
  ['Exports rose to NZ$6.1 billion in 2031.', 'NZ$6.1 billion', 6.1e9, 'NZD'],
  [
    'Exports rose to 6.1 billion New Zealand dollars in 2031.',
    '6.1 billion New Zealand dollars',
    6.1e9,
    'NZD',
  ],
  ['Exports rose to NZD 6.1 billion in 2031.', 'NZD 6.1 billion', 6.1e9, 'NZD'],
  ['Exports rose to A$6.1 billion in 2031.', 'A$6.1 billion', 6.1e9, 'AUD'],
  [
    'Exports rose to Australian dollars 6.1 billion in 2031.',
    'Australian dollars 6.1 billion',
    6.1e9,
    'AUD',
  ],
  ['Exports rose to AUD 6.1 billion in 2031.', 'AUD 6.1 billion', 6.1e9, 'AUD'],
  ['Exports rose to C$6.1 billion in 2031.', 'C$6.1 billion', 6.1e9, 'CAD'],
  [
    'Exports rose to 6.1 billion Canadian dollars in 2031.',
    '6.1 billion Canadian dollars',
    6.1e9,
    'CAD',
  ],
  ['Exports rose to CAD 6.1 billion in 2031.', 'CAD 6.1 billion', 6.1e9, 'CAD'],
  ['Exports rose to S$6.1 billion in 2031.', 'S$6.1 billion', 6.1e9, 'SGD'],
  [
    'Exports rose to Singapore dollars 6.1 billion in 2031.',
    'Singapore dollars 6.1 billion',
    6.1e9,
    'SGD',
  ],
  ['Exports rose to SGD 6.1 billion in 2031.', 'SGD 6.1 billion', 6.1e9, 'SGD'],
  ['Exports rose to HK$6.1 billion in 2031.', 'HK$6.1 billion', 6.1e9, 'HKD'],
  [
    'Exports rose to 6.1 billion Hong Kong dollars in 2031.',
    '6.1 billion Hong Kong dollars',
    6.1e9,
    'HKD',
  ],
  ['Exports rose to HKD 6.1 billion in 2031.', 'HKD 6.1 billion', 6.1e9, 'HKD'],
  ['Exports rose to NT$6.1 billion in 2031.', 'NT$6.1 billion', 6.1e9, 'TWD'],
  [
    'Exports rose to 6.1 billion New Taiwan dollars in 2031.',
    '6.1 billion New Taiwan dollars',
    6.1e9,
    'TWD',
  ],
  ['Exports rose to TWD 6.1 billion in 2031.', 'TWD 6.1 billion', 6.1e9, 'TWD'],
  ['Exports rose to NTD 6.1 billion in 2031.', 'NTD 6.1 billion', 6.1e9, 'TWD'],
  ['Exports rose to 6.1 billion NT dollars in 2031.', '6.1 billion NT dollars', 6.1e9, 'TWD'],
  // Indian rupee
  ['The scheme cost ₹1,450 crore in 2031.', '₹1,450 crore', 14.5e9, 'INR'],
  [
    'The scheme cost 1,450 crore Indian rupees in 2031.',
    '1,450 crore Indian rupees',
    14.5e9,
    'INR',
  ],
  ['The scheme cost INR 14.5 billion in 2031.', 'INR 14.5 billion', 14.5e9, 'INR'],
  [
    'The scheme cost Indian rupees 14.5 billion in 2031.',
    'Indian rupees 14.5 billion',
    14.5e9,
    'INR',
  ],
  // Indonesian rupiah
  ['Transfers reached Rp 52 trillion in 2031.', 'Rp 52 trillion', 52e12, 'IDR'],
  ['Transfers reached 52 trillion rupiah in 2031.', '52 trillion rupiah', 52e12, 'IDR'],
  [
    'Transfers reached 52 trillion Indonesian rupiah in 2031.',
    '52 trillion Indonesian rupiah',
    52e12,
    'IDR',
  ],
  ['Transfers reached IDR 52 trillion in 2031.', 'IDR 52 trillion', 52e12, 'IDR'],
  // Thai baht
  ['Receipts were ฿93 billion in 2031.', '฿93 billion', 93e9, 'THB'],
  ['Receipts were Bt93 billion in 2031.', 'Bt93 billion', 93e9, 'THB'],
  ['Receipts were 93 billion Thai baht in 2031.', '93 billion Thai baht', 93e9, 'THB'],
  ['Receipts were THB 93 billion in 2031.', 'THB 93 billion', 93e9, 'THB'],
  // Malaysian ringgit
  ['The allocation was RM12.6 billion in 2031.', 'RM12.6 billion', 12.6e9, 'MYR'],
  [
    'The allocation was 12.6 billion Malaysian ringgit in 2031.',
    '12.6 billion Malaysian ringgit',
    12.6e9,
    'MYR',
  ],
  ['The allocation was MYR 12.6 billion in 2031.', 'MYR 12.6 billion', 12.6e9, 'MYR'],
  // Philippine peso
  ['Remittances reached ₱41 billion in 2031.', '₱41 billion', 41e9, 'PHP'],
  ['Remittances reached P41 billion in 2031.', 'P41 billion', 41e9, 'PHP'],
  ['Remittances reached Php 41 billion in 2031.', 'Php 41 billion', 41e9, 'PHP'],
  [
    'Remittances reached 41 billion Philippine pesos in 2031.',
    '41 billion Philippine pesos',
    41e9,
    'PHP',
  ],
  ['Remittances reached PHP 41 billion in 2031.', 'PHP 41 billion', 41e9, 'PHP'],
  // Vietnamese dong
  ['Credit grew by VNĐ 12,400 billion in 2031.', 'VNĐ 12,400 billion', 12.4e12, 'VND'],
  ['Credit grew by ₫12,400 billion in 2031.', '₫12,400 billion', 12.4e12, 'VND'],
  ['Credit grew by 12,400 billion dong in 2031.', '12,400 billion dong', 12.4e12, 'VND'],
  [
    'Credit grew by 12,400 billion Vietnamese dong in 2031.',
    '12,400 billion Vietnamese dong',
    12.4e12,
    'VND',
  ],
  ['Credit grew by VND 12,400 billion in 2031.', 'VND 12,400 billion', 12.4e12, 'VND'],
  // Pakistani rupee
  ['Subsidies fell to PKR 210 billion in 2031.', 'PKR 210 billion', 210e9, 'PKR'],
  [
    'Subsidies fell to 210 billion Pakistani rupees in 2031.',
    '210 billion Pakistani rupees',
    210e9,
    'PKR',
  ],
  [
    'Subsidies fell to Pakistani rupees 210 billion in 2031.',
    'Pakistani rupees 210 billion',
    210e9,
    'PKR',
  ],
  // Bangladeshi taka
  ['The outlay was Tk 3,400 crore in 2031.', 'Tk 3,400 crore', 34e9, 'BDT'],
  ['The outlay was ৳3,400 crore in 2031.', '৳3,400 crore', 34e9, 'BDT'],
  [
    'The outlay was 34 billion Bangladeshi taka in 2031.',
    '34 billion Bangladeshi taka',
    34e9,
    'BDT',
  ],
  ['The outlay was BDT 34 billion in 2031.', 'BDT 34 billion', 34e9, 'BDT'],
  // Sri Lankan rupee
  ['Arrears reached LKR 95 billion in 2031.', 'LKR 95 billion', 95e9, 'LKR'],
  [
    'Arrears reached 95 billion Sri Lankan rupees in 2031.',
    '95 billion Sri Lankan rupees',
    95e9,
    'LKR',
  ],
  // Swedish, Norwegian, Danish and Icelandic crowns
  ['Exports totalled SEK 14 billion in 2031.', 'SEK 14 billion', 14e9, 'SEK'],
  ['Exports totalled 14 billion Swedish kronor in 2031.', '14 billion Swedish kronor', 14e9, 'SEK'],
  ['Exports totalled NOK 14 billion in 2031.', 'NOK 14 billion', 14e9, 'NOK'],
  [
    'Exports totalled 14 billion Norwegian kroner in 2031.',
    '14 billion Norwegian kroner',
    14e9,
    'NOK',
  ],
  ['Exports totalled DKK 14 billion in 2031.', 'DKK 14 billion', 14e9, 'DKK'],
  ['Exports totalled 14 billion Danish kroner in 2031.', '14 billion Danish kroner', 14e9, 'DKK'],
  ['Exports totalled ISK 14 billion in 2031.', 'ISK 14 billion', 14e9, 'ISK'],
  [
    'Exports totalled 14 billion Icelandic krónur in 2031.',
    '14 billion Icelandic krónur',
    14e9,
    'ISK',
  ],
  // "kr" after a scale: the crown of the country the document names.
  ['Sveriges Riksbank: exports totalled 14 billion kr in 2031.', '14 billion kr', 14e9, 'SEK'],
  ['Norges Bank: exports totalled 14 billion kr in 2031.', '14 billion kr', 14e9, 'NOK'],
  ['Danmarks Nationalbank: exports totalled 14 billion kr in 2031.', '14 billion kr', 14e9, 'DKK'],
  ['Statistics Iceland: exports totalled 14 billion kr in 2031.', '14 billion kr', 14e9, 'ISK'],
  ['Exports totalled 14 billion Swedish crowns in 2031.', '14 billion Swedish crowns', 14e9, 'SEK'],
  [
    'Exports totalled 14 billion Norwegian crowns in 2031.',
    '14 billion Norwegian crowns',
    14e9,
    'NOK',
  ],
  ['Exports totalled 14 billion Danish crowns in 2031.', '14 billion Danish crowns', 14e9, 'DKK'],
  [
    'Exports totalled 14 billion Icelandic crowns in 2031.',
    '14 billion Icelandic crowns',
    14e9,
    'ISK',
  ],
  ['Investment reached 27 billion Czech crowns in 2031.', '27 billion Czech crowns', 27e9, 'CZK'],
  // Central European currencies
  ['Investment reached PLN 27 billion in 2031.', 'PLN 27 billion', 27e9, 'PLN'],
  ['Investment reached 27 billion Polish zlotys in 2031.', '27 billion Polish zlotys', 27e9, 'PLN'],
  ['Investment reached 27 billion zł in 2031.', '27 billion zł', 27e9, 'PLN'],
  ['Investment reached CZK 27 billion in 2031.', 'CZK 27 billion', 27e9, 'CZK'],
  ['Investment reached 27 billion Czech koruna in 2031.', '27 billion Czech koruna', 27e9, 'CZK'],
  ['Investment reached 27 billion Kč in 2031.', '27 billion Kč', 27e9, 'CZK'],
  ['Investment reached HUF 270 billion in 2031.', 'HUF 270 billion', 270e9, 'HUF'],
  [
    'Investment reached 270 billion Hungarian forints in 2031.',
    '270 billion Hungarian forints',
    270e9,
    'HUF',
  ],
  ['Investment reached RON 27 billion in 2031.', 'RON 27 billion', 27e9, 'RON'],
  ['Investment reached 27 billion lei in 2031.', '27 billion lei', 27e9, 'RON'],
  ['Investment reached 27 billion Romanian lei in 2031.', '27 billion Romanian lei', 27e9, 'RON'],
  // Ukrainian hryvnia, Kazakh tenge, Turkish lira
  ['Pensions cost ₴58 billion in 2031.', '₴58 billion', 58e9, 'UAH'],
  [
    'Pensions cost 58 billion Ukrainian hryvnias in 2031.',
    '58 billion Ukrainian hryvnias',
    58e9,
    'UAH',
  ],
  ['Pensions cost UAH 58 billion in 2031.', 'UAH 58 billion', 58e9, 'UAH'],
  ['Pensions cost ₸580 billion in 2031.', '₸580 billion', 580e9, 'KZT'],
  ['Pensions cost 580 billion Kazakh tenge in 2031.', '580 billion Kazakh tenge', 580e9, 'KZT'],
  ['Pensions cost KZT 580 billion in 2031.', 'KZT 580 billion', 580e9, 'KZT'],
  ['Pensions cost ₺58 billion in 2031.', '₺58 billion', 58e9, 'TRY'],
  ['Pensions cost TL 58 billion in 2031.', 'TL 58 billion', 58e9, 'TRY'],
  ['Pensions cost TL58bn in 2031.', 'TL58bn', 58e9, 'TRY'],
  ['Pensions cost 58 billion TL in 2031.', '58 billion TL', 58e9, 'TRY'],
  ['Pensions cost 58 billion Turkish lira in 2031.', '58 billion Turkish lira', 58e9, 'TRY'],
  ['Pensions cost TRY 58 billion in 2031.', 'TRY 58 billion', 58e9, 'TRY'],
  // Latin America
  ['Tax receipts were R$61 billion in 2031.', 'R$61 billion', 61e9, 'BRL'],
  [
    'Tax receipts were 61 billion Brazilian reais in 2031.',
    '61 billion Brazilian reais',
    61e9,
    'BRL',
  ],
  ['Tax receipts were BRL 61 billion in 2031.', 'BRL 61 billion', 61e9, 'BRL'],
  ['Tax receipts were MXN 61 billion in 2031.', 'MXN 61 billion', 61e9, 'MXN'],
  ['Tax receipts were 61 billion Mexican pesos in 2031.', '61 billion Mexican pesos', 61e9, 'MXN'],
  ['Tax receipts were ARS 61 billion in 2031.', 'ARS 61 billion', 61e9, 'ARS'],
  [
    'Tax receipts were 61 billion Argentine pesos in 2031.',
    '61 billion Argentine pesos',
    61e9,
    'ARS',
  ],
  ['Tax receipts were CLP 61 billion in 2031.', 'CLP 61 billion', 61e9, 'CLP'],
  ['Tax receipts were 61 billion Chilean pesos in 2031.', '61 billion Chilean pesos', 61e9, 'CLP'],
  ['Tax receipts were COP 61 billion in 2031.', 'COP 61 billion', 61e9, 'COP'],
  [
    'Tax receipts were 61 billion Colombian pesos in 2031.',
    '61 billion Colombian pesos',
    61e9,
    'COP',
  ],
  ['Tax receipts were PEN 61 billion in 2031.', 'PEN 61 billion', 61e9, 'PEN'],
  ['Tax receipts were S/ 61 billion in 2031.', 'S/ 61 billion', 61e9, 'PEN'],
  [
    'Tax receipts were 61 billion Peruvian soles in 2031.',
    '61 billion Peruvian soles',
    61e9,
    'PEN',
  ],
  ['Tax receipts were AR$ 61 billion in 2031.', 'AR$ 61 billion', 61e9, 'ARS'],
  ['Tax receipts were Ch$ 6,100 billion in 2031.', 'Ch$ 6,100 billion', 6100e9, 'CLP'],
  ['Tax receipts were COL$ 61 trillion in 2031.', 'COL$ 61 trillion', 61e12, 'COP'],
  // Africa
  ['The fiscus collected R84 billion in 2031.', 'R84 billion', 84e9, 'ZAR'],
  [
    'The fiscus collected 84 billion South African rand in 2031.',
    '84 billion South African rand',
    84e9,
    'ZAR',
  ],
  ['The fiscus collected ZAR 84 billion in 2031.', 'ZAR 84 billion', 84e9, 'ZAR'],
  ['The deficit stood at ₦3.2 trillion in 2031.', '₦3.2 trillion', 3.2e12, 'NGN'],
  ['The deficit stood at N3.2 trillion in 2031.', 'N3.2 trillion', 3.2e12, 'NGN'],
  ['The deficit stood at N1,640 million in 2031.', 'N1,640 million', 1640e6, 'NGN'],
  [
    'The deficit stood at 3.2 trillion Nigerian naira in 2031.',
    '3.2 trillion Nigerian naira',
    3.2e12,
    'NGN',
  ],
  ['The deficit stood at NGN 3.2 trillion in 2031.', 'NGN 3.2 trillion', 3.2e12, 'NGN'],
  ['Lending reached KSh 140 billion in 2031.', 'KSh 140 billion', 140e9, 'KES'],
  [
    'Lending reached 140 billion Kenya shillings in 2031.',
    '140 billion Kenya shillings',
    140e9,
    'KES',
  ],
  ['Lending reached KES 140 billion in 2031.', 'KES 140 billion', 140e9, 'KES'],
  ['Lending reached Sh140 billion in 2031.', 'Sh140 billion', 140e9, 'KES'],
  ['Lending reached Shs 1,400 million in 2031.', 'Shs 1,400 million', 1400e6, 'KES'],
  // Kenya's trade bodies: "KShs" before, "Kshs" after a scale, the code in mixed case before one.
  ['Lending reached KShs 140 billion in 2031.', 'KShs 140 billion', 140e9, 'KES'],
  ['Lending reached Kshs 1,400 million in 2031.', 'Kshs 1,400 million', 1400e6, 'KES'],
  ['Lending reached Kes 140 billion in 2031.', 'Kes 140 billion', 140e9, 'KES'],
  ['Lending reached Kes 1,400 in 2031.', 'Kes 1,400', 1400, 'KES'],
  ['Lending reached 140 billion Kshs in 2031.', '140 billion Kshs', 140e9, 'KES'],
  ['Lending reached 140 billion KShs in 2031.', '140 billion KShs', 140e9, 'KES'],
  // Every scale, spaced and glued.
  ...Object.entries(SCALES).flatMap(
    ([scale, factor]) =>
      [
        [`Lending reached Kes 3 ${scale} in 2031.`, `Kes 3 ${scale}`, 3 * factor, 'KES'],
        [`Lending reached 3 ${scale} Kshs in 2031.`, `3 ${scale} Kshs`, 3 * factor, 'KES'],
        [`Lending reached 3${scale} Kshs in 2031.`, `3${scale} Kshs`, 3 * factor, 'KES'],
      ] as const,
  ),
  ['Cocoa earned GH₵9.5 billion in 2031.', 'GH₵9.5 billion', 9.5e9, 'GHS'],
  ['Cocoa earned 9.5 billion Ghanaian cedis in 2031.', '9.5 billion Ghanaian cedis', 9.5e9, 'GHS'],
  ['Cocoa earned GHS 9.5 billion in 2031.', 'GHS 9.5 billion', 9.5e9, 'GHS'],
  ['Cocoa earned GH¢9.5 billion in 2031.', 'GH¢9.5 billion', 9.5e9, 'GHS'],
  ['Canal dues reached LE 11.5 billion in 2031.', 'LE 11.5 billion', 11.5e9, 'EGP'],
  ['Canal dues reached E£11.5 billion in 2031.', 'E£11.5 billion', 11.5e9, 'EGP'],
  [
    'Canal dues reached 11.5 billion Egyptian pounds in 2031.',
    '11.5 billion Egyptian pounds',
    11.5e9,
    'EGP',
  ],
  ['Canal dues reached EGP 11.5 billion in 2031.', 'EGP 11.5 billion', 11.5e9, 'EGP'],
  ['Phosphate sales were MAD 31 billion in 2031.', 'MAD 31 billion', 31e9, 'MAD'],
  [
    'Phosphate sales were 31 billion Moroccan dirhams in 2031.',
    '31 billion Moroccan dirhams',
    31e9,
    'MAD',
  ],
  [
    'Central Bank of Egypt: taxes rose to 320 billion pounds in 2031.',
    '320 billion pounds',
    320e9,
    'EGP',
  ],
  [
    'Bank of England: taxes rose to 320 billion pounds in 2031.',
    '320 billion pounds',
    320e9,
    'GBP',
  ],
  // The Gulf and Israel
  ['Oil revenue reached SR 720 billion in 2031.', 'SR 720 billion', 720e9, 'SAR'],
  ['Oil revenue reached SR720bn in 2031.', 'SR720bn', 720e9, 'SAR'],
  [
    'Oil revenue reached 720 billion Saudi riyals in 2031.',
    '720 billion Saudi riyals',
    720e9,
    'SAR',
  ],
  ['Oil revenue reached SAR 720 billion in 2031.', 'SAR 720 billion', 720e9, 'SAR'],
  ['Trade of members rose to Dh14.6 billion in 2031.', 'Dh14.6 billion', 14.6e9, 'AED'],
  ['Trade of members rose to Dhs 14.6 billion in 2031.', 'Dhs 14.6 billion', 14.6e9, 'AED'],
  [
    'Trade of members rose to 14.6 billion UAE dirhams in 2031.',
    '14.6 billion UAE dirhams',
    14.6e9,
    'AED',
  ],
  ['Trade of members rose to AED 14.6 billion in 2031.', 'AED 14.6 billion', 14.6e9, 'AED'],
  ['The surplus came to QR37.2bn in 2031.', 'QR37.2bn', 37.2e9, 'QAR'],
  ['The surplus came to QR 37.2 billion in 2031.', 'QR 37.2 billion', 37.2e9, 'QAR'],
  [
    'The surplus came to 37.2 billion Qatari riyals in 2031.',
    '37.2 billion Qatari riyals',
    37.2e9,
    'QAR',
  ],
  ['The surplus came to QAR 37.2 billion in 2031.', 'QAR 37.2 billion', 37.2e9, 'QAR'],
  ['Spending topped KD 19.8 billion in 2031.', 'KD 19.8 billion', 19.8e9, 'KWD'],
  ['Spending topped KD2,350 million in 2031.', 'KD2,350 million', 2350e6, 'KWD'],
  [
    'Spending topped Kuwaiti dinars 19.8 billion in 2031.',
    'Kuwaiti dinars 19.8 billion',
    19.8e9,
    'KWD',
  ],
  [
    'Spending topped 19.8 billion Kuwaiti dinars in 2031.',
    '19.8 billion Kuwaiti dinars',
    19.8e9,
    'KWD',
  ],
  ['Spending topped KWD 19.8 billion in 2031.', 'KWD 19.8 billion', 19.8e9, 'KWD'],
  ['Exports reached ₪46 billion in 2031.', '₪46 billion', 46e9, 'ILS'],
  ['Exports reached NIS 46 billion in 2031.', 'NIS 46 billion', 46e9, 'ILS'],
  [
    'Exports reached 46 billion new Israeli shekels in 2031.',
    '46 billion new Israeli shekels',
    46e9,
    'ILS',
  ],
  ['Exports reached ILS 46 billion in 2031.', 'ILS 46 billion', 46e9, 'ILS'],
];

/** Number formats around the lexicon: a "+" glued before the scale, groups of thousands spaced
 *  after a glued sign, a conversion in brackets after a local amount (both amounts, each in its own
 *  currency). */
const FORMAT_ROWS: readonly Row[] = [
  ['Approvals reached USD 17+ billion in 2031.', 'USD 17+ billion', 17e9, 'USD'],
  ['Approvals reached $3+bn in 2031.', '$3+bn', 3e9, 'USD'],
  ['Approvals reached TL 26+ billion in 2031.', 'TL 26+ billion', 26e9, 'TRY'],
  ['Spending will be R1 463 billion in 2031.', 'R1 463 billion', 1463e9, 'ZAR'],
  ['Exports reached SEK 1 240 billion in 2031.', 'SEK 1 240 billion', 1240e9, 'SEK'],
  ['The surplus came to QR 5bn (US$1.4bn) in 2031.', 'QR 5bn', 5e9, 'QAR'],
  ['The surplus came to QR 5bn (US$1.4bn) in 2031.', 'US$1.4bn', 1.4e9, 'USD'],
  ['The deficit hit KD 2.1 billion ($6.9 billion) in 2031.', 'KD 2.1 billion', 2.1e9, 'KWD'],
  ['The deficit hit KD 2.1 billion ($6.9 billion) in 2031.', '$6.9 billion', 6.9e9, 'USD'],
  // A scale joined to the number by a hyphen, after any sign or code, is the scale.
  ['Miners earned R318-billion over 2031.', 'R318-billion', 318e9, 'ZAR'],
  ['Assets stood at R2.614-trillion in 2031.', 'R2.614-trillion', 2.614e12, 'ZAR'],
  ['Exports fetched R47,2-billion in 2031.', 'R47,2-billion', 47.2e9, 'ZAR'],
  ['The fund kept $23-billion in 2031.', '$23-billion', 23e9, 'USD'],
  ['The grant was €6-bn over 2031.', '€6-bn', 6e9, 'EUR'],
  ['The state gave Rs 85-crore for canals in 2031.', 'Rs 85-crore', 85e7, 'INR'],
  ['Outlays hit SEK 12-billion in 2031.', 'SEK 12-billion', 12e9, 'SEK'],
  ['Receipts hit N4.1-trillion in 2031.', 'N4.1-trillion', 4.1e12, 'NGN'],
  // German "Mrd." (Milliarde) and "Mio." (Million) with their stop, before the euro's sign, name
  // or code, as a finance ministry, a statistics office and a Land's treasury write them.
  ['Die Einnahmen des Bundes beliefen sich im Juni auf 31,7 Mrd. €.', '31,7 Mrd. €', 31.7e9, 'EUR'],
  [
    'Der Außenhandelsüberschuss betrug 18,4 Mrd. Euro im dritten Quartal.',
    '18,4 Mrd. Euro',
    18.4e9,
    'EUR',
  ],
  [
    'Für den Straßenbau stellt das Land 245 Mio. Euro bereit. Das ist mehr als 2030.',
    '245 Mio. Euro',
    245e6,
    'EUR',
  ],
  ['Die Rücklage des Landes wuchs auf 1,05 Mrd. EUR an.', '1,05 Mrd. EUR', 1.05e9, 'EUR'],
  ['Das Defizit der Gemeinden lag bei 612 Mio € im Jahr 2031.', '612 Mio €', 612e6, 'EUR'],
  // The currency's name, then its code in brackets, then the number.
  [
    'A loan of Japanese Yen (JPY) 118.6 billion was signed in 2031.',
    'Japanese Yen (JPY) 118.6 billion',
    118.6e9,
    'JPY',
  ],
  [
    'The state lent Indian Rupees (INR) 9,300 crore in 2031.',
    'Indian Rupees (INR) 9,300 crore',
    93e9,
    'INR',
  ],
  // Billions and a part in millions, one amount.
  [
    'Tax receipts reached PLN 64 billion 302.5 million in 2031.',
    'PLN 64 billion 302.5 million',
    64.3025e9,
    'PLN',
  ],
  // A scale written once after two amounts, "respectively": both take it.
  [
    'Rice and tea earned $2.4 and $1.9 billion, respectively, in 2031.',
    '$2.4 and $1.9 billion',
    2.4e9,
    'USD',
  ],
  [
    'Rice and tea earned $2.4 and $1.9 billion, respectively, in 2031.',
    '$1.9 billion',
    1.9e9,
    'USD',
  ],
];

/** Near-misses of the shapes above: two amounts parted by "and" or a comma stay two. */
const TWO_AMOUNTS: readonly (readonly [sentence: string, stated: string[]])[] = [
  [
    'Tax receipts reached PLN 64 billion and 302.5 million in fees in 2031.',
    ['PLN 64 billion', '302.5 million'],
  ],
  ['Tax receipts reached PLN 64 billion, 302.5 million more than in 2030.', ['PLN 64 billion']],
  ['The fee was $2.4 and the grant $1.9 billion in 2031.', ['$2.4', '$1.9 billion']],
];

/** Letters, words and names that look like a currency's abbreviation and must stay none. */
const NEAR_MISSES: readonly string[] = [
  'Traffic on the N2 route was heavy in 2031.',
  'The P5 members met in Geneva in 2031.',
  'Veterans of World War II were honoured in 2031.',
  'The bank kept a KD 3 rating on the notes in 2031.',
  'Engine W12 was retired, and the W3 grade was kept.',
  'The road R 5 and the ring road R40 were resurfaced in 2031.',
  'Section TL 4 of the plan was revised in 2031.',
  'Lines 4 TL and 5 TL of the grid were rebuilt in 2031.',
  'The Dh 7 berth of the port was dredged in 2031.',
  'Gate QR 2 of the terminal closed in 2031.',
  'The S/2 share class was merged in 2031.',
  'The delegates of COP 28 met in 2031.',
  'Block N 8 and the P 6 lot were sold in 2031.',
  'About 14+ firms joined the scheme in 2031.',
  'The 20 kr coin was withdrawn in 2031.',
  'The dancers wore lei made of 300 orchids in 2031.',
  'Rivertown became a 6-million-strong city in 2031.',
  'The R7-million-strong crowd is no sign, nor the N3-mile route.',
  // A bare name that is the document's own currency outside the contract.
  'Central Bank of Jordan: reserves rose to 4.2 billion dinars in 2031.',
  'Bank of Uganda: revenue reached 3,200 billion shillings in 2031.',
  'Bank of Uganda: revenue reached Shs 3,200 billion in 2031.',
  'Nepal Rastra Bank: inflows reached Rs 1,310 billion in 2031.',
  'Ministry of Finance, Nepal: receipts came to Rs. 402.6 billion in 2031.',
  'The Sh 4 shuttle ran every hour in 2031.',
  // "Kes" and "Kshs" only with a scale or grouped digits: a name, or a count, stays none.
  'The Kes 4 ferry and the Kes Valley line ran in 2031.',
  'About 300 Kshs were counted at the gate in 2031.',
  'The kes 4 billion line is lower case, no code.',
  'Central Bank of Oman: revenue reached 11 billion riyals in 2031.',
  // "Mio." and "Mrd." before a count or with no currency: no amount.
  'Die Region zählt 4,2 Mio. Einwohner und 1,1 Mio. Erwerbstätige.',
  'Im Jahr 2031 wurden 3,5 Mrd. Pakete versandt.',
  'Mio Tanaka chaired the 2031 review of 12 ports.',
];

describe('the currency lexicon', () => {
  it('covers every currency of the contract', () => {
    const covered = new Set(ROWS.map((r) => r[3]));
    expect(CURRENCY_CODES.filter((c) => !covered.has(c))).toEqual([]);
  });

  it.each(ROWS)('%s reads %s', (sentence, stated, value, unit) => {
    const found = extractCandidates(sentence, 'doc').map((c) => [c.stated.text, c.value, c.unit]);
    expect(found).toContainEqual([stated, value, unit]);
  });

  it.each(FORMAT_ROWS)('%s reads %s', (sentence, stated, value, unit) => {
    const found = extractCandidates(sentence, 'doc').map((c) => [c.stated.text, c.value, c.unit]);
    expect(found).toContainEqual([stated, value, unit]);
  });

  it.each(TWO_AMOUNTS)('%s reads %j', (sentence, stated) => {
    const found = extractCandidates(sentence, 'doc');
    for (const words of stated) expect(found.map((c) => c.stated.text)).toContain(words);
    expect(found.find((c) => c.stated.text === 'PLN 64 billion')?.value ?? 64e9).toBe(64e9);
  });

  it.each(NEAR_MISSES)('%s names no currency', (sentence) => {
    expect(extractCandidates(sentence, 'doc').map((c) => c.stated.text)).toEqual([]);
  });
});

/** Every sign, code and name of the rupee that takes a number, before or after it, with every
 *  scale India's and Pakistan's prose writes: the lakh grouping ("1,64,200") is one number. */
describe('digits grouped in lakhs and crores', () => {
  const BEFORE: readonly (readonly [string, string])[] = [
    ['Rs ', 'INR'],
    ['Rs. ', 'INR'],
    ['Rs', 'INR'],
    ['₹', 'INR'],
    ['₹ ', 'INR'],
    ['INR ', 'INR'],
    ['INR', 'INR'],
    ['PKR ', 'PKR'],
    ['LKR ', 'LKR'],
    ['Indian rupees ', 'INR'],
    ['Pakistani rupees ', 'PKR'],
    ['Sri Lankan rupees ', 'LKR'],
    ['Indian Rupees (INR) ', 'INR'],
  ];
  const AFTER: readonly (readonly [string, string])[] = [
    [' rupees', 'INR'],
    [' Indian rupees', 'INR'],
    [' Pakistani rupees', 'PKR'],
    [' INR', 'INR'],
  ];
  const SCALED: readonly (readonly [string, number])[] = [
    ['', 1],
    [' crore', 1e7],
    [' crores', 1e7],
    ['-crore', 1e7],
    [' lakh', 1e5],
    [' lakhs', 1e5],
    [' lakh crore', 1e12],
    [' million', 1e6],
    [' billion', 1e9],
  ];
  const rows: Row[] = SCALED.flatMap(([scale, factor]) => [
    ...BEFORE.map(([sign, unit]): Row => {
      const stated = `${sign}1,64,200${scale}`;
      return [`The canal cost ${stated} in 2031.`, stated, 164200 * factor, unit];
    }),
    ...AFTER.map(([word, unit]): Row => {
      const stated = `1,64,200${scale}${word}`;
      return [`The canal cost ${stated} in 2031.`, stated, 164200 * factor, unit];
    }),
  ]);

  it.each(rows)('%s reads %s', (sentence, stated, value, unit) => {
    const found = extractCandidates(sentence, 'doc').map((c) => [c.stated.text, c.value, c.unit]);
    expect(found).toContainEqual([stated, value, unit]);
  });

  it.each([
    // The western grouping and two numbers parted by commas and spaces keep their readings.
    ['The canal cost Rs 1,642,000 crore in 2031.', [['Rs 1,642,000 crore', 1.642e13]]],
    ['The canal cost Rs 12 crore, 64 crore and 200 crore in 2031.', [['Rs 12 crore', 12e7]]],
    // A lakh-grouped count with no currency stays no figure.
    ['The census counted 1,64,200 households in 2031.', []],
  ] as const)('%s reads %j', (sentence, expected) => {
    const found = extractCandidates(sentence, 'doc').map((c) => [c.stated.text, c.value]);
    for (const e of expected) expect(found).toContainEqual(e);
    if (expected.length === 0) expect(found).toEqual([]);
  });
});

/** A bare name that is, in this document, its own country's currency outside the contract, when
 *  only the source record's publisher names the country: no figure; with no such record, the
 *  contract's currency of that name. One row per family of namesakes. */
describe('namesakes whose country only the publisher names', () => {
  const ROWS: readonly (readonly [
    publisher: string,
    sentence: string,
    stated: string,
    unit: string,
  ])[] = [
    [
      'Central Bank of Jordan',
      'Reserves rose to 4.2 billion dinars in 2031.',
      '4.2 billion dinars',
      'KWD',
    ],
    [
      'Bank of Uganda',
      'Revenue reached 3,200 billion shillings in 2031.',
      '3,200 billion shillings',
      'KES',
    ],
    ['Bank of Uganda', 'Revenue reached Shs 3,200 billion in 2031.', 'Shs 3,200 billion', 'KES'],
    ['Banque du Liban', 'Deposits fell to 90 billion pounds in 2031.', '90 billion pounds', 'GBP'],
    ['Bank of Mauritius', 'Inflows reached Rs 13,100 million in 2031.', 'Rs 13,100 million', 'INR'],
    [
      'Nepal Rastra Bank',
      'Inflows reached 1,310 billion rupees in 2031.',
      '1,310 billion rupees',
      'INR',
    ],
    [
      'Banco Central del Uruguay',
      'Tax receipts were 61 billion pesos in 2031.',
      '61 billion pesos',
      'MXN',
    ],
    [
      'Central Bank of Oman',
      'Revenue reached 11 billion riyals in 2031.',
      '11 billion riyals',
      'SAR',
    ],
  ];

  it.each(ROWS)('%s: "%s" is no figure', (publisher, sentence) => {
    const found = extractCandidates(sentence, 'doc', { source: { publisher } });
    expect(found.map((c) => c.stated.text)).toEqual([]);
  });

  it.each(ROWS)('without %s as publisher, "%s" reads %s in %s', (_, sentence, stated, unit) => {
    const found = extractCandidates(sentence, 'doc').map((c) => [c.stated.text, c.unit]);
    expect(found).toContainEqual([stated, unit]);
  });
});

/** Every scale of SCALES after every family of sign, spaced, glued and hyphenated, and before every
 *  kind of currency word: generated from SCALES, so a gate on what follows a sign ("R", "KD", a
 *  code) cannot drop a scale silently when one is added. */
describe('every scale after every sign and before every word', () => {
  const SIGNS: readonly (readonly [sign: string, unit: string])[] = [
    ['$', 'USD'],
    ['US$', 'USD'],
    ['€', 'EUR'],
    ['£', 'GBP'],
    ['¥', 'JPY'],
    ['₹', 'INR'],
    ['Rs ', 'INR'],
    ['R', 'ZAR'],
    ['N', 'NGN'],
    ['Dh', 'AED'],
    ['KD ', 'KWD'],
    ['QR', 'QAR'],
    ['SR ', 'SAR'],
    ['LE ', 'EGP'],
    ['TL ', 'TRY'],
    ['Sh', 'KES'],
    ['USD ', 'USD'],
    ['SEK ', 'SEK'],
    ['INR ', 'INR'],
    ['GBP', 'GBP'],
  ];
  const WORDS: readonly (readonly [word: string, unit: string])[] = [
    [' yen', 'JPY'],
    [' rupees', 'INR'],
    [' euros', 'EUR'],
    [' Swiss francs', 'CHF'],
    [' SEK', 'SEK'],
    [' US dollars', 'USD'],
    [' Kuwaiti dinars', 'KWD'],
  ];
  /** Each scale spaced, glued (a one-word scale) and hyphenated. */
  const SHAPES = Object.entries(SCALES).flatMap(([scale, factor]) =>
    (scale.includes(' ') ? [' ', '-'] : [' ', '', '-']).map(
      (join) => [join + scale, factor] as const,
    ),
  );
  const found = (stated: string) =>
    extractCandidates(`Spending reached ${stated} in 2031.`, 'doc').map((c) => [
      c.stated.text,
      c.value,
      c.unit,
    ]);

  it.each(SIGNS)('%s reads every scale after it', (sign, unit) => {
    for (const [scale, factor] of SHAPES) {
      const stated = `${sign}12${scale}`;
      expect(found(stated), stated).toContainEqual([stated, 12 * factor, unit]);
    }
  });

  it.each(WORDS)('%s reads every scale before it', (word, unit) => {
    for (const [scale, factor] of SHAPES) {
      const stated = `12${scale}${word}`;
      expect(found(stated), stated).toContainEqual([stated, 12 * factor, unit]);
    }
  });

  it.each(SIGNS)('%s reads "m" glued or hyphenated after it', (sign, unit) => {
    for (const stated of [`${sign}12m`, `${sign}12-m`]) {
      expect(found(stated), stated).toContainEqual([stated, 12e6, unit]);
    }
  });

  // A glued "B" is billions after a symbol or a code read with any number; after a letter that
  // needs a scale ("R", "N", "KD"), "12b" stays a name ("the N2b road", "Annex P5b").
  it.each(SIGNS.filter(([sign]) => !/^(?:R|N|Dh|KD |QR|SR |LE |TL |Sh|SEK |INR )$/.test(sign)))(
    '%s reads a glued "B" as billions',
    (sign, unit) => {
      expect(found(`${sign}12B`)).toContainEqual([`${sign}12B`, 12e9, unit]);
    },
  );

  it.each([
    'The N2b road was widened in 2031.',
    'Annex P5b was signed in 2031.',
    'The KD 3b tranche was kept in 2031.',
  ])('%s names no currency', (sentence) => {
    expect(extractCandidates(sentence, 'doc').map((c) => c.stated.text)).toEqual([]);
  });
});

describe('v35: the word for a hundredth of a charted currency that names it alone', () => {
  // Five voices: an energy ministry, an energy agency, a regulator, a ministry of petroleum, a
  // statistics office; each in its own country.
  it.each([
    [
      'Dubai, 1 December 2031. Petrol prices thus fall by 13 fils a litre, and diesel by 11 fils.',
      '11 fils',
      0.11,
      'AED',
    ],
    [
      'Stockholm, 14 March 2033. The average spot price in SE3 was 47 öre per kWh in 2032.',
      '47 öre',
      0.47,
      'SEK',
    ],
    [
      'Oslo, 3 May 2033. The Norwegian grid tariff rose by 4.5 øre per kWh in January.',
      '4.5 øre',
      0.045,
      'NOK',
    ],
    [
      'Riyadh, 2 January 2033. The Saudi ministry raised the price of 91-octane gasoline by 15 halalas.',
      '15 halalas',
      0.15,
      'SAR',
    ],
    [
      'Bangkok, 2 May 2033. The Thai energy ministry cut the diesel price by 50 satang a litre.',
      '50 satang',
      0.5,
      'THB',
    ],
    [
      'Warsaw, 2 May 2033. The price of petrol in Poland rose by 12 groszy a litre in April.',
      '12 groszy',
      0.12,
      'PLN',
    ],
  ])('%s', (sentence, stated, value, unit) => {
    const found = extractCandidates(sentence, 'doc').find((c) => c.stated.text.endsWith(stated));
    expect(found && [found.kind, found.value, found.unit]).toEqual(['amount', value, unit]);
  });

  // Near-misses: a dinar's fils (a thousandth, no dirham), iron ore, and "ore" unaccented.
  it.each([
    'Kuwait City, 4 April 2033. The Kuwaiti ministry raised the price of premium petrol by 20 fils a litre.',
    'Manama, 4 April 2033. The Bahraini ministry raised the price of diesel by 10 fils a litre.',
    'Perth, 4 April 2033. Iron ore shipments fell to 12 ore carriers a week.',
  ])('reads no amount in %s', (sentence) => {
    expect(extractCandidates(sentence, 'doc').filter((c) => c.kind === 'amount')).toEqual([]);
  });
});

describe("v44: cents named with their dollar's country are that dollar's hundredths", () => {
  const read = (text: string) =>
    extractCandidates(text, 'doc').map((c) => `${c.stated.text} ${c.value} ${c.unit}`);
  it.each([
    // A state copper miner, a farm board, a tax office, an energy agency, a commodity body.
    [
      'The copper price averaged 412.6 US cents per pound in the first half.',
      ['412.6 US cents 4.126 USD'],
    ],
    [
      'Farm-gate milk prices rose to 68 Australian cents a litre in March.',
      ['68 Australian cents 0.68 AUD'],
    ],
    [
      'The federal excise tax on gasoline stays at 10 Canadian cents per litre.',
      ['10 Canadian cents 0.1 CAD'],
    ],
    ['Retail gasoline fell 12 U.S. cents a gallon in March.', ['12 U.S. cents 0.12 USD']],
    ['Cocoa prices averaged 310 US cents per kilogram in 2031.', ['310 US cents 3.1 USD']],
    // Near-misses: a percent, a currency's move against another, and cents on the dollar owed.
    ['Unit costs rose 5 per cent in 2031.', ['rose 5 per cent 5 percent']],
    ['The euro fell 2 US cents against the dollar in June.', []],
    ['Creditors recovered 35 US cents on the dollar.', []],
  ])('%s → %j', (text, expected) => expect(read(text)).toEqual(expected));
});

describe('v44: the exchange rate a forecast assumes, in US cents, stays a rate', () => {
  const read = (text: string) => extractCandidates(text, 'doc').map((c) => c.stated.text);
  it.each([
    // A treasury's budget, a central bank's forecast, a state budget.
    ['The exchange rate is assumed to remain around 65 US cents over the forecast period.', []],
    ['The exchange rate is expected to average 0.68 US dollars in 2033.', []],
    ['The exchange rate remained at 66 US cents through June.', []],
    // Near-miss: a price in US cents.
    ['Iron ore is assumed to average 412 US cents a tonne.', ['412 US cents']],
  ])('%s → %j', (text, expected) => expect(read(text)).toEqual(expected));
});

describe('v64: a one-letter sign glued to a bare number, in a document of its country', () => {
  // The class: a country's press writes its currency as one capital letter glued to the digits,
  // with no scale nor grouping ("P6.12 per cubic meter", "N898 a litre"), as South Africa writes
  // "R85"; the letter is a sum only where the document's record, host or opening names that
  // country, since elsewhere "P5", "N2" or "P3" name a group, a road or a lot. The hundredth of a
  // peso, "centavos", is read as cents are. Sentences written from the class alone, in the voices
  // of a regulator, an energy department, a statistics authority, a central bank, a company and
  // an international body.
  const read = (text: string, publisher: string, url = '') =>
    extractCandidates(`${text}\n`, 'doc', { source: { publisher, url, date: '2032-12-01' } }).map(
      (c) => `${c.stated.text}|${c.value} ${c.unit}`,
    );
  it.each([
    [
      'The basic charge will rise by P4.37 per cubic meter from January.',
      'Water Regulatory Office, Philippines',
      '',
      'P4.37|4.37 PHP',
    ],
    [
      'Pump prices of diesel went up by P1.10 a liter this week.',
      'Department of Energy',
      'https://doe.gov.ph/advisory',
      'P1.10|1.1 PHP',
    ],
    [
      'The average Filipino family spent P312.50 a day on food in 2031.',
      'Statistics Authority',
      '',
      'P312.50|312.5 PHP',
    ],
    [
      'The fee for each interbank transfer was lowered to P15.',
      'Bangko Sentral ng Pilipinas (Philippines)',
      '',
      'P15|15 PHP',
    ],
    [
      'The board declared a cash dividend of P0.85 per share.',
      'Manila Electric Company, Philippines',
      '',
      'P0.85|0.85 PHP',
    ],
    [
      'Each household in the programme receives P750 a month.',
      'Asian Development Bank: Philippines country note',
      '',
      'P750|750 PHP',
    ],
    [
      'The pump price in the north was N898 a litre, up N32 from July.',
      'Nigerian National Petroleum Company',
      '',
      'N898|898 NGN',
    ],
    [
      'Jeepney fares rise by 50 centavos per kilometre.',
      'Land Transportation Franchising and Regulatory Board, Philippines',
      '',
      '50 centavos|0.5 PHP',
    ],
    [
      'The price of a kilo of tortillas rose 80 centavos in March.',
      'Banco de México',
      '',
      '80 centavos|0.8 MXN',
    ],
  ])('%s (%s) reads %s', (text, publisher, url, want) => {
    expect(read(text, publisher, url)).toContain(want);
  });
  it.each([
    // Near-misses: the letters in a document of no such country, a chemical formula and a lot
    // number in one that is, and the pula's "P" in Botswana.
    ['The P5 members met in Geneva, and phase P2 of the works ended.', 'Arland Foreign Ministry'],
    ['The N2 route and the P3 lot were closed in May.', 'Arland Roads Agency'],
    ['Farms emitted less N2O in 2031.', 'Nigerian Environment Ministry'],
    ['Bus fares rose to P4.20 in Gaborone.', 'Bank of Botswana'],
  ])('%s (%s) reads no sum', (text, publisher) => {
    expect(read(text, publisher)).toEqual([]);
  });
});

describe('v64: cents abbreviated with the unit they price ("cpl", "c/L")', () => {
  // The class: fuel and power prices in cents per unit, as competition regulators, energy
  // ministries, tax offices and fuel companies abbreviate them: "cpl" (cents per litre) and "c/L"
  // spaced or glued, right after the number. A hundredth of the document's currency, as "cents"
  // is. Sentences written from the class alone, in other voices.
  const read = (text: string, publisher: string, url = '') =>
    extractCandidates(`${text}\n`, 'doc', { source: { publisher, url, date: '2032-12-01' } }).map(
      (c) => `${c.value ?? `${c.range?.low}…${c.range?.high}`} ${c.unit}`,
    );
  it.each([
    [
      'Average retail margins rose 2.3 cpl in the December quarter.',
      'Australian Competition and Consumer Commission',
      '',
      ['0.023 AUD'],
    ],
    [
      'Importer margins on regular petrol averaged 31.6 cpl last week.',
      'Ministry of Business, Innovation and Employment',
      'https://www.mbie.govt.nz/fuel',
      ['0.316 NZD'],
    ],
    [
      'Our terminal gate price fell 6 cpl to 171.9 cpl.',
      'Arland Fuels Ltd, Australia',
      'https://arlandfuels.com.au/news',
      ['0.06 AUD', '1.719 AUD'],
    ],
    [
      'Excise on petrol is 59.6 cpl from October.',
      'Department of Finance',
      'https://www.gov.ie/finance',
      ['0.596 EUR'],
    ],
    [
      'The fuel tax credit rate for heavy vehicles is 20.8 cpl from 1 February.',
      'Australian Taxation Office',
      'https://www.ato.gov.au/x',
      ['0.208 AUD'],
    ],
    [
      'Prices typically rise by 25 to 35 cpl at the top of the cycle.',
      'Australian Competition and Consumer Commission',
      '',
      ['0.25…0.35 AUD'],
    ],
    ['Diesel fell 3.4 c/L in March.', 'Natural Resources Canada', '', ['0.034 CAD']],
  ])('%s (%s) reads %j', (text, publisher, url, want) => {
    expect(read(text, publisher, url)).toEqual(want);
  });
  it.each([
    // Near-misses: the letters as a name, upper case or glued to more letters.
    ['The 12 CPL contracts were renewed in 2031.'],
    ['About 40 cplx units were sold in 2031.'],
  ])('%s reads no sum', (text) => {
    expect(read(text, 'Australian Competition and Consumer Commission')).toEqual([]);
  });
});

describe('v64: the dirham\'s "DH" in capitals before a scaled or grouped number', () => {
  // Moroccan and Emirati publishers write the dirham's abbreviation in capitals as often as "Dh";
  // like "Dh", only before a scale or grouped digits, and the country says whose dirham.
  const read = (text: string, publisher: string) =>
    extractCandidates(`${text}\n`, 'doc', { source: { publisher, date: '2032-12-01' } }).map(
      (c) => `${c.stated.text}|${c.value} ${c.unit}`,
    );
  it.each([
    [
      'Reserves reached DH 340 billion at end-June.',
      'Bank Al-Maghrib',
      'DH 340 billion|340000000000 MAD',
    ],
    [
      'The deficit narrowed to DH 58.2 billion.',
      'Ministry of Economy and Finance, Morocco',
      'DH 58.2 billion|58200000000 MAD',
    ],
    [
      'Group revenue rose to DH91.3 billion in 2031.',
      'OCP Group, Morocco',
      'DH91.3 billion|91300000000 MAD',
    ],
    [
      'Remittances reached DH 121 billion, up 4.2%.',
      'Spanish Trade Office in Rabat, Morocco',
      'DH 121 billion|121000000000 MAD',
    ],
    [
      'The municipality allocated DH1,250 million to drainage.',
      'Dubai Municipality, United Arab Emirates',
      'DH1,250 million|1250000000 AED',
    ],
  ])('%s reads %s', (text, publisher, want) => expect(read(text, publisher)).toContain(want));
  it.each([
    ['The DH 7 berth of the port was dredged in 2031.'],
    ['DHS 3 grants were awarded in 2031.'],
  ])('%s reads no sum', (text) => expect(read(text, 'Arland Ports Authority')).toEqual([]));
});

describe("v83: the yuan's fen are the yuan's hundredths", () => {
  const read = (text: string) =>
    extractCandidates(text, 'doc').map((c) => `${c.stated.text} ${c.value} ${c.unit}`);
  it.each([
    // A price regulator, a purchase-price notice, a company's earnings, a statistics bureau's
    // market report, a railway's tariff.
    [
      'The benchmark retail price of gasoline will be cut by 15 fen per litre from midnight.',
      ['15 fen 0.15 CNY'],
    ],
    [
      'The minimum purchase price of wheat was raised by 2 fen, to 1.21 yuan per jin.',
      ['2 fen 0.02 CNY', '1.21 yuan 1.21 CNY'],
    ],
    [
      'Basic earnings per share were 38 fen, up from 31 fen.',
      ['38 fen 0.38 CNY', '31 fen 0.31 CNY'],
    ],
    ['The average wholesale price of pork fell 35 fen in the week.', ['35 fen 0.35 CNY']],
    ['Freight rates will rise by 1.5 fen per tonne-kilometre.', ['1.5 fen 0.015 CNY']],
    // Near-misses: the river and a name have no number before them.
    ['The Fen River basin received 2.1 billion yuan.', ['2.1 billion yuan 2100000000 CNY']],
    ['Spokesperson Li Fen said 4 projects were approved.', []],
  ])('%s → %j', (text, expected) => expect(read(text)).toEqual(expected));
});
