// Home's "next step": the first construction step with an open gap, and the rule to act on
// first in it. Rules made up here so the expected step and rule are plain to see.
import { describe, expect, it } from "vitest";
import { evaluateReadiness } from "./evaluate.ts";
import { emptySnapshot } from "./fixtures.ts";
import {
  gap,
  na,
  ok,
  type ReadinessRule,
  type ReadinessStatus,
  type Severity,
  type StepNumber,
  text,
} from "./rule.ts";

const rule = (
  id: string,
  step: StepNumber,
  severity: Severity,
  status: ReadinessStatus,
): ReadinessRule => ({
  id,
  title: text(id, id),
  refs: [],
  step,
  severity,
  fixPath: "readiness",
  manual: false,
  evaluate: () =>
    status === "ok" ? ok(text("", "")) : status === "na" ? na(text("", "")) : gap(text("", "")),
});

const next = (rules: ReadinessRule[]) =>
  evaluateReadiness(emptySnapshot(), "2026-12-06", rules).nextStep;

describe("nextStep", () => {
  it("is the lowest step with a gap, whatever the severity of later steps", () => {
    expect(
      next([
        rule("s1-done", 1, "blocker", "ok"),
        rule("s5-advice", 5, "advice", "gap"),
        rule("s2-blocker", 9, "blocker", "gap"),
      ]),
    ).toEqual({ step: 5, ruleId: "s5-advice" });
  });
  it("within the step, the most severe gap first, then the rule order", () => {
    expect(
      next([
        rule("a-advice", 3, "advice", "gap"),
        rule("b-finding", 3, "finding", "gap"),
        rule("c-finding", 3, "finding", "gap"),
        rule("d-blocker-ok", 3, "blocker", "ok"),
      ]),
    ).toEqual({ step: 3, ruleId: "b-finding" });
  });
  it("skips steps whose rules are ok or do not apply", () => {
    expect(
      next([
        rule("na", 1, "blocker", "na"),
        rule("ok", 2, "blocker", "ok"),
        rule("gap", 4, "finding", "gap"),
      ]),
    ).toEqual({ step: 4, ruleId: "gap" });
  });
  it("is null when nothing is open", () => {
    expect(next([rule("ok", 1, "blocker", "ok"), rule("na", 2, "advice", "na")])).toBeNull();
    expect(next([])).toBeNull();
  });
});
