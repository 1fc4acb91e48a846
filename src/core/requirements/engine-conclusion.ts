// What the readiness engine concluded about one requirement item: the rules that name the item
// or one of its parents (a rule on J.2 speaks for J.2.2 too), and one status over them.
import type { RuleResult } from "../readiness/evaluate.ts";
import type { ReadinessStatus } from "../readiness/rule.ts";

export type EngineRuleView = Pick<
  RuleResult,
  "ruleId" | "title" | "status" | "severity" | "reason" | "fixPath" | "manual"
>;

export interface EngineConclusion {
  /** gap when any of the rules has a gap, else ok when any is ok, else na. */
  status: ReadinessStatus;
  rules: EngineRuleView[];
}

/** Whether a rule on `ruleRef` covers the item `ref` (the item itself or a parent of it). */
export function ruleCovers(ruleRef: string, ref: string): boolean {
  return ref === ruleRef || ref.startsWith(`${ruleRef}.`);
}

/** null when no rule speaks about the item: the judgement is the organization's alone. */
export function engineConclusion(
  ref: string,
  results: readonly RuleResult[],
): EngineConclusion | null {
  const rules = results.filter((r) => r.refs.some((x) => ruleCovers(x, ref)));
  if (rules.length === 0) return null;
  const status: ReadinessStatus = rules.some((r) => r.status === "gap")
    ? "gap"
    : rules.some((r) => r.status === "ok")
      ? "ok"
      : "na";
  return {
    status,
    rules: rules.map(({ ruleId, title, status, severity, reason, fixPath, manual }) => ({
      ruleId,
      title,
      status,
      severity,
      reason,
      fixPath,
      manual,
    })),
  };
}
