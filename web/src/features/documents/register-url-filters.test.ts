import { describe, expect, it } from "vitest";
import { registerFiltersFromUrl } from "./register-url-filters.ts";

const read = (query: string) => registerFiltersFromUrl(new URLSearchParams(query));

describe("registerFiltersFromUrl", () => {
  it("reads the readiness fix links' filters", () => {
    expect(read("kind=policy&audience=internal")).toEqual({
      kind: "policy",
      status: null,
      audience: "internal",
      reviewOverdue: false,
    });
    expect(read("status=published&reviewOverdue=true")).toEqual({
      kind: null,
      status: "published",
      audience: null,
      reviewOverdue: true,
    });
  });

  it("ignores values the list does not know", () => {
    expect(read("kind=memo&status=lost&audience=all&reviewOverdue=yes")).toEqual({
      kind: null,
      status: null,
      audience: null,
      reviewOverdue: false,
    });
    expect(read("")).toEqual({ kind: null, status: null, audience: null, reviewOverdue: false });
  });
});
