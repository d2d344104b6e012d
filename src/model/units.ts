// The units a figure is measured in: percent, percentage points and the currencies the data
// contract charts. Apart from figure.ts, so that the pages' startup JS (which checks a published
// unit by its shape only) does not carry the list; the zod schema, the validator, the authoring
// form and the extractor read it from here (through figure.ts).

import type { Unit } from './figure.ts';

/** The currencies an amount may be charted in: ISO 4217 codes. An amount in any other currency (a
 *  unit of account, SDRs, a currency not listed) is no figure. */
// prettier-ignore
export const CURRENCY_CODES = [
  'USD', 'JPY', 'EUR', 'RUB', 'CNY', 'KRW', 'GBP', 'CHF', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD',
  'TWD', 'INR', 'IDR', 'THB', 'MYR', 'PHP', 'VND', 'PKR', 'BDT', 'LKR', 'SEK', 'NOK', 'DKK',
  'ISK', 'PLN', 'CZK', 'HUF', 'RON', 'UAH', 'KZT', 'TRY', 'BRL', 'MXN', 'ARS', 'CLP', 'COP',
  'PEN', 'ZAR', 'NGN', 'KES', 'GHS', 'EGP', 'MAD', 'SAR', 'AED', 'QAR', 'KWD', 'ILS',
] as const;
const PERCENT_UNITS = ['percent', 'percentage-points'] as const;
// A pure call, not a spread, so a bundle that reads none of this drops the module whole.
export const UNITS = /* @__PURE__ */ (PERCENT_UNITS as readonly string[]).concat(
  CURRENCY_CODES,
) as unknown as readonly [...typeof PERCENT_UNITS, ...typeof CURRENCY_CODES];
export const CURRENCIES: readonly Unit[] = CURRENCY_CODES;

/** True when the unit is a currency code. @example isCurrency('USD') // true */
export function isCurrency(unit: Unit): boolean {
  return CURRENCIES.includes(unit);
}
