import { describe, expect, it } from "vitest";
import { emptyMeta, splitRefs, toCreatePayload, toMetaPayload } from "./document-form.ts";

describe("document form", () => {
  it("splits J items typed on one line", () => {
    expect(splitRefs("J.2.2, J.3.1.1、J.4  J.9.2")).toEqual(["J.2.2", "J.3.1.1", "J.4", "J.9.2"]);
    expect(splitRefs("  ")).toEqual([]);
  });

  it("turns empty numbers and days into null, and keeps the interval", () => {
    expect(
      toMetaPayload({ ...emptyMeta, number: " R-01 ", title: "教育規程 ", jRefs: "J.4.2" }),
    ).toEqual({
      number: "R-01",
      title: "教育規程",
      kind: "rule",
      audience: "internal",
      approverRole: "pms_manager",
      ownerPersonId: null,
      retentionYears: null,
      reviewIntervalMonths: 12,
      nextReviewOn: null,
      jRefs: ["J.4.2"],
    });
  });

  it("creates with number, title, kind and audience only", () => {
    expect(
      toCreatePayload({ number: "P-01", title: "方針", kind: "policy", audience: "external" }),
    ).toEqual({ number: "P-01", title: "方針", kind: "policy", audience: "external" });
  });
});
