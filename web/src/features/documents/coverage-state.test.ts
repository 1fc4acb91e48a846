import { describe, expect, it } from "vitest";
import { coverageState, lacksRuleInForce } from "./coverage-state.ts";

describe("coverageState", () => {
  it("tells answered, draft-only, half answered and unanswered items apart", () => {
    const both = ["rule", "record"] as ("rule" | "record")[];
    expect(coverageState({ needs: both, missing: [], draftOnly: [] })).toBe("done");
    expect(coverageState({ needs: both, missing: [], draftOnly: ["record"] })).toBe("draft");
    expect(coverageState({ needs: both, missing: ["record"], draftOnly: ["rule"] })).toBe(
      "partial",
    );
    expect(coverageState({ needs: both, missing: both, draftOnly: [] })).toBe("none");
    expect(coverageState({ needs: ["rule"], missing: ["rule"], draftOnly: [] })).toBe("none");
  });
});

describe("lacksRuleInForce", () => {
  it("counts a rule answered by no document, or only by a draft, as lacking", () => {
    const both = ["rule", "record"] as ("rule" | "record")[];
    expect(lacksRuleInForce({ needs: both, missing: ["rule"], draftOnly: [] })).toBe(true);
    expect(lacksRuleInForce({ needs: both, missing: [], draftOnly: ["rule"] })).toBe(true);
    // The record form missing or in draft is not the rule's concern.
    expect(lacksRuleInForce({ needs: both, missing: ["record"], draftOnly: [] })).toBe(false);
    expect(lacksRuleInForce({ needs: both, missing: [], draftOnly: ["record"] })).toBe(false);
    expect(lacksRuleInForce({ needs: ["record"], missing: ["record"], draftOnly: [] })).toBe(false);
  });
});
