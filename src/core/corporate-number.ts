/**
 * 法人番号 (Japanese corporate number): 13 digits, the first being a check digit over the
 * other 12 (the base number):
 *   check = 9 − (Σ Pn × Qn  mod 9),  n = 1..12 counted from the rightmost base digit,
 *   Pn = the n-th digit, Qn = 1 for odd n and 2 for even n.
 * The result is always 1..9, so a number starting with 0 is never valid.
 */

const BASE12 = /^[0-9]{12}$/;
const FULL13 = /^[0-9]{13}$/;

/** Separators people type inside numbers: spaces (incl. full-width) and hyphen-like marks. */
const SEPARATORS = /[\s\u3000\-\u2010\u2011\u2012\u2013\u2014\u2212\uFF0D\u30FC\uFF70]/g;

/** Check digit (1..9) of a 12-digit base number. @throws RangeError unless exactly 12 half-width digits. */
export function corporateNumberCheckDigit(base12: string): number {
  if (!BASE12.test(base12)) throw new RangeError("base number must be 12 half-width digits");
  let sum = 0;
  for (let n = 1; n <= 12; n++) {
    const p = base12.charCodeAt(12 - n) - 48; // n-th digit from the right
    sum += p * (n % 2 === 1 ? 1 : 2);
  }
  return 9 - (sum % 9);
}

/**
 * Turn user input into 13 half-width digits: full-width digits are converted, spaces and
 * hyphens removed. Returns null when the result is not exactly 13 digits. The check digit is
 * NOT verified here (use isValidCorporateNumber), so a typo can still be shown back as typed.
 */
export function normalizeCorporateNumber(s: string): string | null {
  const digits = s
    .replace(SEPARATORS, "")
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  return FULL13.test(digits) ? digits : null;
}

/** True when the input (in any form normalizeCorporateNumber accepts) has a correct check digit. */
export function isValidCorporateNumber(s: string): boolean {
  const n = normalizeCorporateNumber(s);
  if (n === null) return false;
  return Number(n[0]) === corporateNumberCheckDigit(n.slice(1));
}
