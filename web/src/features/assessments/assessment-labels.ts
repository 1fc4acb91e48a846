// Colours of assessment statuses and of the engine's conclusion, for the J-item map and the
// assessments page.
import type { MantineColor } from "@mantine/core";
import type { ReadinessStatus } from "../../../../src/core/readiness/rule.ts";
import {
  ASSESSMENT_STATUS_LABELS,
  ASSESSMENT_STATUSES,
  type AssessmentStatus,
} from "../../../../src/core/requirements/assessment.ts";
import { bi } from "../readiness/readiness-labels.ts";
import type { RuleResult } from "../readiness/useReadiness.ts";

export const assessmentColor: Record<AssessmentStatus, MantineColor> = {
  unassessed: "gray",
  conform: "teal",
  partial: "yellow",
  nonconform: "red",
  na: "dark",
};

export const assessmentLabel = (s: AssessmentStatus) => bi(ASSESSMENT_STATUS_LABELS[s]);

export const assessmentOptions = () =>
  ASSESSMENT_STATUSES.map((s) => ({ value: s, label: assessmentLabel(s) }));

/** The rules that name the item or one of its parents (a rule on J.2 covers J.2.2). */
export function rulesFor(ref: string, results: readonly RuleResult[]): RuleResult[] {
  return results.filter((r) => r.refs.some((x) => ref === x || ref.startsWith(`${x}.`)));
}

/** What the engine concluded about an item: a gap in any of its rules, else ok; null if none. */
export function engineOf(rules: readonly RuleResult[]): ReadinessStatus | null {
  if (rules.some((r) => r.status === "gap")) return "gap";
  if (rules.some((r) => r.status === "ok")) return "ok";
  return rules.length > 0 ? "na" : null;
}
