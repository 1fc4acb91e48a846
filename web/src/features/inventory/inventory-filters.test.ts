import { describe, expect, it } from "vitest";
import { activeFilterCount, emptyFilters } from "./InventoryFilters.tsx";

describe("the folded register filters", () => {
  it("count the filters set besides the search", () => {
    expect(activeFilterCount(emptyFilters)).toBe(0);
    expect(activeFilterCount({ ...emptyFilters, q: "顧客" })).toBe(0);
    expect(
      activeFilterCount({
        ...emptyFilters,
        departmentId: "d1",
        sensitive: "false",
        reviewOverdue: true,
      }),
    ).toBe(3);
    expect(activeFilterCount({ ...emptyFilters, myNumber: "true", medium: "paper" })).toBe(2);
  });
});
