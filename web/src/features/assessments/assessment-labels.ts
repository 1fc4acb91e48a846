// Colours of assessment statuses and of the engine's conclusion, for the J-item map and the
// assessments page.
import type { MantineColor } from "@mantine/core";
import {
  ASSESSMENT_STATUS_LABELS,
  ASSESSMENT_STATUSES,
  type AssessmentStatus,
} from "@src/core/requirements/assessment.ts";
import { bi } from "../readiness/readiness-labels.ts";

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
