import { describe, expect, it } from "vitest";
import {
  corporateNumberCheckDigit,
  isValidCorporateNumber,
  normalizeCorporateNumber,
} from "./corporate-number.ts";

/*
 * Hand computations (n counted from the rightmost base digit; Q = 1 for odd n, 2 for even n):
 *
 * 7000012050002 (国税庁). Base 000012050002, digits from the right: 2,0,0,0,5,0,2,1,0,0,0,0
 *   Σ = 2·1 + 5·1 (n=5) + 2·1 (n=7) + 1·2 (n=8) = 11;  11 mod 9 = 2;  9 − 2 = 7  ✔
 *
 * 1180301018771 (トヨタ自動車, as published). Base 180301018771, from the right:
 *   1,7,7,8,1,0,1,0,3,0,8,1
 *   Σ = 1·1 + 7·2 + 7·1 + 8·2 + 1·1 + 0 + 1·1 + 0 + 3·1 + 0 + 8·1 + 1·2
 *     = 1 + 14 + 7 + 16 + 1 + 1 + 3 + 8 + 2 = 53;  53 mod 9 = 8;  9 − 8 = 1  ✔
 *   So 2180301018771 (same base, leading 2) has a wrong check digit.
 *
 * 4010001008772 (a published number; owner not checked). Base 010001008772, from the right:
 *   2,7,7,8,0,0,1,0,0,0,1,0
 *   Σ = 2·1 + 7·2 + 7·1 + 8·2 + 1·1 (n=7) + 1·1 (n=11) = 2 + 14 + 7 + 16 + 1 + 1 = 41;
 *   41 mod 9 = 5;  9 − 5 = 4  ✔
 *
 * 1000011000005. Base 000011000005, from the right: 5,0,0,0,0,0,1,1,0,0,0,0
 *   Σ = 5·1 + 1·1 (n=7) + 1·2 (n=8) = 8;  8 mod 9 = 8;  9 − 8 = 1  ✔
 *
 * Synthetic: base 000000000009 → Σ = 9·1 = 9;  9 mod 9 = 0;  9 − 0 = 9 (the largest check digit).
 * Synthetic: base 000000000000 → Σ = 0 → check 9.
 */

describe("corporateNumberCheckDigit", () => {
  it("computes the check digit of published numbers", () => {
    expect(corporateNumberCheckDigit("000012050002")).toBe(7);
    expect(corporateNumberCheckDigit("180301018771")).toBe(1);
    expect(corporateNumberCheckDigit("010001008772")).toBe(4);
    expect(corporateNumberCheckDigit("000011000005")).toBe(1);
  });

  it("gives 9 when the weighted sum is a multiple of 9", () => {
    expect(corporateNumberCheckDigit("000000000009")).toBe(9);
    expect(corporateNumberCheckDigit("000000000000")).toBe(9);
  });

  it("rejects a base that is not 12 half-width digits", () => {
    expect(() => corporateNumberCheckDigit("00001205000")).toThrow(RangeError);
    expect(() => corporateNumberCheckDigit("0000120500021")).toThrow(RangeError);
    expect(() => corporateNumberCheckDigit("00001205000A")).toThrow(RangeError);
    expect(() => corporateNumberCheckDigit("０００012050002")).toThrow(RangeError);
  });
});

describe("isValidCorporateNumber", () => {
  it("accepts published numbers", () => {
    expect(isValidCorporateNumber("7000012050002")).toBe(true);
    expect(isValidCorporateNumber("1180301018771")).toBe(true);
    expect(isValidCorporateNumber("4010001008772")).toBe(true);
    expect(isValidCorporateNumber("1000011000005")).toBe(true);
    expect(isValidCorporateNumber("9000000000009")).toBe(true);
  });

  it("rejects a wrong check digit", () => {
    expect(isValidCorporateNumber("2180301018771")).toBe(false);
    expect(isValidCorporateNumber("8000012050002")).toBe(false);
    expect(isValidCorporateNumber("0000012050002")).toBe(false);
    // one base digit changed: Σ 11 → 12 (last digit 2 → 3), check would be 6
    expect(isValidCorporateNumber("7000012050003")).toBe(false);
  });

  it("rejects 12 or 14 digits and letters", () => {
    expect(isValidCorporateNumber("700001205000")).toBe(false);
    expect(isValidCorporateNumber("70000120500020")).toBe(false);
    expect(isValidCorporateNumber("T7000012050002")).toBe(false);
    expect(isValidCorporateNumber("700001205000A")).toBe(false);
    expect(isValidCorporateNumber("")).toBe(false);
  });

  it("accepts full-width digits, hyphens and spaces", () => {
    expect(isValidCorporateNumber("７０００－０１２０－５０００２")).toBe(true);
    expect(isValidCorporateNumber("7 0000 1205 0002")).toBe(true);
    expect(isValidCorporateNumber("１１８０３０１０１８７７１")).toBe(true);
  });
});

describe("normalizeCorporateNumber", () => {
  it("returns 13 half-width digits", () => {
    expect(normalizeCorporateNumber("７０００－０１２０－５０００２")).toBe("7000012050002");
    expect(normalizeCorporateNumber("7-0000-1205-0002")).toBe("7000012050002");
    expect(normalizeCorporateNumber("　7000 0120 50002 ")).toBe("7000012050002");
    expect(normalizeCorporateNumber("1180301018771")).toBe("1180301018771");
  });

  it("does not check the check digit", () => {
    expect(normalizeCorporateNumber("2180301018771")).toBe("2180301018771");
  });

  it("returns null for wrong length or other characters", () => {
    expect(normalizeCorporateNumber("700001205000")).toBeNull();
    expect(normalizeCorporateNumber("70000120500020")).toBeNull();
    expect(normalizeCorporateNumber("7000O12050002")).toBeNull(); // letter O
    expect(normalizeCorporateNumber("7000.0120.50002")).toBeNull();
    expect(normalizeCorporateNumber("")).toBeNull();
  });
});
