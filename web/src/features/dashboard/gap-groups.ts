// Home's view of the readiness report: the next step (the first construction step with a gap
// and the rule to act on first, as the engine chose it) and the other gaps grouped by step.
import type { Readiness, RuleResult, StepProgress } from "../readiness/useReadiness.ts";

export type NextStepView = { step: StepProgress; rule: RuleResult; openInStep: number };

/** The engine's next step with its rule and step; null when nothing is open. */
export function nextStepOf(report: Readiness): NextStepView | null {
  const next = report.nextStep;
  if (!next) return null;
  const step = report.byStep.find((s) => s.step === next.step);
  const rule = report.results.find((r) => r.ruleId === next.ruleId);
  if (!step || !rule) return null;
  return { step, rule, openInStep: step.gap };
}

export type GapGroup = { step: StepProgress; gaps: RuleResult[] };

/**
 * The gaps by construction step, in step order; within a step as the report orders them
 * (severity, then rule order). `except` leaves out one rule (the one the next-step box shows).
 */
export function gapsByStep(report: Readiness, except?: string): GapGroup[] {
  return report.byStep.flatMap((step) => {
    const gaps = report.results.filter(
      (r) => r.status === "gap" && r.step === step.step && r.ruleId !== except,
    );
    return gaps.length > 0 ? [{ step, gaps }] : [];
  });
}
