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
import type { RefProgress } from "../readiness/useReadiness.ts";

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

/**
 * The engine's conclusion about an item: its own rules, else those of the nearest parent
 * (rules often name a whole clause such as J.2); null when no rule concerns it.
 */
export function engineStatus(
  ref: string,
  byRef: ReadonlyMap<string, RefProgress>,
): ReadinessStatus | null {
  for (let r: string | undefined = ref; r; r = parentRef(r)) {
    const p = byRef.get(r);
    if (!p) continue;
    if (p.gap > 0) return "gap";
    if (p.ok > 0) return "ok";
    return "na";
  }
  return null;
}

function parentRef(ref: string): string | undefined {
  const i = ref.lastIndexOf(".");
  return i > 1 ? ref.slice(0, i) : undefined;
}
