// Home's due list: overdue and never-done items apart from those due within 60 days, by day.
import { describe, expect, it } from "vitest";
import type { Obligation } from "../obligations/useObligations.ts";
import type { RoadmapStep } from "../roadmap/useRoadmap.ts";
import { dueRows } from "./due-rows.ts";

const TODAY = "2026-12-06";
const duty = (key: string, status: Obligation["status"], nextDue: string | null): Obligation => ({
  key,
  title: { ja: key, en: key },
  rhythmMonths: 12,
  lastDone: null,
  source: "record",
  nextDue,
  status,
  daysUntilDue: null,
  dueFrom: null,
  rows: null,
  fixPath: "activities",
});
const task = (id: string, dueOn: string | null, doneOn: string | null = null) => ({
  id,
  step: 5,
  title: id,
  owner: "client" as const,
  assigneeUserId: null,
  assigneeName: null,
  dueOn,
  doneOn,
  sort: 0,
  late: false,
});
const steps = [
  {
    step: 5,
    tasks: [
      task("t-late", "2026-12-01"),
      task("t-soon", "2027-02-04"),
      task("t-later", "2027-02-05"),
      task("t-done", "2026-11-01", "2026-11-01"),
      task("t-none", null),
    ],
  },
] as unknown as RoadmapStep[];

describe("dueRows (today 2026-12-06)", () => {
  it("puts overdue and never-done items under now, the next 60 days under upcoming", () => {
    const { now, upcoming } = dueRows(
      TODAY,
      [
        // The case: months overdue must not read as "due within 60 days".
        duty("risk_review", "overdue", "2026-08-06"),
        duty("internal_audit", "never", null),
        duty("education", "due_soon", "2027-01-20"),
        duty("legal_review", "ok", "2027-06-01"),
      ],
      steps,
      "o1",
    );
    expect(now.map((r) => [r.key, r.due])).toEqual([
      ["o-internal_audit", null],
      ["o-risk_review", "2026-08-06"],
      ["t-t-late", "2026-12-01"],
    ]);
    // 2026-12-06 + 60 days = 2027-02-04: included; 02-05 is not.
    expect(upcoming.map((r) => [r.key, r.due])).toEqual([
      ["o-education", "2027-01-20"],
      ["t-t-soon", "2027-02-04"],
    ]);
    expect(now[0]?.href).toBe("/orgs/o1/obligations");
    expect(now[2]?.href).toBe("/orgs/o1/roadmap");
  });

  it("is empty without duties and tasks", () => {
    expect(dueRows(TODAY, [], [], "o1")).toEqual({ now: [], upcoming: [] });
  });
});
