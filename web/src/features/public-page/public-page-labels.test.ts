import { describe, expect, it } from "vitest";
import { documentStage } from "./public-page-labels.ts";

const doc = {
  documentId: "d1",
  number: "P-02",
  title: "個人情報保護方針（外部向け）",
  publishedVersionNo: null,
  effectiveOn: null,
  openVersionId: "v1",
  openVersionNo: 1,
  openStatus: "draft",
};

describe("documentStage", () => {
  it("is 公開中 while a version is in force, even with a newer one on the way", () => {
    expect(documentStage({ ...doc, publishedVersionNo: 1, openStatus: "in_review" })).toBe(
      "published",
    );
  });
  it("says why nothing is shown yet", () => {
    expect(documentStage(null)).toBe("none");
    expect(documentStage(doc)).toBe("draft");
    expect(documentStage({ ...doc, openStatus: "in_review" })).toBe("in_review");
    expect(documentStage({ ...doc, openStatus: "approved" })).toBe("approved");
  });
});
