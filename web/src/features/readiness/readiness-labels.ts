// Colours and labels of readiness results, shared by the dashboard, the readiness page and
// the assessments page.
import type { MantineColor } from "@mantine/core";
import type { ReadinessStatus, Severity } from "@src/core/readiness/rule.ts";

export { bi } from "../../i18n/index.ts";

import type { StepProgress } from "./useReadiness.ts";

export const statusColor: Record<ReadinessStatus, MantineColor> = {
  ok: "teal",
  gap: "red",
  na: "gray",
};

export const severityColor: Record<Severity, MantineColor> = {
  blocker: "red",
  finding: "orange",
  advice: "blue",
};

export const stepColor: Record<StepProgress["status"], MantineColor> = {
  done: "teal",
  in_progress: "yellow",
  not_started: "gray",
  na: "gray",
};

/** The web path of a rule's fixPath (relative to /orgs/:orgId/). */
export const fixHref = (orgId: string, fixPath: string) =>
  `/orgs/${orgId}/${fixPath.replace(/^\/+/, "")}`;

/**
 * Where a rule's fix link goes: its fixPath, except that a rule fixed on the readiness page
 * itself opens there at the rule.
 */
export const ruleFixPath = (r: { ruleId: string; fixPath: string }): string =>
  r.fixPath === "readiness" ? `readiness?rule=${encodeURIComponent(r.ruleId)}` : r.fixPath;
