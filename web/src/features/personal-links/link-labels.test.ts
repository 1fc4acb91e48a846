import { describe, expect, it } from "vitest";
import {
  issuablePurposeOptions,
  purposeLabel,
  purposeOptions,
  sheetFileName,
  untilDay,
} from "./link-labels.ts";

describe("personal link labels", () => {
  it("name the purposes and the last valid day in Japanese", () => {
    expect(purposeOptions().map((o) => o.value)).toEqual(["policy", "course", "pledge", "request"]);
    // A course's links are issued per course on the 教育 page, never by hand.
    expect(issuablePurposeOptions().map((o) => o.value)).toEqual(["policy", "pledge", "request"]);
    expect(purposeLabel("pledge")).toBe("誓約");
    expect(purposeLabel("unknown")).toBe("unknown");
    expect(untilDay("2027-03-06T15:00:00.000Z")).toBe("2027年3月6日");
    expect(sheetFileName("2026-12-06")).toBe("本人用リンク_20261206.pdf");
  });
});
