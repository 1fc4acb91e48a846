import { describe, expect, it } from "vitest";
import {
  lastValidDay,
  linkExpiry,
  PERSONAL_LINK_PURPOSES,
  personalLinkPurpose,
  personalLinkPurposeKeys,
  personalLinkStatus,
} from "./purposes.ts";

describe("personal link purposes", () => {
  it("have unique keys and words in both languages", () => {
    expect(new Set(personalLinkPurposeKeys).size).toBe(PERSONAL_LINK_PURPOSES.length);
    expect(personalLinkPurposeKeys).toEqual(["policy", "course", "pledge", "request"]);
    for (const p of PERSONAL_LINK_PURPOSES)
      for (const text of [p.label, p.intro]) expect(text.ja && text.en, p.key).toBeTruthy();
    expect(personalLinkPurpose("pledge")?.label.ja).toBe("誓約");
    expect(personalLinkPurpose("nope")).toBeUndefined();
  });

  it("expire at their expiry moment exactly; revoked wins over expired", () => {
    const expiresAt = new Date("2026-12-06T00:00:00.000Z");
    const at = (ms: number) => new Date(expiresAt.getTime() + ms);
    expect(personalLinkStatus({ expiresAt, revokedAt: null }, at(-1))).toBe("active");
    expect(personalLinkStatus({ expiresAt, revokedAt: null }, at(0))).toBe("expired");
    expect(personalLinkStatus({ expiresAt, revokedAt: at(-5) }, at(-1))).toBe("revoked");
    expect(personalLinkStatus({ expiresAt, revokedAt: at(-5) }, at(10))).toBe("revoked");
  });
});

describe("link expiry", () => {
  it("ends at midnight in Japan after the last valid day", () => {
    // 2026-12-06 23:30 JST is 14:30 UTC: still the 6th in Japan.
    const now = new Date("2026-12-06T14:30:00.000Z");
    const expires = linkExpiry(now, 90);
    expect(expires.toISOString()).toBe("2027-03-06T15:00:00.000Z");
    expect(lastValidDay(expires)).toBe("2027-03-06");
    // 2026-12-07 00:30 JST (15:30 UTC on the 6th): the next day in Japan.
    expect(lastValidDay(linkExpiry(new Date("2026-12-06T15:30:00.000Z"), 1))).toBe("2026-12-08");
  });
});
