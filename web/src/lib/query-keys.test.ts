import { describe, expect, it } from "vitest";
import { isRefreshedBySave, orgSections, queryKeys, refreshedBySave } from "./query-keys.ts";

describe("queryKeys", () => {
  it("puts an organization's data under ['org', orgId, section, …]", () => {
    expect(queryKeys.org("o1")).toEqual(["org", "o1"]);
    expect(queryKeys.people("o1")).toEqual(["org", "o1", "people"]);
    expect(queryKeys.people("o1", { q: "佐藤", page: 2 })).toEqual([
      "org",
      "o1",
      "people",
      { q: "佐藤", page: 2 },
    ]);
    expect(queryKeys.inventory("o1", "flow", "i9")).toEqual([
      "org",
      "o1",
      "inventory",
      "flow",
      "i9",
    ]);
    expect(queryKeys.riskMatrix("o2")).toEqual(["org", "o2", "risk-matrix"]);
    expect(queryKeys.calendarFeed("o2")).toEqual(["org", "o2", "calendar-feed"]);
    expect(queryKeys.evidenceOptions("o2", "risks", "")).toEqual([
      "org",
      "o2",
      "evidence-options",
      "risks",
      "",
    ]);
  });

  it("keeps the keys outside an organization apart", () => {
    expect(queryKeys.all).toEqual([]);
    expect(queryKeys.session).toEqual(["session"]);
    expect(queryKeys.orgs).toEqual(["orgs"]);
    expect(queryKeys.myTasks).toEqual(["me", "tasks"]);
    expect(queryKeys.invitation("inv1")).toEqual(["invitation", "inv1"]);
    expect(queryKeys.catalogue("jisq15001", "2023")).toEqual(["catalogue", "jisq15001", "2023"]);
    expect(queryKeys.riskSuggestions(null)).toEqual(["risk-suggestions", null]);
  });

  it("has one section per organization key builder, each listed once", () => {
    const built = Object.values(queryKeys).flatMap((k: unknown) =>
      typeof k === "function" ? [(k as (orgId: string) => readonly unknown[])("o")[2]] : [],
    );
    expect(new Set(orgSections).size).toBe(orgSections.length);
    for (const section of orgSections) expect(built).toContain(section);
  });
});

describe("isRefreshedBySave", () => {
  it("is true for the readiness report and what the home page shows, in any organization", () => {
    expect(refreshedBySave).toEqual([
      "readiness",
      "assessments",
      "obligations",
      "roadmap",
      "audit",
    ]);
    expect(isRefreshedBySave(queryKeys.readiness("o1"))).toBe(true);
    expect(isRefreshedBySave(queryKeys.readiness("another"))).toBe(true);
    expect(isRefreshedBySave(queryKeys.assessments("o1"))).toBe(true);
    expect(isRefreshedBySave(queryKeys.obligations("o1", "records", "education"))).toBe(true);
    expect(isRefreshedBySave(queryKeys.roadmap("o1"))).toBe(true);
    expect(isRefreshedBySave(queryKeys.audit("o1", {}, 2))).toBe(true);
    expect(isRefreshedBySave(queryKeys.myTasks)).toBe(true);
  });

  it("is false for the registers, which a save declares when it changes them", () => {
    expect(isRefreshedBySave(queryKeys.people("o1"))).toBe(false);
    expect(isRefreshedBySave(queryKeys.inventory("o1", "list", {}))).toBe(false);
    expect(isRefreshedBySave(queryKeys.org("o1"))).toBe(false);
    expect(isRefreshedBySave(queryKeys.orgs)).toBe(false);
    expect(isRefreshedBySave(queryKeys.session)).toBe(false);
    expect(isRefreshedBySave(queryKeys.laws)).toBe(false);
    expect(isRefreshedBySave(["me"])).toBe(false);
  });
});
