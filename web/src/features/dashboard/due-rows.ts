// Home's due list as data: recurring duties and open work-plan tasks split into what needs
// doing now (overdue, or a duty never done) and what falls due within the next 60 days.
import { needsActionNow } from "@src/core/obligations/status.ts";
import type { Obligation } from "../obligations/useObligations.ts";
import { bi } from "../readiness/readiness-labels.ts";
import { addDays } from "../roadmap/plan-dates.ts";
import type { RoadmapStep } from "../roadmap/useRoadmap.ts";

export const DUE_WINDOW_DAYS = 60;

export type DueRow = {
  key: string;
  /** null: a duty never done (no due day). */
  due: string | null;
  title: string;
  kind: "obligation" | "task";
  href: string;
};

/** Splits duties and open tasks into "now" (overdue, never done) and "upcoming" (60 days). */
export function dueRows(
  today: string,
  obligations: readonly Obligation[],
  steps: readonly RoadmapStep[],
  orgId: string,
): { now: DueRow[]; upcoming: DueRow[] } {
  const until = addDays(today, DUE_WINDOW_DAYS);
  const now: DueRow[] = [];
  const upcoming: DueRow[] = [];
  for (const o of obligations) {
    const row: DueRow = {
      key: `o-${o.key}`,
      due: o.nextDue,
      title: bi(o.title),
      kind: "obligation",
      href: `/orgs/${orgId}/obligations`,
    };
    if (needsActionNow(o.status)) now.push(row);
    else if (o.nextDue !== null && o.nextDue <= until) upcoming.push(row);
  }
  for (const s of steps) {
    for (const task of s.tasks) {
      if (task.doneOn || !task.dueOn || task.dueOn > until) continue;
      const row: DueRow = {
        key: `t-${task.id}`,
        due: task.dueOn,
        title: task.title,
        kind: "task",
        href: `/orgs/${orgId}/roadmap`,
      };
      (task.dueOn < today ? now : upcoming).push(row);
    }
  }
  // Never done (no due day) first: as pressing as anything overdue; then by day.
  const byDay = (a: DueRow, b: DueRow) => (a.due ?? "").localeCompare(b.due ?? "");
  return { now: now.sort(byDay), upcoming: upcoming.sort(byDay) };
}
