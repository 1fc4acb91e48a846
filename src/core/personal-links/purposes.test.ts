import { describe, expect, it } from "vitest";
import {
  lastValidDay,
  linkDays,
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

describe("link days for something due", () => {
  it("keep the default without a due day or when the due day is near", () => {
    expect(linkDays(90, null, "2026-05-01")).toBe(90);
    // Due in 30 days: 30 + 14 = 44 is shorter than the default.
    expect(linkDays(90, "2026-05-31", "2026-05-01")).toBe(90);
  });

  it("last until two weeks after a further due day", () => {
    // 2026-05-01 → 2026-10-01 is 31 + 30 + 31 + 31 + 30 = 153 days; + 14.
    expect(linkDays(90, "2026-10-01", "2026-05-01")).toBe(167);
    // February 2028 has 29 days: 29 + 14.
    expect(linkDays(1, "2028-03-01", "2028-02-01")).toBe(43);
    // A reminder 6 days after the due day: still until 14 days after it (-6 + 14).
    expect(linkDays(7, "2026-04-25", "2026-05-01")).toBe(8);
  });

  it("never exceed a year (366 days), whatever the due day or the default", () => {
    // 2026-05-01 → 2027-06-01 is 396 days.
    expect(linkDays(90, "2027-06-01", "2026-05-01")).toBe(366);
    expect(linkDays(400, "2026-05-31", "2026-05-01")).toBe(366);
  });
});
