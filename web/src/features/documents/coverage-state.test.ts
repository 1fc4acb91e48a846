import { describe, expect, it } from "vitest";
import { coverageState } from "./coverage-state.ts";

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
