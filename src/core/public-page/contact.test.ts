import { describe, expect, it } from "vitest";
import { isPlausiblePhone } from "./contact.ts";

describe("isPlausiblePhone", () => {
  it("takes numbers as people write them", () => {
    for (const ok of [
      "03-1234-5678",
      "0120 123 456",
      "+81 3 1234 5678",
      "(03)1234-5678",
      "０３－１２３４－５６７８",
      "09012345678",
    ])
      expect(isPlausiblePhone(ok), ok).toBe(true);
  });
  it("refuses words, too few or too many digits, and a + inside", () => {
    for (const bad of [
      "電話してください",
      "12-34",
      "0".repeat(16),
      "03+1234",
      "03-1234-5678 内線12",
      "",
    ])
      expect(isPlausiblePhone(bad), bad).toBe(false);
  });
});
