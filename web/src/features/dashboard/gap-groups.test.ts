import { describe, expect, it } from "vitest";
import type { Readiness, RuleResult } from "../readiness/useReadiness.ts";
import { gapsByStep, nextStepOf } from "./gap-groups.ts";

const result = (
  ruleId: string,
  step: number,
  severity: RuleResult["severity"],
  status: RuleResult["status"],
): RuleResult => ({
  ruleId,
  title: { ja: ruleId, en: ruleId },
  status,
  severity,
  refs: [],
  step,
  reason: { ja: "", en: "" },
  fixPath: "inventory",
  manual: false,
});

const step = (n: number, gap: number) => ({
  step: n,
  title: { ja: `ステップ${n}`, en: `Step ${n}` },
  status: gap > 0 ? ("in_progress" as const) : ("done" as const),
  total: 2,
  ok: 2 - gap,
  gap,
  na: 0,
});

// Ordered as the engine orders results: severity, then step, then rule order.
const report: Readiness = {
  evaluatedAt: "2026-12-06T00:00:00.000Z",
  today: "2026-12-06",
  score: 50,
  blockers: 2,
  results: [
    result("b10", 10, "blocker", "gap"),
    result("b12", 12, "blocker", "gap"),
    result("f5", 5, "finding", "gap"),
    result("f5-ok", 5, "finding", "ok"),
    result("a5", 5, "advice", "gap"),
    result("a10", 10, "advice", "na"),
  ],
  byStep: [step(5, 2), step(10, 1), step(12, 1)],
  byRef: [],
  nextStep: { step: 5, ruleId: "f5" },
};

describe("nextStepOf", () => {
  it("gives the engine's step and rule, with how many gaps the step has", () => {
    const next = nextStepOf(report);
    expect(next?.step.step).toBe(5);
    expect(next?.rule.ruleId).toBe("f5");
    expect(next?.openInStep).toBe(2);
  });
  it("is null when the report has no next step", () => {
    expect(nextStepOf({ ...report, nextStep: null })).toBeNull();
  });
});

describe("gapsByStep", () => {
  it("groups gaps by step in step order, severity first within a step", () => {
    const groups = gapsByStep(report);
    expect(groups.map((g) => [g.step.step, g.gaps.map((r) => r.ruleId)])).toEqual([
      [5, ["f5", "a5"]],
      [10, ["b10"]],
      [12, ["b12"]],
    ]);
  });
  it("leaves out the rule the next-step box shows, and a step left empty by it", () => {
    expect(gapsByStep(report, "f5").map((g) => g.gaps.map((r) => r.ruleId))).toEqual([
      ["a5"],
      ["b10"],
      ["b12"],
    ]);
    expect(gapsByStep(report, "b10").map((g) => g.step.step)).toEqual([5, 12]);
  });
});
