import { describe, expect, it } from "vitest";
import { coverageState } from "./coverage-state.ts";

describe("coverageState", () => {
  it("tells answered, half answered and unanswered items apart", () => {
    expect(coverageState({ needs: ["rule", "record"], missing: [] })).toBe("done");
    expect(coverageState({ needs: ["rule", "record"], missing: ["record"] })).toBe("partial");
    expect(coverageState({ needs: ["rule", "record"], missing: ["rule", "record"] })).toBe("none");
    expect(coverageState({ needs: ["rule"], missing: ["rule"] })).toBe("none");
  });
});
