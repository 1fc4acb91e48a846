import { describe, expect, it } from "vitest";
import { activeLinkFilters, filtersFromUrl, noLinkFilters } from "./register-url-filters.ts";

const read = (query: string) => filtersFromUrl(new URLSearchParams(query));

describe("filtersFromUrl", () => {
  it("reads the 委託先 rule's fix link", () => {
    expect(read("status=active&outsourced=true&lacking=outsourcee")).toEqual({
      link: { ...noLinkFilters, status: "active", outsourced: "true", lacking: "outsourcee" },
      sensitive: null,
      myNumber: null,
      reviewOverdue: false,
    });
  });
  it("puts 要配慮 and 見直し期限切れ on the visible controls", () => {
    expect(read("sensitive=true&lacking=consentBasis&reviewOverdue=true")).toEqual({
      link: { ...noLinkFilters, lacking: "consentBasis" },
      sensitive: "true",
      myNumber: null,
      reviewOverdue: true,
    });
  });
  it("puts 特定個人情報 on its control and keeps the rule's condition as a chip", () => {
    expect(read("status=active&myNumber=true&lacking=myNumber")).toEqual({
      link: { ...noLinkFilters, status: "active", lacking: "myNumber" },
      sensitive: null,
      myNumber: "true",
      reviewOverdue: false,
    });
  });
  it("ignores what it does not know", () => {
    expect(
      read("status=deleted&lacking=purpose&outsourced=yes&sensitive=1&myNumber=yes&item=x"),
    ).toEqual({
      link: noLinkFilters,
      sensitive: null,
      myNumber: null,
      reviewOverdue: false,
    });
  });
});

describe("activeLinkFilters", () => {
  it("lists the set ones in a fixed order: status, yes/no columns, then the blank field", () => {
    const { link } = read("lacking=foreignCountry&foreignRecipient=true&status=active");
    expect(activeLinkFilters(link)).toEqual([
      { key: "status", value: "active" },
      { key: "foreignRecipient", value: "true" },
      { key: "lacking", value: "foreignCountry" },
    ]);
    expect(activeLinkFilters(noLinkFilters)).toEqual([]);
  });
});
